/* The real atlas's bones and fibres (bones.lua, the muscles' `fibres`) against the rules of
 * docs/atlas-format.md: the bones palpation uses are there, each passes through (within 1 cm
 * of) every landmark it carries in every view that draws both, lies inside the silhouette and
 * has simple outlines; the large muscles suggest their fibre direction with guide lines that
 * lie inside their outline. Every violation is printed on its own line. */
#include "test.h"
#include "body/atlas.h"
#include "engine/geom.h"

#include <stdlib.h>

#define ON_BONE_CM 1.0f
#define INSIDE_TOL_CM 0.5f

#define VIOLATION(...) do { test_checks_++; test_failures_++; fprintf(stderr, "  bones: "); \
    fprintf(stderr, __VA_ARGS__); fputc('\n', stderr); } while (0)
#define EXPECT(cond, ...) do { if (!(cond)) VIOLATION(__VA_ARGS__); else test_checks_++; } while (0)

static Atlas *atlas;
static bool load_tried;

static Atlas *get_atlas(void)
{
    if (load_tried)
        return atlas;
    load_tried = true;
    static char err[65536];
    atlas = atlas_load(atlas_default_dir(), err, sizeof err);
    if (!atlas)
        fprintf(stderr, "  bones: the atlas does not load:\n%s\n", err);
    return atlas;
}

static const char *vn(int v) { return atlas_view_name((View)v); }
static const char *sn(int s) { return atlas_side_name((Side)s); }

/* 0 inside a polygon of s, else the distance to its nearest edge */
static float to_outline(const Shape *s, Vec2 p)
{
    float best = INFINITY;
    for (int i = 0; i < s->count; i++)
        best = fminf(best, geom_point_polygon_distance(p, s->polys[i].pts, s->polys[i].n));
    return best;
}

static float to_lines(const Shape *s, Vec2 p)
{
    float best = INFINITY;
    for (int i = 0; i < s->count; i++)
        for (int k = 0; k + 1 < s->polys[i].n; k++)
            best = fminf(best, geom_point_segment_distance(p, s->polys[i].pts[k], s->polys[i].pts[k + 1]));
    return best;
}

/* How far p is from what the bone draws in one view: inside or on an outline, or on a line. */
static float to_bone(const AtlasBone *b, Side s, View v, Vec2 p)
{
    return fminf(to_outline(&b->outline[s][v], p), to_lines(&b->lines[s][v], p));
}

static bool bone_drawn(const AtlasBone *b, Side s, View v)
{
    return b->outline[s][v].count > 0 || b->lines[s][v].count > 0;
}

static void test_loads(void)
{
    CHECK_MSG(get_atlas() != NULL, "the atlas must load (errors above)");
}

/* The bones issue 13 names, each with the landmarks a student finds on it. */
static void test_bones_present(void)
{
    if (!get_atlas()) return;
    static const struct { const char *bone, *landmarks[4]; } wanted[] = {
        {"scapula", {"scapula_superior_angle", "scapula_inferior_angle", "scapula_medial_border", "coracoid"}},
        {"scapular_spine", {"scapular_spine_root", "acromion"}},
        {"clavicle", {"clavicle_mid"}},
        {"hip_bone", {"iliac_crest", "asis", "psis"}},
        {"sacrum", {"sacrum", "coccyx_tip"}},
        {"femur", {"greater_trochanter"}},
        {"ribs", {"costal_margin"}},
        {"patella", {"patella"}},
        {"tibia", {"tibial_crest", "tibial_tuberosity", "medial_malleolus"}},
        {"fibula", {"fibular_head", "lateral_malleolus"}},
    };
    for (size_t i = 0; i < sizeof wanted / sizeof wanted[0]; i++) {
        const AtlasBone *b = atlas_bone(atlas, wanted[i].bone);
        EXPECT(b != NULL, "bones.lua: no bone '%s'", wanted[i].bone);
        for (int k = 0; b && k < 4 && wanted[i].landmarks[k]; k++) {
            bool has = false;
            for (int j = 0; j < b->nlandmarks; j++)
                has = has || !strcmp(b->landmarks[j], wanted[i].landmarks[k]);
            EXPECT(has, "bones.lua:%d: bone '%s' should carry the landmark '%s'", b->line, b->id, wanted[i].landmarks[k]);
        }
    }
    EXPECT(atlas->nbones >= 10, "%d bones, at least 10 wanted", atlas->nbones);
}

/* Each landmark a bone carries lies on it (within 1 cm) in every view and side that draw both,
 * and in at least one view. */
static void test_bones_through_landmarks(void)
{
    if (!get_atlas()) return;
    for (int i = 0; i < atlas->nbones; i++) {
        const AtlasBone *b = &atlas->bones[i];
        for (int k = 0; k < b->nlandmarks; k++) {
            const AtlasLandmark *l = atlas_landmark(atlas, b->landmarks[k]);
            if (!l) {
                VIOLATION("bones.lua:%d: bone '%s': unknown landmark '%s'", b->line, b->id, b->landmarks[k]);
                continue;
            }
            int checked = 0;
            for (int s = 0; s < SIDE_COUNT; s++)
                for (int v = 0; v < VIEW_COUNT; v++) {
                    if (!l->has[s][v] || !bone_drawn(b, (Side)s, (View)v))
                        continue;
                    Vec2 p = l->at[s][v];
                    float d = to_bone(b, (Side)s, (View)v, p);
                    EXPECT(d <= ON_BONE_CM, "bones.lua:%d: bone '%s', %s side, view '%s': landmark '%s' at (%.1f, %.1f) "
                           "is %.2f cm from the drawing, at most %.1f wanted", b->line, b->id, sn(s), vn(v), l->id,
                           p.x, p.y, d, ON_BONE_CM);
                    checked++;
                }
            EXPECT(checked > 0, "bones.lua:%d: bone '%s' carries '%s' but no view draws both", b->line, b->id, l->id);
        }
    }
}

