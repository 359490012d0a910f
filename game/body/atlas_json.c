/* atlas_json: builds the JSON document of `atlas --json`: views (silhouette, details,
 * landmarks), regions, areas, muscles with outlines and fibres, trigger points, bones, zones and for each
 * zone the labels of the areas it overlaps inside the silhouette (0.5 cm body grid, only
 * over the zone's bounding cells so the whole atlas takes a fraction of a second). */
#include "body/atlas_json.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "body/bodygrid.h"
#include "body/atlas_view.h"

typedef struct Mask { BodyGrid g; int i0, i1, j0, j1; const AtlasArea *area; } Mask;

/* masks[0]: the areas as a chart shows them with the side views' arm drawn (and in every
 * other view); masks[1]: with the arm hidden (only for views with an arm) */
typedef struct Overlaps {
    BodyGrid silhouette[VIEW_COUNT], arm, tmp;
    Mask *masks[2][VIEW_COUNT]; int nmasks[2][VIEW_COUNT];
    Mask zone;
} Overlaps;

static json_t *num(float v)
{
    return json_real(round((double)v * 100.0) / 100.0);
}

static json_t *point(Vec2 p)
{
    json_t *a = json_array();
    json_array_append_new(a, num(p.x));
    json_array_append_new(a, num(p.y));
    return a;
}

static json_t *shape_json(const Shape *s)
{
    json_t *polys = json_array();
    for (int i = 0; i < s->count; i++) {
        json_t *pts = json_array();
        for (int k = 0; k < s->polys[i].n; k++)
            json_array_append_new(pts, point(s->polys[i].pts[k]));
        json_array_append_new(polys, pts);
    }
    return polys;
}

static void mask_bounds(Mask *m)
{
    m->i0 = BODYGRID_W; m->i1 = -1; m->j0 = BODYGRID_H; m->j1 = -1;
    for (int j = 0; j < BODYGRID_H; j++)
        for (int i = 0; i < BODYGRID_W; i++)
            if (m->g.cells[j * BODYGRID_W + i]) {
                if (i < m->i0) m->i0 = i;
                if (i > m->i1) m->i1 = i;
                if (j < m->j0) m->j0 = j;
                if (j > m->j1) m->j1 = j;
            }
}

static void mask_fill(Mask *m, const Shape *s, const BodyGrid *silhouette)
{
    bodygrid_clear(&m->g);
    bodygrid_fill_shape(&m->g, s);
    bodygrid_and(&m->g, silhouette);
    mask_bounds(m);
}

static int mask_count_and(const Mask *a, const Mask *b)
{
    int i0 = a->i0 > b->i0 ? a->i0 : b->i0, i1 = a->i1 < b->i1 ? a->i1 : b->i1;
    int j0 = a->j0 > b->j0 ? a->j0 : b->j0, j1 = a->j1 < b->j1 ? a->j1 : b->j1, n = 0;
    for (int j = j0; j <= j1; j++)
        for (int i = i0; i <= i1; i++)
            n += a->g.cells[j * BODYGRID_W + i] & b->g.cells[j * BODYGRID_W + i];
    return n;
}

static Overlaps *overlaps_new(const Atlas *a)
{
    Overlaps *o = calloc(1, sizeof *o);
    if (!o)
        return NULL;
    for (int v = 0; v < VIEW_COUNT; v++) {
        bodygrid_clear(&o->silhouette[v]);
        bodygrid_fill_shape(&o->silhouette[v], &a->views[v].silhouette);
        bool has_arm = atlas_view_has_arm(a, (View)v);
        atlas_view_arm_grid(a, (View)v, &o->arm);
        for (int h = 0; h < (has_arm ? 2 : 1); h++) {
            o->masks[h][v] = calloc((size_t)(a->nareas > 0 ? a->nareas : 1), sizeof(Mask));
            if (!o->masks[h][v])
                continue;
            for (int i = 0; i < a->nareas; i++) {
                if (!atlas_view_area_visible(a, &a->areas[i], (View)v, h == 0))
                    continue;
                Mask *m = &o->masks[h][v][o->nmasks[h][v]++];
                m->area = &a->areas[i];
                bodygrid_clear(&m->g);
                atlas_view_area_grid(a, &a->areas[i], (View)v, h == 0, has_arm ? &o->arm : NULL, &o->tmp, &m->g);
                bodygrid_and(&m->g, &o->silhouette[v]);
                mask_bounds(m);
            }
        }
    }
    return o;
}

