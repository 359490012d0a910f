/* test_score: locate and refer scoring at their edges, on a small hand-made atlas (a box
 * figure seen from behind) so the tests do not depend on the real data. */
#include "test.h"
#include "quiz/score.h"

#include <math.h>
#include <stdlib.h>

/* One rectangle as a one-polygon shape. */
typedef struct Box { Vec2 pts[4]; Polygon poly; } Box;

static Shape box_shape(Box *b, float x0, float y0, float x1, float y1)
{
    b->pts[0] = (Vec2){x0, y0};
    b->pts[1] = (Vec2){x1, y0};
    b->pts[2] = (Vec2){x1, y1};
    b->pts[3] = (Vec2){x0, y1};
    b->poly = (Polygon){b->pts, 4};
    return (Shape){&b->poly, 1};
}

/* Figure: x in [-20, 20], y in [0, 170]. Right side is x > 0 (posterior view).
 * TrP 1 of "test_muscle" at (10, 140) (mirror (-10, 140)); TrP 2 at (12, 120).
 * Essential zone of TrP 1: x [4, 12], y [140, 160] (640 cells); spillover x [12, 18]. */
typedef struct Fixture {
    Box boxes[16];
    AtlasTrp trps[2];
    AtlasMuscle muscle;
    AtlasArea areas[4];
    Atlas atlas;
    char *disputed[1];
    BodyGrid sil, paint;
} Fixture;

static Fixture *fixture_new(void)
{
    Fixture *f = calloc(1, sizeof *f);
    if (!f) return NULL;
    const View P = VIEW_POSTERIOR;
    AtlasTrp *t = &f->trps[0];
    t->id = "test_muscle_1";
    t->has_at[SIDE_RIGHT][P] = t->has_at[SIDE_LEFT][P] = true;
    t->at[SIDE_RIGHT][P] = (Vec2){10, 140};
    t->at[SIDE_LEFT][P] = (Vec2){-10, 140};
    t->essential[SIDE_RIGHT][P] = box_shape(&f->boxes[0], 4, 140, 12, 160);
    t->spillover[SIDE_RIGHT][P] = box_shape(&f->boxes[1], 12, 140, 18, 160);
    t->essential[SIDE_LEFT][P] = box_shape(&f->boxes[2], -12, 140, -4, 160);
    t->disputed = f->disputed;
    t = &f->trps[1];
    t->id = "test_muscle_2";
    t->has_at[SIDE_RIGHT][P] = t->has_at[SIDE_LEFT][P] = true;
    t->at[SIDE_RIGHT][P] = (Vec2){12, 120};
    t->at[SIDE_LEFT][P] = (Vec2){-12, 120};
    f->muscle.id = "test_muscle";
    f->muscle.trps = f->trps;
    f->muscle.ntrps = 2;

    static const struct { char *id, *label; Side side; bool midline; float x0, y0, x1, y1; } a[4] = {
        {"neck", "neck", SIDE_RIGHT, true, -25, 150, 25, 175},
        {"upper_back", "right upper back", SIDE_RIGHT, false, 0, 110, 25, 150},
        {"upper_back", "left upper back", SIDE_LEFT, false, -25, 110, 0, 150},
        {"lower_body", "lower body", SIDE_RIGHT, true, -25, -1, 25, 110},
    };
    for (int i = 0; i < 4; i++) {
        f->areas[i].id = a[i].id;
        f->areas[i].name = a[i].id;
        f->areas[i].label = a[i].label;
        f->areas[i].side = a[i].side;
        f->areas[i].midline = a[i].midline;
        f->areas[i].shape[P] = box_shape(&f->boxes[4 + i], a[i].x0, a[i].y0, a[i].x1, a[i].y1);
    }
    f->atlas.muscles = &f->muscle;
    f->atlas.nmuscles = 1;
    f->atlas.areas = f->areas;
    f->atlas.nareas = 4;
    Box sil;
    Shape s = box_shape(&sil, -20, 0, 20, 170);
    bodygrid_fill_shape(&f->sil, &s);
    return f;
}

