/* gfx_canvas: pictures made on the CPU (gfx.h, GfxCanvas) and drawn as streaming textures,
 * as a one-to-one blended copy of the part asked for, so a canvas costs little per frame
 * however it was made. With the software renderer a streaming texture is a plain surface
 * whose pixels SDL_LockTexture hands out where they live, and they never move: the canvas is
 * written there, one copy of the pixels. Other renderers keep the pixels in a copy of ours
 * and upload only the part marked changed. */
#include "gfx_internal.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

struct GfxCanvas {
    SDL_Texture *tex; uint32_t *px; int pw, ph;
    bool own;                 /* px is our copy (uploaded), not the texture's own pixels */
    int dx0, dy0, dx1, dy1;   /* the pixels changed since the last upload */
};

/* The software texture's own pixels, when its rows are packed (pitch pw * 4); NULL else. */
static uint32_t *texture_pixels(Gfx *g, SDL_Texture *t, int pw)
{
    void *px = NULL;
    int pitch = 0;
    if (!g->software || SDL_LockTexture(t, NULL, &px, &pitch) != 0)
        return NULL;
    SDL_UnlockTexture(t);   /* a no-op in software; the pointer stays the texture's */
    return pitch == pw * 4 ? px : NULL;
}

GfxCanvas *gfx_canvas_create(Gfx *g, int pw, int ph)
{
    if (pw < 1 || ph < 1 || pw > 16384 || ph > 16384)
        return NULL;
    GfxCanvas *c = calloc(1, sizeof *c);
    SDL_Texture *t = c ? SDL_CreateTexture(g->renderer, SDL_PIXELFORMAT_ARGB8888,
                                           SDL_TEXTUREACCESS_STREAMING, pw, ph)
                       : NULL;
    if (!t) {
        if (c)
            SDL_Log("GFX: cannot create a %dx%d canvas: %s", pw, ph, SDL_GetError());
        free(c);
        return NULL;
    }
    uint32_t *px = texture_pixels(g, t, pw);
    bool own = !px;
    if (px)
        memset(px, 0, (size_t)pw * (size_t)ph * sizeof *px);
    else if (!(px = calloc((size_t)pw * (size_t)ph, sizeof *px))) {
        SDL_DestroyTexture(t);
        free(c);
        return NULL;
    }
    SDL_SetTextureBlendMode(t, SDL_BLENDMODE_BLEND);
    *c = (GfxCanvas){.tex = t, .px = px, .pw = pw, .ph = ph, .own = own};
    if (own)
        gfx_canvas_changed(c, 0, 0, pw, ph);
    return c;
}

uint32_t *gfx_canvas_pixels(GfxCanvas *c) { return c ? c->px : NULL; }

void gfx_canvas_changed(GfxCanvas *c, int x, int y, int w, int h)
{
    if (!c || !c->own) return;
    int x1 = x + w, y1 = y + h;
    if (x < 0) x = 0;
    if (y < 0) y = 0;
    if (x1 > c->pw) x1 = c->pw;
    if (y1 > c->ph) y1 = c->ph;
    if (x1 <= x || y1 <= y)
        return;
    if (c->dx1 <= c->dx0 || c->dy1 <= c->dy0) {
        c->dx0 = x; c->dy0 = y; c->dx1 = x1; c->dy1 = y1;
        return;
    }
    if (x < c->dx0) c->dx0 = x;
    if (y < c->dy0) c->dy0 = y;
    if (x1 > c->dx1) c->dx1 = x1;
    if (y1 > c->dy1) c->dy1 = y1;
}

void gfx_canvas_draw(Gfx *g, GfxCanvas *c, Vec2 at, int x, int y, int w, int h)
{
    if (!c || gfx_probe_taint(g)) return;
    if (c->dx1 > c->dx0 && c->dy1 > c->dy0) {
        SDL_Rect d = {c->dx0, c->dy0, c->dx1 - c->dx0, c->dy1 - c->dy0};
        if (SDL_UpdateTexture(c->tex, &d, c->px + (size_t)c->dy0 * (size_t)c->pw + c->dx0, c->pw * 4) != 0)
            SDL_Log("GFX: cannot update a canvas: %s", SDL_GetError());
        c->dx0 = c->dy0 = c->dx1 = c->dy1 = 0;
    }
    int x1 = x + w, y1 = y + h;
    if (x < 0) x = 0;
    if (y < 0) y = 0;
    if (x1 > c->pw) x1 = c->pw;
    if (y1 > c->ph) y1 = c->ph;
    if (x1 <= x || y1 <= y)
        return;
    SDL_Rect src = {x, y, x1 - x, y1 - y};
    SDL_FRect dst = {roundf(at.x * g->scale) + (float)x, roundf(at.y * g->scale) + (float)y, (float)src.w,
                     (float)src.h};
    SDL_RenderCopyF(g->renderer, c->tex, &src, &dst);
}

void gfx_canvas_destroy(GfxCanvas *c)
{
    if (!c) return;
    SDL_DestroyTexture(c->tex);
    if (c->own)
        free(c->px);
    free(c);
}
