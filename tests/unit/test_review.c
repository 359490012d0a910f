/* test_review: the SM-2 schedule after sequences of answers matches docs/scoring.md. */
#include "test.h"
#include "quiz/review.h"

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

static void test_perfect_sequence(void)
{
    ReviewState st;
    int64_t t = 1000000;
    review_init(&st, t);
    CHECK(st.due == t);
    CHECK_NEAR(st.ease, 2.5, 1e-9);
    /* grade 5 adds 0.1 to the ease each time: 2.6, 2.7, 2.8, 2.9 */
    review_update(&st, 100, t);
    CHECK(st.interval_days == 1 && st.repetitions == 1);
    CHECK(st.due == t + 1 * REVIEW_DAY);
    CHECK_NEAR(st.ease, 2.6, 1e-9);
    t = st.due;
    review_update(&st, 100, t);
    CHECK(st.interval_days == 6 && st.repetitions == 2);
    CHECK(st.due == t + 6 * REVIEW_DAY);
    t = st.due;
    review_update(&st, 100, t);                  /* round(6 * 2.8) = 17 */
    CHECK_NEAR(st.ease, 2.8, 1e-9);
    CHECK(st.interval_days == 17);
    CHECK(st.due == t + 17 * REVIEW_DAY);
    t = st.due;
    review_update(&st, 100, t);                  /* round(17 * 2.9) = 49 */
    CHECK(st.interval_days == 49);
    CHECK(st.last_score == 100);
}

static void test_grade_three_and_four(void)
{
    ReviewState st;
    review_init(&st, 0);
    review_update(&st, 85, 0);                   /* grade 4: ease unchanged */
    CHECK_NEAR(st.ease, 2.5, 1e-9);
    CHECK(st.interval_days == 1);
    review_update(&st, 65, 0);                   /* grade 3: ease - 0.14 */
    CHECK_NEAR(st.ease, 2.36, 1e-9);
    CHECK(st.interval_days == 6);
    review_update(&st, 65, 0);                   /* 2.22; round(6 * 2.22) = 13 */
    CHECK_NEAR(st.ease, 2.22, 1e-9);
    CHECK(st.interval_days == 13);
    CHECK(st.repetitions == 3);
}

static void test_failure_resets(void)
{
    ReviewState st;
    int64_t t = 5000;
    review_init(&st, t);
    review_update(&st, 100, t);
    review_update(&st, 100, t);
    CHECK(st.repetitions == 2 && st.interval_days == 6);
    review_update(&st, 10, t + 10);              /* grade 0: ease - 0.8, due at once */
    CHECK(st.repetitions == 0);
    CHECK(st.interval_days == 1);
    CHECK(st.due == t + 10);
    CHECK_NEAR(st.ease, 2.7 - 0.8, 1e-9);
    CHECK(st.last_score == 10);
    review_update(&st, 90, t + 20);              /* relearnt: one day again */
    CHECK(st.repetitions == 1 && st.interval_days == 1);
    CHECK(st.due == t + 20 + REVIEW_DAY);
}

static void test_ease_floor(void)
{
    ReviewState st;
    review_init(&st, 0);
    for (int i = 0; i < 10; i++) review_update(&st, 0, 0);
    CHECK_NEAR(st.ease, REVIEW_EASE_MIN, 1e-9);
    for (int i = 0; i < 40; i++) review_update(&st, 60, 0);
    CHECK_NEAR(st.ease, REVIEW_EASE_MIN, 1e-9);
    CHECK(st.interval_days <= 3650 && st.interval_days > 0);
    for (int i = 0; i < 200; i++) review_update(&st, 100, 0);
    CHECK(st.interval_days == 3650);
}

TEST_MAIN(T(test_grades), T(test_perfect_sequence), T(test_grade_three_and_four),
          T(test_failure_resets), T(test_ease_floor))
