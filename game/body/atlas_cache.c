/* atlas_cache: the loaded atlas kept between runs (atlas_cache.h). The copy is one file:
 * a header (what wrote it: the program file, the Lua library, the layout of the atlas
 * structs; sizes; a checksum), the bytes of every atlas file it was loaded from, then the
 * atlas as one block (its structs, arrays and strings, each pointer stored as an offset in
 * the block). Reading checks the header against this program, compares the file bytes with
 * the ones just read, checks the block's checksum, then turns every offset back into a
 * pointer after checking that what it points to lies inside the block: a damaged or foreign
 * file is never trusted, only ignored. The atlas read is that block, freed at once. */
#define _GNU_SOURCE   /* dladdr: which Lua library this program runs with */
#include "body/atlas_cache.h"
#include "body/atlas_read.h"
#include "store/paths.h"

#include <dlfcn.h>
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define KEPT_MAGIC "TTATLAS1"
#define KEPT_MAX_BLOCK ((uint64_t)256 << 20)
#define KEPT_MAX_SOURCES ((uint64_t)512 << 20)
#define SOURCE_CAP ((size_t)4 << 20)   /* the loader's ATLAS_SOURCE_CAP: larger files are its errors */

typedef struct KeptHeader {
    char magic[8];
    uint64_t program[4];      /* kept_program(): who wrote it */
    uint64_t sources_bytes;   /* the files' section, as sources_pack makes it */
    uint64_t block_bytes;
    uint64_t sum[4];          /* kept_sum() of the block */
} KeptHeader;

/* ---- checksum ------------------------------------------------------------------------ */

/* Four 64-bit lanes over 32-byte strides (the tail zero-padded). Each step of a lane is a
 * bijection of its state, so a change inside one 8-byte word always changes the sum. */
static void kept_sum(const void *data, size_t n, uint64_t sum[4])
{
    static const uint64_t mul[4] = {0x9e3779b97f4a7c15ULL, 0xc2b2ae3d27d4eb4fULL, 0x165667b19e3779f9ULL,
                                    0xff51afd7ed558ccdULL};
    uint64_t h[4] = {n, ~n, n * 3, n * 7};
    const unsigned char *p = data;
    unsigned char tail[32];
    for (size_t at = 0; at < n; at += 32) {
        const unsigned char *q = p + at;
        if (n - at < 32) {
            memset(tail, 0, sizeof tail);
            memcpy(tail, q, n - at);
            q = tail;
        }
        for (int k = 0; k < 4; k++) {
            uint64_t w;
            memcpy(&w, q + 8 * k, 8);
            h[k] = (h[k] ^ w) * mul[k];
            h[k] ^= h[k] >> 29;
        }
    }
    memcpy(sum, h, sizeof h);
}

/* ---- the block: walking every pointer of an atlas -------------------------------------- */

/* SIZE adds up what the pointers reach; COPY copies it into the block (the walk then goes on
 * in the copy); PACK turns the copy's pointers into offsets + 1 (0 stays NULL); UNPACK turns
 * them back into pointers, checking each against the block. */
typedef enum WalkMode { WALK_SIZE, WALK_COPY, WALK_PACK, WALK_UNPACK } WalkMode;

typedef struct Walk {
    WalkMode mode;
    char *base;
    size_t size, used;
    bool bad;                 /* UNPACK: an offset or count that does not fit */
} Walk;

static size_t align8(size_t n) { return (n + 7) & ~(size_t)7; }

/* Visits the pointer stored at field (to n elements of elem bytes) and returns where they
 * are to be walked now (NULL: nowhere). The field is read and written with memcpy, so one
 * function serves every pointer type. */
static void *walk_ptr(Walk *w, void *field, long long n, size_t elem)
{
    void *p;
    memcpy(&p, field, sizeof p);
    if (w->mode == WALK_UNPACK) {
        uintptr_t off = (uintptr_t)p;
        p = NULL;
        if (n < 0 || (off == 0 && n > 0) || (off && ((off - 1) % 8 || off - 1 > w->size ||
                                                    (unsigned long long)n > (w->size - (off - 1)) / elem)))
            w->bad = true;
        else if (off)
            p = w->base + (off - 1);
        memcpy(field, &p, sizeof p);
        return p;
    }
    if (!p)
        return NULL;
    size_t bytes = align8(n > 0 ? (size_t)n * elem : 1);   /* a pointer to nothing stays a pointer */
    if (w->mode == WALK_SIZE) {
        w->used += bytes;
        return p;
    }
    if (w->mode == WALK_COPY) {
        void *q = w->base + w->used;
        memcpy(q, p, (size_t)(n > 0 ? n : 0) * elem);
        w->used += bytes;
        memcpy(field, &q, sizeof q);
        return q;
    }
    uintptr_t off = (uintptr_t)((char *)p - w->base) + 1;   /* PACK */
    memcpy(field, &off, sizeof off);
    return p;
}

