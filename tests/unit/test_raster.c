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

/* A picture made band by band (raster_mask_band) has the pixels of one made at once: discs
 * painted and erased in order and a polygon, in bands of 7 rows, against a whole mask. */
static void draw_all(RasterMask *m, RasterBox *box)
{
    Vec2 star[] = {{30.3f, 2.1f}, {37.9f, 40.2f}, {5.5f, 18.7f}, {58.2f, 17.3f}, {20.1f, 44.8f}};
    *box = raster_box_union(raster_polygon(m, star, 5), raster_disc(m, 12.4f, 30.6f, 9.3f, false));
    *box = raster_box_union(*box, raster_disc(m, 40.7f, 10.2f, 6.1f, false));
    *box = raster_box_union(*box, raster_disc(m, 14.2f, 28.9f, 4.4f, true));
    *box = raster_box_union(*box, raster_disc(m, 50.5f, 44.5f, 11.0f, false));   /* past the bottom */
}

static void test_bands(void)
{
    enum { W = 64, H = 50, BAND = 7 };
    RasterMask whole, band;
    CHECK(raster_mask_init(&whole, W, H) && raster_mask_init(&band, W, BAND));
    RasterBox all, part = {0, 0, 0, 0};
    draw_all(&whole, &all);
    int same = 0;
    for (int y0 = 0; y0 < H; y0 += BAND) {
        int h = y0 + BAND <= H ? BAND : H - y0;
        raster_mask_band(&band, y0, h);
        RasterBox b;
        draw_all(&band, &b);
        if (!raster_box_empty(b)) {
            CHECK(b.y0 >= y0 && b.y1 <= y0 + h);   /* boxes in the picture's rows */
            part = raster_box_union(part, b);
        }
        for (int y = y0; y < y0 + h; y++)
            for (int x = -1; x <= W; x++)
                same += raster_mask_at(&band, x, y) == raster_mask_at(&whole, x, y);
        CHECK(raster_mask_at(&band, 5, y0 - 1) == 0 && raster_mask_at(&band, 5, y0 + h) == 0);
    }
    CHECK_MSG(same == H * (W + 2), "%d of %d pixels the same", same, H * (W + 2));
    CHECK(part.x0 == all.x0 && part.y0 == all.y0 && part.x1 == all.x1 && part.y1 == all.y1);
    raster_mask_free(&whole);
    raster_mask_free(&band);
}

TEST_MAIN(T(test_disc), T(test_polygon), T(test_bands))
