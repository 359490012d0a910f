/* The play screens headless: every `shot` of the quiz list, the quiz scene (each kind,
 * asked and revealed), the results and the review start is rendered in-process at two
 * sizes with the sample data, checked for content and compared with its golden image
 * (tests/golden/NAME-WxH.png, TT_UPDATE_GOLDEN=1 rewrites them; TT_PLAY_DUMP=DIR writes
 * every render there to look at). Then rounds are driven through the scene's input to
 * check scoring, saving, reveal words, paint undo and the quit / error paths. */
#include "test.h"
#include "scene_util.h"
#include "screens/paint.h"
#include "quiz/reveal_text.h"
#include "tools/shots.h"
#include "screens/scenes.h"
#include "screens/session.h"
#include "tools/sample.h"
#include "store/store.h"
#include "quiz/play.h"

#include <string.h>

#include <sqlite3.h>
#include <math.h>
#include <stdlib.h>

typedef Scene *(*MakeFn)(Game *g);

static Scene *mk_play(Game *g) { return scene_play_new(g); }
static Scene *mk_locate(Game *g) { return shot_quiz(g, "locate", false, false); }
static Scene *mk_locate_reveal(Game *g) { return shot_quiz(g, "locate", true, false); }
static Scene *mk_refer(Game *g) { return shot_quiz(g, "refer", false, true); }
static Scene *mk_refer_reveal(Game *g) { return shot_quiz(g, "refer", true, true); }
static Scene *mk_refer2(Game *g) { return shot_quiz(g, "refer2", false, true); }
static Scene *mk_refer2_reveal(Game *g) { return shot_quiz(g, "refer2", true, true); }
static Scene *mk_identify(Game *g) { return shot_quiz(g, "identify", false, false); }
static Scene *mk_name(Game *g) { return shot_quiz(g, "name", false, false); }
static Scene *mk_palpate(Game *g) { return shot_quiz(g, "palpate", false, false); }
static Scene *mk_palpate_reveal(Game *g) { return shot_quiz(g, "palpate", true, false); }
static Scene *mk_results(Game *g) { return shot_results(g); }
static Scene *mk_results_refer2(Game *g) { return shot_results_refer2(g); }
static Scene *mk_review(Game *g) { return scene_review_new(g); }
static Scene *mk_review_summary(Game *g) { return shot_review_summary(g); }

static Shot render(MakeFn make, const char *name, int w, int h, float ui_scale)
{
    Shot s = {0};
    Session ses;
    setenv("XDG_DATA_HOME", "/nonexistent-tt-xdg", 1);   /* no personal quizzes in the list */
    SessionOptions o = {.width = w, .height = h, .headless = true};
    if (session_open(&ses, &o) != 0)
        return s;
    if (ui_scale > 0) {
        ses.game.settings.ui_scale = ui_scale;
        game_apply_settings(&ses.game);
    }
    CHECK(sample_setup(&ses.game));
    Scene *sc = make(&ses.game);
    CHECK_MSG(sc != NULL, "scene %s not made", name);
    if (sc) {
        app_push(&ses.app, sc);
        app_apply_pending(&ses.app);
        app_update(&ses.app, 0);
        app_draw(&ses.app);
        s.px = gfx_read_pixels(ses.app.gfx, &s.w, &s.h);
        const char *dump = getenv("TT_PLAY_DUMP");
        if (dump) {
            char path[512];
            snprintf(path, sizeof path, "%s/%s-%dx%d%s.png", dump, name, w, h, ui_scale > 1 ? "-big" : "");
            gfx_save_png(ses.app.gfx, path);
        }
    }
    session_close(&ses);
    return s;
}



/* Share of pixels in a rectangle that are close to a colour. */
static double share_near(const Shot *s, Rect r, int cr, int cg, int cb, int tol)
{
    long n = 0, hit = 0;
    for (int y = (int)r.y; y < (int)(r.y + r.h) && y < s->h; y++)
        for (int x = (int)r.x; x < (int)(r.x + r.w) && x < s->w; x++) {
            const uint8_t *p = s->px + 4 * (y * s->w + x);
            n++;
            if (abs(p[0] - cr) <= tol && abs(p[1] - cg) <= tol && abs(p[2] - cb) <= tol) hit++;
        }
    return n ? (double)hit / (double)n : 0;
}

static void check_shot(MakeFn make, const char *name, bool golden)
{
    static const int sizes[][2] = {{1280, 720}, {800, 600}};
    for (int i = 0; i < 2; i++) {
        int w = sizes[i][0], h = sizes[i][1];
        Shot s = render(make, name, w, h, 0);
        CHECK_MSG(s.px != NULL, "%s did not render", name);
        if (!s.px)
            continue;
        CHECK(s.w == w && s.h == h);
        CHECK_MSG(distinct_colours(&s) > 40, "%s at %dx%d looks blank", name, w, h);
        if (golden)
            compare_golden(&s, name, 0.01);
        free(s.px);
    }
}

static void test_play_list(void) { check_shot(mk_play, "play", true); }
static void test_quiz_locate(void) { check_shot(mk_locate, "quiz-locate", true); }
static void test_quiz_locate_reveal(void) { check_shot(mk_locate_reveal, "quiz-locate-reveal", true); }
static void test_quiz_refer(void) { check_shot(mk_refer, "quiz-refer", true); }
static void test_quiz_refer_reveal(void) { check_shot(mk_refer_reveal, "quiz-refer-reveal", true); }
static void test_quiz_refer2(void) { check_shot(mk_refer2, "quiz-refer2", true); }
static void test_quiz_refer2_reveal(void) { check_shot(mk_refer2_reveal, "quiz-refer2-reveal", true); }
static void test_quiz_identify(void) { check_shot(mk_identify, "quiz-identify", true); }

