/* gfx_internal: the Gfx record shared by the files that talk to SDL (platform, gfx, text).
 * Nothing outside engine/ includes this. */
#ifndef GFX_INTERNAL_H
#define GFX_INTERNAL_H

#include <SDL.h>
#include "gfx.h"

#define GFX_CLIP_DEPTH 16

struct Gfx {
    SDL_Renderer *renderer;
    bool software;                   /* the software renderer: draw as we go, no batching */
    float scale;                     /* pixels per logical unit */
    float target_w, target_h;        /* pixels of the current target */
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
};

Gfx *gfx_create(SDL_Renderer *r, float scale, int pixel_w, int pixel_h);
void gfx_destroy(Gfx *g);
void gfx_set_target_size(Gfx *g, float scale, int pixel_w, int pixel_h);
void text_cache_destroy(Gfx *g);

#endif