static void paint_box(Fixture *f, float x0, float y0, float x1, float y1)
{
    Box b;
    Shape s = box_shape(&b, x0, y0, x1, y1);
    bodygrid_fill_shape(&f->paint, &s);
}

static bool has_label(const char *const *list, int n, const char *label)
{
    for (int i = 0; i < n; i++)
        if (!strcmp(list[i], label)) return true;
    return false;
}

static ReferResult refer(Fixture *f)
{
    return score_refer(&f->atlas, &f->trps[0], SIDE_RIGHT, VIEW_POSTERIOR, &f->paint, &f->sil);
}

/* ---- locate ---- */

static void test_locate_ramp(void)
{
    CHECK(score_locate_distance(0, 5) == 100);
    CHECK(score_locate_distance(1.5f, 5) == 100);
    CHECK(score_locate_distance(3.25f, 5) == 50);           /* half way down the ramp */
    CHECK(score_locate_distance(4.99f, 5) <= 1);
    CHECK(score_locate_distance(5, 5) == 0);
    CHECK(score_locate_distance(50, 5) == 0);
    CHECK(score_locate_distance(2.25f, 3) == 50);
    CHECK(score_locate_distance(1.0f, 1.0f) == 100);        /* tolerance below 1.5 acts as 1.5 */
    CHECK(score_locate_distance(1.6f, 1.0f) == 0);
    CHECK(score_locate_distance(NAN, 5) == 0);
    CHECK(score_locate_distance(-1, 5) == 0);
    int prev = 101;
    for (float d = 0; d <= 6; d += 0.05f) {
        int s = score_locate_distance(d, 5);
        CHECK_MSG(s <= prev, "not monotonic at %g", (double)d);
        prev = s;
    }
}

static void test_locate_cases(void)
{
    Fixture *f = fixture_new();
    const View P = VIEW_POSTERIOR;
    LocateResult r = score_locate(&f->muscle, P, SIDE_RIGHT, 5, P, (Vec2){10, 140});
    CHECK(r.score == 100 && r.verdict == LOCATE_OK && r.nearest == &f->trps[0]);
    CHECK_NEAR(r.distance_cm, 0, 1e-6);

    r = score_locate(&f->muscle, P, SIDE_RIGHT, 5, P, (Vec2){10, 141.5f});     /* fingertip */
    CHECK(r.score == 100);
    r = score_locate(&f->muscle, P, SIDE_RIGHT, 5, P, (Vec2){10, 143.25f});    /* mid ramp */
    CHECK(r.score == 50);
    CHECK_NEAR(r.distance_cm, 3.25, 1e-4);
    r = score_locate(&f->muscle, P, SIDE_RIGHT, 5, P, (Vec2){10, 145});        /* tolerance edge */
    CHECK(r.score == 0 && r.verdict == LOCATE_OK);
    r = score_locate(&f->muscle, P, SIDE_RIGHT, 5, P, (Vec2){10, 150});        /* beyond */
    CHECK(r.score == 0 && r.verdict == LOCATE_OK);
    CHECK_NEAR(r.distance_cm, 10, 1e-4);
    r = score_locate(&f->muscle, P, SIDE_RIGHT, 0, P, (Vec2){10, 143.25f});    /* default tolerance */
    CHECK(r.score == 50);
    r = score_locate(&f->muscle, P, SIDE_RIGHT, 10, P, (Vec2){10, 145.75f});   /* wider tolerance */
    CHECK(r.score == 50);

    /* nearest of two trigger points */
    r = score_locate(&f->muscle, P, SIDE_RIGHT, 5, P, (Vec2){12, 121});
    CHECK(r.nearest == &f->trps[1] && r.score == 100);

    /* the mirror-image point: wrong side, 0 */
    r = score_locate(&f->muscle, P, SIDE_RIGHT, 5, P, (Vec2){-10, 140});
    CHECK(r.score == 0 && r.verdict == LOCATE_WRONG_SIDE);
    CHECK_NEAR(r.distance_cm, 20, 1e-4);
    r = score_locate(&f->muscle, P, SIDE_LEFT, 5, P, (Vec2){-10, 140});
    CHECK(r.score == 100 && r.verdict == LOCATE_OK);
    /* just across the midline but nearer the asked side: not the wrong side */
    r = score_locate(&f->muscle, P, SIDE_RIGHT, 30, P, (Vec2){1, 140});
    CHECK(r.verdict == LOCATE_OK && r.score > 0);

    /* another view than the one asked */
    r = score_locate(&f->muscle, P, SIDE_RIGHT, 5, VIEW_ANTERIOR, (Vec2){10, 140});
    CHECK(r.score == 0 && r.verdict == LOCATE_WRONG_VIEW);
    CHECK(r.nearest == &f->trps[0]);

    /* asked in a view where the muscle has no trigger point */
    r = score_locate(&f->muscle, VIEW_LATERAL_LEFT, SIDE_LEFT, 5, VIEW_LATERAL_LEFT, (Vec2){0, 140});
    CHECK(r.score == 0 && r.verdict == LOCATE_NO_TRP && !r.nearest);
    r = score_locate(NULL, P, SIDE_RIGHT, 5, P, (Vec2){0, 0});
    CHECK(r.score == 0 && r.verdict == LOCATE_NO_TRP);
    free(f);
}

