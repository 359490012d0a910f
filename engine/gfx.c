/* gfx: drawing on an SDL_Renderer through SDL_RenderGeometry. Shapes are turned into
 * triangles in pixel space; anti-aliasing is a one-pixel fringe around every filled shape
 * (and both sides of every line) whose alpha falls to zero, so no multisampling is needed
 * and the software renderer gives the same pixels every run. Images, layers and reading
 * the target back are in gfx_texture.c. */
#include "gfx_internal.h"
#include "array.h"

#include <malloc.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#define FRINGE 1.0f   /* pixels */
#define ROUND_STEPS 8 /* segments of a rounded corner */
/* Segments of a line sent at a time: a chart's detail lines run to thousands of points, and
 * a buffer for all of them at once stayed allocated (1.3 MB). */
#define LINE_CHUNK 256

Color gfx_mix(Color a, Color b, float t)
{
    if (t < 0) t = 0;
    if (t > 1) t = 1;
    return RGBA(a.r + (b.r - a.r) * t, a.g + (b.g - a.g) * t, a.b + (b.b - a.b) * t,
                a.a + (b.a - a.a) * t);
}

Color gfx_alpha(Color c, float a)
{
    if (a < 0) a = 0;
    if (a > 1) a = 1;
    c.a = (uint8_t)(c.a * a);
    return c;
}

Gfx *gfx_create(SDL_Renderer *r, float scale, int pixel_w, int pixel_h)
{
    Gfx *g = calloc(1, sizeof *g);
    if (!g)
        return NULL;
    g->renderer = r;
    SDL_RendererInfo info;
    g->software = SDL_GetRendererInfo(r, &info) == 0 && (info.flags & SDL_RENDERER_SOFTWARE);
    /* Pixel buffers of a few MB come and go (layers, their shrunk copies); with glibc's
     * adaptive threshold they would move into the heap after the first one is freed and
     * keep the process larger: a fixed threshold returns them to the system. */
    mallopt(M_MMAP_THRESHOLD, 256 * 1024);
    SDL_SetRenderDrawBlendMode(r, SDL_BLENDMODE_BLEND);
    gfx_set_target_size(g, scale, pixel_w, pixel_h);
    return g;
}

void gfx_destroy(Gfx *g)
{
    if (!g)
        return;
    text_cache_destroy(g);
    free(g->verts);
    free(g->idx);
    free(g->tmp);
    free(g->cache_dir);
    free(g);
}

void gfx_set_target_size(Gfx *g, float scale, int pixel_w, int pixel_h)
{
    g->scale = scale > 0 ? scale : 1;
    g->target_w = (float)pixel_w;
    g->target_h = (float)pixel_h;
    g->window_w = pixel_w;
    g->window_h = pixel_h;
}

float gfx_scale(const Gfx *g) { return g->scale; }

Vec2 gfx_size(const Gfx *g)
{
    return (Vec2){g->target_w / g->scale, g->target_h / g->scale};
}

/* ---- what reaches the renderer (hashed instead while a layer is probed) ------------- */

static void r_color(Gfx *g, Color c)
{
    if (g->probe) gfx_probe_op(g, 'c', &c, sizeof c);
    else SDL_SetRenderDrawColor(g->renderer, c.r, c.g, c.b, c.a);
}

static void r_blend(Gfx *g, SDL_BlendMode m)
{
    if (g->probe) gfx_probe_op(g, 'b', &m, sizeof m);
    else SDL_SetRenderDrawBlendMode(g->renderer, m);
}

static void r_fill_rects(Gfx *g, const SDL_FRect *r, int n)
{
    if (g->probe) {
        gfx_probe_op(g, 'r', r, sizeof *r * (size_t)n);
        g->probe_drawn++;
    } else {
        SDL_RenderFillRectsF(g->renderer, r, n);
    }
}

static void r_clip(Gfx *g, const SDL_Rect *r)
{
    if (g->probe) gfx_probe_op(g, 'k', r, r ? sizeof *r : 0);
    else SDL_RenderSetClipRect(g->renderer, r);
}

/* ---- vertex buffer ---------------------------------------------------------------- */

