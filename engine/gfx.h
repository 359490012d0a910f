/* gfx: 2-D drawing in logical coordinates: anti-aliased filled polygons (concave too),
 * polylines with a width, circles, discs, rounded rectangles, gradients, images, clipping
 * and off-screen layers for caching static pictures. Logical units are multiplied by the
 * gfx scale (pixels per unit) so high-DPI screens stay sharp. Text is in text.h. */
#ifndef GFX_H
#define GFX_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "geom.h"

typedef struct Color { uint8_t r, g, b, a; } Color;
typedef struct Gfx Gfx;
typedef struct GfxImage GfxImage;
typedef struct GfxLayer GfxLayer;
typedef struct GfxCanvas GfxCanvas;

#define RGBA(r, g, b, a) ((Color){(uint8_t)(r), (uint8_t)(g), (uint8_t)(b), (uint8_t)(a)})
#define RGB(r, g, b) RGBA(r, g, b, 255)
Color gfx_mix(Color a, Color b, float t);        /* a*(1-t) + b*t, alpha too */
Color gfx_alpha(Color c, float a);               /* c with alpha scaled by a */

float gfx_scale(const Gfx *g);                   /* pixels per logical unit */
Vec2  gfx_size(const Gfx *g);                    /* current target size, logical */
void  gfx_clear(Gfx *g, Color c);
void  gfx_fill_rect(Gfx *g, Rect r, Color c);
void  gfx_gradient_rect(Gfx *g, Rect r, Color top, Color bottom);
void  gfx_fill_polygon(Gfx *g, const Vec2 *pts, int n, Color c);
/* Same, from a triangulation made once (geom_triangulate) so static shapes skip it. */
void  gfx_fill_triangulated(Gfx *g, const Vec2 *pts, int n, const int *idx, int ntris, Color c);
/* Stippled fill: a dot grid of `spacing` logical units clipped to the polygon. */
void  gfx_stipple_polygon(Gfx *g, const Vec2 *pts, int n, float spacing, float dot, Color c);
void  gfx_polyline(Gfx *g, const Vec2 *pts, int n, float width, bool closed, Color c);
void  gfx_line(Gfx *g, Vec2 a, Vec2 b, float width, Color c);
void  gfx_circle(Gfx *g, Vec2 centre, float r, float width, Color c);
void  gfx_disc(Gfx *g, Vec2 centre, float r, Color c);
void  gfx_round_rect(Gfx *g, Rect r, float radius, Color c);
void  gfx_round_rect_outline(Gfx *g, Rect r, float radius, float width, Color c);

void  gfx_clip_push(Gfx *g, Rect r);             /* intersected with the current clip */
void  gfx_clip_pop(Gfx *g);

GfxImage *gfx_image_load(Gfx *g, const char *path);   /* NULL + log line on failure */
void  gfx_image_draw(Gfx *g, GfxImage *img, Rect dst, float alpha);
Vec2  gfx_image_size(const GfxImage *img);
void  gfx_image_unload(GfxImage *img);

/* Off-screen layer of w x h logical units, allocated at the current scale times oversample
 * (1..4; above 1 the layer is shrunk with bilinear filtering when drawn, which smooths
 * edges that the software renderer snaps to pixels). Drawing between begin and end goes
 * into it, with (0,0) at its top-left. A big oversampled layer is drawn in bands of rows:
 * end is true when the same drawing must run again for the next band, so draw a layer as
 *     if (gfx_layer_begin(g, l)) do draw(...); while (gfx_layer_end(g)); */
GfxLayer *gfx_layer_create(Gfx *g, float w, float h, float oversample);
bool  gfx_layer_begin(Gfx *g, GfxLayer *l);
bool  gfx_layer_end(Gfx *g);
/* The largest texture a band of an oversampled layer takes: 0 for the default (1 MB), a
 * negative value to draw layers whole (tests compare the two). */
void  gfx_layer_band_bytes(Gfx *g, long bytes);
void  gfx_layer_draw(Gfx *g, GfxLayer *l, Vec2 at);
Vec2  gfx_layer_size(const GfxLayer *l);
void  gfx_layer_destroy(GfxLayer *l);
/* A picture of part of the screen: a layer of pw x ph opaque pixels (no alpha, as the
 * screen) standing for the screen's pixels from (x, y). Drawn into between gfx_layer_begin_at
 * and gfx_layer_end with the screen's own coordinates and clips, it holds the very pixels that
 * drawing on the screen there would give (the renderer's viewport moves, not the shapes);
 * gfx_layer_draw_at copies its pixels [sx, sx + sw) x [sy, sy + sh) back where they stand
 * (x + sx, y + sy), pixel for pixel. Clear it first: it starts undefined. */
