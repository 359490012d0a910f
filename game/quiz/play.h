/* play: a round as played and saved, the one place that does it for the game's quiz scene
 * and `play --stdio`. play_begin starts the round (round.h) and its row in the store;
 * play_answer scores an answer, records it in the round's PlayLog and saves it at once
 * (the question and the answer as canonical JSON, protocol.h); play_finish totals the
 * round, runs on_finish and saves the total. Callers only turn input into an Answer and
 * show what comes back. Review rounds are begun from the player's schedule (play_review)
 * without adding a quiz to the loaded set. Nothing here draws or reads input. */
#ifndef PLAY_H
#define PLAY_H

#include <stdbool.h>
#include <stdint.h>
#include "store/review.h"
#include "quiz/round.h"
#include "store/store.h"

#define PLAY_REVIEW_MAX 10           /* items in a review round */

/* One question as played. Pointers inside q and res point into the atlas, which outlives
 * every round; nothing points into the quiz set (it may be reloaded after the round). */
/* The paint of one view, in order (owned by its PlayedQuestion). */
typedef struct PlayedPaint { View view; PaintCircle *circles; int n; } PlayedPaint;

typedef struct PlayedQuestion {
    Question q;
    QuizResult res;
    bool has_click; Vec2 click; View click_view;   /* the click, when the answer had one */
    PlayedPaint paints[VIEW_COUNT]; int npaints;   /* the paint, per view painted in */
    PaintCircle *paint; int npaint;                /* the paint in q.view (into paints; not owned) */
    char choices[ANSWER_MAX_CHOICES][64]; int nchoices;   /* chosen ids; none when skipped */
    bool timed_out;
    bool hint_used;                                /* the student asked for the hint first */
    int ms;                                        /* time to answer */
} PlayedQuestion;

typedef enum PlayEnd {
    PLAY_END_COMPLETED,               /* every planned question answered or skipped */
    PLAY_END_QUIT,                    /* the player left */
    PLAY_END_EOF,                     /* the stdio client's input ended */
    PLAY_END_TIME_LIMIT,              /* the round's time ran out */
    PLAY_END_SCRIPT_ERROR,            /* a hook or questions(ctx) failed */
    PLAY_END_COUNT
} PlayEnd;
const char *play_end_name(PlayEnd e);   /* "completed", "quit", "eof", "time_limit", "script_error" */

/* The record of a round, handed from the quiz scene to the results screen. */
typedef struct PlayLog {
    char quiz_id[64], title[160], hash[17];   /* quiz_id: the id saved ("review" for review rounds) */
    bool review;                 /* a review round (built from the schedule) */
    uint64_t seed;
    int64_t round_id;            /* in the store, -1 when not saved */
    PlayedQuestion *items; int n, cap;
    QuizSummary sum;             /* with the round record: planned, finished, ended_by, passed */
    bool totalled, quit;         /* totalled: play_finish ran; quit: the player left before the end */
    PlayEnd ended_by;
    double seconds;              /* time taken (the caller's clock) */
    int best_percent;            /* the player's best for this quiz before this round, -1 none */
    char error[QUIZ_FEEDBACK_MAX];   /* a script error that ended the round */
    /* the review items the round touched (review rounds: every item asked, in order), or
     * none when the round is not saved or the schedule could not be read */
    PlayReviewItem *ritems; int nritems, capritems;
} PlayLog;

PlayLog *play_log_new(void);
void play_log_free(PlayLog *log);
PlayedQuestion *play_log_add(PlayLog *log);      /* zeroed; NULL when out of memory */

/* Who plays and where it is saved. */
typedef struct PlaySetup {
    Store *store;                     /* NULL: nothing is saved (shots) */
    int64_t player;                   /* the store's player id; <= 0: nothing is saved */
    const char *player_name;          /* ctx.player */
    uint64_t seed;
    int64_t (*now)(void *ctx);        /* unix seconds: the time of every store write and of the
                                         review pick; NULL: the system clock */
    void *now_ctx;
    QuizLogFn log; void *log_ud;      /* where ctx.log lines go (quiz.h); NULL: nowhere */
} PlaySetup;

