/* raster: 8-bit coverage masks made on the CPU, in pixels: anti-aliased discs painted or
 * erased in order, and polygons (even-odd). Blending cannot draw a union of overlapping
 * translucent shapes in one even tint, nor erase with a soft edge; a mask can, and is then
 * tinted into a canvas (gfx.h) once, not every frame. No window: unit tests link it alone. */
#ifndef RASTER_H
#define RASTER_H

#include <stdbool.h>
#include <stdint.h>
#include "geom.h"

typedef struct RasterMask {
    uint8_t *a;                       /* w * h coverage, 0..255, row-major */
    int w, h;
} RasterMask;

/* A box of pixels [x0, x1) x [y0, y1); empty when x1 <= x0 or y1 <= y0. */
typedef struct RasterBox { int x0, y0, x1, y1; } RasterBox;

bool raster_mask_init(RasterMask *m, int w, int h);   /* cleared; false when out of memory */
void raster_mask_free(RasterMask *m);
void raster_mask_clear(RasterMask *m);

/* A disc of radius r pixels at (cx, cy) (pixel centres at +0.5) with a one-pixel soft edge:
 * painted (coverage raised to the disc's) or erased (lowered to what the disc leaves).
 * Returns the pixels it may have changed. */
RasterBox raster_disc(RasterMask *m, float cx, float cy, float r, bool erase);
/* A polygon in pixels (even-odd), anti-aliased with 4 rows of samples per pixel and exact
 * coverage along each row; coverage is raised to the polygon's (a union with what is there). */
RasterBox raster_polygon(RasterMask *m, const Vec2 *px, int n);

RasterBox raster_box_union(RasterBox a, RasterBox b);
bool raster_box_empty(RasterBox b);

#endif
