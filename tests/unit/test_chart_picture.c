/* A chart's picture as a player sees it, headless (chart_picture.c): what goes over a chart
 * is kept with its picture and the frames after the first are the same pixels; it changes
 * when what it shows changes (another trigger point, the layers) and not when the pointer
 * moves; a part of the screen drawn into a layer (gfx_layer_begin_at) is what the screen
 * would show there, to the pixel, and a part kept (gfx_keep_draw) too; while the wheel turns the last picture is stretched with
 * the trigger point where it belongs, and once the camera rests the chart is what a chart
 * drawn afresh at that camera is. TT_PICTURE_DUMP=DIR writes the frames there to look at. */
#include "test.h"
#include "scene_util.h"
#include "screens/chart.h"
#include "screens/scene_explore_internal.h"
#include "screens/scenes.h"
#include "screens/session.h"
#include "tools/sample.h"
#include "tools/shots.h"
#include "engine/text.h"

#include <stdlib.h>
#include <string.h>

typedef struct Ctx { Session ses; } Ctx;

static bool open_scene(Ctx *c, int w, int h, Scene *(*make)(Game *g, const char *arg), const char *arg)
{
    SessionOptions o = {.width = w, .height = h, .headless = true};
    if (session_open(&c->ses, &o) != 0)
        return false;
    CHECK(sample_setup(&c->ses.game));
    Scene *s = make(&c->ses.game, arg);
    CHECK(s != NULL);
    if (!s) {
        session_close(&c->ses);
        return false;
    }
    app_push(&c->ses.app, s);
    app_apply_pending(&c->ses.app);
    app_update(&c->ses.app, 0);
    return true;
}

static Scene *mk_explore(Game *g, const char *arg) { return scene_explore_new(g, arg); }
static Scene *mk_refer2_reveal(Game *g, const char *arg) { (void)arg; return shot_quiz(g, "refer2", true, true); }
static Scene *mk_locate_reveal(Game *g, const char *arg) { (void)arg; return shot_quiz(g, "locate", true, false); }

static Shot frame(Ctx *c, const char *dump_name)
{
    app_draw(&c->ses.app);
    Shot s = {0};
    s.px = gfx_read_pixels(c->ses.app.gfx, &s.w, &s.h);
    const char *dir = getenv("TT_PICTURE_DUMP");
    if (dir && dump_name) {
        char path[512];
        snprintf(path, sizeof path, "%s/%s-%dx%d.png", dir, dump_name, s.w, s.h);
        gfx_save_png(c->ses.app.gfx, path);
    }
    return s;
}

static void send(Ctx *c, InputEvent e)
{
    e.ms = c->ses.app.now_ms + 20;
    app_dispatch(&c->ses.app, &e);
    app_update(&c->ses.app, 0.016);
}

/* Pixels that differ (any channel) inside r; the whole shot when r is empty. */
static long differ(const Shot *a, const Shot *b, Rect r)
{
    if (!a->px || !b->px || a->w != b->w || a->h != b->h)
        return -1;
    if (r.w <= 0)
        r = (Rect){0, 0, (float)a->w, (float)a->h};
    long n = 0;
    for (int y = (int)r.y; y < (int)(r.y + r.h) && y < a->h; y++)
        for (int x = (int)r.x; x < (int)(r.x + r.w) && x < a->w; x++)
            n += memcmp(a->px + 4 * ((size_t)y * (size_t)a->w + (size_t)x), b->px + 4 * ((size_t)y * (size_t)a->w + (size_t)x), 3) != 0;
    return n;
}

static Chart *explore_chart(Ctx *c)
{
    Scene *s = app_top(&c->ses.app);
    return s && !strcmp(s->name, "explore") ? &((Explore *)s->state)->chart : NULL;
}

static Rect chart_rect(Ctx *c)
{
    const Chart *ch = explore_chart(c);
    return ch ? ch->rect : (Rect){0};
}

/* Frames after the first copy what goes over the chart: the same pixels. Another trigger
 * point draws other zones; the first one's again gives the first picture. The pointer
 * naming what is under it changes the caption only. */
