/* Body grid: fill and area of squares, discs and concave shapes, the even-odd rule, the
 * agreement with geom_point_in_polygon at cell centres, boolean ops and edge clipping. */
#include "test.h"
#include "body/bodygrid.h"
#include "engine/geom.h"

static BodyGrid a, b, c;

static Vec2 centre(int i, int j)
{
    return (Vec2){BODYGRID_X0 + (i + 0.5f) * BODYGRID_CELL, BODYGRID_Y0 + (j + 0.5f) * BODYGRID_CELL};
}

static void test_square_area(void)
{
    /* a 10 cm square on cell edges: exactly 400 cells, 100 cm2, both windings */
    Vec2 sq[] = {{0, 100}, {10, 100}, {10, 110}, {0, 110}};
    Vec2 cw[] = {{0, 100}, {0, 110}, {10, 110}, {10, 100}};
    bodygrid_clear(&a);
    bodygrid_fill_polygon(&a, sq, 4);
    CHECK(bodygrid_count(&a) == 400);
    CHECK_NEAR(bodygrid_area_cm2(bodygrid_count(&a)), 100, 1e-4);
    bodygrid_clear(&b);
    bodygrid_fill_polygon(&b, cw, 4);
    CHECK(bodygrid_count_and(&a, &b) == 400);
    CHECK(bodygrid_get(&a, (Vec2){5, 105}));
    CHECK(bodygrid_get(&a, (Vec2){0.01f, 100.01f}));
    CHECK(!bodygrid_get(&a, (Vec2){-0.01f, 105}));
    CHECK(!bodygrid_get(&a, (Vec2){10.01f, 105}));
    /* a square off the cell edges still has its area within one cell row of perimeter */
    Vec2 off[] = {{0.3f, 20.2f}, {7.3f, 20.2f}, {7.3f, 27.2f}, {0.3f, 27.2f}};
    bodygrid_clear(&a);
    bodygrid_fill_polygon(&a, off, 4);
    CHECK_NEAR(bodygrid_area_cm2(bodygrid_count(&a)), 49, 7 * 4 * 0.25 + 0.5);
}

static void test_disc_area(void)
{
    for (float r = 1; r <= 20; r *= 2) {
        bodygrid_clear(&a);
        bodygrid_fill_disc(&a, (Vec2){3.1f, 90.7f}, r);
        float area = bodygrid_area_cm2(bodygrid_count(&a));
        CHECK_NEAR(area, 3.14159265f * r * r, 2 * 3.1416f * r * 0.5f + 1);
        bodygrid_erase_disc(&a, (Vec2){3.1f, 90.7f}, r);
        CHECK(bodygrid_count(&a) == 0);
    }
    /* a polygonal disc and a filled disc agree closely */
    Vec2 poly[64];
    for (int i = 0; i < 64; i++)
        poly[i] = (Vec2){-20 + 8 * cosf(i * 6.2831853f / 64), 60 + 8 * sinf(i * 6.2831853f / 64)};
    bodygrid_clear(&a);
    bodygrid_clear(&b);
    bodygrid_fill_polygon(&a, poly, 64);
    bodygrid_fill_disc(&b, (Vec2){-20, 60}, 8);
    int na = bodygrid_count(&a), nb = bodygrid_count(&b), both = bodygrid_count_and(&a, &b);
    CHECK(both >= na - 20 && both >= nb - 30);
}

static void test_matches_point_in_polygon(void)
{
    /* concave, with a notch and odd angles: each cell equals the centre test */
    Vec2 p[] = {{-30, 10}, {25.3f, 12.1f}, {10.2f, 40.7f}, {0.1f, 20.3f}, {-12.6f, 55.9f}, {-40.2f, 30.4f}};
    bodygrid_clear(&a);
    bodygrid_fill_polygon(&a, p, 6);
    int mismatches = 0;
    for (int j = 0; j < BODYGRID_H; j++)
        for (int i = 0; i < BODYGRID_W; i++)
            mismatches += a.cells[j * BODYGRID_W + i] != geom_point_in_polygon(centre(i, j), p, 6);
    CHECK_MSG(mismatches == 0, "%d cells differ from geom_point_in_polygon", mismatches);
    CHECK_NEAR(bodygrid_area_cm2(bodygrid_count(&a)), fabsf(geom_polygon_area(p, 6)), 40);
}

