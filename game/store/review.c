/* review: SM-2 spaced repetition on (muscle, kind) items, as pure arithmetic; a good answer
 * moves an item only on its due day, so its steps fall on different days. */
#include "store/review.h"

#include <math.h>
#include <time.h>

int review_grade(int score)
{
    if (score >= 100) return 5;
    if (score >= 80) return 4;
    if (score >= REVIEW_GOOD) return 3;
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

int64_t review_day_end(int64_t now)
{
    time_t t = (time_t)now;
    struct tm tm;
    if (!localtime_r(&t, &tm))
        return now - now % REVIEW_DAY + REVIEW_DAY;   /* no calendar: UTC days */
    tm.tm_sec = tm.tm_min = tm.tm_hour = 0;
    tm.tm_mday += 1;
    tm.tm_isdst = -1;   /* midnight may fall on the other side of a clock change */
    time_t end = mktime(&tm);
    if (end == (time_t)-1 || (int64_t)end <= now)
        return now - now % REVIEW_DAY + REVIEW_DAY;
    return (int64_t)end;
}

bool review_due_today(const ReviewState *st, int64_t now)
{
    return st->due < review_day_end(now);
}

static void move_ease(ReviewState *st, int g)
{
    int q = 5 - g;
    st->ease += 0.1 - q * (0.08 + q * 0.02);
    if (st->ease < REVIEW_EASE_MIN) st->ease = REVIEW_EASE_MIN;
}

ReviewMove review_update(ReviewState *st, int score, int64_t now)
{
    int g = review_grade(score);
    ReviewMove move;
    st->last_score = score < 0 ? 0 : score > 100 ? 100 : score;
    if (g >= 3 && !review_due_today(st, now)) {
        move = REVIEW_EARLY;   /* practice ahead of the schedule: welcome, but it proves no spacing */
    } else if (g >= 3) {
        move_ease(st, g);
        if (st->repetitions == 0) st->interval_days = 1;
        else if (st->repetitions == 1) st->interval_days = 6;
        else {
            double next = round(st->interval_days * st->ease);
            /* cap at ten years so the product never overflows an int */
            st->interval_days = next > 3650 ? 3650 : (int)next;
        }
        st->repetitions++;
        st->due = now + (int64_t)st->interval_days * REVIEW_DAY;
        move = REVIEW_STEP;
    } else {
        move_ease(st, g);
        st->repetitions = 0;
        st->interval_days = 1;
        st->due = now;
        move = REVIEW_RESET;
    }
    return move;
}

bool review_mastered(const ReviewState *st)
{
    return st->repetitions >= REVIEW_MASTERED_STEPS;
}