static void test_kept_over(void)
{
    static const int sizes[][2] = {{1280, 720}, {800, 600}};
    for (int k = 0; k < 2; k++) {
        Ctx c;
        if (!open_scene(&c, sizes[k][0], sizes[k][1], mk_explore, "infraspinatus"))
            return;
        Shot first = frame(&c, "explore-first"), second = frame(&c, "explore-second");
        CHECK_MSG(differ(&first, &second, (Rect){0}) == 0, "%dx%d: the second frame differs in %ld px",
                  first.w, first.h, differ(&first, &second, (Rect){0}));
        Rect r = chart_rect(&c);
        send(&c, (InputEvent){.type = EV_KEY_DOWN, .key = KEY_RIGHT});   /* the next trigger point */
        Shot other = frame(&c, "explore-trp2");
        CHECK_MSG(differ(&first, &other, r) > 100, "another trigger point, other zones: %ld px", differ(&first, &other, r));
        send(&c, (InputEvent){.type = EV_KEY_DOWN, .key = KEY_LEFT});
        Shot back = frame(&c, "explore-back");
        CHECK_MSG(differ(&first, &back, (Rect){0}) == 0, "back to the first trigger point: %ld px differ",
                  differ(&first, &back, (Rect){0}));
        send(&c, (InputEvent){.type = EV_KEY_DOWN, .key = KEY_D});   /* the layers shown */
        Shot layers = frame(&c, "explore-layers");
        CHECK(differ(&first, &layers, r) > 100);
        free(first.px);
        free(second.px);
        free(other.px);
        free(back.px);
        free(layers.px);
        session_close(&c.ses);
    }
}

/* A refer reveal in two views (verdict canvases, labels, the legend): the second frame is the
 * first, and so is a locate reveal's. */
static void test_kept_reveals(void)
{
    Scene *(*makes[])(Game *, const char *) = {mk_refer2_reveal, mk_locate_reveal};
    for (int k = 0; k < 2; k++) {
        Ctx c;
        if (!open_scene(&c, 1920, 1080, makes[k], NULL))   /* charts large enough to keep their marks */
            return;
        Shot a = frame(&c, k ? "locate-first" : "refer2-first"), b = frame(&c, NULL);
        CHECK_MSG(differ(&a, &b, (Rect){0}) == 0, "reveal %d: %ld px differ", k, differ(&a, &b, (Rect){0}));
        free(a.px);
        free(b.px);
        session_close(&c.ses);
    }
}

/* Shapes, text and a clip drawn into a layer standing for part of the screen, copied back,
 * give the pixels drawn on the screen itself (the part at odd, fractional places). */
static void draw_sample(Gfx *g)
{
    gfx_clip_push(g, (Rect){33.3f, 21.7f, 250.6f, 170.2f});
    Vec2 poly[] = {{20.2f, 30.7f}, {260.9f, 44.1f}, {180.3f, 200.6f}, {61.5f, 150.2f}};
    gfx_fill_polygon(g, poly, 4, RGBA(200, 40, 40, 120));
    gfx_polyline(g, poly, 4, 1.7f, true, RGBA(20, 20, 90, 230));
    gfx_disc(g, (Vec2){140.4f, 90.6f}, 30.3f, RGBA(40, 160, 60, 150));
    gfx_fill_rect(g, (Rect){100.5f, 120.2f, 80.6f, 20.3f}, RGBA(0, 0, 0, 90));
    text_draw(g, (TextStyle){14, FONT_BOLD, RGB(10, 10, 10)}, 70.4f, 60.6f, ALIGN_LEFT, "Infraspinatus");
    gfx_clip_pop(g);
}

static void test_layer_at_same_pixels(void)
{
    Session ses;
    SessionOptions o = {.width = 400, .height = 300, .headless = true};
    if (session_open(&ses, &o) != 0)
        return;
    Gfx *g = ses.app.gfx;
    gfx_clear(g, RGB(240, 236, 228));
    draw_sample(g);
    Shot direct = {0};
    direct.px = gfx_read_pixels(g, &direct.w, &direct.h);
    gfx_clear(g, RGB(240, 236, 228));
    GfxLayer *l = gfx_layer_create_px(g, 240, 190);
    CHECK(l && gfx_layer_begin_at(g, l, 31, 19));
    gfx_clear(g, RGB(240, 236, 228));
    draw_sample(g);
    gfx_layer_end(g);
    gfx_layer_draw_at(g, l, 31, 19, 0, 0, 240, 190);
    Shot kept = {0};
    kept.px = gfx_read_pixels(g, &kept.w, &kept.h);
    /* the part the layer stands for; beyond it the sample is cut off by the layer */
    CHECK_MSG(differ(&direct, &kept, (Rect){31, 19, 240, 190}) == 0, "%ld px differ",
              differ(&direct, &kept, (Rect){31, 19, 240, 190}));
    /* hashing draws nothing, and names the same drawing the same way */
    uint64_t h1[2], h2[2];
    int drawn1, drawn2;
    gfx_hash_begin(g);
    draw_sample(g);
    CHECK(gfx_hash_end(g, h1, &drawn1));
    gfx_hash_begin(g);
    draw_sample(g);
    CHECK(gfx_hash_end(g, h2, &drawn2));
    CHECK(h1[0] == h2[0] && h1[1] == h2[1] && drawn1 == drawn2 && drawn1 > 4);
    Shot after = {0};
    after.px = gfx_read_pixels(g, &after.w, &after.h);
    CHECK(differ(&kept, &after, (Rect){0}) == 0);
    gfx_layer_destroy(l);
    free(direct.px);
    free(kept.px);
    free(after.px);
    session_close(&ses);
}

