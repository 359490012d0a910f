/* score: locate, palpate and refer scoring (docs/scoring.md has the same rules for
 * students). locate is a distance ramp (palpate weighs it 60 beside 20 + 20 for position and
 * technique); refer compares grids of 0.5 cm cells, per view and then per named area across
 * views: the essential zone found (each area once, in its best view), minus overshoot (paint
 * outside essential + spillover + documented variants: free within 1 cm, half cost in the
 * next centimetre, full beyond) measured against the zone grown by its margin. One verdict
 * per area comes with it, and a map of cells for the reveal. */
#include "quiz/score.h"
#include "body/atlas_view.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>


int score_locate_distance(float distance_cm, float tolerance_cm)
{
    if (!(distance_cm >= 0)) return 0;                       /* also NaN */
    if (!(tolerance_cm > SCORE_FINGERTIP_CM)) tolerance_cm = SCORE_FINGERTIP_CM;
    if (distance_cm <= SCORE_FINGERTIP_CM) return 100;
    if (distance_cm >= tolerance_cm) return 0;
    float t = (tolerance_cm - distance_cm) / (tolerance_cm - SCORE_FINGERTIP_CM);
    int s = (int)floorf(100.0f * t + 0.5f);
    return s < 0 ? 0 : s > 100 ? 100 : s;
}

static float dist(Vec2 a, Vec2 b)
{
    return hypotf(a.x - b.x, a.y - b.y);
}

/* The trigger point of m nearest to p on side s in view v, or NULL. */
static const AtlasTrp *nearest_trp(const AtlasMuscle *m, Side s, View v, Vec2 p, float *d)
{
    const AtlasTrp *best = NULL;
    *d = INFINITY;
    for (int i = 0; i < m->ntrps; i++) {
        const AtlasTrp *t = &m->trps[i];
        if (!t->has_at[s][v]) continue;
        float di = dist(p, t->at[s][v]);
        if (di < *d) {
            *d = di;
            best = t;
        }
    }
    return best;
}

LocateResult score_locate(const AtlasMuscle *m, View asked_view, Side side, float tolerance_cm,
                          View clicked_view, Vec2 click)
{
    LocateResult r = {0, -1.0f, NULL, LOCATE_NO_TRP};
    if (!m || asked_view < 0 || asked_view >= VIEW_COUNT || side < 0 || side >= SIDE_COUNT)
        return r;
    if (!(tolerance_cm > 0)) tolerance_cm = SCORE_DEFAULT_TOLERANCE_CM;
    float d;
    r.nearest = nearest_trp(m, side, asked_view, click, &d);
    if (!r.nearest) return r;
    if (clicked_view != asked_view) {
        r.verdict = LOCATE_WRONG_VIEW;
        return r;
    }
    if (!isfinite(click.x) || !isfinite(click.y)) {
        r.verdict = LOCATE_OK;
        return r;
    }
    r.distance_cm = d;
    float dm;
    Side other = side == SIDE_RIGHT ? SIDE_LEFT : SIDE_RIGHT;
    if (!m->midline && nearest_trp(m, other, asked_view, click, &dm) && dm < d) {
        r.verdict = LOCATE_WRONG_SIDE;
        return r;
    }
    r.verdict = LOCATE_OK;
    r.score = score_locate_distance(d, tolerance_cm);
    return r;
}

LocateResult score_locate_trp(const AtlasTrp *t, bool midline, View asked_view, Side side, float tolerance_cm,
                              View clicked_view, Vec2 click)
{
    LocateResult r = {0, -1.0f, NULL, LOCATE_NO_TRP};
    if (!t || asked_view < 0 || asked_view >= VIEW_COUNT || side < 0 || side >= SIDE_COUNT ||
        !t->has_at[side][asked_view])
        return r;
    if (!(tolerance_cm > 0)) tolerance_cm = SCORE_DEFAULT_TOLERANCE_CM;
    r.nearest = t;
    r.verdict = clicked_view != asked_view ? LOCATE_WRONG_VIEW : LOCATE_OK;
    if (r.verdict != LOCATE_OK || !isfinite(click.x) || !isfinite(click.y)) return r;
    float d = dist(click, t->at[side][asked_view]);
    r.distance_cm = d;
    Side other = side == SIDE_RIGHT ? SIDE_LEFT : SIDE_RIGHT;
    if (!midline && t->has_at[other][asked_view] && dist(click, t->at[other][asked_view]) < d) {
        r.verdict = LOCATE_WRONG_SIDE;
        return r;
    }
    r.score = score_locate_distance(d, tolerance_cm);
    return r;
}

