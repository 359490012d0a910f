/* reveal_verdicts: per pixel of the chart, the zone's coverage, the paint's and the figure's
 * (anti-aliased masks) say what is there; the 0.5 cm grid the scoring used says which
 * verdict (the area holding the cell) and whether paint there is overshoot. */
#include "screens/reveal_verdicts.h"
#include "quiz/score.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* Rows of the chart rasterised at once: the masks hold a band, not the whole chart (they
 * were 1.4 MB at 1280x720 and 12 MB at 3840x2160, beside the canvas itself). */
#define VERDICT_BAND 64

void verdict_free(VerdictCanvas *vc)
{
    paint_canvas_free(&vc->pc);
    gfx_canvas_destroy(vc->canvas);
    raster_mask_free(&vc->zone);
    free(vc->cells);
    free(vc->verdict);
    memset(vc, 0, sizeof *vc);
}

static bool shape_has(const Shape *s, Vec2 p)
{
    for (int i = 0; i < s->count; i++)
        if (geom_point_in_polygon(p, s->polys[i].pts, s->polys[i].n))
            return true;
    return false;
}

/* The verdict of each cell of the zone: the verdict of the named area holding it (the near
 * arm's areas first when the arm is drawn, never when it is hidden), else found or missed as
 * the cell itself is. */
static void zone_verdicts(VerdictCanvas *vc, const ReferResult *r, View v, bool hide_arm)
{
    memset(vc->verdict, 0, BODYGRID_W * BODYGRID_H);
    for (int c = 0; c < BODYGRID_W * BODYGRID_H; c++) {
        if (vc->cells[c] != REFER_CELL_FOUND && vc->cells[c] != REFER_CELL_MISSED)
            continue;
        Vec2 at = {BODYGRID_X0 + ((float)(c % BODYGRID_W) + 0.5f) * BODYGRID_CELL,
                   BODYGRID_Y0 + ((float)(c / BODYGRID_W) + 0.5f) * BODYGRID_CELL};
        int got = -1;
        for (int pass = 0; pass < 2 && got < 0; pass++)   /* the arm's areas, then the others */
            for (int i = 0; i < r->nareas && got < 0; i++) {
                const ReferArea *ra = &r->areas[i];
                if (!ra->area || ra->verdict == AREA_OVERSHOOT || ra->area->arm != (pass == 0))
                    continue;
                if (ra->area->arm && hide_arm)
                    continue;
                if (shape_has(&ra->area->shape[v], at))
                    got = (int)ra->verdict;
            }
        if (got < 0)
            got = vc->cells[c] == REFER_CELL_FOUND ? AREA_FOUND : AREA_MISSED;
        vc->verdict[c] = (uint8_t)(1 + got);
    }
}

/* The verdict at a cell of the zone, or of a zone cell beside it (a pixel on the zone's
 * anti-aliased edge may lie in a cell whose centre is outside); -1 when none. */
static int verdict_near(const VerdictCanvas *vc, int i, int j)
{
    for (int d = 0; d < 9; d++) {
        int ii = i + (d % 3) - 1, jj = j + (d / 3) - 1;
        if (d == 0) { ii = i; jj = j; }
        if (ii < 0 || jj < 0 || ii >= BODYGRID_W || jj >= BODYGRID_H)
            continue;
        uint8_t v = vc->verdict[(size_t)jj * BODYGRID_W + (size_t)ii];
        if (v)
            return v - 1;
    }
    return -1;
}

/* On the edge of mask m: inside, with a pixel d away outside (off the chart is outside). */
static bool edge(const RasterMask *m, int x, int y, int d)
{
    if (raster_mask_at(m, x, y) < 128)
        return false;
    return raster_mask_at(m, x - d, y) < 128 || raster_mask_at(m, x + d, y) < 128 ||
           raster_mask_at(m, x, y - d) < 128 || raster_mask_at(m, x, y + d) < 128;
}

/* How far an edge looks (edge's d): 1.5 logical units. */
static int edge_reach(float scale)
{
    int d = (int)lroundf(1.5f * scale);
    return d > 1 ? d : 1;
}

/* c over what is under it (both straight alpha), by coverage k (0..255). */
static Color over(Color under, Color c, int k)
{
    float a = (float)c.a * (float)k / (255.0f * 255.0f), b = (float)under.a / 255.0f;
    float out = a + b * (1 - a);
    if (out <= 0)
        return (Color){0, 0, 0, 0};
    Color r;
    r.r = (uint8_t)(((float)c.r * a + (float)under.r * b * (1 - a)) / out);
    r.g = (uint8_t)(((float)c.g * a + (float)under.g * b * (1 - a)) / out);
    r.b = (uint8_t)(((float)c.b * a + (float)under.b * b * (1 - a)) / out);
    r.a = (uint8_t)(out * 255.0f);
    return r;
}

