/* The atlas kept between runs (game/body/atlas_cache.c) on a copy of the real atlas in a
 * temporary folder: a kept atlas is the loaded one (the whole JSON document and the fields it
 * does not show); any changed byte, an added or removed file, another program or layout
 * misses and the copy is written again; a damaged copy (truncated, garbage, bytes flipped,
 * even with its checksum made right again) is ignored, never trusted, and rewritten; a broken
 * atlas gives the same messages with or without a copy; TT_CACHE_DIR empty keeps nothing. */
#include "test.h"
#include "body/atlas.h"
#include "body/atlas_cache.h"
#include "body/atlas_json.h"

#include <dirent.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

static char root[64], atlas_dir[128], cache_dir[128], kept_path[4200];
static char err[16384];

static char *read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *buf = malloc((size_t)n + 1);
    if (buf && fread(buf, 1, (size_t)n, f) != (size_t)n) {
        free(buf);
        buf = NULL;
    }
    fclose(f);
    if (buf)
        buf[n] = 0;
    *len = (size_t)n;
    return buf;
}

static void write_file(const char *path, const char *text, size_t len)
{
    FILE *f = fopen(path, "wb");
    CHECK_MSG(f != NULL, "cannot write %s", path);
    if (f) {
        fwrite(text, 1, len, f);
        fclose(f);
    }
}

static void copy_file(const char *from, const char *to)
{
    size_t n;
    char *text = read_file(from, &n);
    CHECK_MSG(text != NULL, "cannot read %s", from);
    if (text)
        write_file(to, text, n);
    free(text);
}

/* assets/atlas copied to atlas_dir */
static void copy_atlas(void)
{
    char from[512], to[512];
    mkdir(atlas_dir, 0700);
    snprintf(to, sizeof to, "%s/muscles", atlas_dir);
    mkdir(to, 0700);
    static const char *const top[] = {"body.lua", "areas.lua", "bones.lua"};
    for (int i = 0; i < 3; i++) {
        snprintf(from, sizeof from, "assets/atlas/%s", top[i]);
        snprintf(to, sizeof to, "%s/%s", atlas_dir, top[i]);
        copy_file(from, to);
    }
    DIR *d = opendir("assets/atlas/muscles");
    CHECK(d != NULL);
    for (struct dirent *e; d && (e = readdir(d));) {
        if (e->d_name[0] == '.')
            continue;
        snprintf(from, sizeof from, "assets/atlas/muscles/%s", e->d_name);
        snprintf(to, sizeof to, "%s/muscles/%s", atlas_dir, e->d_name);
        copy_file(from, to);
    }
    if (d)
        closedir(d);
}

static Atlas *load(void)
{
    return atlas_load(atlas_dir, err, sizeof err);
}

/* Loads with nothing kept (TT_CACHE_DIR empty), as the loader always did. */
static Atlas *load_fresh(void)
{
    setenv("TT_CACHE_DIR", "", 1);
    Atlas *a = load();
    setenv("TT_CACHE_DIR", cache_dir, 1);
    return a;
}

static char *doc(const Atlas *a)
{
    json_t *j = atlas_json(a);
    char *s = j ? json_dumps(j, JSON_COMPACT) : NULL;
    json_decref(j);
    return s;
}

/* What the JSON leaves out: lines, the muscles' arm flags, the palpation's first landmark. */
static bool same_extras(const Atlas *a, const Atlas *b)
{
    if (a->nmuscles != b->nmuscles || a->nbones != b->nbones || a->nlandmarks != b->nlandmarks)
        return false;
    for (int i = 0; i < a->nmuscles; i++) {
        const AtlasMuscle *m = &a->muscles[i], *n = &b->muscles[i];
        if (m->line != n->line || strcmp(m->file, n->file) || m->ntrps != n->ntrps ||
            memcmp(m->under_arm, n->under_arm, sizeof m->under_arm) || memcmp(m->on_arm, n->on_arm, sizeof m->on_arm) ||
            (m->palp.first ? !n->palp.first || strcmp(m->palp.first->id, n->palp.first->id) : n->palp.first != NULL))
            return false;
        for (int k = 0; k < m->ntrps; k++) {
            const AtlasTrp *t = &m->trps[k], *u = &n->trps[k];
            if (t->line != u->line || (t->palp.first ? !u->palp.first || strcmp(t->palp.first->id, u->palp.first->id)
                                                     : u->palp.first != NULL))
                return false;
            /* found again in b's own landmarks, not left pointing elsewhere */
            if (u->palp.first && (u->palp.first < b->landmarks || u->palp.first >= b->landmarks + b->nlandmarks))
                return false;
        }
    }
    for (int i = 0; i < a->nbones; i++)
        if (a->bones[i].line != b->bones[i].line)
            return false;
    return true;
}