/* ---- palpate ---- */

PalpateResult score_palpate(int right_position, int right_technique, int position, int technique,
                            int locate_score)
{
    PalpateResult p = {0, 0, 0, position, technique};
    if (position >= 0 && position == right_position) p.position = SCORE_PALPATE_POSITION;
    if (technique >= 0 && technique == right_technique) p.technique = SCORE_PALPATE_TECHNIQUE;
    int ls = locate_score < 0 ? 0 : locate_score > 100 ? 100 : locate_score;
    p.location = (SCORE_PALPATE_LOCATION * ls + 50) / 100;
    return p;
}

/* ---- refer ---- */

#define REFER_FULL_COVERAGE 0.95f    /* this share of the essential zone counts as all of it */
#define REFER_AREA_MIN_CELLS 4       /* 1 cm2: smaller overlaps are slivers, not named */

const char *score_verdict_name(AreaVerdict v)
{
    static const char *const names[AREA_VERDICT_COUNT] = {"found", "partly", "missed", "overshoot"};
    return v >= 0 && v < AREA_VERDICT_COUNT ? names[v] : "?";
}

/* dst = src grown by cm: the cells whose centres lie within cm of a set cell's centre (a
 * zone's edge cells have their centres 0.25 cm inside it, so 1.25 cm reaches about 1 cm
 * beyond the edge). */
static void grid_dilate(BodyGrid *dst, const BodyGrid *src, float cm)
{
    const float rc = cm / BODYGRID_CELL;
    const int R = (int)rc;
    bodygrid_clear(dst);
    for (int j = 0; j < BODYGRID_H; j++)
        for (int i = 0; i < BODYGRID_W; i++) {
            if (!src->cells[j * BODYGRID_W + i]) continue;
            for (int dj = -R; dj <= R; dj++) {
                int y = j + dj;
                if (y < 0 || y >= BODYGRID_H) continue;
                for (int di = -R; di <= R; di++) {
                    int x = i + di;
                    if (x < 0 || x >= BODYGRID_W || (float)(di * di + dj * dj) > rc * rc) continue;
                    dst->cells[y * BODYGRID_W + x] = 1;
                }
            }
        }
}

static bool area_disputed(const AtlasTrp *trp, const AtlasArea *a)
{
    for (int i = 0; i < trp->ndisputed; i++)
        if (trp->disputed[i] && a->id && !strcmp(trp->disputed[i], a->id)) return true;
    return false;
}


/* The grids of one view of a refer answer. */
typedef struct ReferGrids {
    BodyGrid sil, ess, allowed, near, base, paint, tmp;
} ReferGrids;

/* Fills g for view v: sil, ess (essential), allowed (essential + spillover + variants, grown
 * by the margin), near (allowed grown to SCORE_NEAR_CM), base (the zone grown by
 * SCORE_BASE_CM), paint (within the figure). */
static void refer_grids(ReferGrids *g, const Atlas *a, const AtlasTrp *trp, Side side, View v,
                        const BodyGrid *paint, const BodyGrid *silhouette)
{
    if (silhouette) g->sil = *silhouette;
    else memset(g->sil.cells, 1, sizeof g->sil.cells);
    bodygrid_clear(&g->ess);
    bodygrid_fill_shape(&g->ess, &trp->essential[side][v]);
    bodygrid_and(&g->ess, &g->sil);

    bodygrid_clear(&g->tmp);
    bodygrid_fill_shape(&g->tmp, &trp->spillover[side][v]);
    bodygrid_or(&g->tmp, &g->ess);
    for (int k = 0; a && k < a->nareas; k++) {
        const AtlasArea *ar = &a->areas[k];
        if (area_disputed(trp, ar) && (ar->midline || ar->side == side))
            bodygrid_fill_shape(&g->tmp, &ar->shape[v]);
    }
    bodygrid_and(&g->tmp, &g->sil);
    grid_dilate(&g->allowed, &g->tmp, SCORE_MARGIN_CM);
    grid_dilate(&g->near, &g->tmp, SCORE_NEAR_CM);
    grid_dilate(&g->base, &g->ess, SCORE_BASE_CM);
    bodygrid_and(&g->base, &g->sil);

    if (paint) g->paint = *paint;
    else bodygrid_clear(&g->paint);
    bodygrid_and(&g->paint, &g->sil);
}

