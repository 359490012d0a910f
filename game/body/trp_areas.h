/* trp_areas: the named areas each trigger point's referred pain covers, in words a quiz can
 * filter on ("every trigger point whose pain reaches the knee"). An area counts when the
 * zone (drawn for the subject's right side, in any view) shares at least 1 cm2 of the
 * silhouette with it, the rule `atlas --json` uses for its zone area lists; spillover areas
 * leave out those already in the essential zone. Areas are named without a side ("temple",
 * "anterior knee"). Made once per atlas (a fraction of a second), then read. */
#ifndef TRP_AREAS_H
#define TRP_AREAS_H

#include <stdbool.h>
#include "body/atlas.h"

typedef struct TrpAreaList {
    const AtlasArea **essential; int nessential;   /* the subject's right-side (or midline) areas */
    const AtlasArea **spillover; int nspillover;
} TrpAreaList;

typedef struct TrpAreas TrpAreas;

TrpAreas *trp_areas_new(const Atlas *a);           /* NULL when out of memory */
void trp_areas_free(TrpAreas *t);
/* The areas of trigger point number trp (0-based) of muscle number muscle (0-based). */
const TrpAreaList *trp_areas_of(const TrpAreas *t, int muscle, int trp);
/* The filters of atlas.trigger_points { } and `atlas --list --trps`: each one given must hold. */
typedef struct TrpFilter {
    const AtlasMuscle *muscle;        /* NULL: any */
    const char *region;               /* the muscle's region, NULL: any */
    const char *area;                 /* a word of an essential-zone area (trp_area_matches), NULL: any */
    int view;                         /* a View the trigger point is drawn in, -1: any */
    int frequency;                    /* an AtlasFrequency, -1: any */
} TrpFilter;
#define TRP_FILTER_ANY ((TrpFilter){NULL, NULL, NULL, -1, -1})
/* Does trigger point trp (0-based) of muscle number muscle pass f? */
bool trp_filter_match(const TrpAreas *t, const Atlas *a, int muscle, int trp, const TrpFilter *f);
/* Does any area of the atlas match word? */
bool trp_area_known(const Atlas *a, const char *word);

/* The area's name without a side, lower case: "anterior knee". Points into the atlas label. */
const char *trp_area_word(const AtlasArea *area);
/* Does the area's id or name hold word (or words) as whole words, ignoring case, '_' and
 * punctuation? "knee" matches "anterior_knee" / "Back of the knee", not "kneecap". */
bool trp_area_matches(const AtlasArea *area, const char *word);

#endif
