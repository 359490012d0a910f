/* report_draw: the class report's pictures, drawn by the game's own chart renderer headless
 * (offscreen video driver, software renderer, as `shot` draws): per trigger point the
 * class's clicks as a heatmap around it, and per refer question where the class painted
 * over the zone's outline. One PNG per picture in the output folder. */
#ifndef REPORT_DRAW_H
#define REPORT_DRAW_H

#include <stddef.h>
#include "records/report.h"

#define REPORT_PICTURE_SIZE 420       /* pixels, square */

/* The file name of a picture ("clicks-upper_trapezius_1-posterior.png"). */
void report_draw_clicks_name(const ReportClicks *c, char *buf, size_t len);
void report_draw_paint_name(const ReportRefer *e, char *buf, size_t len);

/* Draws every picture into dir. Returns how many were written, or -1 when the renderer
 * cannot start or a picture cannot be written (err says why). progress may be NULL. */
int report_draw(const Report *r, const char *dir, void (*progress)(const char *what, int done, int total, void *ud),
                void *ud, char *err, size_t errlen);

#endif