static void test_even_odd(void)
{
    /* a pentagram crosses itself: even-odd leaves its centre empty; separate polygons of a
     * shape are OR-ed */
    Vec2 star[5];
    for (int k = 0; k < 5; k++) {
        float t = 1.5707963f + k * 2 * 6.2831853f / 5;
        star[k] = (Vec2){10 * cosf(t), 100 + 10 * sinf(t)};
    }
    bodygrid_clear(&a);
    bodygrid_fill_polygon(&a, star, 5);
    CHECK(!bodygrid_get(&a, (Vec2){0.1f, 100.1f}));
    CHECK(bodygrid_get(&a, (Vec2){0, 108}));
    Vec2 shape_pts[2][4] = {{{0, 0}, {4, 0}, {4, 4}, {0, 4}}, {{10, 10}, {12, 10}, {12, 12}, {10, 12}}};
    Polygon polys[2] = {{shape_pts[0], 4}, {shape_pts[1], 4}};
    Shape s = {polys, 2};
    bodygrid_clear(&b);
    bodygrid_fill_shape(&b, &s);
    CHECK(bodygrid_count(&b) == 64 + 16);
}

static void test_boolean_ops(void)
{
    Vec2 left[] = {{0, 0}, {10, 0}, {10, 10}, {0, 10}};
    Vec2 right[] = {{5, 0}, {15, 0}, {15, 10}, {5, 10}};
    bodygrid_clear(&a);
    bodygrid_clear(&b);
    bodygrid_fill_polygon(&a, left, 4);
    bodygrid_fill_polygon(&b, right, 4);
    CHECK(bodygrid_count_and(&a, &b) == 200);
    c = a;
    bodygrid_and(&c, &b);
    CHECK(bodygrid_count(&c) == 200);
    c = a;
    bodygrid_or(&c, &b);
    CHECK(bodygrid_count(&c) == 600);
    c = a;
    bodygrid_andnot(&c, &b);
    CHECK(bodygrid_count(&c) == 200);
    CHECK(bodygrid_get(&c, (Vec2){2, 5}) && !bodygrid_get(&c, (Vec2){7, 5}));
}

static void test_edges_and_garbage(void)
{
    /* clipped at the grid edges, never written outside */
    Vec2 huge[] = {{-100, -50}, {100, -50}, {100, 300}, {-100, 300}};
    bodygrid_clear(&a);
    bodygrid_fill_polygon(&a, huge, 4);
    CHECK(bodygrid_count(&a) == BODYGRID_W * BODYGRID_H);
    bodygrid_clear(&a);
    bodygrid_fill_disc(&a, (Vec2){59.9f, 173.9f}, 3);
    CHECK(bodygrid_count(&a) > 0);
    bodygrid_fill_disc(&a, (Vec2){NAN, 0}, 3);
    bodygrid_fill_disc(&a, (Vec2){0, 0}, INFINITY);
    bodygrid_fill_disc(&a, (Vec2){0, 0}, -1);
    Vec2 nan_poly[] = {{0, 0}, {NAN, 5}, {5, 5}};
    bodygrid_fill_polygon(&a, nan_poly, 3);
    bodygrid_fill_polygon(&a, huge, 2);
    CHECK(!bodygrid_get(&a, (Vec2){-61, 0}));
    CHECK(!bodygrid_get(&a, (Vec2){0, 175}));
    CHECK(!bodygrid_get(&a, (Vec2){NAN, 10}));
    bodygrid_clear(&a);
    CHECK(bodygrid_count(&a) == 0);
}

TEST_MAIN(T(test_square_area), T(test_disc_area), T(test_matches_point_in_polygon), T(test_even_odd),
          T(test_boolean_ops), T(test_edges_and_garbage))
