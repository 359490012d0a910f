/* Symptom search on the real atlas: painting a trigger point's essential zone ranks its
 * muscle first (or tied first); painting nothing finds nothing. */
#include "test.h"
#include "body/symptom.h"

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

TEST_MAIN(T(test_zone_ranks_its_muscle))
