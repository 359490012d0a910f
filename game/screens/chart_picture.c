/* chart_picture: a chart's picture on screen. The figure (chart.c) is drawn into a layer at
 * twice the resolution, shrunk, and kept between runs when the screen framed the chart itself
 * (gfx_cache.c). What a screen draws over it that stays while the camera, the answer and the
 * layers shown stay (the muscle asked, zones, trigger points, a reveal: chart_draw_over) is
 * drawn with a copy of it into a layer of the screen's own pixels, named by the hash of its
 * drawing calls, and that layer is copied each frame until the hash changes: the same pixels,
 * without blending a translucent muscle over millions of pixels at every frame. While the
 * player zooms or pans (Chart.fast_motion) the last picture is stretched to the camera, and
 * the chart is drawn again once the camera rests (chart_tick). */
#include "screens/chart.h"
#include "screens/chart_internal.h"
#include "engine/app.h"

#include <math.h>
#include <stdint.h>
#include <string.h>

typedef struct PxRect { int x, y, w, h; } PxRect;

/* A chart smaller than this keeps what goes over it in a layer only when its screen asks
 * (keep_over): blending the marks there costs well under a millisecond a frame, and the layer
 * would cost its megabytes (1.8 for a quiz chart at 1280x720) in the round whose peak memory
 * has a budget. */
#define OVER_MIN_PIXELS GFX_KEEP_MIN_PIXELS

/* Names each picture a chart's layer holds, so a kept overlay never outlives the picture
 * under it (a layer freed and another made at the same address included). */
static unsigned long pictures;

void chart_camera_moved(Chart *c)
{
    c->moved = true;
    if (c->fast_motion) {
        c->moving = true;
        c->rest_s = -1;   /* the update that follows the step is not rest */
    } else {
        c->layer_ok = false;
    }
}

double chart_tick(Chart *c, double dt)
{
    if (!c->moving)
        return -1;
    if (c->rest_s < 0) {   /* dt ran before the step */
        c->rest_s = 0;
        return CHART_REST_S;
    }
    c->rest_s += dt;
    if (c->rest_s < CHART_REST_S)
        return CHART_REST_S - c->rest_s;
    c->moving = false;
    return 0;
}

void chart_tick_all(App *app, Chart *charts, int n, double dt)
{
    for (int i = 0; i < n; i++) {
        double rest = chart_tick(&charts[i], dt);
        if (rest == 0)
            app_redraw(app);
        else if (rest > 0)
            app_wake_in(app, rest);
    }
}

static bool at_picture_camera(const Chart *c)
{
    return c->zoom == c->pic_zoom && c->fit_scale == c->pic_fit && c->centre.x == c->pic_centre.x &&
           c->centre.y == c->pic_centre.y;
}

/* The cached picture: background, figure, outlines and what the screen decorates it with,
 * in the layer's own coordinates. */
static void draw_layer(Chart *c, Gfx *g, const ChartPalette *p)
{
    Rect saved = c->rect;
    c->rect.x = c->rect.y = 0;
    gfx_clear(g, p->chart_bg);
    chart_figure_draw(c, g, p);
    if (c->decorate)
        c->decorate(c, g, c->decorate_ud);
    c->rect = saved;
}

/* A chart as a screen sets it up (fitted, or framed on a region or a zone) is the same
 * picture every time that screen is shown: it is kept between runs (gfx_layer_probe_begin).
 * One the player zooms or pans changes at every step and is only drawn. */
static bool keepable(const Chart *c) { return !c->moved; }

/* Brings the layer up to date (unless it is stretched while moving). */
static void update_layer(Chart *c, Gfx *g, const ChartPalette *p, bool stretched)
{
    float sc = gfx_scale(g);
    /* the layers shown and the muscle in focus are part of the cached picture */
    const AtlasMuscle *focus = c->focus ? c->focus : c->highlight;
    Side fside = c->focus ? c->focus_side : c->highlight_side;
    if (focus != c->drawn_focus || fside != c->drawn_focus_side || c->depth != c->drawn_depth) {
        c->drawn_focus = focus;
        c->drawn_focus_side = fside;
        c->drawn_depth = c->depth;
        c->layer_ok = false;
    }
    if (!c->layer || c->layer_scale != sc) {
        gfx_layer_destroy(c->layer);
        c->layer = gfx_layer_create(g, c->rect.w, c->rect.h, 2);
        c->layer_scale = sc;
        c->layer_ok = false;
    }
    if (c->layer_ok && (stretched || at_picture_camera(c)))
        return;
    c->layer_ok = false;
    if (c->layer && keepable(c) && gfx_layer_probe_begin(g, c->layer)) {
        draw_layer(c, g, p);
        c->layer_ok = gfx_layer_probe_end(g, c->layer);
    }
    if (c->layer && !c->layer_ok && gfx_layer_begin(g, c->layer)) {
        do draw_layer(c, g, p);
        while (gfx_layer_end(g));   /* again for each band of a big layer */
        c->layer_ok = true;
    }
    c->picture = ++pictures;
    c->pic_zoom = c->zoom;
    c->pic_fit = c->fit_scale;
    c->pic_centre = c->centre;
    c->moving = false;
    c->over_stale = false;
}

