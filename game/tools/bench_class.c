/* bench_class: a generated class (see bench_class.h). Ten quizzes of ten questions, one per
 * body region in turn, are written as Lua files and loaded like an instructor's; each
 * student has a skill from 0.3 to 0.95 and plays nrounds rounds through play.c: clicks
 * land near a trigger point with a spread that shrinks with skill (now and then on the
 * wrong side), paint follows the essential zone's outline with an offset and sometimes
 * leaves part of it out, choices are right as often as the skill says, a few answers are
 * skipped and a few rounds are left before the end. The store writes every student's rounds
 * in one batch, at fixed times. */
#include "tools/bench_class.h"
#include "quiz/play.h"
#include "quiz/quiz.h"
#include "store/store.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define CLASS_QUIZZES 10
#define CLASS_QUESTIONS 10
#define CLASS_START INT64_C(1788220800)   /* 2026-09-01 00:00 UTC: the term's first day */

static const char *const first_names[] = {"Ana", "Ben", "Chloé", "Dário", "Ema", "Finn", "Gül", "Hana", "Ivo", "Jana",
                                          "Kofi", "Léa", "Malik", "Nora", "Oskar", "Priya", "Quinn", "Rosa", "Søren",
                                          "Tomás", "Uma", "Viktor", "Wen", "Ximena", "Yusuf", "Zoë"};
static const char *const last_names[] = {"Abebe", "Brown", "Costa", "Dubois", "Eriksen", "Fischer", "García", "Huang",
                                         "Ito", "Jovanović", "Kowalski", "López", "Müller", "Nguyen", "Okafor",
                                         "Petrov", "Quispe", "Rossi", "Schmidt", "Tanaka", "Üzüm", "Varga"};

typedef struct Rng { uint64_t s; } Rng;