static void walk_str(Walk *w, void *field)
{
    char *s;
    memcpy(&s, field, sizeof s);
    if (w->mode != WALK_UNPACK) {
        walk_ptr(w, field, s ? (long long)strlen(s) + 1 : 0, 1);
        return;
    }
    uintptr_t off = (uintptr_t)s;
    s = NULL;
    if (off && ((off - 1) % 8 || off - 1 >= w->size || !memchr(w->base + off - 1, 0, w->size - (off - 1))))
        w->bad = true;
    else if (off)
        s = w->base + off - 1;
    memcpy(field, &s, sizeof s);
}

static void walk_strs(Walk *w, char ***list, int n)
{
    char **l = walk_ptr(w, list, n, sizeof *l);
    for (int i = 0; l && i < n; i++) {
        walk_str(w, &l[i]);
        if (!l[i])
            w->bad = true;   /* lists hold strings only */
    }
}

static void walk_shapes(Walk *w, Shape *sh, int count)
{
    for (int k = 0; k < count; k++) {
        Polygon *p = walk_ptr(w, &sh[k].polys, sh[k].count, sizeof *p);
        for (int i = 0; p && i < sh[k].count; i++)
            walk_ptr(w, &p[i].pts, p[i].n, sizeof *p[i].pts);
    }
}

#define SIDED (SIDE_COUNT * VIEW_COUNT)

static void walk_palpation(Walk *w, AtlasPalpation *p)
{
    walk_strs(w, &p->landmarks, p->nlandmarks);
    walk_strs(w, &p->steps, p->nsteps);
    if (w->mode == WALK_COPY)
        p->first = NULL;   /* points into the landmarks: found again after reading */
}

static void walk_trp(Walk *w, AtlasTrp *t)
{
    walk_str(w, &t->id);
    walk_str(w, &t->name);
    walk_str(w, &t->note);
    walk_strs(w, &t->disputed, t->ndisputed);
    walk_palpation(w, &t->palp);
    walk_shapes(w, &t->essential[0][0], SIDED);
    walk_shapes(w, &t->spillover[0][0], SIDED);
}

static void walk_muscle(Walk *w, AtlasMuscle *m)
{
    walk_str(w, &m->id);
    walk_str(w, &m->name);
    walk_str(w, &m->region);
    walk_str(w, &m->palpation);
    walk_palpation(w, &m->palp);
    walk_strs(w, &m->sources, m->nsources);
    walk_shapes(w, &m->outline[0][0], SIDED);
    walk_shapes(w, &m->fibres[0][0], SIDED);
    AtlasTrp *t = walk_ptr(w, &m->trps, m->ntrps, sizeof *t);
    for (int i = 0; t && i < m->ntrps; i++)
        walk_trp(w, &t[i]);
    walk_str(w, &m->file);
}

/* Every pointer of the atlas. A field added to these structs must be walked here (the sizes
 * below stop the build until it is). */
static void walk_atlas(Walk *w, Atlas *a)
{
    for (int v = 0; v < VIEW_COUNT; v++) {
        walk_shapes(w, &a->views[v].silhouette, 1);
        walk_shapes(w, &a->views[v].details, 1);
        walk_shapes(w, &a->views[v].arm, 1);
        walk_shapes(w, &a->views[v].arm_details, 1);
    }
    AtlasMuscle *m = walk_ptr(w, &a->muscles, a->nmuscles, sizeof *m);
    for (int i = 0; m && i < a->nmuscles; i++)
        walk_muscle(w, &m[i]);
    AtlasArea *ar = walk_ptr(w, &a->areas, a->nareas, sizeof *ar);
    for (int i = 0; ar && i < a->nareas; i++) {
        walk_str(w, &ar[i].id);
        walk_str(w, &ar[i].name);
        walk_str(w, &ar[i].label);
        walk_shapes(w, ar[i].shape, VIEW_COUNT);
    }
    AtlasLandmark *lm = walk_ptr(w, &a->landmarks, a->nlandmarks, sizeof *lm);
    for (int i = 0; lm && i < a->nlandmarks; i++) {
        walk_str(w, &lm[i].id);
        walk_str(w, &lm[i].name);
    }
    AtlasBone *b = walk_ptr(w, &a->bones, a->nbones, sizeof *b);
    for (int i = 0; b && i < a->nbones; i++) {
        walk_str(w, &b[i].id);
        walk_str(w, &b[i].name);
        walk_strs(w, &b[i].landmarks, b[i].nlandmarks);
        walk_shapes(w, &b[i].outline[0][0], SIDED);
        walk_shapes(w, &b[i].lines[0][0], SIDED);
    }
    walk_strs(w, &a->regions, a->nregions);
}