static bool reserve(Gfx *g, int more)
{
    SDL_Vertex *v = array_grow(g->verts, &g->cap_verts, g->nverts + more, sizeof *v);
    if (!v)
        return false;
    g->verts = v;
    return true;
}

static inline void vert(Gfx *g, float x, float y, Color c)
{
    SDL_Vertex *v = &g->verts[g->nverts++];
    v->position.x = x;
    v->position.y = y;
    v->color.r = c.r; v->color.g = c.g; v->color.b = c.b; v->color.a = c.a;
    v->tex_coord.x = v->tex_coord.y = 0;
}

/* While a layer is drawn in bands (gfx_texture.c), what lies wholly above or below the
 * band draws nothing there and is skipped: whole shapes before their outline is worked out
 * (off_band; margin: how far their pixels reach beyond their points), and triangles before
 * the renderer (its cost is per triangle). */
static bool banded(const Gfx *g) { return g->layer && g->layer->band_h && !g->probe; }

static bool off_band(const Gfx *g, float lo, float hi)
{
    return hi < (float)g->layer->band_y - 1 || lo > (float)(g->layer->band_y + g->layer->band_h) + 1;
}

/* pts logical; margin in pixels */
static bool points_off_band(const Gfx *g, const Vec2 *pts, int n, float margin)
{
    if (!banded(g) || n < 1)
        return false;
    float lo = pts[0].y, hi = pts[0].y;
    for (int i = 1; i < n; i++) {
        if (pts[i].y < lo) lo = pts[i].y;
        if (pts[i].y > hi) hi = pts[i].y;
    }
    return off_band(g, lo * g->scale - margin, hi * g->scale + margin);
}

static void cull_to_band(Gfx *g)
{
    int n = g->nverts - g->nverts % 3, kept = 0;
    for (int i = 0; i < n; i += 3) {
        const SDL_Vertex *v = &g->verts[i];
        float lo = v[0].position.y, hi = lo;
        for (int k = 1; k < 3; k++) {
            if (v[k].position.y < lo) lo = v[k].position.y;
            if (v[k].position.y > hi) hi = v[k].position.y;
        }
        if (off_band(g, lo, hi))
            continue;
        if (kept != i)
            memmove(&g->verts[kept], v, sizeof *v * 3);
        kept += 3;
    }
    g->nverts = kept;
}

static void flush(Gfx *g)
{
    if (banded(g))
        cull_to_band(g);
    if (g->nverts >= 3 && g->probe) {
        gfx_probe_op(g, 'v', g->verts, sizeof *g->verts * (size_t)(g->nverts - g->nverts % 3));
        g->probe_drawn++;
    } else if (g->nverts >= 3) {
        SDL_RenderGeometry(g->renderer, NULL, g->verts, g->nverts - g->nverts % 3, NULL, 0);
    }
    /* The software renderer gains nothing from batching, but SDL would keep every vertex
     * of a frame queued until the present (megabytes when a chart layer is drawn) */
    if (g->software && !g->probe)
        SDL_RenderFlush(g->renderer);
    g->nverts = 0;
}

static Vec2 *tmp_points(Gfx *g, int n)
{
    Vec2 *t = array_grow(g->tmp, &g->cap_tmp, n, sizeof *t);
    return t ? (g->tmp = t) : NULL;
}

static int *tmp_indices(Gfx *g, int n)
{
    int *t = array_grow(g->idx, &g->cap_idx, n, sizeof *t);
    return t ? (g->idx = t) : NULL;
}

static Vec2 to_px(const Gfx *g, Vec2 p) { return (Vec2){p.x * g->scale, p.y * g->scale}; }

/* Unit-ish outward offset at each vertex (miter, clamped) for a closed ring, or for an open
 * line when closed is false (ends use their single segment). sign picks the side. */
