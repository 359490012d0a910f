/* test_report: what exports and class reports read back. jscan finds keys at their own
 * level and unescapes strings; a stored answer reads the same through its stored result
 * (schema v3) as judged again from its question and answer (older files), and paint read in
 * place equals paint read by protocol.c, erasers included; the report merges files (the same
 * file twice counts once), skips damaged, foreign and newer files with the reason, and
 * grades best, last, rounds and passed from finished rounds only. */
#include <sqlite3.h>
#include <stdlib.h>
#include <sys/stat.h>

#include "quiz/play.h"
#include "quiz/protocol.h"
#include "records/facts.h"
#include "records/jscan.h"
#include "records/report.h"
#include "store/stats.h"
#include "test.h"

static Atlas *atlas;

static char *make_dir(void)
{
    static char buf[8][64];
    static int k;
    char *d = buf[k++ % 8];
    snprintf(d, 64, "/tmp/tt-report-XXXXXX");
    return mkdtemp(d);
}

static void remove_dir(const char *d)
{
    char cmd[160];
    snprintf(cmd, sizeof cmd, "rm -rf %s", d);
    CHECK(system(cmd) == 0);
}

/* ---- jscan ---- */

static void test_jscan(void)
{
    const char *t = "{\"a\":{\"b\":1,\"c\":[1,{\"b\":2}]},\"b\":\"x\\\"y\\u00e9\\ud83d\\ude00\", \"n\" : -2.5e1,"
                    " \"t\":true,\"e\":[]}";
    char buf[64];
    double d;
    CHECK(jscan_string(jscan_key(t, "b"), buf, sizeof buf));   /* the top-level b, not a.b */
    CHECK_STR(buf, "x\"y\xc3\xa9\xf0\x9f\x98\x80");
    CHECK(jscan_number(jscan_key(jscan_key(t, "a"), "b"), &d) && d == 1);
    CHECK(jscan_number(jscan_key(t, "n"), &d) && d == -25);
    CHECK(jscan_bool(jscan_key(t, "t")) == 1 && jscan_bool(jscan_key(t, "n")) == -1);
    CHECK(!jscan_key(t, "zz") && !jscan_first(jscan_key(t, "e")));
    const char *c = jscan_first(jscan_key(jscan_key(t, "a"), "c"));
    CHECK(c && jscan_number(c, &d) && d == 1);
    c = jscan_next(c);
    CHECK(c && jscan_number(jscan_key(c, "b"), &d) && d == 2 && !jscan_next(c));
    CHECK(jscan_string(jscan_key(t, "b"), buf, 4) && strlen(buf) <= 3);   /* cut, still a C string */
    /* not JSON: soft failures, never a read past the text */
    CHECK(!jscan_key("{\"a\":", "a") || !jscan_skip(jscan_key("{\"a\":", "a")));
    CHECK(!jscan_skip("{\"a\":[1,2") && !jscan_skip("\"abc") && !jscan_key("[1]", "a") && !jscan_key(NULL, "a"));
    CHECK(!jscan_string("\"\\u12\"", buf, sizeof buf));
}

/* ---- facts ---- */

typedef struct Read { int n; AnswerFacts v3[8], v2[8]; char chosen[8][64]; float cm2[8]; int npainted[8]; } Read;

static Facts *facts;

static int read_both(const StatsAnswer *a, void *ud)
{
    Read *r = ud;
    if (r->n >= 8) return 1;
    FactsInput in = {.kind = a->kind, .muscle = a->muscle, .question = a->question, .answer = a->answer,
                     .result = a->result, .score = a->score};
    facts_read(facts, &in, &r->v3[r->n]);
    snprintf(r->chosen[r->n], sizeof r->chosen[0], "%s", r->v3[r->n].chosen ? r->v3[r->n].chosen : "");
    in.result = NULL;   /* as a file from before schema v3 holds it */
    facts_read(facts, &in, &r->v2[r->n]);
    r->n++;
    return 0;
}

static const AtlasTrp *visible_trp(const Question *q)
{
    for (int i = 0; i < q->muscle->ntrps; i++)
        if (q->muscle->trps[i].has_at[q->side][q->view]) return &q->muscle->trps[i];
    return NULL;
}

/* Plays tests/quiz/good/basic.lua (locate, refer, identify, name, locate): a click near the
 * point, paint on the zone with an eraser dab, a wrong choice, the right one, a skip. */