/* Where gfx_layer_draw puts the layer, and the pixels gfx_clip_push(c->rect) leaves. */
static PxRect layer_px(const Chart *c, float s)
{
    return (PxRect){(int)roundf(c->rect.x * s), (int)roundf(c->rect.y * s), (int)roundf(c->rect.w * s),
                    (int)roundf(c->rect.h * s)};
}

static PxRect clip_px(const Chart *c, float s)
{
    return (PxRect){(int)floorf(c->rect.x * s), (int)floorf(c->rect.y * s), (int)ceilf(c->rect.w * s),
                    (int)ceilf(c->rect.h * s)};
}

/* The pixels gfx_fill_rect(c->rect) fills: the software renderer cuts a rectangle's corner
 * and size to whole pixels (SDL 2.26: truncation). */
static PxRect fill_px(const Chart *c, float s)
{
    return (PxRect){(int)(c->rect.x * s), (int)(c->rect.y * s), (int)(c->rect.w * s), (int)(c->rect.h * s)};
}

/* The part r of the over layer (which stands for the screen's pixels u), copied where it
 * stands. */
static void copy_over(Chart *c, Gfx *g, PxRect u, PxRect r)
{
    if (r.w > 0 && r.h > 0)
        gfx_layer_draw_at(g, c->over, u.x, u.y, r.x - u.x, r.y - u.y, r.w, r.h);
}

/* The over layer on the screen: the pixels the base picture covers (its layer, and the
 * background filled under it), not a corner of the screen's own background that the layer
 * holds only because it is a rectangle. */
static void show_over(Chart *c, Gfx *g, PxRect u)
{
    float s = gfx_scale(g);
    PxRect l = layer_px(c, s), f = fill_px(c, s);
    copy_over(c, g, u, l);
    int fx1 = f.x + f.w, fy1 = f.y + f.h, lx1 = l.x + l.w, ly1 = l.y + l.h;
    int my0 = f.y > l.y ? f.y : l.y, my1 = fy1 < ly1 ? fy1 : ly1;   /* rows both have */
    copy_over(c, g, u, (PxRect){f.x, f.y, f.w, l.y - f.y});                    /* above the layer */
    copy_over(c, g, u, (PxRect){f.x, ly1, f.w, fy1 - ly1});                    /* below it */
    copy_over(c, g, u, (PxRect){f.x, my0, l.x - f.x, my1 - my0});               /* left of it */
    copy_over(c, g, u, (PxRect){lx1, my0, fx1 - lx1, my1 - my0});               /* right of it */
}

/* The pixels the chart draws on: its layer's and its clip's, on the screen. */
static PxRect chart_px(const Chart *c, Gfx *g)
{
    float s = gfx_scale(g);
    Vec2 sz = gfx_size(g);
    PxRect a = layer_px(c, s), b = clip_px(c, s);
    int x0 = a.x < b.x ? a.x : b.x, y0 = a.y < b.y ? a.y : b.y;
    int x1 = a.x + a.w > b.x + b.w ? a.x + a.w : b.x + b.w, y1 = a.y + a.h > b.y + b.h ? a.y + a.h : b.y + b.h;
    int sw = (int)lroundf(sz.x * s), sh = (int)lroundf(sz.y * s);
    x0 = x0 < 0 ? 0 : x0;
    y0 = y0 < 0 ? 0 : y0;
    x1 = x1 > sw ? sw : x1;
    y1 = y1 > sh ? sh : y1;
    return (PxRect){x0, y0, x1 - x0, y1 - y0};
}

static void draw_base(Chart *c, Gfx *g, const ChartPalette *p)
{
    gfx_fill_rect(g, c->rect, p->chart_bg);
    if (c->layer && c->layer_ok) {
        gfx_layer_draw(g, c->layer, (Vec2){c->rect.x, c->rect.y});
    } else {   /* no layer (out of memory): draw directly, clipped */
        gfx_clip_push(g, c->rect);
        chart_figure_draw(c, g, p);
        if (c->decorate)
            c->decorate(c, g, c->decorate_ud);
        gfx_clip_pop(g);
    }
}

