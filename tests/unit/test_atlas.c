/* The real atlas (atlas_default_dir) against the rules of docs/atlas-format.md: counts,
 * simple polygons, everything inside the silhouette, trigger points inside their muscle,
 * no empty zone, areas covering each view, exact mirroring, landmarks on design.md's table.
 * Every violation is printed (one line each, with file, id, side and view), not just the first.
 * TT_ATLAS_REPORT=1 also prints a per-muscle summary for the people writing the data. */
#include "test.h"
#include "body/atlas.h"
#include "body/bodygrid.h"
#include "body/atlas_view.h"
#include "engine/geom.h"

#include <stdlib.h>

#define MIN_MUSCLES 45
#define MIN_TRPS 70
#define MIN_AREAS_PER_VIEW 50
#define MIN_AREAS_PER_REGIONAL_VIEW 16   /* a foot or a hand: its toes or fingers and the rest */
#define INSIDE_TOL_CM 0.5f
#define TRP_OUTLINE_TOL_CM 1.0f
#define LANDMARK_TOL_CM 2.0f

/* one line per violation, without the test harness's file:line noise */
#define VIOLATION(...) do { test_checks_++; test_failures_++; fprintf(stderr, "  atlas: "); \
    fprintf(stderr, __VA_ARGS__); fputc('\n', stderr); } while (0)
#define EXPECT(cond, ...) do { if (!(cond)) VIOLATION(__VA_ARGS__); else test_checks_++; } while (0)

static Atlas *atlas;
static bool load_tried;
static BodyGrid silhouette_grid[VIEW_COUNT];

static Atlas *get_atlas(void)
{
    if (load_tried)
        return atlas;
    load_tried = true;
    static char err[65536];
    const char *dir = atlas_default_dir();
    atlas = atlas_load(dir, err, sizeof err);
    if (!atlas) {
        fprintf(stderr, "  atlas: the atlas in %s does not load:\n%s\n", dir, err);
        return NULL;
    }
    for (int v = 0; v < VIEW_COUNT; v++) {
        bodygrid_clear(&silhouette_grid[v]);
        bodygrid_fill_shape(&silhouette_grid[v], &atlas->views[v].silhouette);
    }
    return atlas;
}

static const char *vn(int v) { return atlas_view_name((View)v); }

/* The regional views body.lua must draw (design.md section 8). */
static bool view_required(View v)
{
    (void)v;
    return true;
}
static const char *sn(int s) { return atlas_side_name((Side)s); }

static float shape_distance(const Shape *s, Vec2 p)
{
    float best = INFINITY;
    for (int i = 0; i < s->count; i++) {
        float d = geom_point_polygon_distance(p, s->polys[i].pts, s->polys[i].n);
        if (d < best)
            best = d;
    }
    return best;
}

/* ---- generic polygon checks, applied to every shape ------------------------------------ */

/* Simple: reports the first crossing with its place. */
static void check_simple(const Polygon *p, const char *what, int index)
{
    for (int i = 0; i < p->n; i++) {
        Vec2 a = p->pts[i], b = p->pts[(i + 1) % p->n];
        for (int j = i + 1; j < p->n; j++) {
            if (j == i + 1 || (i == 0 && j == p->n - 1))
                continue;
            Vec2 c = p->pts[j], d = p->pts[(j + 1) % p->n];
            if (geom_segments_cross(a, b, c, d)) {
                VIOLATION("%s polygon %d is not simple: its outline crosses or touches itself near (%.1f, %.1f) "
                          "and (%.1f, %.1f) (a loop, a twist or a repeated point)", what, index, a.x, a.y, c.x, c.y);
                return;
            }
        }
    }
    test_checks_++;
}

static void check_inside_silhouette(const Polygon *p, View v, const char *what, int index)
{
    const Shape *sil = &atlas->views[v].silhouette;
    int outside = 0;
    float worst = 0;
    Vec2 worst_at = {0, 0};
    for (int i = 0; i < p->n; i++) {
        /* a set cell's centre is inside, so a point in it is within 0.36 cm: no need to measure */
        if (bodygrid_get(&silhouette_grid[v], p->pts[i]))
            continue;
        float d = shape_distance(sil, p->pts[i]);
        if (d > INSIDE_TOL_CM) {
            outside++;
            if (d > worst) { worst = d; worst_at = p->pts[i]; }
        }
    }
    EXPECT(outside == 0, "%s polygon %d: %d of %d points lie outside the silhouette, worst (%.1f, %.1f) by %.2f cm",
           what, index, outside, p->n, worst_at.x, worst_at.y, worst);
}

static void check_not_empty(const Polygon *p, const char *what, int index)
{
    static BodyGrid g;
    bodygrid_clear(&g);
    bodygrid_fill_polygon(&g, p->pts, p->n);
    EXPECT(bodygrid_count(&g) > 0, "%s polygon %d is empty on the 0.5 cm grid (area %.2f cm2): too small or flat",
           what, index, fabsf(geom_polygon_area(p->pts, p->n)));
}

enum { CHK_SIMPLE = 1, CHK_INSIDE = 2, CHK_NONEMPTY = 4 };

static void check_shape(const Shape *s, View v, int checks, const char *what)
{
    for (int i = 0; i < s->count; i++) {
        if (checks & CHK_SIMPLE) check_simple(&s->polys[i], what, i + 1);
        if (checks & CHK_INSIDE) check_inside_silhouette(&s->polys[i], v, what, i + 1);
        if (checks & CHK_NONEMPTY) check_not_empty(&s->polys[i], what, i + 1);
    }
}

/* ---- tests ------------------------------------------------------------------------------ */

static void test_loads(void)
{
    CHECK_MSG(get_atlas() != NULL, "the atlas must load (errors above)");
}

static void test_counts(void)
{
    if (!get_atlas()) return;
    int ntrps = 0;
    for (int i = 0; i < atlas->nmuscles; i++)
        ntrps += atlas->muscles[i].ntrps;
    EXPECT(atlas->nmuscles >= MIN_MUSCLES, "%d muscles, at least %d wanted", atlas->nmuscles, MIN_MUSCLES);
    EXPECT(ntrps >= MIN_TRPS, "%d trigger points, at least %d wanted", ntrps, MIN_TRPS);
    for (int v = 0; v < VIEW_COUNT; v++) {
        bool regional = atlas_view_regional((View)v);
        if (regional && !atlas_view_present(atlas, (View)v) && !view_required((View)v))
            continue;
        int n = 0, want = regional ? MIN_AREAS_PER_REGIONAL_VIEW : MIN_AREAS_PER_VIEW;
        for (int i = 0; i < atlas->nareas; i++)
            n += atlas->areas[i].shape[v].count > 0;
        EXPECT(n >= want, "view '%s' has %d areas (left and right copies counted apart), at least %d wanted",
               vn(v), n, want);
        EXPECT(atlas->views[v].silhouette.count > 0, "view '%s' has no silhouette", vn(v));
    }
}

static void test_ids_and_texts(void)
{
    if (!get_atlas()) return;
    for (int i = 0; i < atlas->nmuscles; i++) {
        const AtlasMuscle *m = &atlas->muscles[i];
        for (int k = 0; k < i; k++)
            EXPECT(strcmp(atlas->muscles[k].id, m->id), "%s:%d: muscle id '%s' used twice", m->file, m->line, m->id);
        EXPECT(m->nsources > 0, "%s:%d: muscle '%s' has no sources", m->file, m->line, m->id);
        EXPECT(m->palpation && strlen(m->palpation) >= 20, "%s:%d: muscle '%s' has no real palpation note",
               m->file, m->line, m->id);
        EXPECT(m->ntrps > 0, "%s:%d: muscle '%s' has no trigger points", m->file, m->line, m->id);
        for (int t = 0; t < m->ntrps; t++) {
            const AtlasTrp *tp = &m->trps[t];
            const AtlasMuscle *owner = NULL;
            EXPECT(atlas_trp(atlas, tp->id, &owner) == tp && owner == m,
                   "%s:%d: trigger point id '%s' used twice", m->file, tp->line, tp->id);
            for (int d = 0; d < tp->ndisputed; d++) {
                bool known = false;
                for (int a = 0; a < atlas->nareas; a++)
                    known = known || !strcmp(atlas->areas[a].id, tp->disputed[d]);
                EXPECT(known, "%s:%d: trigger point '%s': disputed area '%s' is not an area", m->file, tp->line,
                       tp->id, tp->disputed[d]);
            }
        }
    }
    for (int i = 0; i < atlas->nareas; i++)
        for (int k = 0; k < i; k++)
            EXPECT(strcmp(atlas->areas[k].label, atlas->areas[i].label), "area label '%s' used twice",
                   atlas->areas[i].label);
    for (int i = 0; i < atlas->nlandmarks; i++)
        for (int k = 0; k < i; k++)
            EXPECT(strcmp(atlas->landmarks[k].id, atlas->landmarks[i].id), "landmark id '%s' used twice",
                   atlas->landmarks[i].id);
}

static void test_silhouettes_and_areas_simple(void)
{
    if (!get_atlas()) return;
    char what[256];
    for (int v = 0; v < VIEW_COUNT; v++) {
        snprintf(what, sizeof what, "body.lua: view '%s' silhouette", vn(v));
        check_shape(&atlas->views[v].silhouette, (View)v, CHK_SIMPLE | CHK_NONEMPTY, what);
        for (int i = 0; i < atlas->nareas; i++) {
            snprintf(what, sizeof what, "areas.lua: area '%s' (%s), view '%s'", atlas->areas[i].id,
                     atlas->areas[i].label, vn(v));
            check_shape(&atlas->areas[i].shape[v], (View)v, CHK_SIMPLE, what);
        }
    }
}

static void test_muscle_shapes(void)
{
    if (!get_atlas()) return;
    char what[512];
    for (int i = 0; i < atlas->nmuscles; i++) {
        const AtlasMuscle *m = &atlas->muscles[i];
        for (int s = 0; s < SIDE_COUNT; s++)
            for (int v = 0; v < VIEW_COUNT; v++) {
                snprintf(what, sizeof what, "%s:%d: muscle '%s' outline, %s side, view '%s'", m->file, m->line, m->id,
                         sn(s), vn(v));
                check_shape(&m->outline[s][v], (View)v, CHK_SIMPLE | CHK_INSIDE | CHK_NONEMPTY, what);
                for (int t = 0; t < m->ntrps; t++) {
                    const AtlasTrp *tp = &m->trps[t];
                    snprintf(what, sizeof what, "%s:%d: trigger point '%s' essential zone, %s side, view '%s'", m->file,
                             tp->line, tp->id, sn(s), vn(v));
                    check_shape(&tp->essential[s][v], (View)v, CHK_SIMPLE | CHK_INSIDE | CHK_NONEMPTY, what);
                    snprintf(what, sizeof what, "%s:%d: trigger point '%s' spillover zone, %s side, view '%s'", m->file,
                             tp->line, tp->id, sn(s), vn(v));
                    check_shape(&tp->spillover[s][v], (View)v, CHK_SIMPLE | CHK_INSIDE | CHK_NONEMPTY, what);
                }
            }
    }
}

