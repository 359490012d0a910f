/* cmd_bench: `trigger-trainer bench [--json] [--size WxH] [--frames N] [--quick]` measures
 * the figures of docs/performance.md and prints each with its budget: start-up to the first
 * frame (fresh child processes that time themselves), frame times of the busiest scenes
 * (headless software renderer), loading, scoring, saving, statistics over 100,000 answers,
 * peak memory in a played round (a child) and the CPU an idle game uses (under xvfb-run).
 * `bench --child title|quiz|round` is the child side; it prints one "tt-bench" line. */
#include "tools/bench.h"
#include "quiz/kinds.h"
#include "cli/cli.h"
#include "quiz/quiz.h"
#include "screens/quiz_view.h"
#include "screens/scenes.h"
#include "quiz/score.h"
#include "screens/session.h"
#include "tools/sample.h"
#include "store/stats.h"
#include "store/paths.h"
#include "store/store.h"

#include <jansson.h>
#include <math.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/utsname.h>
#include <unistd.h>

#define BENCH_NOW INT64_C(1793610000)   /* 2026-11-02 09:00 UTC: the time of the bench's writes */

typedef enum Unit { UNIT_MS, UNIT_MB, UNIT_PERCENT } Unit;

typedef struct Figure {
    const char *key, *label;
    Unit unit;
    double budget, budget_p99;     /* the median (and p99) must stay under these; 0 = none */
    bool has_p99;
    double median, p99;            /* NAN: not measured */
    int runs;
    char note[240];
} Figure;

enum {
    F_START_TITLE, F_START_QUIZ, F_FRAME_LOCATE, F_FRAME_REFER, F_FRAME_EXPLORE, F_FRAME_PROGRESS,
    F_ATLAS, F_QUIZZES, F_SCORE_REFER, F_SCORE_LOCATE, F_SAVE, F_STATS, F_MEMORY, F_IDLE, F_COUNT
};

