/* paint_canvas: strokes rasterised into coverage masks and tinted into a canvas. Inside the
 * figure a pixel takes the paint's tint in proportion to its coverage; off the figure a
 * faint grey, so paint the scoring ignores never looks like paint that counts. */
#include "screens/paint_canvas.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

PaintCamera paint_camera(const Chart *c, const Gfx *g)
{
    return (PaintCamera){.rect = c->rect, .centre = c->centre, .zoom = c->zoom, .fit = c->fit_scale,
                         .scale = gfx_scale(g), .view = c->view};
}

bool paint_camera_same(const PaintCamera *a, const PaintCamera *b)
{
    return a->rect.x == b->rect.x && a->rect.y == b->rect.y && a->rect.w == b->rect.w &&
           a->rect.h == b->rect.h && a->centre.x == b->centre.x && a->centre.y == b->centre.y &&
           a->zoom == b->zoom && a->fit == b->fit && a->scale == b->scale && a->view == b->view;
}

void paint_canvas_free(PaintCanvas *pc)
{
    gfx_canvas_destroy(pc->canvas);
    raster_mask_free(&pc->paint);
    raster_mask_free(&pc->figure);
    memset(pc, 0, sizeof *pc);
}

bool paint_canvas_fit(PaintCanvas *pc, Gfx *g, const Chart *c, int mask_rows, bool with_canvas, bool *fresh)
{
    float s = gfx_scale(g);
    int ox = (int)floorf(c->rect.x * s), oy = (int)floorf(c->rect.y * s);
    int pw = (int)ceilf((c->rect.x + c->rect.w) * s) - ox, ph = (int)ceilf((c->rect.y + c->rect.h) * s) - oy;
    *fresh = false;
    if (pw < 1 || ph < 1)
        return false;
    int rows = mask_rows > 0 && mask_rows < ph ? mask_rows : ph;
    bool same = pc->paint.a && pc->pw == pw && pc->ph == ph && pc->paint.rows == rows;
    if (same && !pc->canvas == !with_canvas) {
        pc->ox = ox;
        pc->oy = oy;
        return true;
    }
    paint_canvas_free(pc);
    pc->canvas = with_canvas ? gfx_canvas_create(g, pw, ph) : NULL;
    if ((with_canvas && !pc->canvas) || !raster_mask_init(&pc->paint, pw, rows) ||
        !raster_mask_init(&pc->figure, pw, rows)) {
        paint_canvas_free(pc);
        return false;
    }
    pc->ox = ox;
    pc->oy = oy;
    pc->pw = pw;
    pc->ph = ph;
    *fresh = true;
    return true;
}

Vec2 paint_canvas_px(const PaintCanvas *pc, const Chart *c, Vec2 body)
{
    Vec2 sp = chart_to_screen(c, body);
    float s = pc->cam.scale > 0 ? pc->cam.scale : 1;
    return (Vec2){sp.x * s - (float)pc->ox, sp.y * s - (float)pc->oy};
}

float paint_canvas_cm(const PaintCanvas *pc, const Chart *c, float cm)
{
    return chart_cm(c, cm) * (pc->cam.scale > 0 ? pc->cam.scale : 1);
}

RasterBox paint_canvas_clip(const PaintCanvas *pc, RasterBox b)
{
    if (b.x0 < 0) b.x0 = 0;
    if (b.y0 < 0) b.y0 = 0;
    if (b.x1 > pc->pw) b.x1 = pc->pw;
    if (b.y1 > pc->ph) b.y1 = pc->ph;
    return b;
}

RasterBox paint_canvas_strokes(const PaintCanvas *pc, const Chart *c, RasterMask *m, const PaintCircle *circles, int from,
                               int to)
{
    RasterBox box = {0, 0, 0, 0};
    for (int i = from; i < to; i++) {
        const PaintCircle *k = &circles[i];
        Vec2 at = paint_canvas_px(pc, c, (Vec2){k->x, k->y});
        box = raster_box_union(box, raster_disc(m, at.x, at.y, paint_canvas_cm(pc, c, k->r), k->erase));
    }
    return box;
}

