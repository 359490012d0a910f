/* bench_app: the measures of the running game. Start-up and memory are measured in fresh
 * child processes that time themselves (the same binary, `bench --child`); frames are drawn
 * here, headless; the idle game runs under xvfb-run and its CPU time is read from /proc. */
#include "tools/bench_app.h"
#include "quiz/quiz.h"
#include "screens/chart.h"
#include "screens/scenes.h"
#include "tools/shots.h"
#include "screens/session.h"
#include "tools/sample.h"

#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* ---- the child side --------------------------------------------------------------- */

static void draw_frame(App *app)
{
    app_draw(app);
    platform_present(app->platform);
}

/* What app_run does before its first present: stack changes, queued events, update, draw. */
static void first_frame(App *app)
{
    app_apply_pending(app);
    InputEvent e;
    while (platform_next_event(app->platform, &e, 0))
        app_dispatch(app, &e);
    app_update(app, 0);
    draw_frame(app);
}

static const Quiz *bench_quiz(Game *g)
{
    QuizSet *set = game_quizzes(g);
    if (!set || quiz_set_count(set) == 0)
        return NULL;
    const Quiz *q = quiz_set_find(set, "head-and-neck");
    return q ? q : quiz_set_at(set, 0);
}

/* Answers every question (two good answers in three), drawing the reveal and the next
 * question as the game would, then the results screen. */
static void play_round(App *app)
{
    uint32_t ms = 1000;
    for (int i = 0; i < 4 * QUIZ_MAX_QUESTIONS; i++) {
        Scene *top = app_top(app);
        if (!top || strcmp(top->name, "quiz"))
            break;
        shot_quiz_answer(top, i % 3 != 2);
        draw_frame(app);
        ms += 2500;
        InputEvent e = {.type = EV_KEY_DOWN, .key = KEY_ENTER, .ms = ms};
        app_dispatch(app, &e);
        e.type = EV_KEY_UP;
        app_dispatch(app, &e);
        app_update(app, 0.016);
        draw_frame(app);
    }
    for (int i = 0; i < 3; i++)
        draw_frame(app);
}

/* The phases of a start, timed in CPU ms (the machine is shared: CPU time is the steady
 * figure); the first one runs from the process's creation (exec, dynamic linking). */
enum { PH_EXEC, PH_OPEN, PH_ATLAS, PH_QUIZZES, PH_SCENE, PH_FRAME, PH_COUNT };
static const char *const phase_names[PH_COUNT] = {"exec and linking", "window and fonts", "atlas",
                                                  "quizzes", "store and scene", "first frame"};

int bench_app_child(const char *kind, const char *dir, int w, int h, double t0, double entry_ms)
{
    double ph[PH_COUNT], c = bench_cpu_ms();
    ph[PH_EXEC] = c;
    Session s;
    SessionOptions o = {.width = w, .height = h, .headless = true, .data_dir = dir};
    int rc = session_open(&s, &o);
    if (rc)
        return rc;
    ph[PH_OPEN] = bench_cpu_ms() - c, c += ph[PH_OPEN];
    Game *g = &s.game;
    Scene *sc = NULL;
    ph[PH_ATLAS] = ph[PH_QUIZZES] = 0;
    if (!strcmp(kind, "title")) {
        sc = scene_title_new(g);
    } else {
        game_atlas(g);
        ph[PH_ATLAS] = bench_cpu_ms() - c, c += ph[PH_ATLAS];
        const Quiz *q = bench_quiz(g);
        ph[PH_QUIZZES] = bench_cpu_ms() - c, c += ph[PH_QUIZZES];
        sc = q ? scene_quiz_new(g, q, 42) : NULL;
    }
    if (!sc) {
        fprintf(stderr, "trigger-trainer: bench: cannot set up the %s scene%s%s\n", kind,
                g->atlas_error[0] ? ": " : "", g->atlas_error);
        session_close(&s);
        return 1;
    }
    app_push(&s.app, sc);
    ph[PH_SCENE] = bench_cpu_ms() - c, c += ph[PH_SCENE];
    first_frame(&s.app);
    double t1 = bench_now_ms();
    ph[PH_FRAME] = bench_cpu_ms() - c, c += ph[PH_FRAME];
    if (!strcmp(kind, "round"))
        play_round(&s.app);
    printf("tt-bench %.3f %.3f %ld %.3f", t1 - entry_ms, t0 > 0 ? t1 - t0 : -1.0, bench_vm_hwm_kb(),
           ph[PH_EXEC] + ph[PH_OPEN] + ph[PH_ATLAS] + ph[PH_QUIZZES] + ph[PH_SCENE] + ph[PH_FRAME]);
    for (int i = 0; i < PH_COUNT; i++)
        printf(" %.3f", ph[i]);
    printf("\n");
    fflush(stdout);
    session_close(&s);
    return 0;
}