static void test_trp_positions(void)
{
    if (!get_atlas()) return;
    for (int i = 0; i < atlas->nmuscles; i++) {
        const AtlasMuscle *m = &atlas->muscles[i];
        for (int t = 0; t < m->ntrps; t++) {
            const AtlasTrp *tp = &m->trps[t];
            bool any_essential = false;
            for (int s = 0; s < SIDE_COUNT; s++)
                for (int v = 0; v < VIEW_COUNT; v++) {
                    any_essential = any_essential || tp->essential[s][v].count > 0;
                    if (!tp->has_at[s][v])
                        continue;
                    Vec2 p = tp->at[s][v];
                    const Shape *o = &m->outline[s][v];
                    if (o->count == 0) {
                        VIOLATION("%s:%d: trigger point '%s' is placed in view '%s' (%s side) but muscle '%s' has no "
                                  "outline there", m->file, tp->line, tp->id, vn(v), sn(s), m->id);
                    } else {
                        float d = shape_distance(o, p);
                        EXPECT(d <= TRP_OUTLINE_TOL_CM, "%s:%d: trigger point '%s' at (%.1f, %.1f), %s side, view '%s', "
                               "is %.2f cm outside the outline of '%s'", m->file, tp->line, tp->id, p.x, p.y, sn(s), vn(v),
                               d, m->id);
                    }
                    float ds = shape_distance(&atlas->views[v].silhouette, p);
                    EXPECT(ds <= INSIDE_TOL_CM, "%s:%d: trigger point '%s' at (%.1f, %.1f), %s side, view '%s', is %.2f cm "
                           "outside the silhouette", m->file, tp->line, tp->id, p.x, p.y, sn(s), vn(v), ds);
                    /* the right side is x < 0 from the front and x > 0 from the back (and as
                     * atlas_view_right_sign says in the regional views) */
                    int sign = atlas_view_right_sign((View)v);
                    if (!m->midline && s == SIDE_RIGHT && sign != 0) {
                        bool ok = p.x * (float)sign >= -0.5f;
                        EXPECT(ok, "%s:%d: trigger point '%s' at x = %.1f in view '%s' is on the subject's left: write "
                               "the right side (x %s 0 there)", m->file, tp->line, tp->id, p.x, vn(v), sign < 0 ? "<" : ">");
                    }
                }
            EXPECT(any_essential, "%s:%d: trigger point '%s' has no essential zone", m->file, tp->line, tp->id);
        }
    }
}

/* ---- mirroring ---------------------------------------------------------------------------- */

static bool shapes_mirror(const Shape *a, const Shape *b, bool mirror)
{
    if (a->count != b->count)
        return false;
    for (int i = 0; i < a->count; i++) {
        if (a->polys[i].n != b->polys[i].n)
            return false;
        for (int k = 0; k < a->polys[i].n; k++) {
            Vec2 p = a->polys[i].pts[k], q = b->polys[i].pts[k];
            if ((mirror ? -p.x : p.x) != q.x || p.y != q.y)
                return false;
        }
    }
    return true;
}

static void check_sides(const Shape sh[SIDE_COUNT][VIEW_COUNT], bool midline, const char *what)
{
    const Shape *r = sh[SIDE_RIGHT], *l = sh[SIDE_LEFT];
    if (midline) {
        for (int v = 0; v < VIEW_COUNT; v++)
            EXPECT(shapes_mirror(&r[v], &l[v], false), "%s: midline, yet left and right differ in view '%s'", what, vn(v));
        EXPECT(shapes_mirror(&r[VIEW_LATERAL_RIGHT], &r[VIEW_LATERAL_LEFT], true), "%s: lateral_left is not the mirror "
               "of lateral_right", what);
        return;
    }
    for (int v = 0; v < VIEW_COUNT; v++)
        if (atlas_view_right_sign((View)v) != 0)
            EXPECT(shapes_mirror(&r[v], &l[v], true), "%s: left %s is not the mirror of the right", what, vn(v));
    EXPECT(shapes_mirror(&r[VIEW_LATERAL_RIGHT], &l[VIEW_LATERAL_LEFT], true),
           "%s: left lateral_left is not the mirror of the right lateral_right", what);
    EXPECT(r[VIEW_LATERAL_LEFT].count == 0 && l[VIEW_LATERAL_RIGHT].count == 0,
           "%s: the far side must be hidden (right side in lateral_left or left side in lateral_right)", what);
}

static void test_mirroring(void)
{
    if (!get_atlas()) return;
    char what[300];
    for (int i = 0; i < atlas->nmuscles; i++) {
        const AtlasMuscle *m = &atlas->muscles[i];
        snprintf(what, sizeof what, "muscle '%s' outline", m->id);
        check_sides((const Shape (*)[VIEW_COUNT])m->outline, m->midline, what);
        for (int t = 0; t < m->ntrps; t++) {
            const AtlasTrp *tp = &m->trps[t];
            snprintf(what, sizeof what, "trigger point '%s' essential", tp->id);
            check_sides((const Shape (*)[VIEW_COUNT])tp->essential, m->midline, what);
            snprintf(what, sizeof what, "trigger point '%s' spillover", tp->id);
            check_sides((const Shape (*)[VIEW_COUNT])tp->spillover, m->midline, what);
            if (m->midline)
                continue;
            for (int v = 0; v < VIEW_COUNT; v++) {
                if (atlas_view_right_sign((View)v) == 0)
                    continue;
                EXPECT(tp->has_at[SIDE_RIGHT][v] == tp->has_at[SIDE_LEFT][v] &&
                       (!tp->has_at[SIDE_RIGHT][v] || (tp->at[SIDE_LEFT][v].x == -tp->at[SIDE_RIGHT][v].x &&
                                                       tp->at[SIDE_LEFT][v].y == tp->at[SIDE_RIGHT][v].y)),
                       "trigger point '%s': left position in view '%s' is not the mirror of the right", tp->id, vn(v));
            }
            EXPECT(!tp->has_at[SIDE_RIGHT][VIEW_LATERAL_LEFT] && !tp->has_at[SIDE_LEFT][VIEW_LATERAL_RIGHT],
                   "trigger point '%s': a far-side position is visible", tp->id);
            EXPECT(tp->has_at[SIDE_RIGHT][VIEW_LATERAL_RIGHT] == tp->has_at[SIDE_LEFT][VIEW_LATERAL_LEFT],
                   "trigger point '%s': lateral_left position missing", tp->id);
        }
    }
    for (int i = 0; i < atlas->nareas; i++) {
        const AtlasArea *r = &atlas->areas[i];
        if (r->midline) {
            EXPECT(shapes_mirror(&r->shape[VIEW_LATERAL_RIGHT], &r->shape[VIEW_LATERAL_LEFT], true),
                   "area '%s': lateral_left is not the mirror of lateral_right", r->id);
            continue;
        }
        if (r->side != SIDE_RIGHT)
            continue;
        const AtlasArea *l = NULL;
        for (int k = 0; k < atlas->nareas; k++)
            if (atlas->areas[k].side == SIDE_LEFT && !strcmp(atlas->areas[k].id, r->id))
                l = &atlas->areas[k];
        if (!l) {
            VIOLATION("area '%s' has no left copy", r->id);
            continue;
        }
        bool same = true;
        for (int v = 0; v < VIEW_COUNT; v++)
            same = same && (atlas_view_right_sign((View)v) == 0 || shapes_mirror(&r->shape[v], &l->shape[v], true));
        EXPECT(same && r->arm == l->arm && shapes_mirror(&r->shape[VIEW_LATERAL_RIGHT], &l->shape[VIEW_LATERAL_LEFT], true) &&
               r->shape[VIEW_LATERAL_LEFT].count == 0 && l->shape[VIEW_LATERAL_RIGHT].count == 0,
               "area '%s': the left copy is not the exact mirror of the right", r->id);
    }
    const AtlasView *lr = &atlas->views[VIEW_LATERAL_RIGHT], *ll = &atlas->views[VIEW_LATERAL_LEFT];
    EXPECT(shapes_mirror(&lr->silhouette, &ll->silhouette, true) && shapes_mirror(&lr->arm, &ll->arm, true) &&
           shapes_mirror(&lr->details, &ll->details, true),
           "lateral_left is not the mirror of lateral_right (silhouette, arm, details)");
    /* a regional view is written for the right side: its second half of polygons mirrors the first */
    for (int v = 0; v < VIEW_COUNT; v++) {
        if (!atlas_view_regional((View)v))
            continue;
        const Shape *parts[] = {&atlas->views[v].silhouette, &atlas->views[v].details};
        for (int k = 0; k < 2; k++) {
            const Shape *sh = parts[k];
            bool ok = sh->count % 2 == 0;
            for (int i = 0; ok && i < sh->count / 2; i++) {
                Shape a = {&sh->polys[i], 1}, b = {&sh->polys[i + sh->count / 2], 1};
                ok = shapes_mirror(&a, &b, true);
            }
            EXPECT(ok, "view '%s': part %d is not a right side and its mirror", vn(v), k);
        }
        for (int i = 0; i < atlas->views[v].silhouette.count / 2; i++) {
            const Polygon *p = &atlas->views[v].silhouette.polys[i];
            for (int k = 0; k < p->n; k++)
                if (p->pts[k].x * (float)atlas_view_right_sign((View)v) < 0) {
                    VIOLATION("view '%s': the right side's silhouette reaches x = %.1f, past the middle", vn(v), p->pts[k].x);
                    break;
                }
        }
    }
}

/* ---- areas -------------------------------------------------------------------------------- */

typedef struct AreaGrid { BodyGrid g; int i0, i1, j0, j1; int index; } AreaGrid;

static void grid_bounds(AreaGrid *ag)
{
    ag->i0 = BODYGRID_W; ag->i1 = -1; ag->j0 = BODYGRID_H; ag->j1 = -1;
    for (int j = 0; j < BODYGRID_H; j++)
        for (int i = 0; i < BODYGRID_W; i++)
            if (ag->g.cells[j * BODYGRID_W + i]) {
                if (i < ag->i0) ag->i0 = i;
                if (i > ag->i1) ag->i1 = i;
                if (j < ag->j0) ag->j0 = j;
                if (j > ag->j1) ag->j1 = j;
            }
}

/* One layer of a view: in a side view with its arm, the trunk beneath (layer 1, the whole
 * silhouette) and the arm (layer 2, its outline) are each tiled by their own areas. */
