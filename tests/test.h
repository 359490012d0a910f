/* test.h: the unit-test harness. CHECK* record failures with file:line and go on;
 * TEST_MAIN runs the listed tests and prints "N passed, N failed" (one line CTest shows). */
#ifndef TEST_H
#define TEST_H

#include <math.h>
#include <stdio.h>
#include <string.h>

static int test_failures_, test_checks_;

#define CHECK(cond) do { test_checks_++; if (!(cond)) { test_failures_++; \
    fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #cond); } } while (0)
#define CHECK_MSG(cond, ...) do { test_checks_++; if (!(cond)) { test_failures_++; \
    fprintf(stderr, "%s:%d: CHECK failed: %s: ", __FILE__, __LINE__, #cond); \
    fprintf(stderr, __VA_ARGS__); fputc('\n', stderr); } } while (0)
#define CHECK_NEAR(a, b, eps) do { double a_ = (a), b_ = (b); test_checks_++; \
    if (!(fabs(a_ - b_) <= (eps))) { test_failures_++; \
    fprintf(stderr, "%s:%d: CHECK_NEAR failed: %s = %g, %s = %g\n", __FILE__, __LINE__, #a, a_, #b, b_); } } while (0)
#define CHECK_STR(a, b) do { const char *a_ = (a), *b_ = (b); test_checks_++; \
    if (!a_ || !b_ || strcmp(a_, b_)) { test_failures_++; \
    fprintf(stderr, "%s:%d: CHECK_STR failed: \"%s\" != \"%s\"\n", __FILE__, __LINE__, a_ ? a_ : "(null)", b_ ? b_ : "(null)"); } } while (0)

typedef struct TestCase { const char *name; void (*fn)(void); } TestCase;

static inline int test_run_all_(const TestCase *cases, int n)
{
    int passed = 0, failed = 0;
    for (int i = 0; i < n; i++) {
        int before = test_failures_;
        cases[i].fn();
        if (test_failures_ == before) passed++;
        else { failed++; fprintf(stderr, "FAIL %s\n", cases[i].name); }
    }
    printf("%d passed, %d failed\n", passed, failed);
    return failed ? 1 : 0;
}

#define TEST_MAIN(...) int main(void) { static const TestCase cases_[] = { __VA_ARGS__ }; \
    return test_run_all_(cases_, (int)(sizeof cases_ / sizeof cases_[0])); }
#define T(fn) { #fn, fn }

#endif
