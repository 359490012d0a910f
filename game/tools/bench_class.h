/* bench_class: a generated class for the class report's bench and tests: students of
 * different skill play rounds of ten questions through the real round (quiz/play.c, the
 * Lua quizzes, scoring, the store), each into their own score file, as `scores --export`
 * would hand them over. And the bench's figure: `trigger-trainer report` over such a class. */
#ifndef BENCH_CLASS_H
#define BENCH_CLASS_H

#include <stddef.h>
#include "tools/bench_figures.h"

/* Writes DIR/student-001.sqlite3 ... (DIR is made), each with nrounds rounds of ten
 * questions over ten quizzes with a pass mark of 70 %. Same arguments, same files (fixed
 * seeds and times). 0, or -1 with err set. */
int bench_class_write(const char *dir, int nstudents, int nrounds, char *err, size_t errlen);

/* The figure: the report over 300 students x 50 rounds of 10 answers (--quick: 8 x 4),
 * run as a child process of this program. */
void bench_class_report(Figure *f, const BenchOptions *o);

#endif
