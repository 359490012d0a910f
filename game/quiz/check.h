/* check: what `trigger-trainer check` runs besides loading (docs/quiz-api.md, "What check
 * runs"). It plays each quiz the way a class would: rounds for several seeds and players,
 * every question answered in each way a student can (right, wrong, half right, skipped, on
 * the wrong side, out of time), with the quiz's own hooks and its questions function running
 * in the sandbox, following what `again` and `ask` add. Errors name the line to fix, the hook
 * and the question; warnings say what a round silently does (duplicates dropped, `count`
 * larger than the questions, a round that never ends). No window, no store: tests call it
 * directly, and so does the game's quiz list. */
#ifndef CHECK_H
#define CHECK_H

#include <stdbool.h>
#include "quiz/quiz.h"

#define CHECK_SEEDS 4                /* seeds 1..4 */
#define CHECK_SECONDS 20.0           /* a quiz's play-through stops after this, saying so */

typedef struct CheckOptions {
    int seeds;                        /* rounds use seeds 1..seeds (0: CHECK_SEEDS) */
    const char *const *players; int nplayers;   /* NULL: "student" and "Zoë" */
    double seconds;                   /* wall-clock budget per quiz (0: CHECK_SECONDS) */
    bool logs;                        /* keep ctx.log lines of the first round */
} CheckOptions;

typedef struct CheckReport {
    QuizErrors errors;                /* "file:line: message" */
    QuizErrors warnings;              /* "file:line: warning: message" */
    QuizErrors logs;                  /* "file:line: log: text" */
    int rounds, answers;              /* played */
    bool stopped;                     /* the time budget ran out before every round was played */
} CheckReport;

/* Plays quiz (loaded, valid) as described above, adding to out. The quiz's set must have no
 * round going on. */
void check_quiz(const Quiz *quiz, const CheckOptions *o, CheckReport *out);
void check_report_free(CheckReport *r);

/* Quizzes of set whose id a quiz of other (a different file) already uses, as errors
 * ("... is already used by the built-in quiz FILE"); where names other ("the built-in quiz",
 * "the quiz in your folder"). */
void check_id_clashes(const QuizSet *set, const QuizSet *other, const char *where, QuizErrors *out);

#endif