static void check_coverage(View v, int layer, AreaGrid *grids, uint8_t *count)
{
    static BodyGrid part;
    const BodyGrid *sil = &silhouette_grid[v];
    if (layer == 2) {
        atlas_view_arm_grid(atlas, v, &part);
        bodygrid_and(&part, &silhouette_grid[v]);
        sil = &part;
    }
    const char *ln = layer == 2 ? " (the arm)" : layer == 1 ? " (under the arm)" : "";
    {
        int n = 0, total = bodygrid_count(sil);
        memset(count, 0, BODYGRID_W * BODYGRID_H);
        for (int i = 0; i < atlas->nareas; i++) {
            if (atlas->areas[i].shape[v].count == 0 || (layer && atlas->areas[i].arm != (layer == 2)))
                continue;
            AreaGrid *ag = &grids[n++];
            ag->index = i;
            bodygrid_clear(&ag->g);
            bodygrid_fill_shape(&ag->g, &atlas->areas[i].shape[v]);
            bodygrid_and(&ag->g, sil);
            grid_bounds(ag);
            EXPECT(ag->i1 >= 0, "area '%s' (%s): nothing of it inside the silhouette in view '%s'%s",
                   atlas->areas[i].id, atlas->areas[i].label, vn(v), ln);
            for (size_t c = 0; c < sizeof ag->g.cells; c++)
                if (ag->g.cells[c] && count[c] < 255)
                    count[c]++;
        }
        int covered = 0, overlap = 0;
        for (size_t c = 0; c < sizeof sil->cells; c++)
            if (sil->cells[c]) {
                covered += count[c] >= 1;
                overlap += count[c] >= 2;
            }
        double cov = total ? 100.0 * covered / total : 0, ovl = total ? 100.0 * overlap / total : 0;
        if (getenv("TT_ATLAS_REPORT"))
            printf("view %-13s%-16s %3d areas cover %5.1f %% of the silhouette (%.0f cm2), overlap %4.1f %%\n", vn(v), ln,
                   n, cov, bodygrid_area_cm2(total), ovl);
        EXPECT(cov >= 98.0, "view '%s'%s: areas cover %.1f %% of the silhouette, at least 98 %% wanted", vn(v), ln, cov);
        EXPECT(ovl < 2.0, "view '%s'%s: areas overlap on %.1f %% of the silhouette, less than 2 %% wanted", vn(v), ln, ovl);
        if (cov < 98.0 && cov >= 50.0) {
            /* where the gaps are, in 5 cm blocks */
            int shown = 0;
            for (int bj = 0; bj < BODYGRID_H && shown < 20; bj += 10)
                for (int bi = 0; bi < BODYGRID_W && shown < 20; bi += 10) {
                    int gap = 0;
                    for (int j = bj; j < bj + 10 && j < BODYGRID_H; j++)
                        for (int i = bi; i < bi + 10 && i < BODYGRID_W; i++)
                            gap += sil->cells[j * BODYGRID_W + i] && !count[j * BODYGRID_W + i];
                    if (gap >= 8) {
                        fprintf(stderr, "    gap of %.1f cm2 in view '%s'%s near (%.1f, %.1f)\n", bodygrid_area_cm2(gap),
                                vn(v), ln, BODYGRID_X0 + (bi + 5) * BODYGRID_CELL, BODYGRID_Y0 + (bj + 5) * BODYGRID_CELL);
                        shown++;
                    }
                }
        }
        if (ovl >= 2.0 || getenv("TT_ATLAS_REPORT")) {
            for (int a = 0; a < n; a++)
                for (int b = a + 1; b < n; b++) {
                    AreaGrid *x = &grids[a], *y = &grids[b];
                    int i0 = x->i0 > y->i0 ? x->i0 : y->i0, i1 = x->i1 < y->i1 ? x->i1 : y->i1;
                    int j0 = x->j0 > y->j0 ? x->j0 : y->j0, j1 = x->j1 < y->j1 ? x->j1 : y->j1;
                    int both = 0;
                    for (int j = j0; j <= j1; j++)
                        for (int i = i0; i <= i1; i++)
                            both += x->g.cells[j * BODYGRID_W + i] & y->g.cells[j * BODYGRID_W + i];
                    if (bodygrid_area_cm2(both) >= 2.0f)
                        fprintf(stderr, "    view '%s'%s: areas '%s' and '%s' overlap by %.1f cm2\n", vn(v), ln,
                                atlas->areas[x->index].label, atlas->areas[y->index].label, bodygrid_area_cm2(both));
                }
        }
    }
}

static void test_area_coverage(void)
{
    if (!get_atlas()) return;
    AreaGrid *grids = calloc((size_t)(atlas->nareas > 0 ? atlas->nareas : 1), sizeof *grids);
    uint8_t *count = calloc(BODYGRID_W * BODYGRID_H, 1);
    if (!grids || !count) { free(grids); free(count); CHECK(0); return; }
    for (int v = 0; v < VIEW_COUNT; v++) {
        if (!atlas_view_present(atlas, (View)v))
            continue;   /* test_counts says which views must be drawn */
        if (atlas_view_has_arm(atlas, (View)v)) {
            check_coverage((View)v, 1, grids, count);
            check_coverage((View)v, 2, grids, count);
        } else {
            check_coverage((View)v, 0, grids, count);
        }
    }
    free(grids);
    free(count);
}

/* ---- landmarks ---------------------------------------------------------------------------- */

static const struct { const char *id; float y, x; } landmark_table[] = {
    {"vertex", 170, 0},          {"eyes", 159, 3.2f},          {"tragion", 157.5f, 7.5f},
    {"inion", 157.5f, 0},        {"mastoid", 155, 6.3f},       {"chin", 148, 0},
    {"jaw_angle", 150, 5},       {"c7", 146.5f, 0},            {"scapula_superior_angle", 141, 8},
    {"acromion", 139.5f, 19.5f}, {"scapular_spine_root", 138.5f, 6.5f}, {"scapula_inferior_angle", 127.5f, 8.5f},
    {"nipple", 123, 10},         {"lateral_epicondyle", 107, 24.5f}, {"iliac_crest", 103, 13.5f},
    {"umbilicus", 102, 0},       {"asis", 96, 11.5f},          {"psis", 95, 4.8f},
    {"greater_trochanter", 87.5f, 16}, {"wrist", 82.5f, 28},   {"fingertip", 64, 30},
    {"patella", 47, 8.5f},       {"fibular_head", 43.5f, 12.5f}, {"lateral_malleolus", 7, 10},
};

static void test_landmarks(void)
{
    if (!get_atlas()) return;
    for (size_t i = 0; i < sizeof landmark_table / sizeof landmark_table[0]; i++) {
        const AtlasLandmark *lm = atlas_landmark(atlas, landmark_table[i].id);
        if (!lm) {
            VIOLATION("body.lua: landmark '%s' is missing (design.md section 2)", landmark_table[i].id);
            continue;
        }
        for (int v = 0; v < VIEW_COUNT; v++) {
            if (!lm->has[SIDE_RIGHT][v] || !atlas_view_body_heights((View)v))
                continue;   /* the hand and foot views have their own frames */
            Vec2 p = lm->at[SIDE_RIGHT][v];
            EXPECT(fabsf(p.y - landmark_table[i].y) <= LANDMARK_TOL_CM, "body.lua: landmark '%s' in view '%s': y = %.1f, "
                   "design.md says %.1f (within %.0f cm)", lm->id, vn(v), p.y, landmark_table[i].y, LANDMARK_TOL_CM);
            if (v == VIEW_ANTERIOR || v == VIEW_POSTERIOR) {
                EXPECT(fabsf(fabsf(p.x) - landmark_table[i].x) <= LANDMARK_TOL_CM, "body.lua: landmark '%s' in view '%s': "
                       "|x| = %.1f, design.md says %.1f", lm->id, vn(v), fabsf(p.x), landmark_table[i].x);
                EXPECT(v == VIEW_ANTERIOR ? p.x <= 0 : p.x >= 0, "body.lua: landmark '%s' in view '%s' is on the "
                       "subject's left (x = %.1f)", lm->id, vn(v), p.x);
            }
        }
    }
    for (int i = 0; i < atlas->nlandmarks; i++) {
        const AtlasLandmark *lm = &atlas->landmarks[i];
        for (int s = 0; s < SIDE_COUNT; s++)
            for (int v = 0; v < VIEW_COUNT; v++) {
                if (!lm->has[s][v])
                    continue;
                float d = shape_distance(&atlas->views[v].silhouette, lm->at[s][v]);
                EXPECT(d <= 1.0f, "body.lua: landmark '%s' (%s side) in view '%s' is %.2f cm outside the silhouette",
                       lm->id, sn(s), vn(v), d);
                int sign = atlas_view_right_sign((View)v);
                if (s == SIDE_RIGHT && atlas_view_regional((View)v))
                    EXPECT(lm->at[s][v].x * (float)sign > 0, "body.lua: landmark '%s' in view '%s' is not on the right "
                           "side (x = %.1f)", lm->id, vn(v), lm->at[s][v].x);
            }
    }
}

/* ---- consistency between views ------------------------------------------------------------ */

#define TRP_HEIGHT_TOL_CM 1.0f
#define AREA_MIN_CELLS 4 /* 1 cm2 on the 0.5 cm grid: the rule `atlas --json` uses to name a zone's areas */

static const View written_views[] = { VIEW_ANTERIOR, VIEW_POSTERIOR, VIEW_LATERAL_RIGHT, VIEW_FOOT_PLANTAR,
                                      VIEW_LEG_MEDIAL, VIEW_HAND_PALMAR, VIEW_HAND_DORSAL };
#define NWRITTEN ((int)(sizeof written_views / sizeof written_views[0]))

/* A trigger point is one spot: its height is the same (within 1 cm) in every view that shows it
 * and measures height above the floor (not the hand and foot views, whose frames are their own),
 * so a click scored in one view means what it means in another. */
static void test_trp_heights_agree(void)
{
    if (!get_atlas()) return;
    for (int i = 0; i < atlas->nmuscles; i++) {
        const AtlasMuscle *m = &atlas->muscles[i];
        for (int t = 0; t < m->ntrps; t++) {
            const AtlasTrp *tp = &m->trps[t];
            int lo = -1, hi = -1;
            for (int k = 0; k < NWRITTEN; k++) {
                View v = written_views[k];
                if (!tp->has_at[SIDE_RIGHT][v] || !atlas_view_body_heights(v))
                    continue;
                if (lo < 0 || tp->at[SIDE_RIGHT][v].y < tp->at[SIDE_RIGHT][lo].y) lo = (int)v;
                if (hi < 0 || tp->at[SIDE_RIGHT][v].y > tp->at[SIDE_RIGHT][hi].y) hi = (int)v;
            }
            if (lo < 0)
                continue;
            float d = tp->at[SIDE_RIGHT][hi].y - tp->at[SIDE_RIGHT][lo].y;
            EXPECT(d <= TRP_HEIGHT_TOL_CM, "%s:%d: trigger point '%s' is %.1f cm high in view '%s' but %.1f cm in view "
                   "'%s' (%.1f cm apart, at most %.0f wanted)", m->file, tp->line, tp->id, tp->at[SIDE_RIGHT][hi].y, vn(hi),
                   tp->at[SIDE_RIGHT][lo].y, vn(lo), d, TRP_HEIGHT_TOL_CM);
        }
    }
}

