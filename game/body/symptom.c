/* symptom: ranking by overlap on the body grid. For each trigger point and side, the
 * painted cells inside its essential zone count fully and those inside only its spillover
 * zone count half; the score is that sum over the painted cells, so a muscle whose pattern
 * explains all of the pain and nothing less scores 1. Ties go to the larger essential
 * overlap. */
#include "body/symptom.h"

#include <stdlib.h>
#include <string.h>

static int cmp_hits(const void *a, const void *b)
{
    const SymptomHit *x = a, *y = b;
    if (x->score != y->score)
        return x->score < y->score ? 1 : -1;
    return strcmp(x->muscle->id, y->muscle->id);
}

int symptom_rank(const Atlas *a, View v, const BodyGrid *paint, SymptomHit *out, int max)
{
    int painted = bodygrid_count(paint);
    if (painted == 0 || max <= 0)
        return 0;
    BodyGrid *ess = malloc(sizeof *ess), *spill = malloc(sizeof *spill);
    SymptomHit *all = calloc((size_t)a->nmuscles + 1, sizeof *all);
    int n = 0;
    if (!ess || !spill || !all)
        goto done;
    for (int i = 0; i < a->nmuscles; i++) {
        const AtlasMuscle *m = &a->muscles[i];
        SymptomHit best = {0};
        for (int t = 0; t < m->ntrps; t++)
            for (int s = 0; s < SIDE_COUNT; s++) {
                const AtlasTrp *trp = &m->trps[t];
                if (trp->essential[s][v].count == 0 && trp->spillover[s][v].count == 0)
                    continue;
                bodygrid_clear(ess);
                bodygrid_fill_shape(ess, &trp->essential[s][v]);
                bodygrid_clear(spill);
                bodygrid_fill_shape(spill, &trp->spillover[s][v]);
                bodygrid_andnot(spill, ess);
                int e = bodygrid_count_and(paint, ess), sp = bodygrid_count_and(paint, spill);
                float score = ((float)e + 0.5f * (float)sp) / (float)painted;
                if (score > best.score) best = (SymptomHit){m, trp, (Side)s, score};
            }
        if (best.muscle && best.score > 0.02f)
            all[n++] = best;
    }
    qsort(all, (size_t)n, sizeof *all, cmp_hits);
    if (n > max) n = max;
    memcpy(out, all, sizeof *out * (size_t)n);
done:
    free(ess);
    free(spill);
    free(all);
    return n;
}