/* The two-view reveal draws every verdict in its colour, on both charts side by side at
 * 1280x720: the found fill, the partly stripes, the missed hatching, the overshoot
 * cross-hatching (the sample answer earns each; the words list them). */
static void test_refer2_verdict_colours(void)
{
    Shot s = render(mk_refer2_reveal, "x", 1280, 720, 0);
    if (!s.px) { CHECK(0); return; }
    Rect charts = {14, 96, 776, 596};
    double found = share_near(&s, charts, 78, 168, 101, 14),
           partly = share_near(&s, charts, 227, 153, 21, 20),
           missed = share_near(&s, charts, 143, 85, 193, 24), over = share_near(&s, charts, 217, 45, 44, 20);
    CHECK_MSG(found > 0.002 && partly > 0.0003 && missed > 0.0003 && over > 0.0002,
              "found %.4f partly %.4f missed %.4f overshoot %.4f", found, partly, missed, over);
    free(s.px);
}
static void test_quiz_name(void) { check_shot(mk_name, "quiz-name", true); }
static void test_quiz_palpate(void) { check_shot(mk_palpate, "quiz-palpate", true); }
static void test_quiz_palpate_reveal(void) { check_shot(mk_palpate_reveal, "quiz-palpate-reveal", true); }
static void test_results(void) { check_shot(mk_results, "results", true); }

/* The results show a two-view refer question again as the quiz revealed it: both views side
 * by side at 1280x720, each with its own paint's verdicts (the side view's found deltoid and
 * missed front of the shoulder, the back view's overshoot). */
static void test_results_refer2(void)
{
    check_shot(mk_results_refer2, "results-refer2", true);
    Shot s = render(mk_results_refer2, "x", 1280, 720, 0);
    if (!s.px) { CHECK(0); return; }
    Rect back = {452, 118, 396, 394}, side = {866, 118, 396, 394};
    double side_found = share_near(&s, side, 78, 168, 101, 14), side_missed = share_near(&s, side, 143, 85, 193, 24),
           back_over = share_near(&s, back, 217, 45, 44, 20);
    CHECK_MSG(side_found > 0.008 && side_missed > 0.0004 && back_over > 0.0002,
              "side: found %.4f missed %.4f; back: overshoot %.4f", side_found, side_missed, back_over);
    free(s.px);
}
/* A refer reveal's legend on the results screen never covers the chart, at any size and
 * with a short round (room under the list) or a long one (a strip under the chart). */
static void test_results_legend_place(void)
{
    static const int sizes[][2] = {{1280, 720}, {800, 600}, {1024, 640}};
    for (int shot = 0; shot < 2; shot++)
        for (int i = 0; i < 3; i++) {
            Session ses;
            SessionOptions o = {.width = sizes[i][0], .height = sizes[i][1], .headless = true};
            if (session_open(&ses, &o) != 0) { CHECK(0); return; }
            CHECK(sample_setup(&ses.game));
            Scene *sc = shot ? shot_results_refer2(&ses.game) : shot_results(&ses.game);
            CHECK(sc != NULL);
            if (sc) {
                app_push(&ses.app, sc);
                app_apply_pending(&ses.app);
                int refer = -1;
                for (int n = 0; n < 12 && refer < 0; n++) {   /* the first refer question */
                    scene_results_select(sc, n);
                    app_draw(&ses.app);
                    Rect leg, chart;
                    if (scene_results_legend(sc, &leg, &chart))
                        refer = n;
                }
                CHECK_MSG(refer >= 0, "no refer reveal with a legend (%dx%d)", sizes[i][0], sizes[i][1]);
                Rect leg, chart;
                scene_results_legend(sc, &leg, &chart);
                const char *dump = getenv("TT_PLAY_DUMP");
                if (dump) {
                    char path[512];
                    snprintf(path, sizeof path, "%s/results-legend%d-%dx%d.png", dump, shot, sizes[i][0], sizes[i][1]);
                    gfx_save_png(ses.app.gfx, path);
                }
                bool apart = leg.y >= chart.y + chart.h || leg.y + leg.h <= chart.y || leg.x >= chart.x + chart.w ||
                             leg.x + leg.w <= chart.x;
                CHECK_MSG(apart, "%dx%d: the legend [%.0f %.0f %.0f %.0f] covers the chart [%.0f %.0f %.0f %.0f]", sizes[i][0],
                          sizes[i][1], leg.x, leg.y, leg.w, leg.h, chart.x, chart.y, chart.w, chart.h);
                CHECK(leg.x >= 0 && leg.y >= 0 && leg.x + leg.w <= (float)sizes[i][0] && leg.y + leg.h <= (float)sizes[i][1]);
                CHECK_MSG(chart.h >= 0.3f * (float)sizes[i][1], "%dx%d: the chart shrank to %.0f", sizes[i][0], sizes[i][1], chart.h);
            }
            session_close(&ses);
        }
}

static void test_review(void)
{
    check_shot(mk_review, "review-preview", true);
    check_shot(mk_review_summary, "review-summary", true);
}

