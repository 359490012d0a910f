/* Symptom search on the real atlas: painting a trigger point's essential zone ranks its
 * muscle first (or tied first); painting nothing finds nothing. */
#include "test.h"
#include "body/symptom.h"

#include <stdio.h>
#include <stdlib.h>

static Atlas *load(void)
{
    char err[512];
    Atlas *a = atlas_load(atlas_default_dir(), err, sizeof err);
    CHECK_MSG(a != NULL, "%s", err);
    return a;
}

static void test_zone_ranks_its_muscle(void)
{
    Atlas *a = load();
    if (!a) return;
    BodyGrid *paint = malloc(sizeof *paint);
    int checked = 0, first = 0;
    for (int i = 0; i < a->nmuscles; i++) {
        const AtlasMuscle *m = &a->muscles[i];
        for (int v = 0; v < VIEW_COUNT && m->ntrps; v++) {
            const Shape *z = &m->trps[0].essential[SIDE_RIGHT][v];
            if (z->count == 0)
                continue;
            bodygrid_clear(paint);
            bodygrid_fill_shape(paint, z);
            SymptomHit hits[8];
            int n = symptom_rank(a, (View)v, paint, hits, 8);
            checked++;
            /* another muscle may refer to exactly the same place; ours must score as well */
            for (int k = 0; k < n; k++)
                if (hits[k].muscle == m && hits[k].score >= hits[0].score - 1e-6f) { first++; break; }
            break;
        }
    }
    CHECK(checked > 10);
    CHECK_MSG(first == checked, "%d of %d muscles rank first for their own zone", first, checked);
    bodygrid_clear(paint);
    SymptomHit h[4];
    CHECK(symptom_rank(a, VIEW_POSTERIOR, paint, h, 4) == 0);
    free(paint);
    atlas_unload(a);
}

/* Symptom search in the regional views (sole, inner leg, palm, back of the hand): painting a
 * muscle's first essential zone there finds the muscle among the first five (several muscles
 * refer to the heel or the sole; they rank with it), and the classic ones first. */
static void test_regional_views(void)
{
    Atlas *a = load();
    if (!a) return;
    BodyGrid *paint = malloc(sizeof *paint);
    int checked = 0, found = 0;
    for (int v = VIEW_FOOT_PLANTAR; v <= VIEW_HAND_DORSAL; v++)
        for (int i = 0; i < a->nmuscles; i++) {
            const AtlasMuscle *m = &a->muscles[i];
            for (int t = 0; t < m->ntrps; t++) {
                const Shape *z = &m->trps[t].essential[SIDE_RIGHT][v];
                if (z->count == 0)
                    continue;
                bodygrid_clear(paint);
                bodygrid_fill_shape(paint, z);
                SymptomHit hits[5];
                int n = symptom_rank(a, (View)v, paint, hits, 5);
                bool in = false;
                for (int k = 0; k < n; k++)
                    in = in || hits[k].muscle == m;
                checked++;
                found += in;
                if (!in)
                    fprintf(stderr, "  %s in view %s: %s not among the first %d\n", m->trps[t].id,
                            atlas_view_name((View)v), m->id, n);
                break;   /* one zone per muscle and view keeps the test quick */
            }
        }
    fprintf(stderr, "  %d regional zones searched\n", checked);
    CHECK_MSG(checked >= 25, "only %d regional zones", checked);
    CHECK_MSG(found == checked, "%d of %d regional zones find their muscle", found, checked);
    /* named cases: the instep finds the gastrocnemius, the palm of the middle finger the FDS */
    static const struct { const char *trp; View v; } named[] = {
        {"gastrocnemius_1", VIEW_FOOT_PLANTAR}, {"soleus_1", VIEW_FOOT_PLANTAR},
        {"flexor_digitorum_superficialis_1", VIEW_HAND_PALMAR},
        {"extensor_digitorum_middle", VIEW_HAND_DORSAL},
    };
    for (size_t i = 0; i < sizeof named / sizeof named[0]; i++) {
        const AtlasMuscle *m = NULL;
        const AtlasTrp *tp = atlas_trp(a, named[i].trp, &m);
        CHECK_MSG(tp && tp->essential[SIDE_RIGHT][named[i].v].count, "%s has no zone in %s", named[i].trp,
                  atlas_view_name(named[i].v));
        if (!tp || !tp->essential[SIDE_RIGHT][named[i].v].count)
            continue;
        bodygrid_clear(paint);
        bodygrid_fill_shape(paint, &tp->essential[SIDE_RIGHT][named[i].v]);
        SymptomHit hits[5];
        int n = symptom_rank(a, named[i].v, paint, hits, 5);
        bool in = false;
        for (int k = 0; k < n; k++)
            in = in || hits[k].muscle == m;
        CHECK_MSG(in, "%s's zone in %s does not find %s", named[i].trp, atlas_view_name(named[i].v), m->id);
    }
    free(paint);
    atlas_unload(a);
}

TEST_MAIN(T(test_zone_ranks_its_muscle), T(test_regional_views))
