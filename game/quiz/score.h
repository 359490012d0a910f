/* score: the scoring formulas of design.md section 5, as pure functions with no I/O.
 * Inputs are body-space facts (clicks, painted grids, atlas zones); outputs are a 0-100
 * score with the facts that explain it. docs/scoring.md states the same formulas for
 * students. */
#ifndef SCORE_H
#define SCORE_H

#include <stdbool.h>
#include <stdint.h>
#include "body/atlas.h"
#include "body/bodygrid.h"

#define SCORE_FINGERTIP_CM 1.5f
#define SCORE_DEFAULT_TOLERANCE_CM 5.0f
#define SCORE_MAX_AREAS 64
#define SCORE_MARGIN_CM 1.25f         /* paint this near essential + spillover is never overshoot */
#define SCORE_NEAR_CM 2.25f           /* overshoot nearer than this costs half */
#define SCORE_BASE_CM 1.25f           /* overshoot is measured against the zone grown by this */

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

/* Like score_locate, against trigger point t alone (the one a question asks): the distance
 * to t, wrong side when the click is nearer t's mirror image (unless midline). */
LocateResult score_locate_trp(const AtlasTrp *t, bool midline, View asked_view, Side side, float tolerance_cm,
                              View clicked_view, Vec2 click);

/* palpate: the client's position, the technique, then where to press. */
#define SCORE_PALPATE_POSITION 20
#define SCORE_PALPATE_TECHNIQUE 20
#define SCORE_PALPATE_LOCATION 60
typedef struct PalpateResult {
    int position, technique, location;   /* each part's score: of 20, 20 and 60 */
    int chosen_position;                 /* PalpPosition chosen, -1 none */
    int chosen_technique;                /* PalpTechnique chosen, -1 none */
} PalpateResult;
/* 20 for the right position, 20 for the right technique, and 60 x the locate score / 100
 * (rounded half up) for the click; the total is the sum. */
PalpateResult score_palpate(int right_position, int right_technique, int position, int technique,
                            int locate_score);

/* One verdict per named area (design.md section 8). */
typedef enum AreaVerdict {
    AREA_FOUND,                       /* most of its part of the essential zone is painted */
    AREA_PARTLY,                      /* some of it */
    AREA_MISSED,                      /* little or none of it */
    AREA_OVERSHOOT,                   /* no essential zone there, but 1 cm2 or more painted
                                         more than about 1 cm from where the pain goes */
    AREA_VERDICT_COUNT
} AreaVerdict;
const char *score_verdict_name(AreaVerdict v);   /* "found", "partly", "missed", "overshoot" */

/* The share of an area's part of the essential zone painted for each verdict. */
#define SCORE_FOUND_AT 0.75f
#define SCORE_PARTLY_AT 0.25f

typedef struct ReferArea {
    const AtlasArea *area;
    const char *label;                /* area->label: "right temple", "occiput" */
    AreaVerdict verdict;
    float coverage;                   /* painted share of its part of the essential zone, in the
                                         view that shows that part best; 0 for overshoot */
    float zone_cm2;                   /* its part of the essential zone (the view showing most) */
    float overshoot_cm2;              /* paint in it more than about 1 cm from essential +
                                         spillover + documented variants (the view with most) */
    View view;                        /* the view that decided the verdict */
    Vec2 at;                          /* body cm in that view: the middle of that part of the
                                         zone (or of the overshoot), where a label can go */
} ReferArea;

typedef struct ReferResult {
    int score;                        /* found_pct - overshoot_pct, within 0..100 */
    int found_pct;                    /* 100 * min(1, coverage / 0.95), rounded */
    int overshoot_pct;                /* the penalty in points, rounded (may pass 100) */
    float coverage;                   /* painted share of the essential zone, 0..1 (an area seen
                                         in several views counted once, in its best view) */
    float outside_share;              /* the penalty as a fraction (overshoot_pct / 100) */
    ReferArea areas[SCORE_MAX_AREAS]; int nareas;   /* one per named area: the zone's areas
                                                       (largest first), then overshoot ones */
    /* derived from the verdicts, so no label is in two lists: hit = found + partly,
     * missed = missed, outside = overshoot. The labels point into the atlas. */
    const char *areas_hit[SCORE_MAX_AREAS]; int nhit;
    const char *areas_missed[SCORE_MAX_AREAS]; int nmissed;
    const char *areas_outside[SCORE_MAX_AREAS]; int noutside;
} ReferResult;

/* The paint of one view: the student's paint (NULL: nothing painted there) and the view's
 * figure (paint outside it is ignored; NULL = the whole grid). */
typedef struct ReferPaint {
    View view;
    const BodyGrid *paint;
    const BodyGrid *silhouette;
    const uint16_t *areas;            /* optional: 1 + the index of the named area holding each
                                         cell, 0 for none (pattern_area_owners); NULL: worked
                                         out here from the atlas */
} ReferPaint;

/* Scores a refer answer painted in one or more views (docs/scoring.md has the rule for
 * students). Per view: essential zone E, allowed zone = E + spillover + documented variants
 * grown by the 1 cm brush margin; paint outside the allowed zone is overshoot, the part of
 * it within SCORE_NEAR_CM of the allowed zone at half cost. Views are combined per named
 * area, so an area seen in two views is never counted twice: its zone part counts once (its
 * size in the view that shows most of it, its coverage in the view that shows it best), and
 * so does its overshoot (the view with most). found = min(1, coverage / 0.95); overshoot =
 * overshoot cost / the zone grown by SCORE_BASE_CM (or the rest of the figure when that is
 * smaller, so painting everything cancels all credit); score = found% - overshoot%. */
ReferResult score_refer_views(const Atlas *a, const AtlasTrp *trp, Side side, const ReferPaint *views, int nviews);
/* The same for paint in one view v. */
ReferResult score_refer(const Atlas *a, const AtlasTrp *trp, Side side, View v,
                        const BodyGrid *paint, const BodyGrid *silhouette);

/* What each cell of one view is in a refer answer, for drawing the reveal: */
typedef enum ReferCell {
    REFER_CELL_NONE,                  /* not painted, no essential zone */
    REFER_CELL_FOUND,                 /* essential zone, painted */
    REFER_CELL_MISSED,                /* essential zone, not painted */
    REFER_CELL_ALLOWED,               /* painted on spillover, a documented variant or the margin */
    REFER_CELL_NEAR,                  /* painted just beyond the margin (overshoot at half cost) */
    REFER_CELL_OVERSHOOT,             /* painted where the pain does not go */
} ReferCell;
/* Fills out[BODYGRID_W * BODYGRID_H] (row-major, like BodyGrid.cells) with ReferCell values.
 * paint may be NULL (nothing painted). false when out of memory. */
bool score_refer_cells(const AtlasTrp *trp, Side side, View v, const Atlas *a, const BodyGrid *paint,
                       const BodyGrid *silhouette, uint8_t *out);

#endif
