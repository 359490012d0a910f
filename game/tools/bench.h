/* bench: measuring tools for `trigger-trainer bench`: a clock shared by every process,
 * sample sets summarised by median and p99, child processes whose output and peak memory
 * are collected, and readings from /proc (peak resident memory, CPU time of a process).
 * Nothing here knows what is measured; bench_app.c and bench_core.c do (bench_figures.h). */
#ifndef BENCH_H
#define BENCH_H

#include <stdbool.h>
#include <stddef.h>
#include <sys/types.h>

typedef struct BenchSamples { double *v; int n, cap; } BenchSamples;

bool bench_add(BenchSamples *s, double x);          /* false when out of memory */
double bench_median(BenchSamples *s);               /* sorts s; NAN when empty */
double bench_p99(BenchSamples *s);                  /* nearest rank; NAN when empty */
void bench_samples_free(BenchSamples *s);

double bench_now_ms(void);                          /* CLOCK_MONOTONIC: comparable across processes */
double bench_cpu_ms(void);                          /* this process's CPU time since it began (every thread) */
double bench_load(void);                            /* the 1-minute load average; NAN when unknown */

/* Runs argv[0] (a path, or a name looked up in PATH) with stdin from /dev/null and stderr
 * shared, and waits. Its stdout goes into out (NUL-terminated, cut at len - 1; out may be
 * NULL to discard it). Returns the exit status, or -1 when it could not run or died of a
 * signal; *maxrss_kb (may be NULL) gets its peak resident memory. */
int bench_run(char *const argv[], char *out, size_t len, long *maxrss_kb);
/* bench_run that also gives the child's CPU time (user + system, from wait4), in ms. */
int bench_run_cpu(char *const argv[], char *out, size_t len, long *maxrss_kb, double *cpu_ms);
/* Starts argv without waiting (stdin, stdout and stderr from /dev/null). -1 on failure. */
pid_t bench_start(char *const argv[]);
/* Waits up to timeout_s seconds for pid to end. Returns its exit status, -1 when it died
 * of a signal or is not our child, -2 when it is still running. */
int bench_wait(pid_t pid, double timeout_s);

long bench_vm_hwm_kb(void);                         /* this process's VmHWM; -1 when unknown */
/* CPU time (user + system, every thread) pid has used, in seconds; negative when unknown. */
double bench_cpu_seconds(pid_t pid);

const char *bench_self_exe(void);                   /* this program's path (static buffer) */
bool bench_in_path(const char *name);               /* an executable NAME in one of $PATH's folders */
/* Makes a fresh directory $TMPDIR/tt-bench-TAG-XXXXXX (TMPDIR defaults to /tmp). */
bool bench_scratch_dir(char *buf, size_t len, const char *tag);
/* Removes the files directly inside dir, then dir itself. */
void bench_remove_dir(const char *dir);

#endif