RasterBox paint_canvas_shape(const PaintCanvas *pc, const Chart *c, RasterMask *m, const Shape *s)
{
    RasterBox box = {0, 0, 0, 0};
    Vec2 buf[256];
    for (int i = 0; s && i < s->count; i++) {
        const Polygon *poly = &s->polys[i];
        Vec2 *px = poly->n <= 256 ? buf : malloc(sizeof *px * (size_t)poly->n);
        if (!px)
            continue;
        for (int j = 0; j < poly->n; j++)
            px[j] = paint_canvas_px(pc, c, poly->pts[j]);
        box = raster_box_union(box, raster_polygon(m, px, poly->n));
        if (px != buf)
            free(px);
    }
    return box;
}

void paint_canvas_figure(PaintCanvas *pc, const Chart *c)
{
    raster_mask_clear(&pc->figure);
    if (c->atlas)
        paint_canvas_shape(pc, c, &pc->figure, &c->atlas->views[c->view].silhouette);
}

/* The paint's pixels in box b: the tint inside the figure, the ghost outside it. */
static void tint(PaintCanvas *pc, RasterBox b)
{
    b = paint_canvas_clip(pc, b);
    uint32_t *out = gfx_canvas_pixels(pc->canvas);
    Color in = pc->col, off = pc->ghost;
    for (int y = b.y0; y < b.y1; y++) {
        size_t row = (size_t)y * (size_t)pc->pw;
        for (int x = b.x0; x < b.x1; x++) {
            int a = pc->paint.a[row + x];
            if (!a) {
                out[row + x] = 0;
                continue;
            }
            int ins = a * pc->figure.a[row + x] / 255, outs = a - ins;
            int ai = in.a * ins / 255, ao = off.a * outs / 255, at = ai + ao;
            if (!at) {
                out[row + x] = 0;
                continue;
            }
            Color px = {(uint8_t)((in.r * ai + off.r * ao) / at), (uint8_t)((in.g * ai + off.g * ao) / at),
                        (uint8_t)((in.b * ai + off.b * ao) / at), (uint8_t)at};
            out[row + x] = gfx_argb(px);
        }
    }
    if (!raster_box_empty(b))
        gfx_canvas_changed(pc->canvas, b.x0, b.y0, b.x1 - b.x0, b.y1 - b.y0);
}

void paint_canvas_draw(PaintCanvas *pc, const PaintCircle *circles, int n, unsigned version, const Chart *c, Gfx *g,
                       Color col)
{
    bool fresh;
    if (!paint_canvas_fit(pc, g, c, 0, true, &fresh))
        return;
    PaintCamera cam = paint_camera(c, g);
    Color ghost = gfx_alpha(gfx_mix(col, RGB(150, 150, 150), 0.7f), 0.35f);
    bool moved = fresh || !pc->made || !paint_camera_same(&cam, &pc->cam);
    bool redo = moved || pc->version != version || pc->applied > n || memcmp(&pc->col, &col, sizeof col) != 0;
    if (redo) {
        pc->cam = cam;
        if (moved)
            paint_canvas_figure(pc, c);
        pc->made = true;
        /* what the canvas held goes; the strokes are laid again */
        if (!raster_box_empty(pc->box)) {
            uint32_t *px = gfx_canvas_pixels(pc->canvas);
            for (int y = pc->box.y0; y < pc->box.y1; y++)
                memset(px + (size_t)y * (size_t)pc->pw + pc->box.x0, 0,
                       sizeof *px * (size_t)(pc->box.x1 - pc->box.x0));
            gfx_canvas_changed(pc->canvas, pc->box.x0, pc->box.y0, pc->box.x1 - pc->box.x0,
                               pc->box.y1 - pc->box.y0);
        }
        raster_mask_clear(&pc->paint);
        pc->box = (RasterBox){0, 0, 0, 0};
        pc->applied = 0;
        pc->version = version;
        pc->col = col;
        pc->ghost = ghost;
    }
    if (n > pc->applied) {
        RasterBox b = paint_canvas_clip(pc, paint_canvas_strokes(pc, c, &pc->paint, circles, pc->applied, n));
        pc->applied = n;
        tint(pc, b);
        pc->box = raster_box_union(pc->box, b);
    }
    if (!raster_box_empty(pc->box))
        gfx_canvas_draw(g, pc->canvas, (Vec2){(float)pc->ox / cam.scale, (float)pc->oy / cam.scale},
                        pc->box.x0, pc->box.y0, pc->box.x1 - pc->box.x0, pc->box.y1 - pc->box.y0);
}
