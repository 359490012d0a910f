/* atlas_view: the views' properties (whole-body or regional, where the subject's right side
 * lies, what y measures) and the side views' arm layer: which muscles ride on the near arm
 * (those of the shoulder, arm and forearm regions), which trigger points and zones lie under it
 * (so a chart hides the arm to show them: decided by geometry on the 0.5 cm body grid once the
 * atlas is loaded) and which part of an area is seen with the arm drawn or hidden
 * (docs/atlas-format.md, "The arm in the side views"). */
#include "body/atlas_view.h"
#include "body/atlas_read.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* an outline or a zone this much on the forearm and hand lies on the trunk and thigh beneath */
#define ARM_UNDER_SHARE 0.15f
/* the forearm starts this far below the lateral epicondyle's height */
#define ELBOW_BELOW_CM 2.0f

View atlas_view_mirror(View v)
{
    return v == VIEW_LATERAL_RIGHT ? VIEW_LATERAL_LEFT : v == VIEW_LATERAL_LEFT ? VIEW_LATERAL_RIGHT : v;
}

bool atlas_view_regional(View v) { return v >= VIEW_BODY_COUNT && v < VIEW_COUNT; }

int atlas_view_right_sign(View v)
{
    switch (v) {
    case VIEW_ANTERIOR: case VIEW_FOOT_PLANTAR: case VIEW_LEG_MEDIAL: case VIEW_HAND_PALMAR: return -1;
    case VIEW_POSTERIOR: case VIEW_HAND_DORSAL: return 1;
    default: return 0;
    }
}

bool atlas_view_body_heights(View v) { return v < VIEW_BODY_COUNT || v == VIEW_LEG_MEDIAL; }

const char *atlas_view_title(View v)
{
    static const char *const titles[VIEW_COUNT] = {
        "front view", "back view", "right side view", "left side view",
        "sole of the foot", "inner side of the leg", "palm of the hand", "back of the hand",
    };
    return v >= 0 && v < VIEW_COUNT ? titles[v] : "?";
}

bool atlas_view_present(const Atlas *a, View v)
{
    return a && v >= 0 && v < VIEW_COUNT && a->views[v].silhouette.count > 0;
}

bool atlas_view_has_arm(const Atlas *a, View v)
{
    return a && v >= 0 && v < VIEW_COUNT && a->views[v].arm.count > 0;
}

bool atlas_in_arm(const Atlas *a, View v, Vec2 p)
{
    if (!atlas_view_has_arm(a, v))
        return false;
    const Shape *s = &a->views[v].arm;
    for (int i = 0; i < s->count; i++)
        if (geom_point_in_polygon(p, s->polys[i].pts, s->polys[i].n))
            return true;
    return false;
}

bool atlas_hides_arm(const AtlasMuscle *m, const AtlasTrp *t, Side s, View v)
{
    if (!m || s < 0 || s >= SIDE_COUNT || v < 0 || v >= VIEW_COUNT)
        return false;
    return t ? t->under_arm[s][v] : m->under_arm[s][v];
}

/* ---- grids -------------------------------------------------------------------------- */

void atlas_view_arm_grid(const Atlas *a, View v, BodyGrid *out)
{
    bodygrid_clear(out);
    if (atlas_view_has_arm(a, v))
        bodygrid_fill_shape(out, &a->views[v].arm);
}

bool atlas_view_area_visible(const Atlas *a, const AtlasArea *ar, View v, bool arm_shown)
{
    return ar->shape[v].count > 0 && !(ar->arm && !arm_shown && atlas_view_has_arm(a, v));
}

void atlas_view_area_grid(const Atlas *a, const AtlasArea *ar, View v, bool arm_shown, const BodyGrid *arm,
                          BodyGrid *tmp, BodyGrid *g)
{
    if (!atlas_view_area_visible(a, ar, v, arm_shown))
        return;
    if (!arm || !atlas_view_has_arm(a, v)) {
        bodygrid_fill_shape(g, &ar->shape[v]);
        return;
    }
    bodygrid_clear(tmp);
    bodygrid_fill_shape(tmp, &ar->shape[v]);
    if (arm_shown) {
        if (ar->arm) bodygrid_and(tmp, arm);
        else bodygrid_andnot(tmp, arm);
    }
    bodygrid_or(g, tmp);
}