static void play_basic(Store *s, int64_t player, uint64_t seed, int64_t when)
{
    const char *paths[] = {"tests/quiz/good/basic.lua"};
    QuizErrors errors = {0};
    QuizSet *set = quiz_set_load(atlas, paths, 1, &errors);
    quiz_errors_free(&errors);
    CHECK(set && quiz_set_count(set) == 1);
    if (!set) return;
    PlaySetup setup = {.store = s, .player = player, .player_name = "p", .seed = seed};
    (void)when;
    char err[256];
    Play *p = play_begin(quiz_set_at(set, 0), &setup, err, sizeof err);
    CHECK(p);
    const Question *q;
    PaintCircle circles[3];
    while (p && (q = play_question(p))) {
        Answer a = {.view = q->view};
        const AtlasTrp *t = q->trp ? q->trp : visible_trp(q);
        Vec2 at = t && t->has_at[q->side][q->view] ? t->at[q->side][q->view] : (Vec2){0, 120};
        if (q->n == 5) a = (Answer){.skip = true};
        else if (q->kind == QUIZ_LOCATE) a.has_click = true, a.click = (Vec2){at.x + 0.3f, at.y};
        else if (q->kind == QUIZ_REFER) {
            const Polygon *z = &q->trp->essential[q->side][q->view].polys[0];
            Vec2 c = z->pts[0];
            circles[0] = (PaintCircle){c.x, c.y, 4, false};
            circles[1] = (PaintCircle){c.x, c.y, 1, true};
            circles[2] = (PaintCircle){c.x + 1, c.y, 1.5f, false};
            a.has_paint = true, a.circles = circles, a.ncircles = 3;
        } else {
            a.nchoices = 1;
            a.choices[0] = q->kind == QUIZ_NAME ? q->muscle->id : strcmp(q->choices[0], q->muscle->id) ? q->choices[0] : q->choices[1];
        }
        CHECK(play_answer(p, &a, 1000, NULL) == 0);
    }
    play_end(p);
    quiz_set_unload(set);
}

static bool same_facts(const AnswerFacts *a, const AnswerFacts *b)
{
    if (a->trp != b->trp || a->view != b->view || a->side != b->side || a->correct != b->correct ||
        a->skipped != b->skipped || a->has_click != b->has_click || a->has_paint != b->has_paint ||
        a->painted_cm2 != b->painted_cm2 || a->npainted != b->npainted || a->nareas != b->nareas)
        return false;
    for (int i = 0; i < a->nareas; i++) {
        int k = 0;
        while (k < b->nareas && b->areas[k] != a->areas[i]) k++;
        if (k == b->nareas || b->verdicts[k] != a->verdicts[i]) return false;
    }
    return true;
}

static void test_facts(void)
{
    char *dir = make_dir();
    Store *s = store_open(dir);
    int64_t p = store_player_ensure(s, "Fay", 1000);
    play_basic(s, p, 5, 1000);
    facts = facts_new(atlas);
    Read r = {0};
    CHECK(stats_answers(s, NULL, read_both, &r) == 5 && r.n == 5);
    for (int i = 0; i < r.n; i++)
        CHECK_MSG(same_facts(&r.v3[i], &r.v2[i]), "answer %d reads differently with and without its stored result", i + 1);
    /* 1 locate: the point it was scored against, in the asked view and side */
    CHECK(r.v3[0].trp && !strcmp(r.v3[0].trp->id, "upper_trapezius_1") && r.v3[0].view == VIEW_POSTERIOR &&
          r.v3[0].side == SIDE_RIGHT && r.v3[0].has_click && r.v3[0].correct);
    /* 2 refer: paint measured, verdicts per area, one of them found */
    CHECK(r.v3[1].has_paint && r.v3[1].painted_cm2 > 10 && r.v3[1].npainted > 0 && r.v3[1].nareas > 0);
    /* 3 identify: a wrong choice, the trigger point shown (hidden from the question text) */
    CHECK(!r.v3[2].correct && r.chosen[2][0] && strcmp(r.chosen[2], "levator_scapulae") && r.v3[2].trp);
    /* 4 name: right; 5 skipped */
    CHECK(r.v3[3].correct && !strcmp(r.chosen[3], "sternocleidomastoid") && r.v3[4].skipped && !r.v3[4].correct);
    facts_free(facts);
    store_close(s);
    remove_dir(dir);
}

