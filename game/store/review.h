/* review: the spaced-review scheduler, pure (no I/O, no clock: the caller gives the time).
 * An item is a (muscle, kind) pair; after every answer its state moves by SM-2 with the
 * 0-100 score mapped to a 0-5 grade, except that a good answer moves the schedule only when
 * the item is due (on its day or later): practice before that is welcome but counts for
 * nothing, so an item climbs its steps on different days with growing intervals (1 day,
 * then 6, then the previous interval times the ease). An item is mastered after
 * REVIEW_MASTERED_STEPS such steps. docs/scoring.md explains the same rules to students. */
#ifndef REVIEW_H
#define REVIEW_H

#include <stdbool.h>
#include <stdint.h>

#define REVIEW_DAY 86400                  /* seconds */
#define REVIEW_EASE_START 2.5
#define REVIEW_EASE_MIN 1.3
#define REVIEW_GOOD 60                    /* a score of this or more is a good answer (grade 3) */
#define REVIEW_MASTERED_STEPS 3           /* good answers on their due days to master an item */

typedef struct ReviewState {
    double ease;          /* SM-2 easiness factor, >= 1.3 */
    int interval_days;    /* days until the next review after a good answer */
    int repetitions;      /* steps climbed: good answers in a row, each given when due */
    int64_t due;          /* unix time the item is due again */
    int last_score;       /* 0..100 */
} ReviewState;

/* What one answer did to an item. */
typedef enum ReviewMove {
    REVIEW_STEP,          /* a good answer when due: one step up, back after the interval */
    REVIEW_EARLY,         /* a good answer before it was due: the schedule is unchanged */
    REVIEW_RESET          /* a poor answer: back to the start, due at once */
} ReviewMove;

/* What a round did to one review item (a muscle and a kind of question) of the player's
 * schedule: its state before the round and after its answers in the round, as the store
 * computes it. Tracked by a round saved for a player (quiz/play.h: PlayLog.ritems). */
typedef struct PlayReviewItem {
    char muscle[64], kind[16];
    ReviewState before, after;
    int64_t last_answer;              /* the latest answer before this round, 0 = none */
    bool known;                       /* answered before this round */
    bool answered;                    /* answered in this round */
    ReviewMove move;                  /* what the last answer in the round did */
    int score;                        /* that answer's score */
} PlayReviewItem;

/* 0..5 from a 0..100 score: 100 -> 5, 80-99 -> 4, 60-79 -> 3, 40-59 -> 2, 20-39 -> 1, else 0. */
int review_grade(int score);
/* A new item: ease 2.5, no repetitions, due now. */
void review_init(ReviewState *st, int64_t now);
/* The end of the local day that holds `now` (the first second of the next day, local
 * time): an item is due today when its due time is before it. */
int64_t review_day_end(int64_t now);
/* Due today: st->due < review_day_end(now). */
bool review_due_today(const ReviewState *st, int64_t now);
/* Applies one answer given at time `now`.
 * - Grade >= 3 (score >= 60) and due today: repetitions + 1; interval 1 day, then 6, then
 *   round(previous * new ease) (at most ten years); due = now + interval; the ease moves by
 *   0.1 - (5 - g) * (0.08 + (5 - g) * 0.02), never below 1.3. REVIEW_STEP.
 * - Grade >= 3 before it is due: nothing but last_score changes. REVIEW_EARLY.
 * - Grade < 3, due or not: repetitions 0, interval 1 day, due now (SM-2 repeats failed
 *   items in the same session), the ease moves as above. REVIEW_RESET. */
ReviewMove review_update(ReviewState *st, int score, int64_t now);
/* Mastered: REVIEW_MASTERED_STEPS steps climbed (three good answers, each on its due day:
 * three different days, the last at least 6 days after the one before). */
bool review_mastered(const ReviewState *st);

#endif