/* What one area (or the cells of a view in no area) holds in one view, in cells. */
typedef struct AreaCount {
    int ess, painted;                 /* essential zone; of it painted */
    int far, near;                    /* overshoot beyond SCORE_NEAR_CM / within it */
    int base, forbidden;              /* the grown zone; the figure outside the allowed zone */
    float ex, ey, ox, oy;             /* sums of cell centres: zone part, overshoot */
} AreaCount;

/* owner[c] = 1 + the index of the area holding cell c of view v (0: none), as the chart of
 * the question shows them: a side view without its arm when the trigger point lies under it. */
static void area_owners(const Atlas *a, const AtlasTrp *trp, Side side, View v, uint16_t *owner)
{
    if (a) atlas_view_area_owners(a, v, !trp->under_arm[side][v], owner);
    else memset(owner, 0, sizeof *owner * BODYGRID_W * BODYGRID_H);
}

/* Counts for each area (index k; nareas = cells in no area) of a view into counts. */
static void count_view(const ReferGrids *g, const uint16_t *owner, AreaCount *counts, int nareas)
{
    for (int c = 0; c < BODYGRID_W * BODYGRID_H; c++) {
        if (!g->sil.cells[c]) continue;
        AreaCount *n = &counts[owner[c] ? owner[c] - 1 : nareas];
        float x = BODYGRID_X0 + ((float)(c % BODYGRID_W) + 0.5f) * BODYGRID_CELL;
        float y = BODYGRID_Y0 + ((float)(c / BODYGRID_W) + 0.5f) * BODYGRID_CELL;
        if (g->ess.cells[c]) {
            n->ess++;
            n->painted += g->paint.cells[c];
            n->ex += x;
            n->ey += y;
        }
        n->base += g->base.cells[c];
        if (g->allowed.cells[c]) continue;
        n->forbidden++;
        if (!g->paint.cells[c]) continue;
        if (g->near.cells[c]) n->near++;
        else n->far++;
        n->ox += x;
        n->oy += y;
    }
}

static int overshoot_cost2(const AreaCount *n)   /* in half cells */
{
    return 2 * n->far + n->near;
}

static void add_label(const char **list, int *n, const char *label)
{
    if (*n >= SCORE_MAX_AREAS || !label) return;
    for (int i = 0; i < *n; i++)
        if (!strcmp(list[i], label)) return;
    list[(*n)++] = label;
}

static int cmp_area(const void *pa, const void *pb)
{
    const ReferArea *a = pa, *b = pb;
    bool za = a->verdict != AREA_OVERSHOOT, zb = b->verdict != AREA_OVERSHOOT;
    if (za != zb) return za ? -1 : 1;
    float ka = za ? a->zone_cm2 : a->overshoot_cm2, kb = zb ? b->zone_cm2 : b->overshoot_cm2;
    return (ka < kb) - (ka > kb);
}