/* The pattern of verdict v at pixel (x, y): period per pixels, so it looks the same at
 * every zoom. Also used for the legend's swatches (pattern_at). */
static Color pattern_at(const ChartPalette *pal, int v, int x, int y, int per)
{
    int thin = per / 4 > 1 ? per / 4 : 1;
    switch (v) {
    case AREA_FOUND:
        return gfx_alpha(pal->found, 0.78f);
    case AREA_PARTLY:   /* broad stripes rising to the right */
        return ((x + y) % per + per) % per < per / 2 ? gfx_alpha(pal->partly, 0.9f)
                                                     : gfx_alpha(pal->partly, 0.3f);
    case AREA_MISSED:   /* thin hatching falling to the right on a pale ground */
        return ((x - y) % per + per) % per < thin ? gfx_alpha(pal->missed, 0.85f)
                                                  : gfx_alpha(pal->missed, 0.16f);
    default: {          /* overshoot: cross-hatching */
        bool line = ((x + y) % per + per) % per < thin || ((x - y) % per + per) % per < thin;
        return line ? gfx_alpha(pal->overshoot, 0.95f) : gfx_alpha(pal->overshoot, 0.28f);
    }
    }
}

/* Rows [y0, y1) of the canvas from the masks, which hold them and the rows d around them. */
static void fill_rows(VerdictCanvas *vc, const Chart *c, const ChartPalette *pal, int y0, int y1)
{
    RasterBox bx = vc->box;
    PaintCanvas *pc = &vc->pc;
    float s = pc->cam.scale > 0 ? pc->cam.scale : 1;
    /* body coordinates of the pixel centres: affine in x and y */
    Vec2 o = chart_to_body(c, (Vec2){((float)pc->ox + 0.5f) / s, ((float)pc->oy + 0.5f) / s});
    Vec2 e = chart_to_body(c, (Vec2){((float)pc->ox + 1.5f) / s, ((float)pc->oy + 1.5f) / s});
    float dx = e.x - o.x, dy = e.y - o.y;
    int per = (int)lroundf(7 * s);
    int d = edge_reach(s);
    uint32_t *out = gfx_canvas_pixels(vc->canvas);
    size_t bw = (size_t)(bx.x1 - bx.x0);
    Color stroke = gfx_alpha(pal->click, 0.9f), tint = gfx_alpha(pal->paint, 0.45f);
    for (int y = y0; y < y1; y++) {
        float by = o.y + dy * (float)y;
        int j = (int)floorf((by - BODYGRID_Y0) / BODYGRID_CELL);
        size_t band = (size_t)(y - vc->zone.oy) * (size_t)pc->pw;   /* the row in the masks */
        const uint8_t *zrow = vc->zone.a + band, *prow = pc->paint.a + band, *frow = pc->figure.a + band;
        for (int x = bx.x0; x < bx.x1; x++) {
            float fx = o.x + dx * (float)x;
            int i = (int)floorf((fx - BODYGRID_X0) / BODYGRID_CELL);
            bool in_grid = i >= 0 && j >= 0 && i < BODYGRID_W && j < BODYGRID_H;
            size_t at = (size_t)(y - bx.y0) * bw + (size_t)(x - bx.x0);
            int z = zrow[x], p = prow[x] * frow[x] / 255;
            Color px = {0, 0, 0, 0};
            if (z) {
                int v = in_grid ? verdict_near(vc, i, j) : -1;
                if (v < 0)
                    v = p >= 128 ? AREA_FOUND : AREA_MISSED;
                px = over(px, pattern_at(pal, v, x, y, per), z);
                if (edge(&vc->zone, x, y, d))   /* the zone's edge in its verdict's colour */
                    px = over(px,
                              v == AREA_FOUND    ? pal->found
                              : v == AREA_PARTLY ? pal->partly
                                                 : pal->missed,
                              255);
            }
            if (p && z < 255) {   /* paint beside the zone: overshoot, or where it is allowed */
                uint8_t k = in_grid ? vc->cells[(size_t)j * BODYGRID_W + (size_t)i] : REFER_CELL_NONE;
                bool wrong = k == REFER_CELL_OVERSHOOT || k == REFER_CELL_NEAR;
                int cov = p * (255 - z) / 255;
                px = over(px, wrong ? pattern_at(pal, AREA_OVERSHOOT, x, y, per) : tint, cov);
            }
            if (edge(&pc->paint, x, y, d))   /* every stroke's outline: where the student painted */
                px = over(px, stroke, 255);
            out[at] = px.a ? gfx_argb(px) : 0;
        }
    }
}

