/* review: the spaced-review scheduler, pure (no I/O, no clock). An item is a (muscle,
 * kind) pair; after every answer its state moves by SM-2 with the 0-100 score mapped to a
 * 0-5 grade. docs/scoring.md explains the same rules to students. */
#ifndef REVIEW_H
#define REVIEW_H

#include <stdint.h>

#define REVIEW_DAY 86400                  /* seconds */
#define REVIEW_EASE_START 2.5
#define REVIEW_EASE_MIN 1.3

typedef struct ReviewState {
    double ease;          /* SM-2 easiness factor, >= 1.3 */
    int interval_days;    /* days until the next review after a good answer */
    int repetitions;      /* good answers in a row */
    int64_t due;          /* unix time the item is due again */
    int last_score;       /* 0..100 */
} ReviewState;

/* 0..5 from a 0..100 score: 100 -> 5, 80-99 -> 4, 60-79 -> 3, 40-59 -> 2, 20-39 -> 1, else 0. */
int review_grade(int score);
/* A new item: ease 2.5, no repetitions, due now. */
void review_init(ReviewState *st, int64_t now);
/* Applies one answer given at time `now`. Grade >= 3: repetitions + 1, interval 1 day,
 * then 6, then round(previous * new ease); due = now + interval. Grade < 3: repetitions 0,
 * interval 1 day, due now (SM-2 repeats failed items in the same session). The ease moves
 * by 0.1 - (5 - g) * (0.08 + (5 - g) * 0.02) on every answer, never below 1.3. */
void review_update(ReviewState *st, int score, int64_t now);

#endif
