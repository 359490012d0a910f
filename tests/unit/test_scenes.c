/* Headless scenes: each screen rendered in-process with the offscreen driver and the
 * software renderer, checked for size and content, and compared with its golden image
 * (tests/golden/NAME-WxH.png) within a tolerance. TT_UPDATE_GOLDEN=1 rewrites the goldens
 * after a deliberate change (look at them before committing). */
#include "test.h"
#include "scene_util.h"
#include "screens/session.h"
#include "tools/sample.h"
#include "tools/shots.h"

#include <stdio.h>
#include <stdlib.h>


static Shot render(const char *scene, int w, int h)
{
    Shot s = {0};
    Session ses;
    SessionOptions o = {.width = w, .height = h, .headless = true};
    if (session_open(&ses, &o) != 0)
        return s;
    CHECK(sample_setup(&ses.game));
    const char *arg = "";
    const ShotEntry *e = shot_find(scene, &arg);
    CHECK_MSG(e != NULL, "no scene %s", scene);
    if (e)
        app_push(&ses.app, e->make(&ses.game, arg));
    app_apply_pending(&ses.app);
    app_draw(&ses.app);
    s.px = gfx_read_pixels(ses.app.gfx, &s.w, &s.h);
    session_close(&ses);
    return s;
}


/* Counts pixels in a rectangle that are dark (text) and light (panels). */
static void count_region(const Shot *s, int x0, int y0, int x1, int y1, int *dark, int *light)
{
    *dark = *light = 0;
    for (int y = y0; y < y1 && y < s->h; y++)
        for (int x = x0; x < x1 && x < s->w; x++) {
            const uint8_t *p = s->px + 4 * (y * s->w + x);
            int lum = (p[0] * 3 + p[1] * 6 + p[2]) / 10;
            if (lum < 80) (*dark)++;
            if (lum > 200) (*light)++;
        }
}


static void check_scene(const char *name, int w, int h)
{
    Shot s = render(name, w, h);
    CHECK_MSG(s.px != NULL, "scene %s did not render", name);
    if (!s.px)
        return;
    CHECK(s.w == w && s.h == h);
    CHECK_MSG(distinct_colours(&s) > 40, "scene %s looks blank", name);
    compare_golden(&s, name, 0.005);
    if (!strcmp(name, "menu")) {
        /* the first entry ("Play") is a light panel with dark text near the top middle */
        int dark, light;
        count_region(&s, w / 2 - 200, h / 5, w / 2 + 200, h / 5 + h / 8, &dark, &light);
        CHECK_MSG(light > 5000 && dark > 80, "menu entry missing (light %d, dark %d)", light, dark);
    }
    if (!strcmp(name, "title")) {
        int dark, light;   /* the title text is light on a dark background, left half */
        count_region(&s, 0, 0, w / 2, h, &dark, &light);
        CHECK_MSG(light > 3000 && dark > w * h / 4, "title text missing (light %d, dark %d)", light, dark);
    }
    free(s.px);
}

static void test_title(void) { check_scene("title", 1280, 720); check_scene("title", 800, 600); }
static void test_menu(void) { check_scene("menu", 1280, 720); check_scene("menu", 800, 600); }

/* The lead's screens: every one at two sizes. */
static void test_screens(void)
{
    static const char *const scenes[] = {"players", "settings", "explore", "explore:infraspinatus",
                                         "symptom", "progress", "review", "quiz:identify-reveal",
                                         "quiz:name-reveal", "help"};
    for (size_t i = 0; i < sizeof scenes / sizeof scenes[0]; i++) {
        check_scene(scenes[i], 1280, 720);
        check_scene(scenes[i], 800, 600);
    }
}

/* Atlas sheets: the four whole-body views, the regional ones and the muscles the atlas issue names. */
static void test_sheets(void)
{
    static const char *const scenes[] = {"chart:anterior", "chart:posterior", "chart:lateral_right",
                                         "chart:lateral_left", "chart:foot_plantar", "chart:leg_medial",
                                         "chart:hand_palmar", "chart:hand_dorsal", "muscle:upper_trapezius",
                                         "muscle:infraspinatus", "muscle:gluteus_minimus"};
    for (size_t i = 0; i < sizeof scenes / sizeof scenes[0]; i++) {
        check_scene(scenes[i], 1280, 720);
        check_scene(scenes[i], 800, 600);
    }
}

static void test_same_pixels_twice(void)
{
    Shot a = render("menu", 640, 480), b = render("menu", 640, 480);
    CHECK(a.px && b.px && a.w == b.w && a.h == b.h && !memcmp(a.px, b.px, (size_t)a.w * a.h * 4));
    free(a.px);
    free(b.px);
}

