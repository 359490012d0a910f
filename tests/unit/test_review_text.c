/* test_review_text: the schedule in words (quiz/review_text.h): days counted on the
 * calendar, not in 24-hour blocks; the reasons and outcomes the preview and summary show.
 * TZ=UTC. */
#include "test.h"
#include "store/review.h"
#include "quiz/review_text.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

#define D REVIEW_DAY
#define MON INT64_C(1793577600)   /* Mon 2026-11-02 00:00 UTC */

static void test_days(void)
{
    setenv("TZ", "UTC", 1);
    tzset();
    CHECK(review_days_between(MON + 23 * 3600, MON + D + 60) == 1);   /* 23:00 -> 00:01: tomorrow */
    CHECK(review_days_between(MON + 60, MON + 23 * 3600) == 0);
    CHECK(review_days_between(MON + 3 * D, MON) == -3);
    char b[96];
    review_when(MON + D + 10, MON + 23 * 3600, b, sizeof b);
    CHECK_STR(b, "tomorrow (Tue 3 Nov)");
    review_when(MON + 6 * D, MON, b, sizeof b);
    CHECK_STR(b, "in 6 days (Sun 8 Nov)");
    review_when(MON + 49 * D, MON, b, sizeof b);
    CHECK_STR(b, "in 7 weeks (Mon 21 Dec)");
    review_when(MON - 5, MON, b, sizeof b);
    CHECK_STR(b, "today");
    review_ago(MON - 60, MON + 60, b, sizeof b);
    CHECK_STR(b, "yesterday");
    review_ago(MON - 9 * D, MON, b, sizeof b);
    CHECK_STR(b, "9 days ago");
    review_ago(0, MON, b, sizeof b);
    CHECK_STR(b, "");
}

static void test_minutes(void)
{
    CHECK(review_minutes(10, 0) == 5);       /* 10 x (20 s + 8 s) = 280 s */
    CHECK(review_minutes(1, 4000) == 1);
    CHECK(review_minutes(10, 10 * 60000) == 20);   /* a question left open counts 2 min at most */
}

static void test_reason_outcome(void)
{
    setenv("TZ", "UTC", 1);
    tzset();
    char b[200];
    StoreReviewItem it = {.muscle = "soleus", .kind = "locate", .last_score = 40, .last_answer = MON - 2 * D,
                          .repetitions = 0};
    review_reason(&it, MON, b, sizeof b);
    CHECK_STR(b, "missed 2 days ago (40)");
    it.last_score = 85;
    it.repetitions = 1;
    review_reason(&it, MON, b, sizeof b);
    CHECK_STR(b, "2 days ago: 85; step 2 of 3 due");
    PlayReviewItem p = {.muscle = "soleus", .kind = "locate", .known = true, .answered = true, .move = REVIEW_STEP};
    p.before.repetitions = 1;
    p.after.repetitions = 2;
    p.after.due = MON + 6 * D;
    review_outcome(&p, MON, b, sizeof b);
    CHECK_STR(b, "Step 2 of 3; back in 6 days (Sun 8 Nov)");
    p.after.repetitions = 3;
    p.after.due = MON + 17 * D;
    review_outcome(&p, MON, b, sizeof b);
    CHECK(strstr(b, "Mastered: 3 correct on separate days; back in 17 days") == b);
    p.move = REVIEW_EARLY;
    p.after.due = MON + D;
    review_outcome(&p, MON, b, sizeof b);
    CHECK_STR(b, "Practice ahead of the schedule: still due tomorrow (Tue 3 Nov)");
    p.move = REVIEW_RESET;
    p.before.repetitions = 2;
    review_outcome(&p, MON, b, sizeof b);
    CHECK_STR(b, "Missed: back from step 2 to the start; due again today");
    p.answered = false;
    p.after.due = MON;
    review_outcome(&p, MON + 60, b, sizeof b);
    CHECK_STR(b, "Not asked: still due today");
}

TEST_MAIN(T(test_days), T(test_minutes), T(test_reason_outcome))
