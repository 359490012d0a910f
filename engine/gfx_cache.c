/* gfx_cache: layers kept between runs. A static picture (a chart's figure) costs tens of
 * milliseconds and an oversampled texture of several MB to draw, and is the same picture
 * every time the game starts. A probe runs the layer's drawing code with every call that
 * would reach the renderer hashed instead (vertices, rectangles, colours, blend modes,
 * clips, clears); the hash, the layer's sizes, the renderer's name, the program file (device,
 * inode, size, mtime) and SDL's version name the picture, so any change in what is drawn or in the code
 * that draws it names another file. A probe that meets a texture (text, an image, another
 * layer) cannot vouch for it and is not cached. A file is used only when its header, size
 * and checksum agree; anything else is drawn again and the file rewritten (written aside,
 * then renamed, so a reader never sees half of one). The folder keeps the most recently used
 * files, at most LAYER_CACHE_FILES of them and LAYER_CACHE_BYTES in all. */
#include "gfx_internal.h"

#include <dirent.h>
#include <math.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#define LAYER_CACHE_FILES 64
#define LAYER_CACHE_BYTES (96L << 20)
#define LAYER_MAGIC "TTLAYER1"

typedef struct LayerHeader {
    char magic[8];
    uint32_t w, h, opaque, reserved;
    uint64_t key[2];
    uint64_t sum;                 /* of the pixels */
} LayerHeader;

/* ---- hashing ---------------------------------------------------------------------- */

static uint64_t mix64(uint64_t x)
{
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdULL;
    x ^= x >> 33;
    x *= 0xc4ceb9fe1a85ec53ULL;
    x ^= x >> 33;
    return x;
}

/* Two 64-bit lanes over 8-byte words (the tail zero-padded), the length folded in. Also fed
 * in pieces (a picture a band at a time): start with the whole length, feed pieces whose
 * lengths are multiples of 8 but for the last, end; the same hash as hash_bytes. */
typedef struct Hash { uint64_t a, b; } Hash;

static Hash hash_start(const uint64_t h[2], size_t n)
{
    return (Hash){h[0] ^ (n * 0x9e3779b97f4a7c15ULL), h[1] + n};
}

static void hash_feed(Hash *s, const void *data, size_t n)
{
    const unsigned char *p = data;
    uint64_t a = s->a, b = s->b;
    while (n >= 8) {
        uint64_t w;
        memcpy(&w, p, 8);
        a = (a ^ w) * 0x100000001b3ULL;
        a = (a << 29) | (a >> 35);
        b = (b + w) * 0xc2b2ae3d27d4eb4fULL;
        b ^= b >> 31;
        p += 8;
        n -= 8;
    }
    if (n) {
        uint64_t w = 0;
        memcpy(&w, p, n);
        a = (a ^ w) * 0x100000001b3ULL;
        b = (b + w) * 0xc2b2ae3d27d4eb4fULL;
    }
    s->a = a;
    s->b = b;
}

static void hash_bytes(uint64_t h[2], const void *data, size_t n)
{
    Hash s = hash_start(h, n);
    hash_feed(&s, data, n);
    h[0] = s.a;
    h[1] = s.b;
}

void gfx_probe_op(Gfx *g, int op, const void *data, size_t n)
{
    uint32_t tag = (uint32_t)op;
    hash_bytes(g->probe->h, &tag, sizeof tag);
    if (n)
        hash_bytes(g->probe->h, data, n);
}

bool gfx_probe_taint(Gfx *g)
{
    if (!g->probe)
        return false;
    g->probe->tainted = true;
    return true;
}

/* The program and the SDL that draw: another build or another SDL draws other pixels. The
 * program is seen twice, /proc/self/exe itself and the file it names (valgrind runs its own
 * binary there and names the program's, so a rebuilt program run under it would otherwise
 * take its previous build's pictures). false when the program file cannot be told (then
 * nothing is kept). */
