/* quiz: the quiz runtime, a UI-independent state machine shared by the game's quiz scene
 * and `play --stdio`. A QuizSet loads quiz scripts (one sandboxed Lua state for all of
 * them, docs/quiz-api.md), validating every question against the atlas; a Round asks the
 * questions of one quiz with a seeded PRNG, scores answers with score.h and runs the
 * quiz's hooks. Nothing here draws, reads input or touches the score store. */
#ifndef QUIZ_H
#define QUIZ_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "body/atlas.h"
#include "body/bodygrid.h"
#include "quiz/score.h"

#define QUIZ_MAX_CHOICES 6
#define QUIZ_MAX_QUESTIONS 200      /* a round never grows past this (adaptive re-asks) */
#define QUIZ_PROMPT_MAX 320
#define QUIZ_FEEDBACK_MAX 1024

typedef enum QuizKind { QUIZ_LOCATE, QUIZ_REFER, QUIZ_IDENTIFY, QUIZ_NAME, QUIZ_KIND_COUNT } QuizKind;

/* Error list: each item reads "file:line: message". */
typedef struct QuizErrors { char **items; int count, cap; } QuizErrors;
void quiz_errors_add(QuizErrors *e, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void quiz_errors_free(QuizErrors *e);

typedef struct QuizSet QuizSet;
typedef struct Round Round;
typedef struct QuizSpec QuizSpec;     /* a question as written (internal section below) */

/* One loaded quiz. Read-only for callers; valid until its set is unloaded or reloaded. */
typedef struct Quiz {
    char *id, *title, *description, *author;
    char *file;                       /* path it was loaded from */
    int line;                         /* line of `quiz {` */
    float time_limit;                 /* seconds per question, 0 = none */
    bool shuffle, repeat;
    int count;                        /* ask at most this many per round, 0 = all */
    bool generated;                   /* questions is a function of ctx */
    int nquestions;                   /* static list length; 0 when generated */
    char hash[17];                    /* FNV-1a 64 of the source, 16 hex digits */
    /* private */
    QuizSet *set_;
    int ref_;                         /* registry ref of the quiz's Lua table */
    struct QuizSpec *specs_;
} Quiz;

/* A question as asked: everything resolved (side, view, trigger point, choices). */
typedef struct Question {
    int n, of;                        /* 1-based number; current length of the round */
    QuizKind kind;
    const AtlasMuscle *muscle;        /* the muscle asked about (the answer for identify/name) */
    const AtlasTrp *trp;              /* refer/identify/name: the trigger point shown; NULL for locate */
    int trp_index;                    /* 1-based index of trp in muscle->trps, 0 for locate */
    View view;
    Side side;
    float tolerance;                  /* locate: cm where the score reaches 0 */
    const char *choices[QUIZ_MAX_CHOICES]; int nchoices;  /* identify/name: muscle ids */
    const char *areas[SCORE_MAX_AREAS]; int nareas;       /* identify: area labels of the essential zone */
    char prompt[QUIZ_PROMPT_MAX];
    float time_limit;                 /* seconds, 0 = none */
    int line;                         /* line in the quiz file that made it */
} Question;

#define ANSWER_MAX_CHOICES 4          /* choice parts in one answer */

/* An answer in parts. A question's kind says which parts it takes (a click, paint, one or
 * more choices; a later kind may take several, e.g. two choices and a click); the round
 * refuses an answer whose parts do not match. Pointers are the caller's: the round and
 * play.c copy what they keep. */
typedef struct Answer {
    bool skip;                        /* no answer: the other parts are ignored */
    bool timed_out;                   /* skip: the question's time ran out */
    View view;                        /* the view clicked or painted in */
    bool has_click; Vec2 click;       /* body space, cm */
    bool has_paint;                   /* painted (possibly nothing at all) */
    const PaintCircle *circles; int ncircles;   /* in order; erasers clear what came before */
    const BodyGrid *paint;            /* the circles rasterised, or NULL: the round does it */
    const char *choices[ANSWER_MAX_CHOICES]; int nchoices;   /* muscle ids, one per choice part */
} Answer;

typedef struct QuizResult {
    int n;
    int score;                        /* 0..100 */
    bool correct;                     /* identify/name: right muscle; locate/refer: score >= 50 */
    bool skipped;
    float distance_cm;                /* locate, else -1 */
    LocateVerdict verdict;            /* locate */
    const AtlasTrp *nearest;          /* locate: trigger point scored against */
    ReferResult refer;                /* refer: areas hit / missed / outside (labels) */
    const char *answer;               /* identify/name: the right muscle id */
    char feedback[QUIZ_FEEDBACK_MAX]; /* built-in feedback, then the quiz's on_answer text */
} QuizResult;

typedef struct QuizSummary {
    int score, max, percent;          /* max = 100 per question asked */
    int asked, answered, skipped;
    bool failed;                      /* a script error ended the round */
    char feedback[QUIZ_FEEDBACK_MAX]; /* from on_finish */
    char error[QUIZ_FEEDBACK_MAX];    /* the script error when failed */
} QuizSummary;

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
/* Adds a quiz built in C (review rounds): the given questions, no hooks, no file. Call it
 * before any round of the set begins (Quiz pointers taken before may move). NULL when out of
 * memory, the id is taken or no spec is usable. */
const Quiz *quiz_set_add(QuizSet *set, const char *id, const char *title, const QuizSpec *specs, int n);
/* A question spec with a constructor's defaults (open view, side and trigger point, 4
 * choices, default tolerance). false when the muscle is unknown or cannot be asked so. */
bool quiz_spec_init(const Atlas *atlas, QuizKind kind, const char *muscle, QuizSpec *out);
bool quiz_kind_parse(const char *name, QuizKind *out);

/* The built-in quiz folder: $TT_SCRIPTS/quizzes, else <exe dir>/../scripts/quizzes, else
 * the source tree's scripts/quizzes. Returns a static buffer. */
const char *quiz_builtin_dir(void);
/* The player's quiz folder: $XDG_DATA_HOME/trigger-trainer/quizzes (or ~/.local/share/...). */
const char *quiz_user_dir(void);
/* FNV-1a 64 of data as 16 lower-case hex digits into out[17]. */
void quiz_content_hash(const void *data, size_t len, char out[17]);

const char *quiz_kind_name(QuizKind k);   /* "locate", "refer", "identify", "name" */

/* Starts a round. A generated quiz runs questions(ctx) now; on a script error (or no
 * question) returns NULL with the message in err. Only one round per set at a time. */
Round *round_begin(const Quiz *quiz, uint64_t seed, const char *player, char *err, int errlen);

/* Questions made in C (review rounds, shots): asked like a quiz with no hooks and no file,
 * never added to the set. The specs are copied. */
typedef struct RoundSpecs {
    const char *id, *title;           /* round_quiz() reports them; id also names the file */
    const QuizSpec *specs; int n;
    float time_limit;                 /* seconds per question, 0 = none */
} RoundSpecs;
Round *round_begin_specs(QuizSet *set, const RoundSpecs *rs, uint64_t seed, const char *player, char *err,
                         int errlen);
/* The question to answer now, or NULL when the round is over (all asked, or failed). */
const Question *round_question(Round *r);
/* Scores an answer to the current question and runs on_answer. Returns 0 when accepted
 * (out filled, the round moves on), -1 when the answer does not fit the question (a choice
 * for a locate question, an unknown muscle...): round_message() says why and the same
 * question stays. A hook error still returns 0, fills out and ends the round
 * (round_failed). */
int round_answer(Round *r, const Answer *a, QuizResult *out);
int round_skip(Round *r, QuizResult *out);
/* Totals the round and runs on_finish (unless the round failed). Call once. */
void round_finish(Round *r, QuizSummary *out);
void round_end(Round *r);

const char *round_message(const Round *r);   /* why the last answer was refused */
bool round_failed(const Round *r);
const char *round_error(const Round *r);     /* the script error that ended the round, or NULL */
uint64_t round_seed(const Round *r);
const Quiz *round_quiz(const Round *r);
int round_count(const Round *r);             /* questions planned so far */

/* ---- internal: shared by quiz.c and quizapi.c ---- */
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
    char prompt[QUIZ_PROMPT_MAX];     /* "" = generated */
    int line;
    bool invalid;                     /* reported while loading; never asked */
};