bool atlas_view_area_owners(const Atlas *a, View v, bool arm_shown, uint16_t *owner)
{
    memset(owner, 0, sizeof *owner * BODYGRID_W * BODYGRID_H);
    BodyGrid *g = malloc(3 * sizeof *g);
    if (!g)
        return false;
    BodyGrid *arm = &g[0], *tmp = &g[1], *cells = &g[2];
    bool has_arm = atlas_view_has_arm(a, v);
    atlas_view_arm_grid(a, v, arm);
    for (int k = 0; a && k < a->nareas && k < UINT16_MAX - 1; k++) {
        if (!atlas_view_area_visible(a, &a->areas[k], v, arm_shown))
            continue;
        bodygrid_clear(cells);
        atlas_view_area_grid(a, &a->areas[k], v, arm_shown, has_arm ? arm : NULL, tmp, cells);
        for (int c = 0; c < BODYGRID_W * BODYGRID_H; c++)
            if (cells->cells[c] && !owner[c])
                owner[c] = (uint16_t)(k + 1);
    }
    free(g);
    return true;
}

/* ---- which structures ride on the arm or lie under it -------------------------------- */

/* Rows and columns that hold every set cell of a grid (none: j0 > j1). */
typedef struct CellBox { int i0, i1, j0, j1; } CellBox;

typedef struct ArmGrids { BodyGrid arm, forearm, shape; CellBox arm_box, forearm_box; } ArmGrids;

static CellBox grid_box(const BodyGrid *g)
{
    CellBox b = {BODYGRID_W, -1, BODYGRID_H, -1};
    for (int j = 0; j < BODYGRID_H; j++) {
        const uint8_t *row = g->cells + (size_t)j * BODYGRID_W;
        const uint8_t *first = memchr(row, 1, BODYGRID_W);
        if (!first)
            continue;
        int i = (int)(first - row), k = BODYGRID_W - 1;
        while (!row[k])
            k--;
        b.i0 = i < b.i0 ? i : b.i0;
        b.i1 = k > b.i1 ? k : b.i1;
        b.j0 = j < b.j0 ? j : b.j0;
        b.j1 = j;
    }
    return b;
}

/* false when no cell of shape s can lie in box: the cells whose centres lie within the
 * bounds of its points, one cell wider each way, miss it. */
static bool shape_may_touch(const Shape *s, const CellBox *box)
{
    if (box->j0 > box->j1)
        return false;
    for (int i = 0; i < s->count; i++) {
        const Polygon *p = &s->polys[i];
        if (p->n < 3)
            continue;   /* no cell */
        Rect r = geom_polygon_bounds(p->pts, p->n);
        if (!isfinite(r.x) || !isfinite(r.y) || !isfinite(r.w) || !isfinite(r.h))
            return true;   /* let the grid decide */
        float i0 = floorf((r.x - BODYGRID_X0) / BODYGRID_CELL - 0.5f) - 1, i1 = ceilf((r.x + r.w - BODYGRID_X0) / BODYGRID_CELL - 0.5f) + 1;
        float j0 = floorf((r.y - BODYGRID_Y0) / BODYGRID_CELL - 0.5f) - 1, j1 = ceilf((r.y + r.h - BODYGRID_Y0) / BODYGRID_CELL - 0.5f) + 1;
        if (i1 >= (float)box->i0 && i0 <= (float)box->i1 && j1 >= (float)box->j0 && j0 <= (float)box->j1)
            return true;
    }
    return false;
}

/* Is at least ARM_UNDER_SHARE of shape s's cells in grid part (whose set cells box holds)?
 * A shape away from the part has none there: the grid is not needed to say so. */
