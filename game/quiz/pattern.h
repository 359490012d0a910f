/* pattern: a trigger point's referred-pain pattern as the quizzes ask it (design.md section 8:
 * "a pattern is all its views", "frequency"). Which trigger points a question picks when the
 * quiz names none (common ones first, never a rare one), which views a refer or identify
 * question shows (the view of the X, then the views that show parts of the essential zone no
 * view chosen so far shows), where a pattern lies in a view (for framing), and how alike two
 * patterns are (for distractors). Window-free and pure: atlas data in, facts out. Views are
 * never listed by name here, so views the atlas adds join in by themselves. */
#ifndef PATTERN_H
#define PATTERN_H

#include <stdbool.h>
#include <stdint.h>
#include "body/atlas.h"

/* How often a chooser picks a trigger point of each frequency, out of the muscle's that fit
 * the question: common 3 : occasional 1 : rare 0. */
#define PATTERN_WEIGHT_COMMON 3
#define PATTERN_WEIGHT_OCCASIONAL 1
#define PATTERN_WEIGHT_RARE 0
int pattern_weight(AtlasFrequency f);

/* Does view v show side s (a lateral view shows one side only)? */
bool pattern_view_shows(View v, Side s);
/* Does trp's pattern have an essential zone in some view that shows side? */
bool pattern_has_zone(const AtlasTrp *t, Side side);
/* Is view v one of trp's pattern views: the X drawn there or part of the essential zone? */
bool pattern_in_view(const AtlasTrp *t, Side side, View v);
/* The view where trp's X is drawn that shows most of its essential zone (the first such view
 * in View order on a tie), or -1 when the X is drawn in no view that shows side. */
int pattern_trp_view(const AtlasTrp *t, Side side);

/* Which named area holds each cell of each view (made per view on first use). One per round
 * is enough: the atlas does not change. */
typedef struct PatternAreaMap PatternAreaMap;
PatternAreaMap *pattern_area_map_new(const Atlas *a);   /* NULL when out of memory */
void pattern_area_map_free(PatternAreaMap *m);
/* 1 + the index (in atlas->areas) of the named area holding each cell of view v's grid (0:
 * none), BODYGRID_W * BODYGRID_H entries row-major, as a chart shows them: arm_shown false is a
 * side view with its arm hidden (the trunk's areas beneath it); NULL when out of memory. Valid
 * while the map lives. */
const uint16_t *pattern_area_owners(PatternAreaMap *m, View v, bool arm_shown);
/* The index (in atlas->areas) of the named area under body point p in view v, or -1. */
int pattern_area_at(PatternAreaMap *m, View v, Vec2 p);

/* The views a question on trp's pattern shows, in order, into out; returns how many (0 when
 * the pattern has no essential zone on that side). first (a View, or -1): the quiz's view,
 * which comes first. with_trp: the question draws the X (refer), so the X's view comes next
 * (pattern_trp_view); without it (identify) only views holding the zone count. Then, while
 * some part of the essential zone lies in a named area that no chosen view shows (1 cm2 or
 * more of it), the view showing most of such parts is added. An area is the same body
 * surface in every view, so a view that repeats what another shows is left out. */
int pattern_views(PatternAreaMap *m, const AtlasTrp *t, Side side, int first, bool with_trp, View out[VIEW_COUNT]);

/* The body-space bounds (cm) of what trp's pattern puts in view v: the X and, with_zone, the
 * essential and spillover zones. false when none of it is in v. */
bool pattern_bounds(const AtlasTrp *t, Side side, View v, bool with_zone, Rect *out);

/* How alike two patterns are in the given views: the cells of essential zone they share,
 * divided by the cells of the smaller one (0..1; 1 when one lies wholly inside the other).
 * 0 when either has no zone there. */
float pattern_overlap(const AtlasTrp *a, const AtlasTrp *b, Side side, const View *views, int nviews);

/* Does trp's pattern (its essential zone, and its spillover when spill) hold 1 cm2 or more
 * of any named area whose flag is set in areas (indexed like atlas->areas), in the views? */
bool pattern_touches(PatternAreaMap *m, const AtlasTrp *t, Side side, bool spill, const View *views, int nviews,
                     const bool *areas);
/* Sets areas[k] (indexed like atlas->areas, zeroed by the caller) for every named area holding
 * 1 cm2 or more of trp's essential zone in the given views. Returns how many were set. */
int pattern_areas(PatternAreaMap *m, const AtlasTrp *t, Side side, const View *views, int nviews, bool *areas);

#endif