/* quizapi.c: installs quiz, locate, refer, identify, name and atlas into the environment
 * table on top of the stack; ctx reaches the functions as their upvalue. */
typedef struct QuizApiContext {
    const Atlas *atlas;
    QuizErrors *errors;               /* non-NULL while loading: problems are collected */
    bool had_error;                   /* something was reported for the current file */
} QuizApiContext;
void quizapi_install(struct lua_State *L, QuizApiContext *ctx);
/* Pushes a question userdata holding spec (used for on_answer's question argument). */
void quizapi_push_spec(struct lua_State *L, const QuizSpec *spec, int n);
/* When the value at idx is a question made by a constructor, copies it and returns true. */
bool quizapi_to_spec(struct lua_State *L, int idx, QuizSpec *out);
/* Pushes a read-only atlas table for scripts. */
void quizapi_push_atlas(struct lua_State *L, const Atlas *atlas);
/* Is the value at idx a table made by quiz{}? */
bool quizapi_is_quiz(struct lua_State *L, int idx);
/* Pushes a new ctx table (seed, player, quiz, random, shuffle, pick) and returns its
 * generator state, kept alive by the table's functions. */
uint64_t *quizapi_push_ctx(struct lua_State *L, uint64_t seed, const char *player, const char *quiz_id);
/* Can spec be asked in view v for side s (a lateral view shows one side only)? */
bool quiz_spec_fits(const QuizSpec *spec, View v, Side s);
uint64_t quiz_rng_next(uint64_t *state);                 /* splitmix64 */
uint64_t quiz_rng_below(uint64_t *state, uint64_t n);    /* uniform in [0, n) */

#endif