/* Paint read in place equals protocol.c's, erasers applied in their place. */
static void test_paint_forms(void)
{
    facts = facts_new(atlas);
    PaintCircle c[6] = {{10, 140, 3, false}, {12, 141, 1, true}, {11, 139, 2, false}, {10, 140, 0.5f, true},
                        {-20, 100, 2, false}, {30, 100, 1, false}};
    for (int n = 1; n <= 6; n++) {
        Answer a = {.view = VIEW_POSTERIOR, .has_paint = true, .circles = c, .ncircles = n};
        char *text = protocol_answer_text(&a);
        ProtocolAnswer *pa = malloc(sizeof *pa);
        char err[128];
        CHECK(text && pa && protocol_parse_answer(text, pa, err, sizeof err) == 0);
        AnswerFacts x;
        FactsInput in = {.kind = "refer", .muscle = "upper_trapezius", .answer = text};
        facts_read(facts, &in, &x);
        CHECK_MSG(x.has_paint && x.paint && !memcmp(x.paint->cells, pa->grids[0].cells, sizeof pa->grids[0].cells),
                  "%d circles: the grids differ (%s)", n, text);
        free(pa);
        free(text);
    }
    /* a form the fast reader does not take still reads (through protocol.c) */
    AnswerFacts x;
    FactsInput in = {.kind = "refer", .muscle = "upper_trapezius",
                     .answer = "{ \"paint\" : { \"circles\" : [ [10, 140, 3] ], \"view\" : \"posterior\" } }"};
    facts_read(facts, &in, &x);
    CHECK(x.has_paint && x.painted_cm2 > 20);
    /* numbers protocol.c refuses are no paint at all, not a disc far away */
    in.answer = "{\"paint\":{\"view\":\"posterior\",\"circles\":[[1e300,140,3]]}}";
    facts_read(facts, &in, &x);
    CHECK(!x.has_paint);
    in.answer = "{\"click\":{\"view\":\"posterior\",\"x\":-1e300,\"y\":140}}";
    facts_read(facts, &in, &x);
    CHECK(!x.has_click);
    /* paint per view: the first view in the text is the one read */
    in.answer = "{\"paint\":{\"views\":{\"anterior\":[[-10,140,3]],"
                "\"posterior\":{\"circles\":[[10,140,3]],\"erase\":[[10,140,1,1]]}}}}";
    facts_read(facts, &in, &x);
    CHECK(x.has_paint && x.paint_view == VIEW_ANTERIOR && x.painted_cm2 > 20 && bodygrid_get(x.paint, (Vec2){-10, 140}));
    in.answer = "{\"paint\":{\"views\":{\"posterior\":{\"circles\":[[10,140,3]],\"erase\":[[10,140,1,1]]}}}}";
    facts_read(facts, &in, &x);
    CHECK(x.has_paint && x.paint_view == VIEW_POSTERIOR && !bodygrid_get(x.paint, (Vec2){10, 140}) &&
          bodygrid_get(x.paint, (Vec2){12, 140}));
    facts_free(facts);
}

/* ---- the report ---- */

static int64_t play_pass_mark(Store *s, const char *name, int right, int64_t seed)
{
    int64_t player = store_player_ensure(s, name, 1000);
    const char *paths[] = {"tests/quiz/records/pass_mark.lua"};
    QuizErrors errors = {0};
    QuizSet *set = quiz_set_load(atlas, paths, 1, &errors);
    quiz_errors_free(&errors);
    if (!set) return -1;
    PlaySetup setup = {.store = s, .player = player, .player_name = name, .seed = (uint64_t)seed};
    char err[256];
    Play *p = play_begin(quiz_set_at(set, 0), &setup, err, sizeof err);
    const Question *q;
    int n = 0;
    while (p && (q = play_question(p))) {
        if (right < 0 && n == -right) break;   /* leave the round here */
        const AtlasTrp *t = visible_trp(q);
        Answer a = {.view = q->view, .has_click = true, .click = t->at[q->side][q->view]};
        if (n >= right && right >= 0) a = (Answer){.skip = true};
        CHECK(play_answer(p, &a, 1000, NULL) == 0);
        n++;
    }
    if (p) play_finish(p, PLAY_END_QUIT);
    play_end(p);
    quiz_set_unload(set);
    return player;
}

static void write_text(const char *path, const char *text)
{
    FILE *f = fopen(path, "w");
    if (f) {
        fputs(text, f);
        fclose(f);
    }
}

