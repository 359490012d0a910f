/* bench_core: the measures of the window-free core: atlas and quiz loading, scoring, one
 * durable save and statistics over a filled score file (those two in scratch folders). */
#include "tools/bench_core.h"
#include "quiz/kinds.h"
#include "quiz/quiz.h"
#include "quiz/score.h"
#include "store/paths.h"
#include "store/stats.h"
#include "store/store.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define BENCH_NOW INT64_C(1793610000)   /* 2026-11-02 09:00 UTC: the time of the bench's writes */

/* ---- loading and scoring ---------------------------------------------------------- */

/* n loads of the installed atlas, timed into v and cpu; the first loaded is kept in *keep.
 * False (and err) when it does not load. */
static bool time_loads(int n, BenchSamples *v, BenchSamples *cpu, Atlas **keep, char *err, int errlen)
{
    for (int i = 0; i < n; i++) {
        double t = bench_now_ms(), c = bench_cpu_ms();
        Atlas *a = atlas_load(atlas_default_dir(), err, errlen);
        double dt = bench_now_ms() - t;
        if (!a)
            return false;
        bench_add(v, dt);
        bench_add(cpu, bench_cpu_ms() - c);
        if (keep && !*keep)
            *keep = a;
        else
            atlas_unload(a);
    }
    return true;
}

/* The figure is the whole load, every file run and every check made (TT_CACHE_DIR empty: no
 * kept copy): what the first start after an install or an edit of the atlas costs. The note
 * adds a later start's load, from the copy kept in a scratch folder (atlas_cache.c). */
const Atlas *bench_core_atlas(Figure *f, const BenchOptions *o)
{
    BenchSamples v = {0}, cpu = {0}, kv = {0}, kcpu = {0};
    char err[1024], scratch[4096];
    Atlas *keep = NULL;
    const char *was = getenv("TT_CACHE_DIR");
    char *saved = was ? strdup(was) : NULL;
    setenv("TT_CACHE_DIR", "", 1);
    bool ok = time_loads(o->runs_load, &v, &cpu, &keep, err, sizeof err);
    bool kept = false;
    if (ok && bench_scratch_dir(scratch, sizeof scratch, "atlas")) {
        setenv("TT_CACHE_DIR", scratch, 1);
        Atlas *first = atlas_load(atlas_default_dir(), err, sizeof err);   /* writes the copy */
        bool wrote = first != NULL;
        atlas_unload(first);
        kept = wrote && time_loads(o->runs_load, &kv, &kcpu, NULL, err, sizeof err);
        bench_remove_dir(scratch);
    }
    if (saved) {
        setenv("TT_CACHE_DIR", saved, 1);
        free(saved);
    } else {
        unsetenv("TT_CACHE_DIR");
    }
    if (!ok) {
        snprintf(f->note, sizeof f->note, "the atlas does not load: %.200s", err);
        atlas_unload(keep);
        keep = NULL;
    } else {
        bench_figures_set(f, &v);
        bench_figures_set_cpu(f, &cpu);
        int n = snprintf(f->note, sizeof f->note, "%d muscles, %d areas from %s, every file run and checked", keep->nmuscles,
                         keep->nareas, atlas_default_dir());
        if (kept && n > 0 && (size_t)n < sizeof f->note)
            snprintf(f->note + n, sizeof f->note - (size_t)n, "; from the kept copy (later starts) %.2f ms (CPU %.2f)",
                     bench_median(&kv), bench_median(&kcpu));
    }
    bench_samples_free(&v);
    bench_samples_free(&cpu);
    bench_samples_free(&kv);
    bench_samples_free(&kcpu);
    return keep;
}

void bench_core_quizzes(Figure *f, const Atlas *a, const BenchOptions *o)
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
    bench_figures_set(f, &v);
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

void bench_core_scoring(Figure *fr, Figure *fl, const Atlas *a, const BenchOptions *o)
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
        bench_figures_set(fr, &s);
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
        bench_figures_set(fl, &s);
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

void bench_core_save(Figure *f, const BenchOptions *o)
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
        bench_figures_set(f, &v);
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
        StoreRoundEnd end = {.total = total, .max = 1000, .planned = 10, .finished = true, .ended_by = "completed",
                             .pass_mark = -1, .passed = -1};
        store_round_end(s, round, &end, started + 600);
    }
    return store_batch_end(s) == 0 ? player : -1;
}

void bench_core_stats(Figure *f, const Atlas *a, const BenchOptions *o)
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
        bench_figures_set(f, &v);
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
