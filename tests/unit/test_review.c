/* test_review: the SM-2 schedule after sequences of answers matches docs/scoring.md: steps
 * only on due days, practice ahead of the schedule moves nothing, a miss starts again, and
 * mastery takes three steps on different days. Days are UTC days here (TZ=UTC). */
#include "test.h"
#include "store/review.h"

#include <stdlib.h>
#include <time.h>

#define D REVIEW_DAY
#define MIDNIGHT INT64_C(1790121600)   /* 2026-09-23 00:00 UTC */

static void utc(void)
{
    setenv("TZ", "UTC", 1);
    tzset();
}

static void test_grades(void)
{
    CHECK(review_grade(100) == 5);
    CHECK(review_grade(99) == 4);
    CHECK(review_grade(80) == 4);
    CHECK(review_grade(79) == 3);
    CHECK(review_grade(60) == 3);
    CHECK(review_grade(59) == 2);
    CHECK(review_grade(40) == 2);
    CHECK(review_grade(39) == 1);
    CHECK(review_grade(20) == 1);
    CHECK(review_grade(19) == 0);
    CHECK(review_grade(0) == 0);
    CHECK(review_grade(-5) == 0);
}

static void test_day_end(void)
{
    utc();
    CHECK(review_day_end(MIDNIGHT) == MIDNIGHT + D);
    CHECK(review_day_end(MIDNIGHT + D - 1) == MIDNIGHT + D);
    CHECK(review_day_end(MIDNIGHT - 1) == MIDNIGHT);
    ReviewState st;
    review_init(&st, MIDNIGHT + 10);
    CHECK(review_due_today(&st, MIDNIGHT + 10));
    st.due = MIDNIGHT + D - 1;                    /* due late today: due today */
    CHECK(review_due_today(&st, MIDNIGHT + 60));
    st.due = MIDNIGHT + D;                        /* the first second of tomorrow: not yet */
    CHECK(!review_due_today(&st, MIDNIGHT + D - 1));
    CHECK(review_due_today(&st, MIDNIGHT + D));
}

static void test_perfect_sequence(void)
{
    utc();
    ReviewState st;
    int64_t t = MIDNIGHT + 9 * 3600;
    review_init(&st, t);
    CHECK(st.due == t);
    CHECK_NEAR(st.ease, 2.5, 1e-9);
    /* grade 5 adds 0.1 to the ease each step: 2.6, 2.7, 2.8, 2.9 */
    CHECK(review_update(&st, 100, t) == REVIEW_STEP);
    CHECK(st.interval_days == 1 && st.repetitions == 1);
    CHECK(st.due == t + 1 * D);
    CHECK_NEAR(st.ease, 2.6, 1e-9);
    CHECK(!review_mastered(&st));
    t = st.due;
    CHECK(review_update(&st, 100, t) == REVIEW_STEP);
    CHECK(st.interval_days == 6 && st.repetitions == 2);
    CHECK(st.due == t + 6 * D);
    CHECK(!review_mastered(&st));
    t = st.due;
    CHECK(review_update(&st, 100, t) == REVIEW_STEP);   /* round(6 * 2.8) = 17 */
    CHECK_NEAR(st.ease, 2.8, 1e-9);
    CHECK(st.interval_days == 17);
    CHECK(st.due == t + 17 * D);
    CHECK(review_mastered(&st));                  /* three steps: days 0, 1 and 7 */
    t = st.due;
    review_update(&st, 100, t);                   /* round(17 * 2.9) = 49 */
    CHECK(st.interval_days == 49);
    CHECK(st.last_score == 100);
}

/* A good answer on the due day counts, even earlier in the day than the due time. */
static void test_due_day(void)
{
    utc();
    ReviewState st;
    review_init(&st, MIDNIGHT + 22 * 3600);
    review_update(&st, 90, MIDNIGHT + 22 * 3600);       /* 22:00: due 22:00 tomorrow */
    CHECK(review_update(&st, 90, MIDNIGHT + D + 8 * 3600) == REVIEW_STEP);   /* 08:00 tomorrow */
    CHECK(st.repetitions == 2 && st.due == MIDNIGHT + D + 8 * 3600 + 6 * D);
}