static bool same_shape(const Shape *x, const Shape *y)
{
    if (x->count != y->count)
        return false;
    for (int i = 0; i < x->count; i++)
        if (x->polys[i].n != y->polys[i].n ||
            memcmp(x->polys[i].pts, y->polys[i].pts, sizeof(Vec2) * (size_t)x->polys[i].n))
            return false;
    return true;
}

static bool same_shapes(const Shape *x, const Shape *y, int n)
{
    for (int i = 0; i < n; i++)
        if (!same_shape(&x[i], &y[i]))
            return false;
    return true;
}

#define SIDED (SIDE_COUNT * VIEW_COUNT)

/* Every shape and id, the cheap way (atlas_json also finds overlaps: seconds under ASan). */
static bool same_geometry(const Atlas *a, const Atlas *b)
{
    if (a->nmuscles != b->nmuscles || a->nareas != b->nareas || a->nbones != b->nbones ||
        a->nlandmarks != b->nlandmarks || a->nregions != b->nregions)
        return false;
    for (int v = 0; v < VIEW_COUNT; v++)
        if (!same_shape(&a->views[v].silhouette, &b->views[v].silhouette) ||
            !same_shape(&a->views[v].details, &b->views[v].details) || !same_shape(&a->views[v].arm, &b->views[v].arm) ||
            !same_shape(&a->views[v].arm_details, &b->views[v].arm_details))
            return false;
    for (int i = 0; i < a->nmuscles; i++) {
        const AtlasMuscle *m = &a->muscles[i], *n = &b->muscles[i];
        if (strcmp(m->id, n->id) || strcmp(m->name, n->name) || m->layer != n->layer || m->ntrps != n->ntrps ||
            !same_shapes(&m->outline[0][0], &n->outline[0][0], SIDED) ||
            !same_shapes(&m->fibres[0][0], &n->fibres[0][0], SIDED))
            return false;
        for (int k = 0; k < m->ntrps; k++) {
            const AtlasTrp *t = &m->trps[k], *u = &n->trps[k];
            if (strcmp(t->id, u->id) || t->frequency != u->frequency || memcmp(t->at, u->at, sizeof t->at) ||
                memcmp(t->has_at, u->has_at, sizeof t->has_at) || memcmp(t->under_arm, u->under_arm, sizeof t->under_arm) ||
                !same_shapes(&t->essential[0][0], &u->essential[0][0], SIDED) ||
                !same_shapes(&t->spillover[0][0], &u->spillover[0][0], SIDED))
                return false;
        }
    }
    for (int i = 0; i < a->nareas; i++)
        if (strcmp(a->areas[i].label, b->areas[i].label) || !same_shapes(a->areas[i].shape, b->areas[i].shape, VIEW_COUNT))
            return false;
    for (int i = 0; i < a->nbones; i++)
        if (strcmp(a->bones[i].id, b->bones[i].id) || !same_shapes(&a->bones[i].outline[0][0], &b->bones[i].outline[0][0], SIDED) ||
            !same_shapes(&a->bones[i].lines[0][0], &b->bones[i].lines[0][0], SIDED))
            return false;
    return same_extras(a, b);
}

static bool same_atlas(const Atlas *a, const Atlas *b)
{
    char *x = doc(a), *y = doc(b);
    bool same = x && y && !strcmp(x, y) && same_extras(a, b);
    free(x);
    free(y);
    return same;
}

/* Loads with the copy and without it: the same outcome (the same atlas, or the same
 * messages). Returns the loaded atlas (NULL when both fail). */