/* The per-view counts combined: totals for the score, and one ReferArea per named area. */
static void combine(const Atlas *a, const AtlasTrp *trp, const ReferPaint *views, int nviews, AreaCount *counts,
                    int nareas, ReferResult *r)
{
    const int stride = nareas + 1;
    double zone = 0, found = 0;
    long cost2 = 0, base = 0, forbidden = 0;
    for (int k = 0; k <= nareas; k++) {
        /* the view showing most of this area's zone part; the best coverage among the views
         * that show at least half as much of it */
        int most = -1, best = -1, over = -1;
        for (int i = 0; i < nviews; i++) {
            const AreaCount *n = &counts[i * stride + k];
            if (n->ess > 0 && (most < 0 || n->ess > counts[most * stride + k].ess)) most = i;
            if (overshoot_cost2(n) > 0 && (over < 0 || overshoot_cost2(n) > overshoot_cost2(&counts[over * stride + k])))
                over = i;
        }
        for (int i = 0; most >= 0 && i < nviews; i++) {
            const AreaCount *n = &counts[i * stride + k];
            if (2 * n->ess < counts[most * stride + k].ess) continue;
            if (best < 0 || (double)n->painted / n->ess >
                                (double)counts[best * stride + k].painted / counts[best * stride + k].ess)
                best = i;
        }
        if (k == nareas) {
            /* cells in no named area cannot be matched across views: each view counts */
            for (int i = 0; i < nviews; i++) {
                const AreaCount *n = &counts[i * stride + k];
                zone += n->ess;
                found += n->painted;
                cost2 += overshoot_cost2(n);
                base += n->base;
                forbidden += n->forbidden;
            }
            break;
        }
        int maxbase = 0, maxforb = 0;
        for (int i = 0; i < nviews; i++) {
            if (counts[i * stride + k].base > maxbase) maxbase = counts[i * stride + k].base;
            if (counts[i * stride + k].forbidden > maxforb) maxforb = counts[i * stride + k].forbidden;
        }
        base += maxbase;
        forbidden += maxforb;
        const AreaCount *m = most >= 0 ? &counts[most * stride + k] : NULL;
        const AreaCount *b = best >= 0 ? &counts[best * stride + k] : NULL;
        const AreaCount *o = over >= 0 ? &counts[over * stride + k] : NULL;
        float cov = b ? (float)b->painted / (float)b->ess : 0;
        if (m) {
            zone += m->ess;
            found += cov * (float)m->ess;
        }
        if (o) cost2 += overshoot_cost2(o);
        if (r->nareas >= SCORE_MAX_AREAS) continue;
        const AtlasArea *ar = &a->areas[k];
        ReferArea ra = {.area = ar, .label = ar->label, .coverage = cov};
        ra.zone_cm2 = m ? bodygrid_area_cm2(m->ess) : 0;
        ra.overshoot_cm2 = o ? bodygrid_area_cm2(o->far + o->near) : 0;
        bool named = false;   /* the zone part is more than a sliver (decided after the totals) */
        if (m) named = m->ess >= REFER_AREA_MIN_CELLS;
        if (named) {
            ra.verdict = cov >= SCORE_FOUND_AT ? AREA_FOUND : cov >= SCORE_PARTLY_AT ? AREA_PARTLY : AREA_MISSED;
            ra.view = views[best].view;
            ra.at = (Vec2){b->ex / (float)b->ess, b->ey / (float)b->ess};
        } else if (o && o->far + o->near >= REFER_AREA_MIN_CELLS && !area_disputed(trp, ar)) {
            ra.verdict = AREA_OVERSHOOT;
            ra.view = views[over].view;
            ra.at = (Vec2){o->ox / (float)(o->far + o->near), o->oy / (float)(o->far + o->near)};
        } else {
            continue;
        }
        r->areas[r->nareas++] = ra;
    }
    /* a zone part under 2 % of the whole zone is a sliver too: not named, but its overshoot is */
    int kept = 0;
    for (int i = 0; i < r->nareas; i++) {
        ReferArea *ra = &r->areas[i];
        if (ra->verdict != AREA_OVERSHOOT && ra->zone_cm2 * 50 < bodygrid_area_cm2((int)zone)) {
            if (ra->overshoot_cm2 < bodygrid_area_cm2(REFER_AREA_MIN_CELLS) || area_disputed(trp, ra->area)) continue;
            ra->verdict = AREA_OVERSHOOT;
            ra->coverage = 0;
        }
        r->areas[kept++] = *ra;
    }
    r->nareas = kept;
    qsort(r->areas, (size_t)r->nareas, sizeof r->areas[0], cmp_area);
    for (int i = 0; i < r->nareas; i++) {
        const ReferArea *ra = &r->areas[i];
        if (ra->verdict == AREA_FOUND || ra->verdict == AREA_PARTLY) add_label(r->areas_hit, &r->nhit, ra->label);
        else if (ra->verdict == AREA_MISSED) add_label(r->areas_missed, &r->nmissed, ra->label);
        else add_label(r->areas_outside, &r->noutside, ra->label);
    }
    if (zone <= 0) return;
    r->coverage = (float)(found / zone);
    float credit = fminf(1.0f, r->coverage / REFER_FULL_COVERAGE);
    /* against the grown zone, or the rest of the figure when that is smaller, so painting
     * everything always cancels all credit */
    long against = forbidden > 0 && forbidden < base ? forbidden : base;
    if (against <= 0) against = 1;
    float penalty = (float)cost2 / 2.0f / (float)against;
    r->outside_share = penalty;
    r->found_pct = (int)floorf(100.0f * credit + 0.5f);
    float op = fminf(100.0f * penalty, 9999.0f);
    r->overshoot_pct = (int)floorf(op + 0.5f);
    int s = r->found_pct - r->overshoot_pct;
    r->score = s < 0 ? 0 : s > 100 ? 100 : s;
}

