/* bench_figures: what `trigger-trainer bench` measures and reports: the figures with their
 * budgets (docs/performance.md), the options that choose them, and the report (a table, or
 * JSON with --json). The measures are in bench_app.c (the running game) and bench_core.c
 * (loading, scoring, the store). */
#ifndef BENCH_FIGURES_H
#define BENCH_FIGURES_H

#include "tools/bench.h"

#include <stdbool.h>

typedef enum Unit { UNIT_MS, UNIT_MB, UNIT_PERCENT } Unit;

typedef struct Figure {
    const char *key, *label;
    Unit unit;
    double budget, budget_p99;     /* the median (and p99) must stay under these; 0 = none */
    bool has_p99;
    double median, p99;            /* NAN: not measured */
    double cpu;                    /* median CPU time of the same runs, ms (NAN: not taken) */
    double load;                   /* the 1-minute load average when the figure was taken */
    int runs;
    char note[240];
} Figure;

enum {
    F_START_TITLE, F_START_QUIZ, F_FRAME_LOCATE, F_FRAME_REFER, F_FRAME_EXPLORE, F_FRAME_PROGRESS,
    F_FRAME_ZOOM, F_FRAME_SETTLE, F_ATLAS, F_QUIZZES, F_SCORE_REFER, F_SCORE_LOCATE, F_SAVE, F_STATS, F_MEMORY, F_IDLE,
    F_CLASS_REPORT, F_COUNT
};

typedef struct BenchOptions {
    bool json, quick;
    int w, h, frames;
    int runs_start, runs_load, runs_score, runs_save, runs_stats, runs_memory;
    double idle_s;
    int nanswers;
    char size[32];
    const char *only;            /* comma-separated figure keys (or key prefixes); NULL = all */
} BenchOptions;

void bench_figures_init(Figure figs[F_COUNT], const BenchOptions *o);  /* the table, nothing measured */
/* Is the figure `key` (or, for a group such as "frame", one of its figures) asked for:
 * --only lists keys or key prefixes, separated by commas. */
bool bench_figures_wanted(const BenchOptions *o, const char *key);
void bench_figures_progress(const BenchOptions *o, const char *what);   /* "bench: what..." on a terminal */
void bench_figures_set(Figure *f, BenchSamples *s);                     /* runs, median, p99 of the samples; the load now */
void bench_figures_set_cpu(Figure *f, BenchSamples *cpu);               /* the median CPU time of the runs */
/* The report on stdout, with the machine it ran on: a table, or JSON when o->json. */
void bench_figures_print(const Figure figs[F_COUNT], const BenchOptions *o);

#endif