static Atlas *load_like_fresh(void)
{
    char with[sizeof err];
    Atlas *a = load();
    snprintf(with, sizeof with, "%s", err);
    Atlas *fresh = load_fresh();
    CHECK((a == NULL) == (fresh == NULL));
    if (a && fresh)
        CHECK(same_geometry(a, fresh));
    else
        CHECK_STR(with, err);
    atlas_unload(fresh);
    return a;
}

static bool kept_exists(void)
{
    struct stat st;
    return stat(kept_path, &st) == 0;
}

/* The copy is read back (kept), whatever happened to it before. */
static void check_rewritten(const Atlas *fresh)
{
    Atlas *a = load();
    CHECK_MSG(a && a->kept, "the copy was not written again: %s", err);
    if (a && fresh)
        CHECK(a->nmuscles == fresh->nmuscles && a->nareas == fresh->nareas);
    atlas_unload(a);
}

static void test_kept_is_loaded(void)
{
    Atlas *fresh = load_fresh();
    CHECK_MSG(fresh != NULL, "%s", err);
    CHECK(!kept_exists());
    Atlas *first = load();
    CHECK(first && !first->kept);   /* loaded, then kept */
    CHECK(first && fresh && same_geometry(fresh, first));
    CHECK(kept_exists());
    /* gone before the copy is read: a pointer the copy did not take along would dangle (ASan) */
    atlas_unload(first);
    Atlas *again = load();
    CHECK(again && again->kept);
    CHECK(fresh && again && same_atlas(fresh, again));
    CHECK(again && again->nmuscles >= 100 && atlas_muscle(again, "upper_trapezius") != NULL);
    atlas_unload(fresh);
    atlas_unload(again);
}

static void test_nothing_kept_when_off(void)
{
    unlink(kept_path);
    Atlas *a = load_fresh(), *b = load_fresh();
    CHECK(a && !a->kept && b && !b->kept);
    CHECK(!kept_exists());
    atlas_unload(a);
    atlas_unload(b);
}

/* One byte of muscles/arm.lua changed (size and modification time kept): the change shows. */
static void test_any_changed_byte(void)
{
    char path[512];
    snprintf(path, sizeof path, "%s/muscles/arm.lua", atlas_dir);
    struct stat st;
    CHECK(stat(path, &st) == 0);
    size_t n;
    char *text = read_file(path, &n), *was = text ? strdup(text) : NULL;
    char *p = text ? strstr(text, "-18.6,131.0") : NULL;   /* the biceps' outline starts there */
    CHECK(p != NULL);
    atlas_unload(load());   /* kept from the original bytes */
    if (!p || !was) {
        free(text);
        free(was);
        return;
    }
    p[2] = '7';   /* -17.6 */
    write_file(path, text, n);
    struct timespec times[2] = {st.st_atim, st.st_mtim};
    utimensat(AT_FDCWD, path, times, 0);
    Atlas *a = load(), *fresh = load_fresh();
    CHECK(a && !a->kept);
    CHECK(a && fresh && same_geometry(a, fresh));
    const AtlasMuscle *m = a ? atlas_muscle(a, "biceps_brachii") : NULL;
    CHECK(m && m->outline[SIDE_RIGHT][VIEW_ANTERIOR].count > 0);
    check_rewritten(a);
    atlas_unload(a);
    atlas_unload(fresh);
    /* and back */
    write_file(path, was, n);
    utimensat(AT_FDCWD, path, times, 0);
    a = load();
    CHECK(a && !a->kept);
    atlas_unload(a);
    check_rewritten(NULL);
    free(text);
    free(was);
}

