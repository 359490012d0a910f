/* bodygrid: rasterises body-space polygons onto the fixed 0.5 cm grid by scanlines through
 * cell centres with the even-odd rule, the same rule as geom_point_in_polygon, so a cell is
 * set exactly when its centre would test inside. Boolean ops and counts are plain loops. */
#include "body/bodygrid.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

static int cmp_float(const void *a, const void *b)
{
    float x = *(const float *)a, y = *(const float *)b;
    return (x > y) - (x < y);
}

void bodygrid_clear(BodyGrid *g)
{
    memset(g->cells, 0, sizeof g->cells);
}

/* Index of the first cell whose centre is >= x (may be out of range). */
static int first_cell_at_or_after(float x)
{
    float f = ceilf((x - BODYGRID_X0) / BODYGRID_CELL - 0.5f);
    if (!(f >= -1))                 /* also NaN */
        return -1;
    return f > BODYGRID_W + 1 ? BODYGRID_W + 1 : (int)f;
}

/* The rows a polygon can set; false when none. */
static bool polygon_rows(const Vec2 *pts, int n, int *j0, int *j1)
{
    if (!pts || n < 3)
        return false;
    Rect b = geom_polygon_bounds(pts, n);
    if (!isfinite(b.x) || !isfinite(b.y) || !isfinite(b.w) || !isfinite(b.h) || b.y > 200 || b.y + b.h < -10)
        return false;
    *j0 = (int)floorf((b.y - BODYGRID_Y0) / BODYGRID_CELL - 0.5f);
    *j1 = (int)ceilf((b.y + b.h - BODYGRID_Y0) / BODYGRID_CELL - 0.5f);
    if (*j0 < 0) *j0 = 0;
    if (*j1 > BODYGRID_H - 1) *j1 = BODYGRID_H - 1;
    return *j0 <= *j1;
}

void bodygrid_fill_polygon(BodyGrid *g, const Vec2 *pts, int n)
{
    int j0, j1;
    if (!g || !polygon_rows(pts, n, &j0, &j1))
        return;
    float *xs = malloc(sizeof *xs * (size_t)n);
    if (!xs)
        return;
    for (int j = j0; j <= j1; j++) {
        float y = BODYGRID_Y0 + ((float)j + 0.5f) * BODYGRID_CELL;
        int m = 0;
        for (int i = 0, k = n - 1; i < n; k = i++) {
            Vec2 a = pts[i], c = pts[k];
            if ((a.y > y) != (c.y > y))
                xs[m++] = a.x + (y - a.y) * (c.x - a.x) / (c.y - a.y);
        }
        qsort(xs, (size_t)m, sizeof *xs, cmp_float);
        uint8_t *row = g->cells + (size_t)j * BODYGRID_W;
        for (int k = 0; k + 1 < m; k += 2) {
            /* centres cx with xs[k] <= cx < xs[k+1] */
            int i0 = first_cell_at_or_after(xs[k]);
            int i1 = first_cell_at_or_after(xs[k + 1]) - 1;
            if (i0 < 0) i0 = 0;
            if (i1 > BODYGRID_W - 1) i1 = BODYGRID_W - 1;
            for (int i = i0; i <= i1; i++)
                row[i] = 1;
        }
    }
    free(xs);
}

void bodygrid_fill_shape(BodyGrid *g, const Shape *s)
{
    for (int i = 0; s && i < s->count; i++)
        bodygrid_fill_polygon(g, s->polys[i].pts, s->polys[i].n);
}