/* The chart's pixels the verdicts can colour: the zone's box and the paint's (those of
 * raster_polygon and raster_disc, a pixel wider), cut to the chart. Outside, nothing is
 * there: no zone, no paint, no stroke's outline. */
static RasterBox verdict_box(const PaintCanvas *pc, const Chart *c, const PaintCircle *circles, int np,
                             const Shape *zone)
{
    float x0 = INFINITY, y0 = INFINITY, x1 = -INFINITY, y1 = -INFINITY;
    for (int i = 0; zone && i < zone->count; i++)
        for (int j = 0; j < zone->polys[i].n; j++) {
            Vec2 p = paint_canvas_px(pc, c, zone->polys[i].pts[j]);
            x0 = fminf(x0, p.x), y0 = fminf(y0, p.y), x1 = fmaxf(x1, p.x), y1 = fmaxf(y1, p.y);
        }
    for (int i = 0; i < np; i++) {
        if (circles[i].erase)   /* an eraser only takes paint away */
            continue;
        Vec2 p = paint_canvas_px(pc, c, (Vec2){circles[i].x, circles[i].y});
        float r = paint_canvas_cm(pc, c, circles[i].r) + 1;
        x0 = fminf(x0, p.x - r), y0 = fminf(y0, p.y - r), x1 = fmaxf(x1, p.x + r), y1 = fmaxf(y1, p.y + r);
    }
    RasterBox none = {0, 0, 0, 0};
    if (!(x0 <= x1 && y0 <= y1) || x1 < -1 || y1 < -1 || x0 > (float)pc->pw + 1 || y0 > (float)pc->ph + 1)
        return none;   /* nothing, or nothing on the chart (NaN fails the first test) */
    RasterBox b = {(int)floorf(fmaxf(x0, -2)) - 1, (int)floorf(fmaxf(y0, -2)) - 1,
                   (int)ceilf(fminf(x1, (float)pc->pw + 2)) + 2,
                   (int)ceilf(fminf(y1, (float)pc->ph + 2)) + 2};
    return paint_canvas_clip(pc, b);
}

/* The canvas over box, band by band: the figure, the paint and the zone rasterised into
 * masks that hold VERDICT_BAND rows and the rows an edge looks at around them (raster.h:
 * the same pixels as whole masks). */
static void fill(VerdictCanvas *vc, const Chart *c, const ChartPalette *pal, const PaintCircle *circles,
                 int np, const Shape *zone)
{
    PaintCanvas *pc = &vc->pc;
    RasterBox bx = vc->box;
    int d = edge_reach(pc->cam.scale > 0 ? pc->cam.scale : 1);
    int rows = vc->zone.rows, step = rows >= pc->ph ? pc->ph : rows - 2 * d;
    for (int b0 = bx.y0; b0 < bx.y1 && step > 0; b0 += step) {
        int b1 = b0 + step < bx.y1 ? b0 + step : bx.y1;
        int m0 = b0 - d > 0 ? b0 - d : 0, m1 = b1 + d < pc->ph ? b1 + d : pc->ph;
        raster_mask_band(&pc->figure, m0, m1 - m0);
        paint_canvas_figure(pc, c);
        raster_mask_band(&pc->paint, m0, m1 - m0);
        if (np)
            paint_canvas_strokes(pc, c, &pc->paint, circles, 0, np);
        raster_mask_band(&vc->zone, m0, m1 - m0);
        paint_canvas_shape(pc, c, &vc->zone, zone);
        fill_rows(vc, c, pal, b0, b1);
    }
    gfx_canvas_changed(vc->canvas, 0, 0, bx.x1 - bx.x0, bx.y1 - bx.y0);
}

/* A canvas for box: the one there when it has its size (every pixel is filled again). */
static bool fit_canvas(VerdictCanvas *vc, Gfx *g, RasterBox box)
{
    int w = box.x1 - box.x0, h = box.y1 - box.y0;
    RasterBox was = vc->box;
    vc->box = box;
    if (vc->canvas && was.x1 - was.x0 == w && was.y1 - was.y0 == h)
        return true;
    gfx_canvas_destroy(vc->canvas);
    vc->canvas = raster_box_empty(box) ? NULL : gfx_canvas_create(g, w, h);
    return vc->canvas || raster_box_empty(box);
}

/* Every canvas filled gets a number of its own: what a kept picture names it by. */
static unsigned long fills;