/* Big interface scale and a small window: still renders, and the chart (light) stays. */
static void test_big_scale(void)
{
    Shot s = render(mk_refer_reveal, "quiz-refer-reveal", 800, 600, 2);
    CHECK(s.px != NULL);
    if (s.px) {
        CHECK(distinct_colours(&s) > 40);
        free(s.px);
    }
    s = render(mk_results, "results", 800, 600, 1.5f);
    CHECK(s.px != NULL);
    free(s.px);
    s = render(mk_play, "play", 800, 600, 1.5f);
    CHECK(s.px != NULL);
    free(s.px);
    s = render(mk_identify, "quiz-identify", 800, 600, 1.5f);
    CHECK(s.px != NULL);
    free(s.px);
}

/* The chart background is light and covers a good part of a quiz screen. */
static void test_chart_present(void)
{
    Shot s = render(mk_locate, "quiz-locate", 1280, 720, 0);
    if (!s.px) { CHECK(0); return; }
    double light = share_near(&s, (Rect){20, 100, 700, 560}, 252, 250, 246, 6);
    CHECK_MSG(light > 0.2, "chart background covers %.2f", light);
    free(s.px);
}

static void test_same_pixels_twice(void)
{
    Shot a = render(mk_refer_reveal, "x", 640, 480, 0), b = render(mk_refer_reveal, "x", 640, 480, 0);
    CHECK(a.px && b.px && a.w == b.w && a.h == b.h && !memcmp(a.px, b.px, (size_t)a.w * a.h * 4));
    free(a.px);
    free(b.px);
}

/* ---- paint ---- */

static void test_paint_undo(void)
{
    Paint p;
    paint_init(&p);
    CHECK(paint_empty(&p));
    paint_stroke_begin(&p);
    paint_add(&p, (Vec2){0, 100}, 1, false);
    paint_add(&p, (Vec2){10, 100}, 1, false);   /* gap filled */
    paint_stroke_end(&p);
    CHECK(p.n > 10);
    const BodyGrid *g = paint_grid(&p);
    CHECK(g && bodygrid_get(g, (Vec2){5, 100}));
    int cells = bodygrid_count(g);
    paint_add(&p, (Vec2){5, 100}, 1, true);   /* eraser stroke */
    g = paint_grid(&p);
    CHECK(!bodygrid_get(g, (Vec2){5, 100}) && bodygrid_count(g) < cells);
    CHECK(paint_undo(&p));
    g = paint_grid(&p);
    CHECK(bodygrid_get(g, (Vec2){5, 100}) && bodygrid_count(g) == cells);
    CHECK(paint_undo(&p));
    CHECK(paint_empty(&p) && !paint_undo(&p));
    CHECK(!paint_wipe(&p));   /* nothing to clear: nothing to undo afterwards */

    /* Clear, then undo: the strokes come back (after the ones painted since are undone) */
    paint_add(&p, (Vec2){0, 100}, 1, false);
    paint_add(&p, (Vec2){0, 110}, 1, false);
    int before = p.n;
    unsigned version = p.version;
    CHECK(paint_wipe(&p) && paint_empty(&p) && p.version != version);
    CHECK(bodygrid_count(paint_grid(&p)) == 0);
    paint_add(&p, (Vec2){20, 50}, 1, false);
    CHECK(paint_undo(&p) && paint_empty(&p));   /* the stroke after the Clear */
    CHECK(paint_undo(&p) && p.n == before && p.nstrokes == 2);   /* the Clear */
    g = paint_grid(&p);
    CHECK(bodygrid_get(g, (Vec2){0, 100}) && bodygrid_get(g, (Vec2){0, 110}) &&
          !bodygrid_get(g, (Vec2){20, 50}));
    CHECK(paint_undo(&p) && paint_undo(&p) && !paint_undo(&p));   /* then stroke by stroke */
    paint_add(&p, (Vec2){0, 100}, 1, false);
    CHECK(paint_wipe(&p));
    paint_clear(&p);   /* a new question: the Clear is forgotten */
    CHECK(!paint_undo(&p) && paint_empty(&p));
    paint_free(&p);
}

/* ---- words ---- */

static void test_side_words(void)
{
    Side s;
    CHECK(reveal_side_of(VIEW_ANTERIOR, (Vec2){-10, 120}, &s) && s == SIDE_RIGHT);
    CHECK(reveal_side_of(VIEW_ANTERIOR, (Vec2){10, 120}, &s) && s == SIDE_LEFT);
    CHECK(reveal_side_of(VIEW_POSTERIOR, (Vec2){10, 120}, &s) && s == SIDE_RIGHT);
    CHECK(reveal_side_of(VIEW_POSTERIOR, (Vec2){-10, 120}, &s) && s == SIDE_LEFT);
    CHECK(!reveal_side_of(VIEW_LATERAL_RIGHT, (Vec2){-10, 120}, &s));
}

