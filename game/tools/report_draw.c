/* report_draw: pictures of the class report (see report_draw.h). One headless session the
 * size of a picture draws them all: for each, the chart is framed on what it shows, the
 * heat is drawn into the chart's cached (2x oversampled) layer through its decorate hook so
 * its cells come out smooth, then the trigger point, the outline of the zone, and the PNG is
 * written. Colours run from pale yellow (few) to dark red (many) over the figure. */
#include "tools/report_draw.h"
#include "screens/chart.h"
#include "screens/session.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define HEAT_CELLS 84                 /* the clicks' density: cells across a picture */

static void safe_name(const char *prefix, const char *id, View v, char *buf, size_t len)
{
    snprintf(buf, len, "%s-%s-%s.png", prefix, id, atlas_view_name(v));
    for (char *p = buf; *p; p++)
        if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') || *p == '-' ||
              *p == '_' || *p == '.'))
            *p = '_';
}

void report_draw_clicks_name(const ReportClicks *c, char *buf, size_t len)
{
    safe_name("clicks", c->trp->id, c->view, buf, len);
}

void report_draw_paint_name(const ReportRefer *e, char *buf, size_t len)
{
    safe_name("paint", e->trp->id, e->view, buf, len);
}

/* share 0..1 -> pale yellow, orange, dark red; more opaque as it grows */
static Color heat_colour(float t)
{
    t = t < 0 ? 0 : t > 1 ? 1 : t;
    Color lo = RGB(255, 236, 120), mid = RGB(245, 140, 30), hi = RGB(170, 20, 20);
    Color c = t < 0.5f ? gfx_mix(lo, mid, t * 2) : gfx_mix(mid, hi, (t - 0.5f) * 2);
    return gfx_alpha(c, 0.35f + 0.5f * t);
}

/* A body-space cell (lower left corner, size in cm) on screen, its edges on whole pixels
 * of the layer so that neighbours neither overlap (alpha would double) nor leave seams. */
static void fill_cell(Chart *c, Gfx *g, Vec2 at, float size, Color col)
{
    float k = 2;   /* the chart's layer is drawn at twice the logical size */
    Vec2 a = chart_to_screen(c, (Vec2){at.x, at.y + size}), b = chart_to_screen(c, (Vec2){at.x + size, at.y});
    float x0 = roundf(a.x * k) / k, y0 = roundf(a.y * k) / k, x1 = roundf(b.x * k) / k, y1 = roundf(b.y * k) / k;
    if (x1 > x0 && y1 > y0) gfx_fill_rect(g, (Rect){x0, y0, x1 - x0, y1 - y0}, col);
}

/* ---- clicks ---- */

typedef struct ClickHeat {
    const ReportClicks *c;
    float *density; int w, h;         /* cells from origin, cell cm square */
    Vec2 origin;
    float cell, max;
} ClickHeat;

/* A Gaussian kernel density of the clicks over the frame (sigma about a fingertip). */
static bool click_density(ClickHeat *h, Vec2 centre, float extent)
{
    h->cell = extent / HEAT_CELLS;
    h->w = h->h = HEAT_CELLS;
    h->origin = (Vec2){centre.x - extent / 2, centre.y - extent / 2};
    h->density = calloc((size_t)h->w * (size_t)h->h, sizeof *h->density);
    if (!h->density) return false;
    const float sigma = 1.0f;
    const float cell = h->cell;
    int reach = (int)ceilf(3 * sigma / cell);
    for (int i = 0; i < h->c->n; i++) {
        Vec2 p = h->c->at[i];
        int cx = (int)floorf((p.x - h->origin.x) / cell), cy = (int)floorf((p.y - h->origin.y) / cell);
        for (int y = cy - reach; y <= cy + reach; y++)
            for (int x = cx - reach; x <= cx + reach; x++) {
                if (x < 0 || y < 0 || x >= h->w || y >= h->h) continue;
                float dx = h->origin.x + (x + 0.5f) * cell - p.x, dy = h->origin.y + (y + 0.5f) * cell - p.y;
                h->density[y * h->w + x] += expf(-(dx * dx + dy * dy) / (2 * sigma * sigma));
            }
    }
    for (int i = 0; i < h->w * h->h; i++)
        if (h->density[i] > h->max) h->max = h->density[i];
    return true;
}

static void draw_click_heat(Chart *c, Gfx *g, void *ud)
{
    ClickHeat *h = ud;
    if (h->max <= 0) return;
    for (int y = 0; y < h->h; y++)
        for (int x = 0; x < h->w; x++) {
            float t = h->density[y * h->w + x] / h->max;
            if (t < 0.04f) continue;
            fill_cell(c, g, (Vec2){h->origin.x + x * h->cell, h->origin.y + y * h->cell}, h->cell, heat_colour(t));
        }
    for (int i = 0; i < h->c->n; i++)
        gfx_disc(g, chart_to_screen(c, h->c->at[i]), 1.6f, RGBA(30, 30, 60, 150));
}