static void vertex_normals(const Vec2 *p, int n, bool closed, float sign, Vec2 *out)
{
    for (int i = 0; i < n; i++) {
        int ip = closed ? (i + n - 1) % n : (i > 0 ? i - 1 : i);
        int in = closed ? (i + 1) % n : (i < n - 1 ? i + 1 : i);
        Vec2 acc = {0, 0};
        if (ip != i) {
            float ex = p[i].x - p[ip].x, ey = p[i].y - p[ip].y, l = sqrtf(ex * ex + ey * ey);
            if (l > 1e-6f) { acc.x += sign * ey / l; acc.y -= sign * ex / l; }
        }
        if (in != i) {
            float ex = p[in].x - p[i].x, ey = p[in].y - p[i].y, l = sqrtf(ex * ex + ey * ey);
            if (l > 1e-6f) { acc.x += sign * ey / l; acc.y -= sign * ex / l; }
        }
        float l2 = acc.x * acc.x + acc.y * acc.y;
        if (l2 < 1e-8f) { out[i] = (Vec2){0, 0}; continue; }
        /* miter length 1/cos(theta/2) = 2/|acc|, clamped to avoid spikes */
        float k = 2.0f / l2;
        if (k * sqrtf(l2) > 2.5f) k = 2.5f / sqrtf(l2);
        out[i] = (Vec2){acc.x * k, acc.y * k};
        if (ip == i || in == i) out[i] = (Vec2){acc.x / sqrtf(l2), acc.y / sqrtf(l2)};
    }
}

static void fringe_ring(Gfx *g, const Vec2 *px, int n, Color c)
{
    Vec2 *nrm = malloc(sizeof *nrm * (size_t)n);
    if (!nrm || !reserve(g, 6 * n)) { free(nrm); return; }
    float sign = geom_polygon_area(px, n) > 0 ? 1.0f : -1.0f;
    vertex_normals(px, n, true, sign, nrm);
    Color c0 = c; c0.a = 0;
    for (int i = 0; i < n; i++) {
        int j = (i + 1) % n;
        Vec2 a = px[i], b = px[j];
        Vec2 ao = {a.x + nrm[i].x * FRINGE, a.y + nrm[i].y * FRINGE};
        Vec2 bo = {b.x + nrm[j].x * FRINGE, b.y + nrm[j].y * FRINGE};
        vert(g, a.x, a.y, c); vert(g, b.x, b.y, c); vert(g, bo.x, bo.y, c0);
        vert(g, a.x, a.y, c); vert(g, bo.x, bo.y, c0); vert(g, ao.x, ao.y, c0);
    }
    free(nrm);
}

static int cmp_float(const void *a, const void *b)
{
    float x = *(const float *)a, y = *(const float *)b;
    return x < y ? -1 : x > y;
}

/* Fills the inside of the pixel-space polygon px[0..n) (even-odd rule) as runs of whole
 * pixels, row by row: every pixel whose centre is inside, with the vertices cut to whole
 * pixels as the renderer cuts triangle vertices, so the fringe drawn after meets it.
 * false when out of memory (the caller then uses triangles). */