/* A kept part of the screen (gfx_keep_draw) is the drawing's pixels, copied while the drawing
 * is the same, drawn again when it changes, and drawn plainly under its size limit. */
typedef struct KeepSample { Color bg; const char *word; } KeepSample;

static void draw_keep_sample(Gfx *g, void *ud)
{
    const KeepSample *k = ud;
    gfx_fill_rect(g, (Rect){0, 0, 400, 300}, k->bg);   /* the background, clipped */
    draw_sample(g);
    text_draw(g, (TextStyle){12, FONT_REGULAR, RGB(90, 20, 20)}, 40.5f, 150.2f, ALIGN_LEFT, k->word);
}

static void test_keep(void)
{
    Session ses;
    SessionOptions o = {.width = 400, .height = 300, .headless = true};
    if (session_open(&ses, &o) != 0)
        return;
    Gfx *g = ses.app.gfx;
    Rect r = {20.5f, 15.3f, 300.2f, 220.6f};
    KeepSample ks = {RGB(240, 236, 228), "kept"};
    gfx_clear(g, RGB(10, 10, 10));
    gfx_clip_push(g, r);
    draw_keep_sample(g, &ks);
    gfx_clip_pop(g);
    Shot direct = {0};
    direct.px = gfx_read_pixels(g, &direct.w, &direct.h);
    GfxKeep k = {0};
    for (int i = 0; i < 2; i++) {   /* drawn into the picture, then copied from it */
        gfx_clear(g, RGB(10, 10, 10));
        gfx_keep_draw(&k, g, r, 0, draw_keep_sample, &ks);
        CHECK(k.ok);
        Shot kept = {0};
        kept.px = gfx_read_pixels(g, &kept.w, &kept.h);
        CHECK_MSG(differ(&direct, &kept, (Rect){0}) == 0, "round %d: %ld px differ", i, differ(&direct, &kept, (Rect){0}));
        free(kept.px);
    }
    uint64_t was[2] = {k.key[0], k.key[1]};
    ks.word = "changed";
    gfx_keep_draw(&k, g, r, 0, draw_keep_sample, &ks);
    CHECK(k.ok && (k.key[0] != was[0] || k.key[1] != was[1]));
    Shot changed = {0};
    changed.px = gfx_read_pixels(g, &changed.w, &changed.h);
    CHECK(differ(&direct, &changed, r) > 10);
    gfx_keep_draw(&k, g, r, GFX_KEEP_MIN_PIXELS, draw_keep_sample, &ks);   /* small: drawn, not kept */
    CHECK(!k.ok && !k.layer);
    free(direct.px);
    free(changed.px);
    session_close(&ses);
}

/* The darkest pixel near p: a trigger point's X is dark ink on a light halo. */
static int darkest_near(const Shot *s, Vec2 p, int r)
{
    int best = 255;
    for (int y = (int)p.y - r; y <= (int)p.y + r; y++)
        for (int x = (int)p.x - r; x <= (int)p.x + r; x++) {
            if (x < 0 || y < 0 || x >= s->w || y >= s->h)
                continue;
            const uint8_t *q = s->px + 4 * ((size_t)y * (size_t)s->w + (size_t)x);
            int lum = (q[0] * 3 + q[1] * 6 + q[2]) / 10;
            best = lum < best ? lum : best;
        }
    return best;
}

/* The wheel turns: the picture is stretched (the trigger point's X stays on its place), the
 * chart is not drawn again until the camera rests, and then it is the very picture a chart
 * drawn afresh at that camera gives. */
