/* fuzz_common: helpers shared by the fuzz targets (tests/fuzz/fuzz_*.c): a private scratch
 * folder per process (removed at exit), writing an input there as a file, and the real
 * atlas loaded once. Each target includes this file once; everything is static. */
#ifndef FUZZ_COMMON_H
#define FUZZ_COMMON_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "body/atlas.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static char fuzz_dir_[128];
static Atlas *fuzz_atlas_;

static inline void fuzz_cleanup_(void)
{
    atlas_unload(fuzz_atlas_);
    fuzz_atlas_ = NULL;
    if (fuzz_dir_[0]) {
        char cmd[200];
        snprintf(cmd, sizeof cmd, "rm -rf '%s'", fuzz_dir_);
        if (system(cmd) != 0) fprintf(stderr, "fuzz: could not remove %s\n", fuzz_dir_);
    }
}

/* The scratch folder, made on first use; aborts when it cannot be made (no point going on). */
static inline const char *fuzz_dir(void)
{
    if (!fuzz_dir_[0]) {
        snprintf(fuzz_dir_, sizeof fuzz_dir_, "/tmp/tt_fuzz_XXXXXX");
        if (!mkdtemp(fuzz_dir_)) { perror("fuzz: mkdtemp"); abort(); }
        atexit(fuzz_cleanup_);
    }
    return fuzz_dir_;
}

/* Writes data to fuzz_dir()/rel (sub-folders must exist); aborts on failure. */
static inline void fuzz_write(const char *rel, const void *data, size_t size)
{
    char path[256];
    snprintf(path, sizeof path, "%s/%s", fuzz_dir(), rel);
    FILE *f = fopen(path, "wb");
    if (!f) {   /* the machine's /tmp cleaners may take the folder away during a long run */
        mkdir(fuzz_dir(), 0700);
        f = fopen(path, "wb");
    }
    if (!f || (size && fwrite(data, 1, size, f) != size) || fclose(f) != 0) {
        perror(path);
        abort();
    }
}

/* The real atlas (assets/atlas), loaded once; aborts when it does not load. */
static inline const Atlas *fuzz_atlas(void)
{
    if (!fuzz_atlas_) {
        char err[1024];
        fuzz_dir();   /* registers the cleanup */
        fuzz_atlas_ = atlas_load(atlas_default_dir(), err, sizeof err);
        if (!fuzz_atlas_) { fprintf(stderr, "fuzz: the atlas does not load: %s\n", err); abort(); }
    }
    return fuzz_atlas_;
}

#endif
