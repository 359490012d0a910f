/* pattern: the referred-pain pattern of a trigger point across views (see pattern.h). Zones
 * are compared on the 0.5 cm body grid, area by area: an area has one id and shape per view,
 * so "the same body surface" is the same area whatever the view. */
#include "quiz/pattern.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "body/bodygrid.h"
#include "body/atlas_view.h"

#define AREA_MIN_CELLS 4              /* 1 cm2: less of a zone in an area is a sliver */

int pattern_weight(AtlasFrequency f)
{
    switch (f) {
    case FREQ_COMMON: return PATTERN_WEIGHT_COMMON;
    case FREQ_OCCASIONAL: return PATTERN_WEIGHT_OCCASIONAL;
    default: return PATTERN_WEIGHT_RARE;
    }
}

bool pattern_view_shows(View v, Side s)
{
    if (v == VIEW_LATERAL_RIGHT) return s == SIDE_RIGHT;
    if (v == VIEW_LATERAL_LEFT) return s == SIDE_LEFT;
    return v >= 0 && v < VIEW_COUNT;
}

bool pattern_has_zone(const AtlasTrp *t, Side side)
{
    for (int v = 0; t && v < VIEW_COUNT; v++)
        if (pattern_view_shows((View)v, side) && t->essential[side][v].count > 0) return true;
    return false;
}

bool pattern_in_view(const AtlasTrp *t, Side side, View v)
{
    return t && v >= 0 && v < VIEW_COUNT && pattern_view_shows(v, side) &&
           (t->has_at[side][v] || t->essential[side][v].count > 0);
}

/* Cells of a shape on the grid (scratch is left clear). */
static int shape_cells(const Shape *s, BodyGrid *scratch)
{
    bodygrid_clear(scratch);
    bodygrid_fill_shape(scratch, s);
    int n = bodygrid_count(scratch);
    bodygrid_clear(scratch);
    return n;
}

int pattern_trp_view(const AtlasTrp *t, Side side)
{
    int best = -1, most = -1;
    BodyGrid *scratch = malloc(sizeof *scratch);
    for (int v = 0; t && scratch && v < VIEW_COUNT; v++) {
        if (!pattern_view_shows((View)v, side) || !t->has_at[side][v]) continue;
        int n = shape_cells(&t->essential[side][v], scratch);
        if (n > most) {
            most = n;
            best = v;
        }
    }
    free(scratch);
    return best;
}

/* Rows [j0, j1] a shape can touch; false when it has no points. */
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

struct PatternAreaMap {
    const Atlas *atlas;
    uint16_t *owner[2][VIEW_COUNT];   /* 1 + the index of the area holding each cell; 0: none.
                                       * [0]: as drawn; [1]: a side view with its arm hidden */
    BodyGrid zone;                    /* scratch */
};

PatternAreaMap *pattern_area_map_new(const Atlas *a)
{
    PatternAreaMap *m = a ? calloc(1, sizeof *m) : NULL;
    if (m) m->atlas = a;
    return m;
}

void pattern_area_map_free(PatternAreaMap *m)
{
    if (!m) return;
    for (int v = 0; v < VIEW_COUNT; v++) {
        free(m->owner[0][v]);
        free(m->owner[1][v]);
    }
    free(m);
}

/* The owner map of view v as a chart shows it (a side view's arm drawn or hidden), made on
 * first use; NULL when out of memory. */
static const uint16_t *owners(PatternAreaMap *m, View v, bool arm_shown)
{
    int h = !arm_shown && atlas_view_has_arm(m->atlas, v);
    if (m->owner[h][v]) return m->owner[h][v];
    uint16_t *o = calloc((size_t)BODYGRID_W * BODYGRID_H, sizeof *o);
    if (!o) return NULL;
    if (!atlas_view_area_owners(m->atlas, v, !h, o)) {
        free(o);
        return NULL;
    }
    m->owner[h][v] = o;
    return o;
}

const uint16_t *pattern_area_owners(PatternAreaMap *m, View v, bool arm_shown)
{
    return m && v >= 0 && v < VIEW_COUNT ? owners(m, v, arm_shown) : NULL;
}

int pattern_area_at(PatternAreaMap *m, View v, Vec2 p)
{
    if (!m || v < 0 || v >= VIEW_COUNT || !isfinite(p.x) || !isfinite(p.y)) return -1;
    const uint16_t *o = owners(m, v, true);
    float fi = floorf((p.x - BODYGRID_X0) / BODYGRID_CELL), fj = floorf((p.y - BODYGRID_Y0) / BODYGRID_CELL);
    if (!o || fi < 0 || fj < 0 || fi >= BODYGRID_W || fj >= BODYGRID_H) return -1;
    int c = (int)fj * BODYGRID_W + (int)fi;
    return o[c] ? o[c] - 1 : -1;
}

/* Per area of view v (index k < nareas; index nareas: cells in no area), the cells of t's
 * shapes (essential, and the spillover when spill) it holds, into per_area (nareas + 1
 * entries, zeroed here); the areas as the chart of t shows them (a side view without its arm
 * when t lies under it). false when out of memory. */