static void test_report_merge(void)
{
    char *a = make_dir(), *b = make_dir(), path[256], copy[256], bad[256], newer[256], foreign[256];
    Store *s = store_open(a);
    play_pass_mark(s, "Gus", 8, 1);    /* 80 %, passed */
    play_pass_mark(s, "Gus", 10, 2);   /* 100 %, passed: the best */
    play_pass_mark(s, "Gus", -9, 3);   /* left after 9 right: unfinished, no best, never passed */
    store_close(s);
    s = store_open(b);
    play_pass_mark(s, "hal", 6, 4);    /* 60 %: not passed */
    store_close(s);
    snprintf(path, sizeof path, "%s/scores.sqlite3", a);
    snprintf(copy, sizeof copy, "%s/copy.sqlite3", b);
    char err[256];
    CHECK(store_export(path, copy, err, sizeof err) == 0);
    snprintf(bad, sizeof bad, "%s/bad.sqlite3", b);
    snprintf(newer, sizeof newer, "%s/newer.sqlite3", b);
    snprintf(foreign, sizeof foreign, "%s/notes.txt", b);
    /* damaged: the copy with a page in the middle overwritten */
    char cmd[2048];
    snprintf(cmd, sizeof cmd, "cp %s %s && dd if=/dev/urandom of=%s bs=1024 seek=3 count=4 conv=notrunc 2>/dev/null"
             " && cp %s %s && sqlite3 %s 'PRAGMA user_version = 99'", copy, bad, bad, copy, newer, newer);
    CHECK(system(cmd) == 0);
    write_text(foreign, "name,score\nGus,100\n");

    Report *r = report_new(atlas);
    report_add(r, a);        /* a data folder */
    report_add(r, copy);     /* the same rounds again, exported */
    report_add(r, b);
    report_add(r, bad);
    report_add(r, newer);
    report_add(r, foreign);
    CHECK(report_read(r, NULL) == 3);
    CHECK(r->nstudents == 2 && r->nrounds == 4 && r->duplicates == 3);
    CHECK(r->answers == 10 + 10 + 9 + 10 && r->nquizzes == 1);
    CHECK(r->files[0].ok && r->files[1].ok && r->files[2].ok);
    CHECK(!r->files[3].ok && strstr(r->files[3].why, "damaged"));
    CHECK(!r->files[4].ok && strstr(r->files[4].why, "newer"));
    CHECK(!r->files[5].ok && strstr(r->files[5].why, "not a Trigger Trainer score file"));
    int gus = !strcmp(r->students[0].key, "gus") ? 0 : 1;
    ReportGrade g = report_grade(r, gus, 0);
    CHECK_NEAR(g.best, 100, 1e-9);
    CHECK_NEAR(g.last, 100, 1e-9);   /* the last finished round; the unfinished one is later */
    CHECK(g.rounds == 3 && g.unfinished == 1 && g.passed == 1);
    g = report_grade(r, 1 - gus, 0);
    CHECK(g.rounds == 1 && g.passed == 0);
    CHECK_NEAR(g.best, 60, 1e-9);
    /* the clicks went into the right-side picture of their trigger points */
    int clicks = 0;
    for (int i = 0; i < r->nclicks; i++) clicks += r->clicks[i].n;
    CHECK(clicks == 8 + 10 + 9 + 6);
    /* the gradebook: a header and one row per student */
    char gb[256];
    snprintf(gb, sizeof gb, "%s/gradebook.csv", b);
    FILE *f = fopen(gb, "w");
    CHECK(f && report_write_gradebook(r, f) == 0);
    fclose(f);
    f = fopen(gb, "r");
    char line[512];
    int lines = 0;
    while (f && fgets(line, sizeof line, f)) {
        if (lines == 0) CHECK(!strncmp(line, "student,Test: pass mark: best %,Test: pass mark: last %", 55));
        if (!strncmp(line, "Gus,", 4)) CHECK_STR(line, "Gus,100,100,3,yes\n");
        lines++;
    }
    if (f) fclose(f);
    CHECK(lines == 3);
    report_free(r);
    remove_dir(a);
    remove_dir(b);
}

static void setup(void)
{
    char err[512];
    atlas = atlas_load("assets/atlas", err, sizeof err);
    CHECK_MSG(atlas, "%s", err);
}

static void teardown(void) { atlas_unload(atlas); }

TEST_MAIN(T(setup), T(test_jscan), T(test_facts), T(test_paint_forms), T(test_report_merge), T(teardown))