/* What goes over the base picture: the muscle highlighted, then the screen's. */
static void draw_over(Chart *c, Gfx *g, const ChartPalette *p, ChartOverFn over, void *ud)
{
    gfx_clip_push(g, c->rect);
    if (c->highlight)
        chart_draw_muscle(c, g, p, c->highlight, c->highlight_side);
    if (over)
        over(c, g, ud);
    gfx_clip_pop(g);
}

/* The hash of the picture with what goes over it at the chart's camera: false when some of
 * it cannot be hashed (then it is drawn every frame). */
static bool over_hash(Chart *c, Gfx *g, const ChartPalette *p, ChartOverFn over, void *ud, PxRect u,
                      uint64_t key[2], int *drawn)
{
    gfx_hash_begin(g);
    uint64_t named[4] = {(uint64_t)(uintptr_t)c->layer, c->picture,
                         (uint64_t)(uint32_t)u.x << 32 | (uint32_t)u.y,
                         (uint64_t)(uint32_t)u.w << 32 | (uint32_t)u.h};
    gfx_hash_note(g, named, sizeof named);
    gfx_hash_note(g, &p->chart_bg, sizeof p->chart_bg);
    draw_over(c, g, p, over, ud);
    return gfx_hash_end(g, key, drawn);
}

/* The over layer drawn again: the background, a copy of the base picture (already shrunk: it
 * was drawn on the screen first), what goes over it; as the screen would have them. */
static bool over_redraw(Chart *c, Gfx *g, const ChartPalette *p, ChartOverFn over, void *ud, PxRect u)
{
    Vec2 have = gfx_layer_size(c->over);
    float s = gfx_scale(g);
    if (c->over && ((int)lroundf(have.x * s) != u.w || (int)lroundf(have.y * s) != u.h)) {
        gfx_layer_destroy(c->over);
        c->over = NULL;
    }
    if (!c->over)
        c->over = gfx_layer_create_px(g, u.w, u.h);
    if (!c->over || !gfx_layer_begin_at(g, c->over, u.x, u.y))
        return false;
    gfx_clear(g, p->chart_bg);
    if (c->layer && c->layer_ok)
        gfx_layer_draw(g, c->layer, (Vec2){c->rect.x, c->rect.y});
    draw_over(c, g, p, over, ud);
    gfx_layer_end(g);
    return true;
}

/* While moving, under what the last picture does not cover (zooming out, panning): the
 * figure's shape at the camera, so the body keeps its outline until it is drawn again. */
static void draw_backdrop(Chart *c, Gfx *g, const ChartPalette *p)
{
    const AtlasView *v = &c->atlas->views[c->view];
    chart_draw_shape(c, g, &v->silhouette, p->skin, (Color){0});
    if (v->arm.count && !c->hide_arm)
        chart_draw_shape(c, g, &v->arm, p->skin, (Color){0});
}

/* Stretches the picture l, drawn over the screen's pixels at, from the camera it was drawn
 * at (pic_*) to the chart's: pixel columns and rows map linearly, so the part that shows is
 * one scaled copy, placed to the pixel; the figure's shape first where it leaves the chart
 * uncovered. */
static bool stretch(Chart *c, Gfx *g, const ChartPalette *p, GfxLayer *l, PxRect at)
{
    float S = gfx_scale(g), s1 = c->fit_scale * c->zoom, s0 = c->pic_fit * c->pic_zoom;
    if (!(s0 > 0) || !(s1 > 0))
        return false;
    float r = s1 / s0, cx = c->rect.x + c->rect.w / 2, cy = c->rect.y + c->rect.h / 2;
    float ox = cx + (c->pic_centre.x - c->centre.x) * s1, oy = cy - (c->pic_centre.y - c->centre.y) * s1;
    /* old logical x -> new: ox + (x - cx) * r; its inverse picks the columns that show */
    float i0 = (cx + (c->rect.x - ox) / r) * S - (float)at.x, i1 = (cx + (c->rect.x + c->rect.w - ox) / r) * S - (float)at.x;
    float j0 = (cy + (c->rect.y - oy) / r) * S - (float)at.y, j1 = (cy + (c->rect.y + c->rect.h - oy) / r) * S - (float)at.y;
    if (i0 < 0 || j0 < 0 || i1 > (float)at.w || j1 > (float)at.h)
        draw_backdrop(c, g, p);
    int x0 = (int)fmaxf(0, floorf(i0)), x1 = (int)fminf((float)at.w, ceilf(i1));
    int y0 = (int)fmaxf(0, floorf(j0)), y1 = (int)fminf((float)at.h, ceilf(j1));
    if (x1 <= x0 || y1 <= y0)
        return true;   /* the old picture is out of sight: the background alone */
    float dx0 = ox + (((float)(at.x + x0)) / S - cx) * r, dx1 = ox + (((float)(at.x + x1)) / S - cx) * r;
    float dy0 = oy + (((float)(at.y + y0)) / S - cy) * r, dy1 = oy + (((float)(at.y + y1)) / S - cy) * r;
    return gfx_layer_draw_part(g, l, x0, y0, x1 - x0, y1 - y0, (Rect){dx0, dy0, dx1 - dx0, dy1 - dy0});
}

