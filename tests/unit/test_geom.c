/* Geometry: triangulation of concave and degenerate polygons, containment, area. */
#include "test.h"
#include "engine/geom.h"

static float tri_area_sum(const Vec2 *p, int n)
{
    int idx[3 * 512];
    int t = geom_triangulate(p, n, idx);
    float sum = 0;
    for (int i = 0; i < t; i++) {
        Vec2 tri[3] = {p[idx[3 * i]], p[idx[3 * i + 1]], p[idx[3 * i + 2]]};
        float a = geom_polygon_area(tri, 3);
        CHECK_MSG(a > -1e-4f, "triangle %d is clockwise (%g)", i, a);
        sum += a;
    }
    return sum;
}

static void test_square_both_windings(void)
{
    Vec2 ccw[] = {{0, 0}, {2, 0}, {2, 2}, {0, 2}};
    Vec2 cw[] = {{0, 0}, {0, 2}, {2, 2}, {2, 0}};
    CHECK_NEAR(geom_polygon_area(ccw, 4), 4, 1e-6);
    CHECK_NEAR(geom_polygon_area(cw, 4), -4, 1e-6);
    CHECK_NEAR(tri_area_sum(ccw, 4), 4, 1e-4);
    CHECK_NEAR(tri_area_sum(cw, 4), 4, 1e-4);
}

static void test_concave(void)
{
    /* a "U" and a comb: many reflex vertices */
    Vec2 u[] = {{0, 0}, {6, 0}, {6, 6}, {4, 6}, {4, 2}, {2, 2}, {2, 6}, {0, 6}};
    CHECK_NEAR(tri_area_sum(u, 8), fabsf(geom_polygon_area(u, 8)), 1e-3);
    Vec2 comb[64]; int n = 0;
    comb[n++] = (Vec2){0, 0}; comb[n++] = (Vec2){20, 0};
    for (int i = 10; i > 0; i--) {
        comb[n++] = (Vec2){2.0f * i, 5}; comb[n++] = (Vec2){2.0f * i - 1, 5};
        comb[n++] = (Vec2){2.0f * i - 1, 1}; comb[n++] = (Vec2){2.0f * i - 2, 1};
    }
    CHECK_NEAR(tri_area_sum(comb, n), fabsf(geom_polygon_area(comb, n)), 1e-2);
}

static void test_degenerate(void)
{
    Vec2 dup[] = {{0, 0}, {0, 0}, {4, 0}, {4, 0}, {4, 4}, {0, 4}, {0, 0}};
    CHECK_NEAR(tri_area_sum(dup, 7), 16, 1e-3);
    Vec2 col[] = {{0, 0}, {1, 0}, {2, 0}, {3, 0}, {3, 3}, {0, 3}, {0, 2}, {0, 1}};
    CHECK_NEAR(tri_area_sum(col, 8), 9, 1e-3);
    Vec2 line[] = {{0, 0}, {1, 1}, {2, 2}};
    int idx[9];
    CHECK(geom_triangulate(line, 3, idx) == 0);
    CHECK(geom_triangulate(line, 2, idx) == 0);
}

static void test_point_in_polygon(void)
{
    Vec2 u[] = {{0, 0}, {6, 0}, {6, 6}, {4, 6}, {4, 2}, {2, 2}, {2, 6}, {0, 6}};
    CHECK(geom_point_in_polygon((Vec2){1, 1}, u, 8));
    CHECK(geom_point_in_polygon((Vec2){5, 5}, u, 8));
    CHECK(!geom_point_in_polygon((Vec2){3, 4}, u, 8));
    CHECK(!geom_point_in_polygon((Vec2){-1, 1}, u, 8));
    CHECK_NEAR(geom_point_polygon_distance((Vec2){3, 4}, u, 8), 1, 1e-5);
    CHECK_NEAR(geom_point_polygon_distance((Vec2){1, 1}, u, 8), 0, 1e-9);
}

static void test_simple(void)
{
    Vec2 sq[] = {{0, 0}, {2, 0}, {2, 2}, {0, 2}};
    Vec2 bow[] = {{0, 0}, {2, 2}, {2, 0}, {0, 2}};
    CHECK(geom_polygon_is_simple(sq, 4));
    CHECK(!geom_polygon_is_simple(bow, 4));
}

static void test_smooth(void)
{
    Vec2 sq[] = {{0, 0}, {2, 0}, {2, 2}, {0, 2}}, out[32];
    int n = geom_smooth_closed(sq, 4, 8, out);
    CHECK(n == 32);
    CHECK(geom_polygon_is_simple(out, n));
    CHECK_NEAR(out[0].x, 0, 1e-6);   /* passes through the control points */
    CHECK_NEAR(out[8].x, 2, 1e-6);
}

TEST_MAIN(T(test_square_both_windings), T(test_concave), T(test_degenerate),
          T(test_point_in_polygon), T(test_simple), T(test_smooth))
