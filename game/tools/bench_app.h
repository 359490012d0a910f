/* bench_app: the bench's measures of the running game: start-up to the first frame and the
 * peak memory of a played round (fresh child processes, `bench --child`), frame times of
 * the busiest screens (in this process, headless) and the CPU an idle game uses (under
 * xvfb-run). */
#ifndef BENCH_APP_H
#define BENCH_APP_H

#include "tools/bench_figures.h"

/* The child side of `bench --child title|quiz|round`: draws the first frame (and plays a
 * round), prints one "tt-bench MAIN_MS SPAWN_MS VMHWM_KB CPU_MS PHASE_CPU_MS..." line. entry_ms: when the command
 * began; t0: when the parent spawned it (<= 0 unknown). Returns the exit status. */
int bench_app_child(const char *kind, const char *dir, int w, int h, double t0, double entry_ms);
void bench_app_start(Figure *f, const char *kind, const BenchOptions *o);   /* kind: title or quiz */
void bench_app_memory(Figure *f, const BenchOptions *o);
void bench_app_frames(Figure *figs, const BenchOptions *o);                 /* the F_FRAME_* figures */
void bench_app_idle(Figure *f, const BenchOptions *o);

#endif