typedef struct ChildRun {
    double main_ms, spawn_ms, cpu_ms, ph[PH_COUNT];   /* cpu_ms: spawn to first present */
    long hwm_kb, maxrss_kb;
} ChildRun;

/* Runs `bench --child KIND` once. */
static bool run_child(const char *kind, const char *dir, const BenchOptions *o, ChildRun *r)
{
    const char *exe = bench_self_exe();
    if (!exe)
        return false;
    char t0[64];
    snprintf(t0, sizeof t0, "%.3f", bench_now_ms());
    char *argv[] = {(char *)exe, "bench", "--child", (char *)kind, "--data-dir", (char *)dir,
                    "--size", (char *)o->size, "--t0", t0, NULL};
    char out[512];
    int rc = bench_run(argv, out, sizeof out, &r->maxrss_kb);
    const char *line = strstr(out, "tt-bench ");
    return rc == 0 && line &&
           sscanf(line, "tt-bench %lf %lf %ld %lf %lf %lf %lf %lf %lf %lf", &r->main_ms, &r->spawn_ms, &r->hwm_kb,
                  &r->cpu_ms, &r->ph[0], &r->ph[1], &r->ph[2], &r->ph[3], &r->ph[4], &r->ph[5]) == 10;
}

/* ---- start-up and memory (child processes) ---------------------------------------- */

/* The children keep their chart pictures (paths_layer_cache_dir) in DIR/layers, not in the
 * user's cache; empty_cache makes the next child start cold. */
static void cache_env(const char *dir, char *saved, size_t len, bool *had)
{
    const char *old = getenv("TT_CACHE_DIR");
    *had = old != NULL;
    snprintf(saved, len, "%s", old ? old : "");
    char cache[600];
    snprintf(cache, sizeof cache, "%s/layers", dir);
    setenv("TT_CACHE_DIR", cache, 1);
}

static void cache_env_restore(const char *saved, bool had)
{
    if (had)
        setenv("TT_CACHE_DIR", saved, 1);
    else
        unsetenv("TT_CACHE_DIR");
}

static void empty_cache(const char *dir)
{
    char cache[600];
    snprintf(cache, sizeof cache, "%s/layers", dir);
    bench_remove_dir(cache);
}