static bool fill_spans(Gfx *g, const Vec2 *px, int n, Color c)
{
    float miny = px[0].y, maxy = px[0].y;
    for (int i = 1; i < n; i++) {
        miny = fminf(miny, px[i].y);
        maxy = fmaxf(maxy, px[i].y);
    }
    float top = 0, bottom = g->target_h;
    if (g->layer && g->layer->band_h) {   /* a layer drawn in bands: this band's rows */
        top = (float)g->layer->band_y;
        bottom = fminf(bottom, (float)(g->layer->band_y + g->layer->band_h));
    }
    if (g->nclips > 0) {   /* rows the clip hides are not worked out (clipped shadows) */
        Rect cr = g->clips[g->nclips - 1];
        top = fmaxf(top, floorf(cr.y * g->scale));
        bottom = fminf(bottom, ceilf((cr.y + cr.h) * g->scale));
    }
    int y0 = (int)fmaxf(top, floorf(miny)), y1 = (int)fminf(bottom, ceilf(maxy));
    if (y1 <= y0)
        return true;   /* wholly above or below what shows (a zoomed chart): nothing to fill */
    float *xs = malloc(sizeof *xs * (size_t)n);
    Vec2 *v = malloc(sizeof *v * (size_t)n);   /* the vertices cut to whole pixels */
    int cap = 2 * (y1 - y0) + 16, count = 0;
    SDL_FRect *runs = malloc(sizeof *runs * (size_t)cap);
    if (!xs || !v || !runs) {
        free(xs);
        free(v);
        free(runs);
        return false;
    }
    for (int i = 0; i < n; i++)
        v[i] = (Vec2){truncf(px[i].x), truncf(px[i].y)};
    int prev = 0, nprev = 0;   /* the previous row's runs: runs[prev .. prev + nprev) */
    for (int y = y0; y < y1; y++) {
        float yc = (float)y + 0.5f;
        int k = 0, first = count;
        for (int i = 0, j = n - 1; i < n; j = i++) {
            float ax = v[j].x, ay = v[j].y, bx = v[i].x, by = v[i].y;
            if ((ay <= yc && yc < by) || (by <= yc && yc < ay))
                xs[k++] = ax + (yc - ay) / (by - ay) * (bx - ax);
        }
        if (k > 2)
            qsort(xs, (size_t)k, sizeof *xs, cmp_float);
        else if (k == 2 && xs[0] > xs[1]) {
            float t = xs[0]; xs[0] = xs[1]; xs[1] = t;
        }
        for (int m = 0; m + 1 < k; m += 2) {
            float a = ceilf(xs[m] - 0.5f), b = ceilf(xs[m + 1] - 0.5f);
            if (b <= a)
                continue;
            SDL_FRect *more = array_grow(runs, &cap, count + 1, sizeof *runs);
            if (!more) { free(xs); free(v); free(runs); return false; }
            runs = more;
            runs[count++] = (SDL_FRect){a, (float)y, b - a, 1};
        }
        /* a row like the one above makes those runs taller (most rows of a rounded
         * rectangle): far fewer rectangles to fill */
        bool same = count - first == nprev && nprev > 0;
        for (int m = 0; same && m < nprev; m++)
            same = runs[first + m].x == runs[prev + m].x && runs[first + m].w == runs[prev + m].w;
        if (same) {
            for (int m = 0; m < nprev; m++)
                runs[prev + m].h += 1;
            count = first;
        } else {
            prev = first;
            nprev = count - first;
        }
    }
    if (count) {
        if (c.a == 255)
            r_blend(g, SDL_BLENDMODE_NONE);
        r_color(g, c);
        r_fill_rects(g, runs, count);
        if (c.a == 255)
            r_blend(g, SDL_BLENDMODE_BLEND);
    }
    free(xs);
    free(v);
    free(runs);
    return true;
}

/* Large shapes are filled as runs of pixels rather than triangles: the software renderer
 * tests every pixel of a triangle's bounding box (with a scratch buffer that size when
 * blending), and a triangulated body outline is mostly long thin triangles, so the figure
 * of a chart cost about 100 ms at start-up that way. */
#define SPAN_MIN_AREA 4096.0f   /* pixels of bounding box */

/* The triangles idx (over pts) when the shape is small, else runs of pixels; then the
 * fringe. */
static void fill_shape(Gfx *g, const Vec2 *pts, int n, const int *idx, int ntris, Color c, float span_min_area)
{
    if (n < 3 || ntris <= 0 || c.a == 0)
        return;
    Vec2 *px = tmp_points(g, n);
    if (!px || !reserve(g, 3 * ntris))
        return;
    for (int i = 0; i < n; i++)
        px[i] = to_px(g, pts[i]);
    Rect b = geom_polygon_bounds(px, n);
    if (!(b.w * b.h >= span_min_area && fill_spans(g, px, n, c)))
        for (int t = 0; t < 3 * ntris; t++)
            vert(g, px[idx[t]].x, px[idx[t]].y, c);
    fringe_ring(g, px, n, c);
    flush(g);
}

/* How far a fill's fringe reaches beyond its points: FRINGE along a miter of at most 2.5
 * (vertex_normals), and a pixel for the renderer's cut to whole pixels. */
#define FILL_REACH (2.5f * FRINGE + 2)

void gfx_fill_triangulated(Gfx *g, const Vec2 *pts, int n, const int *idx, int ntris, Color c)
{
    if (points_off_band(g, pts, n, FILL_REACH))
        return;
    fill_shape(g, pts, n, idx, ntris, c, SPAN_MIN_AREA);
}

