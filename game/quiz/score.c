/* score: locate and refer scoring (docs/scoring.md has the same rules for students).
 * locate is a distance ramp; refer compares grids of 0.5 cm cells: coverage of the
 * essential zone, minus paint outside essential + spillover (+ documented variants),
 * with a 1 cm margin so the edge of a round brush is never a mistake. */
#include "quiz/score.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#define REFER_MARGIN_CELLS 2         /* brush margin, in cells: 1 cm from the zone's edge */
#define REFER_FULL_COVERAGE 0.95f    /* this share of the essential zone counts as all of it */
#define REFER_AREA_MIN_CELLS 4       /* 1 cm2: smaller overlaps are slivers, not named */

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

/* ---- refer ---- */

/* dst = src grown by the brush margin: cells whose centres lie within 1.25 cm of a set
 * cell's centre, i.e. about 1 cm beyond the zone's edge (edge cells' centres sit 0.25 cm
 * inside it). */
static void grid_dilate(BodyGrid *dst, const BodyGrid *src)
{
    const int R = REFER_MARGIN_CELLS;
    bodygrid_clear(dst);
    for (int j = 0; j < BODYGRID_H; j++)
        for (int i = 0; i < BODYGRID_W; i++) {
            if (!src->cells[j * BODYGRID_W + i]) continue;
            for (int dj = -R; dj <= R; dj++) {
                int y = j + dj;
                if (y < 0 || y >= BODYGRID_H) continue;
                for (int di = -R; di <= R; di++) {
                    int x = i + di;
                    if (x < 0 || x >= BODYGRID_W || 4 * (di * di + dj * dj) > (2 * R + 1) * (2 * R + 1)) continue;
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

/* Rows [j0, j1] that shape s can touch. Returns false when it has no points. */
static bool shape_rows(const Shape *s, int *j0, int *j1)
{
    float lo = INFINITY, hi = -INFINITY;
    for (int i = 0; i < s->count; i++) {
        if (s->polys[i].n < 3) continue;
        Rect b = geom_polygon_bounds(s->polys[i].pts, s->polys[i].n);
        if (b.y < lo) lo = b.y;
        if (b.y + b.h > hi) hi = b.y + b.h;
    }
    if (!(lo <= hi)) return false;
    *j0 = (int)floorf((lo - BODYGRID_Y0) / BODYGRID_CELL) - 1;
    *j1 = (int)ceilf((hi - BODYGRID_Y0) / BODYGRID_CELL) + 1;
    if (*j0 < 0) *j0 = 0;
    if (*j1 > BODYGRID_H - 1) *j1 = BODYGRID_H - 1;
    return *j0 <= *j1;
}

typedef struct ReferGrids {
    BodyGrid sil, ess, allowed, paint, outside, area, tmp;
} ReferGrids;

static void add_label(const char **list, int *n, const char *label)
{
    if (*n >= SCORE_MAX_AREAS || !label) return;
    for (int i = 0; i < *n; i++)
        if (!strcmp(list[i], label)) return;
    list[(*n)++] = label;
}

/* Names the areas: hit/missed by the share of their part of the essential zone that is
 * painted, outside when 1 cm2 or more of wrong paint falls in them. */
static void name_areas(const Atlas *a, const AtlasTrp *trp, View v, ReferGrids *g, int ness,
                       ReferResult *r)
{
    for (int k = 0; a && k < a->nareas; k++) {
        const AtlasArea *ar = &a->areas[k];
        const Shape *sh = &ar->shape[v];
        int j0, j1;
        if (sh->count == 0 || !shape_rows(sh, &j0, &j1)) continue;
        bodygrid_fill_shape(&g->area, sh);
        int e = 0, ep = 0, o = 0;
        for (int j = j0; j <= j1; j++)
            for (int i = 0; i < BODYGRID_W; i++) {
                int c = j * BODYGRID_W + i;
                if (!g->area.cells[c]) continue;
                g->area.cells[c] = 0;                        /* leave the scratch grid clear */
                if (!g->sil.cells[c]) continue;
                if (g->ess.cells[c]) {
                    e++;
                    ep += g->paint.cells[c];
                }
                o += g->outside.cells[c];
            }
        if (e >= REFER_AREA_MIN_CELLS && e * 50 >= ness) {
            if (2 * ep >= e) add_label(r->areas_hit, &r->nhit, ar->label);
            else add_label(r->areas_missed, &r->nmissed, ar->label);
        }
        if (o >= REFER_AREA_MIN_CELLS && !area_disputed(trp, ar))
            add_label(r->areas_outside, &r->noutside, ar->label);
    }
}

ReferResult score_refer(const Atlas *a, const AtlasTrp *trp, Side side, View v,
                        const BodyGrid *paint, const BodyGrid *silhouette)
{
    ReferResult r;
    memset(&r, 0, sizeof r);
    if (!trp || !paint || v < 0 || v >= VIEW_COUNT || side < 0 || side >= SIDE_COUNT) return r;
    ReferGrids *g = calloc(1, sizeof *g);
    if (!g) return r;

    if (silhouette) g->sil = *silhouette;
    else memset(g->sil.cells, 1, sizeof g->sil.cells);
    bodygrid_fill_shape(&g->ess, &trp->essential[side][v]);
    bodygrid_and(&g->ess, &g->sil);
    int ness = bodygrid_count(&g->ess);

    /* allowed = essential + spillover + documented variants, grown by the brush margin */
    bodygrid_fill_shape(&g->tmp, &trp->spillover[side][v]);
    bodygrid_or(&g->tmp, &g->ess);
    for (int k = 0; a && k < a->nareas; k++) {
        const AtlasArea *ar = &a->areas[k];
        if (area_disputed(trp, ar) && (ar->midline || ar->side == side))
            bodygrid_fill_shape(&g->tmp, &ar->shape[v]);
    }
    bodygrid_and(&g->tmp, &g->sil);
    grid_dilate(&g->allowed, &g->tmp);

    g->paint = *paint;
    bodygrid_and(&g->paint, &g->sil);
    g->outside = g->paint;
    bodygrid_andnot(&g->outside, &g->allowed);
    int nout = bodygrid_count(&g->outside);
    g->tmp = g->sil;
    bodygrid_andnot(&g->tmp, &g->allowed);
    int nforbidden = bodygrid_count(&g->tmp);

    if (ness > 0) {
        r.coverage = (float)bodygrid_count_and(&g->paint, &g->ess) / (float)ness;
        r.outside_share = (float)nout / (float)ness;
        float credit = fminf(1.0f, r.coverage / REFER_FULL_COVERAGE);
        /* relative to the smaller of the zone and the rest of the body, so painting
         * everything always cancels all credit */
        int base = nforbidden > 0 && nforbidden < ness ? nforbidden : ness;
        float penalty = (float)nout / (float)base;
        float s = 100.0f * (credit - penalty);
        r.score = s <= 0 ? 0 : s >= 100 ? 100 : (int)floorf(s + 0.5f);
    }
    bodygrid_clear(&g->area);
    name_areas(a, trp, v, g, ness, &r);
    free(g);
    return r;
}
