/* quiz: quiz sets. A QuizSet loads quiz scripts (one sandboxed Lua state for all of them,
 * docs/quiz-api.md), validating every question against the atlas (quizapi.c); each quiz
 * keeps its questions as specs, which a round (round.h) asks. Nothing here draws, reads
 * input or touches the score store. */
#ifndef QUIZ_H
#define QUIZ_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "body/atlas.h"
#include "body/bodygrid.h"
#include "quiz/kinds.h"
#include "quiz/score.h"

#define QUIZ_MAX_CHOICES 6
#define QUIZ_MAX_QUESTIONS 200      /* a round never grows past this (adaptive re-asks) */
#define QUIZ_PROMPT_MAX 320
#define QUIZ_FEEDBACK_MAX 1024
#define QUIZ_HINT_MAX 320
#define QUIZ_LOG_MAX 1000             /* bytes of one ctx.log line */

/* Error list: each item reads "file:line: message". */
typedef struct QuizErrors { char **items; int count, cap; } QuizErrors;
void quiz_errors_add(QuizErrors *e, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void quiz_errors_free(QuizErrors *e);

typedef struct QuizSet QuizSet;
typedef struct QuizSpec QuizSpec;     /* a question as written (internal section below) */

/* One loaded quiz. Read-only for callers; valid until its set is unloaded or reloaded. */
typedef struct Quiz {
    char *id, *title, *description, *author;
    char *file;                       /* path it was loaded from */
    int line;                         /* line of `quiz {` */
    float time_limit;                 /* seconds per question, 0 = none */
    float time_limit_total;           /* seconds for the whole round, 0 = none */
    bool shuffle, repeat;
    int count;                        /* ask at most this many per round, 0 = all */
    int pass_mark;                    /* percent of the planned questions to pass, -1 = none */
    bool generated;                   /* questions is a function of ctx */
    bool hooks;                       /* it has on_answer or on_finish */
    int nquestions;                   /* static list length; 0 when generated */
    char hash[17];                    /* FNV-1a 64 of the source, 16 hex digits */
    /* private */
    QuizSet *set_;
    int ref_;                         /* registry ref of the quiz's Lua table */
    struct QuizSpec *specs_;
} Quiz;

/* Loads quizzes from paths: each a .lua file or a directory whose *.lua files are loaded
 * in name order; missing directories are skipped. Invalid files are reported into errors
 * (every problem found, "file:line: message") and left out; the rest load. Quiz ids are
 * unique across everything loaded together. Returns NULL only when out of memory or the
 * Lua state cannot be made. The atlas must outlive the set. */
QuizSet *quiz_set_load(const Atlas *atlas, const char *const *paths, int npaths, QuizErrors *errors);
/* Loads the same paths again (F5). No round of this set may be active. Quiz pointers taken
 * before become invalid. Returns the number of quizzes loaded. */
int quiz_set_reload(QuizSet *set, QuizErrors *errors);
void quiz_set_unload(QuizSet *set);
int quiz_set_count(const QuizSet *set);
const Quiz *quiz_set_at(const QuizSet *set, int i);
const Quiz *quiz_set_find(const QuizSet *set, const char *id);
const Atlas *quiz_set_atlas(const QuizSet *set);

/* FNV-1a 64 of data as 16 lower-case hex digits into out[17]. */
void quiz_content_hash(const void *data, size_t len, char out[17]);

/* Where ctx.log(...) lines go: file and line of the call, the text. Set per set (one round
 * at a time runs in it); NULL drops them. */
typedef void (*QuizLogFn)(void *ud, const char *file, int line, const char *text);
void quiz_set_log(QuizSet *set, QuizLogFn fn, void *ud);
/* The source of quiz's file as read when it loaded, tokenized (quiz/luasrc.h), to find the
 * line a message should name; NULL when not kept (quizzes built in C). */
const struct LuaSrc *quiz_source(const Quiz *quiz);
/* Rewrites a Lua error about quiz's file in words an instructor can act on (quiz/explain.h);
 * msg is left as it is when nothing better can be said. */
void quiz_explain(const Quiz *quiz, char *msg, size_t len);

/* ---- internal: shared by quiz.c, round.c and quizapi.c ---- */
struct lua_State;

/* A question as written by a constructor; view/side/trp may be left open (resolved when
 * the round asks it). */
struct QuizSpec {
    QuizKind kind;
    const AtlasMuscle *muscle;
    bool has_view, has_side;
    View view; Side side;
    int trp;                          /* 1-based, 0 = open */
    float tolerance;
    int nchoices;                     /* total choices including the answer */
    const AtlasMuscle *distractors[QUIZ_MAX_CHOICES - 1]; int ndistractors; /* written ones */
    char prompt[QUIZ_PROMPT_MAX];     /* "" = generated; "{prompt}" inside = the generated text */
    float time_limit;                 /* seconds for this question, 0 = the quiz's */
    bool has_points; float points;    /* weight in the round's score; without: 1 (100 points) */
    bool always;                      /* kept when the quiz's count draws a subset */
    char hint[QUIZ_HINT_MAX];         /* "" = none */
    int line;
    bool invalid;                     /* reported while loading; never asked */
};

/* quizapi.c: installs quiz, locate, refer, identify, name and atlas into the environment
 * table on top of the stack; ctx reaches the functions as their upvalue. */
typedef struct QuizSource { char *path; char *text; size_t len; struct LuaSrc *lua; } QuizSource;
typedef struct QuizApiContext {
    const Atlas *atlas;
    QuizErrors *errors;               /* non-NULL while loading: problems are collected */
    bool had_error;                   /* something was reported for the current file */
    const char *callee;               /* the constructor running: "quiz", "locate", ... */
    QuizSource *sources; int nsources;   /* every file read, to find the lines messages name */
    struct TrpAreas *trp_areas;       /* the areas of each trigger point's zones, made on first use */
    QuizLogFn log; void *log_ud;      /* ctx.log */
} QuizApiContext;
void quizapi_install(struct lua_State *L, QuizApiContext *ctx);
/* Pushes a question userdata holding spec (on_answer's question argument): its number n in
 * the round and the choices shown (muscle ids that live in the atlas; none: nchoices 0). */
void quizapi_push_spec(struct lua_State *L, const QuizSpec *spec, int n, const char *const *choices, int nchoices);
/* When the value at idx is a question made by a constructor, copies it and returns true. */
bool quizapi_to_spec(struct lua_State *L, int idx, QuizSpec *out);
/* The tokenized source of the file a chunk name names ("@path" or "path"), or NULL. */
const struct LuaSrc *quizapi_source(QuizApiContext *c, const char *chunkname);
/* quizapi_env.c: __newindex of read-only tables (upvalue 1 names the table). */
int quizapi_readonly_error(struct lua_State *L);
/* Pushes a read-only atlas table for scripts (ctx->atlas; trigger_points caches its areas in ctx). */
void quizapi_push_atlas(struct lua_State *L, QuizApiContext *ctx);
/* The registry field holding the QuizApiContext (light userdata) of the state. */
#define QUIZAPI_REGISTRY_KEY "tt.quizapi"
/* Is the value at idx a table made by quiz{}? */
bool quizapi_is_quiz(struct lua_State *L, int idx);
/* Pushes a new ctx table (seed, player, quiz, random, shuffle, pick) and returns its
 * generator state, kept alive by the table's functions. */
uint64_t *quizapi_push_ctx(struct lua_State *L, uint64_t seed, const char *player, const char *quiz_id);
/* The set's Lua host (rounds run their hooks in it). */
struct LuaHost *quiz_set_host(const QuizSet *set);
/* The atlas's named areas cell by cell (pattern.h), made once for the set; NULL when out of
 * memory. */
struct PatternAreaMap *quiz_set_areas(QuizSet *set);
/* The figure of view v as a grid, made once for the set; NULL when out of memory. */
const BodyGrid *quiz_set_silhouette(QuizSet *set, View v);

#endif
