/* review_text: the review schedule in words (quiz/review_text.h). */
#include "quiz/review_text.h"
#include "store/review.h"

#include <stdio.h>
#include <time.h>

/* The local calendar day holding t, as a day number. */
static int64_t day_number(int64_t t)
{
    time_t tt = (time_t)t;
    struct tm tm;
    if (!localtime_r(&tt, &tm))
        return t / REVIEW_DAY;
    /* days from civil (Howard Hinnant's algorithm): no time zone arithmetic involved */
    int y = tm.tm_year + 1900, m = tm.tm_mon + 1, d = tm.tm_mday;
    y -= m <= 2;
    int64_t era = (y >= 0 ? y : y - 399) / 400;
    int64_t yoe = y - era * 400;
    int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

int review_days_between(int64_t now, int64_t t)
{
    return (int)(day_number(t) - day_number(now));
}

static void date_text(int64_t t, char *buf, size_t len)
{
    time_t tt = (time_t)t;
    struct tm tm;
    if (!localtime_r(&tt, &tm) || !strftime(buf, len, "%a %e %b", &tm))
        snprintf(buf, len, "?");
    for (char *p = buf; *p; p++)   /* "%e" pads a one-digit day with a space */
        if (p[0] == ' ' && p[1] == ' ')
            for (char *q = p; *q; q++) q[0] = q[1];
}

void review_when(int64_t t, int64_t now, char *buf, size_t len)
{
    int days = review_days_between(now, t);
    char date[48];
    date_text(t, date, sizeof date);
    if (days <= 0) snprintf(buf, len, "today");
    else if (days == 1) snprintf(buf, len, "tomorrow (%s)", date);
    else if (days < 21) snprintf(buf, len, "in %d days (%s)", days, date);
    else if (days < 120) snprintf(buf, len, "in %d weeks (%s)", (days + 3) / 7, date);
    else snprintf(buf, len, "in %d months (%s)", (days + 15) / 30, date);
}

void review_ago(int64_t t, int64_t now, char *buf, size_t len)
{
    if (t <= 0) {
        snprintf(buf, len, "%s", "");
        return;
    }
    int days = -review_days_between(now, t);
    if (days <= 0) snprintf(buf, len, "today");
    else if (days == 1) snprintf(buf, len, "yesterday");
    else if (days < 21) snprintf(buf, len, "%d days ago", days);
    else if (days < 120) snprintf(buf, len, "%d weeks ago", (days + 3) / 7);
    else snprintf(buf, len, "%d months ago", (days + 15) / 30);
}

int review_minutes(int n, int answer_ms)
{
    int per = (answer_ms > 0 ? answer_ms : 20000) + 8000;
    if (per > 120000) per = 120000;   /* a question left open over lunch says nothing */
    int min = (int)(((int64_t)n * per + 59999) / 60000);
    return min < 1 ? 1 : min;
}

void review_reason(const StoreReviewItem *it, int64_t now, char *buf, size_t len)
{
    char ago[48];
    review_ago(it->last_answer, now, ago, sizeof ago);
    if (!ago[0]) snprintf(ago, sizeof ago, "earlier");
    if (it->last_score < REVIEW_GOOD)
        snprintf(buf, len, "missed %s (%d)", ago, it->last_score);
    else if (it->repetitions >= REVIEW_MASTERED_STEPS)
        snprintf(buf, len, "%s: %d; mastered, check-up due", ago, it->last_score);
    else
        snprintf(buf, len, "%s: %d; step %d of %d due", ago, it->last_score, it->repetitions + 1,
                 REVIEW_MASTERED_STEPS);
}

void review_outcome(const PlayReviewItem *it, int64_t now, char *buf, size_t len)
{
    char when[64];
    review_when(it->after.due, now, when, sizeof when);
    if (!it->answered) {
        snprintf(buf, len, "Not asked: still due %s", when);
        return;
    }
    switch (it->move) {
    case REVIEW_STEP:
        if (it->after.repetitions == REVIEW_MASTERED_STEPS)
            snprintf(buf, len, "Mastered: %d correct on separate days; back %s", REVIEW_MASTERED_STEPS, when);
        else if (it->after.repetitions > REVIEW_MASTERED_STEPS)
            snprintf(buf, len, "Still mastered; back %s", when);
        else
            snprintf(buf, len, "Step %d of %d; back %s", it->after.repetitions, REVIEW_MASTERED_STEPS, when);
        break;
    case REVIEW_EARLY:
        snprintf(buf, len, "Practice ahead of the schedule: still due %s", when);
        break;
    default:
        if (it->known && it->before.repetitions > 0)
            snprintf(buf, len, "Missed: back from step %d to the start; due again today", it->before.repetitions);
        else
            snprintf(buf, len, "Missed: due again today");
        break;
    }
}
