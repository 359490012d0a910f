/* gfx_texture: what gfx draws that is a texture: images from files, layers (off-screen
 * targets drawn once and copied each frame, oversampled and shrunk with bilinear
 * filtering for smooth edges) and the target read back as pixels or a PNG.
 * SDL2_image reads the images and writes the PNGs. It is loaded when first needed, not
 * linked: with its codecs (libtiff, libjpeg, libwebp, libLerc and the C++ library under it)
 * it made the game start 2 ms slower and hold 1.9 MB more, for the few commands that write
 * pictures (shot, report). */
#include "gfx_internal.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

struct GfxImage { SDL_Texture *tex; int w, h; };

/* ---- SDL2_image, loaded on first use ----------------------------------------------- */

#define IMAGE_LIBRARY "libSDL2_image-2.0.so.0"   /* the soname of every SDL2_image 2.x */

typedef SDL_Texture *(*ImageLoadFn)(SDL_Renderer *r, const char *path);
typedef int (*ImageSaveFn)(SDL_Surface *s, const char *path);
typedef void (*ImageQuitFn)(void);

static struct {
    void *so; bool tried;    /* the library, once loaded; tried: never load twice */
    ImageLoadFn load_texture;
    ImageSaveFn save_png;
    ImageQuitFn quit;
} image;

/* false (with SDL's error set) when SDL2_image cannot be loaded */
static bool image_open(void)
{
    if (image.so)
        return true;
    if (image.tried) {
        SDL_SetError("%s is not available", IMAGE_LIBRARY);
        return false;
    }
    image.tried = true;
    void *so = SDL_LoadObject(IMAGE_LIBRARY);
    if (!so)
        return false;
    /* what dlsym returns, converted to functions as POSIX allows */
    image.load_texture = (ImageLoadFn)SDL_LoadFunction(so, "IMG_LoadTexture");
    image.save_png = (ImageSaveFn)SDL_LoadFunction(so, "IMG_SavePNG");
    image.quit = (ImageQuitFn)SDL_LoadFunction(so, "IMG_Quit");
    if (!image.load_texture || !image.save_png || !image.quit) {
        SDL_UnloadObject(so);
        return false;
    }
    image.so = so;
    return true;
}

/* What SDL2_image set up goes; the library itself stays loaded (it brings the C++ runtime,
 * which is not meant to be unloaded), ready for the next session. */
void gfx_image_close(void)
{
    if (image.so)
        image.quit();
}

/* ---- images ------------------------------------------------------------------------ */

GfxImage *gfx_image_load(Gfx *g, const char *path)
{
    SDL_Texture *t = image_open() ? image.load_texture(g->renderer, path) : NULL;
    if (!t) {
        SDL_Log("IMAGE: failed to load %s: %s", path, SDL_GetError());
        return NULL;
    }
    GfxImage *img = calloc(1, sizeof *img);
    if (!img) { SDL_DestroyTexture(t); return NULL; }
    img->tex = t;
    SDL_QueryTexture(t, NULL, NULL, &img->w, &img->h);
    SDL_SetTextureBlendMode(t, SDL_BLENDMODE_BLEND);
    return img;
}

void gfx_image_draw(Gfx *g, GfxImage *img, Rect dst, float alpha)
{
    if (!img || gfx_probe_taint(g))
        return;
    SDL_SetTextureAlphaMod(img->tex, (Uint8)(255 * fmaxf(0, fminf(1, alpha))));
    SDL_FRect d = {dst.x * g->scale, dst.y * g->scale, dst.w * g->scale, dst.h * g->scale};
    SDL_RenderCopyF(g->renderer, img->tex, NULL, &d);
}

Vec2 gfx_image_size(const GfxImage *img)
{
    return img ? (Vec2){(float)img->w, (float)img->h} : (Vec2){0, 0};
}

void gfx_image_unload(GfxImage *img)
{
    if (!img) return;
    SDL_DestroyTexture(img->tex);
    free(img);
}

/* ---- layers ------------------------------------------------------------------------ */

/* An opaque picture is kept without alpha, as the window is: copied onto it without blending
 * it is a plain copy of memory (an ARGB texture onto the window converts every pixel: 2.5 ms
 * instead of 0.6 for a 4K chart in software). */