static void overlaps_free(Overlaps *o)
{
    if (!o)
        return;
    for (int v = 0; v < VIEW_COUNT; v++) {
        free(o->masks[0][v]);
        free(o->masks[1][v]);
    }
    free(o);
}

/* {"polygons": [...], "areas": ["right temple", ...]}; hidden: the side view's arm is left out */
static json_t *zone_json(Overlaps *o, const Shape *s, View v, bool hidden)
{
    int h = hidden && o && o->masks[1][v] ? 1 : 0;
    json_t *z = json_object();
    json_object_set_new(z, "polygons", shape_json(s));
    json_t *labels = json_array();
    if (o) {
        mask_fill(&o->zone, s, &o->silhouette[v]);
        int min_cells = (int)ceilf(ATLAS_JSON_MIN_OVERLAP_CM2 / (BODYGRID_CELL * BODYGRID_CELL));
        for (int i = 0; i < o->nmasks[h][v]; i++)
            if (mask_count_and(&o->zone, &o->masks[h][v][i]) >= min_cells)
                json_array_append_new(labels, json_string(o->masks[h][v][i].area->label));
    }
    json_object_set_new(z, "areas", labels);
    return z;
}

/* {"right": {"posterior": X, ...}, "left": {...}} for the views present; a zone's areas as
 * the chart shows them (hidden: where the side view's arm is left out) */
static json_t *sided_shapes(const Shape sh[SIDE_COUNT][VIEW_COUNT], bool zones, Overlaps *o,
                            const bool (*hidden)[VIEW_COUNT])
{
    json_t *sides = json_object();
    for (int s = 0; s < SIDE_COUNT; s++) {
        json_t *views = json_object();
        for (int v = 0; v < VIEW_COUNT; v++)
            if (sh[s][v].count)
                json_object_set_new(views, atlas_view_name((View)v),
                                    zones ? zone_json(o, &sh[s][v], (View)v, hidden && hidden[s][v])
                                          : shape_json(&sh[s][v]));
        json_object_set_new(sides, atlas_side_name((Side)s), views);
    }
    return sides;
}

static json_t *strings(char *const *s, int n)
{
    json_t *a = json_array();
    for (int i = 0; i < n; i++)
        json_array_append_new(a, json_string(s[i]));
    return a;
}

/* {"position": "prone"|null, "technique": ..., "landmarks": [...], "steps": [...]} */
static json_t *palpation_json(const AtlasPalpation *p)
{
    json_t *j = json_object();
    json_object_set_new(j, "position",
                        p->position >= 0 ? json_string(atlas_position_name((PalpPosition)p->position)) : json_null());
    json_object_set_new(j, "technique",
                        p->technique >= 0 ? json_string(atlas_technique_name((PalpTechnique)p->technique)) : json_null());
    json_object_set_new(j, "landmarks", strings(p->landmarks, p->nlandmarks));
    json_object_set_new(j, "steps", strings(p->steps, p->nsteps));
    return j;
}

