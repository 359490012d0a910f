/* symptom: "where does it hurt?" Ranks the muscles whose referred-pain zones overlap a
 * painted region of one view. Pure: no drawing, no I/O. */
#ifndef SYMPTOM_H
#define SYMPTOM_H

#include "body/atlas.h"
#include "body/bodygrid.h"

typedef struct SymptomHit {
    const AtlasMuscle *muscle;
    const AtlasTrp *trp;      /* the trigger point that explains the pain best */
    Side side;
    float score;              /* 0..1: share of the painted pain the zones explain, essential full weight */
} SymptomHit;

/* Fills out with up to max hits, best first; returns the count (0 when nothing is painted
 * or nothing overlaps). The best trigger point of each muscle counts, once per muscle. */
int symptom_rank(const Atlas *a, View v, const BodyGrid *paint, SymptomHit *out, int max);

#endif