/* Which areas each cell of a view belongs to (at most two: areas overlap on less than 2 %). */
typedef struct AreaMap { int16_t a[2][BODYGRID_W * BODYGRID_H]; } AreaMap;

/* arm_shown: in a side view, the areas seen with the arm drawn (arm areas on the arm, trunk
 * areas off it) or hidden (trunk areas only), as feedback names them */
static AreaMap *area_map_make(View v, bool arm_shown)
{
    AreaMap *am = malloc(sizeof *am);
    static BodyGrid g, arm, tmp;
    if (!am)
        return NULL;
    memset(am->a, 0xff, sizeof am->a); /* -1: no area */
    atlas_view_arm_grid(atlas, v, &arm);
    for (int i = 0; i < atlas->nareas; i++) {
        if (atlas->areas[i].shape[v].count == 0)
            continue;
        bodygrid_clear(&g);
        atlas_view_area_grid(atlas, &atlas->areas[i], v, arm_shown, &arm, &tmp, &g);
        bodygrid_and(&g, &silhouette_grid[v]);
        for (int c = 0; c < BODYGRID_W * BODYGRID_H; c++)
            if (g.cells[c]) {
                if (am->a[0][c] < 0) am->a[0][c] = (int16_t)i;
                else if (am->a[1][c] < 0) am->a[1][c] = (int16_t)i;
            }
    }
    return am;
}

/* cells of zone (inside the silhouette) per area; `minus` (may be NULL) is left out */
static void zone_area_cells(const Shape *zone, const Shape *minus, View v, const AreaMap *am, int *cells)
{
    static BodyGrid g, h;
    memset(cells, 0, sizeof(int) * (size_t)atlas->nareas);
    if (zone->count == 0)
        return;
    bodygrid_clear(&g);
    bodygrid_fill_shape(&g, zone);
    bodygrid_and(&g, &silhouette_grid[v]);
    if (minus && minus->count) {
        bodygrid_clear(&h);
        bodygrid_fill_shape(&h, minus);
        bodygrid_andnot(&g, &h);
    }
    for (int c = 0; c < BODYGRID_W * BODYGRID_H; c++)
        if (g.cells[c])
            for (int k = 0; k < 2; k++)
                if (am->a[k][c] >= 0)
                    cells[am->a[k][c]]++;
}

/* An area that is essential for a trigger point in one view is never only spillover in another:
 * a refer question would then demand it from the front and merely tolerate it from the side. */
static void test_essential_spillover_agree(void)
{
    if (!get_atlas()) return;
    AreaMap *maps[NWRITTEN][2] = {{0}};
    int n = atlas->nareas;
    int *ess = calloc((size_t)(NWRITTEN * n), sizeof *ess), *spill = calloc((size_t)(NWRITTEN * n), sizeof *spill);
    bool ok = ess && spill;
    for (int k = 0; k < NWRITTEN && ok; k++)
        ok = (maps[k][0] = area_map_make(written_views[k], true)) != NULL &&
             (maps[k][1] = area_map_make(written_views[k], false)) != NULL;
    CHECK_MSG(ok, "out of memory");
    for (int i = 0; ok && i < atlas->nmuscles; i++) {
        const AtlasMuscle *m = &atlas->muscles[i];
        for (int t = 0; t < m->ntrps; t++) {
            const AtlasTrp *tp = &m->trps[t];
            for (int k = 0; k < NWRITTEN; k++) {
                View v = written_views[k];
                const AreaMap *am = maps[k][tp->under_arm[SIDE_RIGHT][v]];
                zone_area_cells(&tp->essential[SIDE_RIGHT][v], NULL, v, am, ess + k * n);
                zone_area_cells(&tp->spillover[SIDE_RIGHT][v], &tp->essential[SIDE_RIGHT][v], v, am, spill + k * n);
            }
            for (int a = 0; a < n; a++)
                for (int k = 0; k < NWRITTEN; k++) {
                    if (spill[k * n + a] < AREA_MIN_CELLS || ess[k * n + a] >= AREA_MIN_CELLS)
                        continue;
                    for (int w = 0; w < NWRITTEN; w++)
                        if (w != k && ess[w * n + a] >= AREA_MIN_CELLS)
                            VIOLATION("%s:%d: trigger point '%s': area '%s' is essential in view '%s' (%.1f cm2) but only "
                                      "spillover in view '%s' (%.1f cm2): make the views agree", m->file, tp->line, tp->id,
                                      atlas->areas[a].label, vn(written_views[w]), bodygrid_area_cm2(ess[w * n + a]),
                                      vn(written_views[k]), bodygrid_area_cm2(spill[k * n + a]));
                    test_checks_++;
                }
        }
    }
    for (int k = 0; k < NWRITTEN; k++) {
        free(maps[k][0]);
        free(maps[k][1]);
    }
    free(ess);
    free(spill);
}

/* Areas a zone must (or must not) be reported in, as `atlas --json` and a quiz's feedback name
 * them (at least 1 cm2 of the zone inside the area): the words a teacher uses. */
typedef struct ZoneAreaCheck {
    const char *trp; bool essential; View view; const char *label; bool named; const char *why;
} ZoneAreaCheck;

static const ZoneAreaCheck zone_area_checks[] = {
    {"gluteus_maximus_3", true, VIEW_POSTERIOR, "coccyx", true, "the lowest medial fibres refer to the coccyx"},
    {"gluteus_maximus_1", true, VIEW_POSTERIOR, "right sacroiliac joint", true, "a crescent along the SI joint"},
    {"gluteus_maximus_1", true, VIEW_POSTERIOR, "right gluteal fold", true, "... down to the gluteal fold"},
    {"multifidus_s1", true, VIEW_POSTERIOR, "coccyx", true, "S1 multifidus refers to the coccyx"},
    {"quadratus_lumborum_deep_upper", true, VIEW_POSTERIOR, "right sacroiliac joint", true, "the deep upper QL point"},
    {"quadratus_lumborum_superficial_upper", true, VIEW_POSTERIOR, "right sacroiliac joint", false, "that is the deep point's"},
    {"piriformis_lateral", true, VIEW_POSTERIOR, "right sacroiliac joint", true, "the medial focus"},
    {"piriformis_lateral", true, VIEW_POSTERIOR, "right greater trochanter", true, "the lateral focus"},
    {"soleus_3", true, VIEW_POSTERIOR, "right sacroiliac joint", true, "the rare soleus pattern"},
    {"semitendinosus_semimembranosus_1", true, VIEW_POSTERIOR, "right gluteal fold", true, "up to the gluteal fold"},
    {"extensor_digitorum_middle", true, VIEW_POSTERIOR, "right middle finger", true, "its own finger"},
    {"extensor_digitorum_middle", true, VIEW_POSTERIOR, "right ring finger", false, "not the next one"},
    {"extensor_digitorum_ring", true, VIEW_POSTERIOR, "right ring finger", true, "its own finger"},
    {"extensor_digitorum_ring", true, VIEW_POSTERIOR, "right middle finger", false, "not the next one"},
    {"flexor_digitorum_superficialis_1", true, VIEW_ANTERIOR, "right middle finger", true, "the FDS point of the middle finger"},
    {"flexor_digitorum_superficialis_1", true, VIEW_ANTERIOR, "right ring finger", false, "not the ring finger"},
    {"flexor_digitorum_profundus_1", true, VIEW_ANTERIOR, "right ring finger", true, "FDP: ring and little fingers"},
    {"flexor_digitorum_profundus_1", true, VIEW_ANTERIOR, "right little finger", true, "FDP: ring and little fingers"},
    {"scalenes_1", true, VIEW_ANTERIOR, "right thumb", true, "thumb and index"},
    {"scalenes_1", true, VIEW_ANTERIOR, "right index finger", true, "thumb and index"},
    {"scalenes_1", true, VIEW_ANTERIOR, "right middle finger", false, "thumb and index only"},
    {"scalenes_1", true, VIEW_POSTERIOR, "right thumb", true, "the back of the thumb"},
    {"scalenes_1", true, VIEW_POSTERIOR, "right index finger", true, "the back of the index finger"},
    {"scalenes_1", true, VIEW_POSTERIOR, "right middle finger", false, "thumb and index only"},
    {"subscapularis_1", true, VIEW_POSTERIOR, "right back of the wrist", true, "the band, mostly dorsal"},
    {"subscapularis_1", false, VIEW_ANTERIOR, "right volar wrist", true, "the band's volar side is spillover"},
    {"latissimus_dorsi_1", false, VIEW_POSTERIOR, "right little finger", true, "the ulnar hand"},
    {"upper_trapezius_1", true, VIEW_LATERAL_RIGHT, "right mastoid region", true, "up to the mastoid"},
    {"upper_trapezius_1", true, VIEW_LATERAL_RIGHT, "right temple", true, "into the temple"},
    {"gastrocnemius_1", true, VIEW_FOOT_PLANTAR, "right instep", true, "the classic instep of the main calf point"},
    {"gastrocnemius_1", true, VIEW_FOOT_PLANTAR, "right heel", false, "the instep, not the heel"},
    {"soleus_1", true, VIEW_FOOT_PLANTAR, "right heel", true, "the underside of the heel"},
    {"tibialis_posterior_1", false, VIEW_FOOT_PLANTAR, "right sole", true, "the whole sole is spillover"},
    {"tibialis_posterior_1", false, VIEW_FOOT_PLANTAR, "right big toe", true, "... and the undersides of the toes"},
    {"flexor_digitorum_longus_1", true, VIEW_FOOT_PLANTAR, "right ball of the foot", true, "behind the lesser toes"},
    {"flexor_digitorum_longus_1", false, VIEW_FOOT_PLANTAR, "right big toe", false, "the lesser toes only"},
    {"flexor_hallucis_longus_1", true, VIEW_FOOT_PLANTAR, "right big toe", true, "under the big toe"},
    {"flexor_hallucis_longus_1", true, VIEW_FOOT_PLANTAR, "right second toe", false, "the big toe only"},
    {"abductor_hallucis_1", true, VIEW_FOOT_PLANTAR, "right medial heel", true, "the inner side of the heel"},
    {"quadratus_plantae_1", true, VIEW_FOOT_PLANTAR, "right heel", true, "the underside of the heel"},
    {"flexor_digitorum_brevis_1", true, VIEW_FOOT_PLANTAR, "right ball of the foot", true, "the heads of metatarsals 2-4"},
    {"abductor_digiti_minimi_foot_1", true, VIEW_FOOT_PLANTAR, "right big toe", false, "the fifth metatarsal head, not the big toe"},
    {"interossei_foot_1", true, VIEW_FOOT_PLANTAR, "right second toe", true, "the toe its tendon reaches"},
    {"flexor_digitorum_superficialis_1", true, VIEW_HAND_PALMAR, "right middle finger", true, "the palm side of its finger"},
    {"flexor_digitorum_superficialis_1", true, VIEW_HAND_PALMAR, "right ring finger", false, "not the next one"},
    {"flexor_digitorum_profundus_1", true, VIEW_HAND_PALMAR, "right little finger", true, "ring and little fingers"},
    {"extensor_digitorum_middle", true, VIEW_HAND_DORSAL, "right middle finger", true, "the back of its finger"},
    {"extensor_digitorum_middle", true, VIEW_HAND_DORSAL, "right ring finger", false, "not the next one"},
    {"scalenes_1", true, VIEW_HAND_DORSAL, "right thumb", true, "thumb and index on the back of the hand"},
    {"scalenes_1", true, VIEW_HAND_PALMAR, "right index finger", true, "thumb and index on the palm side"},
    {"scalenes_1", true, VIEW_HAND_PALMAR, "right little finger", false, "the radial fingers only"},
    {"flexor_pollicis_longus_1", true, VIEW_HAND_PALMAR, "right thumb", true, "the palm side of the thumb"},
    {"brachialis_1", true, VIEW_HAND_DORSAL, "right first web space", true, "the back of the thumb's base and web"},
    {"serratus_posterior_superior_1", true, VIEW_HAND_PALMAR, "right little finger", true, "down to the little finger"},
};

