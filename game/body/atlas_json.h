/* atlas_json: the whole atlas as one JSON document (`trigger-trainer atlas --json`), in
 * body space, with the area labels each referred-pain zone overlaps. */
#ifndef ATLAS_JSON_H
#define ATLAS_JSON_H

#include <jansson.h>
#include "body/atlas.h"

/* A zone "overlaps" an area when they share at least this much of the silhouette. */
#define ATLAS_JSON_MIN_OVERLAP_CM2 1.0f

/* New JSON object (caller json_decref's it), or NULL when out of memory. */
json_t *atlas_json(const Atlas *a);

#endif