static void test_motion(void)
{
    Ctx c;
    if (!open_scene(&c, 1280, 720, mk_explore, "infraspinatus"))
        return;
    Shot before = frame(&c, "zoom-before");
    Chart *ch = explore_chart(&c);
    const AtlasMuscle *m = ch ? atlas_muscle(ch->atlas, "infraspinatus") : NULL;
    CHECK(m && m->trps[0].has_at[SIDE_RIGHT][ch->view]);
    if (!m) {
        session_close(&c.ses);
        return;
    }
    Vec2 trp = m->trps[0].at[SIDE_RIGHT][ch->view];
    Vec2 at = {ch->rect.x + ch->rect.w * 0.4f, ch->rect.y + ch->rect.h * 0.45f};
    for (int i = 0; i < 3; i++)
        send(&c, (InputEvent){.type = EV_WHEEL, .x = at.x, .y = at.y, .dy = 1});
    CHECK(ch->moving);
    Shot moving = frame(&c, "zoom-moving");
    CHECK(ch->moving && ch->pic_zoom != ch->zoom);   /* stretched, not drawn again */
    CHECK(differ(&before, &moving, ch->rect) > 1000);
    Vec2 x = chart_to_screen(ch, trp);
    CHECK_MSG(darkest_near(&moving, x, 2) < 90, "the X while moving at (%.0f, %.0f): %d", x.x, x.y,
              darkest_near(&moving, x, 2));
    app_update(&c.ses.app, CHART_REST_S);   /* the wheel rests */
    CHECK(!ch->moving);
    Shot rested = frame(&c, "zoom-rested");
    CHECK(ch->pic_zoom == ch->zoom);
    CHECK(darkest_near(&rested, x, 2) < 90);
    /* most of the stretched picture is the rested one (nearest pixels, edges aside) */
    long d = differ(&moving, &rested, ch->rect);
    CHECK_MSG(d < (long)(ch->rect.w * ch->rect.h * 0.5f), "stretched and rested pictures differ in %ld px", d);
    chart_invalidate(ch);   /* drawn afresh at the same camera */
    Shot fresh = frame(&c, "zoom-fresh");
    CHECK_MSG(differ(&rested, &fresh, (Rect){0}) == 0, "rested and fresh differ in %ld px", differ(&rested, &fresh, (Rect){0}));
    free(before.px);
    free(moving.px);
    free(rested.px);
    free(fresh.px);
    session_close(&c.ses);
}

/* A quiz's reveal zoomed with the wheel: stretched while it turns (the marks drawn at the
 * camera over it: the chart keeps no layer of them at this size), drawn again at rest, and the
 * rested picture is most of the stretched one. */
static void motion_settles(Scene *(*make)(Game *g, const char *arg), const char *arg, float x, float y, const char *name)
{
    Ctx c;
    if (!open_scene(&c, 1280, 720, make, arg))
        return;
    char dump[64];
    snprintf(dump, sizeof dump, "%s-before", name);
    Shot before = frame(&c, dump);
    for (int i = 0; i < 2; i++)
        send(&c, (InputEvent){.type = EV_WHEEL, .x = x, .y = y, .dy = 1});
    snprintf(dump, sizeof dump, "%s-moving", name);
    Shot moving = frame(&c, dump);
    app_update(&c.ses.app, CHART_REST_S);
    snprintf(dump, sizeof dump, "%s-rested", name);
    Shot rested = frame(&c, dump);
    Shot again = frame(&c, NULL);
    long moved = differ(&before, &moving, (Rect){0}), settled = differ(&moving, &rested, (Rect){0});
    CHECK_MSG(moved > 20000, "%s: the wheel changed %ld px", name, moved);
    CHECK_MSG(settled > 0 && settled < moved, "%s: at rest %ld px changed (the wheel %ld)", name, settled, moved);
    CHECK(differ(&rested, &again, (Rect){0}) == 0);
    free(before.px);
    free(moving.px);
    free(rested.px);
    free(again.px);
    session_close(&c.ses);
}

static void test_motion_quiz(void) { motion_settles(mk_locate_reveal, NULL, 400, 380, "quiz"); }

/* The results screen and the atlas sheets tick their charts as the quiz does. */
static Scene *mk_results(Game *g, const char *arg) { (void)arg; return shot_results(g); }
static Scene *mk_chart(Game *g, const char *arg) { return scene_chart_new(g, arg); }
static void test_motion_results_sheet(void)
{
    motion_settles(mk_results, NULL, 850, 300, "results");
    motion_settles(mk_chart, "posterior", 640, 360, "sheet");
}

TEST_MAIN(T(test_layer_at_same_pixels), T(test_keep), T(test_kept_over), T(test_kept_reveals), T(test_motion),
          T(test_motion_quiz), T(test_motion_results_sheet))
