/* bench: clock, samples, child processes and /proc readings for the bench command. Child
 * processes are started with posix_spawn and reaped with wait4, whose resource usage gives
 * their peak resident memory; CPU time is summed over a process's threads from schedstat
 * (nanoseconds), falling back to the clock ticks of /proc/PID/stat. */
#include "tools/bench.h"
#include "engine/array.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

extern char **environ;

bool bench_add(BenchSamples *s, double x)
{
    double *v = array_grow(s->v, &s->cap, s->n + 1, sizeof *v);
    if (!v)
        return false;
    s->v = v;
    s->v[s->n++] = x;
    return true;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

double bench_median(BenchSamples *s)
{
    if (s->n == 0)
        return NAN;
    qsort(s->v, (size_t)s->n, sizeof *s->v, cmp_double);
    return s->n % 2 ? s->v[s->n / 2] : (s->v[s->n / 2 - 1] + s->v[s->n / 2]) / 2;
}

double bench_p99(BenchSamples *s)
{
    if (s->n == 0)
        return NAN;
    qsort(s->v, (size_t)s->n, sizeof *s->v, cmp_double);
    int rank = (int)ceil(0.99 * s->n);   /* nearest rank, 1-based */
    return s->v[rank < 1 ? 0 : rank - 1];
}

void bench_samples_free(BenchSamples *s)
{
    free(s->v);
    memset(s, 0, sizeof *s);
}

double bench_now_ms(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec * 1000.0 + (double)t.tv_nsec / 1e6;
}

double bench_cpu_ms(void)
{
    struct timespec t;
    if (clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t) != 0)
        return NAN;
    return (double)t.tv_sec * 1000.0 + (double)t.tv_nsec / 1e6;
}

double bench_load(void)
{
    double l[1];
    return getloadavg(l, 1) == 1 ? l[0] : NAN;
}

/* stdin (and stdout when out_fd < 0) from /dev/null; stdout to out_fd otherwise. */
static pid_t spawn(char *const argv[], int out_fd, bool quiet_stderr)
{
    posix_spawn_file_actions_t fa;
    if (posix_spawn_file_actions_init(&fa) != 0)
        return -1;
    int rc = posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0);
    if (rc == 0 && out_fd >= 0)
        rc = posix_spawn_file_actions_adddup2(&fa, out_fd, 1);
    else if (rc == 0)
        rc = posix_spawn_file_actions_addopen(&fa, 1, "/dev/null", O_WRONLY, 0);
    if (rc == 0 && quiet_stderr)
        rc = posix_spawn_file_actions_addopen(&fa, 2, "/dev/null", O_WRONLY, 0);
    pid_t pid = -1;
    if (rc == 0 && posix_spawnp(&pid, argv[0], &fa, NULL, argv, environ) != 0)
        pid = -1;
    posix_spawn_file_actions_destroy(&fa);
    return pid;
}