#if UINTPTR_MAX == UINT64_MAX && defined(__x86_64__)
_Static_assert(sizeof(Atlas) == 592 && sizeof(AtlasMuscle) == 680 && sizeof(AtlasTrp) == 768 &&
               sizeof(AtlasArea) == 160 && sizeof(AtlasLandmark) == 168 && sizeof(AtlasBone) == 552 &&
               sizeof(AtlasPalpation) == 48 && sizeof(AtlasView) == 64 && sizeof(Shape) == 16 && sizeof(Polygon) == 16,
               "an atlas struct changed: walk its pointers in walk_atlas (atlas_cache.c), then update these sizes");
#endif

/* A forged block must not hand readers values no load makes: a bool that is neither 0 nor 1
 * (reading it is undefined), an enum a reader indexes an array with out of range, an id
 * missing. Bools are checked as bytes, before anything reads them. */
static bool bools_sane(const void *p, size_t n)
{
    const unsigned char *b = p;
    for (size_t i = 0; i < n; i++)
        if (b[i] > 1)
            return false;
    return true;
}

static bool palpation_sane(const AtlasPalpation *p)
{
    return p->position >= -1 && p->position < POS_COUNT && p->technique >= -1 && p->technique < TECH_COUNT;
}

static bool atlas_sane(const Atlas *a)
{
    if (!bools_sane(&a->kept, sizeof a->kept))
        return false;
    for (int i = 0; i < a->nmuscles; i++) {
        const AtlasMuscle *m = &a->muscles[i];
        if (!bools_sane(m->on_arm, sizeof m->on_arm) || !bools_sane(m->under_arm, sizeof m->under_arm) ||
            !bools_sane(&m->midline, sizeof m->midline) || (unsigned)m->layer >= LAYER_COUNT ||
            !palpation_sane(&m->palp) || !m->id || !m->name || !m->region || !m->palpation || !m->file)
            return false;
        for (int k = 0; k < m->ntrps; k++) {
            const AtlasTrp *t = &m->trps[k];
            if (!bools_sane(t->under_arm, sizeof t->under_arm) || !bools_sane(t->has_at, sizeof t->has_at) ||
                (unsigned)t->frequency >= FREQ_COUNT || !palpation_sane(&t->palp) || !t->id || !t->name)
                return false;
        }
    }
    for (int i = 0; i < a->nareas; i++) {
        const AtlasArea *ar = &a->areas[i];
        if (!bools_sane(&ar->midline, sizeof ar->midline) || !bools_sane(&ar->arm, sizeof ar->arm) ||
            (unsigned)ar->side >= SIDE_COUNT || !ar->id || !ar->name || !ar->label)
            return false;
    }
    for (int i = 0; i < a->nlandmarks; i++)
        if (!bools_sane(&a->landmarks[i].arm, sizeof a->landmarks[i].arm) ||
            !bools_sane(a->landmarks[i].has, sizeof a->landmarks[i].has) || !a->landmarks[i].id ||
            !a->landmarks[i].name)
            return false;
    for (int i = 0; i < a->nbones; i++)
        if (!bools_sane(&a->bones[i].midline, sizeof a->bones[i].midline) || !a->bones[i].id || !a->bones[i].name)
            return false;
    return true;
}

/* ---- identity of this program ----------------------------------------------------------- */

static void hash_stat(const char *path, uint64_t *f)
{
    struct stat st;
    if (path && stat(path, &st) == 0) {
        f[0] = (uint64_t)st.st_dev;
        f[1] = (uint64_t)st.st_ino;
        f[2] = (uint64_t)st.st_size;
        f[3] = (uint64_t)st.st_mtim.tv_sec;
        f[4] = (uint64_t)st.st_mtim.tv_nsec;
    }
}

