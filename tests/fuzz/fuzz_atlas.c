/* fuzz_atlas: atlas loading with Lua table source in. A scratch atlas folder holds copies
 * of the real body.lua and areas.lua; the input replaces one file: body.lua when it starts
 * with "--body" or "-- body.lua" (the real file's first line, so assets/atlas itself seeds
 * the fuzzer), areas.lua likewise with "--areas" / "-- areas.lua", else muscles/fuzz.lua. Loading
 * must either succeed or fail with a "file:line: message" text, and a loaded atlas must
 * answer its lookups. */
#include "fuzz_common.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);

static char *body_src, *areas_src;
static size_t body_len, areas_len;

static char *slurp(const char *dir, const char *name, size_t *len)
{
    char path[512];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *f = fopen(path, "rb");
    if (!f) { perror(path); abort(); }
    char *buf = malloc(1 << 22);
    if (!buf) abort();
    *len = fread(buf, 1, (1 << 22) - 1, f);
    fclose(f);
    return buf;
}

static void free_sources(void)
{
    free(body_src);
    free(areas_src);
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    const char *real = atlas_default_dir();
    body_src = slurp(real, "body.lua", &body_len);
    areas_src = slurp(real, "areas.lua", &areas_len);
    atexit(free_sources);
    char path[256];
    snprintf(path, sizeof path, "%s/muscles", fuzz_dir());
    if (mkdir(path, 0755) != 0) { perror(path); abort(); }
    return 0;
}

static bool starts(const uint8_t *data, size_t size, const char *prefix)
{
    size_t n = strlen(prefix);
    return size >= n && !memcmp(data, prefix, n);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    bool body = starts(data, size, "--body") || starts(data, size, "-- body.lua");
    bool areas = starts(data, size, "--areas") || starts(data, size, "-- areas.lua");
    fuzz_write("body.lua", body ? (const void *)data : body_src, body ? size : body_len);
    fuzz_write("areas.lua", areas ? (const void *)data : areas_src, areas ? size : areas_len);
    fuzz_write("muscles/fuzz.lua", body || areas ? (const void *)"return { muscles = {} }\n" : data,
               body || areas ? 24 : size);
    char err[4096] = "";
    Atlas *a = atlas_load(fuzz_dir(), err, sizeof err);
    if (!a) {
        if (!err[0] || !strchr(err, ':')) abort();   /* a failure always says where */
        return 0;
    }
    for (int i = 0; i < a->nmuscles; i++) {
        const AtlasMuscle *m = &a->muscles[i];
        if (atlas_muscle(a, m->id) != m) abort();
        for (int t = 0; t < m->ntrps; t++) {
            const AtlasMuscle *owner = NULL;
            if (atlas_trp(a, m->trps[t].id, &owner) != &m->trps[t] || owner != m) abort();
        }
        atlas_suggest_muscle(a, m->id);
    }
    atlas_unload(a);
    return 0;
}
