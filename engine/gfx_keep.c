/* gfx_keep: pictures kept in memory. The drawing runs hashed instead of drawn (gfx_hash_*);
 * layers stand for a part of the screen (gfx_layer_*_at); a part of the screen is kept as a
 * picture while the drawing that makes it draws the same (gfx.h, GfxKeep). Each frame the
 * drawing runs hashed, which draws nothing and costs its arithmetic only; when the hash is
 * the one kept the picture is copied (a plain copy of memory), else the drawing goes into
 * the picture first. Blending text and anti-aliased edges is what a large screen's frame
 * spends most of its time on in software. */
#include "gfx_internal.h"

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

/* ---- pictures kept in memory: hashing, parts of the screen -------------------------- */

void gfx_hash_begin(Gfx *g)
{
    if (g->probe)
        return;
    g->probe_state = (GfxProbe){{0x452821e638d01377ULL, 0xbe5466cf34e90c6cULL}, false};
    g->probe = &g->probe_state;
    g->probe_texts = true;
    g->probe_drawn = 0;
    float at[3] = {g->scale, g->target_w, g->target_h};
    gfx_probe_op(g, 'H', at, sizeof at);
    gfx_probe_op(g, 'C', g->clips, sizeof *g->clips * (size_t)g->nclips);
}

bool gfx_hash_end(Gfx *g, uint64_t out[2], int *drawn)
{
    *drawn = 0;
    if (!g->probe || !g->probe_texts)
        return false;
    *drawn = g->probe_drawn;
    out[0] = g->probe_state.h[0];
    out[1] = g->probe_state.h[1];
    g->probe = NULL;
    g->probe_texts = false;
    return !g->probe_state.tainted;
}

bool gfx_hashing(const Gfx *g) { return g->probe != NULL; }

void gfx_hash_note(Gfx *g, const void *data, size_t n)
{
    if (g->probe) {
        gfx_probe_op(g, 'N', data, n);
        g->probe_drawn++;
    }
}

GfxLayer *gfx_layer_create_px(Gfx *g, int pw, int ph)
{
    if (pw < 1 || ph < 1 || pw > 16384 || ph > 16384)
        return NULL;
    GfxLayer *l = calloc(1, sizeof *l);
    if (l)
        *l = (GfxLayer){.w = (float)pw / g->scale, .h = (float)ph / g->scale, .pw = pw, .ph = ph, .scale = g->scale};
    return l;
}

/* The renderer's viewport starts at (-x, -y) of the layer, so every coordinate the renderer
 * gets (vertices, rectangles, clips) lands where it would on the screen, shifted by whole
 * pixels after the renderer cut it to pixels as it does on the screen. The texture has no
 * alpha, as the window has none: a copy without blending is a plain copy of memory (an
 * ARGB texture onto the window converts every pixel, 4x slower in software). */
bool gfx_layer_begin_at(Gfx *g, GfxLayer *l, int x, int y)
{
    float w = g->target_w, h = g->target_h, sc = g->scale;
    if (!l || g->probe || g->in_layer || l->scale != sc)
        return false;
    if (!l->tex) {
        l->tex = SDL_CreateTexture(g->renderer, SDL_PIXELFORMAT_RGB888, SDL_TEXTUREACCESS_TARGET, l->pw, l->ph);
        if (!l->tex) {
            SDL_Log("GFX: cannot create a %dx%d layer: %s", l->pw, l->ph, SDL_GetError());
            return false;
        }
        SDL_SetTextureBlendMode(l->tex, SDL_BLENDMODE_NONE);
    }
    if (!gfx_layer_begin(g, l))
        return false;
    l->opaque = true;   /* whatever is drawn: the texture keeps no alpha */
    SDL_Rect vp = {-x, -y, x + l->pw, y + l->ph};
    if (SDL_RenderSetViewport(g->renderer, &vp) != 0) {
        gfx_layer_end(g);
        return false;
    }
    g->target_w = w;   /* the rows and clips of the screen */
    g->target_h = h;
    gfx_apply_clip(g);
    return true;
}

void gfx_layer_draw_at(Gfx *g, GfxLayer *l, int x, int y, int sx, int sy, int sw, int sh)
{
    if (!l || !l->tex || gfx_probe_taint(g))
        return;
    int x1 = sx + sw, y1 = sy + sh;
    sx = sx < 0 ? 0 : sx;
    sy = sy < 0 ? 0 : sy;
    x1 = x1 > l->pw ? l->pw : x1;
    y1 = y1 > l->ph ? l->ph : y1;
    if (x1 <= sx || y1 <= sy)
        return;
    SDL_Rect src = {sx, sy, x1 - sx, y1 - sy}, d = {x + sx, y + sy, x1 - sx, y1 - sy};
    SDL_SetTextureBlendMode(l->tex, l->opaque ? SDL_BLENDMODE_NONE : SDL_BLENDMODE_BLEND);
    SDL_RenderCopy(g->renderer, l->tex, &src, &d);
}

bool gfx_layer_draw_part(Gfx *g, GfxLayer *l, int sx, int sy, int sw, int sh, Rect dst)
{
    if (!l || gfx_probe_taint(g))
        return false;
    SDL_Texture *t = l->shrunk_ok ? l->shrunk : l->scale == g->scale ? l->tex : NULL;
    int tw, th;
    if (!t || SDL_QueryTexture(t, NULL, NULL, &tw, &th) != 0)
        return false;
    SDL_Rect src = {sx, sy, sw, sh};
    if (sx < 0 || sy < 0 || sw < 1 || sh < 1 || sx + sw > tw || sy + sh > th)
        return false;
    SDL_FRect d = {dst.x * g->scale, dst.y * g->scale, dst.w * g->scale, dst.h * g->scale};
    SDL_SetTextureBlendMode(t, l->opaque ? SDL_BLENDMODE_NONE : SDL_BLENDMODE_BLEND);
    return SDL_RenderCopyF(g->renderer, t, &src, &d) == 0;
}