/* A file added, removed or renamed names other files: the copy is not theirs. */
static void test_files_added_or_removed(void)
{
    char from[512], to[512];
    atlas_unload(load());
    snprintf(from, sizeof from, "%s/muscles/hand.lua", atlas_dir);
    snprintf(to, sizeof to, "%s/muscles/hand.lua.off", atlas_dir);
    CHECK(rename(from, to) == 0);
    Atlas *a = load_like_fresh();
    CHECK(!a || !a->kept);
    bool replaced = a != NULL;
    atlas_unload(a);
    CHECK(rename(to, from) == 0);
    a = load_like_fresh();
    CHECK(a && a->kept == !replaced);   /* a failed load keeps nothing and leaves the copy */
    atlas_unload(a);

    /* a new file, with a muscle of its own */
    static const char *EXTRA =
        "return { muscles = {\n"
        "  { id = \"zz_extra\", name = \"Extra\", layer = \"superficial\", region = \"neck\",\n"
        "    palpation = \"Prone; find the band beside the spine.\", sources = { \"A book\" },\n"
        "    outline = { posterior = { { 2,140, 8,140, 8,150, 2,150 } } },\n"
        "    trps = { { id = \"zz_extra_1\", frequency = \"common\", name = \"TrP1\",\n"
        "               palpation = { position = \"prone\", technique = \"flat\" }, at = { posterior = { 5, 145 } },\n"
        "               essential = { posterior = { { 3,141, 7,141, 7,149, 3,149 } } } } } },\n"
        "} }\n";
    snprintf(to, sizeof to, "%s/muscles/zz_extra.lua", atlas_dir);
    write_file(to, EXTRA, strlen(EXTRA));
    a = load_like_fresh();
    CHECK_MSG(a && !a->kept && atlas_muscle(a, "zz_extra") != NULL, "%s", err);
    atlas_unload(a);
    check_rewritten(NULL);
    unlink(to);
    a = load_like_fresh();
    CHECK(a && !a->kept && atlas_muscle(a, "zz_extra") == NULL);
    atlas_unload(a);
    /* an optional file that is absent is part of the key too */
    snprintf(from, sizeof from, "%s/bones.lua", atlas_dir);
    snprintf(to, sizeof to, "%s/bones.off", atlas_dir);
    CHECK(rename(from, to) == 0);
    a = load_like_fresh();
    CHECK(a && !a->kept && a->nbones == 0);
    atlas_unload(a);
    a = load();
    CHECK(a && a->kept && a->nbones == 0);
    atlas_unload(a);
    CHECK(rename(to, from) == 0);
    a = load_like_fresh();
    CHECK(a && !a->kept && a->nbones > 0);
    atlas_unload(a);
}

/* A broken atlas is never kept, and says the same with or without a copy. */
static void test_broken_same_messages(void)
{
    char path[512], fresh_err[16384];
    snprintf(path, sizeof path, "%s/muscles/arm.lua", atlas_dir);
    size_t n;
    char *was = read_file(path, &n);
    CHECK(was != NULL);
    if (!was)
        return;
    atlas_unload(load());
    const char *broken = "return { muscles = { { id = \"biceps_brachii\", name = 7 } } }\n";
    write_file(path, broken, strlen(broken));
    Atlas *a = load_fresh();
    CHECK(!a);
    snprintf(fresh_err, sizeof fresh_err, "%s", err);
    Atlas *b = load();
    CHECK(!b);
    CHECK_STR(err, fresh_err);
    CHECK(strstr(err, "muscles/arm.lua:1: ") != NULL);
    atlas_unload(a);
    atlas_unload(b);
    write_file(path, was, n);
    free(was);
    a = load();
    CHECK(a && a->kept);   /* the copy of the good files is still theirs */
    atlas_unload(a);
}

static void damage(long at, const void *bytes, size_t n, bool truncate_there)
{
    FILE *f = fopen(kept_path, "r+b");
    CHECK(f != NULL);
    if (!f)
        return;
    fseek(f, at, at < 0 ? SEEK_END : SEEK_SET);
    if (!bytes) {   /* the byte there, every bit flipped */
        int c = fgetc(f);
        fseek(f, -1, SEEK_CUR);
        fputc(c ^ 0xff, f);
    } else if (n) {
        fwrite(bytes, 1, n, f);
    }
    long end = ftell(f);
    fclose(f);
    if (truncate_there)
        CHECK(truncate(kept_path, end) == 0);
}