static bool zone_by_area(PatternAreaMap *m, const AtlasTrp *t, Side side, bool spill, View v, int *per_area)
{
    int nareas = m->atlas->nareas;
    memset(per_area, 0, sizeof *per_area * (size_t)(nareas + 1));
    const uint16_t *o = owners(m, v, !t->under_arm[side][v]);
    const Shape *ess = &t->essential[side][v], *sp = spill ? &t->spillover[side][v] : NULL;
    if (!o) return false;
    int j0, j1, k0, k1;
    bool has = shape_rows(ess, &j0, &j1);
    if (sp && shape_rows(sp, &k0, &k1)) {
        if (!has || k0 < j0) j0 = k0;
        if (!has || k1 > j1) j1 = k1;
        has = true;
    }
    if (!has) return true;
    bodygrid_fill_shape(&m->zone, ess);
    if (sp) bodygrid_fill_shape(&m->zone, sp);
    for (int c = j0 * BODYGRID_W; c < (j1 + 1) * BODYGRID_W; c++) {
        if (!m->zone.cells[c]) continue;
        m->zone.cells[c] = 0;                                /* leave the scratch grid clear */
        per_area[o[c] ? o[c] - 1 : nareas]++;
    }
    return true;
}

int pattern_views(PatternAreaMap *m, const AtlasTrp *t, Side side, int first, bool with_trp, View out[VIEW_COUNT])
{
    if (!m || !t || side < 0 || side >= SIDE_COUNT || !pattern_has_zone(t, side)) return 0;
    int nareas = m->atlas->nareas, n = 0;
    int *cells = calloc((size_t)VIEW_COUNT * (size_t)(nareas + 1), sizeof *cells);   /* [view][area] */
    bool *shown = calloc((size_t)nareas + 1, sizeof *shown);
    if (!cells || !shown) goto done;
    for (int v = 0; v < VIEW_COUNT; v++) {
        if (!pattern_view_shows((View)v, side) || t->essential[side][v].count == 0) continue;
        if (!zone_by_area(m, t, side, false, (View)v, &cells[v * (nareas + 1)])) goto done;
    }
    bool chosen[VIEW_COUNT] = {false};
    /* the quiz's view, then the X's */
    int start[2] = {first >= 0 && first < VIEW_COUNT && pattern_in_view(t, side, (View)first) ? first : -1,
                    with_trp ? pattern_trp_view(t, side) : -1};
    for (int s = 0; s < 2; s++) {
        int v = start[s];
        if (v < 0 || chosen[v]) continue;
        chosen[v] = true;
        out[n++] = (View)v;
        for (int k = 0; k < nareas; k++)
            if (cells[v * (nareas + 1) + k] >= AREA_MIN_CELLS) shown[k] = true;
    }
    /* then the view that shows most of what is not shown yet, while one does (cells in no
     * named area can only be shown by their own view) */
    for (;;) {
        int best = -1, gain_best = 0;
        for (int v = 0; v < VIEW_COUNT; v++) {
            if (chosen[v]) continue;
            int gain = 0;
            for (int k = 0; k <= nareas; k++) {
                int c = cells[v * (nareas + 1) + k];
                if (c >= AREA_MIN_CELLS && (k == nareas || !shown[k])) gain += c;
            }
            if (gain > gain_best) {
                gain_best = gain;
                best = v;
            }
        }
        if (best < 0) break;
        chosen[best] = true;
        out[n++] = (View)best;
        for (int k = 0; k < nareas; k++)
            if (cells[best * (nareas + 1) + k] >= AREA_MIN_CELLS) shown[k] = true;
    }
    /* a zone made only of slivers still needs a view */
    if (n == 0) {
        for (int v = 0; v < VIEW_COUNT && n == 0; v++)
            if (pattern_view_shows((View)v, side) && t->essential[side][v].count > 0) out[n++] = (View)v;
    }
done:
    free(shown);
    free(cells);
    return n;
}

static void grow(Rect *b, bool *has, Rect r)
{
    if (!*has) {
        *b = r;
        *has = true;
        return;
    }
    float x0 = fminf(b->x, r.x), y0 = fminf(b->y, r.y);
    float x1 = fmaxf(b->x + b->w, r.x + r.w), y1 = fmaxf(b->y + b->h, r.y + r.h);
    *b = (Rect){x0, y0, x1 - x0, y1 - y0};
}

static void grow_shape(Rect *b, bool *has, const Shape *s)
{
    for (int i = 0; i < s->count; i++)
        if (s->polys[i].n >= 3) grow(b, has, geom_polygon_bounds(s->polys[i].pts, s->polys[i].n));
}