void gfx_fill_polygon(Gfx *g, const Vec2 *pts, int n, Color c)
{
    if (n < 3 || c.a == 0 || points_off_band(g, pts, n, FILL_REACH))
        return;
    /* A large shape is filled as runs of pixels and needs no triangles: ear clipping is
     * quadratic in the points of a smooth outline, and a chart's layer fills hundreds. */
    Vec2 *px = tmp_points(g, n);
    if (px) {
        for (int i = 0; i < n; i++)
            px[i] = to_px(g, pts[i]);
        Rect b = geom_polygon_bounds(px, n);
        if (b.w * b.h >= SPAN_MIN_AREA && fill_spans(g, px, n, c)) {
            fringe_ring(g, px, n, c);
            flush(g);
            return;
        }
    }
    int *idx = tmp_indices(g, 3 * n);
    if (!idx)
        return;
    int ntris = geom_triangulate(pts, n, idx);
    gfx_fill_triangulated(g, pts, n, idx, ntris, c);
}

/* An opaque fill needs no blending; without it the software renderer fills memory
 * directly, several times faster (docs/performance.md). */
static void fill_rect_px(Gfx *g, SDL_FRect fr, Color c)
{
    if (c.a == 255)
        r_blend(g, SDL_BLENDMODE_NONE);
    r_color(g, c);
    r_fill_rects(g, &fr, 1);
    if (c.a == 255)
        r_blend(g, SDL_BLENDMODE_BLEND);
}

void gfx_fill_rect(Gfx *g, Rect r, Color c)
{
    fill_rect_px(g, (SDL_FRect){r.x * g->scale, r.y * g->scale, r.w * g->scale, r.h * g->scale}, c);
}

/* Runs of pixel rows of one colour, each filled as a rectangle: the software renderer
 * fills rectangles far faster than it interpolates colours across triangles (a full-screen
 * gradient went from about 10 ms to 0.2 ms), and the rows get the same colours. */
void gfx_gradient_rect(Gfx *g, Rect r, Color top, Color bottom)
{
    float x0 = r.x * g->scale, x1 = (r.x + r.w) * g->scale;
    float y0 = r.y * g->scale, y1 = (r.y + r.h) * g->scale;
    int py0 = (int)floorf(y0 + 0.5f), py1 = (int)floorf(y1 + 0.5f);
    if (py1 <= py0 || x1 <= x0)
        return;
    int start = py0;
    Color run = gfx_mix(top, bottom, ((float)py0 + 0.5f - y0) / (y1 - y0));
    for (int y = py0 + 1; y <= py1; y++) {
        Color c = y < py1 ? gfx_mix(top, bottom, ((float)y + 0.5f - y0) / (y1 - y0)) : run;
        if (y == py1 || c.r != run.r || c.g != run.g || c.b != run.b || c.a != run.a) {
            fill_rect_px(g, (SDL_FRect){x0, (float)start, x1 - x0, (float)(y - start)}, run);
            start = y;
            run = c;
        }
    }
}

void gfx_clear(Gfx *g, Color c)
{
    if (g->layer)
        g->layer->opaque = c.a == 255;
    r_color(g, c);
    if (g->probe) {
        gfx_probe_op(g, 'x', NULL, 0);
        g->probe_drawn++;
    } else {
        SDL_RenderClear(g->renderer);
    }
}

void gfx_stipple_polygon(Gfx *g, const Vec2 *pts, int n, float spacing, float dot, Color c)
{
    if (n < 3 || spacing <= 0 || points_off_band(g, pts, n, dot * 0.5f * g->scale + 2))
        return;
    Rect b = geom_polygon_bounds(pts, n);
    float h = dot * 0.5f * g->scale;
    int row = 0;
    for (float y = floorf(b.y / spacing) * spacing; y <= b.y + b.h; y += spacing, row++) {
        if (banded(g) && off_band(g, y * g->scale - h - 2, y * g->scale + h + 2))
            continue;
        float off = (row & 1) ? spacing * 0.5f : 0;
        for (float x = floorf(b.x / spacing) * spacing + off; x <= b.x + b.w; x += spacing) {
            if (!geom_point_in_polygon((Vec2){x, y}, pts, n))
                continue;
            if (!reserve(g, 6)) { flush(g); if (!reserve(g, 6)) return; }
            float px = x * g->scale, py = y * g->scale;
            vert(g, px - h, py - h, c); vert(g, px + h, py - h, c); vert(g, px + h, py + h, c);
            vert(g, px - h, py - h, c); vert(g, px + h, py + h, c); vert(g, px - h, py + h, c);
        }
    }
    flush(g);
}