GfxLayer *gfx_layer_create_px(Gfx *g, int pw, int ph);
bool  gfx_layer_begin_at(Gfx *g, GfxLayer *l, int x, int y);
void  gfx_layer_draw_at(Gfx *g, GfxLayer *l, int x, int y, int sx, int sy, int sw, int sh);
/* The pixels [sx, sx + sw) x [sy, sy + sh) of a layer as gfx_layer_draw last drew it (shrunk
 * when oversampled) stretched over dst (logical), nearest pixel: a picture moved and scaled
 * while its camera moves. False when the layer holds no drawn picture. */
bool  gfx_layer_draw_part(Gfx *g, GfxLayer *l, int sx, int sy, int sw, int sh, Rect dst);
/* Layers kept between runs (gfx_cache.c), in dir (NULL: not kept). Between probe_begin and
 * probe_end the drawing calls only hash what they would draw; probe_end is true when the
 * same picture at the same size was kept: the layer holds it, ready for gfx_layer_draw.
 * Otherwise draw the layer as usual (begin ... end): it is kept once drawn. probe_begin is
 * false when there is no folder (draw as usual). */
void  gfx_layer_cache_dir(Gfx *g, const char *dir);
bool  gfx_layer_probe_begin(Gfx *g, GfxLayer *l);
bool  gfx_layer_probe_end(Gfx *g, GfxLayer *l);

/* Pictures kept in memory are named by what draws them: between gfx_hash_begin and
 * gfx_hash_end nothing reaches the renderer, and every call that would (vertices,
 * rectangles, colours, blend modes, clips; text by face, size, colour, place and string)
 * goes into a 128-bit hash, with the target's size, the scale and the clips at the start.
 * The same hash is the same picture. gfx_hash_end is false when something drawn could not
 * be hashed (an image, a layer, a canvas): draw it every time then. gfx_hash_note adds what
 * the calls cannot show (a canvas's contents, by a version number). Not inside a probe. */
void  gfx_hash_begin(Gfx *g);
bool  gfx_hash_end(Gfx *g, uint64_t out[2], int *drawn);   /* drawn: calls that would have drawn */
bool  gfx_hashing(const Gfx *g);
void  gfx_hash_note(Gfx *g, const void *data, size_t n);

/* A part of the screen kept as a picture while the drawing that makes it draws the same
 * (gfx_keep.c): gfx_keep_draw runs fn (clipped to r) hashed every frame and copies the kept
 * picture when the hash is the same, else draws fn into it first. fn must paint every pixel
 * of r, its background first (not with gfx_clear, which ignores the clip): what it draws
 * outside r is cut off. Under min_pixels pixels,
 * or when fn draws something that cannot be hashed, fn is simply drawn, clipped to r. */
typedef struct GfxKeep { GfxLayer *layer; uint64_t key[2]; int x, y, w, h; bool ok; } GfxKeep;
/* Below this many pixels blending costs less than a picture's memory is worth (a panel at
 * 1280x720 is a quarter of it; at 3840x2160 a chart is four million pixels). */
#define GFX_KEEP_MIN_PIXELS 600000L
typedef void (*GfxKeepFn)(Gfx *g, void *ud);
void  gfx_keep_draw(GfxKeep *k, Gfx *g, Rect r, long min_pixels, GfxKeepFn fn, void *ud);
void  gfx_keep_free(GfxKeep *k);   /* the picture let go; k can be used again */

/* A picture made on the CPU: pw x ph pixels of 0xAARRGGBB (not premultiplied), drawn
 * pixel for pixel (never scaled) and blended. What changed is uploaded before the next draw,
 * so a canvas made once costs a blended copy of the part drawn per frame. */
GfxCanvas *gfx_canvas_create(Gfx *g, int pw, int ph);   /* cleared to transparent */
uint32_t *gfx_canvas_pixels(GfxCanvas *c);       /* row-major, pw a row */
void  gfx_canvas_changed(GfxCanvas *c, int x, int y, int w, int h);   /* pixels to upload */
/* Draws the pixels [x, x + w) x [y, y + h) of c with the canvas's top-left at `at` (logical,
 * rounded to a whole pixel). */
void  gfx_canvas_draw(Gfx *g, GfxCanvas *c, Vec2 at, int x, int y, int w, int h);
void  gfx_canvas_destroy(GfxCanvas *c);
static inline uint32_t gfx_argb(Color c)
{
    return (uint32_t)c.a << 24 | (uint32_t)c.r << 16 | (uint32_t)c.g << 8 | c.b;
}

/* Pixels of the current target as tightly packed RGBA rows; caller frees. */
uint8_t *gfx_read_pixels(Gfx *g, int *w, int *h);
bool  gfx_save_png(Gfx *g, const char *path);

#endif