bool verdict_draw(VerdictCanvas *vc, const PaintCircle *circles, int n, unsigned version,
                  const BodyGrid *grid, const Chart *c, Gfx *g, const ChartPalette *pal,
                  const PlayedQuestion *pq)
{
    const Question *q = &pq->q;
    View v = c->view;
    if (!q->trp || q->kind != QUIZ_REFER)
        return false;
    if (!vc->cells && !(vc->cells = malloc(BODYGRID_W * BODYGRID_H)))
        return false;
    if (!vc->verdict && !(vc->verdict = malloc(BODYGRID_W * BODYGRID_H)))
        return false;
    bool fresh;
    if (!paint_canvas_fit(&vc->pc, g, c, VERDICT_BAND + 2 * edge_reach(gfx_scale(g)), false, &fresh))
        return false;
    if (fresh || vc->zone.w != vc->pc.pw || vc->zone.rows != vc->pc.paint.rows) {
        raster_mask_free(&vc->zone);
        if (!raster_mask_init(&vc->zone, vc->pc.pw, vc->pc.paint.rows))
            return false;
        fresh = true;
    }
    PaintCamera cam = paint_camera(c, g);
    int np = circles ? n : 0;
    unsigned ver = version;
    bool same = !fresh && vc->pc.made && paint_camera_same(&cam, &vc->pc.cam) && vc->trp == q->trp &&
                vc->side == q->side && vc->n == q->n && vc->score == pq->res.score && vc->version == ver &&
                vc->npaint == np && !memcmp(&vc->found, &pal->found, sizeof pal->found) &&
                vc->hide_arm == c->hide_arm;
    if (!same) {
        if (!score_refer_cells(q->trp, q->side, v, c->atlas, grid, NULL, vc->cells))
            return false;
        zone_verdicts(vc, &pq->res.refer, v, c->hide_arm);
        vc->pc.cam = cam;
        const Shape *zone = &q->trp->essential[q->side][v];
        if (!fit_canvas(vc, g, verdict_box(&vc->pc, c, circles, np, zone)))
            return false;
        if (vc->canvas)
            fill(vc, c, pal, circles, np, zone);
        vc->pc.made = true;
        vc->trp = q->trp;
        vc->side = q->side;
        vc->n = q->n;
        vc->score = pq->res.score;
        vc->version = ver;
        vc->npaint = np;
        vc->found = pal->found;
        vc->hide_arm = c->hide_arm;
        vc->filled = ++fills;
    }
    if (gfx_hashing(g)) {   /* a picture kept with the chart's (chart_draw_over): named by its contents */
        RasterBox b = vc->box;
        uint64_t named[5] = {vc->filled, (uint64_t)(uint32_t)vc->pc.ox << 32 | (uint32_t)vc->pc.oy,
                             (uint64_t)(uint32_t)b.x0 << 32 | (uint32_t)b.y0,
                             (uint64_t)(uint32_t)b.x1 << 32 | (uint32_t)b.y1,
                             (uint64_t)(uintptr_t)vc->canvas};
        gfx_hash_note(g, named, sizeof named);
        return true;
    }
    RasterBox b = vc->box;
    Vec2 at = {(float)(vc->pc.ox + b.x0) / cam.scale, (float)(vc->pc.oy + b.y0) / cam.scale};
    if (vc->canvas)
        gfx_canvas_draw(g, vc->canvas, at, 0, 0, b.x1 - b.x0, b.y1 - b.y0);
    return true;
}

/* ---- the legend -------------------------------------------------------------------- */