static SDL_Texture *layer_texture(Gfx *g, int pw, int ph, bool linear, bool opaque)
{
    SDL_Texture *t = SDL_CreateTexture(g->renderer, opaque ? SDL_PIXELFORMAT_RGB888 : SDL_PIXELFORMAT_ARGB8888,
                                       SDL_TEXTUREACCESS_TARGET, pw, ph);
    if (!t) {
        SDL_Log("GFX: cannot create a %dx%d layer: %s", pw, ph, SDL_GetError());
        return NULL;
    }
    SDL_SetTextureBlendMode(t, SDL_BLENDMODE_BLEND);
    SDL_SetTextureScaleMode(t, linear ? SDL_ScaleModeLinear : SDL_ScaleModeNearest);
    return t;
}

GfxLayer *gfx_layer_create(Gfx *g, float w, float h, float oversample)
{
    if (!(oversample >= 1 && oversample <= 4))
        oversample = 1;
    float sc = g->scale * oversample;
    int pw = (int)ceilf(w * sc), ph = (int)ceilf(h * sc);
    if (pw < 1 || ph < 1 || pw > 16384 || ph > 16384)
        return NULL;
    /* the texture is made when the layer is first drawn (gfx_layer_begin): a layer found
     * in the cache never needs it */
    GfxLayer *l = calloc(1, sizeof *l);
    if (!l)
        return NULL;
    *l = (GfxLayer){.w = w, .h = h, .pw = pw, .ph = ph, .scale = sc};
    return l;
}

/* The shrunk picture of an opaque layer copied into a texture without alpha (the same
 * pixels), once the big texture is gone so that the two never add up; kept as it is if that
 * fails. */
static void shrunk_opaque(Gfx *g, GfxLayer *l)
{
    SDL_Texture *t = layer_texture(g, l->sw, l->sh, false, true), *prev = SDL_GetRenderTarget(g->renderer);
    if (!t)
        return;
    SDL_SetTextureBlendMode(l->shrunk, SDL_BLENDMODE_NONE);
    bool ok = SDL_SetRenderTarget(g->renderer, t) == 0 && SDL_RenderCopy(g->renderer, l->shrunk, NULL, NULL) == 0;
    SDL_SetRenderTarget(g->renderer, prev);
    gfx_apply_clip(g);
    SDL_DestroyTexture(ok ? l->shrunk : t);
    if (ok)
        l->shrunk = t;
}

/* ---- bands ------------------------------------------------------------------------ */

/* An oversampled layer of a picture that is shrunk by a whole factor k in height is drawn a
 * band of rows at a time: the layer's drawing runs once per band into a texture of those rows
 * only (the renderer's viewport moves the picture up), and each band is shrunk into its rows
 * of the layer's picture at once. A picture row is the same pixels either way (the renderer
 * cuts vertices to whole pixels, then adds the viewport's whole-pixel offset; the bilinear
 * shrink by exactly k reads rows k j and the one below for row j). The big texture was the
 * largest thing a chart held while drawn: 7.6 MB at 1280x720, 68 MB at 3840x2160. */
#define LAYER_BAND_BYTES (1L << 20)

/* Rows of a band of l (a multiple of k), or 0: drawn whole. */
static int band_rows(const Gfx *g, const GfxLayer *l)
{
    int k = (int)lroundf(l->scale / g->scale), dh = (int)roundf(l->h * g->scale);
    if (k < 2 || fabsf(l->scale - (float)k * g->scale) > 1e-4f * l->scale || dh * k != l->ph)
        return 0;
    if (g->band_bytes < 0)
        return 0;
    long rows = (g->band_bytes ? g->band_bytes : LAYER_BAND_BYTES) / (4L * l->pw);
    rows -= rows % k;
    if (rows < k)
        rows = k;
    return rows < l->ph ? (int)rows : 0;
}

void gfx_layer_band_bytes(Gfx *g, long bytes) { g->band_bytes = bytes; }

/* The band texture ready for the rows from l->band_y: cleared, the picture moved up. */
static bool band_begin(Gfx *g, GfxLayer *l)
{
    if (SDL_SetRenderTarget(g->renderer, l->tex) != 0)
        return false;
    SDL_SetRenderDrawBlendMode(g->renderer, SDL_BLENDMODE_NONE);
    SDL_SetRenderDrawColor(g->renderer, 0, 0, 0, 0);
    SDL_RenderClear(g->renderer);
    SDL_SetRenderDrawBlendMode(g->renderer, SDL_BLENDMODE_BLEND);
    SDL_Rect view = {0, -l->band_y, l->pw, l->ph};
    return SDL_RenderSetViewport(g->renderer, &view) == 0;
}

