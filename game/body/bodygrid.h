/* bodygrid: a body-space raster for one view, used wherever regions are compared (refer
 * scoring, zone/area overlaps, coverage checks, symptom search). Cells are 0.5 cm square
 * over x in [-60, 60), y in [-2, 174); a cell is set when its centre is inside. */
#ifndef BODYGRID_H_INCLUDED
#define BODYGRID_H_INCLUDED

#include <stdbool.h>
#include <stdint.h>
#include "body/atlas.h"

#define BODYGRID_CELL 0.5f
#define BODYGRID_X0 (-60.0f)
#define BODYGRID_Y0 (-2.0f)
#define BODYGRID_W 240
#define BODYGRID_H 352

typedef struct BodyGrid { uint8_t cells[BODYGRID_W * BODYGRID_H]; } BodyGrid; /* 0 or 1 */

/* A dab of paint (or of the eraser) in body space, cm: a painted answer is a list of them,
 * applied in order. */
typedef struct PaintCircle { float x, y, r; bool erase; } PaintCircle;

void bodygrid_clear(BodyGrid *g);
void bodygrid_fill_polygon(BodyGrid *g, const Vec2 *pts, int n);   /* OR the polygon in */
void bodygrid_fill_shape(BodyGrid *g, const Shape *s);
void bodygrid_fill_disc(BodyGrid *g, Vec2 c, float r);
void bodygrid_erase_disc(BodyGrid *g, Vec2 c, float r);
void bodygrid_paint(BodyGrid *g, const PaintCircle *c, int n);     /* fills or erases each, in order */
void bodygrid_and(BodyGrid *dst, const BodyGrid *src);
void bodygrid_or(BodyGrid *dst, const BodyGrid *src);
void bodygrid_andnot(BodyGrid *dst, const BodyGrid *src);          /* dst &= ~src */
int  bodygrid_count(const BodyGrid *g);
int  bodygrid_count_and(const BodyGrid *a, const BodyGrid *b);
/* Cells of shape s, and in *in_part how many of them part sets. scratch must be clear; it is
 * left clear. */
int  bodygrid_shape_overlap(BodyGrid *scratch, const Shape *s, const BodyGrid *part, int *in_part);
float bodygrid_area_cm2(int cells);                                /* cells * 0.25 */
bool bodygrid_get(const BodyGrid *g, Vec2 p);

#endif