/* Against one trigger point (palpate): the asked one, even when another is nearer. */
static void test_locate_trp(void)
{
    Fixture *f = fixture_new();
    const View P = VIEW_POSTERIOR;
    const AtlasTrp *t1 = &f->trps[0];
    LocateResult r = score_locate_trp(t1, false, P, SIDE_RIGHT, 5, P, (Vec2){10, 143.25f});
    CHECK(r.score == 50 && r.verdict == LOCATE_OK && r.nearest == t1);
    CHECK_NEAR(r.distance_cm, 3.25, 1e-4);
    /* on TrP2 (12, 120): 20 cm from TrP1, which is the one asked */
    r = score_locate_trp(t1, false, P, SIDE_RIGHT, 5, P, (Vec2){12, 120});
    CHECK(r.score == 0 && r.verdict == LOCATE_OK && r.nearest == t1);
    CHECK_NEAR(r.distance_cm, hypotf(2, 20), 1e-3);
    /* the mirror image: wrong side; a midline muscle has none */
    r = score_locate_trp(t1, false, P, SIDE_RIGHT, 5, P, (Vec2){-10, 140});
    CHECK(r.score == 0 && r.verdict == LOCATE_WRONG_SIDE);
    r = score_locate_trp(t1, true, P, SIDE_RIGHT, 30, P, (Vec2){-10, 140});
    CHECK(r.verdict == LOCATE_OK && r.score > 0);
    r = score_locate_trp(t1, false, P, SIDE_RIGHT, 5, VIEW_ANTERIOR, (Vec2){10, 140});
    CHECK(r.score == 0 && r.verdict == LOCATE_WRONG_VIEW && r.distance_cm < 0);
    r = score_locate_trp(t1, false, VIEW_LATERAL_LEFT, SIDE_LEFT, 5, VIEW_LATERAL_LEFT, (Vec2){0, 140});
    CHECK(r.score == 0 && r.verdict == LOCATE_NO_TRP && !r.nearest);
    r = score_locate_trp(NULL, false, P, SIDE_RIGHT, 5, P, (Vec2){0, 0});
    CHECK(r.verdict == LOCATE_NO_TRP);
    r = score_locate_trp(t1, false, P, SIDE_RIGHT, 5, P, (Vec2){NAN, 140});
    CHECK(r.score == 0 && r.verdict == LOCATE_OK && r.distance_cm < 0);
    free(f);
}