/* A big interface scale never makes a small window cut text off: the window caps it. */
static void test_scale_capped_by_window(void)
{
    int sizes[2][2] = {{800, 600}, {1920, 1080}};
    float want[2] = {1.25f, 2.0f};
    for (int i = 0; i < 2; i++) {
        Session ses;
        SessionOptions o = {.width = sizes[i][0], .height = sizes[i][1], .headless = true, .data_dir = "/nonexistent-tt"};
        if (session_open(&ses, &o) != 0) { CHECK(0); continue; }
        ses.game.settings.ui_scale = 2;
        game_apply_settings(&ses.game);
        CHECK_NEAR(ses.game.theme.scale, want[i], 1e-3);
        session_close(&ses);
    }
}

/* Images through SDL_image: the application icon loads, has its size and draws. */
static void test_image(void)
{
    Session ses;
    SessionOptions o = {.width = 320, .height = 240, .headless = true, .data_dir = "/nonexistent-tt"};
    if (session_open(&ses, &o) != 0) { CHECK(0); return; }
    GfxImage *img = gfx_image_load(ses.app.gfx, "assets/icons/trigger-trainer.png");
    CHECK(img != NULL);
    Vec2 sz = gfx_image_size(img);
    CHECK(sz.x == 256 && sz.y == 256);
    gfx_clear(ses.app.gfx, RGB(255, 255, 255));
    gfx_image_draw(ses.app.gfx, img, (Rect){0, 0, 240, 240}, 1);
    int w, h;
    uint8_t *px = gfx_read_pixels(ses.app.gfx, &w, &h);
    CHECK(px != NULL);
    if (px) {   /* the centre of the icon is its red zone */
        const uint8_t *c = px + 4 * (120 * w + 100);
        CHECK_MSG(c[0] > 150 && c[1] < 100 && c[2] < 100, "centre pixel %d,%d,%d", c[0], c[1], c[2]);
    }
    free(px);
    gfx_image_unload(img);
    CHECK(gfx_image_load(ses.app.gfx, "assets/icons/no-such.png") == NULL);
    session_close(&ses);
}

/* A canvas (gfx_canvas_*) reads back as written: fresh it is transparent, a part written and
 * marked changed shows while the rest keeps what was written before, and a draw of a part
 * copies that part only. (In software its pixels live in the texture itself.) */
static uint8_t *canvas_frame(Gfx *g, GfxCanvas *c, int x, int y, int w, int h, int *pw)
{
    int ph;
    gfx_clear(g, RGB(255, 255, 255));
    gfx_canvas_draw(g, c, (Vec2){10, 20}, x, y, w, h);
    return gfx_read_pixels(g, pw, &ph);
}

static bool pixel_is(const uint8_t *px, int w, int x, int y, int r, int gr, int b)
{
    const uint8_t *p = px + 4 * (y * w + x);
    return p[0] == r && p[1] == gr && p[2] == b;
}

static void test_canvas(void)
{
    Session ses;
    SessionOptions o = {.width = 160, .height = 120, .headless = true, .data_dir = "/nonexistent-tt"};
    if (session_open(&ses, &o) != 0) { CHECK(0); return; }
    Gfx *g = ses.app.gfx;
    GfxCanvas *c = gfx_canvas_create(g, 60, 40);
    CHECK(c != NULL && gfx_canvas_pixels(c) != NULL);
    if (!c) { session_close(&ses); return; }
    int w;
    uint8_t *px = canvas_frame(g, c, 0, 0, 60, 40, &w);
    CHECK(px && pixel_is(px, w, 10, 20, 255, 255, 255) && pixel_is(px, w, 69, 59, 255, 255, 255));
    free(px);
    uint32_t *cp = gfx_canvas_pixels(c);
    for (int y = 0; y < 40; y++)   /* left half opaque red, right half opaque blue */
        for (int x = 0; x < 60; x++)
            cp[y * 60 + x] = x < 30 ? 0xffff0000u : 0xff0000ffu;
    gfx_canvas_changed(c, 0, 0, 60, 40);
    px = canvas_frame(g, c, 0, 0, 60, 40, &w);
    CHECK(px && pixel_is(px, w, 10, 20, 255, 0, 0) && pixel_is(px, w, 69, 59, 0, 0, 255));
    CHECK(px && pixel_is(px, w, 9, 20, 255, 255, 255) && pixel_is(px, w, 70, 59, 255, 255, 255));
    free(px);
    for (int y = 10; y < 20; y++)   /* a green band in part of it, half transparent */
        for (int x = 5; x < 15; x++)
            cp[y * 60 + x] = 0x8000ff00u;
    gfx_canvas_changed(c, 5, 10, 10, 10);
    px = canvas_frame(g, c, 0, 0, 60, 40, &w);
    const uint8_t *q = px ? px + 4 * (35 * w + 20) : NULL;   /* canvas (10, 15): half green on white */
    CHECK_MSG(q && q[0] > 100 && q[0] < 150 && q[1] > 240 && q[2] > 100 && q[2] < 150, "blended %d,%d,%d",
              q ? q[0] : -1, q ? q[1] : -1, q ? q[2] : -1);
    CHECK(px && pixel_is(px, w, 10, 20, 255, 0, 0) && pixel_is(px, w, 69, 59, 0, 0, 255));
    free(px);
    px = canvas_frame(g, c, 40, 0, 20, 40, &w);   /* the right part only */
    CHECK(px && pixel_is(px, w, 10, 20, 255, 255, 255) && pixel_is(px, w, 50, 20, 0, 0, 255));
    free(px);
    gfx_canvas_destroy(c);
    session_close(&ses);
}