/* The band drawn is shrunk into its rows of the picture; true when another band follows
 * (its texture ready). */
static bool band_end(Gfx *g, GfxLayer *l)
{
    int k = l->ph / l->sh, rows = l->ph - l->band_y < l->band_h ? l->ph - l->band_y : l->band_h;
    SDL_Rect src = {0, 0, l->pw, rows}, dst = {0, l->band_y / k, l->sw, rows / k};
    /* the picture, made when its first band is drawn: opaque (a clear began it) without
     * alpha, as the window (shrunk_opaque) */
    if (!l->shrunk)
        l->shrunk = layer_texture(g, l->sw, l->sh, false, l->opaque);
    bool ok = l->shrunk && SDL_SetRenderTarget(g->renderer, l->shrunk) == 0;
    SDL_SetTextureBlendMode(l->tex, SDL_BLENDMODE_NONE);
    ok = ok && SDL_RenderCopy(g->renderer, l->tex, &src, &dst) == 0;
    SDL_SetTextureBlendMode(l->tex, SDL_BLENDMODE_BLEND);
    l->band_y += l->band_h;
    if (ok && l->band_y < l->ph && band_begin(g, l)) {
        SDL_RenderSetClipRect(g->renderer, NULL);
        g->nclips = 0;
        return true;
    }
    SDL_DestroyTexture(l->tex);
    l->tex = NULL;
    l->shrunk_ok = ok && l->band_y >= l->ph;
    return false;
}

/* ---- layers, drawn ----------------------------------------------------------------- */

bool gfx_layer_begin(Gfx *g, GfxLayer *l)
{
    if (!l || g->in_layer)
        return false;
    l->store = l->store_armed;   /* kept once drawn only right after a probe in vain */
    l->store_armed = false;
    l->shrunk_ok = false;
    l->opaque = false;
    if (l->shrunk) {   /* made again at the right size after drawing: keeps the peak lower */
        SDL_DestroyTexture(l->shrunk);
        l->shrunk = NULL;
    }
    l->band_h = band_rows(g, l);
    l->band_y = 0;
    if (l->band_h) {   /* a texture for one band; the picture once the first is drawn */
        if (l->tex)
            SDL_DestroyTexture(l->tex);
        l->sw = (int)roundf(l->w * g->scale);
        l->sh = l->ph / (int)lroundf(l->scale / g->scale);
        if (!(l->tex = layer_texture(g, l->pw, l->band_h, true, false))) {
            l->band_h = 0;
            return false;
        }
    } else if (!l->tex && !(l->tex = layer_texture(g, l->pw, l->ph, l->scale > g->scale, false))) {
        return false;
    }
    g->prev_target = SDL_GetRenderTarget(g->renderer);
    g->prev_w = g->target_w;
    g->prev_h = g->target_h;
    if (l->band_h ? !band_begin(g, l) : SDL_SetRenderTarget(g->renderer, l->tex) != 0) {
        SDL_SetRenderTarget(g->renderer, g->prev_target);
        l->band_h = 0;
        return false;
    }
    g->in_layer = true;
    g->layer = l;
    g->target_w = (float)l->pw;
    g->target_h = (float)l->ph;
    g->prev_scale = g->scale;
    g->scale = l->scale;
    SDL_RenderSetClipRect(g->renderer, NULL);
    return true;
}

bool gfx_layer_end(Gfx *g)
{
    if (!g->in_layer)
        return false;
    GfxLayer *l = g->layer;
    bool banded = l->band_h > 0;
    if (banded && band_end(g, l))
        return true;
    l->band_h = 0;
    SDL_SetRenderTarget(g->renderer, g->prev_target);
    g->in_layer = false;
    g->layer = NULL;
    g->scale = g->prev_scale;
    g->target_w = g->prev_w;
    g->target_h = g->prev_h;
    gfx_apply_clip(g);
    if (banded && l->shrunk_ok)
        gfx_layer_cache_store(g, l);
    return false;
}

/* Shrinks the drawn layer into l->shrunk (dw x dh pixels), copying the filtered pixels as
 * they are (no blending) so that drawing the result blends exactly as the big one did. */
