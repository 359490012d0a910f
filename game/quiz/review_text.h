/* review_text: the spaced-review schedule in words, for the menu, the review preview and
 * its summary (and their tests): when an item comes back, when it was last answered, how
 * long a batch takes, and what one round's answer did to an item. Local calendar days. */
#ifndef REVIEW_TEXT_H
#define REVIEW_TEXT_H

#include <stddef.h>
#include <stdint.h>
#include "store/review.h"
#include "store/store.h"

/* Whole local calendar days from `now`'s day to `t`'s (negative: t is on an earlier day). */
int review_days_between(int64_t now, int64_t t);
/* A time to come: "today", "tomorrow (Tue 8 Dec)", "in 6 days (Sun 13 Dec)", "in 7 weeks
 * (Mon 25 Jan)"; a time already past reads "today". */
void review_when(int64_t t, int64_t now, char *buf, size_t len);
/* A time gone: "today", "yesterday", "3 days ago", "5 weeks ago"; 0 = "". */
void review_ago(int64_t t, int64_t now, char *buf, size_t len);
/* About how many minutes n questions take, from the mean time to answer (ms, 0 unknown: 20 s)
 * plus the reveal read after each (8 s); at least 1. */
int review_minutes(int n, int answer_ms);
/* Why an item is due, for the preview: "missed 2 days ago (40)", "yesterday: 85; step 2 of
 * 3 due", "7 weeks ago: 100; mastered, check-up due". */
void review_reason(const StoreReviewItem *it, int64_t now, char *buf, size_t len);
/* What the round did to an item, for the summary: "Step 2 of 3: back in 6 days (Sun 13 Dec)",
 * "Mastered: 3 correct on separate days; back in 17 days (...)", "Practice ahead of
 * the schedule: still due tomorrow (...)", "Missed: starts again, due again today", "Not
 * asked: still due today". */
void review_outcome(const PlayReviewItem *it, int64_t now, char *buf, size_t len);

#endif