/* One font per face serves every size (engine/text.c): a string drawn after other sizes were
 * drawn and measured has the pixels and the metrics it has in a fresh session. */
static uint8_t *text_frame(bool others, float *line, Vec2 *size)
{
    Session ses;
    SessionOptions o = {.width = 240, .height = 80, .headless = true, .data_dir = "/nonexistent-tt"};
    if (session_open(&ses, &o) != 0)
        return NULL;
    Gfx *g = ses.app.gfx;
    TextStyle st = {15, FONT_REGULAR, RGB(30, 60, 90)};
    if (others) {
        TextStyle big = {26, FONT_REGULAR, RGB(0, 0, 0)}, bold = {11, FONT_BOLD, RGB(0, 0, 0)};
        text_draw(g, big, 0, 0, ALIGN_LEFT, "Upper trapezius");
        text_draw(g, bold, 0, 30, ALIGN_LEFT, "Upper trapezius");
        text_measure(g, (TextStyle){19, FONT_REGULAR, RGB(0, 0, 0)}, "Levator scapulae");
        text_draw(g, st, 0, 50, ALIGN_LEFT, "Trigger point 1");   /* cached in another colour */
        st.color = RGB(200, 40, 40);
    } else {
        st.color = RGB(200, 40, 40);
    }
    gfx_clear(g, RGB(255, 255, 255));
    *size = text_draw(g, st, 10, 20, ALIGN_LEFT, "Trigger point 1, Ä fi");
    *line = text_line_height(g, st);
    int w, h;
    uint8_t *px = gfx_read_pixels(g, &w, &h);
    session_close(&ses);
    return px;
}

static void test_text_sizes(void)
{
    float l1, l2;
    Vec2 s1, s2;
    uint8_t *a = text_frame(false, &l1, &s1), *b = text_frame(true, &l2, &s2);
    CHECK(a && b);
    CHECK(l1 == l2 && s1.x == s2.x && s1.y == s2.y && s1.x > 50);
    CHECK_MSG(a && b && !memcmp(a, b, 240 * 80 * 4), "the string's pixels differ after other sizes");
    free(a);
    free(b);
}

/* The text cache holds a quarter of the window's pixels in strings (engine/text.c), but never
 * drops a string the frame being drawn has drawn: 40 strings that together pass the budget
 * all stay until the frame is presented; the next frame's 40 others push them out. */
static void draw_strings(Gfx *g, int first, int n)
{
    char s[64];
    for (int i = first; i < first + n; i++) {
        snprintf(s, sizeof s, "string number %d of the text cache test", i);
        text_draw(g, (TextStyle){14, FONT_REGULAR, RGB(0, 0, 0)}, 0, (float)(i % 12) * 20, ALIGN_LEFT, s);
    }
}

static void test_text_cache(void)
{
    Session ses;
    SessionOptions o = {.width = 320, .height = 240, .headless = true, .data_dir = "/nonexistent-tt"};
    if (session_open(&ses, &o) != 0) { CHECK(0); return; }
    Gfx *g = ses.app.gfx;
    int before = text_cache_count(g);
    draw_strings(g, 0, 40);   /* about 40 x 300 x 17 x 4 bytes: over 320 x 240 */
    CHECK_MSG(text_cache_count(g) == before + 40, "%d strings cached", text_cache_count(g) - before);
    platform_present(ses.app.platform);
    draw_strings(g, 40, 40);
    int n = text_cache_count(g);
    CHECK_MSG(n == 40, "%d strings cached after the second frame", n);   /* only this frame's */
    draw_strings(g, 40, 40);   /* all still there: none rendered (and cached) again */
    CHECK(text_cache_count(g) == n);
    platform_present(ses.app.platform);
    session_close(&ses);
}

TEST_MAIN(T(test_image), T(test_text_cache), T(test_text_sizes), T(test_canvas),
          T(test_scale_capped_by_window), T(test_title), T(test_menu), T(test_screens), T(test_sheets), T(test_same_pixels_twice))
