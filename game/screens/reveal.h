/* reveal: what the screens draw around and over a chart when a question is asked or
 * revealed, from the chart, the atlas and the round's record only: the "R" / "L" marks and
 * the caption that say where the client's sides are, a camera framed on what a reveal
 * shows, the landmarks the reveal's words name (quiz/reveal_text.h makes the words), and
 * the rings around a trigger point. Each answer view (ask.h) composes its reveal from
 * these. */
#ifndef REVEAL_H
#define REVEAL_H

#include <stdbool.h>
#include "engine/ui.h"
#include "quiz/play.h"
#include "screens/chart.h"

/* "R" / "L" marks in the chart's corners on the correct sides for a front or back view. */
void reveal_draw_sides(Chart *c, Gfx *g, const UiTheme *t, const ChartPalette *p);
/* The banner above a chart: the view and where the client's sides are. It is what keeps
 * students from answering on the wrong side, so it is never cut: the sentence, else its
 * short form, else that in a smaller type, else the short form on two lines over the top of
 * the chart. brief picks the short form ("Back view: client's RIGHT on your right"); a
 * regional view's banner is its title ("Sole of the foot"). */
void reveal_caption_form(View v, bool brief, char *out, size_t len);
const char *reveal_caption(View v);   /* the whole sentence (tabs take the part before ':') */
typedef struct RevealBanner { Rect r; char text[128]; int lines; } RevealBanner;   /* as drawn */
RevealBanner reveal_draw_caption(Gfx *g, const UiTheme *t, Rect chart_rect, View v);

/* What a camera frames (reveal_frame): the trigger point (and the click) of a reveal, its
 * zones, the muscle's outline, the landmarks the words name, the student's paint. */
enum { FRAME_TRP = 1, FRAME_CLICK = 2, FRAME_ZONES = 4, FRAME_OUTLINE = 8, FRAME_LANDMARKS = 16, FRAME_PAINT = 32 };
/* Zooms the chart onto what the reveal of pq shows (what: FRAME_*), keeping at least min
 * cm of body in view and zooming at most max times; a margin of screen is kept around it
 * for the labels, so nothing it frames ends at the chart's edge. */
void reveal_frame(Chart *c, const PlayedQuestion *pq, unsigned what, float min, float max);
/* Frames a question before it is answered: the whole figure, or (trp) the region around
 * its trigger point and (zones) its zones, or the landmark it starts from (Question.landmark),
 * with at least min cm of body around them. The zones are framed, not shown: a refer question
 * opens on the region of its pattern. */
void reveal_frame_question(Chart *c, const Question *q, bool trp, bool zones, float min);

/* The landmarks the words name, nearest the body point at (as dots with their names). */
void reveal_draw_landmarks(Chart *c, Gfx *g, const UiTheme *t, const ChartPalette *p, View v, Vec2 at);
/* A landmark to start from (a question's Question.landmark, a palpation's first) in the
 * chart's view on side s: its dot ringed and named; with `to`, a dashed line from it to that
 * body point (the way to the trigger point). Nothing when the view does not place it. */
void reveal_draw_start(Chart *c, Gfx *g, const UiTheme *t, const ChartPalette *p, const AtlasLandmark *l, Side s,
                       const Vec2 *to);
/* A click of the answer over the chart (with a line to the trigger point when there is one). */
void reveal_draw_click(Chart *c, Gfx *g, const UiTheme *t, const ChartPalette *p, Vec2 click, const Vec2 *trp);

#endif
