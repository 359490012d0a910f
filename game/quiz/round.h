/* round: the quiz runtime, a UI-independent state machine shared by the game's quiz scene
 * and `play --stdio` (through play.h). A Round asks the questions of one quiz (or of specs
 * made in C) with a seeded generator, scores answers as the kind's row says (kinds.h) and
 * runs the quiz's hooks. Nothing here draws, reads input or touches the score store. */
#ifndef ROUND_H
#define ROUND_H

#include <stdbool.h>
#include <stdint.h>
#include "quiz/quiz.h"

typedef struct Round Round;

/* A question as asked: everything resolved (side, view, trigger point, choices). */
typedef struct Question {
    int n, of;                        /* 1-based number; current length of the round */
    QuizKind kind;
    const AtlasMuscle *muscle;        /* the muscle asked about (the answer for identify/name) */
    const AtlasTrp *trp;              /* refer/identify/name: the trigger point shown; palpate: the one
                                         asked; NULL for locate */
    int trp_index;                    /* 1-based index of trp in muscle->trps, 0 for locate */
    View view;                        /* the first of views */
    View views[VIEW_COUNT]; int nviews;   /* every view the question shows, in order (at least
                                         one). refer and identify: the views of the pattern
                                         (pattern.h): the quiz's view, the X's view (refer), then
                                         those showing parts of the essential zone the others do
                                         not; locate and name: the one view */
    Side side;
    const AtlasLandmark *landmark;    /* palpate (KIND_NEEDS_LANDMARK): the trigger point's first
                                         palpation landmark, drawn in view and side; else NULL */
    float tolerance;                  /* locate: cm where the score reaches 0 */
    const char *choices[QUIZ_MAX_CHOICES]; int nchoices;  /* identify/name: muscle ids */
    const char *areas[SCORE_MAX_AREAS]; int nareas;       /* identify: area labels of the essential zone */
    char prompt[QUIZ_PROMPT_MAX];
    float time_limit;                 /* seconds, 0 = none (the question's own, else the quiz's) */
    float points;                     /* weight: the score counts score * points of 100 * points */
    char hint[QUIZ_HINT_MAX];         /* "" = none; the student may ask for it before answering */
    int line;                         /* line in the quiz file that made it */
} Question;

/* The paint of one view. */
typedef struct AnswerPaint {
    View view;
    const PaintCircle *circles; int ncircles;   /* in order; erasers clear what came before */
    const BodyGrid *grid;             /* the circles rasterised, or NULL: the round does it */
} AnswerPaint;

/* An answer in parts. A question's kind says which parts it takes (a click, paint, one or
 * more choices; a later kind may take several, e.g. two choices and a click); the round
 * refuses an answer whose parts do not match. Paint comes per view: `paints` (one entry per
 * view painted in, each view once), or, for paint in one view, the one-view fields (`view`,
 * `circles`, `paint`) with npaints 0. Pointers are the caller's: the round and play.c copy
 * what they keep. */
typedef struct Answer {
    bool skip;                        /* no answer: the other parts are ignored */
    bool timed_out;                   /* skip: the question's time ran out */
    View view;                        /* the view clicked, or painted in (one-view paint) */
    bool has_click; Vec2 click;       /* body space, cm */
    bool has_paint;                   /* painted (possibly nothing at all) */
    const PaintCircle *circles; int ncircles;   /* one-view paint: in order */
    const BodyGrid *paint;            /* one-view paint rasterised, or NULL: the round does it */
    const AnswerPaint *paints; int npaints;     /* paint per view; when npaints > 0 the
                                                   one-view fields above are not read */
    const char *choices[ANSWER_MAX_CHOICES]; int nchoices;   /* one id per choice part, in the
                                                                 row's order (quiz_choices) */
    int ms;                           /* time taken to answer (on_answer's result.time_ms), -1 unknown */
    bool hint_used;                   /* the student asked for the question's hint first */
} Answer;

/* The views painted in an answer (0 when it has no paint) and the paint of the i-th, whichever
 * form the answer uses. */
int answer_npaints(const Answer *a);
AnswerPaint answer_paint_at(const Answer *a, int i);

/* What one choice part of a question is chosen among (kinds.h: the row's choices). */
typedef struct QuizChoices {
    const char *ids[QUIZ_MAX_CHOICES];    /* muscle ids, position words, ... (static or atlas text) */
    const char *labels[QUIZ_MAX_CHOICES]; /* as shown: "Upper trapezius", "Side-lying" */
    int n;
    const char *right;                    /* the right id */
} QuizChoices;
/* The options of choice part `part` of q; none (n = 0) when its kind has no such part. */
void quiz_choices(const Atlas *a, const Question *q, int part, QuizChoices *out);
/* Where id is among the options, or -1. */
int quiz_choices_find(const QuizChoices *c, const char *id);