void gfx_polyline(Gfx *g, const Vec2 *pts, int n, float width, bool closed, Color c)
{
    /* the line's pixels reach its half width (a pixel at least) and a fringe along a miter
     * of at most 2.5 */
    float reach = 2.5f * (fmaxf(width * g->scale * 0.5f, 1.0f) + FRINGE) + 2;
    if (n < 2 || c.a == 0 || width <= 0 || points_off_band(g, pts, n, reach))
        return;
    Vec2 *px = tmp_points(g, n);
    Vec2 *nrm = malloc(sizeof *nrm * (size_t)n);
    if (!px || !nrm || !reserve(g, 18 * (n < LINE_CHUNK ? n : LINE_CHUNK))) { free(nrm); return; }
    for (int i = 0; i < n; i++)
        px[i] = to_px(g, pts[i]);
    vertex_normals(px, n, closed, 1.0f, nrm);
    float w = width * g->scale;
    /* The software renderer snaps vertices to whole pixels, so a core thinner than one
     * pixel would vanish in places: keep it at least one pixel wide and fade thin lines
     * through alpha instead. */
    float core = w * 0.5f - 0.5f;
    Color cc = c;
    if (w < 1) cc.a = (uint8_t)(c.a * fmaxf(w, 0.25f));
    if (core < 0.5f) core = 0.5f;
    Color c0 = cc; c0.a = 0;
    float outer = core + FRINGE;
    int segs = closed ? n : n - 1;
    for (int i = 0; i < segs; i++) {
        if (i > 0 && i % LINE_CHUNK == 0)
            flush(g);   /* the same triangles in the same order: the buffer stays small */
        int j = (i + 1) % n;
        Vec2 a = px[i], b = px[j], na = nrm[i], nb = nrm[j];
        Vec2 ai = {a.x + na.x * core, a.y + na.y * core}, bi = {b.x + nb.x * core, b.y + nb.y * core};
        Vec2 ao = {a.x + na.x * outer, a.y + na.y * outer}, bo = {b.x + nb.x * outer, b.y + nb.y * outer};
        Vec2 ai2 = {a.x - na.x * core, a.y - na.y * core}, bi2 = {b.x - nb.x * core, b.y - nb.y * core};
        Vec2 ao2 = {a.x - na.x * outer, a.y - na.y * outer}, bo2 = {b.x - nb.x * outer, b.y - nb.y * outer};
        /* core */
        vert(g, ai.x, ai.y, cc); vert(g, bi.x, bi.y, cc); vert(g, bi2.x, bi2.y, cc);
        vert(g, ai.x, ai.y, cc); vert(g, bi2.x, bi2.y, cc); vert(g, ai2.x, ai2.y, cc);
        /* fringes */
        vert(g, ai.x, ai.y, cc); vert(g, bi.x, bi.y, cc); vert(g, bo.x, bo.y, c0);
        vert(g, ai.x, ai.y, cc); vert(g, bo.x, bo.y, c0); vert(g, ao.x, ao.y, c0);
        vert(g, ai2.x, ai2.y, cc); vert(g, bi2.x, bi2.y, cc); vert(g, bo2.x, bo2.y, c0);
        vert(g, ai2.x, ai2.y, cc); vert(g, bo2.x, bo2.y, c0); vert(g, ao2.x, ao2.y, c0);
    }
    free(nrm);
    flush(g);
}

void gfx_line(Gfx *g, Vec2 a, Vec2 b, float width, Color c)
{
    Vec2 p[2] = {a, b};
    gfx_polyline(g, p, 2, width, false, c);
}

static int circle_points(const Gfx *g, Vec2 c, float r, Vec2 *out, int max)
{
    int n = (int)(r * g->scale * 0.8f);
    if (n < 12) n = 12;
    if (n > max) n = max;
    for (int i = 0; i < n; i++) {
        float t = (float)i / (float)n * 6.2831853f;
        out[i] = (Vec2){c.x + r * cosf(t), c.y + r * sinf(t)};
    }
    return n;
}

void gfx_circle(Gfx *g, Vec2 centre, float r, float width, Color c)
{
    Vec2 p[160];
    int n = circle_points(g, centre, r, p, 160);
    gfx_polyline(g, p, n, width, true, c);
}

