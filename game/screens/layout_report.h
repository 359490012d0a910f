/* layout_report: with TT_DEBUG_LAYOUT=1 the screens print one JSON line to stderr each time
 * a layout is first drawn, so tests (tests/cli/replay_rounds.sh, xvfb_round.sh) find what
 * to click. Logical coordinates; rects as [x, y, w, h], points as [x, y]. The lines:
 *   {"layout":"play","quizzes":[{"id","index","rect"}...],"selected"}
 *   {"layout":"quiz","state":"ask"|"reveal"|"error","n","of","kind","view","side","muscle",
 *    "step" (a kind asked in steps: one line per step, from 1),
 *    "size":[w,h],"chart","banner":{"text","rect","lines"} (the orientation banner as drawn),
 *    "skip"|"submit"|"next"|...: rects, then what the answer view adds:
 *    click: "answer":[x,y] (the trigger point asked, else the muscle's first, on screen),
 *    "answer_body","mirror":[x,y];
 *    paint: "paint":[[x,y]...] (points 1.5 cm apart inside the essential zone),"brush_cm";
 *    choice: "choices":[{"id","rect","key"}]; a reveal: "score","timed_out" (1: the time
 *    ran out and what was placed was taken as the answer)}
 *   {"layout":"results","again","back"}
 * A screen writes one line between layout_report_begin and layout_report_end; keys are
 * NULL for the items of an array. */
#ifndef LAYOUT_REPORT_H
#define LAYOUT_REPORT_H

#include <stdbool.h>
#include "engine/geom.h"

typedef struct LayoutReport { int depth; bool item[8]; } LayoutReport;

bool layout_report_on(void);                                   /* TT_DEBUG_LAYOUT set and not 0 */
/* Starts {"layout":"name"; false (nothing written) when the reports are off. */
bool layout_report_begin(LayoutReport *r, const char *name);
void layout_report_end(LayoutReport *r);                       /* "}" and the newline */
void layout_report_str(LayoutReport *r, const char *key, const char *v);
void layout_report_int(LayoutReport *r, const char *key, int v);
void layout_report_num(LayoutReport *r, const char *key, double v, int decimals);
void layout_report_rect(LayoutReport *r, const char *key, Rect v);        /* one decimal */
void layout_report_point(LayoutReport *r, const char *key, Vec2 p, int decimals);
void layout_report_array_begin(LayoutReport *r, const char *key);
void layout_report_array_end(LayoutReport *r);
void layout_report_object_begin(LayoutReport *r, const char *key);
void layout_report_object_end(LayoutReport *r);

#endif