/* The program file and the Lua library it runs (device, inode, size, modification time),
 * the version, the layout of the structs: any rebuild, update or other build names
 * another writer. The program is seen twice: /proc/self/exe itself and the file it names
 * (a tool such as valgrind runs its own binary and names the program's). false when the
 * program file cannot be seen (replaced while running: "... (deleted)"): nothing is kept. */
static bool kept_program(uint64_t id[4])
{
    static uint64_t known[4];
    static int state;   /* 0 not asked, 1 known, -1 unknown */
    if (!state) {
        uint64_t f[20] = {0};
        char exe[4096];
        ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
        exe[n > 0 ? n : 0] = 0;
        hash_stat("/proc/self/exe", f);
        hash_stat(n > 0 ? exe : NULL, f + 5);
        Dl_info lib;
        hash_stat(dladdr(lua_ident, &lib) ? lib.dli_fname : NULL, f + 10);
        f[15] = sizeof(Atlas) | (uint64_t)sizeof(AtlasMuscle) << 16 | (uint64_t)sizeof(AtlasTrp) << 32;
        f[16] = sizeof(AtlasArea) | (uint64_t)sizeof(AtlasBone) << 16 | (uint64_t)sizeof(AtlasLandmark) << 32 |
                (uint64_t)sizeof(Vec2) << 48;
        char version[24] = TT_VERSION;
        memcpy(&f[17], version, sizeof version);
        kept_sum(f, sizeof f, known);
        state = f[2] && f[7] ? 1 : -1;
    }
    memcpy(id, known, sizeof known);
    return state > 0;
}

/* ---- the files ------------------------------------------------------------------------ */

static bool source_read(const char *dir, const char *rel, bool required, AtlasFile *out)
{
    char path[1400];
    snprintf(out->rel, sizeof out->rel, "%s", rel);
    snprintf(path, sizeof path, "%s/%s", dir, rel);
    FILE *f = fopen(path, "rb");
    if (!f)
        return !required && errno == ENOENT;   /* an absent optional file is part of the key */
    struct stat st;
    bool ok = fstat(fileno(f), &st) == 0 && S_ISREG(st.st_mode) && st.st_size >= 0 && (size_t)st.st_size <= SOURCE_CAP;
    size_t want = ok ? (size_t)st.st_size : 0;
    out->text = ok ? malloc(want + 2) : NULL;
    /* one more byte than fstat said: a file that grew since is left to the loader */
    ok = out->text && fread(out->text, 1, want + 1, f) == want && !ferror(f);
    fclose(f);
    if (!ok)
        return false;
    out->text[want] = 0;
    out->len = want;
    return true;
}

void atlas_sources_free(AtlasSources *s)
{
    for (int i = 0; i < s->n; i++)
        free(s->files[i].text);
    free(s->files);
    s->files = NULL;
    s->n = 0;
}

bool atlas_sources_read(const char *dir, AtlasSources *s)
{
    memset(s, 0, sizeof *s);
    char mdir[1100], **names = NULL;
    int n = 0;
    snprintf(mdir, sizeof mdir, "%s/muscles", dir);
    if (atlas_lua_files(mdir, &names, &n) != 0)
        return false;
    s->files = calloc((size_t)n + 3, sizeof *s->files);
    bool ok = s->files != NULL;
    if (ok) {
        static const char *const top[] = {"body.lua", "areas.lua", "bones.lua"};
        for (int i = 0; i < 3 && ok; i++)
            ok = source_read(dir, top[i], i == 0, &s->files[s->n++]);
        for (int i = 0; i < n && ok; i++) {
            char rel[300];
            snprintf(rel, sizeof rel, "muscles/%s", names[i]);
            ok = strlen(rel) < sizeof s->files[0].rel && source_read(dir, rel, true, &s->files[s->n++]);
        }
    }
    for (int i = 0; i < n; i++)
        free(names[i]);
    free(names);
    if (!ok)
        atlas_sources_free(s);
    return ok;
}

const AtlasFile *atlas_sources_find(const AtlasSources *s, const char *rel)
{
    for (int i = 0; s && i < s->n; i++)
        if (!strcmp(s->files[i].rel, rel))
            return &s->files[i];
    return NULL;
}