static bool identity(uint64_t h[2])
{
    static uint64_t id[2];
    static int known;   /* 0 not yet, 1 known, -1 unknown */
    if (!known) {
        char exe[4096];
        ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
        exe[n > 0 ? n : 0] = 0;
        struct stat st, named;
        known = stat("/proc/self/exe", &st) == 0 && n > 0 && stat(exe, &named) == 0 ? 1 : -1;
        if (known > 0) {
            uint64_t f[10] = {(uint64_t)st.st_dev, (uint64_t)st.st_ino, (uint64_t)st.st_size,
                              (uint64_t)st.st_mtim.tv_sec, (uint64_t)st.st_mtim.tv_nsec,
                              (uint64_t)named.st_dev, (uint64_t)named.st_ino, (uint64_t)named.st_size,
                              (uint64_t)named.st_mtim.tv_sec, (uint64_t)named.st_mtim.tv_nsec};
            hash_bytes(id, f, sizeof f);
            SDL_version v;
            SDL_GetVersion(&v);
            hash_bytes(id, &v, sizeof v);
        }
    }
    h[0] ^= mix64(id[0]);
    h[1] ^= mix64(id[1] + 1);
    return known > 0;
}

/* ---- the folder ------------------------------------------------------------------- */

void gfx_layer_cache_dir(Gfx *g, const char *dir)
{
    free(g->cache_dir);
    g->cache_dir = dir && *dir ? strdup(dir) : NULL;
}

static void file_name(const Gfx *g, const uint64_t key[2], char *buf, size_t len)
{
    snprintf(buf, len, "%s/%016llx%016llx.layer", g->cache_dir, (unsigned long long)key[0],
             (unsigned long long)key[1]);
}

/* mkdir -p for the folder (its parents too: ~/.cache may not exist yet). */
static bool make_dir(const char *dir)
{
    char path[4096];
    if (snprintf(path, sizeof path, "%s", dir) >= (int)sizeof path)
        return false;
    for (char *p = path + 1; *p; p++) {
        if (*p != '/')
            continue;
        *p = 0;
        if (mkdir(path, 0700) != 0 && errno != EEXIST)
            return false;
        *p = '/';
    }
    return mkdir(path, 0700) == 0 || errno == EEXIST;
}

typedef struct Entry { char name[64]; struct timespec t; long bytes; } Entry;

static int by_age(const void *a, const void *b)
{
    const Entry *x = a, *y = b;
    if (x->t.tv_sec != y->t.tv_sec)
        return x->t.tv_sec < y->t.tv_sec ? -1 : 1;
    return (x->t.tv_nsec > y->t.tv_nsec) - (x->t.tv_nsec < y->t.tv_nsec);
}

/* Keeps the most recently used files (a hit touches its file) within the limits. */
static void evict(const char *dir)
{
    DIR *d = opendir(dir);
    if (!d)
        return;
    Entry *e = NULL;
    int n = 0, cap = 0;
    struct dirent *de;
    while ((de = readdir(d))) {
        size_t len = strlen(de->d_name);
        if (len < 7 || len >= sizeof e->name || strcmp(de->d_name + len - 6, ".layer"))
            continue;
        char path[4200];
        struct stat st;
        snprintf(path, sizeof path, "%s/%s", dir, de->d_name);
        if (stat(path, &st) != 0)
            continue;
        if (n == cap) {
            Entry *more = realloc(e, sizeof *e * (size_t)(cap = cap ? 2 * cap : 64));
            if (!more)
                break;
            e = more;
        }
        memcpy(e[n].name, de->d_name, len + 1);
        e[n].bytes = (long)st.st_size;
        e[n++].t = st.st_mtim;
    }
    closedir(d);
    long total = 0;
    for (int i = 0; i < n; i++)
        total += e[i].bytes;
    qsort(e, (size_t)n, sizeof *e, by_age);
    for (int i = 0; i < n && (n - i > LAYER_CACHE_FILES || total > LAYER_CACHE_BYTES); i++) {
        char path[4200];
        snprintf(path, sizeof path, "%s/%s", dir, e[i].name);
        unlink(path);
        total -= e[i].bytes;
    }
    free(e);
}

/* ---- probe, load, store ----------------------------------------------------------- */