static int wait_child(pid_t pid, long *maxrss_kb, double *cpu_ms)
{
    int status;
    struct rusage ru;
    pid_t got;
    do got = wait4(pid, &status, 0, &ru);
    while (got < 0 && errno == EINTR);
    if (got != pid)
        return -1;
    if (maxrss_kb)
        *maxrss_kb = ru.ru_maxrss;
    if (cpu_ms)
        *cpu_ms = (double)(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) * 1000.0 +
                  (double)(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1000.0;
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

int bench_run(char *const argv[], char *out, size_t len, long *maxrss_kb)
{
    return bench_run_cpu(argv, out, len, maxrss_kb, NULL);
}

int bench_run_cpu(char *const argv[], char *out, size_t len, long *maxrss_kb, double *cpu_ms)
{
    int fds[2];
    if (pipe(fds) != 0)
        return -1;
    pid_t pid = spawn(argv, fds[1], false);
    close(fds[1]);
    if (pid < 0) {
        close(fds[0]);
        return -1;
    }
    size_t used = 0;
    char sink[512];
    for (;;) {
        char *to = out && used + 1 < len ? out + used : sink;
        size_t room = out && used + 1 < len ? len - 1 - used : sizeof sink;
        ssize_t n = read(fds[0], to, room);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        if (to != sink)
            used += (size_t)n;
    }
    close(fds[0]);
    if (out && len)
        out[used] = 0;
    return wait_child(pid, maxrss_kb, cpu_ms);
}

pid_t bench_start(char *const argv[])
{
    return spawn(argv, -1, true);
}

int bench_wait(pid_t pid, double timeout_s)
{
    if (pid <= 0)
        return -1;
    double until = bench_now_ms() + timeout_s * 1000.0;
    for (;;) {
        int status;
        pid_t got = waitpid(pid, &status, WNOHANG);
        if (got == pid)
            return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
        if (got < 0 && errno != EINTR)
            return -1;
        if (bench_now_ms() >= until)
            return -2;
        usleep(20000);
    }
}

long bench_vm_hwm_kb(void)
{
    FILE *f = fopen("/proc/self/status", "r");
    if (!f)
        return -1;
    char line[256];
    long kb = -1;
    while (fgets(line, sizeof line, f))
        if (sscanf(line, "VmHWM: %ld kB", &kb) == 1)
            break;
    fclose(f);
    return kb;
}

/* utime + stime from /proc/PID/stat, in seconds (clock-tick resolution). */
static double cpu_from_stat(pid_t pid)
{
    char path[64], buf[1024];
    snprintf(path, sizeof path, "/proc/%d/stat", (int)pid);
    FILE *f = fopen(path, "r");
    if (!f)
        return -1;
    size_t n = fread(buf, 1, sizeof buf - 1, f);
    fclose(f);
    buf[n] = 0;
    /* the command name may hold spaces: fields start after its closing parenthesis */
    char *p = strrchr(buf, ')');
    unsigned long long ut, st;
    if (!p || sscanf(p + 2, "%*c %*d %*d %*d %*d %*d %*u %*u %*u %*u %*u %llu %llu", &ut, &st) != 2)
        return -1;
    long hz = sysconf(_SC_CLK_TCK);
    return (double)(ut + st) / (double)(hz > 0 ? hz : 100);
}

double bench_cpu_seconds(pid_t pid)
{
    char path[64];
    snprintf(path, sizeof path, "/proc/%d/task", (int)pid);
    DIR *d = opendir(path);
    if (!d)
        return cpu_from_stat(pid);
    unsigned long long total = 0;
    bool any = false;
    struct dirent *e;
    while ((e = readdir(d))) {
        if (e->d_name[0] == '.')
            continue;
        char file[300];
        snprintf(file, sizeof file, "/proc/%d/task/%s/schedstat", (int)pid, e->d_name);
        FILE *f = fopen(file, "r");
        unsigned long long ns;
        if (f && fscanf(f, "%llu", &ns) == 1) {
            total += ns;
            any = true;
        }
        if (f)
            fclose(f);
    }
    closedir(d);
    return any ? (double)total / 1e9 : cpu_from_stat(pid);
}

const char *bench_self_exe(void)
{
    static char path[4096];
    ssize_t n = readlink("/proc/self/exe", path, sizeof path - 1);
    if (n <= 0)
        return NULL;
    path[n] = 0;
    return path;
}

bool bench_scratch_dir(char *buf, size_t len, const char *tag)
{
    const char *tmp = getenv("TMPDIR");
    if (!tmp || !*tmp)
        tmp = "/tmp";
    if ((size_t)snprintf(buf, len, "%s/tt-bench-%s-XXXXXX", tmp, tag) >= len)
        return false;
    return mkdtemp(buf) != NULL;
}

void bench_remove_dir(const char *dir)
{
    DIR *d = opendir(dir);
    if (!d)
        return;
    struct dirent *e;
    while ((e = readdir(d))) {
        if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
            continue;
        char path[4200];
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        unlink(path);
    }
    closedir(d);
    rmdir(dir);
}

bool bench_in_path(const char *name)
{
    const char *path = getenv("PATH");
    char dir[1024], file[1200];
    while (path && *path) {
        size_t n = strcspn(path, ":");
        if (n > 0 && n < sizeof dir) {
            memcpy(dir, path, n);
            dir[n] = 0;
            snprintf(file, sizeof file, "%s/%s", dir, name);
            if (access(file, X_OK) == 0)
                return true;
        }
        path += n + (path[n] == ':');
    }
    return false;
}