/* A frame while the camera moves: the picture with what goes over it stretched, when it is
 * still what goes over it (hashed at the picture's camera); else the base picture stretched
 * and what goes over drawn at the camera. False when there is nothing to stretch. */
static bool draw_moving(Chart *c, Gfx *g, const ChartPalette *p, ChartOverFn over, void *ud, bool with_over)
{
    PxRect u = chart_px(c, g);
    bool kept = false;
    if (with_over && c->over && c->over_ok && !c->over_stale) {
        float zoom = c->zoom, fit = c->fit_scale;
        Vec2 centre = c->centre;
        c->zoom = c->pic_zoom;
        c->fit_scale = c->pic_fit;
        c->centre = c->pic_centre;
        uint64_t key[2];
        int drawn;
        kept = over_hash(c, g, p, over, ud, u, key, &drawn) && key[0] == c->over_key[0] && key[1] == c->over_key[1];
        c->zoom = zoom;
        c->fit_scale = fit;
        c->centre = centre;
        c->over_stale = !kept;   /* not hashed again until the camera rests */
    }
    gfx_clip_push(g, c->rect);
    gfx_fill_rect(g, c->rect, p->chart_bg);
    bool drawn = kept ? stretch(c, g, p, c->over, u) : stretch(c, g, p, c->layer, layer_px(c, gfx_scale(g)));
    gfx_clip_pop(g);
    if (drawn && !kept && with_over)
        draw_over(c, g, p, over, ud);
    return drawn;
}

void chart_draw_over(Chart *c, Gfx *g, const ChartPalette *p, ChartOverFn over, void *ud)
{
    if (!c->atlas)
        return;
    bool with_over = c->highlight || over;
    bool moving = c->moving && c->layer && c->layer_ok && !at_picture_camera(c);
    update_layer(c, g, p, moving);
    if (moving && c->moving && draw_moving(c, g, p, over, ud, with_over))
        return;
    update_layer(c, g, p, false);   /* at rest (or nothing to stretch): at the camera */
    /* only a chart drawn on the screen keeps an over layer, and only where it pays */
    PxRect u = chart_px(c, g);
    bool big = c->keep_over || (long)u.w * u.h >= OVER_MIN_PIXELS;
    if (!with_over || !big || !c->layer || !c->layer_ok || gfx_hashing(g)) {
        gfx_layer_destroy(c->over);
        c->over = NULL;
        c->over_ok = false;
        draw_base(c, g, p);
        if (with_over)
            draw_over(c, g, p, over, ud);
        return;
    }
    uint64_t key[2];
    int drawn = 0;
    bool hashed = u.w > 0 && u.h > 0 && over_hash(c, g, p, over, ud, u, key, &drawn);
    if (hashed && c->over_ok && key[0] == c->over_key[0] && key[1] == c->over_key[1]) {
        show_over(c, g, u);
        return;
    }
    if (hashed && drawn == 0) {   /* nothing goes over (a question before its answer): no layer */
        gfx_layer_destroy(c->over);
        c->over = NULL;
        c->over_ok = false;
        draw_base(c, g, p);
        return;
    }
    draw_base(c, g, p);   /* on the screen first: shrinks a layer just drawn */
    c->over_ok = hashed && over_redraw(c, g, p, over, ud, u);
    if (c->over_ok) {
        c->over_key[0] = key[0];
        c->over_key[1] = key[1];
        show_over(c, g, u);
    } else {   /* cannot be kept (a picture of something the hash cannot see): drawn */
        gfx_layer_destroy(c->over);
        c->over = NULL;
        draw_over(c, g, p, over, ud);
    }
}

void chart_draw(Chart *c, Gfx *g, const ChartPalette *p) { chart_draw_over(c, g, p, NULL, NULL); }