typedef struct QuizResult {
    int n;
    int score;                        /* 0..100 */
    bool correct;                     /* identify/name: right muscle; locate/refer: score >= 50 */
    bool skipped;
    float distance_cm;                /* locate, else -1 */
    LocateVerdict verdict;            /* locate */
    const AtlasTrp *nearest;          /* locate: trigger point scored against */
    ReferResult refer;                /* refer: areas hit / missed / outside (labels) */
    PalpateResult palpate;            /* palpate: each part's score, what was chosen */
    const char *answer;               /* identify/name: the right muscle id */
    char feedback[QUIZ_FEEDBACK_MAX]; /* built-in feedback, then the quiz's on_answer text */
    int feedback_builtin;             /* bytes of feedback that are the built-in part */
} QuizResult;

typedef struct QuizSummary {
    int score, max, percent;          /* max = 100 * points per planned question (100 without points):
                                         what grading counts */
    int planned;                      /* questions the round meant to ask (on_answer may add some) */
    int asked, answered, skipped;
    bool finished;                    /* every planned question answered or skipped */
    char ended_by[16];                /* "completed", "quit", "eof", "time_limit", "script_error" */
    int pass_mark;                    /* the quiz's pass mark (percent), -1 = none */
    int passed;                       /* -1 no pass mark; 1 finished and percent >= pass_mark; 0 not */
    bool failed;                      /* a script error ended the round */
    char feedback[QUIZ_FEEDBACK_MAX]; /* from on_finish */
    char error[QUIZ_FEEDBACK_MAX];    /* the script error when failed */
} QuizSummary;

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
/* Totals the round and runs on_finish (unless the round failed). Call once. ended_by says
 * how the round ended ("quit", "eof", "time_limit"); a round with every planned question
 * answered ends "completed" and one a script error stopped "script_error" whatever is
 * passed. */
void round_finish(Round *r, const char *ended_by, QuizSummary *out);
void round_end(Round *r);

const char *round_message(const Round *r);   /* why the last answer was refused */
bool round_failed(const Round *r);
const char *round_error(const Round *r);     /* the script error that ended the round, or NULL */
/* Where that error happened: "questions" (the questions function), "on_answer",
 * "on_finish", or "" (making or asking the plan); *n the question just answered (0 none). */
const char *round_error_hook(const Round *r, int *n);

/* How the plan was made, for `check`: questions written (before duplicates and count),
 * duplicates dropped (the line of the first, and of the question it repeats), questions the
 * hooks added and those refused because the round reached QUIZ_MAX_QUESTIONS. */
typedef struct RoundPlanStats {
    int written, dropped, dropped_line, dropped_like_line;
    int added, refused;
} RoundPlanStats;
const RoundPlanStats *round_plan_stats(const Round *r);
uint64_t round_seed(const Round *r);
const Quiz *round_quiz(const Round *r);
int round_count(const Round *r);             /* questions planned so far */

/* A question spec with a constructor's defaults (open view, side and trigger point, 4
 * choices, default tolerance). false when the muscle is unknown or cannot be asked so. */
bool quiz_spec_init(const Atlas *atlas, QuizKind kind, const char *muscle, QuizSpec *out);

/* ---- internal: for kinds_table.c, round_ask.c and quizapi*.c ---- */

/* Does view v show side s (a lateral view shows one side only)? pattern_view_shows. */
bool round_view_shows(View v, Side s);
/* Can spec be asked in view v for side s? */
bool round_spec_fits(const QuizSpec *spec, View v, Side s);
uint64_t round_rng_next(uint64_t *state);                /* splitmix64 */
uint64_t round_rng_below(uint64_t *state, uint64_t n);   /* uniform in [0, n) */
const Atlas *round_atlas(const Round *r);
/* The figure of view v as a grid (the set's, made once); NULL when out of memory. */
const BodyGrid *round_silhouette(Round *r, View v);
/* The named area of each cell of view v (pattern_area_owners; arm_shown false: a side view with
 * its arm hidden), made once; NULL when out of memory (score_refer_views then works it out). */
const uint16_t *round_area_owners(Round *r, View v, bool arm_shown);

#endif