/* The frame around a trigger point: wide enough for most clicks near it (clicks further
 * than 25 cm away are far misses; the page counts them). */
static float click_extent(const ReportClicks *c, Vec2 at)
{
    float far = 0;
    int k = 0;
    float *d = malloc(sizeof *d * (size_t)(c->n ? c->n : 1));
    for (int i = 0; d && i < c->n; i++) {
        float e = fmaxf(fabsf(c->at[i].x - at.x), fabsf(c->at[i].y - at.y));
        if (e < 25) d[k++] = e;
    }
    /* the 95th percentile of the near clicks' reach */
    for (int i = 1; d && i < k; i++)
        for (int j = i; j > 0 && d[j] < d[j - 1]; j--) {
            float t = d[j];
            d[j] = d[j - 1];
            d[j - 1] = t;
        }
    if (d && k > 0) far = d[(int)floorf(0.95f * (float)(k - 1))];
    free(d);
    return fminf(50, fmaxf(14, 2 * far + 5));
}

static void frame(Chart *c, Vec2 centre, float extent)
{
    chart_fit(c);
    c->zoom = c->rect.w / (c->fit_scale * extent);
    c->centre = centre;
    chart_invalidate(c);
}

static bool draw_clicks(Session *s, Chart *c, const ReportClicks *k, const char *path)
{
    Gfx *g = s->app.gfx;
    const ChartPalette *p = &s->game.chart;
    Vec2 at = k->trp->at[SIDE_RIGHT][k->view];
    float extent = click_extent(k, at);
    ClickHeat h = {.c = k};
    if (!click_density(&h, at, extent)) return false;
    chart_set_view(c, k->view);
    c->detail = CHART_LANDMARKS;   /* the figure and the muscle asked: every outline would cost a third of the time */
    const AtlasMuscle *m = NULL;
    atlas_trp(c->atlas, k->trp->id, &m);
    c->highlight = m;
    c->highlight_side = SIDE_RIGHT;
    c->decorate = draw_click_heat;
    c->decorate_ud = &h;
    frame(c, at, extent);
    gfx_clear(g, p->chart_bg);
    chart_draw(c, g, p);
    /* the full-marks ring and the trigger point itself */
    gfx_circle(g, chart_to_screen(c, at), chart_cm(c, 1.5f), 1.6f, RGBA(20, 120, 60, 230));
    chart_draw_trp(c, g, at, 1.2f, RGB(20, 20, 20));
    c->decorate = NULL;
    free(h.density);
    return gfx_save_png(g, path);
}

/* ---- paint ---- */

typedef struct PaintHeat { const ReportRefer *e; } PaintHeat;

static void draw_paint_heat(Chart *c, Gfx *g, void *ud)
{
    const ReportRefer *e = ((PaintHeat *)ud)->e;
    int n = e->n - e->skipped;
    if (n <= 0) return;
    for (int y = 0; y < BODYGRID_H; y++)
        for (int x = 0; x < BODYGRID_W; x++) {
            int k = e->heat[y * BODYGRID_W + x];
            if (k)
                fill_cell(c, g, (Vec2){BODYGRID_X0 + x * BODYGRID_CELL, BODYGRID_Y0 + y * BODYGRID_CELL}, BODYGRID_CELL,
                          heat_colour((float)k / (float)n));
        }
}

static void grow_box(float *box, Vec2 p)
{
    box[0] = fminf(box[0], p.x), box[1] = fminf(box[1], p.y);
    box[2] = fmaxf(box[2], p.x), box[3] = fmaxf(box[3], p.y);
}

/* The frame of a refer picture: the zone (essential and spillover), the trigger point and
 * every cell a tenth of the class painted. */