/* Practice ahead of the schedule moves nothing but the last score; the same answers on
 * their due days climb. */
static void test_early_practice(void)
{
    utc();
    ReviewState st;
    int64_t t = MIDNIGHT + 10 * 3600;
    review_init(&st, t);
    CHECK(review_update(&st, 85, t) == REVIEW_STEP);    /* grade 4: ease unchanged */
    CHECK_NEAR(st.ease, 2.5, 1e-9);
    ReviewState before = st;
    for (int i = 1; i <= 5; i++)                       /* the same day, five more times */
        CHECK(review_update(&st, 100, t + i * 60) == REVIEW_EARLY);
    CHECK(st.repetitions == 1 && st.interval_days == 1 && st.due == before.due);
    CHECK_NEAR(st.ease, 2.5, 1e-9);
    CHECK(st.last_score == 100);
    t = st.due;
    CHECK(review_update(&st, 65, t) == REVIEW_STEP);    /* grade 3: ease - 0.14 */
    CHECK_NEAR(st.ease, 2.36, 1e-9);
    CHECK(st.interval_days == 6);
    CHECK(review_update(&st, 65, t + 3 * D) == REVIEW_EARLY);   /* three days into six */
    CHECK(!review_mastered(&st));
    t = st.due;
    CHECK(review_update(&st, 65, t) == REVIEW_STEP);    /* 2.22; round(6 * 2.22) = 13 */
    CHECK_NEAR(st.ease, 2.22, 1e-9);
    CHECK(st.interval_days == 13);
    CHECK(st.repetitions == 3 && review_mastered(&st));
}

static void test_failure_resets(void)
{
    utc();
    ReviewState st;
    int64_t t = MIDNIGHT + 5000;
    review_init(&st, t);
    review_update(&st, 100, t);
    review_update(&st, 100, t + D);
    CHECK(st.repetitions == 2 && st.interval_days == 6);
    /* a miss before the item is due still counts: grade 0, ease - 0.8, due at once */
    CHECK(review_update(&st, 10, t + D + 10) == REVIEW_RESET);
    CHECK(st.repetitions == 0);
    CHECK(st.interval_days == 1);
    CHECK(st.due == t + D + 10);
    CHECK_NEAR(st.ease, 2.7 - 0.8, 1e-9);
    CHECK(st.last_score == 10);
    /* relearnt in the same session: step one again, back tomorrow */
    CHECK(review_update(&st, 90, t + D + 20) == REVIEW_STEP);
    CHECK(st.repetitions == 1 && st.interval_days == 1);
    CHECK(st.due == t + D + 20 + D);
    /* a mastered item missed is not mastered any more */
    st.repetitions = 5;
    CHECK(review_mastered(&st));
    review_update(&st, 30, t + 2 * D);
    CHECK(!review_mastered(&st) && st.repetitions == 0);
}

static void test_ease_floor(void)
{
    utc();
    ReviewState st;
    int64_t t = MIDNIGHT;
    review_init(&st, t);
    for (int i = 0; i < 10; i++) review_update(&st, 0, t);
    CHECK_NEAR(st.ease, REVIEW_EASE_MIN, 1e-9);
    for (int i = 0; i < 40; i++) { review_update(&st, 60, t); t = st.due; }
    CHECK_NEAR(st.ease, REVIEW_EASE_MIN, 1e-9);
    CHECK(st.interval_days <= 3650 && st.interval_days > 0);
    for (int i = 0; i < 200; i++) { review_update(&st, 100, t); t = st.due; }
    CHECK(st.interval_days == 3650);
}

TEST_MAIN(T(test_grades), T(test_day_end), T(test_perfect_sequence), T(test_due_day), T(test_early_practice),
          T(test_failure_resets), T(test_ease_floor))