static uint64_t rng_next(Rng *r)
{
    uint64_t z = (r->s += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

static double rng_unit(Rng *r) { return (double)(rng_next(r) >> 11) / 9007199254740992.0; }
static int rng_below(Rng *r, int n) { return n > 0 ? (int)(rng_next(r) % (uint64_t)n) : 0; }

static double rng_normal(Rng *r)
{
    double u = rng_unit(r) + 1e-12, v = rng_unit(r);
    return sqrt(-2 * log(u)) * cos(6.283185307179586 * v);
}

/* ---- the quizzes ---- */

/* Ten questions from muscles of region `region` first, then the rest, kinds in turn, each
 * (kind, muscle) once and askable (quiz_spec_init). */
static int write_quiz(FILE *f, const Atlas *a, int k)
{
    const char *region = a->nregions ? a->regions[k % a->nregions] : "";
    fprintf(f, "return quiz {\n  id = \"class-%d\",\n  title = \"Class drill %d: %s\",\n  pass_mark = 70,\n"
               "  questions = {\n", k + 1, k + 1, region);
    int n = 0;
    for (int pass = 0; pass < 2 && n < CLASS_QUESTIONS; pass++)
        for (int i = 0; i < a->nmuscles && n < CLASS_QUESTIONS; i++) {
            const AtlasMuscle *m = &a->muscles[(i + k * 7) % a->nmuscles];
            if ((pass == 0) != !strcmp(m->region, region)) continue;
            QuizKind kind = (QuizKind)((n + k) % QUIZ_KIND_COUNT);
            QuizSpec sp;
            if (!quiz_spec_init(a, kind, m->id, &sp)) continue;
            fprintf(f, "    %s { muscle = \"%s\" },\n", quiz_kind_name(kind), m->id);
            n++;
        }
    fputs("  },\n}\n", f);
    return n == CLASS_QUESTIONS ? 0 : -1;
}

static QuizSet *class_quizzes(const Atlas *a, const char *dir, char *err, size_t errlen)
{
    char path[4300];
    for (int k = 0; k < CLASS_QUIZZES; k++) {
        snprintf(path, sizeof path, "%s/class-%02d.lua", dir, k + 1);
        FILE *f = fopen(path, "w");
        if (!f || write_quiz(f, a, k) != 0) {
            snprintf(err, errlen, "cannot write the quiz %s", path);
            if (f) fclose(f);
            return NULL;
        }
        fclose(f);
    }
    const char *paths[] = {dir};
    QuizErrors errors = {0};
    QuizSet *set = quiz_set_load(a, paths, 1, &errors);
    if (errors.count) snprintf(err, errlen, "the class quizzes do not load: %s", errors.items[0]);
    quiz_errors_free(&errors);
    if (set && quiz_set_count(set) != CLASS_QUIZZES) {
        quiz_set_unload(set);
        return NULL;
    }
    return set;
}

/* ---- one student's answers ---- */

typedef struct Student {
    Rng rng;
    double skill;                     /* 0.3 .. 0.95 */
    PaintCircle circles[256];
    int64_t now;
} Student;

static int64_t student_clock(void *ctx)
{
    return ((Student *)ctx)->now;
}

static bool click_answer(Student *s, const Question *q, Answer *a)
{
    const AtlasMuscle *m = q->muscle;
    const AtlasTrp *pick[16];
    int n = 0;
    for (int i = 0; i < m->ntrps && n < 16; i++)
        if (m->trps[i].has_at[q->side][q->view]) pick[n++] = &m->trps[i];
    if (n == 0) return false;
    Vec2 at = pick[rng_below(&s->rng, n)]->at[q->side][q->view];
    double spread = 0.4 + 7 * (1 - s->skill);
    at.x += (float)(rng_normal(&s->rng) * spread);
    at.y += (float)(rng_normal(&s->rng) * spread);
    if (rng_unit(&s->rng) < 0.08 * (1 - s->skill) && !m->midline) at.x = -at.x;   /* the other side */
    *a = (Answer){.view = q->view, .has_click = true, .click = at};
    return true;
}

static bool paint_answer(Student *s, const Question *q, Answer *a)
{
    const Shape *z = &q->trp->essential[q->side][q->view];
    int n = 0;
    double off = 3 * (1 - s->skill);
    Vec2 shift = {(float)(rng_normal(&s->rng) * off), (float)(rng_normal(&s->rng) * off)};
    for (int p = 0; p < z->count; p++) {
        if (p > 0 && rng_unit(&s->rng) > s->skill) continue;   /* a weaker student forgets a part */
        const Polygon *poly = &z->polys[p];
        Vec2 c = {0, 0};
        for (int i = 0; i < poly->n; i++) c.x += poly->pts[i].x / (float)poly->n, c.y += poly->pts[i].y / (float)poly->n;
        int step = poly->n / 12 > 1 ? poly->n / 12 : 1;
        for (int i = 0; i < poly->n && n < 250; i += step) {
            /* halfway between the outline and the centre, so strokes cover the inside */
            Vec2 v = {(poly->pts[i].x + c.x) / 2 + shift.x, (poly->pts[i].y + c.y) / 2 + shift.y};
            s->circles[n++] = (PaintCircle){v.x, v.y, 1.2f + (float)rng_unit(&s->rng), false};
        }
        s->circles[n++] = (PaintCircle){c.x + shift.x, c.y + shift.y, 2.0f, false};
    }
    if (n == 0) return false;
    *a = (Answer){.view = q->view, .has_paint = true, .circles = s->circles, .ncircles = n};
    return true;
}

static void make_answer(Student *s, const Question *q, Answer *a)
{
    if (rng_unit(&s->rng) < 0.03) {
        *a = (Answer){.skip = true};
        return;
    }
    const QuizKindDef *k = quiz_kind(q->kind);
    bool ok = false;
    if (k->mode == ANSWER_CLICK) ok = click_answer(s, q, a);
    else if (k->mode == ANSWER_PAINT) ok = paint_answer(s, q, a);
    else if (q->nchoices > 0) {
        const char *pick = q->muscle->id;
        if (rng_unit(&s->rng) > s->skill) pick = q->choices[rng_below(&s->rng, q->nchoices)];
        *a = (Answer){.nchoices = 1};
        a->choices[0] = pick;
        ok = true;
    }
    if (!ok) *a = (Answer){.skip = true};
}

static int play_student(QuizSet *set, Store *store, int64_t player, const char *name, Student *s, int nrounds)
{
    for (int r = 0; r < nrounds; r++) {
        const Quiz *quiz = quiz_set_at(set, (r + rng_below(&s->rng, 3)) % quiz_set_count(set));
        s->now = CLASS_START + (int64_t)r * 86400 + rng_below(&s->rng, 36000);
        PlaySetup setup = {.store = store, .player = player, .player_name = name, .seed = rng_next(&s->rng) % 1000000000,
                           .now = student_clock, .now_ctx = s};
        char err[512];
        Play *p = play_begin(quiz, &setup, err, sizeof err);
        if (!p) return -1;
        int stop = rng_unit(&s->rng) < 0.04 ? 1 + rng_below(&s->rng, CLASS_QUESTIONS - 1) : -1;
        const Question *q;
        int answered = 0;
        while ((q = play_question(p)) && answered != stop) {
            Answer a;
            make_answer(s, q, &a);
            s->now += 5 + rng_below(&s->rng, 25);
            if (play_answer(p, &a, 3000 + rng_below(&s->rng, 12000), NULL) != 0 && play_skip(p, false, 1000, NULL) != 0)
                break;
            answered++;
        }
        play_finish(p, answered == stop ? PLAY_END_QUIT : PLAY_END_COMPLETED);
        play_end(p);
    }
    return 0;
}

/* ---- the class ---- */

static int make_dir(const char *dir)
{
    return mkdir(dir, 0755) == 0 || errno == EEXIST ? 0 : -1;
}

int bench_class_write(const char *dir, int nstudents, int nrounds, char *err, size_t errlen)
{
    char qdir[4200], sdir[4200], from[4400], to[4400];
    snprintf(qdir, sizeof qdir, "%s/.quizzes", dir);
    if (make_dir(dir) != 0 || make_dir(qdir) != 0) {
        snprintf(err, errlen, "cannot make %s: %s", qdir, strerror(errno));
        return -1;
    }
    Atlas *a = atlas_load(atlas_default_dir(), err, (int)errlen);
    if (!a) return -1;
    QuizSet *set = class_quizzes(a, qdir, err, errlen);
    int status = set ? 0 : -1;
    Student *s = calloc(1, sizeof *s);
    if (!s) status = -1;
    for (int i = 0; i < nstudents && status == 0; i++) {
        char name[64];
        snprintf(name, sizeof name, "%s %s%s", first_names[i % 26], last_names[(i / 26 + i * 7) % 22],
                 i >= 26 * 22 ? "-2" : "");
        s->rng.s = 0x5EED0000ULL + (uint64_t)i;
        s->skill = 0.3 + 0.65 * rng_unit(&s->rng);
        snprintf(sdir, sizeof sdir, "%s/.student-%03d", dir, i + 1);
        Store *store = store_open(sdir);
        int64_t player = store ? store_player_ensure(store, name, CLASS_START - 86400) : -1;
        if (player <= 0 || store_batch_begin(store) != 0 || play_student(set, store, player, name, s, nrounds) != 0 ||
            store_batch_end(store) != 0) {
            snprintf(err, errlen, "cannot write %s: %s", sdir, store ? store_error(store) ? store_error(store) : "?" : "?");
            status = -1;
        }
        store_close(store);
        snprintf(from, sizeof from, "%s/%s", sdir, STORE_FILE_NAME);
        snprintf(to, sizeof to, "%s/student-%03d.sqlite3", dir, i + 1);
        if (status == 0 && rename(from, to) != 0) {
            snprintf(err, errlen, "cannot move %s: %s", from, strerror(errno));
            status = -1;
        }
        rmdir(sdir);
    }
    free(s);
    for (int k = 0; k < CLASS_QUIZZES; k++) {
        snprintf(from, sizeof from, "%s/class-%02d.lua", qdir, k + 1);
        unlink(from);
    }
    rmdir(qdir);
    quiz_set_unload(set);
    atlas_unload(a);
    return status;
}

/* ---- the figure ---- */

void bench_class_report(Figure *f, const BenchOptions *o)
{
    int nstudents = o->quick ? 8 : 300, nrounds = o->quick ? 4 : 50;
    char dir[512], out[600], err[512];
    if (!bench_scratch_dir(dir, sizeof dir, "class")) {
        snprintf(f->note, sizeof f->note, "no scratch folder");
        return;
    }
    double t = bench_now_ms();
    if (bench_class_write(dir, nstudents, nrounds, err, sizeof err) != 0) {
        snprintf(f->note, sizeof f->note, "the class could not be written: %.180s", err);
        bench_remove_dir(dir);
        return;
    }
    double made = bench_now_ms() - t;
    snprintf(out, sizeof out, "%s/report", dir);
    char **argv = calloc((size_t)nstudents + 6, sizeof *argv);
    char (*files)[600] = calloc((size_t)nstudents, sizeof *files);
    BenchSamples v = {0};
    if (argv && files) {
        int n = 0;
        argv[n++] = (char *)bench_self_exe();
        argv[n++] = "report";
        argv[n++] = "--quiet";
        argv[n++] = "--out";
        argv[n++] = out;
        for (int i = 0; i < nstudents; i++) {
            snprintf(files[i], sizeof files[i], "%s/student-%03d.sqlite3", dir, i + 1);
            argv[n++] = files[i];
        }
        int runs = o->quick ? 1 : 3;
        for (int i = 0; i < runs; i++) {
            t = bench_now_ms();
            int rc = bench_run(argv, NULL, 0, NULL);
            double dt = bench_now_ms() - t;
            if (rc != 0) {
                snprintf(f->note, sizeof f->note, "report exited %d", rc);
                break;
            }
            bench_add(&v, dt);
        }
    }
    if (v.n) {
        bench_figures_set(f, &v);
        snprintf(f->note, sizeof f->note, "%d students x %d rounds of 10 answers (%d answers; the class took %.0f s to"
                 " write)", nstudents, nrounds, nstudents * nrounds * CLASS_QUESTIONS, made / 1000);
    }
    bench_samples_free(&v);
    free(argv);
    free(files);
    /* the report folder holds many files: remove them, then the class */
    bench_remove_dir(out);
    bench_remove_dir(dir);
}