/* 20 + 20 + 60: position, technique, and the click's locate score weighed to 60. */
static void test_palpate(void)
{
    PalpateResult p = score_palpate(POS_PRONE, TECH_FLAT, POS_PRONE, TECH_FLAT, 100);
    CHECK(p.position == 20 && p.technique == 20 && p.location == 60);
    CHECK(p.chosen_position == POS_PRONE && p.chosen_technique == TECH_FLAT);
    p = score_palpate(POS_PRONE, TECH_FLAT, POS_SUPINE, TECH_FLAT, 100);   /* wrong position */
    CHECK(p.position + p.technique + p.location == 80 && p.position == 0);
    p = score_palpate(POS_PRONE, TECH_FLAT, POS_PRONE, TECH_PINCER, 100);  /* wrong technique */
    CHECK(p.position + p.technique + p.location == 80 && p.technique == 0);
    p = score_palpate(POS_SEATED, TECH_PINCER, POS_SEATED, TECH_PINCER, 0);   /* right, but far */
    CHECK(p.position + p.technique + p.location == 40 && p.location == 0);
    p = score_palpate(POS_SEATED, TECH_PINCER, POS_SIDE_LYING, TECH_FLAT, 50);
    CHECK(p.position + p.technique + p.location == 30);
    /* docs/scoring.md's table */
    p = score_palpate(POS_SEATED, TECH_PINCER, POS_SEATED, TECH_FLAT, 50);
    CHECK(p.position + p.technique + p.location == 50);
    p = score_palpate(POS_SEATED, TECH_PINCER, POS_PRONE, TECH_FLAT, score_locate_distance(2, 5));
    CHECK(p.position + p.technique + p.location == 52);
    p = score_palpate(POS_SEATED, TECH_PINCER, POS_SEATED, TECH_PINCER, 57);   /* 34.2 -> 34 */
    CHECK(p.location == 34);
    p = score_palpate(POS_SEATED, TECH_PINCER, POS_SEATED, TECH_PINCER, 1);    /* 0.6 -> 1 */
    CHECK(p.location == 1);
    p = score_palpate(POS_SEATED, TECH_PINCER, -1, -1, 250);   /* nothing chosen; clamped */
    CHECK(p.position == 0 && p.technique == 0 && p.location == 60);
    p = score_palpate(-1, -1, -1, -1, -5);                     /* no right answer: never matched */
    CHECK(p.position == 0 && p.technique == 0 && p.location == 0);
}

/* ---- refer ---- */

static void test_refer_full(void)
{
    Fixture *f = fixture_new();
    paint_box(f, 4, 140, 12, 160);
    ReferResult r = refer(f);
    CHECK(r.score == 100);
    CHECK_NEAR(r.coverage, 1, 1e-6);
    CHECK_NEAR(r.outside_share, 0, 1e-6);
    CHECK(r.nhit == 2 && r.nmissed == 0 && r.noutside == 0);
    CHECK(has_label(r.areas_hit, r.nhit, "neck"));
    CHECK(has_label(r.areas_hit, r.nhit, "right upper back"));
    /* all of the spillover as well: still 100 */
    paint_box(f, 12, 140, 18, 160);
    CHECK(refer(f).score == 100);
    /* paint beyond the figure is ignored */
    bodygrid_fill_disc(&f->paint, (Vec2){40, 100}, 5);
    CHECK(refer(f).score == 100);
    free(f);
}

static void test_refer_empty(void)
{
    Fixture *f = fixture_new();
    ReferResult r = refer(f);
    CHECK(r.score == 0);
    CHECK(r.nhit == 0 && r.nmissed == 2 && r.noutside == 0);
    CHECK(has_label(r.areas_missed, r.nmissed, "neck"));
    free(f);
}

static void test_refer_everything(void)
{
    Fixture *f = fixture_new();
    memset(f->paint.cells, 1, sizeof f->paint.cells);
    ReferResult r = refer(f);
    CHECK(r.score <= 10);
    CHECK(r.score == 0);
    CHECK(has_label(r.areas_outside, r.noutside, "lower body"));
    CHECK(has_label(r.areas_outside, r.noutside, "left upper back"));
    CHECK(r.outside_share > 1);
    free(f);

    /* even when the zone is most of the figure, painting everything scores 0 */
    f = fixture_new();
    Box b;
    f->trps[0].essential[SIDE_RIGHT][VIEW_POSTERIOR] = box_shape(&b, -20, 10, 20, 170);
    memset(f->paint.cells, 1, sizeof f->paint.cells);
    CHECK(refer(f).score <= 10);
    free(f);
}

