/* reveal_verdicts: a refer answer's verdicts drawn on the chart of one view, so the reveal
 * reads at a glance: each named area's part of the essential zone in the colour AND pattern
 * of its one verdict (found: solid; partly: stripes; missed: thin hatching and an edge),
 * paint where the pain does not go cross-hatched (overshoot), paint on the spillover or
 * within the 1 cm margin in the paint's own tint, and the outline of every stroke on top.
 * An area has the same verdict on the chart as in the words (the result's `areas`): the
 * zone's cells take the verdict of the area holding them. Rasterised on the CPU into a
 * canvas over the part of the chart the zone and the paint cover (paint_canvas.h) when the
 * camera, the paint or the answer changes; a frame costs one blended copy. */
#ifndef REVEAL_VERDICTS_H
#define REVEAL_VERDICTS_H

#include <stdbool.h>
#include <stdint.h>
#include "quiz/play.h"
#include "screens/paint_canvas.h"

typedef struct VerdictCanvas {
    PaintCanvas pc;                   /* the paint and figure masks (a band), the camera */
    GfxCanvas *canvas;                /* the chart's pixels in box, the rest shows nothing */
    RasterBox box;
    RasterMask zone;                  /* the essential zone, anti-aliased */
    uint8_t *cells;                   /* ReferCell per grid cell (score.h) */
    uint8_t *verdict;                 /* 1 + AreaVerdict of the zone's cells, 0 elsewhere */
    /* what it was made for */
    const AtlasTrp *trp; Side side; int n; int score; unsigned version; int npaint; Color found;
    bool hide_arm;
    unsigned long filled;             /* names the canvas's contents (a picture kept in memory) */
} VerdictCanvas;

/* Draws the verdicts of pq (a refer record, seen in chart c's view: ask_record_in) with the
 * paint in that view: its n circles (version changes when circles go), rasterised in grid
 * (NULL: nothing painted there). False when it could not (no trigger point, out of memory):
 * the caller draws the zones plainly instead. */
bool verdict_draw(VerdictCanvas *vc, const PaintCircle *circles, int n, unsigned version,
                  const BodyGrid *grid, const Chart *c, Gfx *g, const ChartPalette *pal,
                  const PlayedQuestion *pq);
void verdict_free(VerdictCanvas *vc);

/* The legend of the verdicts in box (a background under it), the swatches patterned as on
 * the chart; returns the height it needs for width box.w (drawn only when g is not NULL and
 * it fits). */
float verdict_legend(Gfx *g, const UiTheme *t, const ChartPalette *p, Rect box, bool draw);
/* The same in as many columns as box.w holds (up to four): a strip under a chart. */
float verdict_legend_strip(Gfx *g, const UiTheme *t, const ChartPalette *p, Rect box, bool draw);

#endif