ReferResult score_refer_views(const Atlas *a, const AtlasTrp *trp, Side side, const ReferPaint *views, int nviews)
{
    ReferResult r;
    memset(&r, 0, sizeof r);
    if (!trp || !views || nviews <= 0 || nviews > VIEW_COUNT || side < 0 || side >= SIDE_COUNT) return r;
    for (int i = 0; i < nviews; i++) {
        if (views[i].view < 0 || views[i].view >= VIEW_COUNT) return r;
        for (int j = 0; j < i; j++)
            if (views[j].view == views[i].view) return r;   /* a view twice */
    }
    int nareas = a ? a->nareas : 0;
    ReferGrids *g = malloc(sizeof *g);
    uint16_t *owner = malloc(sizeof *owner * BODYGRID_W * BODYGRID_H);
    AreaCount *counts = calloc((size_t)nviews * (size_t)(nareas + 1), sizeof *counts);
    if (g && owner && counts) {
        for (int i = 0; i < nviews; i++) {
            refer_grids(g, a, trp, side, views[i].view, views[i].paint, views[i].silhouette);
            const uint16_t *areas = views[i].areas;
            if (!areas) {
                area_owners(a, trp, side, views[i].view, owner);
                areas = owner;
            }
            count_view(g, areas, &counts[i * (nareas + 1)], nareas);
        }
        combine(a, trp, views, nviews, counts, nareas, &r);
    }
    free(counts);
    free(owner);
    free(g);
    return r;
}

ReferResult score_refer(const Atlas *a, const AtlasTrp *trp, Side side, View v,
                        const BodyGrid *paint, const BodyGrid *silhouette)
{
    ReferPaint one = {v, paint, silhouette, NULL};
    if (!paint) {
        ReferResult r;
        memset(&r, 0, sizeof r);
        return r;
    }
    return score_refer_views(a, trp, side, &one, 1);
}

bool score_refer_cells(const AtlasTrp *trp, Side side, View v, const Atlas *a, const BodyGrid *paint,
                       const BodyGrid *silhouette, uint8_t *out)
{
    if (!trp || !out || v < 0 || v >= VIEW_COUNT || side < 0 || side >= SIDE_COUNT) return false;
    ReferGrids *g = malloc(sizeof *g);
    if (!g) return false;
    refer_grids(g, a, trp, side, v, paint, silhouette);
    for (int c = 0; c < BODYGRID_W * BODYGRID_H; c++) {
        ReferCell k = REFER_CELL_NONE;
        if (g->ess.cells[c]) k = g->paint.cells[c] ? REFER_CELL_FOUND : REFER_CELL_MISSED;
        else if (g->paint.cells[c])
            k = g->allowed.cells[c] ? REFER_CELL_ALLOWED : g->near.cells[c] ? REFER_CELL_NEAR : REFER_CELL_OVERSHOOT;
        out[c] = (uint8_t)k;
    }
    free(g);
    return true;
}