/* The files' section: per file its name's length, whether present, its length, the name
 * and the bytes, each part padded to 8 (same_files reads it back). */
static char *sources_pack(const AtlasSources *s, size_t *len)
{
    size_t n = 0;
    for (int i = 0; i < s->n; i++)
        n += 16 + align8(strlen(s->files[i].rel)) + align8(s->files[i].len);
    char *buf = calloc(n ? n : 1, 1), *p = buf;
    for (int i = 0; buf && i < s->n; i++) {
        const AtlasFile *f = &s->files[i];
        uint32_t head[2] = {(uint32_t)strlen(f->rel), f->text != NULL};
        uint64_t bytes = f->len;
        memcpy(p, head, 8);
        memcpy(p + 8, &bytes, 8);
        memcpy(p + 16, f->rel, head[0]);
        p += 16 + align8(head[0]);
        if (f->text)
            memcpy(p, f->text, f->len);
        p += align8(f->len);
    }
    *len = n;
    return buf;
}

/* ---- reading and writing the copy -------------------------------------------------------- */

const char *atlas_cache_path(const char *dir, char *buf, size_t len)
{
    const char *cache = paths_layer_cache_dir();
    uint64_t id[4], h[4];
    if (!cache || !*cache || !kept_program(id))
        return NULL;
    kept_sum(dir, strlen(dir), h);
    int n = snprintf(buf, len, "%s/atlas-%016llx.kept", cache, (unsigned long long)(h[0] ^ h[2]));
    return n > 0 && (size_t)n < len ? buf : NULL;
}

/* Reads exactly n bytes of f into buf (n <= its size). */
static bool read_all(FILE *f, void *buf, size_t n)
{
    return fread(buf, 1, n, f) == n;
}

/* Does the next part of the files' section of kept (as sources_pack wrote it) hold file rel
 * of dir with exactly its bytes now? Compared piece by piece: nothing is kept in memory. */
static bool same_file(FILE *kept, const char *dir, const char *rel, bool required, uint64_t *left)
{
    char a[16384], b[sizeof a], path[1400];
    uint32_t head[2];
    uint64_t len;
    size_t rl = strlen(rel);
    if (*left < 16 || !read_all(kept, head, 8) || !read_all(kept, &len, 8) || head[0] != rl || len > *left ||
        align8(rl) > sizeof a || *left - 16 < align8(rl) + align8(len) || !read_all(kept, a, align8(rl)) ||
        memcmp(a, rel, rl))
        return false;
    *left -= 16 + align8(rl) + align8(len);
    snprintf(path, sizeof path, "%s/%s", dir, rel);
    FILE *f = fopen(path, "rb");
    if (!f)
        return !required && errno == ENOENT && !head[1] && !len;
    bool same = head[1] == 1;
    for (uint64_t done = 0; same && done < len;) {
        size_t n = len - done < sizeof a ? (size_t)(len - done) : sizeof a;
        same = read_all(f, a, n) && read_all(kept, b, n) && !memcmp(a, b, n);
        done += n;
    }
    same = same && fread(a, 1, 1, f) == 0 && !ferror(f) && read_all(kept, b, align8(len) - len);   /* its end; padding */
    fclose(f);
    return same;
}

/* Are the files of dir now the ones in kept's section (same names, in the same order)? */
static bool same_files(FILE *kept, const char *dir, uint64_t bytes)
{
    char mdir[1100], **names = NULL;
    int n = 0;
    snprintf(mdir, sizeof mdir, "%s/muscles", dir);
    if (atlas_lua_files(mdir, &names, &n) != 0)
        return false;
    bool same = same_file(kept, dir, "body.lua", true, &bytes) && same_file(kept, dir, "areas.lua", false, &bytes) &&
                same_file(kept, dir, "bones.lua", false, &bytes);
    for (int i = 0; i < n; i++) {
        char rel[300];
        snprintf(rel, sizeof rel, "muscles/%s", names[i]);
        same = same && strlen(rel) < sizeof ((AtlasFile *)0)->rel && same_file(kept, dir, rel, true, &bytes);
        free(names[i]);
    }
    free(names);
    return same && bytes == 0;
}

