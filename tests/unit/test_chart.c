/* The chart's camera, layers and hit tests, without a window: screen <-> body conversion is
 * exact at any zoom and pan, zooming keeps the point under the pointer still, the layer
 * control and a question's layers, and the hit tests find the muscle and the named area under
 * a trigger point (and never a muscle of a layer that is not drawn). */
#include "test.h"
#include "screens/chart.h"
#include "engine/geom.h"

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

/* Layers: the depth a question shows, the layer control (D and its buttons, by mouse or
 * touch; nothing without the control), and hit tests that skip the layers not drawn. */
static void test_layers(void)
{
    const AtlasMuscle *trap = atlas_muscle(atlas, "upper_trapezius"), *sub = atlas_muscle(atlas, "subscapularis");
    CHECK(trap && sub && trap->layer == LAYER_SUPERFICIAL && sub->layer == LAYER_DEEP);
    if (!trap || !sub) return;
    Chart c;
    chart_init(&c, atlas, VIEW_POSTERIOR);
    chart_set_rect(&c, (Rect){0, 0, 800, 800});
    CHECK(c.depth == LAYER_DEEP && !c.focus);
    chart_show_muscle(&c, trap, SIDE_RIGHT, false);
    CHECK(c.depth == LAYER_SUPERFICIAL && c.focus == NULL);
    chart_show_muscle(&c, sub, SIDE_LEFT, true);
    CHECK(c.depth == LAYER_DEEP && c.focus == sub && c.focus_side == SIDE_LEFT);
    chart_show_muscle(&c, NULL, SIDE_RIGHT, true);
    CHECK(c.depth == LAYER_DEEP && c.focus == NULL);

    /* D cycles superficial -> + deeper -> all only where the control is shown */
    InputEvent d = {.type = EV_KEY_DOWN, .key = KEY_D};
    chart_set_depth(&c, LAYER_SUPERFICIAL);
    CHECK(!chart_event(&c, &d, false) && c.depth == LAYER_SUPERFICIAL);
    c.layer_control = true;
    c.detail = CHART_FULL;
    CHECK(chart_event(&c, &d, false) && c.depth == LAYER_INTERMEDIATE);
    CHECK(chart_event(&c, &d, false) && c.depth == LAYER_DEEP);
    CHECK(chart_event(&c, &d, false) && c.depth == LAYER_SUPERFICIAL);
    c.detail = CHART_BARE;   /* no muscles drawn: no control */
    CHECK(!chart_event(&c, &d, false) && c.depth == LAYER_SUPERFICIAL);
    c.detail = CHART_FULL;
    /* a click or a touch on a button chooses its depth and is taken (not an answer) */
    c.layer_btn[LAYER_DEEP] = (Rect){700, 760, 90, 24};
    InputEvent tap = {.type = EV_POINTER_DOWN, .x = 740, .y = 770, .button = BUTTON_TOUCH};
    CHECK(chart_event(&c, &tap, false) && c.depth == LAYER_DEEP);
    chart_set_depth(&c, LAYER_SUPERFICIAL);
    InputEvent miss = {.type = EV_POINTER_DOWN, .x = 600, .y = 770, .button = BUTTON_LEFT};
    CHECK(!chart_event(&c, &miss, false) && c.depth == LAYER_SUPERFICIAL);

    /* the middle of the scapula, under subscapularis: hit only when its layer is drawn */
    Vec2 in = {10.5f, 132.5f};
    CHECK(geom_point_in_polygon(in, sub->outline[SIDE_RIGHT][VIEW_POSTERIOR].polys[0].pts,
                                sub->outline[SIDE_RIGHT][VIEW_POSTERIOR].polys[0].n));
    Side side;
    const AtlasMuscle *hit = chart_hit_muscle(&c, chart_to_screen(&c, in), &side);
    CHECK(!hit || hit->layer == LAYER_SUPERFICIAL);
    chart_set_depth(&c, LAYER_DEEP);
    hit = chart_hit_muscle(&c, chart_to_screen(&c, in), &side);
    CHECK(hit != NULL && hit->layer != LAYER_SUPERFICIAL);
    chart_set_depth(&c, LAYER_SUPERFICIAL);   /* the muscle in focus is drawn, so it is hit */
    c.focus = sub;
    CHECK(chart_hit_muscle(&c, chart_to_screen(&c, in), &side) == sub);
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
    static const TestCase cases[] = {T(test_round_trip), T(test_fit_shows_whole_figure), T(test_hits),
                                     T(test_arm_and_regional), T(test_layers)};
    int rc = test_run_all_(cases, (int)(sizeof cases / sizeof cases[0]));
    atlas_unload(atlas);
    return rc;
}
