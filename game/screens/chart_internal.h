/* chart_internal: what chart.c (camera, figure, hit tests) and chart_picture.c (the picture
 * on screen: cached, kept with what goes over it, moving) share. */
#ifndef CHART_INTERNAL_H
#define CHART_INTERNAL_H

#include "screens/chart.h"

/* The figure (silhouette, bones, muscles layer by layer with their fibres, details,
 * landmarks) at the chart's camera, without its background. */
void chart_figure_draw(Chart *c, Gfx *g, const ChartPalette *p);
/* The player moved the camera (zoom, pan): stretched while moving, or drawn again at once. */
void chart_camera_moved(Chart *c);

#endif
