/* kinds: the question kinds as one table. Each row says everything the runtime needs to
 * know about a kind: its name, how it is answered (the answer mode: the screens have one
 * view per mode), the constructor's fields, what it needs of a muscle in a view, how it
 * scores and explains an answer, its JSON over stdio and in the store, its prompt and its
 * reveal words. Code elsewhere asks the table instead of comparing kinds, so a new kind is
 * one row in kinds_table.c with its section (plus, for a new answer mode, one view in
 * game/screens). docs/architecture.md walks through adding one. */
#ifndef KINDS_H
#define KINDS_H

#include <stdbool.h>
#include <stddef.h>
#include "body/atlas.h"

typedef enum QuizKind { QUIZ_LOCATE, QUIZ_REFER, QUIZ_IDENTIFY, QUIZ_NAME, QUIZ_PALPATE, QUIZ_KIND_COUNT } QuizKind;

/* How a question is answered, and so which view asks it (screens/ask_click.c, ask_paint.c,
 * ask_choice.c). */
typedef enum AnswerMode { ANSWER_CLICK, ANSWER_PAINT, ANSWER_CHOICE, ANSWER_MODE_COUNT } AnswerMode;

/* The parts of an Answer (round.h) a kind takes; a mode may combine several. */
enum { ANSWER_PART_CLICK = 1, ANSWER_PART_PAINT = 2, ANSWER_PART_CHOICE = 4 };
#define ANSWER_MAX_CHOICES 4          /* choice parts in one answer */

/* What a question of the kind needs of its muscle in a view and side. */
typedef enum KindNeeds {
    KIND_NEEDS_TRP,                   /* a trigger point drawn in the view */
    KIND_NEEDS_ZONE,                  /* a trigger point whose essential zone is drawn there */
    KIND_NEEDS_LANDMARK,              /* a trigger point drawn in the view with the first landmark
                                         of its palpation (AtlasPalpation) placed there too */
} KindNeeds;

/* One choice part of an answer (a row has nchoices of them, asked in order): its name and
 * what the question lists to choose from. */
typedef struct QuizChoicePart {
    const char *name;                 /* "position": the part's key in an answer of several parts
                                         and in the result's "parts" */
    const char *list;                 /* "positions": the question's field listing the ids */
    const char *ask;                  /* "How does the client lie?": the step's question */
} QuizChoicePart;

struct Question;
struct Answer;
struct QuizResult;
struct Round;
struct PlayedQuestion;
struct QuizChoices;
struct json_t;
struct lua_State;

typedef struct QuizKindDef {
    QuizKind kind;
    const char *name;                 /* "locate": constructor, stdio and store name */
    const char *label;                /* "Locate": in lists on screen */
    AnswerMode mode;
    unsigned parts;                   /* ANSWER_PART_* an answer holds (all of them) */
    int nchoices;                     /* choice parts in an answer (with ANSWER_PART_CHOICE) */
    QuizChoicePart choice_parts[ANSWER_MAX_CHOICES];   /* each choice part, in the order asked */
    const char *answer_key;           /* an answer of several parts comes as {"palpate":{...}} over
                                         stdio and in the store; NULL: one part, given alone */
    const char *answer_words;         /* "a click": "answer with a click (or skip)" */
    const char *const *fields;        /* the constructor's fields, NULL-terminated */
    bool needs_trp;                   /* a trigger point is chosen for each question (Question.trp) */
    KindNeeds needs;
    const char *needs_words;          /* "referred-pain zone": "... has no %s in view ..." */
    bool shows_trp, shows_zone;       /* asking shows the trigger point / its referred zone */
    bool has_choices;                 /* the question lists muscles to choose from */
    bool has_areas;                   /* the question names the areas of the essential zone */
    int correct_at;                   /* a score counted as correct: 100 (right/wrong) or 50 */
    /* what choice part `part` of q is chosen among (ids, labels, the right id); with
     * ANSWER_PART_CHOICE, else NULL */
    void (*choices)(const Atlas *a, const struct Question *q, int part, struct QuizChoices *out);
    /* the generated prompt (when the quiz writes none) */
    void (*prompt)(const struct Question *q, char *buf, size_t len);
    /* scores an answer (or a skip: a->skip, out->skipped set) into out, with the built-in
     * feedback; -1 when the round cannot (out of memory) */
    int (*score)(struct Round *r, const struct Question *q, const struct Answer *a, struct QuizResult *out);
    /* the kind's fields of a question and of a result over stdio and in the store */
    void (*question_json)(struct json_t *o, const struct Question *q);
    void (*result_json)(struct json_t *o, const struct Question *q, const struct QuizResult *res);
    /* the kind's fields of on_answer's result table (on top of the stack) */
    void (*result_lua)(struct lua_State *L, const struct Question *q, const struct QuizResult *res);
    /* the reveal in words, after "Time is up." (reveal_text.h) */
    void (*reveal_words)(const Atlas *a, const struct PlayedQuestion *pq, char *buf, size_t len);
} QuizKindDef;

/* The rows, one per kind (kinds_table.c); read them through the functions below. */
extern const QuizKindDef quiz_kind_table[QUIZ_KIND_COUNT];

/* The row of kind k (k must be a QuizKind below QUIZ_KIND_COUNT). */
const QuizKindDef *quiz_kind(QuizKind k);
/* The row named name, or NULL. */
const QuizKindDef *quiz_kind_find(const char *name);
bool quiz_kind_parse(const char *name, QuizKind *out);
const char *quiz_kind_name(QuizKind k);   /* "locate", ...; "?" out of range */
/* "locate{}, refer{}, identify{}, name{} or palpate{}": the constructors, for messages. */
void quiz_kind_list(char *buf, size_t len);
/* Does kind k's constructor take field f? */
bool quiz_kind_has_field(QuizKind k, const char *f);
/* The row whose answers of several parts are keyed `key` ({"palpate":{...}}), or NULL. */
const QuizKindDef *quiz_kind_find_answer(const char *key);
/* The row answered in several parts that an answer of these parts fits, or NULL (the
 * canonical text of an answer names it, protocol.h). */
const QuizKindDef *quiz_kind_of_parts(unsigned parts, int nchoices);

#endif
