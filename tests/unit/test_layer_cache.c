/* Chart pictures kept between runs (engine/gfx_cache.c): a kept picture is the drawn one to
 * the byte, kept or drawn alike; a damaged or foreign file is drawn again and rewritten; a
 * different drawing or size is another picture; a layer with text is never kept; a chart the
 * player zooms or pans is drawn, not kept (a screen's own framing is); and with no folder
 * nothing is written. */
#include "test.h"
#include "screens/session.h"
#include "tools/sample.h"
#include "tools/shots.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static char dir[512];

typedef struct Shot { uint8_t *px; int w, h; } Shot;

/* The scene drawn in a fresh session (as a new run of the game would), read back. */
static Shot render(const char *scene, const char *cache)
{
    Shot s = {0};
    setenv("TT_CACHE_DIR", cache, 1);
    Session ses;
    SessionOptions o = {.width = 900, .height = 640, .headless = true};
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

static bool same(const Shot *a, const Shot *b)
{
    return a->px && b->px && a->w == b->w && a->h == b->h && !memcmp(a->px, b->px, (size_t)a->w * a->h * 4);
}

/* The .layer files in the folder: how many, and the first one's path. */
static int layer_files(char *first, size_t len)
{
    int n = 0;
    DIR *d = opendir(dir);
    struct dirent *e;
    while (d && (e = readdir(d))) {
        size_t l = strlen(e->d_name);
        if (l > 6 && !strcmp(e->d_name + l - 6, ".layer")) {
            if (!n && first)
                snprintf(first, len, "%s/%s", dir, e->d_name);
            n++;
        }
    }
    if (d)
        closedir(d);
    return n;
}

static void empty_dir(void)
{
    DIR *d = opendir(dir);
    struct dirent *e;
    while (d && (e = readdir(d))) {
        if (e->d_name[0] == '.')
            continue;
        char path[1024];
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        unlink(path);
    }
    if (d)
        closedir(d);
}

static void test_kept_is_drawn(void)
{
    empty_dir();
    Shot drawn = render("chart:posterior", "");
    CHECK(layer_files(NULL, 0) == 0);   /* no folder: nothing kept */
    Shot first = render("chart:posterior", dir);
    CHECK(layer_files(NULL, 0) == 1);
    Shot kept = render("chart:posterior", dir);
    CHECK(layer_files(NULL, 0) == 1);
    CHECK_MSG(same(&drawn, &first), "drawing while keeping changed the picture");
    CHECK_MSG(same(&drawn, &kept), "the kept picture is not the drawn one");
    /* another view is another picture */
    Shot front = render("chart:anterior", dir);
    CHECK(layer_files(NULL, 0) == 2);
    CHECK(!same(&front, &drawn));
    free(drawn.px);
    free(first.px);
    free(kept.px);
    free(front.px);
}

/* Overwrites n bytes at offset (from the end when offset < 0) of the file. */
static void damage(const char *path, long offset, const char *bytes, size_t n)
{
    FILE *f = fopen(path, "r+b");
    CHECK(f != NULL);
    if (!f)
        return;
    fseek(f, offset, offset < 0 ? SEEK_END : SEEK_SET);
    fwrite(bytes, 1, n, f);
    fclose(f);
}

static void test_damaged_is_drawn_again(void)
{
    empty_dir();
    Shot drawn = render("chart:posterior", "");
    free(render("chart:posterior", dir).px);
    char path[1024];
    CHECK(layer_files(path, sizeof path) == 1);
    struct stat good;
    CHECK(stat(path, &good) == 0);
    const char *cases[] = {"pixels", "magic", "short", "empty"};
    for (int i = 0; i < 4; i++) {
        if (i == 0) damage(path, -100, "\x01\x02\x03\x04", 4);      /* checksum no longer agrees */
        if (i == 1) damage(path, 0, "XXXX", 4);
        if (i == 2) CHECK(truncate(path, good.st_size / 2) == 0);
        if (i == 3) CHECK(truncate(path, 0) == 0);
        Shot again = render("chart:posterior", dir);
        CHECK_MSG(same(&drawn, &again), "a damaged file (%s) changed the picture", cases[i]);
        struct stat st;
        CHECK_MSG(stat(path, &st) == 0 && st.st_size == good.st_size, "the file (%s) was not rewritten", cases[i]);
        Shot kept = render("chart:posterior", dir);
        CHECK(same(&drawn, &kept));
        free(again.px);
        free(kept.px);
    }
    free(drawn.px);
}

/* Probes a layer with a red or blue square, and maybe text, as chart_draw would. */
static bool probe(Gfx *g, GfxLayer *l, Color c, bool text)
{
    bool kept = false;
    if (gfx_layer_probe_begin(g, l)) {
        gfx_clear(g, RGBA(255, 255, 255, 255));
        gfx_fill_rect(g, (Rect){10, 10, 50, 50}, c);
        if (text)
            text_draw(g, (TextStyle){.size = 14, .color = RGBA(0, 0, 0, 255)}, 5, 5, 0, "Trapezius");
        kept = gfx_layer_probe_end(g, l);
    }
    if (!kept && gfx_layer_begin(g, l)) {
        do {
            gfx_clear(g, RGBA(255, 255, 255, 255));
            gfx_fill_rect(g, (Rect){10, 10, 50, 50}, c);
            if (text)
                text_draw(g, (TextStyle){.size = 14, .color = RGBA(0, 0, 0, 255)}, 5, 5, 0, "Trapezius");
        } while (gfx_layer_end(g));
    }
    gfx_layer_draw(g, l, (Vec2){0, 0});
    return kept;
}

static void test_what_is_kept(void)
{
    empty_dir();
    setenv("TT_CACHE_DIR", dir, 1);
    Session ses;
    SessionOptions o = {.width = 400, .height = 300, .headless = true};
    if (session_open(&ses, &o) != 0) {
        CHECK(false);
        return;
    }
    Gfx *g = ses.app.gfx;
    GfxLayer *l = gfx_layer_create(g, 120, 90, 2);
    CHECK(!probe(g, l, RGBA(200, 0, 0, 255), false));
    CHECK(layer_files(NULL, 0) == 1);
    CHECK(probe(g, l, RGBA(200, 0, 0, 255), false));    /* the same drawing: found */
    CHECK(!probe(g, l, RGBA(0, 0, 200, 255), false));   /* another colour: another picture */
    CHECK(layer_files(NULL, 0) == 2);
    CHECK(!probe(g, l, RGBA(200, 0, 0, 255), true));    /* with text: never kept */
    CHECK(!probe(g, l, RGBA(200, 0, 0, 255), true));
    CHECK(layer_files(NULL, 0) == 2);
    GfxLayer *big = gfx_layer_create(g, 130, 90, 2);     /* another size: another picture */
    CHECK(!probe(g, big, RGBA(200, 0, 0, 255), false));
    CHECK(layer_files(NULL, 0) == 3);
    gfx_layer_destroy(big);
    gfx_layer_destroy(l);
    session_close(&ses);
}

static void test_moved_chart_not_kept(void)
{
    empty_dir();
    setenv("TT_CACHE_DIR", dir, 1);
    Session ses;
    SessionOptions o = {.width = 700, .height = 600, .headless = true};
    if (session_open(&ses, &o) != 0) {
        CHECK(false);
        return;
    }
    Chart c;
    chart_init(&c, game_atlas(&ses.game), VIEW_POSTERIOR);
    chart_set_rect(&c, (Rect){0, 0, 400, 500});
    const ChartPalette p = ses.game.chart;
    chart_draw(&c, ses.app.gfx, &p);
    CHECK(layer_files(NULL, 0) == 1);
    chart_zoom_at(&c, (Vec2){200, 200}, 2);
    chart_draw(&c, ses.app.gfx, &p);
    chart_pan(&c, 10, 10);
    chart_draw(&c, ses.app.gfx, &p);
    CHECK(layer_files(NULL, 0) == 1);
    /* framed by a screen (as a reveal frames its zone): kept */
    chart_fit(&c);
    c.zoom = 2.5f;
    c.centre = (Vec2){8, 140};
    c.layer_ok = false;
    chart_draw(&c, ses.app.gfx, &p);
    CHECK(layer_files(NULL, 0) == 2);
    chart_free(&c);
    session_close(&ses);
}

/* A chart's picture drawn in bands of rows (gfx_texture.c) is the picture drawn whole, pixel
 * for pixel: fitted, and zoomed in so that shapes cross many bands; bands of 10 rows (cut
 * to 10 at 2x), of 33 (cut to 32) and the default. */
static Shot chart_shot(long band_bytes, float zoom)
{
    Shot s = {0};
    Session ses;
    SessionOptions o = {.width = 500, .height = 560, .headless = true};
    if (session_open(&ses, &o) != 0)
        return s;
    gfx_layer_cache_dir(ses.app.gfx, NULL);
    gfx_layer_band_bytes(ses.app.gfx, band_bytes);
    Chart c;
    chart_init(&c, game_atlas(&ses.game), VIEW_POSTERIOR);
    chart_set_rect(&c, (Rect){20, 10, 400, 500});
    if (zoom > 1)
        chart_zoom_at(&c, (Vec2){200, 160}, zoom);
    const ChartPalette p = ses.game.chart;
    gfx_clear(ses.app.gfx, RGB(0, 0, 0));
    chart_draw(&c, ses.app.gfx, &p);
    s.px = gfx_read_pixels(ses.app.gfx, &s.w, &s.h);
    chart_free(&c);
    session_close(&ses);
    return s;
}

static void test_bands_same_pixels(void)
{
    const float zooms[] = {1, 3.5f};
    for (int z = 0; z < 2; z++) {
        Shot whole = chart_shot(-1, zooms[z]);
        CHECK(whole.px != NULL);
        const long bands[] = {800 * 4 * 10, 800 * 4 * 33, 0};
        for (int b = 0; b < 3; b++) {
            Shot banded = chart_shot(bands[b], zooms[z]);
            CHECK_MSG(same(&whole, &banded), "bands of %ld bytes, zoom %.1f: other pixels", bands[b],
                      zooms[z]);
            free(banded.px);
        }
        free(whole.px);
    }
}

int main(void)
{
    const char *tmp = getenv("TMPDIR");
    snprintf(dir, sizeof dir, "%s/tt-layer-cache-XXXXXX", tmp && *tmp ? tmp : "/tmp");
    if (!mkdtemp(dir)) {
        fprintf(stderr, "no scratch folder\n");
        return 1;
    }
    static const TestCase cases[] = {
        {"kept_is_drawn", test_kept_is_drawn},
        {"damaged_is_drawn_again", test_damaged_is_drawn_again},
        {"what_is_kept", test_what_is_kept},
        {"moved_chart_not_kept", test_moved_chart_not_kept},
        {"bands_same_pixels", test_bands_same_pixels},
    };
    int rc = test_run_all_(cases, (int)(sizeof cases / sizeof cases[0]));
    empty_dir();
    rmdir(dir);
    return rc;
}