bool gfx_layer_probe_begin(Gfx *g, GfxLayer *l)
{
    if (!l || !g->cache_dir || g->in_layer || g->probe)
        return false;
    g->probe_state = (GfxProbe){{0x243f6a8885a308d3ULL, 0x13198a2e03707344ULL}, false};
    g->probe = &g->probe_state;
    /* what gfx_layer_begin does, without a target */
    g->prev_w = g->target_w;
    g->prev_h = g->target_h;
    g->prev_scale = g->scale;
    g->in_layer = true;
    g->layer = l;
    l->opaque = false;
    l->band_h = 0;   /* the whole picture is hashed, never a band */
    g->target_w = (float)l->pw;
    g->target_h = (float)l->ph;
    g->scale = l->scale;
    /* the size it is drawn at (gfx_layer_draw's rounding) is part of the picture */
    int32_t sizes[4] = {l->pw, l->ph, (int32_t)roundf(l->w * g->prev_scale), (int32_t)roundf(l->h * g->prev_scale)};
    gfx_probe_op(g, 'L', sizes, sizeof sizes);
    gfx_probe_op(g, 'S', &l->scale, sizeof l->scale);
    /* another renderer (TT_RENDERER=accelerated) rasterises differently */
    SDL_RendererInfo info;
    if (SDL_GetRendererInfo(g->renderer, &info) == 0 && info.name)
        gfx_probe_op(g, 'R', info.name, strlen(info.name));
    gfx_probe_op(g, 'C', g->clips, sizeof *g->clips * (size_t)g->nclips);
    return true;
}

/* Reads the picture named key into a texture of its own (streaming: the file is read
 * straight into its pixels, no second copy) for the layer; false when absent or damaged in
 * any way. */
static bool load(Gfx *g, GfxLayer *l, const uint64_t key[2], int dw, int dh)
{
    char path[4200];
    file_name(g, key, path, sizeof path);
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    LayerHeader hd;
    struct stat st;
    size_t bytes = (size_t)dw * (size_t)dh * 4;
    bool ok = fstat(fd, &st) == 0 && (size_t)st.st_size == sizeof hd + bytes &&
              read(fd, &hd, sizeof hd) == (ssize_t)sizeof hd && !memcmp(hd.magic, LAYER_MAGIC, 8) &&
              hd.w == (uint32_t)dw && hd.h == (uint32_t)dh && hd.key[0] == key[0] && hd.key[1] == key[1];
    /* the layer's last picture is stale either way (a miss draws it anew): let it go first, so
     * two pictures are never held at once */
    if (ok && l->shrunk) {
        SDL_DestroyTexture(l->shrunk);
        l->shrunk = NULL;
        l->shrunk_ok = false;
    }
    /* opaque: without alpha, as the window (gfx_texture.c); the bytes are the same */
    SDL_Texture *t = ok ? SDL_CreateTexture(g->renderer, hd.opaque ? SDL_PIXELFORMAT_RGB888 : SDL_PIXELFORMAT_ARGB8888,
                                            SDL_TEXTUREACCESS_STREAMING, dw, dh)
                        : NULL;
    void *px = NULL;
    int pitch = 0;
    ok = t && SDL_LockTexture(t, NULL, &px, &pitch) == 0;
    if (ok && pitch != dw * 4) {   /* rows with padding: not worth a second path */
        SDL_UnlockTexture(t);
        ok = false;
    }
    for (size_t got = 0; ok && got < bytes;) {
        ssize_t n = read(fd, (char *)px + got, bytes - got);
        if (n < 0 && errno == EINTR)
            continue;
        ok = n > 0;
        got += n > 0 ? (size_t)n : 0;
    }
    close(fd);
    if (px) {
        uint64_t sum[2] = {0, 0};
        if (ok)
            hash_bytes(sum, px, bytes);
        ok = ok && sum[0] == hd.sum;
        SDL_UnlockTexture(t);
    }
    if (!ok) {
        if (t)
            SDL_DestroyTexture(t);
        return false;
    }
    SDL_SetTextureBlendMode(t, SDL_BLENDMODE_BLEND);
    SDL_SetTextureScaleMode(t, SDL_ScaleModeNearest);
    if (l->shrunk)
        SDL_DestroyTexture(l->shrunk);
    if (l->tex)
        SDL_DestroyTexture(l->tex);
    l->tex = NULL;
    l->shrunk = t;   /* only ever copied: gfx_layer_begin makes a new one to draw into */
    l->sw = dw;
    l->sh = dh;
    l->shrunk_ok = true;
    l->opaque = hd.opaque != 0;
    utimensat(AT_FDCWD, path, NULL, 0);   /* recently used: kept by evict */
    return true;
}

