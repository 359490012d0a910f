/* gfx_keep: a part of the screen kept as a picture while the drawing that makes it draws the
 * same (gfx.h, GfxKeep). Each frame the drawing runs hashed, which draws nothing and costs
 * its arithmetic only; when the hash is the one kept the picture is copied (a plain copy of
 * memory), else the drawing goes into the picture first. Blending text and anti-aliased
 * edges is what a large screen's frame spends most of its time on in software. */
#include "gfx.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

static void draw_in(Gfx *g, Rect r, GfxKeepFn fn, void *ud)
{
    gfx_clip_push(g, r);
    fn(g, ud);
    gfx_clip_pop(g);
}

void gfx_keep_draw(GfxKeep *k, Gfx *g, Rect r, long min_pixels, GfxKeepFn fn, void *ud)
{
    float s = gfx_scale(g);
    Vec2 size = gfx_size(g);
    int x0 = (int)floorf(r.x * s), y0 = (int)floorf(r.y * s);
    int x1 = (int)ceilf((r.x + r.w) * s), y1 = (int)ceilf((r.y + r.h) * s);
    int sw = (int)lroundf(size.x * s), sh = (int)lroundf(size.y * s);
    x0 = x0 < 0 ? 0 : x0;
    y0 = y0 < 0 ? 0 : y0;
    x1 = x1 > sw ? sw : x1;
    y1 = y1 > sh ? sh : y1;
    int w = x1 - x0, h = y1 - y0;
    if (w <= 0 || h <= 0 || (long)w * h < min_pixels || gfx_hashing(g)) {
        gfx_keep_free(k);
        draw_in(g, r, fn, ud);
        return;
    }
    uint64_t key[2];
    int drawn, at[4] = {x0, y0, w, h};
    gfx_hash_begin(g);
    gfx_hash_note(g, at, sizeof at);
    draw_in(g, r, fn, ud);
    bool hashed = gfx_hash_end(g, key, &drawn);
    if (hashed && k->ok && k->x == x0 && k->y == y0 && key[0] == k->key[0] && key[1] == k->key[1]) {
        gfx_layer_draw_at(g, k->layer, x0, y0, 0, 0, w, h);
        return;
    }
    if (k->layer && (k->w != w || k->h != h)) {
        gfx_layer_destroy(k->layer);
        k->layer = NULL;
    }
    if (!k->layer)
        k->layer = gfx_layer_create_px(g, w, h);
    k->ok = hashed && k->layer && gfx_layer_begin_at(g, k->layer, x0, y0);
    if (!k->ok) {   /* cannot be kept (an image, a canvas) or no memory: drawn as it is */
        gfx_keep_free(k);
        draw_in(g, r, fn, ud);
        return;
    }
    draw_in(g, r, fn, ud);
    gfx_layer_end(g);
    *k = (GfxKeep){.layer = k->layer, .key = {key[0], key[1]}, .x = x0, .y = y0, .w = w, .h = h, .ok = true};
    gfx_layer_draw_at(g, k->layer, x0, y0, 0, 0, w, h);
}

void gfx_keep_free(GfxKeep *k)
{
    gfx_layer_destroy(k->layer);
    memset(k, 0, sizeof *k);
}