/* Damaged copies: ignored (the atlas is loaded) and written again. */
static void test_damaged_ignored(void)
{
    Atlas *fresh = load_fresh();
    CHECK(fresh != NULL);
    struct stat st;
    atlas_unload(load());
    CHECK(stat(kept_path, &st) == 0);
    long size = (long)st.st_size;
    static const struct { long at; const char *bytes; bool cut; } cases[] = {
        {0, "XXXXXXXX", false},            /* magic: another format */
        {8, NULL, false},                  /* the program that wrote it: another build */
        {40, NULL, false},                 /* the size of the files kept in it */
        {48, "\xff\xff\xff\xff", false},   /* the block's size */
        {60, NULL, false},                 /* its checksum */
        {-3, "", true},                    /* truncated */
        {-1, "garbage", false},            /* longer than its sizes say */
        {-200, NULL, false},               /* a byte of the block: the checksum */
        {300, NULL, false},                /* a byte of the files kept in it */
        {0, "", true},                     /* empty */
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        damage(cases[i].at, cases[i].bytes, cases[i].bytes ? strlen(cases[i].bytes) : 0, cases[i].cut);
        Atlas *a = load();
        CHECK_MSG(a && !a->kept, "damage %zu was trusted", i);
        CHECK_MSG(a && fresh && a->nmuscles == fresh->nmuscles, "damage %zu: %s", i, err);
        atlas_unload(a);
        check_rewritten(fresh);
    }
    CHECK(size > 1000);
    /* a folder where the copy goes: nothing kept, nothing broken */
    unlink(kept_path);
    mkdir(kept_path, 0700);
    Atlas *a = load();
    CHECK(a && !a->kept);
    atlas_unload(a);
    rmdir(kept_path);
    atlas_unload(fresh);
}

/* Bytes of the block changed with the checksum made right again: every offset is checked
 * against the block, so nothing reads outside it (ASan would say); the load either uses
 * the copy or loads the files, and never crashes or leaks. */
static void test_forged_block_never_escapes(void)
{
    atlas_unload(load());
    struct stat st;
    CHECK(stat(kept_path, &st) == 0);
    size_t n;
    char *good = read_file(kept_path, &n);
    CHECK(good != NULL && n > 4096);
    if (!good)
        return;
    /* where the block starts: its size is the header's field at byte 48 */
    uint64_t block;
    memcpy(&block, good + 48, 8);
    CHECK(block > 0 && block < n);
    unsigned seed = 12345;
    int trusted = 0, refused = 0;
    for (int i = 0; i < 100; i++) {
        char *bad = malloc(n);
        memcpy(bad, good, n);
        for (int k = 0; k < 1 + i % 3; k++) {
            seed = seed * 1103515245u + 12345u;
            size_t at = n - (size_t)block + (seed >> 8) % (size_t)block;
            seed = seed * 1103515245u + 12345u;
            unsigned flip = 1u << ((seed >> 16) % 8);
            bad[at] = (char)(i % 2 ? (seed >> 16) & 0xff : ((unsigned char)bad[at] ^ flip));
        }
        write_file(kept_path, bad, n);
        free(bad);
        CHECK(atlas_cache_reseal(kept_path));
        Atlas *a = load();
        CHECK(a != NULL);
        if (a && a->kept)
            trusted++;
        else
            refused++;
        atlas_unload(a);
    }
    CHECK(refused > 0);
    printf("forged blocks: %d refused, %d read (offsets in bounds)\n", refused, trusted);
    write_file(kept_path, good, n);
    free(good);
}

static void setup(void)
{
    snprintf(root, sizeof root, "/tmp/tt_atlas_cache_XXXXXX");
    CHECK(mkdtemp(root) != NULL);
    snprintf(atlas_dir, sizeof atlas_dir, "%s/atlas", root);
    snprintf(cache_dir, sizeof cache_dir, "%s/cache/layers", root);   /* made by the first write */
    setenv("TT_CACHE_DIR", cache_dir, 1);
    copy_atlas();
    CHECK(atlas_cache_path(atlas_dir, kept_path, sizeof kept_path) != NULL);
}

static void teardown(void)
{
    char cmd[256];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", root);
    CHECK(system(cmd) == 0);
}

static void test_all(void)
{
    setup();
    test_kept_is_loaded();
    test_nothing_kept_when_off();
    test_any_changed_byte();
    test_files_added_or_removed();
    test_broken_same_messages();
    test_damaged_ignored();
    test_forged_block_never_escapes();
    teardown();
}

TEST_MAIN(T(test_all))