static const Figure figure_defs[F_COUNT] = {
    [F_START_TITLE] = {"start_title", "start to first title frame", UNIT_MS, 80, 0, false, 0, 0, 0, {0}},
    [F_START_QUIZ] = {"start_quiz", "start to first quiz frame", UNIT_MS, 150, 0, false, 0, 0, 0, {0}},
    [F_FRAME_LOCATE] = {"frame_locate_reveal", "frame: locate reveal", UNIT_MS, 4, 8, true, 0, 0, 0, {0}},
    [F_FRAME_REFER] = {"frame_refer_reveal", "frame: refer reveal, paint, zones", UNIT_MS, 4, 8, true, 0, 0, 0, {0}},
    [F_FRAME_EXPLORE] = {"frame_explore_muscle", "frame: explore, muscle open", UNIT_MS, 4, 8, true, 0, 0, 0, {0}},
    [F_FRAME_PROGRESS] = {"frame_progress", "frame: progress map", UNIT_MS, 4, 8, true, 0, 0, 0, {0}},
    [F_ATLAS] = {"atlas_load", "atlas load and validation", UNIT_MS, 0, 0, false, 0, 0, 0, {0}},
    [F_QUIZZES] = {"quizzes_load", "load and check built-in quizzes", UNIT_MS, 0, 0, false, 0, 0, 0, {0}},
    [F_SCORE_REFER] = {"score_refer", "score one refer answer", UNIT_MS, 1, 0, false, 0, 0, 0, {0}},
    [F_SCORE_LOCATE] = {"score_locate", "score one locate answer", UNIT_MS, 0, 0, false, 0, 0, 0, {0}},
    [F_SAVE] = {"save_answer", "save one answer, durably", UNIT_MS, 2, 0, true, 0, 0, 0, {0}},
    [F_STATS] = {"mastery_history", "mastery and history, 100k answers", UNIT_MS, 50, 0, false, 0, 0, 0, {0}},
    [F_MEMORY] = {"peak_memory_round", "peak resident memory in a round", UNIT_MB, 40, 0, false, 0, 0, 0, {0}},
    [F_IDLE] = {"idle_cpu", "idle game, static screen", UNIT_PERCENT, 1, 0, false, 0, 0, 0, {0}},
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

/* Is the figure `key` (or, for a group such as "frame", one of its figures) asked for:
 * --only lists keys or key prefixes, separated by commas. */
static bool wanted(const BenchOptions *o, const char *key)
{
    if (!o->only)
        return true;
    size_t kl = strlen(key);
    for (const char *p = o->only; *p;) {
        size_t n = strcspn(p, ",");
        if (n && !strncmp(key, p, n < kl ? n : kl))
            return true;
        p += n + (p[n] == ',');
    }
    return false;
}

static double entry_ms;   /* when cmd_bench began: main() for all practical purposes */

static void progress(const BenchOptions *o, const char *what)
{
    if (isatty(2))
        fprintf(stderr, "bench: %s...\n", what);
    (void)o;
}

static void set_samples(Figure *f, BenchSamples *s)
{
    f->runs = s->n;
    f->p99 = bench_p99(s);
    f->median = bench_median(s);
}

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
        scene_quiz_sample_answer(top, i % 3 != 2);
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

static int child_main(const char *kind, const char *dir, int w, int h, double t0)
{
    Session s;
    SessionOptions o = {.width = w, .height = h, .headless = true, .data_dir = dir};
    int rc = session_open(&s, &o);
    if (rc)
        return rc;
    Game *g = &s.game;
    Scene *sc = NULL;
    if (!strcmp(kind, "title")) {
        sc = scene_title_new(g);
    } else {
        const Quiz *q = bench_quiz(g);
        sc = q ? scene_quiz_new(g, q, 42) : NULL;
    }
    if (!sc) {
        fprintf(stderr, "trigger-trainer: bench: cannot set up the %s scene%s%s\n", kind,
                g->atlas_error[0] ? ": " : "", g->atlas_error);
        session_close(&s);
        return 1;
    }
    app_push(&s.app, sc);
    first_frame(&s.app);
    double t1 = bench_now_ms();
    if (!strcmp(kind, "round"))
        play_round(&s.app);
    printf("tt-bench %.3f %.3f %ld\n", t1 - entry_ms, t0 > 0 ? t1 - t0 : -1.0, bench_vm_hwm_kb());
    fflush(stdout);
    session_close(&s);
    return 0;
}

/* Runs `bench --child KIND` once; fills main/spawn ms and peak kB. */
static bool run_child(const char *kind, const char *dir, const BenchOptions *o, double *main_ms,
                      double *spawn_ms, long *hwm_kb, long *maxrss_kb)
{
    const char *exe = bench_self_exe();
    if (!exe)
        return false;
    char t0[64];
    snprintf(t0, sizeof t0, "%.3f", bench_now_ms());
    char *argv[] = {(char *)exe, "bench", "--child", (char *)kind, "--data-dir", (char *)dir,
                    "--size", (char *)o->size, "--t0", t0, NULL};
    char out[512];
    int rc = bench_run(argv, out, sizeof out, maxrss_kb);
    const char *line = strstr(out, "tt-bench ");
    return rc == 0 && line && sscanf(line, "tt-bench %lf %lf %ld", main_ms, spawn_ms, hwm_kb) == 3;
}

/* ---- start-up and memory (child processes) ---------------------------------------- */

static void measure_start(Figure *f, const char *kind, const BenchOptions *o)
{
    char dir[512];
    if (!bench_scratch_dir(dir, sizeof dir, kind)) {
        snprintf(f->note, sizeof f->note, "no scratch directory");
        return;
    }
    BenchSamples main_s = {0}, spawn_s = {0};
    double m, sp;
    long hwm, rss;
    /* one run first, not counted: it creates the score file and warms the file cache */
    bool ok = run_child(kind, dir, o, &m, &sp, &hwm, &rss);
    for (int i = 0; ok && i < o->runs_start; i++) {
        ok = run_child(kind, dir, o, &m, &sp, &hwm, &rss);
        if (ok) {
            bench_add(&main_s, m);
            bench_add(&spawn_s, sp);
        }
    }
    if (!ok) {
        snprintf(f->note, sizeof f->note, "the child process failed (see above)");
    } else {
        set_samples(f, &main_s);
        snprintf(f->note, sizeof f->note, "main() to first present; from spawn %.1f ms (exec and linking included)",
                 bench_median(&spawn_s));
    }
    bench_samples_free(&main_s);
    bench_samples_free(&spawn_s);
    bench_remove_dir(dir);
}

static void measure_memory(Figure *f, const BenchOptions *o)
{
    char dir[512];
    if (!bench_scratch_dir(dir, sizeof dir, "round")) {
        snprintf(f->note, sizeof f->note, "no scratch directory");
        return;
    }
    BenchSamples s = {0};
    double m, sp, rss_max = 0;
    long hwm, rss;
    for (int i = 0; i < o->runs_memory; i++) {
        if (!run_child("round", dir, o, &m, &sp, &hwm, &rss) || hwm <= 0) {
            snprintf(f->note, sizeof f->note, "the child process failed (see above)");
            break;
        }
        bench_add(&s, (double)hwm / 1024.0);
        if (rss / 1024.0 > rss_max)
            rss_max = (double)rss / 1024.0;
    }
    if (s.n == o->runs_memory) {
        set_samples(f, &s);
        snprintf(f->note, sizeof f->note, "VmHWM of a child playing head-and-neck at %s, saved; "
                 "ru_maxrss %.1f MB", o->size, rss_max);
    }
    bench_samples_free(&s);
    bench_remove_dir(dir);
}

/* ---- frames of the busiest scenes (in this process) ------------------------------- */

static void measure_scene(Figure *f, Session *s, Scene *sc, const BenchOptions *o, const char *what)
{
    if (!sc) {
        snprintf(f->note, sizeof f->note, "could not set up %s", what);
        return;
    }
    if (!wanted(o, f->key)) {
        sc->destroy(sc);
        return;
    }
    App *app = &s->app;
    app_reset(app, sc);
    app_apply_pending(app);
    app_update(app, 0);
    draw_frame(app);   /* the first frame fills the caches; not counted */
    BenchSamples v = {0};
    for (int i = 0; i < o->frames; i++) {
        double t = bench_now_ms();
        draw_frame(app);
        bench_add(&v, bench_now_ms() - t);
    }
    set_samples(f, &v);
    snprintf(f->note, sizeof f->note, "%s at %s, app_draw + present", what, o->size);
    bench_samples_free(&v);
}

static void measure_frames(Figure *figs, const BenchOptions *o)
{
    Session s;
    SessionOptions so = {.width = o->w, .height = o->h, .headless = true};
    if (session_open(&s, &so) != 0) {
        for (int i = F_FRAME_LOCATE; i <= F_FRAME_PROGRESS; i++)
            snprintf(figs[i].note, sizeof figs[i].note, "no headless window");
        return;
    }
    Game *g = &s.game;
    if (!sample_setup(g))
        fprintf(stderr, "trigger-trainer: bench: the sample data did not set up%s%s\n",
                g->atlas_error[0] ? ": " : "", g->atlas_error);
    measure_scene(&figs[F_FRAME_LOCATE], &s, quiz_view_shot_quiz(g, "locate", true, false), o,
                  "upper trapezius locate, revealed");
    measure_scene(&figs[F_FRAME_REFER], &s, quiz_view_shot_quiz(g, "refer", true, true), o,
                  "upper trapezius refer, painted and revealed");
    measure_scene(&figs[F_FRAME_EXPLORE], &s, scene_explore_new(g, "infraspinatus"), o,
                  "explore with infraspinatus open");
    measure_scene(&figs[F_FRAME_PROGRESS], &s, scene_progress_new(g), o, "progress of the sample player");
    session_close(&s);
}

/* ---- loading and scoring ---------------------------------------------------------- */

static const Atlas *measure_atlas(Figure *f, const BenchOptions *o)
{
    BenchSamples v = {0};
    char err[1024];
    Atlas *keep = NULL;
    for (int i = 0; i < o->runs_load; i++) {
        double t = bench_now_ms();
        Atlas *a = atlas_load(atlas_default_dir(), err, sizeof err);
        double dt = bench_now_ms() - t;
        if (!a) {
            snprintf(f->note, sizeof f->note, "the atlas does not load: %.200s", err);
            bench_samples_free(&v);
            atlas_unload(keep);
            return NULL;
        }
        bench_add(&v, dt);
        if (keep)
            atlas_unload(a);
        else
            keep = a;
    }
    set_samples(f, &v);
    snprintf(f->note, sizeof f->note, "%d muscles, %d areas from %s", keep->nmuscles, keep->nareas,
             atlas_default_dir());
    bench_samples_free(&v);
    return keep;
}

static void measure_quizzes(Figure *f, const Atlas *a, const BenchOptions *o)
{
    BenchSamples v = {0};
    const char *paths[] = {paths_quizzes_builtin()};
    int count = 0, errors = 0;
    for (int i = 0; i < o->runs_load; i++) {
        QuizErrors errs = {0};
        double t = bench_now_ms();
        QuizSet *set = quiz_set_load(a, paths, 1, &errs);
        double dt = bench_now_ms() - t;
        count = set ? quiz_set_count(set) : 0;
        errors = errs.count;
        quiz_set_unload(set);
        quiz_errors_free(&errs);
        if (!set)
            break;
        bench_add(&v, dt);
    }
    set_samples(f, &v);
    snprintf(f->note, sizeof f->note, "%d quizzes, %d problems, from %s", count, errors, paths[0]);
    bench_samples_free(&v);
}

static const AtlasTrp *trp_in(const AtlasMuscle *m, View v, Side s)
{
    for (int i = 0; m && i < m->ntrps; i++)
        if (m->trps[i].has_at[s][v])
            return &m->trps[i];
    return NULL;
}

static void measure_scoring(Figure *fr, Figure *fl, const Atlas *a, const BenchOptions *o)
{
    const AtlasMuscle *m = atlas_muscle(a, "upper_trapezius");
    if (!m && a->nmuscles)
        m = &a->muscles[0];
    View v = VIEW_LATERAL_RIGHT;
    const AtlasTrp *trp = m && m->ntrps ? &m->trps[0] : NULL;
    BodyGrid *paint = malloc(sizeof *paint), *sil = malloc(sizeof *sil);
    if (trp && paint && sil) {
        /* paint the essential zone a little off target, as a student would */
        bodygrid_clear(paint);
        const Shape *z = &trp->essential[SIDE_RIGHT][v];
        for (int i = 0; i < z->count; i++)
            for (int j = 0; j < z->polys[i].n; j++)
                bodygrid_fill_disc(paint, (Vec2){z->polys[i].pts[j].x + 1.2f, z->polys[i].pts[j].y + 0.8f}, 2.0f);
        /* the round keeps the view's silhouette grid, so it is made once here too */
        bodygrid_clear(sil);
        bodygrid_fill_shape(sil, &a->views[v].silhouette);
        BenchSamples s = {0};
        int score = 0;
        for (int i = 0; i < o->runs_score; i++) {
            double t = bench_now_ms();
            ReferResult r = score_refer(a, trp, SIDE_RIGHT, v, paint, sil);
            bench_add(&s, bench_now_ms() - t);
            score = r.score;
        }
        set_samples(fr, &s);
        snprintf(fr->note, sizeof fr->note, "score_refer, %s trigger point 1, lateral view (scored %d)", m->id, score);
        bench_samples_free(&s);
    } else {
        snprintf(fr->note, sizeof fr->note, "no trigger point to score");
    }
    free(paint);
    free(sil);

    const AtlasTrp *lt = trp_in(m, VIEW_POSTERIOR, SIDE_RIGHT);
    if (lt) {
        BenchSamples s = {0};
        Vec2 at = lt->at[SIDE_RIGHT][VIEW_POSTERIOR];
        int score = 0;
        for (int i = 0; i < o->runs_score; i++) {
            Vec2 click = {at.x + 0.01f * (float)(i % 300), at.y - 1.0f};
            double t = bench_now_ms();
            LocateResult r = score_locate(m, VIEW_POSTERIOR, SIDE_RIGHT, 5, VIEW_POSTERIOR, click);
            bench_add(&s, bench_now_ms() - t);
            score = r.score;
        }
        set_samples(fl, &s);
        snprintf(fl->note, sizeof fl->note, "score_locate, %s, posterior view (last scored %d)", m->id, score);
        bench_samples_free(&s);
    } else {
        snprintf(fl->note, sizeof fl->note, "no trigger point to score");
    }
}

/* ---- the score store -------------------------------------------------------------- */

/* A refer answer as the game writes it: sixty circles of paint. */
static char *paint_answer_text(void)
{
    size_t cap = 4096, used = 0;
    char *t = malloc(cap);
    if (!t)
        return NULL;
    used += (size_t)snprintf(t, cap, "{\"paint\":{\"view\":\"posterior\",\"circles\":[");
    for (int i = 0; i < 60 && used + 64 < cap; i++)
        used += (size_t)snprintf(t + used, cap - used, "%s[%.2f,%.2f,2.00]", i ? "," : "",
                                 -8.0 + 0.3 * i, 120.0 + 0.2 * i);
    snprintf(t + used, cap - used, "]}}");
    return t;
}

static const char *const question_text =
    "{\"type\":\"question\",\"n\":3,\"of\":12,\"kind\":\"refer\",\"prompt\":\"Paint where the pain of "
    "infraspinatus trigger point 1 goes\",\"view\":\"posterior\",\"muscle\":\"infraspinatus\",\"side\":\"right\","
    "\"trp\":{\"id\":\"infraspinatus_1\",\"x\":10.5,\"y\":128.0}}";

static void measure_save(Figure *f, const BenchOptions *o)
{
    char dir[512];
    char *answer = paint_answer_text();
    if (!answer || !bench_scratch_dir(dir, sizeof dir, "save")) {
        snprintf(f->note, sizeof f->note, "no scratch directory");
        free(answer);
        return;
    }
    Store *s = store_open(dir);
    int64_t player = s ? store_player_ensure(s, "Bench", BENCH_NOW) : -1;
    int64_t round = player > 0 ? store_round_begin(s, player, "head-and-neck", "0123456789abcdef", 7, o->runs_save,
                                                   BENCH_NOW) : -1;
    BenchSamples v = {0};
    for (int i = 0; round > 0 && i < o->runs_save; i++) {
        StoreAnswer a = {.round_id = round, .n = i + 1, .kind = "refer", .muscle = "infraspinatus",
                         .question = question_text, .answer = answer, .score = (i * 37) % 101, .ms = 5000};
        double t = bench_now_ms();
        int rc = store_answer_save(s, &a, BENCH_NOW + i);
        double dt = bench_now_ms() - t;
        if (rc != 0 || store_pending(s)) {
            snprintf(f->note, sizeof f->note, "the save failed: %.200s", store_error(s) ? store_error(s) : "?");
            v.n = 0;
            break;
        }
        bench_add(&v, dt);
    }
    if (v.n) {
        set_samples(f, &v);
        snprintf(f->note, sizeof f->note, "store_answer_save, one transaction, committed to %.150s", dir);
    } else if (!f->note[0]) {
        snprintf(f->note, sizeof f->note, "the store did not open: %.200s", s && store_error(s) ? store_error(s) : "?");
    }
    bench_samples_free(&v);
    store_close(s);
    bench_remove_dir(dir);
    free(answer);
}

static int count_round(const StatsRound *r, void *ud)
{
    (void)r;
    (*(int *)ud)++;
    return 0;
}

/* nanswers answers in rounds of ten over the year before BENCH_NOW, for one player: a round
 * every 52 minutes or so, its answers a minute apart. */
static int64_t fill_store(Store *s, const Atlas *a, int nanswers)
{
    static const char *const quizzes[] = {"head-and-neck", "shoulder-girdle", "back-and-trunk", "arm-and-forearm",
                                          "hip-and-pelvis", "leg-and-foot", "thigh", "neck-drill"};
    int nrounds = nanswers / 10;
    int64_t player = store_player_ensure(s, "Bench Student", BENCH_NOW - (int64_t)nrounds * 3150);
    if (player <= 0 || store_batch_begin(s) != 0)
        return -1;
    for (int r = 0; r < nrounds; r++) {
        int64_t started = BENCH_NOW - (int64_t)(nrounds - 1 - r) * 3150;
        int64_t round = store_round_begin(s, player, quizzes[r % 8], "0123456789abcdef", (uint64_t)r, 10, started);
        if (round <= 0)
            break;
        int total = 0;
        for (int n = 1; n <= 10; n++) {
            const AtlasMuscle *m = &a->muscles[(r * 7 + n * 13) % a->nmuscles];
            int score = (r * 31 + n * 17) % 101;
            QuizKind kind = (QuizKind)((r + n) % QUIZ_KIND_COUNT);
            StoreAnswer ans = {.round_id = round, .n = n, .kind = quiz_kind_name(kind), .muscle = m->id,
                               .question = "{}", .answer = "{}", .score = score, .ms = 3000 + 100 * n};
            if (store_answer_save(s, &ans, started + n * 60) != 0)
                break;
            total += score;
        }
        store_round_end(s, round, total, 1000, started + 600);
    }
    return store_batch_end(s) == 0 ? player : -1;
}

static void measure_stats(Figure *f, const Atlas *a, const BenchOptions *o)
{
    char dir[512];
    if (!a || a->nmuscles == 0 || !bench_scratch_dir(dir, sizeof dir, "stats")) {
        snprintf(f->note, sizeof f->note, a ? "no scratch directory" : "no atlas");
        return;
    }
    Store *s = store_open(dir);
    double t = bench_now_ms();
    int64_t player = s ? fill_store(s, a, o->nanswers) : -1;
    double fill_ms = bench_now_ms() - t;
    BenchSamples v = {0};
    int nm = 0, np = 0, nr = 0;
    StatsMastery *mastery = malloc(sizeof *mastery * 128);
    StatsPoint *points = malloc(sizeof *points * 60);
    for (int i = 0; player > 0 && mastery && points && i < o->runs_stats; i++) {
        /* what the progress screen asks when it opens */
        nr = 0;
        t = bench_now_ms();
        nm = stats_mastery(s, player, mastery, 128);
        np = stats_over_time(s, player, 86400, points, 60);
        int rc = stats_rounds(s, player, NULL, count_round, &nr);
        double dt = bench_now_ms() - t;
        if (nm < 0 || np < 0 || rc < 0) {
            snprintf(f->note, sizeof f->note, "a query failed: %.200s", store_error(s) ? store_error(s) : "?");
            v.n = 0;
            break;
        }
        bench_add(&v, dt);
    }
    if (v.n) {
        set_samples(f, &v);
        snprintf(f->note, sizeof f->note, "stats_mastery + stats_over_time + stats_rounds over %d answers, "
                 "%d rounds (%d muscles, %d days); filling took %.0f ms", o->nanswers, nr, nm, np, fill_ms);
    } else if (!f->note[0]) {
        snprintf(f->note, sizeof f->note, "could not fill the store: %.200s", s && store_error(s) ? store_error(s) : "?");
    }
    bench_samples_free(&v);
    free(mastery);
    free(points);
    store_close(s);
    bench_remove_dir(dir);
}

/* ---- the idle game under xvfb-run ------------------------------------------------- */

static bool in_path(const char *name)
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

static void measure_idle(Figure *f, const BenchOptions *o)
{
    if (!in_path("xvfb-run")) {
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

/* ---- output ----------------------------------------------------------------------- */

static const char *unit_name(Unit u) { return u == UNIT_MS ? "ms" : u == UNIT_MB ? "MB" : "%"; }

/* 1 within, 0 over, -1 no budget or not measured */
static int within(const Figure *f)
{
    if (isnan(f->median) || f->budget <= 0)
        return -1;
    if (f->median >= f->budget)
        return 0;
    return !(f->budget_p99 > 0 && !(f->p99 < f->budget_p99));
}

static void format_value(char *buf, size_t len, double v, Unit u)
{
    if (isnan(v))
        snprintf(buf, len, "-");
    else if (u == UNIT_MS && v < 0.1)
        snprintf(buf, len, "%.2f us", v * 1000.0);
    else
        snprintf(buf, len, "%.2f %s", v, unit_name(u));
}

static void read_first_line(const char *path, const char *prefix, char *buf, size_t len)
{
    snprintf(buf, len, "unknown");
    FILE *f = fopen(path, "r");
    if (!f)
        return;
    char line[512];
    size_t pl = prefix ? strlen(prefix) : 0;
    while (fgets(line, sizeof line, f)) {
        if (prefix && strncmp(line, prefix, pl))
            continue;
        char *v = prefix ? strchr(line, ':') : line;
        if (!v)
            continue;
        v += prefix ? 1 : 0;
        while (*v == ' ' || *v == '\t') v++;
        v[strcspn(v, "\n")] = 0;
        snprintf(buf, len, "%s", v);
        break;
    }
    fclose(f);
}

typedef struct Machine { char cpu[256], debian[64], sdl[64], kernel[128], build[64]; long nproc; } Machine;

static void machine_read(Machine *m)
{
    m->nproc = sysconf(_SC_NPROCESSORS_ONLN);
    read_first_line("/proc/cpuinfo", "model name", m->cpu, sizeof m->cpu);
    read_first_line("/etc/debian_version", NULL, m->debian, sizeof m->debian);
    char *argv[] = {"dpkg-query", "-W", "-f", "${Version}", "libsdl2-2.0-0", NULL};
    if (!in_path("dpkg-query") || bench_run(argv, m->sdl, sizeof m->sdl, NULL) != 0 || !m->sdl[0])
        snprintf(m->sdl, sizeof m->sdl, "unknown");
    struct utsname u;
    if (uname(&u) == 0)
        snprintf(m->kernel, sizeof m->kernel, "%.40s %.80s", u.sysname, u.release);
#if defined(__SANITIZE_ADDRESS__)
    snprintf(m->build, sizeof m->build, "sanitizers (figures not comparable)");
#elif defined(__OPTIMIZE__)
    snprintf(m->build, sizeof m->build, "optimised");
#else
    snprintf(m->build, sizeof m->build, "unoptimised (figures not comparable)");
#endif
}

static json_t *number_or_null(double v) { return isnan(v) ? json_null() : json_real(round(v * 10000) / 10000); }

static void print_json(const Figure *figs, const Machine *m, const BenchOptions *o)
{
    json_t *root = json_object(), *list = json_array(), *mach = json_object();
    json_object_set_new(root, "version", json_string(TT_VERSION));
    json_object_set_new(root, "size", json_string(o->size));
    json_object_set_new(root, "frames", json_integer(o->frames));
    json_object_set_new(root, "quick", json_boolean(o->quick));
    json_object_set_new(mach, "nproc", json_integer(m->nproc));
    json_object_set_new(mach, "cpu", json_string(m->cpu));
    json_object_set_new(mach, "debian", json_string(m->debian));
    json_object_set_new(mach, "sdl", json_string(m->sdl));
    json_object_set_new(mach, "kernel", json_string(m->kernel));
    json_object_set_new(mach, "build", json_string(m->build));
    json_object_set_new(root, "machine", mach);
    for (int i = 0; i < F_COUNT; i++) {
        const Figure *f = &figs[i];
        json_t *j = json_object();
        json_object_set_new(j, "key", json_string(f->key));
        json_object_set_new(j, "label", json_string(f->label));
        json_object_set_new(j, "unit", json_string(unit_name(f->unit)));
        json_object_set_new(j, "median", number_or_null(f->median));
        if (f->has_p99)
            json_object_set_new(j, "p99", number_or_null(f->p99));
        json_object_set_new(j, "runs", json_integer(f->runs));
        json_object_set_new(j, "budget", f->budget > 0 ? json_real(f->budget) : json_null());
        if (f->budget_p99 > 0)
            json_object_set_new(j, "budget_p99", json_real(f->budget_p99));
        int w = within(f);
        json_object_set_new(j, "within", w < 0 ? json_null() : json_boolean(w));
        json_object_set_new(j, "note", json_string(f->note));
        json_array_append_new(list, j);
    }
    json_object_set_new(root, "figures", list);
    char *text = json_dumps(root, JSON_INDENT(2) | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(6));
    if (text)
        puts(text);
    free(text);
    json_decref(root);
}

static void print_table(const Figure *figs, const Machine *m, const BenchOptions *o)
{
    printf("trigger-trainer %s bench: %s, %d frames%s; %ld CPU, %s; Debian %s; SDL %s; %s build\n\n",
           TT_VERSION, o->size, o->frames, o->quick ? ", quick" : "", m->nproc, m->cpu, m->debian, m->sdl, m->build);
    printf("%-36s %12s %12s %6s  %-18s %s\n", "figure", "median", "p99", "runs", "budget", "within");
    for (int i = 0; i < F_COUNT; i++) {
        const Figure *f = &figs[i];
        char med[32], p99[32], budget[48];
        format_value(med, sizeof med, f->median, f->unit);
        format_value(p99, sizeof p99, f->has_p99 ? f->p99 : NAN, f->unit);
        if (f->budget <= 0)
            snprintf(budget, sizeof budget, "none");
        else if (f->budget_p99 > 0)
            snprintf(budget, sizeof budget, "< %g, p99 < %g %s", f->budget, f->budget_p99, unit_name(f->unit));
        else
            snprintf(budget, sizeof budget, "< %g %s", f->budget, unit_name(f->unit));
        int w = within(f);
        printf("%-36s %12s %12s %6d  %-18s %s\n", f->label, med, p99, f->runs, budget,
               w < 0 ? (isnan(f->median) ? "not measured" : "-") : w ? "yes" : "NO");
    }
    printf("\nNotes:\n");
    for (int i = 0; i < F_COUNT; i++)
        if (figs[i].note[0])
            printf("  %-20s %s\n", figs[i].key, figs[i].note);
}

/* ---- the command ------------------------------------------------------------------ */

static int bench_usage(const char *fmt, const char *arg)
{
    return cli_usage_error(fmt, arg);
}

int cmd_bench(int argc, char **argv)
{
    entry_ms = bench_now_ms();
    BenchOptions o = {.w = 1280, .h = 720, .frames = 300};
    const char *child = NULL, *child_dir = NULL;
    double t0 = 0;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--json")) o.json = true;
        else if (!strcmp(argv[i], "--quick")) o.quick = true;
        else if (!strcmp(argv[i], "--size") && i + 1 < argc) {
            if (!session_parse_size(argv[++i], &o.w, &o.h))
                return bench_usage("--size wants WIDTHxHEIGHT between 200 and 8192, got '%s'", argv[i]);
        } else if (!strcmp(argv[i], "--frames") && i + 1 < argc) {
            char *end;
            long n = strtol(argv[++i], &end, 10);
            if (*end || n < 1 || n > 100000)
                return bench_usage("--frames wants a count from 1 to 100000, got '%s'", argv[i]);
            o.frames = (int)n;
        } else if (!strcmp(argv[i], "--child") && i + 1 < argc) child = argv[++i];
        else if (!strcmp(argv[i], "--data-dir") && i + 1 < argc) child_dir = argv[++i];
        else if (!strcmp(argv[i], "--t0") && i + 1 < argc) t0 = strtod(argv[++i], NULL);
        else if (!strcmp(argv[i], "--only") && i + 1 < argc) o.only = argv[++i];
        else return bench_usage("bench: unknown option '%s' (bench [--json] [--size WxH] [--frames N] [--quick])", argv[i]);
    }
    snprintf(o.size, sizeof o.size, "%dx%d", o.w, o.h);
    if (child) {
        if (strcmp(child, "title") && strcmp(child, "quiz") && strcmp(child, "round"))
            return bench_usage("bench: --child wants title, quiz or round, got '%s'", child);
        if (!child_dir)
            return bench_usage("bench: --child %s needs --data-dir DIR", child);
        return child_main(child, child_dir, o.w, o.h, t0);
    }
    o.runs_start = o.quick ? 3 : 20;
    o.runs_load = o.quick ? 3 : 20;
    o.runs_score = o.quick ? 100 : 2000;
    o.runs_save = o.quick ? 10 : 200;
    o.runs_stats = o.quick ? 3 : 20;
    o.runs_memory = o.quick ? 1 : 3;
    o.idle_s = o.quick ? 2 : 10;
    o.nanswers = 100000;

    Figure figs[F_COUNT];
    memcpy(figs, figure_defs, sizeof figs);
    for (int i = 0; i < F_COUNT; i++)
        figs[i].median = figs[i].p99 = NAN;

    if (wanted(&o, "start_title")) {
        progress(&o, "start-up to the title");
        measure_start(&figs[F_START_TITLE], "title", &o);
    }
    if (wanted(&o, "start_quiz")) {
        progress(&o, "start-up to a quiz question");
        measure_start(&figs[F_START_QUIZ], "quiz", &o);
    }
    if (wanted(&o, "frame")) {
        progress(&o, "frames of the busiest scenes");
        measure_frames(figs, &o);
    }
    progress(&o, "atlas and quizzes");
    const Atlas *a = measure_atlas(&figs[F_ATLAS], &o);
    if (a && wanted(&o, "quizzes"))
        measure_quizzes(&figs[F_QUIZZES], a, &o);
    if (a && wanted(&o, "score"))
        measure_scoring(&figs[F_SCORE_REFER], &figs[F_SCORE_LOCATE], a, &o);
    if (wanted(&o, "save")) {
        progress(&o, "saving answers");
        measure_save(&figs[F_SAVE], &o);
    }
    if (wanted(&o, "mastery")) {
        progress(&o, "statistics over 100,000 answers");
        measure_stats(&figs[F_STATS], a, &o);
    }
    atlas_unload((Atlas *)a);
    if (wanted(&o, "peak")) {
        progress(&o, "memory in a round");
        measure_memory(&figs[F_MEMORY], &o);
    }
    if (wanted(&o, "idle")) {
        progress(&o, "the idle game");
        measure_idle(&figs[F_IDLE], &o);
    }

    Machine m = {0};
    machine_read(&m);
    if (o.json)
        print_json(figs, &m, &o);
    else
        print_table(figs, &m, &o);
    return 0;
}