/* The reveal in words: a wrong-side click is named, the landmarks give distances. */
static void test_reveal_words(void)
{
    char err[512];
    Atlas *a = atlas_load(atlas_default_dir(), err, sizeof err);
    CHECK_MSG(a != NULL, "%s", err);
    const AtlasMuscle *m = a ? atlas_muscle(a, "upper_trapezius") : NULL;
    CHECK(m != NULL && m->ntrps > 0 && m->trps[0].has_at[SIDE_RIGHT][VIEW_POSTERIOR]);
    if (m && m->ntrps > 0 && m->trps[0].has_at[SIDE_RIGHT][VIEW_POSTERIOR]) {
        PlayedQuestion pq;
        memset(&pq, 0, sizeof pq);
        pq.q.kind = QUIZ_LOCATE;
        pq.q.muscle = m;
        pq.q.view = VIEW_POSTERIOR;
        pq.q.side = SIDE_RIGHT;
        pq.q.tolerance = 4;
        Vec2 at = m->trps[0].at[SIDE_RIGHT][VIEW_POSTERIOR];
        pq.has_click = true;
        pq.click_view = VIEW_POSTERIOR;
        pq.click = (Vec2){-at.x, at.y};   /* the mirror image: the client's left in a back view */
        pq.res.verdict = LOCATE_WRONG_SIDE;
        pq.res.nearest = &m->trps[0];
        snprintf(pq.res.feedback, sizeof pq.res.feedback, "Wrong side.");
        char words[2048];
        reveal_text(a, &pq, words, sizeof words);
        CHECK_MSG(strstr(words, "client's LEFT side") && strstr(words, "asks for the RIGHT"), "%s", words);
        CHECK_MSG(strstr(words, "The trigger point lies") && strstr(words, " cm "), "%s", words);
        pq.click = (Vec2){at.x + 2, at.y};
        pq.res.verdict = LOCATE_OK;
        pq.res.distance_cm = 2;
        snprintf(pq.res.feedback, sizeof pq.res.feedback, "2.0 cm from the trigger point.");
        reveal_text(a, &pq, words, sizeof words);
        CHECK_MSG(!strstr(words, "LEFT") && strstr(words, "2.0 cm from"), "%s", words);
    }
    atlas_unload(a);
}

/* ---- rounds driven through the scene ---- */

typedef struct Ctx { Session ses; Game *g; } Ctx;

static bool ctx_open(Ctx *c)
{
    setenv("XDG_DATA_HOME", "/nonexistent-tt-xdg", 1);
    SessionOptions o = {.width = 1280, .height = 720, .headless = true};
    if (session_open(&c->ses, &o) != 0)
        return false;
    c->g = &c->ses.game;
    c->g->quiz_dirs[c->g->nquiz_dirs++] = "tests/quiz/good";
    return sample_setup(c->g);
}

static void send(Ctx *c, EventType t, float x, float y, Key key, int button)
{
    InputEvent e = {.type = t, .x = x, .y = y, .key = key, .button = button, .ms = c->ses.app.now_ms + 500};
    app_dispatch(&c->ses.app, &e);
    app_update(&c->ses.app, 0.016);
    app_draw(&c->ses.app);
}

static void key(Ctx *c, Key k) { send(c, EV_KEY_DOWN, 0, 0, k, 0); }

static void text(Ctx *c, const char *t)
{
    InputEvent e = {.type = EV_TEXT, .ms = c->ses.app.now_ms + 500};
    snprintf(e.text, sizeof e.text, "%s", t);
    app_dispatch(&c->ses.app, &e);
    app_draw(&c->ses.app);
}

