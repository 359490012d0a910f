/* score: the scoring formulas of design.md section 5, as pure functions with no I/O.
 * Inputs are body-space facts (clicks, painted grids, atlas zones); outputs are a 0-100
 * score with the facts that explain it. docs/scoring.md states the same formulas for
 * students. */
#ifndef SCORE_H
#define SCORE_H

#include <stdbool.h>
#include "body/atlas.h"
#include "body/bodygrid.h"

#define SCORE_FINGERTIP_CM 1.5f
#define SCORE_DEFAULT_TOLERANCE_CM 5.0f
#define SCORE_MAX_AREAS 64

typedef enum LocateVerdict {
    LOCATE_OK,            /* right view and side: scored by distance */
    LOCATE_WRONG_VIEW,    /* the click was in another view than the one asked */
    LOCATE_WRONG_SIDE,    /* the click is nearer the mirror-image trigger point */
    LOCATE_NO_TRP         /* the muscle has no trigger point in that view and side */
} LocateVerdict;

typedef struct LocateResult {
    int score;                        /* 0..100 */
    float distance_cm;                /* to the nearest trigger point on the asked side;
                                         -1 when not measured (wrong view, no trigger point) */
    const AtlasTrp *nearest;          /* that trigger point (also for a wrong view), or NULL */
    LocateVerdict verdict;
} LocateResult;

/* 100 at or under 1.5 cm, falling linearly to 0 at `tolerance` (at least 1.5 cm). */
int score_locate_distance(float distance_cm, float tolerance_cm);
LocateResult score_locate(const AtlasMuscle *m, View asked_view, Side side, float tolerance_cm,
                          View clicked_view, Vec2 click);

typedef struct ReferResult {
    int score;                        /* 0..100 */
    float coverage;                   /* painted share of the essential zone, 0..1 */
    float outside_share;              /* painted outside essential+spillover / essential area */
    const char *areas_hit[SCORE_MAX_AREAS]; int nhit;        /* area labels, from the atlas */
    const char *areas_missed[SCORE_MAX_AREAS]; int nmissed;
    const char *areas_outside[SCORE_MAX_AREAS]; int noutside;
} ReferResult;

/* paint: the student's paint in view v. silhouette: the view's figure (paint outside it is
 * ignored; NULL = the whole grid). Score = 100 * (min(1, coverage / 0.95) - penalty),
 * clamped, where penalty = cells painted more than about 1 cm outside essential + spillover
 * + disputed areas, divided by the essential zone's cells (or by the rest of the figure
 * when that is smaller). Hit/missed: at least / less than half of an area's part of the
 * essential zone painted; outside: 1 cm2 or more of wrong paint in the area. The labels
 * point into the atlas. */
ReferResult score_refer(const Atlas *a, const AtlasTrp *trp, Side side, View v,
                        const BodyGrid *paint, const BodyGrid *silhouette);

#endif