static void test_refer_spillover_only(void)
{
    Fixture *f = fixture_new();
    paint_box(f, 12, 140, 18, 160);
    ReferResult r = refer(f);
    CHECK(r.score == 0);
    CHECK_NEAR(r.outside_share, 0, 1e-6);          /* not penalised, just not essential */
    CHECK(r.noutside == 0);
    /* spillover added to half the essential zone changes nothing */
    paint_box(f, 4, 140, 12, 150);
    int with = refer(f).score;
    Fixture *g = fixture_new();
    paint_box(g, 4, 140, 12, 150);
    CHECK(with == refer(g).score);
    free(g);
    free(f);
}

static void test_refer_half(void)
{
    Fixture *f = fixture_new();
    paint_box(f, 4, 140, 12, 150);                  /* the lower half: upper back only */
    ReferResult r = refer(f);
    CHECK_NEAR(r.coverage, 0.5, 1e-6);
    CHECK(r.score == 53);                           /* 0.5 / 0.95 */
    CHECK(has_label(r.areas_hit, r.nhit, "right upper back"));
    CHECK(has_label(r.areas_missed, r.nmissed, "neck"));
    CHECK(r.nhit == 1 && r.nmissed == 1);
    free(f);
}

static void test_refer_outside(void)
{
    Fixture *f = fixture_new();
    paint_box(f, 4, 140, 12, 160);
    paint_box(f, -10, 140, -2, 144);                /* 128 cells, a fifth of the zone */
    ReferResult r = refer(f);
    /* overshoot is measured against the zone grown by its 1 cm margin: 640 cells become 876 */
    CHECK_NEAR(r.outside_share, 128.0 / 876.0, 1e-4);
    CHECK(r.found_pct == 100 && r.overshoot_pct == 15 && r.score == 85);
    CHECK(r.noutside == 1 && has_label(r.areas_outside, r.noutside, "left upper back"));
    free(f);
}

/* Paint just beyond the 1 cm margin costs half; within it, nothing. */
static void test_refer_near(void)
{
    Fixture *f = fixture_new();
    paint_box(f, 4, 140, 12, 160);
    paint_box(f, 3, 140, 4, 160);                   /* 1 cm left of the zone: the margin */
    ReferResult r = refer(f);
    CHECK(r.score == 100 && r.overshoot_pct == 0 && r.noutside == 0);
    paint_box(f, 2, 140, 3, 160);                   /* 1-2 cm from it: 80 cells at half cost */
    r = refer(f);
    CHECK_NEAR(r.outside_share, 40.0 / 876.0, 1e-4);
    CHECK(r.overshoot_pct == 5 && r.score == 95);
    Fixture *g = fixture_new();
    paint_box(g, 4, 140, 12, 160);
    paint_box(g, -3, 140, -2, 160);                 /* 80 cells far away: full cost */
    r = refer(g);
    CHECK_NEAR(r.outside_share, 80.0 / 876.0, 1e-4);
    free(g);
    free(f);
}

static const ReferArea *find_area(const ReferResult *r, const char *label)
{
    for (int i = 0; i < r->nareas; i++)
        if (!strcmp(r->areas[i].label, label)) return &r->areas[i];
    return NULL;
}

/* No area is named twice, and the lists follow the verdicts, even when wrong paint lands in an
 * area that also holds part of the zone (the student trial's "right jaw" twice). */
static void test_refer_verdicts(void)
{
    Fixture *f = fixture_new();
    paint_box(f, 4, 150, 12, 160);                  /* the neck part of the zone */
    paint_box(f, -15, 160, -5, 170);                /* and wrong paint in the neck area, far from it */
    ReferResult r = refer(f);
    const ReferArea *neck = find_area(&r, "neck"), *back = find_area(&r, "right upper back");
    CHECK(neck && neck->verdict == AREA_FOUND && neck->overshoot_cm2 > 20);
    CHECK(back && back->verdict == AREA_MISSED);
    CHECK(r.nhit == 1 && r.nmissed == 1 && r.noutside == 0);
    CHECK(r.overshoot_pct > 0);                     /* still counted in the score */
    for (int i = 0; i < r.nareas; i++)
        for (int j = 0; j < i; j++) CHECK(strcmp(r.areas[i].label, r.areas[j].label));
    /* a third of the upper back: partly */
    paint_box(f, 4, 140, 12, 143.5f);
    r = refer(f);
    back = find_area(&r, "right upper back");
    CHECK(back && back->verdict == AREA_PARTLY && has_label(r.areas_hit, r.nhit, "right upper back"));
    CHECK_NEAR(back->coverage, 0.35, 0.01);
    CHECK(back->view == VIEW_POSTERIOR && back->at.y > 140 && back->at.y < 150);
    CHECK_STR(score_verdict_name(AREA_PARTLY), "partly");
    CHECK_STR(score_verdict_name(AREA_OVERSHOOT), "overshoot");
    /* the arithmetic shown to the student holds */
    CHECK(r.score == r.found_pct - r.overshoot_pct);
    free(f);
}

