/* Coverage masks: a disc and a polygon cover their area with soft edges, erasing lowers
 * coverage in order, overlapping discs never add up, and what lies off the mask is no-op. */
#include "test.h"
#include "engine/raster.h"

static double covered(const RasterMask *m)
{
    double sum = 0;
    for (int i = 0; i < m->w * m->h; i++)
        sum += m->a[i] / 255.0;
    return sum;
}

static int partial(const RasterMask *m)
{
    int n = 0;
    for (int i = 0; i < m->w * m->h; i++)
        n += m->a[i] > 0 && m->a[i] < 255;
    return n;
}

static void test_disc(void)
{
    RasterMask m;
    CHECK(raster_mask_init(&m, 100, 80));
    RasterBox b = raster_disc(&m, 40.3f, 30.7f, 12, false);
    CHECK_NEAR(covered(&m), 3.14159265 * 144, 3);
    CHECK(partial(&m) > 40);                     /* anti-aliased edge */
    CHECK(m.a[30 * 100 + 40] == 255 && m.a[30 * 100 + 60] == 0);
    CHECK(b.x0 <= 28 && b.x1 >= 53 && b.y0 <= 18 && b.y1 >= 43 && b.x1 <= 55 && b.y1 <= 45);
    double one = covered(&m);
    raster_disc(&m, 40.3f, 30.7f, 12, false);   /* the same dab again: nothing darker */
    CHECK_NEAR(covered(&m), one, 1e-9);
    raster_disc(&m, 40.3f, 30.7f, 6, true);     /* erased in the middle */
    CHECK_NEAR(covered(&m), 3.14159265 * (144 - 36), 4);
    CHECK(m.a[30 * 100 + 40] == 0 && m.a[30 * 100 + 50] == 255);
    raster_disc(&m, 45, 30, 3, false);          /* painted again after the eraser */
    CHECK(m.a[30 * 100 + 45] == 255);
    /* off the mask, empty or absurd: nothing happens */
    double now = covered(&m);
    CHECK(raster_box_empty(raster_disc(&m, -50, 30, 10, false)));
    CHECK(raster_box_empty(raster_disc(&m, 40, 30, 0, false)));
    CHECK(raster_box_empty(raster_disc(&m, NAN, 30, 5, false)));
    CHECK(raster_box_empty(raster_disc(&m, 40, 30, INFINITY, false)));
    CHECK_NEAR(covered(&m), now, 1e-9);
    raster_disc(&m, 98, 78, 10, false);         /* clipped at the corner */
    CHECK(m.a[79 * 100 + 99] == 255);
    raster_mask_free(&m);
}

static void test_polygon(void)
{
    RasterMask m;
    CHECK(raster_mask_init(&m, 64, 64));
    Vec2 tri[] = {{10.5f, 5.25f}, {50.2f, 12.0f}, {20.0f, 55.7f}};
    raster_polygon(&m, tri, 3);
    double area = 0.5 * fabs((50.2 - 10.5) * (55.7 - 5.25) - (20.0 - 10.5) * (12.0 - 5.25));
    CHECK_NEAR(covered(&m), area, area * 0.01);
    CHECK(partial(&m) > 50);
    /* a union: a square over part of it raises coverage only where it adds */
    Vec2 sq[] = {{0, 0}, {8, 0}, {8, 8}, {0, 8}};
    raster_polygon(&m, sq, 4);
    CHECK_NEAR(covered(&m), area + 64, area * 0.01);
    CHECK(m.a[4 * 64 + 4] == 255 && m.a[4 * 64 + 9] == 0);
    /* even-odd: a ring drawn as one polygon with a hole traced back */
    RasterMask r;
    CHECK(raster_mask_init(&r, 40, 40));
    Vec2 ring[] = {{0, 0},   {30, 0},  {30, 30}, {0, 30},  {0, 0},
                   {10, 10}, {10, 20}, {20, 20}, {20, 10}, {10, 10}};
    raster_polygon(&r, ring, 10);
    CHECK(r.a[15 * 40 + 15] == 0 && r.a[5 * 40 + 5] == 255);
    CHECK_NEAR(covered(&r), 900 - 100, 2);
    CHECK(raster_box_empty(raster_polygon(&r, sq, 2)));
    Vec2 far[] = {{-100, -100}, {-50, -100}, {-50, -50}};
    CHECK(raster_box_empty(raster_polygon(&r, far, 3)));
    raster_mask_free(&r);
    raster_mask_free(&m);
}

TEST_MAIN(T(test_disc), T(test_polygon))