static json_t *trp_json(const AtlasTrp *t, Overlaps *o)
{
    json_t *j = json_object();
    json_object_set_new(j, "id", json_string(t->id));
    json_object_set_new(j, "name", json_string(t->name));
    json_object_set_new(j, "frequency", json_string(atlas_frequency_name(t->frequency)));
    json_object_set_new(j, "palpation", palpation_json(&t->palp));
    json_object_set_new(j, "note", t->note ? json_string(t->note) : json_null());
    json_object_set_new(j, "disputed", strings(t->disputed, t->ndisputed));
    json_t *pos = json_object();
    for (int s = 0; s < SIDE_COUNT; s++) {
        json_t *views = json_object();
        for (int v = 0; v < VIEW_COUNT; v++)
            if (t->has_at[s][v])
                json_object_set_new(views, atlas_view_name((View)v), point(t->at[s][v]));
        json_object_set_new(pos, atlas_side_name((Side)s), views);
    }
    json_object_set_new(j, "positions", pos);
    const bool (*hidden)[VIEW_COUNT] = (const bool (*)[VIEW_COUNT])t->under_arm;
    json_object_set_new(j, "essential", sided_shapes((const Shape (*)[VIEW_COUNT])t->essential, true, o, hidden));
    json_object_set_new(j, "spillover", sided_shapes((const Shape (*)[VIEW_COUNT])t->spillover, true, o, hidden));
    json_t *under = json_array();   /* side views where a chart hides the arm to show it */
    for (int v = 0; v < VIEW_COUNT; v++)
        if (t->under_arm[SIDE_RIGHT][v] || t->under_arm[SIDE_LEFT][v])
            json_array_append_new(under, json_string(atlas_view_name((View)v)));
    json_object_set_new(j, "under_arm", under);
    return j;
}

static json_t *muscle_json(const AtlasMuscle *m, Overlaps *o, int *ntrps)
{
    json_t *j = json_object();
    json_object_set_new(j, "id", json_string(m->id));
    json_object_set_new(j, "name", json_string(m->name));
    json_object_set_new(j, "region", json_string(m->region));
    json_object_set_new(j, "layer", json_string(atlas_layer_name(m->layer)));
    json_object_set_new(j, "palpation", json_string(m->palpation));
    json_object_set_new(j, "sources", strings(m->sources, m->nsources));
    json_object_set_new(j, "midline", json_boolean(m->midline));
    json_object_set_new(j, "file", json_string(m->file));
    json_object_set_new(j, "line", json_integer(m->line));
    json_object_set_new(j, "outline", sided_shapes((const Shape (*)[VIEW_COUNT])m->outline, false, NULL, NULL));
    bool on_arm = false;
    for (int v = 0; v < VIEW_COUNT; v++)
        on_arm = on_arm || m->on_arm[SIDE_RIGHT][v];
    json_object_set_new(j, "on_arm", json_boolean(on_arm));
    json_object_set_new(j, "fibres", sided_shapes((const Shape (*)[VIEW_COUNT])m->fibres, false, NULL, NULL));
    json_t *trps = json_array();
    for (int t = 0; t < m->ntrps; t++)
        json_array_append_new(trps, trp_json(&m->trps[t], o));
    *ntrps += m->ntrps;
    json_object_set_new(j, "trps", trps);
    return j;
}

static json_t *landmarks_json(const Atlas *a, View v)
{
    json_t *list = json_array();
    for (int i = 0; i < a->nlandmarks; i++) {
        const AtlasLandmark *lm = &a->landmarks[i];
        bool same = lm->has[SIDE_RIGHT][v] && lm->has[SIDE_LEFT][v] && lm->at[SIDE_RIGHT][v].x == lm->at[SIDE_LEFT][v].x &&
                    lm->at[SIDE_RIGHT][v].y == lm->at[SIDE_LEFT][v].y;
        for (int s = 0; s < SIDE_COUNT; s++) {
            if (!lm->has[s][v] || (same && s == SIDE_LEFT))
                continue;
            json_t *j = json_object();
            json_object_set_new(j, "id", json_string(lm->id));
            json_object_set_new(j, "name", json_string(lm->name));
            json_object_set_new(j, "side", json_string(same ? "midline" : atlas_side_name((Side)s)));
            json_object_set_new(j, "x", num(lm->at[s][v].x));
            json_object_set_new(j, "y", num(lm->at[s][v].y));
            json_array_append_new(list, j);
        }
    }
    return list;
}