static void test_zone_areas(void)
{
    if (!get_atlas()) return;
    AreaMap *maps[NWRITTEN][2] = {{0}};
    int *cells = calloc((size_t)atlas->nareas, sizeof *cells);
    bool ok = cells != NULL;
    for (int k = 0; k < NWRITTEN && ok; k++)
        ok = (maps[k][0] = area_map_make(written_views[k], true)) != NULL &&
             (maps[k][1] = area_map_make(written_views[k], false)) != NULL;
    CHECK_MSG(ok, "out of memory");
    for (size_t i = 0; ok && i < sizeof zone_area_checks / sizeof zone_area_checks[0]; i++) {
        const ZoneAreaCheck *c = &zone_area_checks[i];
        const AtlasMuscle *m = NULL;
        const AtlasTrp *tp = atlas_trp(atlas, c->trp, &m);
        int k = 0;
        while (k < NWRITTEN && written_views[k] != c->view)
            k++;
        if (!tp || k == NWRITTEN) {
            VIOLATION("zone check: trigger point '%s' is missing (%s)", c->trp, c->why);
            continue;
        }
        const Shape *z = c->essential ? &tp->essential[SIDE_RIGHT][c->view] : &tp->spillover[SIDE_RIGHT][c->view];
        zone_area_cells(z, NULL, c->view, maps[k][tp->under_arm[SIDE_RIGHT][c->view]], cells);
        int found = -1;
        for (int a = 0; a < atlas->nareas; a++)
            if (!strcmp(atlas->areas[a].label, c->label))
                found = a;
        if (found < 0) {
            VIOLATION("zone check: no area is labelled '%s' (%s)", c->label, c->why);
            continue;
        }
        bool named = cells[found] >= AREA_MIN_CELLS;
        EXPECT(named == c->named, "%s:%d: trigger point '%s': its %s zone in view '%s' %s '%s' (%.1f cm2): %s", m->file,
               tp->line, tp->id, c->essential ? "essential" : "spillover", vn(c->view), named ? "names" : "does not name",
               c->label, bodygrid_area_cm2(cells[found]), c->why);
    }
    for (int k = 0; k < NWRITTEN; k++) {
        free(maps[k][0]);
        free(maps[k][1]);
    }
    free(cells);
}

/* ---- reference checks: facts of the anatomy audit that the data must keep --------------------- */

typedef enum RefKind {
    REF_IN_ESSENTIAL,      /* id = trigger point: (x, y) lies inside its essential zone */
    REF_OUT_ESSENTIAL,     /* ... outside it */
    REF_IN_SPILLOVER,      /* ... inside its spillover zone */
    REF_OUT_OUTLINE,       /* id = muscle: (x, y) lies outside its outline */
    REF_TRP_OUTSIDE,       /* id = trigger point: its position lies at least x cm outside muscle `other`'s outline */
    REF_TRP_HEIGHT,        /* id = trigger point: x <= its height <= y in every view that shows it */
    REF_OUTLINE_PARTS,     /* id = muscle: its outline has at least x polygons in the view */
    REF_OUTLINE_BELOW,     /* id = muscle: no outline point above y */
    REF_LANDMARK_ON_LINE,  /* id = landmark: within x cm of a detail line of the view */
} RefKind;

typedef struct RefCheck {
    RefKind kind; const char *id; View view; float x, y; const char *other; const char *why;
} RefCheck;

static const RefCheck reference_checks[] = {
    {REF_IN_ESSENTIAL, "upper_trapezius_1", VIEW_POSTERIOR, 6.0f, 152.0f, NULL, "the posterolateral neck at its contour"},
    {REF_IN_ESSENTIAL, "upper_trapezius_1", VIEW_POSTERIOR, 7.0f, 158.4f, NULL, "up behind the ear"},
    {REF_IN_ESSENTIAL, "upper_trapezius_1", VIEW_LATERAL_RIGHT, -2.6f, 158.4f, NULL, "the arc behind the ear"},
    {REF_IN_ESSENTIAL, "upper_trapezius_1", VIEW_LATERAL_RIGHT, 0.0f, 161.0f, NULL, "the arc over the ear"},
    {REF_IN_ESSENTIAL, "upper_trapezius_1", VIEW_LATERAL_RIGHT, 4.5f, 162.0f, NULL, "the temple"},
    {REF_IN_SPILLOVER, "supraspinatus_1", VIEW_POSTERIOR, 27.6f, 95.5f, NULL, "the forearm spillover the note describes"},
    {REF_TRP_OUTSIDE, "iliopsoas_psoas", VIEW_ANTERIOR, 0.3f, 0, "rectus_abdominis", "palpated lateral to the rectus"},
    {REF_IN_ESSENTIAL, "piriformis_lateral", VIEW_POSTERIOR, 4.8f, 93.0f, NULL, "focus over the sacroiliac region"},
    {REF_IN_ESSENTIAL, "piriformis_lateral", VIEW_POSTERIOR, 15.2f, 88.0f, NULL, "focus over the back of the hip joint"},
    {REF_OUT_ESSENTIAL, "piriformis_lateral", VIEW_POSTERIOR, 9.5f, 90.5f, NULL, "between the foci: not a copy of the muscle"},
    {REF_IN_SPILLOVER, "piriformis_lateral", VIEW_POSTERIOR, 9.5f, 90.5f, NULL, "the buttock between the foci"},
    {REF_IN_ESSENTIAL, "piriformis_medial", VIEW_POSTERIOR, 4.8f, 93.0f, NULL, "focus over the sacroiliac region"},
    {REF_IN_ESSENTIAL, "piriformis_medial", VIEW_POSTERIOR, 15.2f, 88.0f, NULL, "focus over the back of the hip joint"},
    {REF_IN_ESSENTIAL, "scalenes_1", VIEW_POSTERIOR, 33.8f, 75.5f, NULL, "the back of the thumb"},
    {REF_IN_ESSENTIAL, "scalenes_1", VIEW_POSTERIOR, 32.3f, 68.0f, NULL, "the back of the index finger"},
    {REF_IN_SPILLOVER, "scalenes_1", VIEW_POSTERIOR, 28.2f, 93.0f, NULL, "the dorsal radial forearm"},
    {REF_OUT_ESSENTIAL, "serratus_anterior_1", VIEW_ANTERIOR, -10.0f, 123.0f, NULL, "short of the nipple"},
    {REF_OUT_ESSENTIAL, "serratus_anterior_1", VIEW_ANTERIOR, -10.8f, 122.0f, NULL, "a finger-width lateral to the nipple"},
    {REF_TRP_HEIGHT, "sternocleidomastoid_4", VIEW_ANTERIOR, 145.0f, 148.5f, NULL, "mid-belly of the clavicular division, not at the clavicle"},
    {REF_OUTLINE_PARTS, "gastrocnemius", VIEW_POSTERIOR, 2, 0, NULL, "two heads"},
    {REF_OUT_OUTLINE, "gastrocnemius", VIEW_POSTERIOR, 8.7f, 30.0f, NULL, "the cleft between the heads"},
    {REF_TRP_HEIGHT, "peroneus_longus_1", VIEW_ANTERIOR, 39.5f, 41.5f, NULL, "2-4 cm below the fibular head (43.5)"},
    {REF_TRP_HEIGHT, "soleus_2", VIEW_ANTERIOR, 35.0f, 39.5f, NULL, "a few cm below the fibular head"},
    {REF_OUTLINE_BELOW, "multifidus", VIEW_POSTERIOR, 0, 116.0f, NULL, "the lumbosacral part its name says"},
    {REF_IN_ESSENTIAL, "quadratus_lumborum_superficial_upper", VIEW_POSTERIOR, 11.0f, 102.2f, NULL, "on the crest"},
    {REF_IN_ESSENTIAL, "quadratus_lumborum_superficial_upper", VIEW_POSTERIOR, 7.6f, 98.6f, NULL, "on the crest toward the PSIS"},
    {REF_OUT_ESSENTIAL, "quadratus_lumborum_superficial_upper", VIEW_POSTERIOR, 5.0f, 100.0f, NULL, "not above the crest"},
    {REF_LANDMARK_ON_LINE, "chin", VIEW_ANTERIOR, 0.6f, 0, NULL, "the chin on a drawn jaw"},
    {REF_LANDMARK_ON_LINE, "jaw_angle", VIEW_ANTERIOR, 0.6f, 0, NULL, "the angle of the jaw on a drawn jaw"},
};

static bool shape_contains(const Shape *s, Vec2 p)
{
    for (int i = 0; i < s->count; i++)
        if (geom_point_in_polygon(p, s->polys[i].pts, s->polys[i].n))
            return true;
    return false;
}