void bench_app_start(Figure *f, const char *kind, const BenchOptions *o)
{
    char dir[512], saved[4096];
    bool had;
    if (!bench_scratch_dir(dir, sizeof dir, kind)) {
        snprintf(f->note, sizeof f->note, "no scratch directory");
        return;
    }
    cache_env(dir, saved, sizeof saved, &had);
    BenchSamples main_s = {0}, spawn_s = {0}, cpu_s = {0}, cold_s = {0}, cold_cpu = {0}, ph_s[PH_COUNT] = {{0}};
    ChildRun r;
    /* one run first, not counted: it creates the score file, warms the file cache and keeps
     * the chart's picture, as any run after the first finds them */
    bool ok = run_child(kind, dir, o, &r);
    for (int i = 0; ok && i < o->runs_start; i++) {
        ok = run_child(kind, dir, o, &r);
        if (ok) {
            bench_add(&main_s, r.main_ms);
            bench_add(&spawn_s, r.spawn_ms);
            bench_add(&cpu_s, r.cpu_ms);
            for (int k = 0; k < PH_COUNT; k++)
                bench_add(&ph_s[k], r.ph[k]);
        }
    }
    /* the first run after an install or update: no picture kept yet */
    for (int i = 0; ok && i < (o->runs_start + 3) / 4; i++) {
        empty_cache(dir);
        ok = run_child(kind, dir, o, &r);
        if (ok) {
            bench_add(&cold_s, r.spawn_ms);
            bench_add(&cold_cpu, r.cpu_ms);
        }
    }
    if (!ok) {
        snprintf(f->note, sizeof f->note, "the child process failed (see above)");
    } else {
        bench_figures_set(f, &spawn_s);
        bench_figures_set_cpu(f, &cpu_s);
        int n = snprintf(f->note, sizeof f->note, "posix_spawn to first present; from main() %.1f ms; "
                         "no chart kept yet %.1f ms (CPU %.1f); CPU ms:", bench_median(&main_s),
                         bench_median(&cold_s), bench_median(&cold_cpu));
        for (int k = 0; k < PH_COUNT && n > 0 && (size_t)n < sizeof f->note; k++)
            if (strcmp(kind, "title") || (k != PH_ATLAS && k != PH_QUIZZES))
                n += snprintf(f->note + n, sizeof f->note - (size_t)n, "%s %s %.1f", k ? "," : "",
                              phase_names[k], bench_median(&ph_s[k]));
    }
    bench_samples_free(&main_s);
    bench_samples_free(&spawn_s);
    bench_samples_free(&cpu_s);
    bench_samples_free(&cold_s);
    bench_samples_free(&cold_cpu);
    for (int k = 0; k < PH_COUNT; k++)
        bench_samples_free(&ph_s[k]);
    cache_env_restore(saved, had);
    empty_cache(dir);
    bench_remove_dir(dir);
}

void bench_app_memory(Figure *f, const BenchOptions *o)
{
    char dir[512], saved[4096];
    bool had;
    if (!bench_scratch_dir(dir, sizeof dir, "round")) {
        snprintf(f->note, sizeof f->note, "no scratch directory");
        return;
    }
    cache_env(dir, saved, sizeof saved, &had);
    BenchSamples s = {0};
    double rss_max = 0, cold = -1;
    ChildRun r;
    /* the first run keeps the charts' pictures (and is the figure without them) */
    for (int i = 0; i <= o->runs_memory; i++) {
        if (!run_child("round", dir, o, &r) || r.hwm_kb <= 0) {
            snprintf(f->note, sizeof f->note, "the child process failed (see above)");
            break;
        }
        if (i == 0) {
            cold = (double)r.hwm_kb / 1024.0;
            continue;
        }
        bench_add(&s, (double)r.hwm_kb / 1024.0);
        if (r.maxrss_kb / 1024.0 > rss_max)
            rss_max = (double)r.maxrss_kb / 1024.0;
    }
    if (s.n == o->runs_memory) {
        bench_figures_set(f, &s);
        snprintf(f->note, sizeof f->note, "VmHWM of a child playing head-and-neck at %s, saved; "
                 "ru_maxrss %.1f MB; no chart kept yet %.1f MB", o->size, rss_max, cold);
    }
    bench_samples_free(&s);
    cache_env_restore(saved, had);
    empty_cache(dir);
    bench_remove_dir(dir);
}

/* ---- frames of the busiest scenes (in this process) ------------------------------- */

/* How a frame is made ready: as it is, after a wheel step, or after a step and the rest
 * that follows it (the chart drawn again). */
