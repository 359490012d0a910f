/* bench_core: the bench's measures of the window-free core: loading the atlas and the
 * built-in quizzes, scoring answers, saving one answer durably, and the statistics the
 * progress screen asks for over 100,000 answers. */
#ifndef BENCH_CORE_H
#define BENCH_CORE_H

#include "body/atlas.h"
#include "tools/bench_figures.h"

/* Loads the atlas o->runs_load times; returns one of them for the measures below (the
 * caller unloads it), NULL when it does not load (said in f->note). */
const Atlas *bench_core_atlas(Figure *f, const BenchOptions *o);
void bench_core_quizzes(Figure *f, const Atlas *a, const BenchOptions *o);
void bench_core_scoring(Figure *refer, Figure *locate, const Atlas *a, const BenchOptions *o);
void bench_core_save(Figure *f, const BenchOptions *o);
void bench_core_stats(Figure *f, const Atlas *a, const BenchOptions *o);

#endif
