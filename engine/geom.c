/* geom: polygon area, containment, distances, simplicity and ear-clipping triangulation.
 * Everything works in float on small polygons (at most a few thousand vertices): the
 * quadratic ear clipper is fast enough there and has no special cases to get wrong. */
#include "geom.h"

#include <math.h>
#include <stdlib.h>

#define EPS 1e-6f

float geom_polygon_area(const Vec2 *pts, int n)
{
    double a = 0;
    for (int i = 0, j = n - 1; i < n; j = i++)
        a += (double)pts[j].x * pts[i].y - (double)pts[i].x * pts[j].y;
    return (float)(a * 0.5);
}

bool geom_point_in_polygon(Vec2 p, const Vec2 *pts, int n)
{
    bool inside = false;
    for (int i = 0, j = n - 1; i < n; j = i++) {
        Vec2 a = pts[i], b = pts[j];
        if ((a.y > p.y) != (b.y > p.y)) {
            float x = a.x + (p.y - a.y) * (b.x - a.x) / (b.y - a.y);
            if (p.x < x)
                inside = !inside;
        }
    }
    return inside;
}

float geom_point_segment_distance(Vec2 p, Vec2 a, Vec2 b)
{
    float dx = b.x - a.x, dy = b.y - a.y;
    float len2 = dx * dx + dy * dy;
    float t = len2 > 0 ? ((p.x - a.x) * dx + (p.y - a.y) * dy) / len2 : 0;
    if (t < 0) t = 0;
    if (t > 1) t = 1;
    float ex = a.x + t * dx - p.x, ey = a.y + t * dy - p.y;
    return sqrtf(ex * ex + ey * ey);
}

float geom_point_polygon_distance(Vec2 p, const Vec2 *pts, int n)
{
    if (n < 3 || geom_point_in_polygon(p, pts, n))
        return 0;
    float best = INFINITY;
    for (int i = 0, j = n - 1; i < n; j = i++) {
        float d = geom_point_segment_distance(p, pts[j], pts[i]);
        if (d < best)
            best = d;
    }
    return best;
}

static float cross3(Vec2 o, Vec2 a, Vec2 b)
{
    return (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);
}

static bool on_segment(Vec2 a, Vec2 b, Vec2 p)
{
    return fminf(a.x, b.x) - EPS <= p.x && p.x <= fmaxf(a.x, b.x) + EPS &&
           fminf(a.y, b.y) - EPS <= p.y && p.y <= fmaxf(a.y, b.y) + EPS;
}

bool geom_segments_cross(Vec2 a, Vec2 b, Vec2 c, Vec2 d)
{
    float d1 = cross3(c, d, a), d2 = cross3(c, d, b);
    float d3 = cross3(a, b, c), d4 = cross3(a, b, d);
    if (((d1 > EPS && d2 < -EPS) || (d1 < -EPS && d2 > EPS)) &&
        ((d3 > EPS && d4 < -EPS) || (d3 < -EPS && d4 > EPS)))
        return true;
    if (fabsf(d1) <= EPS && on_segment(c, d, a)) return true;
    if (fabsf(d2) <= EPS && on_segment(c, d, b)) return true;
    if (fabsf(d3) <= EPS && on_segment(a, b, c)) return true;
    if (fabsf(d4) <= EPS && on_segment(a, b, d)) return true;
    return false;
}

bool geom_polygon_is_simple(const Vec2 *pts, int n)
{
    if (n < 3)
        return false;
    for (int i = 0; i < n; i++) {
        Vec2 a = pts[i], b = pts[(i + 1) % n];
        for (int j = i + 1; j < n; j++) {
            /* adjacent edges share a vertex by construction */
            if (j == i + 1 || (i == 0 && j == n - 1))
                continue;
            if (geom_segments_cross(a, b, pts[j], pts[(j + 1) % n]))
                return false;
        }
    }
    return true;
}

Rect geom_polygon_bounds(const Vec2 *pts, int n)
{
    if (n <= 0)
        return (Rect){0, 0, 0, 0};
    float x0 = pts[0].x, x1 = x0, y0 = pts[0].y, y1 = y0;
    for (int i = 1; i < n; i++) {
        x0 = fminf(x0, pts[i].x); x1 = fmaxf(x1, pts[i].x);
        y0 = fminf(y0, pts[i].y); y1 = fmaxf(y1, pts[i].y);
    }
    return (Rect){x0, y0, x1 - x0, y1 - y0};
}

bool geom_rect_contains(Rect r, Vec2 p)
{
    return p.x >= r.x && p.x <= r.x + r.w && p.y >= r.y && p.y <= r.y + r.h;
}

static bool point_in_triangle(Vec2 p, Vec2 a, Vec2 b, Vec2 c)
{
    /* inclusive test so that a reflex vertex touching the ear blocks it */
    return cross3(a, b, p) >= -EPS && cross3(b, c, p) >= -EPS && cross3(c, a, p) >= -EPS;
}