static bool mostly_in(ArmGrids *g, const Shape *s, const BodyGrid *part, const CellBox *box)
{
    if (s->count == 0 || !shape_may_touch(s, box))
        return false;
    int in_part, all = bodygrid_shape_overlap(&g->shape, s, part, &in_part);
    return all && (float)in_part / (float)all >= ARM_UNDER_SHARE;
}

/* The forearm and hand: the arm below the elbow (the lateral epicondyle's height in view v, or
 * the middle of the arm without it). */
static void forearm_grid(const Atlas *a, View v, ArmGrids *g)
{
    float elbow = 0;
    const AtlasLandmark *lm = atlas_landmark(a, "lateral_epicondyle");
    Side s = v == VIEW_LATERAL_LEFT ? SIDE_LEFT : SIDE_RIGHT;
    if (lm && lm->has[s][v]) {
        elbow = lm->at[s][v].y - ELBOW_BELOW_CM;
    } else {
        const Shape *arm = &a->views[v].arm;
        float lo = 1e9f, hi = -1e9f;
        for (int i = 0; i < arm->count; i++)
            for (int k = 0; k < arm->polys[i].n; k++) {
                lo = arm->polys[i].pts[k].y < lo ? arm->polys[i].pts[k].y : lo;
                hi = arm->polys[i].pts[k].y > hi ? arm->polys[i].pts[k].y : hi;
            }
        elbow = (lo + hi) / 2;
    }
    g->forearm = g->arm;
    for (int j = 0; j < BODYGRID_H; j++)
        if (BODYGRID_Y0 + ((float)j + 0.5f) * BODYGRID_CELL >= elbow)
            memset(g->forearm.cells + (size_t)j * BODYGRID_W, 0, BODYGRID_W);
}

/* The muscles of the shoulder, arm and forearm regions hang with the arm: where the side view
 * draws them they ride on it. Geometry cannot say it (the forearm covers the whole lateral hip,
 * the upper arm the whole serratus), the region can. */
static bool rides_on_arm(const AtlasMuscle *m)
{
    static const char *const regions[] = {"shoulder", "arm", "forearm"};
    for (size_t i = 0; m->region && i < sizeof regions / sizeof regions[0]; i++)
        if (!strcmp(m->region, regions[i]))
            return true;
    return false;
}

static void classify_view(Atlas *a, View v, Side s, ArmGrids *g)
{
    for (int i = 0; i < a->nmuscles; i++) {
        AtlasMuscle *m = &a->muscles[i];
        m->on_arm[s][v] = m->outline[s][v].count > 0 && rides_on_arm(m);
        if (m->on_arm[s][v])
            continue;
        bool under = mostly_in(g, &m->outline[s][v], &g->arm, &g->arm_box);
        for (int k = 0; k < m->ntrps; k++) {
            AtlasTrp *t = &m->trps[k];
            /* a trigger point covered by the arm takes its (local) pattern under it; a zone
             * reaching over the forearm and hand lies on the hip and thigh beneath them (over
             * the upper arm, pain drawn on the arm is pain on the arm: shoulder, arm) */
            bool at = t->has_at[s][v] && atlas_in_arm(a, v, t->at[s][v]);
            t->under_arm[s][v] = at || mostly_in(g, &t->essential[s][v], &g->forearm, &g->forearm_box);
            under = under || at;
        }
        m->under_arm[s][v] = under;
    }
}

bool atlas_view_classify_arm(Atlas *a)
{
    ArmGrids *g = NULL;
    for (int v = 0; v < VIEW_COUNT; v++) {
        if (!atlas_view_has_arm(a, (View)v))
            continue;
        if (!g && !(g = malloc(sizeof *g)))
            return false;
        bodygrid_clear(&g->shape);   /* share_in keeps it clear */
        atlas_view_arm_grid(a, (View)v, &g->arm);
        forearm_grid(a, (View)v, g);
        g->arm_box = grid_box(&g->arm);
        g->forearm_box = grid_box(&g->forearm);
        for (int s = 0; s < SIDE_COUNT; s++)
            classify_view(a, (View)v, (Side)s, g);
    }
    free(g);
    return true;
}
