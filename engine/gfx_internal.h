/* gfx_internal: the Gfx record shared by the files that talk to SDL (platform, gfx,
 * gfx_texture, text). Nothing outside engine/ includes this. */
#ifndef GFX_INTERNAL_H
#define GFX_INTERNAL_H

#include <SDL.h>
#include "gfx.h"

#define GFX_CLIP_DEPTH 16

/* While a layer is probed (gfx_cache.c) what would reach the renderer is hashed instead. */
typedef struct GfxProbe { uint64_t h[2]; bool tainted; } GfxProbe;

struct Gfx {
    SDL_Renderer *renderer;
    bool software;                   /* the software renderer: draw as we go, no batching */
    float scale;                     /* pixels per logical unit */
    float target_w, target_h;        /* pixels of the current target */
    int window_w, window_h;          /* pixels of the window (gfx_set_target_size) */
    Rect clips[GFX_CLIP_DEPTH];      /* logical */
    int nclips;
    SDL_Vertex *verts; int nverts, cap_verts;
    int *idx; int cap_idx;
    Vec2 *tmp; int cap_tmp;
    SDL_Texture *prev_target; float prev_w, prev_h;  /* while a layer is being drawn */
    bool in_layer;
    struct GfxLayer *layer;          /* the layer being drawn into */
    float prev_scale;
    struct TextCache *text;          /* text.c */
    GfxProbe *probe, probe_state;    /* probe: non-NULL while a layer is probed */
    /* the probe names a picture kept in memory (gfx_hash_begin): text is hashed by what names
     * it (a picture kept between runs cannot vouch for the fonts: text taints its probe) */
    bool probe_texts;
    int probe_drawn;                 /* calls that would have drawn since gfx_hash_begin */
    char *cache_dir;                 /* layers kept between runs; NULL: none */
    long band_bytes;                 /* gfx_layer_band_bytes (0: the default) */
};

/* An oversampled layer is shrunk once into `shrunk` (the size it is drawn at) after it was
 * drawn, and the big texture is let go until the layer is drawn again: bilinear shrinking
 * in software costs milliseconds a frame, a plain copy a fraction of one, and the big
 * texture is the larger part of the memory a chart uses. */
struct GfxLayer {
    SDL_Texture *tex; float w, h; int pw, ph; float scale;
    SDL_Texture *shrunk; int sw, sh; bool shrunk_ok;
    int band_h, band_y;   /* drawn in bands (gfx_texture.c): tex holds rows band_y.. of band_h */
    bool opaque;      /* began with an opaque gfx_clear: drawn without blending */
    bool store_armed, store; uint64_t key[2];   /* probed in vain: drawn, then kept under key */
};

Gfx *gfx_create(SDL_Renderer *r, float scale, int pixel_w, int pixel_h);
void gfx_destroy(Gfx *g);
void gfx_set_target_size(Gfx *g, float scale, int pixel_w, int pixel_h);
void gfx_apply_clip(Gfx *g);         /* the top of the clip stack to the renderer (gfx_texture.c too) */
void text_cache_destroy(Gfx *g);
void text_cache_frame(Gfx *g);       /* a frame was presented: what it drew stays cached */
void gfx_image_close(void);          /* SDL2_image let go, if it was loaded (gfx_texture.c) */
/* gfx_cache.c: what a probed layer would draw goes into its hash (op: a letter naming the
 * call); a texture drawn while probing taints the probe (true: skip the drawing). */
void gfx_probe_op(Gfx *g, int op, const void *data, size_t n);
bool gfx_probe_taint(Gfx *g);
void gfx_layer_cache_store(Gfx *g, GfxLayer *l);   /* after shrinking a layer probed in vain */

#endif