/* A swatch of verdict v (or -1: the paint's outline, -2: spillover, -3: the trigger point). */
static void swatch(Gfx *g, const ChartPalette *p, Rect r, int v, float k)
{
    gfx_fill_rect(g, r, RGB(252, 250, 246));
    if (v == -3) {
        float h = r.h * 0.4f;
        Vec2 m = {r.x + r.w / 2, r.y + r.h / 2};
        gfx_line(g, (Vec2){m.x - h, m.y - h}, (Vec2){m.x + h, m.y + h}, 2.4f, p->trp);
        gfx_line(g, (Vec2){m.x - h, m.y + h}, (Vec2){m.x + h, m.y - h}, 2.4f, p->trp);
        return;
    }
    if (v == -2) {
        gfx_fill_rect(g, r, gfx_alpha(p->spillover, 0.35f));
        for (int i = 0; i < 3; i++)
            for (int j = 0; j < 2; j++)
                gfx_fill_rect(g, (Rect){r.x + 2 + (float)i * 5 * k, r.y + 2 + (float)j * 5 * k, 2 * k, 2 * k},
                              p->essential);
        return;
    }
    if (v == -1) {
        gfx_fill_rect(g, r, gfx_alpha(p->paint, 0.45f));
        gfx_round_rect_outline(g, r, 1, 1.5f * k, gfx_alpha(p->click, 0.9f));
        return;
    }
    /* the pattern as lines, the same period and directions as on the chart */
    float per = 7 * k, thin = fmaxf(1, per / 4);
    Color base = v == AREA_FOUND ? gfx_alpha(p->found, 0.78f) : v == AREA_PARTLY ? gfx_alpha(p->partly, 0.3f)
               : v == AREA_MISSED ? gfx_alpha(p->missed, 0.16f) : gfx_alpha(p->overshoot, 0.28f);
    gfx_fill_rect(g, r, base);
    gfx_clip_push(g, r);
    for (float d = -r.h; d < r.w + r.h && v != AREA_FOUND; d += per) {
        if (v == AREA_PARTLY)   /* rising to the right, half the period wide */
            gfx_line(g, (Vec2){r.x + d, r.y + r.h}, (Vec2){r.x + d + r.h, r.y}, per / 2 * 0.7f,
                     gfx_alpha(p->partly, 0.9f));
        if (v == AREA_MISSED || v == AREA_OVERSHOOT)   /* falling to the right */
            gfx_line(g, (Vec2){r.x + d, r.y}, (Vec2){r.x + d + r.h, r.y + r.h}, thin * 0.7f,
                     v == AREA_MISSED ? gfx_alpha(p->missed, 0.85f) : gfx_alpha(p->overshoot, 0.95f));
        if (v == AREA_OVERSHOOT)
            gfx_line(g, (Vec2){r.x + d, r.y + r.h}, (Vec2){r.x + d + r.h, r.y}, thin * 0.7f,
                     gfx_alpha(p->overshoot, 0.95f));
    }
    gfx_clip_pop(g);
    if (v != AREA_FOUND)
        gfx_round_rect_outline(g, r, 1, 1,
                               v == AREA_PARTLY   ? p->partly
                               : v == AREA_MISSED ? p->missed
                                                  : p->overshoot);
}

static float legend_in(Gfx *g, const UiTheme *t, const ChartPalette *p, Rect box, bool draw, int cols);

float verdict_legend(Gfx *g, const UiTheme *t, const ChartPalette *p, Rect box, bool draw)
{
    return legend_in(g, t, p, box, draw, box.w >= 240 * t->scale ? 2 : 1);
}

float verdict_legend_strip(Gfx *g, const UiTheme *t, const ChartPalette *p, Rect box, bool draw)
{
    /* a column holds the widest name, "spillover (free)", beside its swatch */
    int cols = (int)((box.w - 12 * t->scale) / (150 * t->scale));
    return legend_in(g, t, p, box, draw, cols < 1 ? 1 : cols > 4 ? 4 : cols);
}

static float legend_in(Gfx *g, const UiTheme *t, const ChartPalette *p, Rect box, bool draw, int cols)
{
    static const struct { int v; const char *name; } rows[] = {
        {AREA_FOUND, "found"}, {AREA_PARTLY, "partly found"}, {AREA_MISSED, "missed"},
        {AREA_OVERSHOOT, "overshoot"}, {-2, "spillover (free)"}, {-1, "your paint"}, {-3, "trigger point"},
    };
    enum { N = sizeof rows / sizeof rows[0] };
    float k = t->scale, pad = 6 * k;
    TextStyle st = ui_text(t, 13, FONT_REGULAR, p->text);
    float lh = (g ? text_line_height(g, st) : 16 * k) + 5 * k;
    int nrows = (N + cols - 1) / cols;
    float h = (float)nrows * lh + 2 * pad;
    if (!draw || !g || h > box.h)
        return h;
    Rect bg = {box.x, box.y + box.h - h, box.w, h};
    gfx_round_rect(g, bg, 6 * k, p->label_bg);
    gfx_round_rect_outline(g, bg, 6 * k, 1, gfx_alpha(p->text, 0.3f));
    float cw = (box.w - 2 * pad) / (float)cols, sw = 22 * k;
    for (int i = 0; i < N; i++) {
        int col = i / nrows, row = i % nrows;
        float x = bg.x + pad + (float)col * cw, y = bg.y + pad + (float)row * lh;
        Rect r = {floorf(x), floorf(y + 2 * k), floorf(sw), floorf(lh - 6 * k)};
        swatch(g, p, r, rows[i].v, k);
        text_draw(g, st, x + sw + 6 * k, y + lh / 2 - 1 * k, ALIGN_MIDDLE, rows[i].name);
    }
    return h;
}