Atlas *atlas_cache_read(const char *path, const char *dir)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    KeptHeader h;
    uint64_t id[4], sum[4];
    struct stat st;
    char *block = NULL;
    bool ok = fstat(fileno(f), &st) == 0 && read_all(f, &h, sizeof h) && !memcmp(h.magic, KEPT_MAGIC, 8) &&
              kept_program(id) && !memcmp(h.program, id, sizeof id) && h.sources_bytes <= KEPT_MAX_SOURCES &&
              h.block_bytes >= sizeof(Atlas) && h.block_bytes <= KEPT_MAX_BLOCK && h.block_bytes % 8 == 0 &&
              (uint64_t)st.st_size == sizeof h + h.sources_bytes + h.block_bytes &&
              same_files(f, dir, h.sources_bytes);
    if (ok) {
        block = malloc(h.block_bytes);
        ok = block && read_all(f, block, h.block_bytes);
    }
    fclose(f);
    if (ok) {
        kept_sum(block, h.block_bytes, sum);
        ok = !memcmp(sum, h.sum, sizeof sum);
    }
    Atlas *a = (Atlas *)block;
    if (ok) {
        Walk w = {.mode = WALK_UNPACK, .base = block, .size = h.block_bytes};
        walk_atlas(&w, a);
        ok = !w.bad && atlas_sane(a) && a->kept;
    }
    if (!ok) {
        free(block);
        return NULL;
    }
    atlas_palpation_resolve(a);
    return a;
}

static bool write_all(FILE *f, const void *buf, size_t n)
{
    return fwrite(buf, 1, n, f) == n;
}

/* mkdir -p: ~/.cache may not exist yet */
static void make_dir(const char *dir)
{
    char path[4096];
    if (snprintf(path, sizeof path, "%s", dir) >= (int)sizeof path)
        return;
    for (char *p = path + 1; *p; p++)
        if (*p == '/') {
            *p = 0;
            mkdir(path, 0700);
            *p = '/';
        }
    mkdir(path, 0700);
}

void atlas_cache_write(const char *path, const AtlasSources *s, const Atlas *a)
{
    KeptHeader h;
    memset(&h, 0, sizeof h);
    memcpy(h.magic, KEPT_MAGIC, 8);
    if (!kept_program(h.program))
        return;
    Walk w = {.mode = WALK_SIZE, .used = align8(sizeof *a)};
    walk_atlas(&w, (Atlas *)a);   /* SIZE reads only */
    size_t src_len;
    char *src = sources_pack(s, &src_len), *block = calloc(w.used, 1);
    if (src && block) {
        Atlas *c = (Atlas *)block;
        *c = *a;
        c->kept = true;
        w = (Walk){.mode = WALK_COPY, .base = block, .used = align8(sizeof *a)};
        walk_atlas(&w, c);
        w = (Walk){.mode = WALK_PACK, .base = block, .size = w.used};
        walk_atlas(&w, c);
        h.sources_bytes = src_len;
        h.block_bytes = w.size;
        kept_sum(block, w.size, h.sum);

        char dir[4096], tmp[4200];
        snprintf(dir, sizeof dir, "%s", path);
        char *slash = strrchr(dir, '/');
        if (slash) {
            *slash = 0;
            make_dir(dir);
        }
        snprintf(tmp, sizeof tmp, "%s.%ld.tmp", path, (long)getpid());
        FILE *f = fopen(tmp, "wb");
        bool ok = f && write_all(f, &h, sizeof h) && write_all(f, src, src_len) && write_all(f, block, w.size);
        if (f && fclose(f) != 0)
            ok = false;
        if (!ok || rename(tmp, path) != 0)
            unlink(tmp);
    }
    free(src);
    free(block);
}

bool atlas_cache_reseal(const char *path)
{
    FILE *f = fopen(path, "r+b");
    KeptHeader h;
    bool ok = f && read_all(f, &h, sizeof h) && h.block_bytes <= KEPT_MAX_BLOCK && h.sources_bytes <= KEPT_MAX_SOURCES;
    char *block = ok ? malloc(h.block_bytes ? h.block_bytes : 1) : NULL;
    ok = block && fseek(f, (long)(sizeof h + h.sources_bytes), SEEK_SET) == 0 && read_all(f, block, h.block_bytes);
    if (ok) {
        kept_sum(block, h.block_bytes, h.sum);
        ok = fseek(f, 0, SEEK_SET) == 0 && write_all(f, &h, sizeof h);
    }
    free(block);
    if (f && fclose(f) != 0)
        ok = false;
    return ok;
}
