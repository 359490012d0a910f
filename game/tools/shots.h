/* shots: the one list of scenes `shot` can draw, each set up with sample data. */
#ifndef SHOTS_H
#define SHOTS_H

#include "screens/game.h"

typedef struct ShotEntry {
    const char *name;            /* "title", "menu", "chart:" (prefix takes an argument) */
    const char *summary;
    Scene *(*make)(Game *g, const char *arg);
} ShotEntry;
const ShotEntry *shot_entries(int *count);
/* The entry for "name" or "prefix:arg" (arg set to the part after the colon). */
const ShotEntry *shot_find(const char *scene, const char **arg);

#endif