static void check_reference(const RefCheck *r)
{
    const AtlasMuscle *m = NULL;
    const AtlasTrp *tp = NULL;
    Vec2 p = { r->x, r->y };
    View v = r->view;
    if (r->kind <= REF_IN_SPILLOVER || r->kind == REF_TRP_OUTSIDE || r->kind == REF_TRP_HEIGHT) {
        tp = atlas_trp(atlas, r->id, &m);
        if (!tp) { VIOLATION("reference check: trigger point '%s' is missing (%s)", r->id, r->why); return; }
    } else if (r->kind != REF_LANDMARK_ON_LINE) {
        m = atlas_muscle(atlas, r->id);
        if (!m) { VIOLATION("reference check: muscle '%s' is missing (%s)", r->id, r->why); return; }
    }
    switch (r->kind) {
    case REF_IN_ESSENTIAL:
    case REF_OUT_ESSENTIAL: {
        bool in = shape_contains(&tp->essential[SIDE_RIGHT][v], p);
        EXPECT(in == (r->kind == REF_IN_ESSENTIAL), "%s:%d: trigger point '%s': (%.1f, %.1f) in view '%s' must lie %s its "
               "essential zone (%s)", m->file, tp->line, tp->id, p.x, p.y, vn(v), in ? "outside" : "inside", r->why);
        break;
    }
    case REF_IN_SPILLOVER:
        EXPECT(shape_contains(&tp->spillover[SIDE_RIGHT][v], p), "%s:%d: trigger point '%s': (%.1f, %.1f) in view '%s' must "
               "lie inside its spillover zone (%s)", m->file, tp->line, tp->id, p.x, p.y, vn(v), r->why);
        break;
    case REF_OUT_OUTLINE:
        EXPECT(!shape_contains(&m->outline[SIDE_RIGHT][v], p), "%s:%d: muscle '%s': (%.1f, %.1f) in view '%s' must lie "
               "outside its outline (%s)", m->file, m->line, m->id, p.x, p.y, vn(v), r->why);
        break;
    case REF_TRP_OUTSIDE: {
        const AtlasMuscle *o = atlas_muscle(atlas, r->other);
        if (!o || !tp->has_at[SIDE_RIGHT][v]) {
            VIOLATION("reference check: '%s' or its position in view '%s' is missing (%s)", r->other, vn(v), r->why);
            break;
        }
        Vec2 at = tp->at[SIDE_RIGHT][v];
        float d = shape_contains(&o->outline[SIDE_RIGHT][v], at) ? 0 : shape_distance(&o->outline[SIDE_RIGHT][v], at);
        EXPECT(d >= r->x, "%s:%d: trigger point '%s' at (%.1f, %.1f) in view '%s' lies %.2f cm outside the outline of "
               "'%s', at least %.1f wanted (%s)", m->file, tp->line, tp->id, at.x, at.y, vn(v), d, r->other, r->x, r->why);
        break;
    }
    case REF_TRP_HEIGHT:
        for (int k = 0; k < NWRITTEN; k++) {
            View w = written_views[k];
            if (!tp->has_at[SIDE_RIGHT][w] || !atlas_view_body_heights(w))
                continue;
            float y = tp->at[SIDE_RIGHT][w].y;
            EXPECT(y >= r->x && y <= r->y, "%s:%d: trigger point '%s' is %.1f cm high in view '%s', between %.1f and %.1f "
                   "wanted (%s)", m->file, tp->line, tp->id, y, vn(w), r->x, r->y, r->why);
        }
        break;
    case REF_OUTLINE_PARTS:
        EXPECT(m->outline[SIDE_RIGHT][v].count >= (int)r->x, "%s:%d: muscle '%s' has %d outline polygons in view '%s', at "
               "least %.0f wanted (%s)", m->file, m->line, m->id, m->outline[SIDE_RIGHT][v].count, vn(v), r->x, r->why);
        break;
    case REF_OUTLINE_BELOW: {
        float top = -INFINITY;
        const Shape *s = &m->outline[SIDE_RIGHT][v];
        for (int i = 0; i < s->count; i++)
            for (int k = 0; k < s->polys[i].n; k++)
                top = fmaxf(top, s->polys[i].pts[k].y);
        EXPECT(s->count > 0 && top <= r->y, "%s:%d: muscle '%s' reaches %.1f cm in view '%s', at most %.1f wanted (%s)",
               m->file, m->line, m->id, top, vn(v), r->y, r->why);
        break;
    }
    case REF_LANDMARK_ON_LINE: {
        const AtlasLandmark *lm = atlas_landmark(atlas, r->id);
        if (!lm || !lm->has[SIDE_RIGHT][v]) {
            VIOLATION("reference check: landmark '%s' is missing in view '%s' (%s)", r->id, vn(v), r->why);
            break;
        }
        float best = INFINITY;
        const Shape *d = &atlas->views[v].details;
        for (int i = 0; i < d->count; i++)
            for (int k = 0; k + 1 < d->polys[i].n; k++)
                best = fminf(best, geom_point_segment_distance(lm->at[SIDE_RIGHT][v], d->polys[i].pts[k],
                                                                d->polys[i].pts[k + 1]));
        EXPECT(best <= r->x, "body.lua: landmark '%s' in view '%s' is %.2f cm from the nearest detail line, at most %.1f "
               "wanted (%s)", r->id, vn(v), best, r->x, r->why);
        break;
    }
    }
}

static void test_reference_checks(void)
{
    if (!get_atlas()) return;
    for (size_t i = 0; i < sizeof reference_checks / sizeof reference_checks[0]; i++)
        check_reference(&reference_checks[i]);
}

/* The supraspinatus fills the fossa above the spine of the scapula: its outline and trigger points
 * lie above the spine line body.lua draws (the detail line that starts at the spine's root), except
 * the tendon beyond the line's lateral end, under the acromion. */
static void test_supraspinatus_above_spine(void)
{
    if (!get_atlas()) return;
    const AtlasLandmark *root = atlas_landmark(atlas, "scapular_spine_root");
    const AtlasMuscle *m = atlas_muscle(atlas, "supraspinatus");
    if (!root || !m || !root->has[SIDE_RIGHT][VIEW_POSTERIOR]) {
        VIOLATION("supraspinatus or the landmark scapular_spine_root is missing");
        return;
    }
    /* the crest of the spine: the line of bones.lua's scapular_spine that starts at its root */
    const Polygon *spine = NULL;
    const AtlasBone *bone = atlas_bone(atlas, "scapular_spine");
    const Shape *d = bone ? &bone->lines[SIDE_RIGHT][VIEW_POSTERIOR] : NULL;
    Vec2 r = root->at[SIDE_RIGHT][VIEW_POSTERIOR];
    for (int i = 0; d && i < d->count; i++) {
        Vec2 p0 = d->polys[i].pts[0];
        if (hypotf(p0.x - r.x, p0.y - r.y) < 0.3f && d->polys[i].pts[d->polys[i].n - 1].x > p0.x + 5)
            spine = &d->polys[i];
    }
    if (!spine) {
        VIOLATION("bones.lua: scapular_spine has no posterior line starting at the root of the scapular spine");
        return;
    }
    /* the height of the spine line at x, or NAN beyond its ends */
#define SPINE_Y(px, out) do { out = NAN; for (int k_ = 0; k_ + 1 < spine->n; k_++) { Vec2 a_ = spine->pts[k_], \
        b_ = spine->pts[k_ + 1]; if ((px) >= a_.x && (px) <= b_.x && b_.x > a_.x) \
        out = a_.y + (b_.y - a_.y) * ((px) - a_.x) / (b_.x - a_.x); } } while (0)
    const Shape *o = &m->outline[SIDE_RIGHT][VIEW_POSTERIOR];
    int below = 0;
    Vec2 worst = {0, 0};
    for (int i = 0; i < o->count; i++)
        for (int k = 0; k < o->polys[i].n; k++) {
            Vec2 p = o->polys[i].pts[k];
            float y;
            SPINE_Y(p.x, y);
            if (!isnan(y) && p.y < y + 0.1f) { below++; worst = p; }
        }
    EXPECT(below == 0, "%s:%d: supraspinatus outline: %d points lie on or below the spine of the scapula, e.g. (%.1f, %.1f)",
           m->file, m->line, below, worst.x, worst.y);
    for (int t = 0; t < m->ntrps; t++) {
        const AtlasTrp *tp = &m->trps[t];
        if (!tp->has_at[SIDE_RIGHT][VIEW_POSTERIOR])
            continue;
        Vec2 p = tp->at[SIDE_RIGHT][VIEW_POSTERIOR];
        float y;
        SPINE_Y(p.x, y);
        EXPECT(!isnan(y) && p.y >= y + 0.5f, "%s:%d: trigger point '%s' at (%.1f, %.1f) must lie in the fossa, at least "
               "0.5 cm above the spine of the scapula (%.1f there)", m->file, tp->line, tp->id, p.x, p.y, y);
    }
#undef SPINE_Y
}

/* ---- layer, frequency, palpation (design.md section 8, issue 17) ----------------------------- */

#define MAX_STEP_CHARS 200

/* Every muscle has a layer and a common trigger point; every trigger point a frequency and a
 * palpation (its own or its muscle's) with a position, a technique, known landmarks of which the
 * first can be shown in a view where the trigger point is drawn, and 2-5 short steps. */
static void test_palpation_fields(void)
{
    if (!get_atlas()) return;
    for (int i = 0; i < atlas->nmuscles; i++) {
        const AtlasMuscle *m = &atlas->muscles[i];
        EXPECT(m->layer >= 0 && m->layer < LAYER_COUNT, "%s:%d: muscle '%s' has no layer", m->file, m->line, m->id);
        int common = 0;
        for (int k = 0; k < m->ntrps; k++) {
            const AtlasTrp *t = &m->trps[k];
            const AtlasPalpation *p = &t->palp;
            EXPECT(t->frequency >= 0 && t->frequency < FREQ_COUNT, "%s:%d: '%s' has no frequency", m->file, t->line, t->id);
            common += t->frequency == FREQ_COMMON;
            EXPECT(p->position >= 0 && p->position < POS_COUNT, "%s:%d: '%s' has no palpation position", m->file,
                   t->line, t->id);
            EXPECT(p->technique >= 0 && p->technique < TECH_COUNT, "%s:%d: '%s' has no palpation technique", m->file,
                   t->line, t->id);
            EXPECT(p->nsteps >= 2 && p->nsteps <= 5, "%s:%d: '%s' has %d palpation steps, 2 to 5 wanted", m->file,
                   t->line, t->id, p->nsteps);
            for (int j = 0; j < p->nsteps; j++)
                EXPECT(strlen(p->steps[j]) >= 8 && strlen(p->steps[j]) <= MAX_STEP_CHARS,
                       "%s:%d: '%s' step %d has %zu characters (8 to %d)", m->file, t->line, t->id, j + 1,
                       strlen(p->steps[j]), MAX_STEP_CHARS);
            EXPECT(p->nlandmarks >= 1, "%s:%d: '%s' names no palpation landmark", m->file, t->line, t->id);
            for (int j = 0; j < p->nlandmarks; j++)
                EXPECT(atlas_landmark(atlas, p->landmarks[j]) != NULL, "%s:%d: '%s': landmark '%s' is not in body.lua",
                       m->file, t->line, t->id, p->landmarks[j]);
            const AtlasLandmark *first = p->nlandmarks ? atlas_landmark(atlas, p->landmarks[0]) : NULL;
            if (!first)
                continue;
            bool shown = false;
            for (int v = 0; v < VIEW_COUNT; v++)
                shown = shown || (first->has[SIDE_RIGHT][v] && t->has_at[SIDE_RIGHT][v]);
            EXPECT(shown, "%s:%d: '%s': its first landmark '%s' is placed in no view where the trigger point is drawn",
                   m->file, t->line, t->id, first->id);
        }
        EXPECT(common > 0, "%s:%d: muscle '%s' has no common trigger point", m->file, m->line, m->id);
    }
}