static void disc_set(BodyGrid *g, Vec2 c, float r, uint8_t value)
{
    if (!g || !(r > 0) || !isfinite(c.x) || !isfinite(c.y) || !isfinite(r) || fabsf(c.x) > 1000 ||
        fabsf(c.y) > 1000 || r > 1000)
        return;
    int j0 = (int)floorf((c.y - r - BODYGRID_Y0) / BODYGRID_CELL), j1 = (int)ceilf((c.y + r - BODYGRID_Y0) / BODYGRID_CELL);
    int i0 = (int)floorf((c.x - r - BODYGRID_X0) / BODYGRID_CELL), i1 = (int)ceilf((c.x + r - BODYGRID_X0) / BODYGRID_CELL);
    if (j0 < 0) j0 = 0;
    if (i0 < 0) i0 = 0;
    if (j1 > BODYGRID_H - 1) j1 = BODYGRID_H - 1;
    if (i1 > BODYGRID_W - 1) i1 = BODYGRID_W - 1;
    for (int j = j0; j <= j1; j++) {
        float dy = BODYGRID_Y0 + ((float)j + 0.5f) * BODYGRID_CELL - c.y;
        for (int i = i0; i <= i1; i++) {
            float dx = BODYGRID_X0 + ((float)i + 0.5f) * BODYGRID_CELL - c.x;
            if (dx * dx + dy * dy <= r * r)
                g->cells[(size_t)j * BODYGRID_W + i] = value;
        }
    }
}

void bodygrid_fill_disc(BodyGrid *g, Vec2 c, float r)
{
    disc_set(g, c, r, 1);
}

void bodygrid_erase_disc(BodyGrid *g, Vec2 c, float r)
{
    disc_set(g, c, r, 0);
}

void bodygrid_paint(BodyGrid *g, const PaintCircle *c, int n)
{
    for (int i = 0; i < n; i++)
        disc_set(g, (Vec2){c[i].x, c[i].y}, c[i].r, c[i].erase ? 0 : 1);
}

void bodygrid_and(BodyGrid *dst, const BodyGrid *src)
{
    for (size_t i = 0; i < sizeof dst->cells; i++)
        dst->cells[i] &= src->cells[i];
}

void bodygrid_or(BodyGrid *dst, const BodyGrid *src)
{
    for (size_t i = 0; i < sizeof dst->cells; i++)
        dst->cells[i] |= src->cells[i];
}

void bodygrid_andnot(BodyGrid *dst, const BodyGrid *src)
{
    for (size_t i = 0; i < sizeof dst->cells; i++)
        dst->cells[i] &= (uint8_t)!src->cells[i];
}

int bodygrid_count(const BodyGrid *g)
{
    int n = 0;
    for (size_t i = 0; i < sizeof g->cells; i++)
        n += g->cells[i];
    return n;
}

int bodygrid_count_and(const BodyGrid *a, const BodyGrid *b)
{
    int n = 0;
    for (size_t i = 0; i < sizeof a->cells; i++)
        n += a->cells[i] & b->cells[i];
    return n;
}

int bodygrid_shape_overlap(BodyGrid *scratch, const Shape *s, const BodyGrid *part, int *in_part)
{
    /* only the rows the shape can touch are counted and cleared again: a shape is a small
     * part of the grid, and this runs for every muscle and zone at load */
    int lo = BODYGRID_H, hi = -1;
    for (int i = 0; s && i < s->count; i++) {
        int j0, j1;
        if (polygon_rows(s->polys[i].pts, s->polys[i].n, &j0, &j1)) {
            lo = j0 < lo ? j0 : lo;
            hi = j1 > hi ? j1 : hi;
        }
    }
    *in_part = 0;
    if (lo > hi)
        return 0;
    bodygrid_fill_shape(scratch, s);
    size_t a = (size_t)lo * BODYGRID_W, b = (size_t)(hi + 1) * BODYGRID_W;
    int all = 0, both = 0;
    for (size_t i = a; i < b; i++) {
        all += scratch->cells[i];
        both += scratch->cells[i] & part->cells[i];
    }
    memset(scratch->cells + a, 0, b - a);
    *in_part = both;
    return all;
}

float bodygrid_area_cm2(int cells)
{
    return (float)cells * BODYGRID_CELL * BODYGRID_CELL;
}

bool bodygrid_get(const BodyGrid *g, Vec2 p)
{
    if (!g || !isfinite(p.x) || !isfinite(p.y))
        return false;
    float fi = floorf((p.x - BODYGRID_X0) / BODYGRID_CELL), fj = floorf((p.y - BODYGRID_Y0) / BODYGRID_CELL);
    if (fi < 0 || fj < 0 || fi >= BODYGRID_W || fj >= BODYGRID_H)
        return false;
    return g->cells[(size_t)fj * BODYGRID_W + (size_t)fi] != 0;
}