bool pattern_bounds(const AtlasTrp *t, Side side, View v, bool with_zone, Rect *out)
{
    if (!t || v < 0 || v >= VIEW_COUNT || side < 0 || side >= SIDE_COUNT) return false;
    bool has = false;
    Rect b = {0, 0, 0, 0};
    if (t->has_at[side][v]) grow(&b, &has, (Rect){t->at[side][v].x, t->at[side][v].y, 0, 0});
    if (with_zone) {
        grow_shape(&b, &has, &t->essential[side][v]);
        grow_shape(&b, &has, &t->spillover[side][v]);
    }
    if (has) *out = b;
    return has;
}

static bool shape_bounds(const Shape *s, Rect *out)
{
    bool has = false;
    grow_shape(out, &has, s);
    return has;
}

static bool rects_meet(Rect a, Rect b)
{
    return a.x <= b.x + b.w && b.x <= a.x + a.w && a.y <= b.y + b.h && b.y <= a.y + a.h;
}

float pattern_overlap(const AtlasTrp *a, const AtlasTrp *b, Side side, const View *views, int nviews)
{
    if (!a || !b || side < 0 || side >= SIDE_COUNT) return 0;
    /* patterns whose zones are nowhere near each other share nothing */
    bool near = false;
    for (int i = 0; i < nviews && !near; i++) {
        Rect ra, rb;
        View v = views[i];
        near = v >= 0 && v < VIEW_COUNT && shape_bounds(&a->essential[side][v], &ra) &&
               shape_bounds(&b->essential[side][v], &rb) && rects_meet(ra, rb);
    }
    if (!near) return 0;
    BodyGrid *ga = calloc(1, sizeof *ga), *gb = calloc(1, sizeof *gb);
    long na = 0, nb = 0, both = 0;
    for (int i = 0; ga && gb && i < nviews; i++) {
        View v = views[i];
        int j0, j1, k0, k1;
        bool hasa = v >= 0 && v < VIEW_COUNT && shape_rows(&a->essential[side][v], &j0, &j1);
        bool hasb = v >= 0 && v < VIEW_COUNT && shape_rows(&b->essential[side][v], &k0, &k1);
        if (!hasa && !hasb) continue;
        if (!hasa || (hasb && k0 < j0)) j0 = k0;
        if (!hasa || (hasb && k1 > j1)) j1 = k1;
        bodygrid_fill_shape(ga, &a->essential[side][v]);
        bodygrid_fill_shape(gb, &b->essential[side][v]);
        for (int c = j0 * BODYGRID_W; c < (j1 + 1) * BODYGRID_W; c++) {   /* the rows they touch, cleared */
            na += ga->cells[c];
            nb += gb->cells[c];
            both += ga->cells[c] & gb->cells[c];
            ga->cells[c] = gb->cells[c] = 0;
        }
    }
    free(ga);
    free(gb);
    long small = na < nb ? na : nb;
    return small > 0 ? (float)both / (float)small : 0;
}

/* The areas holding 1 cm2 or more of trp's zone in the views: sets them in set (counting
 * the new ones in *count), or returns whether one of them is flagged in test. */
static bool areas_of(PatternAreaMap *m, const AtlasTrp *t, Side side, bool spill, const View *views, int nviews,
                     const bool *test, bool *set, int *count)
{
    if (!m || !t || side < 0 || side >= SIDE_COUNT) return false;
    int *per = malloc(sizeof *per * (size_t)(m->atlas->nareas + 1));
    bool touched = false;
    for (int i = 0; per && i < nviews && !touched; i++) {
        View v = views[i];
        if (v < 0 || v >= VIEW_COUNT || t->essential[side][v].count + (spill ? t->spillover[side][v].count : 0) == 0)
            continue;
        if (test) {
            /* a zone nowhere near the flagged areas touches none of them */
            Rect zone, flagged;
            bool hz = false, hf = false;
            grow_shape(&zone, &hz, &t->essential[side][v]);
            if (spill) grow_shape(&zone, &hz, &t->spillover[side][v]);
            for (int k = 0; k < m->atlas->nareas; k++)
                if (test[k]) grow_shape(&flagged, &hf, &m->atlas->areas[k].shape[v]);
            if (!hz || !hf || !rects_meet(zone, flagged)) continue;
        }
        if (!zone_by_area(m, t, side, spill, v, per)) break;
        for (int k = 0; k < m->atlas->nareas; k++) {
            if (per[k] < AREA_MIN_CELLS) continue;
            if (set) {
                if (!set[k]) (*count)++;
                set[k] = true;
            } else if (test[k]) {
                touched = true;
                break;
            }
        }
    }
    free(per);
    return touched;
}

bool pattern_touches(PatternAreaMap *m, const AtlasTrp *t, Side side, bool spill, const View *views, int nviews,
                     const bool *areas)
{
    return areas && areas_of(m, t, side, spill, views, nviews, areas, NULL, NULL);
}

int pattern_areas(PatternAreaMap *m, const AtlasTrp *t, Side side, const View *views, int nviews, bool *areas)
{
    int n = 0;
    if (areas) areas_of(m, t, side, false, views, nviews, NULL, areas, &n);
    return n;
}