json_t *atlas_json(const Atlas *a)
{
    if (!a)
        return NULL;
    Overlaps *o = overlaps_new(a);
    json_t *root = json_object();
    json_object_set_new(root, "format", json_integer(1));
    json_object_set_new(root, "units", json_string("cm"));
    json_object_set_new(root, "frame", json_string("body space: y up from the soles (0) to the vertex (170), x to the "
                                                   "viewer's right, 0 on the midline (lateral: on the ear)"));
    json_t *views = json_object();
    for (int v = 0; v < VIEW_COUNT; v++) {
        json_t *jv = json_object();
        const AtlasView *av = &a->views[v];
        json_object_set_new(jv, "title", json_string(atlas_view_title((View)v)));
        json_object_set_new(jv, "regional", json_boolean(atlas_view_regional((View)v)));
        int sign = atlas_view_right_sign((View)v);
        json_object_set_new(jv, "right_side", json_string(sign < 0 ? "x<0" : sign > 0 ? "x>0" : "near side"));
        json_object_set_new(jv, "silhouette", shape_json(&av->silhouette));
        json_object_set_new(jv, "details", shape_json(&av->details));
        if (av->arm.count) {
            json_t *arm = json_object();
            json_object_set_new(arm, "silhouette", shape_json(&av->arm));
            json_object_set_new(arm, "details", shape_json(&av->arm_details));
            json_object_set_new(jv, "arm", arm);
        }
        json_object_set_new(jv, "landmarks", landmarks_json(a, (View)v));
        json_object_set_new(views, atlas_view_name((View)v), jv);
    }
    json_object_set_new(root, "views", views);
    json_object_set_new(root, "regions", strings(a->regions, a->nregions));
    json_t *areas = json_array();
    for (int i = 0; i < a->nareas; i++) {
        const AtlasArea *ar = &a->areas[i];
        json_t *j = json_object();
        json_object_set_new(j, "id", json_string(ar->id));
        json_object_set_new(j, "name", json_string(ar->name));
        json_object_set_new(j, "label", json_string(ar->label));
        json_object_set_new(j, "side", json_string(ar->midline ? "midline" : atlas_side_name(ar->side)));
        json_object_set_new(j, "arm", json_boolean(ar->arm));
        json_t *polys = json_object();
        for (int v = 0; v < VIEW_COUNT; v++)
            if (ar->shape[v].count)
                json_object_set_new(polys, atlas_view_name((View)v), shape_json(&ar->shape[v]));
        json_object_set_new(j, "polygons", polys);
        json_array_append_new(areas, j);
    }
    json_object_set_new(root, "areas", areas);
    json_t *muscles = json_array();
    int ntrps = 0;
    for (int i = 0; i < a->nmuscles; i++)
        json_array_append_new(muscles, muscle_json(&a->muscles[i], o, &ntrps));
    json_object_set_new(root, "muscles", muscles);
    json_t *bones = json_array();
    for (int i = 0; i < a->nbones; i++) {
        const AtlasBone *b = &a->bones[i];
        json_t *j = json_object();
        json_object_set_new(j, "id", json_string(b->id));
        json_object_set_new(j, "name", json_string(b->name));
        json_object_set_new(j, "landmarks", strings(b->landmarks, b->nlandmarks));
        json_object_set_new(j, "midline", json_boolean(b->midline));
        json_object_set_new(j, "outline", sided_shapes((const Shape (*)[VIEW_COUNT])b->outline, false, NULL, NULL));
        json_object_set_new(j, "lines", sided_shapes((const Shape (*)[VIEW_COUNT])b->lines, false, NULL, NULL));
        json_array_append_new(bones, j);
    }
    json_object_set_new(root, "bones", bones);
    json_t *counts = json_object();
    json_object_set_new(counts, "muscles", json_integer(a->nmuscles));
    json_object_set_new(counts, "trigger_points", json_integer(ntrps));
    json_object_set_new(counts, "areas", json_integer(a->nareas));
    json_object_set_new(counts, "bones", json_integer(a->nbones));
    json_object_set_new(root, "counts", counts);
    overlaps_free(o);
    return root;
}