static void layer_shrink(Gfx *g, GfxLayer *l, int dw, int dh)
{
    if (l->shrunk && (l->sw != dw || l->sh != dh)) {
        SDL_DestroyTexture(l->shrunk);
        l->shrunk = NULL;
    }
    if (!l->shrunk && !(l->shrunk = layer_texture(g, dw, dh, false, false)))
        return;
    l->sw = dw;
    l->sh = dh;
    SDL_Texture *prev = SDL_GetRenderTarget(g->renderer);
    if (SDL_SetRenderTarget(g->renderer, l->shrunk) != 0)
        return;
    SDL_SetRenderDrawBlendMode(g->renderer, SDL_BLENDMODE_NONE);
    SDL_SetRenderDrawColor(g->renderer, 0, 0, 0, 0);
    SDL_RenderClear(g->renderer);
    SDL_SetTextureBlendMode(l->tex, SDL_BLENDMODE_NONE);
    bool ok = SDL_RenderCopy(g->renderer, l->tex, NULL, NULL) == 0;
    SDL_SetTextureBlendMode(l->tex, SDL_BLENDMODE_BLEND);
    SDL_SetRenderDrawBlendMode(g->renderer, SDL_BLENDMODE_BLEND);
    SDL_SetRenderTarget(g->renderer, prev);
    gfx_apply_clip(g);
    if (ok) {
        l->shrunk_ok = true;
        SDL_DestroyTexture(l->tex);
        l->tex = NULL;
        if (l->opaque)
            shrunk_opaque(g, l);
        gfx_layer_cache_store(g, l);
    }
}

void gfx_layer_draw(Gfx *g, GfxLayer *l, Vec2 at)
{
    if (!l || gfx_probe_taint(g)) return;
    SDL_FRect d = {roundf(at.x * g->scale), roundf(at.y * g->scale), roundf(l->w * g->scale),
                   roundf(l->h * g->scale)};
    int dw = (int)d.w, dh = (int)d.h;
    if (l->tex && !l->shrunk_ok && !g->in_layer && (dw != l->pw || dh != l->ph) && dw > 0 && dh > 0)
        layer_shrink(g, l, dw, dh);
    /* an opaque layer is copied, not blended: several times faster in software */
    SDL_Texture *t = l->shrunk_ok ? l->shrunk : l->tex;
    if (!t)
        return;
    SDL_SetTextureBlendMode(t, l->opaque ? SDL_BLENDMODE_NONE : SDL_BLENDMODE_BLEND);
    SDL_RenderCopyF(g->renderer, t, NULL, &d);
}

Vec2 gfx_layer_size(const GfxLayer *l) { return l ? (Vec2){l->w, l->h} : (Vec2){0, 0}; }

void gfx_layer_destroy(GfxLayer *l)
{
    if (!l) return;
    if (l->shrunk) SDL_DestroyTexture(l->shrunk);
    if (l->tex) SDL_DestroyTexture(l->tex);
    free(l);
}

/* ---- read back --------------------------------------------------------------------- */

uint8_t *gfx_read_pixels(Gfx *g, int *w, int *h)
{
    int pw = (int)g->target_w, ph = (int)g->target_h;
    uint8_t *buf = malloc((size_t)pw * (size_t)ph * 4);
    if (!buf)
        return NULL;
    if (SDL_RenderReadPixels(g->renderer, NULL, SDL_PIXELFORMAT_ABGR8888, buf, pw * 4) != 0) {
        SDL_Log("GFX: cannot read pixels: %s", SDL_GetError());
        free(buf);
        return NULL;
    }
    *w = pw;
    *h = ph;
    return buf;
}

bool gfx_save_png(Gfx *g, const char *path)
{
    int w, h;
    uint8_t *px = gfx_read_pixels(g, &w, &h);
    if (!px)
        return false;
    SDL_Surface *s = SDL_CreateRGBSurfaceWithFormatFrom(px, w, h, 32, w * 4, SDL_PIXELFORMAT_ABGR8888);
    bool ok = s && image_open() && image.save_png(s, path) == 0;
    if (!ok)
        SDL_Log("GFX: cannot write %s: %s", path, SDL_GetError());
    SDL_FreeSurface(s);
    free(px);
    return ok;
}