/* What the anatomy audit asked for: classic patterns common, the rare one rare. */
static void test_frequency_facts(void)
{
    if (!get_atlas()) return;
    static const struct { const char *trp; AtlasFrequency want; bool exact; } facts[] = {
        {"soleus_3", FREQ_RARE, true},                 /* sacroiliac referral */
        {"soleus_1", FREQ_COMMON, true},               /* heel */
        {"infraspinatus_1", FREQ_COMMON, true},        /* deep front of the shoulder */
        {"infraspinatus_2", FREQ_COMMON, true},
        {"infraspinatus_3", FREQ_OCCASIONAL, false},   /* medial border: occasional or rare */
        {"gastrocnemius_1", FREQ_COMMON, true},        /* instep */
        {"gluteus_minimus_anterior", FREQ_COMMON, true},
        {"rectus_abdominis_upper", FREQ_COMMON, true},
        {"rectus_abdominis_lower", FREQ_COMMON, true},
        {"sternocleidomastoid_1", FREQ_COMMON, true},
        {"masseter_3", FREQ_COMMON, true},
        {"iliopsoas_psoas", FREQ_COMMON, true},
        {"upper_trapezius_1", FREQ_COMMON, true},
    };
    for (size_t i = 0; i < sizeof facts / sizeof facts[0]; i++) {
        const AtlasTrp *t = atlas_trp(atlas, facts[i].trp, NULL);
        if (!t) {
            VIOLATION("trigger point '%s' is missing", facts[i].trp);
            continue;
        }
        bool ok = facts[i].exact ? t->frequency == facts[i].want : t->frequency >= facts[i].want;
        EXPECT(ok, "'%s' is %s, want %s%s", t->id, atlas_frequency_name(t->frequency),
               facts[i].exact ? "" : "at most ", atlas_frequency_name(facts[i].want));
    }
}

/* ---- layers where their layer says (issue 13) --------------------------------------------- */

#define DEEP_COVERED_MIN 0.6f   /* share of a deep muscle's outline under shallower outlines */

/* A deep muscle lies under others: in each whole-body view that draws it, at least 60 % of its
 * outline lies under the outlines of superficial or intermediate muscles of the same figure
 * layer (the trunk's, or the side view's arm), so a chart drawn by layer shows it beneath
 * them. The exception is a deep muscle whose cover is skin, fat or fascia the atlas does not
 * outline. */
static void test_deep_muscles_covered(void)
{
    if (!get_atlas()) return;
    static const struct { const char *id; View view; const char *why; } uncovered[] = {
        {"buccinator", VIEW_ANTERIOR,
         "the cheek from the front: skin and the buccal fat, facial muscles only at its edges"},
        {"brachialis", VIEW_LATERAL_RIGHT,
         "from the side it shows between biceps and triceps, where it is palpated"},
    };
    static const View whole[] = {VIEW_ANTERIOR, VIEW_POSTERIOR, VIEW_LATERAL_RIGHT};
    static BodyGrid own, over;
    int checked = 0;
    for (int k = 0; k < 3; k++) {
        View v = whole[k];
        for (int i = 0; i < atlas->nmuscles; i++) {
            const AtlasMuscle *m = &atlas->muscles[i];
            if (m->layer != LAYER_DEEP || m->outline[SIDE_RIGHT][v].count == 0)
                continue;
            bool exempt = false;
            for (size_t e = 0; e < sizeof uncovered / sizeof uncovered[0]; e++)
                exempt = exempt || (uncovered[e].view == v && !strcmp(uncovered[e].id, m->id));
            bodygrid_clear(&own);
            bodygrid_fill_shape(&own, &m->outline[SIDE_RIGHT][v]);
            bodygrid_clear(&over);
            for (int j = 0; j < atlas->nmuscles; j++) {
                const AtlasMuscle *o = &atlas->muscles[j];
                if (o->layer < m->layer && o->on_arm[SIDE_RIGHT][v] == m->on_arm[SIDE_RIGHT][v])
                    bodygrid_fill_shape(&over, &o->outline[SIDE_RIGHT][v]);
            }
            int n = bodygrid_count(&own), in = bodygrid_count_and(&own, &over);
            float share = n ? (float)in / (float)n : 0;
            if (exempt) {   /* still a check: the exception must stay one (mostly uncovered) */
                EXPECT(share < DEEP_COVERED_MIN, "%s:%d: deep muscle '%s' is now %.0f %% covered in view "
                       "'%s': drop it from the exceptions", m->file, m->line, m->id, 100 * share, vn(v));
                continue;
            }
            EXPECT(share >= DEEP_COVERED_MIN, "%s:%d: deep muscle '%s': only %.0f %% of its outline in "
                   "view '%s' lies under superficial or intermediate muscles (%.0f %% wanted): a deep "
                   "muscle is drawn beneath others, so its outline or its layer is wrong", m->file, m->line,
                   m->id, 100 * share, vn(v), 100 * DEEP_COVERED_MIN);
            checked++;
        }
    }
    CHECK_MSG(checked >= 20, "only %d deep outlines checked", checked);
}

/* The layers the anatomy audit named: the deep muscles it found drawn over superficial ones are
 * deep (soleus: under the gastrocnemius, intermediate), and the big superficial sheets are
 * superficial. */
static void test_layer_facts(void)
{
    if (!get_atlas()) return;
    static const struct { const char *id; AtlasLayer want; } facts[] = {
        {"subscapularis", LAYER_DEEP}, {"supraspinatus", LAYER_DEEP}, {"quadratus_lumborum", LAYER_DEEP},
        {"piriformis", LAYER_DEEP}, {"gluteus_minimus", LAYER_DEEP}, {"iliopsoas", LAYER_DEEP},
        {"pectoralis_minor", LAYER_DEEP}, {"multifidus", LAYER_DEEP}, {"soleus", LAYER_INTERMEDIATE},
        {"gluteus_medius", LAYER_INTERMEDIATE}, {"rhomboids", LAYER_INTERMEDIATE},
        {"levator_scapulae", LAYER_INTERMEDIATE},
        {"upper_trapezius", LAYER_SUPERFICIAL}, {"latissimus_dorsi", LAYER_SUPERFICIAL},
        {"gluteus_maximus", LAYER_SUPERFICIAL}, {"gastrocnemius", LAYER_SUPERFICIAL},
        {"pectoralis_major", LAYER_SUPERFICIAL}, {"deltoid", LAYER_SUPERFICIAL},
        {"sternocleidomastoid", LAYER_SUPERFICIAL}, {"tibialis_anterior", LAYER_SUPERFICIAL},
    };
    for (size_t i = 0; i < sizeof facts / sizeof facts[0]; i++) {
        const AtlasMuscle *m = atlas_muscle(atlas, facts[i].id);
        if (!m) { VIOLATION("muscle '%s' is missing", facts[i].id); continue; }
        EXPECT(m->layer == facts[i].want, "%s:%d: muscle '%s' is %s, want %s", m->file, m->line, m->id,
               atlas_layer_name(m->layer), atlas_layer_name(facts[i].want));
    }
}

/* Palpation wording the audit corrected: the SCM is slackened with the head tilted toward the
 * same side and the face turned slightly away (the right SCM turns the face to the left); the
 * psoas is reached lateral to the rectus. */
static bool palp_says(const AtlasMuscle *m, const char *words)
{
    if (m->palpation && strstr(m->palpation, words))
        return true;
    for (int t = 0; t < m->ntrps; t++)
        for (int j = 0; j < m->trps[t].palp.nsteps; j++)
            if (strstr(m->trps[t].palp.steps[j], words))
                return true;
    return false;
}

static void test_palpation_wording(void)
{
    if (!get_atlas()) return;
    const AtlasMuscle *scm = atlas_muscle(atlas, "sternocleidomastoid");
    const AtlasMuscle *ip = atlas_muscle(atlas, "iliopsoas");
    CHECK(scm && ip);
    if (!scm || !ip) return;
    EXPECT(palp_says(scm, "face turned slightly away"),
           "%s:%d: the SCM's palpation must turn the face slightly away", scm->file, scm->line);
    EXPECT(!palp_says(scm, "turned slightly toward the same side"),
           "%s:%d: the SCM's palpation turns the head toward the same side (the audit's error)", scm->file,
           scm->line);
    EXPECT(palp_says(ip, "lateral"), "%s:%d: the psoas is palpated lateral to the rectus", ip->file,
           ip->line);
}

/* The regional frames of docs/atlas-format.md, in Drillis & Contini's proportions of a 170 cm
 * stature: foot 25.8 x 9.4 cm, hand 18.4 cm from the wrist crease to the middle fingertip and
 * about 8.5 cm across the knuckles; the inner leg keeps the body's heights. */
static float shape_extent(const Shape *s, bool right_half, bool along_x, float at, float *lo_out)
{
    /* extent of the right side's polygons in x (at height `at`, sampled on the outline) or in y */
    float lo = INFINITY, hi = -INFINITY;
    for (int i = 0; i < (right_half ? s->count / 2 : s->count); i++)
        for (int k = 0; k < s->polys[i].n; k++) {
            Vec2 p = s->polys[i].pts[k];
            if (along_x && fabsf(p.y - at) > 0.6f)
                continue;
            float v = along_x ? p.x : p.y;
            lo = fminf(lo, v);
            hi = fmaxf(hi, v);
        }
    if (lo_out) *lo_out = lo;
    return hi - lo;
}