static bool is_ear(const Vec2 *pts, const int *v, int m, int ia, int ib, int ic,
                   Vec2 a, Vec2 b, Vec2 c, bool strict)
{
    for (int k = 0; k < m; k++) {
        int ik = v[k];
        if (ik == ia || ik == ib || ik == ic)
            continue;
        Vec2 p = pts[ik];
        if ((p.x == a.x && p.y == a.y) || (p.x == b.x && p.y == b.y) || (p.x == c.x && p.y == c.y))
            continue;
        if (strict ? point_in_triangle(p, a, b, c)
                   : (cross3(a, b, p) > EPS && cross3(b, c, p) > EPS && cross3(c, a, p) > EPS))
            return false;
    }
    return true;
}

static bool near(Vec2 a, Vec2 b)
{
    return fabsf(a.x - b.x) <= EPS && fabsf(a.y - b.y) <= EPS;
}

int geom_triangulate(const Vec2 *pts, int n, int *out_idx)
{
    if (n < 3)
        return 0;
    int *v = malloc(sizeof *v * (size_t)n);
    if (!v)
        return 0;
    /* drop consecutive duplicates (including a closing copy of the first vertex) */
    int m = 0;
    for (int i = 0; i < n; i++) {
        if (m > 0 && near(pts[i], pts[v[m - 1]]))
            continue;
        v[m++] = i;
    }
    while (m > 1 && near(pts[v[0]], pts[v[m - 1]]))
        m--;
    bool ccw = geom_polygon_area(pts, n) > 0;
    int tris = 0;
    /* pass 0: strict ears (no vertex inside or on the ear); pass 1: no vertex strictly
     * inside (touching is allowed); pass 2: any convex corner, so that sloppy input still
     * terminates with full coverage */
    while (m > 3) {
        int found = -1;
        for (int pass = 0; pass < 3 && found < 0; pass++) {
            for (int i = 0; i < m; i++) {
                int ia = v[(i + m - 1) % m], ib = v[i], ic = v[(i + 1) % m];
                Vec2 a = pts[ia], b = pts[ib], c = pts[ic];
                if (!ccw) { Vec2 t = a; a = c; c = t; }
                float cr = cross3(a, b, c);
                if (fabsf(cr) <= EPS) { found = i; break; }   /* collinear: drop */
                if (cr < 0)
                    continue;                                  /* reflex */
                if (pass == 2 || is_ear(pts, v, m, ia, ib, ic, a, b, c, pass == 0)) {
                    found = i;
                    break;
                }
            }
        }
        if (found < 0)
            found = 0;
        int ia = v[(found + m - 1) % m], ib = v[found], ic = v[(found + 1) % m];
        if (!ccw) { int t = ia; ia = ic; ic = t; }
        if (fabsf(cross3(pts[ia], pts[ib], pts[ic])) > EPS) {
            out_idx[3 * tris] = ia; out_idx[3 * tris + 1] = ib; out_idx[3 * tris + 2] = ic;
            tris++;
        }
        for (int k = found; k < m - 1; k++) v[k] = v[k + 1];
        m--;
    }
    if (m == 3) {
        int ia = v[0], ib = v[1], ic = v[2];
        if (!ccw) { int t = ia; ia = ic; ic = t; }
        if (fabsf(cross3(pts[ia], pts[ib], pts[ic])) > EPS) {
            out_idx[3 * tris] = ia; out_idx[3 * tris + 1] = ib; out_idx[3 * tris + 2] = ic;
            tris++;
        }
    }
    free(v);
    return tris;
}

static Vec2 catmull(Vec2 p0, Vec2 p1, Vec2 p2, Vec2 p3, float t)
{
    float t2 = t * t, t3 = t2 * t;
    Vec2 r;
    r.x = 0.5f * (2 * p1.x + (-p0.x + p2.x) * t + (2 * p0.x - 5 * p1.x + 4 * p2.x - p3.x) * t2 +
                  (-p0.x + 3 * p1.x - 3 * p2.x + p3.x) * t3);
    r.y = 0.5f * (2 * p1.y + (-p0.y + p2.y) * t + (2 * p0.y - 5 * p1.y + 4 * p2.y - p3.y) * t2 +
                  (-p0.y + 3 * p1.y - 3 * p2.y + p3.y) * t3);
    return r;
}

int geom_smooth_closed(const Vec2 *pts, int n, int steps, Vec2 *out)
{
    int k = 0;
    for (int i = 0; i < n; i++) {
        Vec2 p0 = pts[(i + n - 1) % n], p1 = pts[i], p2 = pts[(i + 1) % n], p3 = pts[(i + 2) % n];
        for (int s = 0; s < steps; s++)
            out[k++] = catmull(p0, p1, p2, p3, (float)s / (float)steps);
    }
    return k;
}

int geom_smooth_open(const Vec2 *pts, int n, int steps, Vec2 *out)
{
    if (n < 2) {
        if (n == 1) out[0] = pts[0];
        return n;
    }
    int k = 0;
    for (int i = 0; i < n - 1; i++) {
        Vec2 p0 = pts[i > 0 ? i - 1 : 0], p1 = pts[i], p2 = pts[i + 1];
        Vec2 p3 = pts[i + 2 < n ? i + 2 : n - 1];
        for (int s = 0; s < steps; s++)
            out[k++] = catmull(p0, p1, p2, p3, (float)s / (float)steps);
    }
    out[k++] = pts[n - 1];
    return k;
}
