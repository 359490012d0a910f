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

/* The side view's arm: drawn, a point on the hand is the hand's (its areas, no hip muscle);
 * hidden, the same point is the hip and thigh beneath, and the arm's muscles are not there.
 * A regional chart fits its own frame: the sole fills the chart, not a whole body. */
static void test_arm_and_regional(void)
{
    Chart c;
    chart_init(&c, atlas, VIEW_LATERAL_RIGHT);
    chart_set_rect(&c, (Rect){0, 0, 800, 800});
    const AtlasLandmark *wrist = atlas_landmark(atlas, "wrist");
    CHECK(wrist && wrist->arm && wrist->has[SIDE_RIGHT][VIEW_LATERAL_RIGHT]);
    if (wrist) {
        Vec2 s = chart_to_screen(&c, wrist->at[SIDE_RIGHT][VIEW_LATERAL_RIGHT]);
        const AtlasArea *on = chart_hit_area(&c, s);
        CHECK_MSG(on && on->arm, "the wrist with the arm drawn: %s", on ? on->label : "nothing");
        CHECK(chart_landmark_shown(&c, wrist, SIDE_RIGHT));
        chart_set_arm_hidden(&c, true);
        const AtlasArea *under = chart_hit_area(&c, s);
        CHECK_MSG(under && !under->arm, "the wrist's place with the arm hidden: %s", under ? under->label : "nothing");
        CHECK(!chart_landmark_shown(&c, wrist, SIDE_RIGHT));
    }
    const AtlasMuscle *deltoid = atlas_muscle(atlas, "deltoid");
    const AtlasLandmark *gt = atlas_landmark(atlas, "greater_trochanter");
    CHECK(gt && !gt->arm);
    if (deltoid && deltoid->trps[0].has_at[SIDE_RIGHT][VIEW_LATERAL_RIGHT]) {
        Side side;
        Vec2 s = chart_to_screen(&c, deltoid->trps[0].at[SIDE_RIGHT][VIEW_LATERAL_RIGHT]);
        CHECK(chart_hit_muscle(&c, s, &side) != deltoid);   /* hidden with the arm */
        chart_set_arm_hidden(&c, false);
        CHECK(chart_hit_muscle(&c, s, &side) == deltoid);
    }
    if (gt) {   /* the trochanter lies under the forearm: shown only with the arm hidden */
        CHECK(!chart_landmark_shown(&c, gt, SIDE_RIGHT));
        chart_set_arm_hidden(&c, true);
        CHECK(chart_landmark_shown(&c, gt, SIDE_RIGHT));
    }
    chart_set_view(&c, VIEW_FOOT_PLANTAR);
    Vec2 heel = chart_to_screen(&c, (Vec2){-9, 0}), toe = chart_to_screen(&c, (Vec2){-6, 25.8f});
    CHECK_MSG(heel.y - toe.y > 500, "the sole fills the chart: %.0f px from heel to toe", heel.y - toe.y);
    CHECK(toe.y >= 0 && heel.y <= 800);
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
    static const TestCase cases[] = {T(test_round_trip), T(test_fit_shows_whole_figure), T(test_hits), T(test_arm_and_regional)};
    int rc = test_run_all_(cases, (int)(sizeof cases / sizeof cases[0]));
    atlas_unload(atlas);
    return rc;
}
