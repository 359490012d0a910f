/* raster: coverage masks. A disc's edge pixels get coverage r - d + 1/2 (d the distance of
 * the pixel's centre), its inside is filled row by row; a polygon is sampled on 4 rows per
 * pixel and each sampled row covers its pixels by the exact length inside. */
#include "raster.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

bool raster_mask_init(RasterMask *m, int w, int h)
{
    m->w = w > 0 ? w : 0;
    m->h = h > 0 ? h : 0;
    m->oy = 0;
    m->a = calloc((size_t)m->w * (size_t)m->h + 1, 1);
    if (!m->a)
        m->w = m->h = 0;
    m->rows = m->h;
    return m->a != NULL;
}

void raster_mask_band(RasterMask *m, int oy, int h)
{
    m->oy = oy;
    m->h = h < 0 ? 0 : h > m->rows ? m->rows : h;
    raster_mask_clear(m);
}

void raster_mask_free(RasterMask *m)
{
    free(m->a);
    memset(m, 0, sizeof *m);
}

void raster_mask_clear(RasterMask *m)
{
    if (m->a)
        memset(m->a, 0, (size_t)m->w * (size_t)m->h);
}

bool raster_box_empty(RasterBox b) { return b.x1 <= b.x0 || b.y1 <= b.y0; }

RasterBox raster_box_union(RasterBox a, RasterBox b)
{
    if (raster_box_empty(a)) return b;
    if (raster_box_empty(b)) return a;
    return (RasterBox){a.x0 < b.x0 ? a.x0 : b.x0, a.y0 < b.y0 ? a.y0 : b.y0,
                       a.x1 > b.x1 ? a.x1 : b.x1, a.y1 > b.y1 ? a.y1 : b.y1};
}

static int clampi(int v, int lo, int hi) { return v < lo ? lo : v > hi ? hi : v; }

static inline void put(uint8_t *p, float cov, bool erase)
{
    int v = (int)(cov * 255.0f + 0.5f);
    if (v <= 0) return;
    if (v > 255) v = 255;
    if (erase) {
        int left = 255 - v;
        if (*p > left) *p = (uint8_t)left;
    } else if (*p < v) {
        *p = (uint8_t)v;
    }
}

RasterBox raster_disc(RasterMask *m, float cx, float cy, float r, bool erase)
{
    RasterBox none = {0, 0, 0, 0};
    if (!m->a || !(r > 0) || !isfinite(cx) || !isfinite(cy) || !isfinite(r) || r > 1e5f)
        return none;
    float ro = r + 0.5f, ri = r - 0.5f;
    int y0 = clampi((int)floorf(cy - ro), m->oy, m->oy + m->h),
        y1 = clampi((int)ceilf(cy + ro) + 1, m->oy, m->oy + m->h);
    RasterBox box = {m->w, y1, 0, y0};
    for (int y = y0; y < y1; y++) {
        float dy = (float)y + 0.5f - cy, dy2 = dy * dy;
        if (dy2 >= ro * ro)
            continue;
        float wo = sqrtf(ro * ro - dy2);
        int x0 = clampi((int)ceilf(cx - wo - 0.5f), 0, m->w),
            x1 = clampi((int)floorf(cx + wo - 0.5f) + 1, 0, m->w);
        if (x1 <= x0)
            continue;
        /* the columns wholly inside: centres within r - 1/2 */
        int f0 = x1, f1 = x1;
        if (ri > 0 && dy2 < ri * ri) {
            float wi = sqrtf(ri * ri - dy2);
            f0 = clampi((int)ceilf(cx - wi - 0.5f), x0, x1);
            f1 = clampi((int)floorf(cx + wi - 0.5f) + 1, f0, x1);
        }
        uint8_t *row = m->a + (size_t)(y - m->oy) * (size_t)m->w;
        for (int x = x0; x < x1; x++) {
            if (x == f0 && f1 > f0) {
                memset(row + f0, erase ? 0 : 255, (size_t)(f1 - f0));
                x = f1 - 1;
                continue;
            }
            float dx = (float)x + 0.5f - cx;
            float cov = r - sqrtf(dx * dx + dy2) + 0.5f;
            put(row + x, cov > 1 ? 1 : cov, erase);
        }
        if (x0 < box.x0) box.x0 = x0;
        if (x1 > box.x1) box.x1 = x1;
        if (y < box.y0) box.y0 = y;
        if (y + 1 > box.y1) box.y1 = y + 1;
    }
    return raster_box_empty(box) ? none : box;
}

static int cmp_float(const void *a, const void *b)
{
    float x = *(const float *)a, y = *(const float *)b;
    return x < y ? -1 : x > y;
}

#define SUBROWS 4

RasterBox raster_polygon(RasterMask *m, const Vec2 *px, int n)
{
    RasterBox none = {0, 0, 0, 0};
    if (!m->a || n < 3)
        return none;
    Rect b = geom_polygon_bounds(px, n);
    if (!isfinite(b.x) || !isfinite(b.y) || !isfinite(b.w) || !isfinite(b.h))
        return none;
    int x0 = clampi((int)floorf(b.x), 0, m->w), x1 = clampi((int)ceilf(b.x + b.w) + 1, 0, m->w);
    int y0 = clampi((int)floorf(b.y), m->oy, m->oy + m->h),
        y1 = clampi((int)ceilf(b.y + b.h) + 1, m->oy, m->oy + m->h);
    if (x1 <= x0 || y1 <= y0)
        return none;
    float *acc = calloc((size_t)(x1 - x0), sizeof *acc);
    float *xs = malloc(sizeof *xs * (size_t)n);
    if (!acc || !xs) {
        free(acc);
        free(xs);
        return none;
    }
    const float share = 1.0f / SUBROWS;
    for (int y = y0; y < y1; y++) {
        int lo = x1, hi = x0;   /* the columns touched in this row */
        for (int s = 0; s < SUBROWS; s++) {
            float yc = (float)y + ((float)s + 0.5f) * share;
            int k = 0;
            for (int i = 0, j = n - 1; i < n; j = i++) {
                float ay = px[j].y, by = px[i].y;
                if ((ay <= yc && yc < by) || (by <= yc && yc < ay))
                    xs[k++] = px[j].x + (yc - ay) / (by - ay) * (px[i].x - px[j].x);
            }
            if (k > 1)
                qsort(xs, (size_t)k, sizeof *xs, cmp_float);
            for (int q = 0; q + 1 < k; q += 2) {
                float xa = fmaxf(xs[q], (float)x0), xb = fminf(xs[q + 1], (float)x1);
                if (xb <= xa)
                    continue;
                int ia = (int)floorf(xa), ib = (int)floorf(xb);
                if (ia < lo) lo = ia;
                if ((ib < x1 ? ib : x1 - 1) > hi) hi = ib < x1 ? ib : x1 - 1;
                if (ia == ib) {
                    acc[ia - x0] += share * (xb - xa);
                    continue;
                }
                acc[ia - x0] += share * ((float)(ia + 1) - xa);
                for (int c = ia + 1; c < ib; c++)
                    acc[c - x0] += share;
                if (ib < x1)
                    acc[ib - x0] += share * (xb - (float)ib);
            }
        }
        uint8_t *row = m->a + (size_t)(y - m->oy) * (size_t)m->w;
        for (int c = lo; c <= hi; c++) {
            put(row + c, acc[c - x0] > 1 ? 1 : acc[c - x0], false);
            acc[c - x0] = 0;
        }
    }
    free(acc);
    free(xs);
    return (RasterBox){x0, y0, x1, y1};
}