static void check_points_inside(const Polygon *p, View v, const char *what, int index)
{
    const Shape *sil = &atlas->views[v].silhouette;
    for (int k = 0; k < p->n; k++) {
        float d = to_outline(sil, p->pts[k]);
        if (d > INSIDE_TOL_CM) {
            VIOLATION("%s %d: (%.1f, %.1f) lies %.2f cm outside the silhouette", what, index, p->pts[k].x,
                      p->pts[k].y, d);
            return;
        }
    }
    test_checks_++;
}

static void check_simple(const Polygon *p, const char *what, int index)
{
    for (int i = 0; i < p->n; i++)
        for (int j = i + 2; j < p->n; j++) {
            if (i == 0 && j == p->n - 1)
                continue;
            if (geom_segments_cross(p->pts[i], p->pts[(i + 1) % p->n], p->pts[j], p->pts[(j + 1) % p->n])) {
                VIOLATION("%s %d is not simple near (%.1f, %.1f)", what, index, p->pts[i].x, p->pts[i].y);
                return;
            }
        }
    test_checks_++;
}

static void test_bones_inside_and_simple(void)
{
    if (!get_atlas()) return;
    char what[256];
    for (int i = 0; i < atlas->nbones; i++) {
        const AtlasBone *b = &atlas->bones[i];
        for (int s = 0; s < SIDE_COUNT; s++)
            for (int v = 0; v < VIEW_COUNT; v++) {
                snprintf(what, sizeof what, "bones.lua:%d: bone '%s', %s side, view '%s', outline", b->line, b->id,
                         sn(s), vn(v));
                for (int k = 0; k < b->outline[s][v].count; k++) {
                    check_points_inside(&b->outline[s][v].polys[k], (View)v, what, k + 1);
                    check_simple(&b->outline[s][v].polys[k], what, k + 1);
                }
                snprintf(what, sizeof what, "bones.lua:%d: bone '%s', %s side, view '%s', line", b->line, b->id,
                         sn(s), vn(v));
                for (int k = 0; k < b->lines[s][v].count; k++)
                    check_points_inside(&b->lines[s][v].polys[k], (View)v, what, k + 1);
            }
    }
}

/* Fibre guides lie inside their muscle (each point within 0.5 cm of its outline in the same
 * view and side), and the large muscles of the textbooks' charts have them. */
static void test_fibres(void)
{
    if (!get_atlas()) return;
    for (int i = 0; i < atlas->nmuscles; i++) {
        const AtlasMuscle *m = &atlas->muscles[i];
        for (int s = 0; s < SIDE_COUNT; s++)
            for (int v = 0; v < VIEW_COUNT; v++) {
                const Shape *f = &m->fibres[s][v];
                for (int k = 0; k < f->count; k++) {
                    float worst = 0;
                    Vec2 at = {0, 0};
                    for (int j = 0; j < f->polys[k].n; j++) {
                        float d = to_outline(&m->outline[s][v], f->polys[k].pts[j]);
                        if (d > worst) { worst = d; at = f->polys[k].pts[j]; }
                    }
                    EXPECT(worst <= INSIDE_TOL_CM, "%s:%d: muscle '%s' fibre line %d, %s side, view '%s': (%.1f, %.1f) "
                           "lies %.2f cm outside the outline", m->file, m->line, m->id, k + 1, sn(s), vn(v), at.x, at.y,
                           worst);
                }
            }
    }
    static const char *const large[] = {
        "upper_trapezius", "middle_trapezius", "lower_trapezius", "deltoid", "pectoralis_major", "latissimus_dorsi",
        "gluteus_maximus", "gluteus_medius", "external_oblique", "rectus_femoris", "vastus_lateralis",
        "vastus_medialis", "biceps_femoris", "semitendinosus_semimembranosus", "gastrocnemius",
        "sternocleidomastoid", "masseter", "temporalis",
    };
    for (size_t i = 0; i < sizeof large / sizeof large[0]; i++) {
        const AtlasMuscle *m = atlas_muscle(atlas, large[i]);
        int views = 0;
        for (int v = 0; m && v < VIEW_COUNT; v++)
            views += m->fibres[SIDE_RIGHT][v].count > 0;
        EXPECT(m && views > 0, "muscle '%s' has no fibre lines in any view", large[i]);
    }
}

static void test_unload(void)
{
    atlas_unload(atlas);
    atlas = NULL;
}

TEST_MAIN(T(test_loads), T(test_bones_present), T(test_bones_through_landmarks), T(test_bones_inside_and_simple),
          T(test_fibres), T(test_unload))