/* A second view: the neck part of the zone is seen from the front too. */
static void fixture_add_front(Fixture *f)
{
    const View A = VIEW_ANTERIOR;
    f->trps[0].essential[SIDE_RIGHT][A] = box_shape(&f->boxes[8], -12, 150, -4, 160);
    f->areas[0].shape[A] = box_shape(&f->boxes[9], -25, 150, 25, 175);     /* neck */
    f->areas[3].shape[A] = box_shape(&f->boxes[10], -25, -1, 25, 110);     /* lower body */
}

/* Views combine per area: an area painted in two views counts once, in its best view. */
static void test_refer_views(void)
{
    Fixture *f = fixture_new();
    fixture_add_front(f);
    BodyGrid *front = calloc(1, sizeof *front);
    ReferPaint views[2] = {{VIEW_POSTERIOR, &f->paint, &f->sil, NULL}, {VIEW_ANTERIOR, front, &f->sil, NULL}};
    Box b;
    Shape s;

    paint_box(f, 4, 140, 12, 160);                  /* everything from behind */
    ReferResult r = score_refer_views(&f->atlas, &f->trps[0], SIDE_RIGHT, views, 2);
    CHECK(r.score == 100 && r.nhit == 2 && r.nmissed == 0);
    s = box_shape(&b, -12, 150, -4, 160);           /* and the neck again from the front */
    bodygrid_fill_shape(front, &s);
    r = score_refer_views(&f->atlas, &f->trps[0], SIDE_RIGHT, views, 2);
    CHECK(r.score == 100);
    CHECK_NEAR(r.coverage, 1, 1e-6);                /* not counted twice: still the whole zone */

    /* the neck only from the front, the upper back from behind: all of it */
    bodygrid_clear(&f->paint);
    paint_box(f, 4, 140, 12, 150);
    r = score_refer_views(&f->atlas, &f->trps[0], SIDE_RIGHT, views, 2);
    CHECK(r.score == 100);
    const ReferArea *neck = find_area(&r, "neck");
    CHECK(neck && neck->verdict == AREA_FOUND && neck->view == VIEW_ANTERIOR);

    /* the same wrong paint on the lower body in both views costs what it costs in one */
    paint_box(f, -10, 90, 10, 100);
    s = box_shape(&b, -10, 90, 10, 100);
    int one = score_refer_views(&f->atlas, &f->trps[0], SIDE_RIGHT, views, 2).overshoot_pct;
    bodygrid_fill_shape(front, &s);
    r = score_refer_views(&f->atlas, &f->trps[0], SIDE_RIGHT, views, 2);
    CHECK(one > 0 && r.overshoot_pct == one);
    const ReferArea *low = find_area(&r, "lower body");
    CHECK(low && low->verdict == AREA_OVERSHOOT && has_label(r.areas_outside, r.noutside, "lower body"));

    /* a view given twice is refused */
    ReferPaint twice[2] = {views[0], views[0]};
    CHECK(score_refer_views(&f->atlas, &f->trps[0], SIDE_RIGHT, twice, 2).score == 0);
    free(front);
    free(f);
}