typedef enum Step { STEP_NONE, STEP_WHEEL, STEP_REST } Step;

/* A wheel step over the middle of the window, six in then six out, and the update that
 * follows it in the game's loop (16 ms: the wheel still turns) or a rest (the chart comes to
 * rest and draws its picture again at the new camera). */
static void wheel(App *app, const BenchOptions *o, int i, bool rest)
{
    InputEvent e = {.type = EV_WHEEL, .x = (float)o->w / 2, .y = (float)o->h / 2, .dy = i / 6 % 2 ? -1.0f : 1.0f};
    app_dispatch(app, &e);
    app_update(app, 0.016);
    if (rest) {
        draw_frame(app);   /* the step itself, not timed */
        app_update(app, CHART_REST_S + 0.05);
    }
}

static void measure_scene(Figure *f, Session *s, Scene *sc, const BenchOptions *o, const char *what, Step step)
{
    if (!sc) {
        snprintf(f->note, sizeof f->note, "could not set up %s", what);
        return;
    }
    if (!bench_figures_wanted(o, f->key)) {
        sc->destroy(sc);
        return;
    }
    App *app = &s->app;
    app_reset(app, sc);
    app_apply_pending(app);
    app_update(app, 0);
    draw_frame(app);   /* the first frame fills the caches; not counted */
    BenchSamples v = {0}, cpu = {0};
    for (int i = 0; i < o->frames; i++) {
        double t = bench_now_ms(), c = bench_cpu_ms();
        if (step == STEP_REST) {   /* the step and the rest are not timed: the frame after them is */
            wheel(app, o, i, true);
            t = bench_now_ms();
            c = bench_cpu_ms();
        } else if (step == STEP_WHEEL) {
            wheel(app, o, i, false);
        }
        draw_frame(app);
        bench_add(&v, bench_now_ms() - t);
        bench_add(&cpu, bench_cpu_ms() - c);
    }
    bench_figures_set(f, &v);
    bench_figures_set_cpu(f, &cpu);
    bench_samples_free(&cpu);
    snprintf(f->note, sizeof f->note, "%s at %s, app_draw + present", what, o->size);
    bench_samples_free(&v);
}

void bench_app_frames(Figure *figs, const BenchOptions *o)
{
    Session s;
    SessionOptions so = {.width = o->w, .height = o->h, .headless = true};
    char saved[4096];
    const char *old = getenv("TT_CACHE_DIR");
    bool had = old != NULL;
    snprintf(saved, sizeof saved, "%s", old ? old : "");
    setenv("TT_CACHE_DIR", "", 1);   /* frames are drawn, and the user's cache left alone */
    int rc = session_open(&s, &so);
    cache_env_restore(saved, had);
    if (rc != 0) {
        for (int i = F_FRAME_LOCATE; i <= F_FRAME_SETTLE; i++)
            snprintf(figs[i].note, sizeof figs[i].note, "no headless window");
        return;
    }
    Game *g = &s.game;
    if (!sample_setup(g))
        fprintf(stderr, "trigger-trainer: bench: the sample data did not set up%s%s\n",
                g->atlas_error[0] ? ": " : "", g->atlas_error);
    measure_scene(&figs[F_FRAME_LOCATE], &s, shot_quiz(g, "locate", true, false), o,
                  "upper trapezius locate, revealed", STEP_NONE);
    /* the busiest quiz frame: two views side by side (tabs below 2 x 300 px), each with its
     * chart, the verdicts of every area and the paint's outline, the legend in the panel */
    measure_scene(&figs[F_FRAME_REFER], &s, shot_quiz(g, "refer2", true, true), o,
                  "supraspinatus refer in two views, painted and revealed (every verdict)", STEP_NONE);
    measure_scene(&figs[F_FRAME_EXPLORE], &s, scene_explore_new(g, "infraspinatus"), o,
                  "explore with infraspinatus open", STEP_NONE);
    measure_scene(&figs[F_FRAME_PROGRESS], &s, scene_progress_new(g), o, "progress of the sample player", STEP_NONE);
    /* what a player feels while the wheel turns, and the one frame after it stops */
    measure_scene(&figs[F_FRAME_ZOOM], &s, scene_explore_new(g, "infraspinatus"), o,
                  "explore with infraspinatus open, a wheel step before each frame (six in, six out; the last "
                  "picture stretched to the camera)", STEP_WHEEL);
    measure_scene(&figs[F_FRAME_SETTLE], &s, scene_explore_new(g, "infraspinatus"), o,
                  "explore with infraspinatus open, the frame after a wheel step comes to rest (bones, "
                  "layers and fibres drawn again at the new camera)", STEP_REST);
    session_close(&s);
}

