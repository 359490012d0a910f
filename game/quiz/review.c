/* review: SM-2 spaced repetition on (muscle, kind) items, as pure arithmetic. */
#include "quiz/review.h"

#include <math.h>

int review_grade(int score)
{
    if (score >= 100) return 5;
    if (score >= 80) return 4;
    if (score >= 60) return 3;
    if (score >= 40) return 2;
    if (score >= 20) return 1;
    return 0;
}

void review_init(ReviewState *st, int64_t now)
{
    st->ease = REVIEW_EASE_START;
    st->interval_days = 0;
    st->repetitions = 0;
    st->due = now;
    st->last_score = 0;
}

void review_update(ReviewState *st, int score, int64_t now)
{
    int g = review_grade(score);
    int q = 5 - g;
    st->ease += 0.1 - q * (0.08 + q * 0.02);
    if (st->ease < REVIEW_EASE_MIN) st->ease = REVIEW_EASE_MIN;
    if (g >= 3) {
        if (st->repetitions == 0) st->interval_days = 1;
        else if (st->repetitions == 1) st->interval_days = 6;
        else {
            double next = round(st->interval_days * st->ease);
            /* cap at ten years so the product never overflows an int */
            st->interval_days = next > 3650 ? 3650 : (int)next;
        }
        st->repetitions++;
        st->due = now + (int64_t)st->interval_days * REVIEW_DAY;
    } else {
        st->repetitions = 0;
        st->interval_days = 1;
        st->due = now;
    }
    st->last_score = score < 0 ? 0 : score > 100 ? 100 : score;
}
