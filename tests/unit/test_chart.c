/* The chart's camera and hit tests, without a window: screen <-> body conversion is exact
 * at any zoom and pan, zooming keeps the point under the pointer still, and the hit tests
 * find the muscle and the named area under a trigger point. */
#include "test.h"
#include "screens/chart.h"

#include <stdlib.h>

static Atlas *atlas;

static void test_round_trip(void)
{
    Chart c;
    chart_init(&c, atlas, VIEW_POSTERIOR);
    chart_set_rect(&c, (Rect){100, 50, 640, 600});
    float zooms[] = {1, 2.5f, 7};
    for (int z = 0; z < 3; z++) {
        chart_zoom_at(&c, (Vec2){300, 200}, zooms[z] / c.zoom);
        chart_pan(&c, 13, -7);
        for (float y = 0; y <= 170; y += 17)
            for (float x = -30; x <= 30; x += 6) {
                Vec2 b = chart_to_body(&c, chart_to_screen(&c, (Vec2){x, y}));
                CHECK_NEAR(b.x, x, 1e-3);
                CHECK_NEAR(b.y, y, 1e-3);
            }
    }
    /* the body point under the pointer stays under it while zooming */
    Vec2 p = {420, 310}, before = chart_to_body(&c, p);
    chart_zoom_at(&c, p, 1.7f);
    Vec2 after = chart_to_body(&c, p);
    CHECK_NEAR(after.x, before.x, 1e-3);
    CHECK_NEAR(after.y, before.y, 1e-3);
    /* a centimetre on screen scales with the zoom (below the zoom limit) */
    chart_fit(&c);
    float cm = chart_cm(&c, 1);
    chart_zoom_at(&c, p, 2);
    CHECK_NEAR(chart_cm(&c, 1), cm * 2, 1e-3);
    chart_free(&c);
}

static void test_fit_shows_whole_figure(void)
{
    Chart c;
    chart_init(&c, atlas, VIEW_ANTERIOR);
    chart_set_rect(&c, (Rect){0, 0, 400, 300});
    Vec2 top = chart_to_screen(&c, (Vec2){0, 170}), feet = chart_to_screen(&c, (Vec2){0, 0});
    CHECK(top.y >= 0 && feet.y <= 300 && top.y < feet.y);
    chart_free(&c);
}

static void test_hits(void)
{
    const AtlasMuscle *m = atlas_muscle(atlas, "upper_trapezius");
    CHECK(m != NULL);
    if (!m) return;
    Chart c;
    chart_init(&c, atlas, VIEW_POSTERIOR);
    chart_set_rect(&c, (Rect){0, 0, 800, 800});
    const AtlasTrp *t = &m->trps[0];
    CHECK(t->has_at[SIDE_RIGHT][VIEW_POSTERIOR]);
    Vec2 s = chart_to_screen(&c, t->at[SIDE_RIGHT][VIEW_POSTERIOR]);
    Side side = SIDE_LEFT;
    const AtlasMuscle *hit = chart_hit_muscle(&c, s, &side);
    CHECK(hit != NULL);
    CHECK(side == SIDE_RIGHT);   /* posterior view: the client's right is at x > 0 */
    const AtlasArea *a = chart_hit_area(&c, s);
    CHECK_MSG(a != NULL, "no named area under upper trapezius TrP1");
    if (a) CHECK(a->side == SIDE_RIGHT || a->midline);
    /* outside the figure: nothing */
    CHECK(chart_hit_area(&c, chart_to_screen(&c, (Vec2){45, 160})) == NULL);
    CHECK(chart_hit_muscle(&c, (Vec2){-5, -5}, &side) == NULL);
    chart_free(&c);
}

int main(void)
{
    char err[1024];
    atlas = atlas_load(atlas_default_dir(), err, sizeof err);
    if (!atlas) {
        fprintf(stderr, "atlas: %s\n0 passed, 1 failed\n", err);
        return 1;
    }
    static const TestCase cases[] = {T(test_round_trip), T(test_fit_shows_whole_figure), T(test_hits)};
    int rc = test_run_all_(cases, 3);
    atlas_unload(atlas);
    return rc;
}