bool gfx_layer_probe_end(Gfx *g, GfxLayer *l)
{
    if (!g->probe || g->layer != l)
        return false;
    bool tainted = g->probe->tainted;
    uint64_t key[2] = {g->probe->h[0], g->probe->h[1]};
    bool opaque = l->opaque;
    g->probe = NULL;
    g->in_layer = false;
    g->layer = NULL;
    g->scale = g->prev_scale;
    g->target_w = g->prev_w;
    g->target_h = g->prev_h;
    l->store_armed = false;
    if (tainted)
        return false;
    hash_bytes(key, &opaque, sizeof opaque);
    if (!identity(key))
        return false;
    key[0] = mix64(key[0]);
    key[1] = mix64(key[1] ^ key[0]);
    int dw = (int)roundf(l->w * g->scale), dh = (int)roundf(l->h * g->scale);
    if (dw <= 0 || dh <= 0)
        return false;
    if (load(g, l, key, dw, dh))
        return true;
    /* drawn for real next; stored once shrunk (gfx_texture.c calls gfx_layer_cache_store) */
    l->store_armed = true;
    l->key[0] = key[0];
    l->key[1] = key[1];
    return false;
}

static bool write_all(int fd, const void *data, size_t n)
{
    for (size_t put = 0; put < n;) {
        ssize_t k = write(fd, (const char *)data + put, n - put);
        if (k < 0 && errno == EINTR)
            continue;
        if (k <= 0)
            return false;
        put += (size_t)k;
    }
    return true;
}

/* The picture is read back and written STORE_ROWS rows at a time (an even number: every
 * piece but the last a multiple of 8 bytes for the checksum), not copied whole first. */
#define STORE_ROWS 64

void gfx_layer_cache_store(Gfx *g, GfxLayer *l)
{
    if (!l->store || !l->shrunk_ok || !l->shrunk || !g->cache_dir)
        return;
    l->store = false;
    size_t row = (size_t)l->sw * 4, bytes = row * (size_t)l->sh;
    char path[4200], tmp[4300];
    file_name(g, l->key, path, sizeof path);
    snprintf(tmp, sizeof tmp, "%s.%ld.tmp", path, (long)getpid());
    uint32_t *px = malloc(row * STORE_ROWS);
    int fd = px && make_dir(g->cache_dir) ? open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600) : -1;
    if (fd < 0) {
        free(px);
        return;
    }
    LayerHeader hd = {.w = (uint32_t)l->sw, .h = (uint32_t)l->sh, .opaque = l->opaque,
                      .key = {l->key[0], l->key[1]}};
    memcpy(hd.magic, LAYER_MAGIC, 8);
    uint64_t zero[2] = {0, 0};
    Hash sum = hash_start(zero, bytes);
    SDL_Texture *prev = SDL_GetRenderTarget(g->renderer);
    bool ok = SDL_SetRenderTarget(g->renderer, l->shrunk) == 0 && write_all(fd, &hd, sizeof hd);
    for (int y = 0; ok && y < l->sh; y += STORE_ROWS) {
        SDL_Rect r = {0, y, l->sw, l->sh - y < STORE_ROWS ? l->sh - y : STORE_ROWS};
        ok = SDL_RenderReadPixels(g->renderer, &r, SDL_PIXELFORMAT_ARGB8888, px, (int)row) == 0;
        if (ok) {
            hash_feed(&sum, px, row * (size_t)r.h);
            ok = write_all(fd, px, row * (size_t)r.h);
        }
    }
    SDL_SetRenderTarget(g->renderer, prev);
    gfx_apply_clip(g);
    hd.sum = sum.a;   /* the header again, with the checksum */
    ok = ok && pwrite(fd, &hd, sizeof hd, 0) == (ssize_t)sizeof hd;
    ok = close(fd) == 0 && ok;
    if (ok && rename(tmp, path) == 0)
        evict(g->cache_dir);
    else
        unlink(tmp);
    free(px);
}
