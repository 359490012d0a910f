/* atlas_cache: the loaded atlas kept between runs (private to game/body; atlas_load uses it).
 * A load runs every file through Lua and checks every field: the same answer each time the
 * files have the same bytes. The kept copy is named by the atlas folder and used only when it
 * was written by this very program (file identity, Lua library, layout) from files with
 * exactly the bytes read now; anything else (a changed byte, a file added or removed, a
 * damaged or foreign copy) is ignored, the files are loaded and the copy written again. */
#ifndef ATLAS_CACHE_H
#define ATLAS_CACHE_H

#include <stdbool.h>
#include <stddef.h>
#include "body/atlas.h"

/* The files of an atlas folder as read at the start of a load: the loader runs these bytes
 * (so what is kept is what they give) and the kept copy is compared with them. */
typedef struct AtlasFile {
    char rel[256];            /* "body.lua", "muscles/arm.lua" */
    char *text; size_t len;   /* NUL-terminated; NULL when absent (areas.lua, bones.lua) */
} AtlasFile;
typedef struct AtlasSources { AtlasFile *files; int n; } AtlasSources;

/* Reads body.lua, areas.lua, bones.lua and muscles/NAME.lua (sorted) of dir. false (nothing
 * kept) when any of them cannot be read as the loader would read it: then the loader reads
 * the files itself and reports why. */
bool atlas_sources_read(const char *dir, AtlasSources *s);
void atlas_sources_free(AtlasSources *s);
const AtlasFile *atlas_sources_find(const AtlasSources *s, const char *rel);

/* The kept copy for atlas folder dir: paths_layer_cache_dir()/atlas-HASH.kept. NULL when
 * nothing is kept ($TT_CACHE_DIR empty, no cache folder, the program's identity unknown). */
const char *atlas_cache_path(const char *dir, char *buf, size_t len);

/* The atlas kept at path when the files of dir have exactly the bytes it was loaded from,
 * or NULL (absent, stale, damaged). */
Atlas *atlas_cache_read(const char *path, const char *dir);
/* Keeps a (loaded from exactly these files) at path: written aside, then renamed. Failing to
 * write is not an error (the next load loads the files). */
void atlas_cache_write(const char *path, const AtlasSources *s, const Atlas *a);

/* For tests: recomputes the checksum of a kept copy whose block was changed, so that a
 * damaged block the checksum would catch reaches the offset checks. false if it cannot. */
bool atlas_cache_reseal(const char *path);

#endif
