/* raster: 8-bit coverage masks made on the CPU, in pixels: anti-aliased discs painted or
 * erased in order, and polygons (even-odd). Blending cannot draw a union of overlapping
 * translucent shapes in one even tint, nor erase with a soft edge; a mask can, and is then
 * tinted into a canvas (gfx.h) once, not every frame. No window: unit tests link it alone. */
#ifndef RASTER_H
#define RASTER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "geom.h"

/* A mask may hold a band of a taller picture: rows [oy, oy + h). Shapes are always given
 * in the picture's pixels, drawn on the rows the band holds and computed exactly as on a
 * whole mask, so a picture made band by band has the pixels of one made at once. */
typedef struct RasterMask {
    uint8_t *a;                       /* w * h coverage, 0..255, row-major */
    int w, h;
    int oy;                           /* the picture's row held in a's first row */
    int rows;                         /* rows allocated (h of raster_mask_init) */
} RasterMask;

/* A box of pixels [x0, x1) x [y0, y1); empty when x1 <= x0 or y1 <= y0. */
typedef struct RasterBox { int x0, y0, x1, y1; } RasterBox;

bool raster_mask_init(RasterMask *m, int w, int h);   /* cleared, oy 0; false when out of memory */
void raster_mask_free(RasterMask *m);
void raster_mask_clear(RasterMask *m);
/* The mask holds the picture's rows [oy, oy + h) from now on (h at most the rows it was
 * made with), cleared. */
void raster_mask_band(RasterMask *m, int oy, int h);
/* The coverage at the picture's pixel (x, y); 0 off the mask or its band. */
static inline uint8_t raster_mask_at(const RasterMask *m, int x, int y)
{
    y -= m->oy;
    return x < 0 || y < 0 || x >= m->w || y >= m->h ? 0 : m->a[(size_t)y * (size_t)m->w + (size_t)x];
}

/* A disc of radius r pixels at (cx, cy) (pixel centres at +0.5) with a one-pixel soft edge:
 * painted (coverage raised to the disc's) or erased (lowered to what the disc leaves).
 * Returns the pixels it may have changed (the picture's, as every box). */
RasterBox raster_disc(RasterMask *m, float cx, float cy, float r, bool erase);
/* A polygon in pixels (even-odd), anti-aliased with 4 rows of samples per pixel and exact
 * coverage along each row; coverage is raised to the polygon's (a union with what is there). */
RasterBox raster_polygon(RasterMask *m, const Vec2 *px, int n);

RasterBox raster_box_union(RasterBox a, RasterBox b);
bool raster_box_empty(RasterBox b);

#endif