static void test_regional_frames(void)
{
    if (!get_atlas()) return;
    const Shape *foot = &atlas->views[VIEW_FOOT_PLANTAR].silhouette;
    float y0, len = shape_extent(foot, true, false, 0, &y0);
    EXPECT(fabsf(len - 25.8f) <= 0.3f && fabsf(y0) <= 0.3f, "foot_plantar: the foot runs %.1f cm from y = %.1f, 25.8 "
           "from the heel at 0 wanted", len, y0);
    const AtlasLandmark *m1 = atlas_landmark(atlas, "first_metatarsal_head");
    float ball = m1 && m1->has[SIDE_RIGHT][VIEW_FOOT_PLANTAR] ? m1->at[SIDE_RIGHT][VIEW_FOOT_PLANTAR].y : 0;
    float breadth = shape_extent(foot, true, true, ball - 1.5f, NULL);
    EXPECT(fabsf(breadth - 9.4f) <= 0.5f, "foot_plantar: %.1f cm across the ball, 9.4 wanted", breadth);
    for (int v = VIEW_HAND_PALMAR; v <= VIEW_HAND_DORSAL; v++) {
        const AtlasLandmark *w = atlas_landmark(atlas, "wrist"), *f = atlas_landmark(atlas, "fingertip");
        const AtlasLandmark *k2 = atlas_landmark(atlas, "index_mcp"), *k5 = atlas_landmark(atlas, "little_mcp");
        if (!w || !f || !k2 || !k5 || !w->has[SIDE_RIGHT][v] || !f->has[SIDE_RIGHT][v] || !k2->has[SIDE_RIGHT][v] ||
            !k5->has[SIDE_RIGHT][v]) {
            VIOLATION("view '%s': wrist, fingertip, index_mcp or little_mcp has no position", vn(v));
            continue;
        }
        float hl = f->at[SIDE_RIGHT][v].y - w->at[SIDE_RIGHT][v].y;
        EXPECT(fabsf(hl - 18.4f) <= 0.5f, "view '%s': %.1f cm from the wrist crease to the fingertip, 18.4 wanted", vn(v), hl);
        /* the heads of metacarpals 2 to 5 span the hand's breadth less a head and the skin on each side */
        float span = fabsf(k2->at[SIDE_RIGHT][v].x - k5->at[SIDE_RIGHT][v].x);
        EXPECT(span >= 5.0f && span <= 6.0f, "view '%s': the knuckles of the index and little fingers are %.1f cm apart, "
               "5 to 6 wanted (a hand about 8.5 cm across)", vn(v), span);
    }
    const char *same[] = {"medial_malleolus", "patella", "tibial_tuberosity", "tibial_crest"};
    for (size_t i = 0; i < sizeof same / sizeof same[0]; i++) {
        const AtlasLandmark *l = atlas_landmark(atlas, same[i]);
        if (!l || !l->has[SIDE_RIGHT][VIEW_LEG_MEDIAL] || !l->has[SIDE_RIGHT][VIEW_ANTERIOR]) {
            VIOLATION("landmark '%s' lacks its anterior or leg_medial position", same[i]);
            continue;
        }
        EXPECT(fabsf(l->at[SIDE_RIGHT][VIEW_LEG_MEDIAL].y - l->at[SIDE_RIGHT][VIEW_ANTERIOR].y) <= 0.5f,
               "landmark '%s' is %.1f cm high in leg_medial but %.1f in anterior: the inner leg keeps the body's heights",
               same[i], l->at[SIDE_RIGHT][VIEW_LEG_MEDIAL].y, l->at[SIDE_RIGHT][VIEW_ANTERIOR].y);
    }
}

/* The side views' arm: inside the figure, its landmarks on it, and the geometry that says which
 * muscles ride on it and which trigger points and zones lie under it (a chart then hides the
 * arm). The references: the arm's own muscles ride on it; pain over the front of the shoulder
 * and arm stays on the arm; the lateral chest, hip and thigh patterns lie under it. */
static const struct { const char *id; bool muscle; int want; const char *why; } arm_checks[] = {
    {"deltoid", true, 1, "the shoulder cap is the arm's"},
    {"biceps_brachii", true, 1, "an arm muscle"},
    {"triceps_brachii", true, 1, "an arm muscle"},
    {"brachioradialis", true, 1, "a forearm muscle"},
    {"serratus_anterior", true, 0, "on the chest wall under the arm"},
    {"tensor_fasciae_latae", true, 0, "on the hip"},
    {"serratus_anterior_1", false, 1, "the side of the chest, under the arm"},
    {"tensor_fasciae_latae_1", false, 1, "the lateral thigh, under the hand"},
    {"gluteus_minimus_anterior", false, 1, "the lateral thigh and leg, under the hand"},
    {"quadratus_lumborum_superficial_lower", false, 1, "the greater trochanter, under the forearm"},
    {"infraspinatus_1", false, 0, "the front of the shoulder is on the arm"},
    {"supraspinatus_1", false, 0, "mid-deltoid and lateral epicondyle: on the arm"},
    {"scalenes_1", false, 0, "chest and arm: the arm stays"},
    {"upper_trapezius_1", false, 0, "the head and neck"},
    {"deltoid_1", false, 0, "on the arm"},
};

static void test_arm_layer(void)
{
    if (!get_atlas()) return;
    const View v = VIEW_LATERAL_RIGHT;
    const AtlasView *av = &atlas->views[v];
    EXPECT(av->arm.count > 0, "body.lua: lateral_right has no arm");
    for (int i = 0; i < av->arm.count; i++)
        for (int k = 0; k < av->arm.polys[i].n; k++) {
            Vec2 p = av->arm.polys[i].pts[k];
            float d = bodygrid_get(&silhouette_grid[v], p) ? 0 : shape_distance(&av->silhouette, p);
            if (d > INSIDE_TOL_CM) {
                VIOLATION("body.lua: the arm reaches (%.1f, %.1f), %.1f cm outside the silhouette", p.x, p.y, d);
                break;
            }
        }
    int narm = 0;
    for (int i = 0; i < atlas->nlandmarks; i++) {
        const AtlasLandmark *l = &atlas->landmarks[i];
        if (!l->arm)
            continue;
        narm++;
        float d = shape_distance(&av->arm, l->at[SIDE_RIGHT][v]);
        EXPECT(atlas_in_arm(atlas, v, l->at[SIDE_RIGHT][v]) || d <= 1.0f,
               "body.lua: landmark '%s' rides on the arm but lies %.1f cm off it", l->id, d);
    }
    EXPECT(narm >= 4, "body.lua: only %d landmarks ride on the arm (elbow, wrist, fingertip ...)", narm);
    for (size_t i = 0; i < sizeof arm_checks / sizeof arm_checks[0]; i++) {
        const AtlasMuscle *m = NULL;
        const AtlasTrp *t = NULL;
        if (arm_checks[i].muscle) m = atlas_muscle(atlas, arm_checks[i].id);
        else t = atlas_trp(atlas, arm_checks[i].id, &m);
        if (!m) {
            VIOLATION("arm check: '%s' is missing (%s)", arm_checks[i].id, arm_checks[i].why);
            continue;
        }
        bool got = t ? t->under_arm[SIDE_RIGHT][v] : m->on_arm[SIDE_RIGHT][v];
        EXPECT(got == (arm_checks[i].want != 0), "arm check: '%s' %s in the right side view, %s wanted (%s)",
               arm_checks[i].id, t ? (got ? "lies under the arm" : "does not lie under the arm")
                                   : (got ? "rides on the arm" : "does not ride on the arm"),
               arm_checks[i].want ? "yes" : "no", arm_checks[i].why);
        /* the left side view is the mirror: the same answer */
        bool left = t ? t->under_arm[SIDE_LEFT][VIEW_LATERAL_LEFT] : m->on_arm[SIDE_LEFT][VIEW_LATERAL_LEFT];
        EXPECT(left == got, "arm check: '%s' differs between the side views", arm_checks[i].id);
    }
    if (getenv("TT_ATLAS_REPORT")) {
        printf("lateral_right, on the arm:");
        for (int i = 0; i < atlas->nmuscles; i++)
            if (atlas->muscles[i].on_arm[SIDE_RIGHT][v]) printf(" %s", atlas->muscles[i].id);
        printf("\nlateral_right, under the arm (a chart hides it):");
        for (int i = 0; i < atlas->nmuscles; i++)
            for (int k = 0; k < atlas->muscles[i].ntrps; k++)
                if (atlas->muscles[i].trps[k].under_arm[SIDE_RIGHT][v]) printf(" %s", atlas->muscles[i].trps[k].id);
        printf("\n");
    }
}

/* ---- report --------------------------------------------------------------------------------- */

static float shape_cm2(const Shape *s)
{
    static BodyGrid g;
    bodygrid_clear(&g);
    bodygrid_fill_shape(&g, s);
    return bodygrid_area_cm2(bodygrid_count(&g));
}

static void report(void)
{
    if (!getenv("TT_ATLAS_REPORT") || !get_atlas())
        return;
    int ntrps = 0;
    printf("%d muscles, %d areas (both sides), %d landmarks\n", atlas->nmuscles, atlas->nareas, atlas->nlandmarks);
    for (int i = 0; i < atlas->nmuscles; i++) {
        const AtlasMuscle *m = &atlas->muscles[i];
        ntrps += m->ntrps;
        printf("%s:%d %s [%s] %d TrP, outline:", m->file, m->line, m->id, m->region, m->ntrps);
        for (int v = 0; v < VIEW_COUNT; v++)
            if (v != VIEW_LATERAL_LEFT && m->outline[SIDE_RIGHT][v].count)
                printf(" %s(%.0f cm2)", vn(v), shape_cm2(&m->outline[SIDE_RIGHT][v]));
        printf(", %d sources\n", m->nsources);
        for (int t = 0; t < m->ntrps; t++) {
            const AtlasTrp *tp = &m->trps[t];
            printf("    %s (%s):", tp->id, tp->name);
            for (int v = 0; v < VIEW_COUNT; v++) {
                if (v == VIEW_LATERAL_LEFT)
                    continue;
                if (!tp->has_at[SIDE_RIGHT][v] && !tp->essential[SIDE_RIGHT][v].count && !tp->spillover[SIDE_RIGHT][v].count)
                    continue;
                printf(" %s", vn(v));
                if (tp->has_at[SIDE_RIGHT][v])
                    printf(" at (%.1f, %.1f)", tp->at[SIDE_RIGHT][v].x, tp->at[SIDE_RIGHT][v].y);
                printf(" ess %.0f cm2 spill %.0f cm2;", shape_cm2(&tp->essential[SIDE_RIGHT][v]),
                       shape_cm2(&tp->spillover[SIDE_RIGHT][v]));
            }
            printf("\n");
        }
    }
    printf("%d trigger points\n", ntrps);
}

static void test_report_and_unload(void)
{
    report();
    atlas_unload(atlas);
    atlas = NULL;
}

TEST_MAIN(T(test_loads), T(test_counts), T(test_ids_and_texts), T(test_silhouettes_and_areas_simple),
          T(test_muscle_shapes), T(test_trp_positions), T(test_mirroring), T(test_area_coverage),
          T(test_landmarks), T(test_trp_heights_agree), T(test_essential_spillover_agree),
          T(test_reference_checks), T(test_supraspinatus_above_spine), T(test_zone_areas), T(test_regional_frames), T(test_arm_layer),
          T(test_deep_muscles_covered), T(test_layer_facts), T(test_palpation_wording),
          T(test_palpation_fields), T(test_frequency_facts), T(test_report_and_unload))
