/* paint_canvas: a student's paint as it is seen on a chart: round, anti-aliased strokes in
 * one even tint (overlapping dabs never darken), erasers with soft edges, and paint off the
 * figure drawn faint because the scoring ignores it. The strokes are rasterised on the CPU
 * into a canvas the size of the chart (engine/raster.h, GfxCanvas) when the camera or the
 * paint changes (a new dab is added in place), so a frame costs one blended copy of the
 * painted part. The 0.5 cm grid (paint.h) stays what is scored. */
#ifndef PAINT_CANVAS_H
#define PAINT_CANVAS_H

#include <stdbool.h>
#include "body/bodygrid.h"
#include "engine/raster.h"
#include "screens/chart.h"

/* What a canvas was made for: the chart's camera, view and the pixels per unit. */
typedef struct PaintCamera {
    Rect rect; Vec2 centre; float zoom, fit, scale; View view;
} PaintCamera;

typedef struct PaintCanvas {
    GfxCanvas *canvas;
    int ox, oy, pw, ph;               /* the chart's rect in pixels */
    RasterMask paint, figure;         /* the strokes; the figure (paint counts inside it) */
    PaintCamera cam;
    bool made;                        /* cam and the masks hold something */
    unsigned version; int applied;    /* the paint's version and circles rasterised */
    Color col, ghost;
    RasterBox box;                    /* the canvas's painted pixels */
} PaintCanvas;

PaintCamera paint_camera(const Chart *c, const Gfx *g);
bool paint_camera_same(const PaintCamera *a, const PaintCamera *b);

/* Sizes the canvas (when with_canvas; else there is none) and the masks for chart c (true
 * when they were made anew: everything in them must be drawn again); false when out of
 * memory. The masks hold mask_rows rows (a band of the chart, raster_mask_band), or the
 * chart's height when mask_rows is 0. */
bool paint_canvas_fit(PaintCanvas *pc, Gfx *g, const Chart *c, int mask_rows, bool with_canvas, bool *fresh);
/* The chart's figure into pc->figure. */
void paint_canvas_figure(PaintCanvas *pc, const Chart *c);
/* Body space to the canvas's pixels, and a length in cm in pixels. */
Vec2 paint_canvas_px(const PaintCanvas *pc, const Chart *c, Vec2 body);
float paint_canvas_cm(const PaintCanvas *pc, const Chart *c, float cm);
/* Rasterises circles [from, to) into mask m (in order; erasers lower it). */
RasterBox paint_canvas_strokes(const PaintCanvas *pc, const Chart *c, RasterMask *m, const PaintCircle *circles, int from,
                               int to);
/* A shape (each polygon even-odd, their union) into m. */
RasterBox paint_canvas_shape(const PaintCanvas *pc, const Chart *c, RasterMask *m, const Shape *s);
RasterBox paint_canvas_clip(const PaintCanvas *pc, RasterBox b);

/* Draws the n circles of a paint over chart c as the student painted it (col: the paint's
 * tint); version changes whenever circles go (undo, clear), so the canvas is laid again. */
void paint_canvas_draw(PaintCanvas *pc, const PaintCircle *circles, int n, unsigned version, const Chart *c, Gfx *g,
                       Color col);
void paint_canvas_free(PaintCanvas *pc);

#endif