/* The reveal's map of cells agrees with the score. */
static void test_refer_cells(void)
{
    Fixture *f = fixture_new();
    paint_box(f, 4, 140, 12, 150);                  /* half the zone */
    paint_box(f, 12, 140, 18, 160);                 /* spillover */
    paint_box(f, -10, 100, -5, 105);                /* far */
    uint8_t *cells = malloc(BODYGRID_W * BODYGRID_H);
    CHECK(score_refer_cells(&f->trps[0], SIDE_RIGHT, VIEW_POSTERIOR, &f->atlas, &f->paint, &f->sil, cells));
    int n[6] = {0};
    for (int c = 0; c < BODYGRID_W * BODYGRID_H; c++) n[cells[c]]++;
    CHECK(n[REFER_CELL_FOUND] == 320 && n[REFER_CELL_MISSED] == 320);
    CHECK(n[REFER_CELL_ALLOWED] == 12 * 40 && n[REFER_CELL_OVERSHOOT] == 100 && n[REFER_CELL_NEAR] == 0);
    CHECK(!score_refer_cells(NULL, SIDE_RIGHT, VIEW_POSTERIOR, &f->atlas, &f->paint, &f->sil, cells));
    free(cells);
    free(f);
}

static void test_refer_brush(void)
{
    /* strokes of a 1 cm and a 2 cm brush with centres anywhere on the zone */
    for (float radius = 0.5f; radius <= 1.0f; radius += 0.5f) {
        Fixture *f = fixture_new();
        for (float y = 140; y <= 160; y += 0.5f)
            for (float x = 4; x <= 12; x += 0.5f)
                bodygrid_fill_disc(&f->paint, (Vec2){x, y}, radius);
        ReferResult r = refer(f);
        CHECK_MSG(r.score == 100, "brush radius %g: score %d", (double)radius, r.score);
        CHECK(r.noutside == 0);
        free(f);
    }
    /* dabs that miss a corner of the zone still count as all of it */
    Fixture *f = fixture_new();
    paint_box(f, 4, 140, 12, 160);
    Box b;
    Shape corner = box_shape(&b, 11, 159, 12, 160);
    BodyGrid *hole = calloc(1, sizeof *hole);
    bodygrid_fill_shape(hole, &corner);
    bodygrid_andnot(&f->paint, hole);
    CHECK(refer(f).score == 100);
    free(hole);
    free(f);
}

static void test_refer_disputed(void)
{
    Fixture *f = fixture_new();
    paint_box(f, 4, 140, 12, 160);
    paint_box(f, 4, 90, 12, 96);                    /* in "lower body" */
    ReferResult r = refer(f);
    CHECK(r.score < 100);
    CHECK(has_label(r.areas_outside, r.noutside, "lower body"));
    f->disputed[0] = "lower_body";
    f->trps[0].ndisputed = 1;
    r = refer(f);
    CHECK(r.score == 100);
    CHECK(r.noutside == 0);
    free(f);
}

static void test_refer_bad_input(void)
{
    Fixture *f = fixture_new();
    ReferResult r = score_refer(&f->atlas, NULL, SIDE_RIGHT, VIEW_POSTERIOR, &f->paint, &f->sil);
    CHECK(r.score == 0 && r.nhit == 0);
    /* no essential zone in this view: nothing to find, 0 */
    memset(f->paint.cells, 1, sizeof f->paint.cells);
    r = score_refer(&f->atlas, &f->trps[0], SIDE_RIGHT, VIEW_ANTERIOR, &f->paint, &f->sil);
    CHECK(r.score == 0);
    /* no silhouette: the whole grid counts */
    bodygrid_clear(&f->paint);
    paint_box(f, 4, 140, 12, 160);
    r = score_refer(NULL, &f->trps[0], SIDE_RIGHT, VIEW_POSTERIOR, &f->paint, NULL);
    CHECK(r.score == 100 && r.nhit == 0);
    free(f);
}

TEST_MAIN(T(test_locate_ramp), T(test_locate_cases), T(test_locate_trp), T(test_palpate), T(test_refer_full), T(test_refer_empty),
          T(test_refer_everything), T(test_refer_spillover_only), T(test_refer_half),
          T(test_refer_outside), T(test_refer_brush), T(test_refer_disputed),
          T(test_refer_bad_input), T(test_refer_near), T(test_refer_verdicts), T(test_refer_views),
          T(test_refer_cells))