typedef struct Play Play;

/* Starts a round of quiz. When there is a store and a player, the round's row is written
 * with its first answer (at the time the round began), so a round left before any answer
 * leaves nothing in the store. NULL when the round cannot begin (a script error, no
 * question), with the message in err. A failed save does not stop the round:
 * play_warning() says so. */
Play *play_begin(const Quiz *quiz, const PlaySetup *setup, char *err, int errlen);

typedef enum PlayReview { PLAY_REVIEW_OK, PLAY_REVIEW_EMPTY, PLAY_REVIEW_NONE_DUE, PLAY_REVIEW_ERROR } PlayReview;
/* A review round: the player's items due today (store_review_due, at most PLAY_REVIEW_MAX),
 * asked as questions built in C and saved under the quiz id "review". The set only lends
 * its atlas and Lua state; nothing is added to it. NULL with *why = PLAY_REVIEW_EMPTY when
 * the player has answered nothing yet, PLAY_REVIEW_NONE_DUE when nothing is due today,
 * PLAY_REVIEW_ERROR (message in err) when the schedule cannot be read or the round cannot
 * begin. */
Play *play_review(QuizSet *set, const PlaySetup *setup, PlayReview *why, char *err, int errlen);
/* A review round of exactly these items (a preview showed them; extra practice of the
 * weakest), one question each, in order; items the atlas does not know are left out. */
Play *play_review_items(QuizSet *set, const PlaySetup *setup, const StoreReviewItem *items, int n,
                        const char *title, char *err, int errlen);
/* A review round of these questions (the misses of a round: a spec may fix the trigger
 * point, view and side), saved under "review" with the title given. */
Play *play_review_specs(QuizSet *set, const PlaySetup *setup, const QuizSpec *specs, int n, const char *title,
                        char *err, int errlen);
/* A round of questions made in C (shots, tests), saved under rs->id like a quiz. */
Play *play_begin_specs(QuizSet *set, const RoundSpecs *rs, const PlaySetup *setup, char *err, int errlen);

/* The question to answer now, or NULL when the round is over (all asked, or failed). */
const Question *play_question(Play *p);
/* Answers the current question: scores it (round_answer), records it in the log and saves
 * it. 0 when accepted (*out, if given, is the record: valid until the next answer), -1 when
 * the answer does not fit the question (play_message() says why; the same question stays).
 * ms is the time taken to answer. */
int play_answer(Play *p, const Answer *a, int ms, const PlayedQuestion **out);
int play_skip(Play *p, bool timed_out, int ms, const PlayedQuestion **out);
/* The current question's hint, marking it as asked for (the result and the record say so);
 * NULL when the question has none or the round is over. */
const char *play_hint(Play *p);
/* Totals the round (runs on_finish) and saves the total with the round's record (planned,
 * finished, ended_by, passed, on_finish's feedback). ended_by is how it ended; a round with
 * every planned question answered ends PLAY_END_COMPLETED and one that a script error
 * stopped PLAY_END_SCRIPT_ERROR whatever is passed. Once only: later calls do nothing. */
void play_finish(Play *p, PlayEnd ended_by);
/* The round's record. play_log lends it (totals only once finished); play_take_log hands
 * it over (the caller frees it with play_log_free), finishing the round as quit if it was
 * not finished yet. */
PlayLog *play_log(Play *p);
PlayLog *play_take_log(Play *p);
/* Frees the play; a round not finished yet is finished as quit first, so every answer given
 * stays saved. */
void play_end(Play *p);

int play_count(const Play *p);               /* questions planned so far */
const Quiz *play_quiz(const Play *p);        /* the quiz asked (time_limit_total: the caller's clock ends the round) */
bool play_failed(const Play *p);             /* a script error ended the round */
const char *play_error(const Play *p);       /* that error, or NULL */
const char *play_message(const Play *p);     /* why the last answer was refused */
/* What the store refused at the last call ("Answer kept in memory, not saved yet: ..."), or NULL. The
 * answers are kept in memory and retried; the round goes on. */
const char *play_warning(const Play *p);

#endif