/* ---- the idle game under xvfb-run ------------------------------------------------- */

static pid_t read_pid(const char *file, double timeout_s)
{
    double until = bench_now_ms() + timeout_s * 1000.0;
    while (bench_now_ms() < until) {
        FILE *f = fopen(file, "r");
        int pid = 0;
        if (f) {
            if (fscanf(f, "%d", &pid) != 1)
                pid = 0;
            fclose(f);
        }
        if (pid > 0)
            return pid;
        usleep(20000);
    }
    return -1;
}

void bench_app_idle(Figure *f, const BenchOptions *o)
{
    if (!bench_in_path("xvfb-run")) {
        snprintf(f->note, sizeof f->note, "skipped: xvfb-run is not installed (Debian package xvfb)");
        return;
    }
    char dir[512], pidfile[600];
    if (!bench_scratch_dir(dir, sizeof dir, "idle")) {
        snprintf(f->note, sizeof f->note, "no scratch directory");
        return;
    }
    snprintf(pidfile, sizeof pidfile, "%s/game.pid", dir);
    const char *exe = bench_self_exe();
    /* the real game on a virtual X display: the test environment's offscreen driver is
     * unset so that SDL picks X11 as it would on a desktop */
    char *argv[] = {"xvfb-run", "-a", "-s", "-screen 0 1920x1080x24", "sh", "-c",
                    "unset SDL_VIDEODRIVER; echo $$ > \"$0\"; exec \"$1\" --data-dir \"$2\" --size \"$3\"",
                    pidfile, (char *)exe, dir, (char *)o->size, NULL};
    pid_t xvfb = exe ? bench_start(argv) : -1;
    pid_t game = xvfb > 0 ? read_pid(pidfile, 20) : -1;
    if (game > 0) {
        usleep(o->quick ? 1000000 : 2000000);   /* start-up and the first frames */
        double c0 = bench_cpu_seconds(game), t0 = bench_now_ms();
        usleep((useconds_t)(o->idle_s * 1e6));
        double c1 = bench_cpu_seconds(game), t1 = bench_now_ms();
        bool alive = kill(game, 0) == 0;
        if (c0 >= 0 && c1 >= c0 && alive) {
            f->median = (c1 - c0) / ((t1 - t0) / 1000.0) * 100.0;
            f->runs = 1;
            snprintf(f->note, sizeof f->note, "the game on the title screen under xvfb-run, CPU time "
                     "from /proc/PID: %.1f ms over %.0f s idle (%.0f ms to start and draw)", (c1 - c0) * 1000.0,
                     o->idle_s, c0 * 1000.0);
        } else {
            snprintf(f->note, sizeof f->note, "the game did not keep running under xvfb-run");
        }
        kill(game, SIGTERM);   /* SDL turns it into a quit event */
    } else {
        snprintf(f->note, sizeof f->note, "the game did not start under xvfb-run");
    }
    if (xvfb > 0 && bench_wait(xvfb, 10) == -2) {
        if (game > 0)
            kill(game, SIGKILL);
        bench_wait(xvfb, 10);
    }
    bench_remove_dir(dir);
}