static void paint_frame(const ReportRefer *e, Vec2 *centre, float *extent)
{
    float box[4] = {1e9f, 1e9f, -1e9f, -1e9f};
    const Shape *shapes[2] = {&e->trp->essential[SIDE_RIGHT][e->view], &e->trp->spillover[SIDE_RIGHT][e->view]};
    for (int k = 0; k < 2; k++)
        for (int i = 0; i < shapes[k]->count; i++)
            for (int j = 0; j < shapes[k]->polys[i].n; j++) grow_box(box, shapes[k]->polys[i].pts[j]);
    if (e->trp->has_at[SIDE_RIGHT][e->view]) grow_box(box, e->trp->at[SIDE_RIGHT][e->view]);
    int n = e->n - e->skipped, floor_count = n / 10 > 1 ? n / 10 : 1;
    for (int y = 0; y < BODYGRID_H; y++)
        for (int x = 0; x < BODYGRID_W; x++)
            if (e->heat[y * BODYGRID_W + x] >= floor_count)
                grow_box(box, (Vec2){BODYGRID_X0 + (x + 0.5f) * BODYGRID_CELL, BODYGRID_Y0 + (y + 0.5f) * BODYGRID_CELL});
    if (box[0] > box[2]) {
        box[0] = -20, box[1] = 80, box[2] = 20, box[3] = 120;
    }
    *centre = (Vec2){(box[0] + box[2]) / 2, (box[1] + box[3]) / 2};
    *extent = fminf(180, fmaxf(16, fmaxf(box[2] - box[0], box[3] - box[1]) * 1.15f + 4));
}

static bool draw_paint(Session *s, Chart *c, const ReportRefer *e, const char *path)
{
    Gfx *g = s->app.gfx;
    const ChartPalette *p = &s->game.chart;
    Vec2 centre;
    float extent;
    paint_frame(e, &centre, &extent);
    PaintHeat h = {e};
    chart_set_view(c, e->view);
    c->highlight = NULL;
    c->detail = CHART_LANDMARKS;   /* the figure without muscle outlines: the paint is the subject */
    c->decorate = draw_paint_heat;
    c->decorate_ud = &h;
    frame(c, centre, extent);
    gfx_clear(g, p->chart_bg);
    chart_draw(c, g, p);
    /* the zone as outlines over the heat: essential solid, spillover thin */
    const Shape *ess = &e->trp->essential[SIDE_RIGHT][e->view], *spill = &e->trp->spillover[SIDE_RIGHT][e->view];
    chart_draw_shape(c, g, spill, RGBA(0, 0, 0, 0), RGBA(60, 60, 160, 200));
    for (int i = 0; i < ess->count; i++) {
        Vec2 *pts = malloc(sizeof *pts * (size_t)ess->polys[i].n);
        if (!pts) continue;
        for (int j = 0; j < ess->polys[i].n; j++) pts[j] = chart_to_screen(c, ess->polys[i].pts[j]);
        gfx_polyline(g, pts, ess->polys[i].n, 2.4f, true, RGBA(20, 40, 140, 235));
        free(pts);
    }
    if (e->trp->has_at[SIDE_RIGHT][e->view]) chart_draw_trp(c, g, e->trp->at[SIDE_RIGHT][e->view], 1.2f, RGB(20, 20, 20));
    c->decorate = NULL;
    return gfx_save_png(g, path);
}

/* ---- all of them ---- */

int report_draw(const Report *r, const char *dir, void (*progress)(const char *what, int done, int total, void *ud),
                void *ud, char *err, size_t errlen)
{
    int total = r->nrefers;
    for (int i = 0; i < r->nclicks; i++) total += r->clicks[i].n > 0;
    if (total == 0) return 0;
    Session s;
    SessionOptions o = {.width = REPORT_PICTURE_SIZE, .height = REPORT_PICTURE_SIZE, .scale = 1, .headless = true,
                        .data_dir = dir};
    if (session_open(&s, &o) != 0) {
        snprintf(err, errlen, "the renderer could not start (see above)");
        return -1;
    }
    Chart c;
    chart_init(&c, r->atlas, VIEW_POSTERIOR);
    chart_set_rect(&c, (Rect){0, 0, REPORT_PICTURE_SIZE, REPORT_PICTURE_SIZE});
    c.show_sides = false;
    char name[256], path[4400];
    int done = 0, status = 0;
    for (int i = 0; i < r->nclicks && status == 0; i++) {
        if (r->clicks[i].n == 0) continue;
        report_draw_clicks_name(&r->clicks[i], name, sizeof name);
        snprintf(path, sizeof path, "%s/%s", dir, name);
        if (!draw_clicks(&s, &c, &r->clicks[i], path)) status = -1;
        else if (progress) progress("drawing pictures", ++done, total, ud);
    }
    for (int i = 0; i < r->nrefers && status == 0; i++) {
        report_draw_paint_name(&r->refers[i], name, sizeof name);
        snprintf(path, sizeof path, "%s/%s", dir, name);
        if (!draw_paint(&s, &c, &r->refers[i], path)) status = -1;
        else if (progress) progress("drawing pictures", ++done, total, ud);
    }
    if (status != 0) snprintf(err, errlen, "could not write %s", path);
    chart_free(&c);
    session_close(&s);
    return status == 0 ? done : -1;
}