static int count_rows(Game *g, const char *sql)
{
    sqlite3_stmt *st;
    int n = -1;
    if (sqlite3_prepare_v2(store_db(game_store(g)), sql, -1, &st, NULL) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
        n = sqlite3_column_int(st, 0);
    sqlite3_finalize(st);
    return n;
}

static void test_round_saved(void)
{
    Ctx c;
    CHECK(ctx_open(&c));
    const Quiz *q = quiz_set_find(game_quizzes(c.g), "test-basic");
    CHECK(q != NULL);
    if (!q) { session_close(&c.ses); return; }
    app_push(&c.ses.app, scene_quiz_new(c.g, q, 7));
    app_apply_pending(&c.ses.app);
    app_draw(&c.ses.app);
    CHECK_STR(app_top(&c.ses.app)->name, "quiz");
    /* skip all five with S, moving on with Enter */
    for (int i = 0; i < 5; i++) {
        key(&c, KEY_S);
        key(&c, KEY_ENTER);
    }
    CHECK_STR(app_top(&c.ses.app)->name, "results");
    CHECK(count_rows(c.g, "SELECT COUNT(*) FROM rounds WHERE quiz_id = 'test-basic' AND ended IS NOT NULL") == 1);
    CHECK(count_rows(c.g, "SELECT COUNT(*) FROM answers a JOIN rounds r ON a.round_id = r.id "
                          "WHERE r.quiz_id = 'test-basic' AND a.answer LIKE '%skip%'") == 5);
    /* play again, answer the first (locate) with the keyboard cursor, then quit; F5 on the
     * way is deferred to the end of the round */
    key(&c, KEY_R);
    CHECK_STR(app_top(&c.ses.app)->name, "quiz");
    key(&c, KEY_F5);
    CHECK(strstr(c.g->toast, "when this round ends") != NULL);
    key(&c, KEY_ENTER);   /* shows the cursor */
    key(&c, KEY_ENTER);   /* an unmoved cursor never answers (Enter pressed twice) */
    CHECK(scene_quiz_asking(app_top(&c.ses.app)) != NULL);
    CHECK_MSG(strstr(c.g->toast, "Move the cursor") != NULL, "toast: %s", c.g->toast);
    key(&c, KEY_RIGHT);
    key(&c, KEY_ENTER);   /* answers at it */
    CHECK(scene_quiz_asking(app_top(&c.ses.app)) == NULL);
    key(&c, KEY_ESCAPE);
    CHECK_STR(app_top(&c.ses.app)->name, "confirm");
    key(&c, KEY_Y);
    CHECK_STR(app_top(&c.ses.app)->name, "results");
    CHECK_MSG(strstr(c.g->toast, "Reloaded") != NULL, "toast: %s", c.g->toast);
    CHECK(count_rows(c.g, "SELECT COUNT(*) FROM rounds WHERE quiz_id = 'test-basic' AND ended IS NOT NULL") == 2);
    CHECK(count_rows(c.g, "SELECT COUNT(*) FROM answers a JOIN rounds r ON a.round_id = r.id "
                          "WHERE r.quiz_id = 'test-basic' AND a.answer LIKE '%click%'") == 1);
    /* a third round by keyboard alone: paint with Space at the cursor, a bigger brush, undo */
    key(&c, KEY_R);
    key(&c, KEY_S);
    key(&c, KEY_ENTER);          /* question 2: refer */
    key(&c, KEY_SPACE);          /* shows the cursor and paints there (2 cm) */
    text(&c, "]");               /* brush 2.5 cm */
    key(&c, KEY_RIGHT);
    key(&c, KEY_SPACE);
    key(&c, KEY_UP);
    key(&c, KEY_SPACE);
    key(&c, KEY_U);              /* takes the last dab back */
    key(&c, KEY_ENTER);          /* submits */
    CHECK(count_rows(c.g, "SELECT COUNT(*) FROM answers a JOIN rounds r ON a.round_id = r.id WHERE "
                          "r.quiz_id = 'test-basic' AND a.kind = 'refer' AND a.answer LIKE '%\"views\":{\"posterior\":[[%,2.0],[%,2.5]]}%'") == 1);
    session_close(&c.ses);
}

static void test_round_error(void)
{
    Ctx c;
    CHECK(ctx_open(&c));
    QuizSet *set = game_quizzes(c.g);
    const Quiz *q = set ? quiz_set_find(set, "test-hook-error") : NULL;
    if (!q) {   /* the fixture's id: the first quiz loaded from hook_error.lua */
        for (int i = 0; set && i < quiz_set_count(set); i++)
            if (strstr(quiz_set_at(set, i)->file, "hook_error.lua")) q = quiz_set_at(set, i);
    }
    CHECK(q != NULL);
    if (!q) { session_close(&c.ses); return; }
    app_push(&c.ses.app, scene_quiz_new(c.g, q, 7));
    app_apply_pending(&c.ses.app);
    for (int i = 0; i < 4 && !strcmp(app_top(&c.ses.app)->name, "quiz"); i++) {
        key(&c, KEY_S);
        if (i == 1 && getenv("TT_PLAY_DUMP")) {   /* the error overlay, to look at */
            char path[512];
            snprintf(path, sizeof path, "%s/quiz-error.png", getenv("TT_PLAY_DUMP"));
            gfx_save_png(c.ses.app.gfx, path);
        }
        key(&c, KEY_ENTER);
    }
    CHECK_STR(app_top(&c.ses.app)->name, "results");
    /* the hook broke on the second answer: both answers kept, the round ended */
    CHECK(count_rows(c.g, "SELECT COUNT(*) FROM rounds WHERE quiz_id = 'test-hook-error' AND ended IS NOT NULL") == 1);
    CHECK(count_rows(c.g, "SELECT COUNT(*) FROM answers a JOIN rounds r ON a.round_id = r.id "
                          "WHERE r.quiz_id = 'test-hook-error'") == 2);
    session_close(&c.ses);
}

/* questions(ctx) fails when the round begins: the error shows, Enter goes to the results. */
static void test_round_begin_error(void)
{
    Ctx c;
    CHECK(ctx_open(&c));
    QuizSet *set = game_quizzes(c.g);
    const Quiz *q = set ? quiz_set_find(set, "test-questions-error") : NULL;
    CHECK(q != NULL);
    if (!q) { session_close(&c.ses); return; }
    app_push(&c.ses.app, scene_quiz_new(c.g, q, 7));
    app_apply_pending(&c.ses.app);
    app_draw(&c.ses.app);
    CHECK_STR(app_top(&c.ses.app)->name, "quiz");
    key(&c, KEY_S);              /* nothing to skip: the error stays up */
    CHECK_STR(app_top(&c.ses.app)->name, "quiz");
    key(&c, KEY_ENTER);
    CHECK_STR(app_top(&c.ses.app)->name, "results");
    session_close(&c.ses);
}

/* The quiz list marks a quiz in which check found errors and lists every problem of the
 * quiz files; P opens the list, Esc closes it before it leaves the screen. */
static void test_quiz_problems(void)
{
    Ctx c;
    CHECK(ctx_open(&c));
    const char *const *items;
    int n = game_quiz_problems(c.g, &items);
    CHECK(game_quiz_fails(c.g, "test-hook-error") && game_quiz_fails(c.g, "test-atlas-write"));
    CHECK(!game_quiz_fails(c.g, "test-basic") && !game_quiz_fails(c.g, "arm-and-forearm"));
    bool hook = false, warning = false;
    for (int i = 0; i < n; i++) {
        hook |= strstr(items[i], "hook_error.lua:12: in on_answer after question 2") != NULL;
        warning |= strstr(items[i], "generated.lua:10: warning: this question is dropped") != NULL;
    }
    CHECK_MSG(hook && warning, "%d problems, first: %s", n, n ? items[0] : "none");
    app_push(&c.ses.app, scene_play_new(c.g));
    app_apply_pending(&c.ses.app);
    app_draw(&c.ses.app);
    key(&c, KEY_P);
    key(&c, KEY_PAGEDOWN);       /* scrolls the problems, not the list */
    key(&c, KEY_ESCAPE);         /* closes them */
    CHECK_STR(app_top(&c.ses.app)->name, "play");
    key(&c, KEY_ESCAPE);
    CHECK_STR(app_top(&c.ses.app)->name, "menu");
    session_close(&c.ses);
}

/* A question's hint, asked for with H, is recorded with the answer and shown in the reveal;
 * a quiz's time_limit_total ends the round with ended_by time_limit. */
static void test_hint_and_round_clock(void)
{
    Ctx c;
    CHECK(ctx_open(&c));
    c.g->quiz_dirs[c.g->nquiz_dirs++] = "tests/quiz/examples";
    game_reload_quizzes(c.g);
    const Quiz *q = quiz_set_find(game_quizzes(c.g), "knee-pain");
    CHECK(q != NULL && q->time_limit_total == 600);
    if (!q) { session_close(&c.ses); return; }
    Scene *s = scene_quiz_new(c.g, q, 3);
    app_push(&c.ses.app, s);
    app_apply_pending(&c.ses.app);
    app_draw(&c.ses.app);
    const Question *asked = scene_quiz_asking(s);
    CHECK(asked && asked->hint[0]);
    char asked_hint[QUIZ_HINT_MAX] = "";
    if (asked) snprintf(asked_hint, sizeof asked_hint, "%s", asked->hint);
    key(&c, KEY_H);
    key(&c, KEY_S);
    PlayLog *log = scene_quiz_take_log(s);   /* ends the round: its record */
    CHECK(log && log->n == 1 && log->items[0].hint_used);
    if (log && log->n == 1) {
        char words[2048];
        reveal_text(game_atlas(c.g), &log->items[0], words, sizeof words);
        CHECK_MSG(strstr(words, "Hint (asked for): ") && strstr(words, asked_hint), "%s", words);
    }
    play_log_free(log);
    app_pop(&c.ses.app);
    app_apply_pending(&c.ses.app);
    s = scene_quiz_new(c.g, q, 3);
    app_push(&c.ses.app, s);
    app_apply_pending(&c.ses.app);
    key(&c, KEY_S);
    key(&c, KEY_ENTER);
    /* the round's ten minutes pass during question 2 */
    InputEvent late = {.type = EV_KEY_DOWN, .key = KEY_LEFT, .ms = c.ses.app.now_ms + 601000};
    app_dispatch(&c.ses.app, &late);
    app_update(&c.ses.app, 0.016);
    CHECK_STR(app_top(&c.ses.app)->name, "results");
    CHECK(count_rows(c.g, "SELECT COUNT(*) FROM rounds WHERE quiz_id = 'knee-pain' AND ended_by = 'time_limit' "
                          "AND finished = 0") == 1);
    session_close(&c.ses);
}

/* The results' words for a round quit early never call it finished, and a round left before
 * any answer says nothing was saved (never "0 of 0"). */
static void test_results_words(void)
{
    Ctx c;
    CHECK(ctx_open(&c));
    const Quiz *q = quiz_set_find(game_quizzes(c.g), "test-basic");
    CHECK(q != NULL);
    PlaySetup offline = {.player_name = "nobody", .seed = 3};
    char err[256], sub[512];
    for (int answered = 0; q && answered < 3; answered += 2) {
        Play *p = play_begin(q, &offline, err, sizeof err);
        CHECK(p != NULL);
        if (!p) break;
        for (int i = 0; i < answered; i++) CHECK(play_skip(p, false, 1, NULL) == 0);
        play_finish(p, PLAY_END_QUIT);
        PlayLog *log = play_log(p);
        log->best_percent = 40;
        scene_results_subtitle(log, "12 s", sub, sizeof sub);
        CHECK_MSG(!strstr(sub, "0 of 0") && !strstr(sub, "finished round") && !strstr(sub, "new best"), "%s", sub);
        if (answered)
            CHECK_MSG(strstr(sub, "unfinished: 2 of 5 answered, quit early") && strstr(sub, "best 40%"), "%s", sub);
        else
            CHECK_MSG(strstr(sub, "nothing was saved") && strstr(sub, "does not count"), "%s", sub);
        play_end(p);
    }
    /* the same round in the game: Esc then Y on the first question shows the plain screen */
    if (q) {
        app_push(&c.ses.app, scene_quiz_new(c.g, q, 7));
        app_apply_pending(&c.ses.app);
        key(&c, KEY_ESCAPE);
        key(&c, KEY_Y);
        CHECK_STR(app_top(&c.ses.app)->name, "results");
        key(&c, KEY_M);   /* no misses: nothing starts */
        CHECK_STR(app_top(&c.ses.app)->name, "results");
    }
    session_close(&c.ses);
}

/* Review from its preview to its summary: Enter starts the batch shown, the summary lists
 * every item asked and "Next batch" opens the preview again while items are still due (the
 * skipped ones are); "See each answer" opens the results; Results -> review my misses. */
static void test_review_loop(void)
{
    Ctx c;
    CHECK(ctx_open(&c));
    app_push(&c.ses.app, scene_menu_new(c.g));
    app_apply_pending(&c.ses.app);
    app_push(&c.ses.app, scene_review_new(c.g));
    app_apply_pending(&c.ses.app);
    app_draw(&c.ses.app);
    CHECK_STR(app_top(&c.ses.app)->name, "review");
    Scene *menu = c.ses.app.stack[0];
    int due = scene_menu_due(menu);
    CHECK(due > PLAY_REVIEW_MAX);
    int before = count_rows(c.g, "SELECT COUNT(*) FROM rounds WHERE quiz_id = 'review'");
    key(&c, KEY_ENTER);
    CHECK_STR(app_top(&c.ses.app)->name, "quiz");
    /* the first half answered well, the rest skipped */
    for (int i = 0; i < 4 * PLAY_REVIEW_MAX && !strcmp(app_top(&c.ses.app)->name, "quiz"); i++) {
        Scene *quiz = app_top(&c.ses.app);
        const Question *q = scene_quiz_asking(quiz);
        if (q && q->n <= PLAY_REVIEW_MAX / 2) shot_quiz_answer(quiz, true);
        else if (q) key(&c, KEY_S);
        if (q && scene_quiz_asking(quiz) == q) key(&c, KEY_S);   /* a paint the sample misses */
        key(&c, KEY_ENTER);
    }
    CHECK_STR(app_top(&c.ses.app)->name, "review-summary");
    CHECK(count_rows(c.g, "SELECT COUNT(*) FROM rounds WHERE quiz_id = 'review' AND finished = 1") == before + 1);
    CHECK(count_rows(c.g, "SELECT COUNT(*) FROM answers a JOIN rounds r ON a.round_id = r.id WHERE r.quiz_id = "
                          "'review'") == PLAY_REVIEW_MAX);
    int good = count_rows(c.g, "SELECT COUNT(*) FROM answers a JOIN rounds r ON a.round_id = r.id WHERE r.quiz_id = "
                               "'review' AND a.score >= 60");
    CHECK(good > 0);
    key(&c, KEY_ENTER);   /* the skipped items are due again: the next batch's preview */
    CHECK_STR(app_top(&c.ses.app)->name, "review");
    key(&c, KEY_ESCAPE);
    CHECK_STR(app_top(&c.ses.app)->name, "menu");
    /* back on the menu, its count is read again: the good answers come back tomorrow */
    CHECK_MSG(scene_menu_due(menu) == due - good, "menu says %d due, want %d - %d", scene_menu_due(menu), due, good);
    /* a quiz round with misses: Results -> review my misses (M) asks them, saved as review */
    const Quiz *q = quiz_set_find(game_quizzes(c.g), "test-basic");
    CHECK(q != NULL);
    if (q) {
        app_push(&c.ses.app, scene_quiz_new(c.g, q, 7));
        app_apply_pending(&c.ses.app);
        for (int i = 0; i < 5; i++) {
            key(&c, KEY_S);
            key(&c, KEY_ENTER);
        }
        CHECK_STR(app_top(&c.ses.app)->name, "results");
        key(&c, KEY_M);
        CHECK_STR(app_top(&c.ses.app)->name, "quiz");
        const Question *asked = scene_quiz_asking(app_top(&c.ses.app));
        CHECK(asked != NULL);
        for (int i = 0; i < 12 && !strcmp(app_top(&c.ses.app)->name, "quiz"); i++) {
            key(&c, KEY_S);
            key(&c, KEY_ENTER);
        }
        CHECK_STR(app_top(&c.ses.app)->name, "review-summary");
        CHECK(count_rows(c.g, "SELECT COUNT(*) FROM rounds WHERE title LIKE 'My misses:%' AND planned = 5") == 1);
        key(&c, KEY_A);
        CHECK_STR(app_top(&c.ses.app)->name, "results");
    }
    session_close(&c.ses);
}

/* A player with no answers yet: a friendly message, and Enter leaves it. */
static void test_review_nothing(void)
{
    char dir[] = "/tmp/tt-play-test-XXXXXX";
    CHECK(mkdtemp(dir) != NULL);
    Session ses;
    setenv("XDG_DATA_HOME", "/nonexistent-tt-xdg", 1);
    SessionOptions o = {.width = 800, .height = 600, .headless = true, .data_dir = dir};
    if (session_open(&ses, &o) != 0) { CHECK(0); return; }
    Scene *s = scene_review_new(&ses.game);
    CHECK(s != NULL);
    if (s) {
        app_push(&ses.app, s);
        app_apply_pending(&ses.app);
        app_draw(&ses.app);
        CHECK_STR(app_top(&ses.app)->name, "review");
        InputEvent e = {.type = EV_KEY_DOWN, .key = KEY_ENTER};
        app_dispatch(&ses.app, &e);
        CHECK(ses.app.depth == 0);
    }
    session_close(&ses);
    char cmd[256];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    CHECK(system(cmd) == 0);
}

/* F1 shows the keys over any screen and closes again; the menu's Quit asks first; the menu
 * reopens on the entry chosen last. */
static void test_help_and_menu(void)
{
    Ctx c;
    CHECK(ctx_open(&c));
    app_push(&c.ses.app, scene_menu_new(c.g));
    app_apply_pending(&c.ses.app);
    key(&c, KEY_F1);
    CHECK_STR(app_top(&c.ses.app)->name, "help");
    CHECK(c.ses.app.depth == 2);
    key(&c, KEY_F1);   /* F1 again closes it, like Esc */
    CHECK_STR(app_top(&c.ses.app)->name, "menu");
    key(&c, KEY_END);
    key(&c, KEY_ENTER);   /* Quit */
    CHECK_STR(app_top(&c.ses.app)->name, "confirm");
    CHECK(!c.ses.app.quit);
    key(&c, KEY_N);
    CHECK_STR(app_top(&c.ses.app)->name, "menu");
    CHECK(!c.ses.app.quit);
    key(&c, KEY_HOME);
    key(&c, KEY_DOWN);
    key(&c, KEY_DOWN);
    key(&c, KEY_ENTER);   /* Explore */
    CHECK_STR(app_top(&c.ses.app)->name, "explore");
    /* the ? button in the top right corner opens the keys too, and the press does not reach the screen */
    Vec2 sz = c.ses.app.size;
    float bx = sz.x - 10 * c.g->theme.scale - 15 * c.g->theme.scale, by = 23 * c.g->theme.scale;
    send(&c, EV_POINTER_DOWN, bx, by, KEY_NONE, BUTTON_LEFT);
    send(&c, EV_POINTER_UP, bx, by, KEY_NONE, BUTTON_LEFT);
    CHECK_STR(app_top(&c.ses.app)->name, "help");
    key(&c, KEY_ESCAPE);
    CHECK_STR(app_top(&c.ses.app)->name, "explore");
    key(&c, KEY_ESCAPE);
    CHECK_STR(app_top(&c.ses.app)->name, "menu");
    CHECK(c.g->menu_focus == 2);   /* Explore, where the menu opens again */
    key(&c, KEY_END);
    key(&c, KEY_ENTER);
    key(&c, KEY_Y);       /* now quit */
    CHECK(c.ses.app.quit);
    session_close(&c.ses);
}

/* Progress's "Practise next": Enter on the first row starts a drill on that muscle, saved
 * under drill:MUSCLE; back from its results, Progress shows again. */
static void test_progress_drill(void)
{
    Ctx c;
    CHECK(ctx_open(&c));
    app_push(&c.ses.app, scene_progress_new(c.g));
    app_apply_pending(&c.ses.app);
    app_draw(&c.ses.app);
    key(&c, KEY_ENTER);
    CHECK_STR(app_top(&c.ses.app)->name, "quiz");
    const Question *q = scene_quiz_asking(app_top(&c.ses.app));
    CHECK(q != NULL && q->kind == QUIZ_LOCATE);
    char want[160] = "";
    if (q) snprintf(want, sizeof want, "SELECT COUNT(*) FROM answers a JOIN rounds r ON a.round_id = r.id "
                                       "WHERE r.quiz_id = 'drill:%s' AND a.muscle = '%s'", q->muscle->id, q->muscle->id);
    key(&c, KEY_S);
    key(&c, KEY_ESCAPE);
    key(&c, KEY_Y);
    CHECK_STR(app_top(&c.ses.app)->name, "results");
    CHECK(want[0] && count_rows(c.g, want) == 1);
    key(&c, KEY_ESCAPE);
    CHECK_STR(app_top(&c.ses.app)->name, "progress");
    session_close(&c.ses);
}

/* + and - zoom about the keyboard cursor, and the view follows the cursor to the chart's edge. */
static void test_keyboard_zoom(void)
{
    Ctx c;
    CHECK(ctx_open(&c));
    app_push(&c.ses.app, shot_quiz(c.g, "locate", false, false));
    app_apply_pending(&c.ses.app);
    app_draw(&c.ses.app);
    Scene *q = app_top(&c.ses.app);
    Vec2 at, before;
    Rect r;
    key(&c, KEY_RIGHT);   /* shows the cursor */
    CHECK(scene_quiz_cursor(q, &at, &r));
    InputEvent up = {.type = EV_KEY_DOWN, .key = KEY_UP, .mods = MOD_SHIFT};
    for (int i = 0; i < 6; i++) {   /* 30 cm up, towards the neck */
        up.ms = c.ses.app.now_ms + 100;
        app_dispatch(&c.ses.app, &up);
    }
    scene_quiz_cursor(q, &before, &r);
    for (int i = 0; i < 6; i++)
        key(&c, KEY_PLUS);
    scene_quiz_cursor(q, &at, &r);
    CHECK_MSG(fabsf(at.x - before.x) < 1 && fabsf(at.y - before.y) < 1, "the cursor stays put on screen: (%.1f, %.1f) -> (%.1f, %.1f)",
              before.x, before.y, at.x, at.y);
    for (int i = 0; i < 40; i++) {   /* far up, past the top of the zoomed view */
        up.ms = c.ses.app.now_ms + 100;
        app_dispatch(&c.ses.app, &up);
        scene_quiz_cursor(q, &at, &r);
        CHECK_MSG(ui_hit(r, at.x, at.y), "step %d: the cursor (%.1f, %.1f) left the chart", i, at.x, at.y);
    }
    session_close(&c.ses);
}

TEST_MAIN(T(test_keyboard_zoom), T(test_progress_drill), T(test_help_and_menu), T(test_paint_undo), T(test_side_words), T(test_reveal_words), T(test_play_list), T(test_quiz_locate), T(test_quiz_locate_reveal),
          T(test_quiz_refer), T(test_quiz_refer_reveal), T(test_quiz_refer2), T(test_quiz_refer2_reveal),
          T(test_refer2_verdict_colours), T(test_results_refer2), T(test_results_legend_place), T(test_quiz_identify), T(test_quiz_name),
          T(test_quiz_palpate), T(test_quiz_palpate_reveal), T(test_results),
          T(test_review), T(test_big_scale), T(test_chart_present), T(test_same_pixels_twice), T(test_round_saved),
          T(test_round_error), T(test_round_begin_error), T(test_review_nothing), T(test_results_words), T(test_review_loop),
          T(test_quiz_problems),
          T(test_hint_and_round_clock))