void gfx_disc(Gfx *g, Vec2 centre, float r, Color c)
{
    Vec2 p[160];
    int n = circle_points(g, centre, r, p, 160);
    int idx[3 * 160], t = 0;
    for (int i = 1; i + 1 < n; i++) {   /* convex: a fan is exact */
        idx[3 * t] = 0; idx[3 * t + 1] = i; idx[3 * t + 2] = i + 1; t++;
    }
    gfx_fill_triangulated(g, p, n, idx, t, c);
}

/* Corners of up to ROUND_STEPS segments; small corners get fewer (4 segments stay within
 * a fifth of a pixel of the arc up to a 16-pixel radius), and every segment saved is six
 * triangles less in each fringe and outline. */
static int round_rect_points(const Gfx *g, Rect r, float rad, Vec2 *out)
{
    float m = fminf(r.w, r.h) * 0.5f;
    if (rad > m) rad = m;
    if (rad < 0) rad = 0;
    float rpx = rad * g->scale;
    const int steps = rpx <= 1.5f ? 1 : rpx <= 16 ? 4 : ROUND_STEPS;
    Vec2 cs[4] = {{r.x + r.w - rad, r.y + rad}, {r.x + r.w - rad, r.y + r.h - rad},
                  {r.x + rad, r.y + r.h - rad}, {r.x + rad, r.y + rad}};
    int n = 0;
    for (int k = 0; k < 4; k++)
        for (int s = 0; s <= steps; s++) {
            float t = ((float)k + (float)s / steps) * 1.5707963f - 1.5707963f;
            out[n++] = (Vec2){cs[k].x + rad * cosf(t), cs[k].y + rad * sinf(t)};
        }
    return n;
}

/* Filled as runs of pixels (fill_spans) inside the anti-aliased fringe: the fan of long
 * thin triangles it used to be cost many times its area in the software renderer. */
void gfx_round_rect(Gfx *g, Rect r, float radius, Color c)
{
    if (c.a == 0 || r.w <= 0 || r.h <= 0)
        return;
    Vec2 p[40];
    int n = round_rect_points(g, r, radius, p);
    int idx[3 * 40], t = 0;
    for (int i = 1; i + 1 < n; i++) {
        idx[3 * t] = 0; idx[3 * t + 1] = i; idx[3 * t + 2] = i + 1; t++;
    }
    fill_shape(g, p, n, idx, t, c, 0);
}

void gfx_round_rect_outline(Gfx *g, Rect r, float radius, float width, Color c)
{
    Vec2 p[40];
    int n = round_rect_points(g, r, radius, p);
    gfx_polyline(g, p, n, width, true, c);
}

/* ---- clipping ---------------------------------------------------------------------- */

void gfx_apply_clip(Gfx *g)
{
    if (g->nclips == 0) {
        r_clip(g, NULL);
        return;
    }
    Rect r = g->clips[g->nclips - 1];
    SDL_Rect pr = {(int)floorf(r.x * g->scale), (int)floorf(r.y * g->scale),
                   (int)ceilf(r.w * g->scale), (int)ceilf(r.h * g->scale)};
    if (pr.w <= 0) pr.w = 1, pr.x = -10;   /* SDL treats an empty rect as "no clip" */
    if (pr.h <= 0) pr.h = 1, pr.y = -10;
    r_clip(g, &pr);
}

void gfx_clip_push(Gfx *g, Rect r)
{
    if (g->nclips > 0) {
        Rect p = g->clips[g->nclips - 1];
        float x0 = fmaxf(r.x, p.x), y0 = fmaxf(r.y, p.y);
        float x1 = fminf(r.x + r.w, p.x + p.w), y1 = fminf(r.y + r.h, p.y + p.h);
        r = (Rect){x0, y0, fmaxf(0, x1 - x0), fmaxf(0, y1 - y0)};
    }
    if (g->nclips < GFX_CLIP_DEPTH)
        g->clips[g->nclips++] = r;
    gfx_apply_clip(g);
}

void gfx_clip_pop(Gfx *g)
{
    if (g->nclips > 0)
        g->nclips--;
    gfx_apply_clip(g);
}
