/* paint: the student's brush strokes for a refer question, kept as circles in body space
 * (so zooming never changes them), grouped into strokes for undo, and turned into a
 * BodyGrid (bodygrid_paint: PaintCircle lives in body/bodygrid.h, since a painted answer
 * is core data) for scoring. Clear can be undone: what it took is kept until the paint is
 * reset. Drawn as round strokes (paint_canvas.h). */
#ifndef PAINT_H
#define PAINT_H

#include <stdbool.h>
#include "body/bodygrid.h"
#include "screens/chart.h"
#include "screens/paint_canvas.h"

#define PAINT_MAX 20000              /* circles in one answer (the protocol's limit too) */
#define PAINT_RADIUS_MIN 0.5f        /* brush radius, cm */
#define PAINT_RADIUS_MAX 8.0f
#define PAINT_RADIUS_DEFAULT 2.0f

/* What a Clear took: the circles and strokes before it (undo puts them back). */
typedef struct PaintCleared {
    PaintCircle *circles; int n;
    int *strokes; int nstrokes;
} PaintCleared;

typedef struct Paint {
    PaintCircle *circles; int n, cap;
    int *strokes; int nstrokes, capstrokes;   /* index of each stroke's first circle */
    bool in_stroke;
    PaintCleared *cleared; int ncleared, capcleared;   /* Clears to undo, the last last */
    unsigned version;                         /* changes whenever circles go (undo, clear) */
    BodyGrid *grid; bool grid_ok;             /* made on demand */
    PaintCanvas *look;                        /* how it is drawn, made on demand */
    struct VerdictCanvas *verdicts;           /* a refer reveal over it (reveal_verdicts.h) */
} Paint;

void paint_init(Paint *p);
void paint_free(Paint *p);
void paint_clear(Paint *p);                   /* a new answer: nothing to undo either */
/* The student's Clear: the paint goes, and the next undo (once the strokes painted after it
 * are undone) brings it back. False when there was nothing to clear or out of memory (then
 * nothing is cleared). */
bool paint_wipe(Paint *p);
bool paint_copy(Paint *dst, const PaintCircle *circles, int n);   /* one stroke holding them */
void paint_stroke_begin(Paint *p);
/* Adds a circle to the current stroke (a one-circle stroke when none is open); when the
 * previous circle of the stroke is far, circles are added in between so a fast drag leaves
 * no gaps. False when the answer is full. */
bool paint_add(Paint *p, Vec2 body, float r, bool erase);
void paint_stroke_end(Paint *p);
bool paint_undo(Paint *p); /* removes the last stroke, or undoes a Clear; false when neither */
bool paint_empty(const Paint *p);
const BodyGrid *paint_grid(Paint *p);         /* NULL when out of memory */
/* Draws the paint over the chart as round strokes, clipped to it (paint_canvas.h). */
void paint_draw(Paint *p, Chart *c, Gfx *g, Color col);

#endif
