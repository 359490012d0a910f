/* atlas_load: loads and validates the atlas files (docs/atlas-format.md) and expands what
 * they write once (the subject's right side, smoothed and half outlines) into both sides and
 * every view. Each file runs in a fresh engine/luahost sandbox with the data-only profile
 * (no functions at all, a memory cap, an instruction budget); its result is read with raw
 * access inside a protected call, so nothing in a file can run code while C reads it. This
 * file runs the files and reads body.lua and areas.lua; atlas_muscles.c reads the muscles,
 * atlas_bones.c the bones and atlas_read.c holds the readers' toolkit. A load that succeeds
 * is kept between runs and read back while the files keep their bytes (atlas_cache.c). */
#include "body/atlas_cache.h"
#include "body/atlas_read.h"
#include "engine/luahost.h"

#include <dirent.h>
#include <errno.h>
#include <lauxlib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#define ATLAS_MEM_CAP ((size_t)64 << 20)
#define ATLAS_SOURCE_CAP ((size_t)4 << 20)
#define ATLAS_INSTR_LIMIT 20000000L
#define ATLAS_SECONDS 10.0      /* wall-clock backstop; the instruction budget stops loops first */

static bool atlas_is_dir(const char *path);

/* ---- body.lua ----------------------------------------------------------------------- */

static void read_regions(Loader *ld, lua_State *L, int t)
{
    Atlas *a = ld->a;
    int line = ld_line(ld, NULL, NULL, NULL);
    const char *p = ld->src ? find_word(ld->src, "regions") : NULL;
    if (p) line = line_at(ld, p);
    if (raw_field(L, t, "regions") == LUA_TNIL) {
        ld_error(ld, 1, "missing 'regions' (the list of muscle regions, in display order)");
        lua_pop(L, 1);
        return;
    }
    int idx = lua_gettop(L), n = check_list(ld, L, idx, "'regions'", line);
    if (n > 0) {
        a->regions = ld_calloc(L, (size_t)n, sizeof *a->regions);
        for (int i = 1; i <= n; i++) {
            if (lua_rawgeti(L, idx, i) != LUA_TSTRING || !is_snake_id(lua_tostring(L, -1))) {
                ld_error(ld, line, "'regions' entry %d must be a snake_case string", i);
            } else {
                const char *s = lua_tostring(L, -1);
                bool dup = false;
                for (int k = 0; k < a->nregions; k++)
                    dup = dup || !strcmp(a->regions[k], s);
                if (dup)
                    ld_error(ld, line, "duplicate region '%s'", s);
                else
                    a->regions[a->nregions++] = ld_strdup(L, s);
            }
            lua_pop(L, 1);
        }
    }
    lua_pop(L, 1);
}

/* Appends to sh the mirror (x -> -x) of each of its polygons: a regional view's figure is
 * written for the right side and shows both. */
static void shape_add_mirror(lua_State *L, Shape *sh)
{
    Shape m = {0};
    shape_copy(L, sh, &m, true);
    if (!m.count)
        return;
    Polygon *grown = ld_calloc(L, (size_t)(2 * sh->count), sizeof *grown);
    memcpy(grown, sh->polys, sizeof *grown * (size_t)sh->count);
    memcpy(grown + sh->count, m.polys, sizeof *grown * (size_t)m.count);
    free(sh->polys);
    free(m.polys);
    sh->polys = grown;
    sh->count *= 2;
}

/* Reads the shape at key k of table t into *out (absent: nothing); open lines unless closed. */
static void read_view_part(Loader *ld, lua_State *L, int t, const char *k, bool closed, const char *vn,
                           int line, Shape *out)
{
    char w[160];
    snprintf(w, sizeof w, "view '%s': %s", vn, k);
    if (raw_field(L, t, k) != LUA_TNIL)
        read_shape(ld, L, lua_gettop(L), closed, true, w, line, out);
    lua_pop(L, 1);
}

/* lateral_right's arm = { silhouette = {...}, details = {...}, landmarks = { ids } }: the near
 * arm drawn over the trunk. Its landmark ids are checked once the landmarks are read. */
static void read_arm(Loader *ld, lua_State *L, int vi, const char *vn, int line)
{
    AtlasView *av = &ld->a->views[VIEW_LATERAL_RIGHT];
    int ty = raw_field(L, vi, "arm");
    if (ty == LUA_TNIL) {
        lua_pop(L, 1);
        return;
    }
    const char *q = ld->src ? find_word(ld->src, "arm") : NULL;
    int aline = q ? line_at(ld, q) : line;
    if (ty != LUA_TTABLE) {
        ld_error(ld, aline, "view '%s': 'arm' must be a table { silhouette = ..., details = ..., landmarks = ... }", vn);
        lua_pop(L, 1);
        return;
    }
    int ai = lua_gettop(L);
    static const char *const keys[] = {"silhouette", "details", "landmarks", NULL};
    check_keys(ld, L, ai, keys, "view 'lateral_right': arm", aline);
    if (raw_field(L, ai, "silhouette") == LUA_TNIL)
        ld_error(ld, aline, "view '%s': arm: missing 'silhouette'", vn);
    lua_pop(L, 1);
    read_view_part(ld, L, ai, "silhouette", true, "lateral_right: arm", aline, &av->arm);
    read_view_part(ld, L, ai, "details", false, "lateral_right: arm", aline, &av->arm_details);
    lua_pop(L, 1);
}

static void read_views(Loader *ld, lua_State *L, int t)
{
    Atlas *a = ld->a;
    const char *p = ld->src ? find_word(ld->src, "views") : NULL;
    int line = p ? line_at(ld, p) : 1;
    if (raw_field(L, t, "views") != LUA_TTABLE) {
        ld_error(ld, line, "missing 'views' table (anterior, posterior, lateral_right; regional views optional)");
        lua_pop(L, 1);
        return;
    }
    int idx = lua_gettop(L);
    check_view_keys(ld, L, idx, "'views'", line);
    for (int i = 0; i < NWRITTEN; i++) {
        View v = written_views[i];
        const char *vn = atlas_view_name(v);
        const char *q = p ? find_word(p, vn) : NULL;
        int vline = q ? line_at(ld, q) : line;
        char w[128];
        snprintf(w, sizeof w, "view '%s'", vn);
        int ty = raw_field(L, idx, vn);
        if (ty == LUA_TNIL && atlas_view_regional(v)) {   /* a regional view may be left out */
            lua_pop(L, 1);
            continue;
        }
        if (ty != LUA_TTABLE) {
            ld_error(ld, vline, "'views': missing view '%s' (a table with silhouette and details)", vn);
            lua_pop(L, 1);
            continue;
        }
        int vi = lua_gettop(L);
        if (raw_field(L, vi, "bones") != LUA_TNIL)   /* one home for bones */
            ld_error(ld, vline, "view '%s': 'bones' belong in bones.lua (each bone with its id, landmarks and views)", vn);
        lua_pop(L, 1);
        static const char *const keys[] = {"silhouette", "details", "bones", "arm", NULL};
        check_keys(ld, L, vi, v == VIEW_LATERAL_RIGHT ? keys : (const char *const[]){"silhouette", "details", "bones", NULL},
                   w, vline);
        if (raw_field(L, vi, "silhouette") == LUA_TNIL)
            ld_error(ld, vline, "view '%s': missing 'silhouette'", vn);
        lua_pop(L, 1);
        AtlasView *av = &a->views[v];
        read_view_part(ld, L, vi, "silhouette", true, vn, vline, &av->silhouette);
        read_view_part(ld, L, vi, "details", false, vn, vline, &av->details);
        if (v == VIEW_LATERAL_RIGHT)
            read_arm(ld, L, vi, vn, vline);
        if (atlas_view_regional(v)) {   /* written for the right side: the left is its mirror */
            shape_add_mirror(L, &av->silhouette);
            shape_add_mirror(L, &av->details);
        }
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
    AtlasView *r = &a->views[VIEW_LATERAL_RIGHT], *l = &a->views[VIEW_LATERAL_LEFT];
    shape_copy(L, &r->silhouette, &l->silhouette, true);
    shape_copy(L, &r->details, &l->details, true);
    shape_copy(L, &r->arm, &l->arm, true);
    shape_copy(L, &r->arm_details, &l->arm_details, true);
}

/* views.lateral_right.arm.landmarks: the landmarks that ride on the arm (read after them). */
static void read_arm_landmarks(Loader *ld, lua_State *L, int t)
{
    Atlas *a = ld->a;
    int top = lua_gettop(L);
    if (raw_field(L, t, "views") != LUA_TTABLE || raw_field(L, top + 1, "lateral_right") != LUA_TTABLE ||
        raw_field(L, top + 2, "arm") != LUA_TTABLE) {
        lua_settop(L, top);
        return;
    }
    const char *q = ld->src ? find_word(ld->src, "arm") : NULL;
    int line = q ? line_at(ld, q) : 1;
    char **ids = NULL;
    int n = 0;
    get_string_list(ld, L, top + 3, "landmarks", false, "view 'lateral_right': arm", line, &ids, &n);
    for (int i = 0; i < n; i++) {
        bool found = false;
        for (int k = 0; k < a->nlandmarks; k++)
            if (a->landmarks[k].id && !strcmp(a->landmarks[k].id, ids[i])) {
                a->landmarks[k].arm = found = true;
                if (!a->landmarks[k].has[SIDE_RIGHT][VIEW_LATERAL_RIGHT])
                    ld_error(ld, line, "view 'lateral_right': arm: landmark '%s' has no lateral_right position", ids[i]);
            }
        if (!found)
            ld_error(ld, line, "view 'lateral_right': arm: '%s' is not a landmark id", ids[i]);
        free(ids[i]);
    }
    free(ids);
    lua_settop(L, top);
}

static void read_landmarks(Loader *ld, lua_State *L, int t)
{
    Atlas *a = ld->a;
    if (raw_field(L, t, "landmarks") == LUA_TNIL) {
        lua_pop(L, 1);
        return;
    }
    const char *p = ld->src ? find_word(ld->src, "landmarks") : NULL;
    int idx = lua_gettop(L), n = check_list(ld, L, idx, "'landmarks'", p ? line_at(ld, p) : 1);
    if (n > 0)
        a->landmarks = ld_calloc(L, (size_t)n, sizeof *a->landmarks);
    for (int i = 1; i <= n; i++) {
        lua_rawgeti(L, idx, i);
        int li = lua_gettop(L);
        if (lua_type(L, li) != LUA_TTABLE) {
            ld_error(ld, HINT(ld), "landmark %d: expected a table, got %s", i, luaL_typename(L, li));
            lua_pop(L, 1);
            continue;
        }
        AtlasLandmark *lm = &a->landmarks[a->nlandmarks++];
        lm->id = read_id(ld, L, li, "landmark", i);
        const char *id = lm->id;
        int line = ld_line(ld, id, NULL, NULL);
        char what[128];
        LD_CAT(what, "landmark '", id ? id : "?", "'");
        static const char *const keys[] = {"id", "name", "anterior", "posterior", "lateral_right", "foot_plantar",
                                           "leg_medial", "hand_palmar", "hand_dorsal", NULL};
        check_keys(ld, L, li, keys, what, line);
        for (int k = 0; id && k < a->nlandmarks - 1; k++)
            if (a->landmarks[k].id && !strcmp(a->landmarks[k].id, id))
                ld_error(ld, ld_line_ex(ld, id, true, NULL, NULL), "duplicate landmark id '%s'", id);
        get_string(ld, L, li, "name", true, what, line, &lm->name);
        bool ok = true;
        for (int w = 0; w < NWRITTEN; w++) {
            View v = written_views[w];
            const char *vn = atlas_view_name(v);
            if (raw_field(L, li, vn) != LUA_TNIL) {
                char wv[200];
                LD_CAT(wv, what, ", view '", vn, "'");
                if (read_point(ld, L, lua_gettop(L), wv, ld_line(ld, id, vn, NULL), &lm->at[SIDE_RIGHT][v]) &&
                    ld_view_drawn(ld, v, wv, ld_line(ld, id, vn, NULL)))
                    lm->has[SIDE_RIGHT][v] = true;
                else
                    ok = false;
            }
            lua_pop(L, 1);
        }
        bool any = false;
        for (int w = 0; w < NWRITTEN; w++)
            any = any || lm->has[SIDE_RIGHT][written_views[w]];
        if (ok && !any)
            ld_error(ld, line, "%s: no position in any view", what);
        expand_points(lm->has, lm->at, false);
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
}

static void read_body(Loader *ld, lua_State *L, int t)
{
    static const char *const keys[] = {"regions", "views", "landmarks", NULL};
    check_keys(ld, L, t, keys, "the returned table", 1);
    read_regions(ld, L, t);
    read_views(ld, L, t);
    read_landmarks(ld, L, t);
    read_arm_landmarks(ld, L, t);
}

/* ---- areas.lua ---------------------------------------------------------------------- */

static char *make_label(lua_State *L, const char *prefix, const char *name)
{
    size_t n = strlen(prefix) + strlen(name) + 1;
    char *s = ld_calloc(L, n, 1);
    snprintf(s, n, "%s%s", prefix, name);
    for (char *p = s; *p; p++)
        if (*p >= 'A' && *p <= 'Z')
            *p = (char)(*p - 'A' + 'a');
    return s;
}

static void read_areas(Loader *ld, lua_State *L, int t)
{
    Atlas *a = ld->a;
    static const char *const top[] = {"areas", NULL};
    check_keys(ld, L, t, top, "the returned table", 1);
    if (raw_field(L, t, "areas") == LUA_TNIL) {
        ld_error(ld, 1, "missing 'areas' list");
        lua_pop(L, 1);
        return;
    }
    int idx = lua_gettop(L), n = check_list(ld, L, idx, "'areas'", 1);
    if (n > 0) {
        AtlasArea *grown = realloc(a->areas, sizeof *a->areas * (size_t)(a->nareas + 2 * n));
        if (!grown)
            luaL_error(L, "out of memory");
        a->areas = grown;
        memset(a->areas + a->nareas, 0, sizeof *a->areas * (size_t)(2 * n));
    }
    int first = a->nareas;
    for (int i = 1; i <= n; i++) {
        lua_rawgeti(L, idx, i);
        int ai = lua_gettop(L);
        if (lua_type(L, ai) != LUA_TTABLE) {
            ld_error(ld, HINT(ld), "area %d: expected a table, got %s", i, luaL_typename(L, ai));
            lua_pop(L, 1);
            continue;
        }
        AtlasArea *ar = &a->areas[a->nareas++];
        ar->side = SIDE_RIGHT;
        ar->id = read_id(ld, L, ai, "area", i);
        const char *id = ar->id;
        int line = ld_line(ld, id, NULL, NULL);
        char what[128];
        LD_CAT(what, "area '", id ? id : "?", "'");
        static const char *const keys[] = {"id", "name", "midline", "arm", "anterior", "posterior", "lateral_right",
                                           "foot_plantar", "leg_medial", "hand_palmar", "hand_dorsal", NULL};
        check_keys(ld, L, ai, keys, what, line);
        for (int k = first; id && k < a->nareas - 1; k++)
            if (a->areas[k].id && !strcmp(a->areas[k].id, id) && a->areas[k].side == SIDE_RIGHT)
                ld_error(ld, ld_line_ex(ld, id, true, NULL, NULL), "duplicate area id '%s'", id);
        get_string(ld, L, ai, "name", true, what, line, &ar->name);
        get_bool(ld, L, ai, "midline", what, line, &ar->midline);
        get_bool(ld, L, ai, "arm", what, line, &ar->arm);
        int nviews = 0;
        Shape sh[SIDE_COUNT][VIEW_COUNT];
        memset(sh, 0, sizeof sh);
        for (int w = 0; w < NWRITTEN; w++) {
            View v = written_views[w];
            const char *vn = atlas_view_name(v);
            if (raw_field(L, ai, vn) != LUA_TNIL) {
                char wv[200];
                LD_CAT(wv, what, ", view '", vn, "'");
                /* owned by the area from here on, so an error cannot leak it */
                read_shape(ld, L, lua_gettop(L), true, ar->midline, wv, ld_line(ld, id, vn, NULL), &ar->shape[v]);
                ld_view_drawn(ld, v, wv, ld_line(ld, id, vn, NULL));
                nviews++;
            }
            lua_pop(L, 1);
        }
        if (nviews == 0)
            ld_error(ld, line, "%s: no polygons in any view (%s)", what, written_view_list());
        ar->label = make_label(L, ar->midline ? "" : "right ", ar->name ? ar->name : id ? id : "?");
        if (ar->midline) {
            shape_copy(L, &ar->shape[VIEW_LATERAL_RIGHT], &ar->shape[VIEW_LATERAL_LEFT], true);
        } else {
            AtlasArea *left = &a->areas[a->nareas++];
            left->side = SIDE_LEFT;
            left->id = id ? ld_strdup(L, id) : NULL;
            left->name = ar->name ? ld_strdup(L, ar->name) : NULL;
            left->label = make_label(L, "left ", ar->name ? ar->name : id ? id : "?");
            left->arm = ar->arm;
            for (int v = 0; v < VIEW_COUNT; v++)
                if (atlas_view_right_sign((View)v) != 0)
                    shape_copy(L, &ar->shape[v], &left->shape[v], true);
            shape_copy(L, &ar->shape[VIEW_LATERAL_RIGHT], &left->shape[VIEW_LATERAL_LEFT], true);
        }
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
    ld->have_areas = true;
}

/* ---- running one file --------------------------------------------------------------- */

/* The data-only profile of the Lua sandbox (docs/sandbox.md): no library, an empty _ENV,
 * text chunks only, the file's memory, instructions and size capped. */
static const LuaHostLimits atlas_limits = {
    .memory_bytes = ATLAS_MEM_CAP,
    .instructions = ATLAS_INSTR_LIMIT,
    .source_bytes = ATLAS_SOURCE_CAP,
    .seconds = ATLAS_SECONDS,
    .data_only = 1,
};

/* Runs the reader over the returned table (argument 2) inside a protected call: reading
 * allocates (strings, C memory) and an allocation that fails raises. */
static int read_protected(lua_State *L)
{
    Loader *ld = lua_touserdata(L, 1);
    luaL_checkstack(L, 40, "atlas reader");
    ld->reader(ld, L, 2);
    return 0;
}

/* Reports why the sandbox stopped the file: limits in the atlas's words, Lua's own errors
 * with the file's full path. `running`: the failure came from the file's code. */
static void report_failure(Loader *ld, LuaHost *h, bool running)
{
    int line = 0;
    LuaHostFailure why = luahost_failure(h, &line);
    if (why == LUAHOST_FAILED_MEMORY && running)
        ld_error(ld, line, "the file needs more than %zu MiB of memory (line approximate): "
                 "atlas files hold only tables", ATLAS_MEM_CAP >> 20);
    else if (why == LUAHOST_FAILED_MEMORY)
        ld_error(ld, HINT(ld), "out of memory while reading the file");
    else if (why == LUAHOST_FAILED_INSTRUCTIONS)
        ld_error(ld, line, "the file runs too long (more than %d million instructions): "
                 "an endless loop? Atlas files hold only tables", (int)(ATLAS_INSTR_LIMIT / 1000000));
    else if (why == LUAHOST_FAILED_SECONDS)
        ld_error(ld, line, "the file runs too long (more than %d seconds): "
                 "an endless loop? Atlas files hold only tables", (int)ATLAS_SECONDS);
    else {
        const char *msg = luahost_error_message(h);
        if (!strncmp(msg, "?: ", 3))
            msg += 3;           /* raised by the reader's C code: no script line to name */
        char full[1400];
        size_t rl = strlen(ld->rel);
        /* Lua names the file by its relative name: show the full path like every other message */
        if (!strncmp(msg, ld->rel, rl) && msg[rl] == ':')
            snprintf(full, sizeof full, "%s/%s", ld->dir, msg);
        else
            snprintf(full, sizeof full, "%s: %s", ld->path, msg);
        ld->nerrors++;
        ld_append(ld, full);
    }
}

/* Runs the file's text in a fresh data-only sandbox, then the reader over what it returned. */
static void run_chunk(Loader *ld)
{
    LuaHost *h = luahost_open(&atlas_limits);
    if (!h) {
        ld_error(ld, 0, "cannot create a Lua state (out of memory)");
        return;
    }
    lua_State *L = luahost_state(h);
    luahost_push_env(h);                                /* empty: no functions at all */
    if (luahost_load(h, ld->text, ld->text_len, ld->rel, -1) != 0)
        report_failure(ld, h, false);
    else if (luahost_pcall(h, 0, 1) != 0)
        report_failure(ld, h, true);
    else if (lua_type(L, -1) != LUA_TTABLE)
        ld_error(ld, 1, "the file must return a table (return { ... }), it returned %s", luaL_typename(L, -1));
    else {
        lua_pushcfunction(L, read_protected);
        lua_pushlightuserdata(L, ld);
        lua_pushvalue(L, -3);
        if (luahost_pcall(h, 2, 0) != 0)
            report_failure(ld, h, false);
    }
    luahost_close(h);
}

/* Reads dir/rel into ld->text (as written) and ld->src (BOM stripped, NUL-terminated, for
 * line lookups). false if it cannot. */
static bool read_source(Loader *ld, bool required)
{
    const AtlasFile *kept = atlas_sources_find(ld->sources, ld->rel);
    if (kept) {   /* read at the start: these bytes name the kept copy */
        if (!kept->text)
            return false;   /* an absent optional file */
        size_t skip = kept->len >= 3 && (unsigned char)kept->text[0] == 0xEF &&
                      (unsigned char)kept->text[1] == 0xBB && (unsigned char)kept->text[2] == 0xBF ? 3 : 0;
        ld->text = kept->text;
        ld->text_len = kept->len;
        ld->text_owned = false;
        ld_source_set(ld, kept->text + skip);
        return true;
    }
    ld->sources_missed = ld->sources != NULL;
    FILE *f = fopen(ld->path, "rb");
    if (!f) {
        if (required)
            ld_error(ld, 0, "cannot open: %s", strerror(errno));
        return false;
    }
    /* the size is only a hint (the file may change): reading stops at the cap anyway */
    struct stat st;
    size_t want = fstat(fileno(f), &st) == 0 && st.st_size >= 0 && (size_t)st.st_size < ATLAS_SOURCE_CAP
                      ? (size_t)st.st_size : ATLAS_SOURCE_CAP;
    char *buf = malloc(want + 2);
    if (!buf) {
        fclose(f);
        ld_error(ld, 0, "out of memory");
        return false;
    }
    size_t n = fread(buf, 1, want + 1, f);
    if (n == want + 1 && want < ATLAS_SOURCE_CAP) {
        /* grew since fstat: read the rest up to the cap */
        char *grown = realloc(buf, ATLAS_SOURCE_CAP + 2);
        if (!grown) {
            free(buf);
            fclose(f);
            ld_error(ld, 0, "out of memory");
            return false;
        }
        buf = grown;
        n += fread(buf + n, 1, ATLAS_SOURCE_CAP + 1 - n, f);
    }
    bool bad = ferror(f);
    fclose(f);
    if (bad || n > ATLAS_SOURCE_CAP) {
        free(buf);
        if (bad)
            ld_error(ld, 0, "cannot read the file");
        else
            ld_error(ld, 0, "the file is larger than %zu MiB", ATLAS_SOURCE_CAP >> 20);
        return false;
    }
    buf[n] = 0;
    /* the sandbox strips a BOM itself; line lookups search the text without it */
    size_t skip = n >= 3 && (unsigned char)buf[0] == 0xEF && (unsigned char)buf[1] == 0xBB &&
                  (unsigned char)buf[2] == 0xBF ? 3 : 0;
    ld->text = buf;
    ld->text_len = n;
    ld->text_owned = true;
    ld_source_set(ld, buf + skip);
    return true;
}

static bool run_file(Loader *ld, const char *rel, ReaderFn reader, bool required)
{
    snprintf(ld->rel, sizeof ld->rel, "%s", rel);
    snprintf(ld->path, sizeof ld->path, "%s/%s", ld->dir, rel);
    ld->hint_line = 0;
    if (!read_source(ld, required))
        return false;
    ld->reader = reader;
    int before = ld->nerrors;
    run_chunk(ld);
    ld_source_set(ld, NULL);
    if (ld->text_owned)
        free(ld->text);
    ld->text = NULL;
    ld->text_len = 0;
    return ld->nerrors == before;
}

/* ---- loading ---------------------------------------------------------- */

static void load_muscle_dir(Loader *ld)
{
    char mdir[1024];
    snprintf(mdir, sizeof mdir, "%s/muscles", ld->dir);
    if (ld->sources) {   /* the files read at the start, in the same order */
        for (int i = 0; i < ld->sources->n; i++)
            if (!strncmp(ld->sources->files[i].rel, "muscles/", 8))
                run_file(ld, ld->sources->files[i].rel, read_muscles, true);
        return;
    }
    char **names = NULL;
    int n = 0;
    if (atlas_lua_files(mdir, &names, &n) != 0) {
        memcpy(ld->path, mdir, sizeof mdir);
        ld_error(ld, 0, "cannot list the folder");
        return;
    }
    for (int i = 0; i < n; i++) {
        char rel[256];
        snprintf(rel, sizeof rel, "muscles/%s", names[i]);
        run_file(ld, rel, read_muscles, true);
        free(names[i]);
    }
    free(names);
}

Atlas *atlas_load(const char *dir, char *err, int errlen)
{
    Loader ld;
    memset(&ld, 0, sizeof ld);
    ld.dir = dir && *dir ? dir : ".";
    ld.err = err;
    ld.errlen = err && errlen > 0 ? (size_t)errlen : 0;
    if (ld.errlen)
        err[0] = 0;
    ld.a = calloc(1, sizeof *ld.a);
    if (!ld.a) {
        if (ld.errlen)
            snprintf(err, ld.errlen, "%s: out of memory", ld.dir);
        return NULL;
    }
    char kept_path[4200];
    const char *kept = NULL;
    AtlasSources src = {0};
    if (!atlas_is_dir(ld.dir)) {
        snprintf(ld.path, sizeof ld.path, "%s", ld.dir);
        ld_error(&ld, 0, "no such atlas folder");
    } else if ((kept = atlas_cache_path(ld.dir, kept_path, sizeof kept_path))) {
        /* the atlas kept from exactly the bytes of the files now is the one they give */
        Atlas *a = atlas_cache_read(kept, ld.dir);
        if (a) {
            free(ld.a);
            return a;
        }
        /* else every file is read once, loaded and kept from those bytes */
        if (atlas_sources_read(ld.dir, &src))
            ld.sources = &src;
    }
    if (!ld.nerrors && run_file(&ld, "body.lua", read_body, true)) {
        run_file(&ld, "areas.lua", read_areas, false);
        run_file(&ld, "bones.lua", read_bones, false);
        load_muscle_dir(&ld);
        atlas_palpation_resolve(ld.a);
        if (!ld.nerrors && !atlas_view_classify_arm(ld.a)) {
            snprintf(ld.path, sizeof ld.path, "%s", ld.dir);
            ld_error(&ld, 0, "out of memory");
        }
        if (!ld.nerrors && ld.sources && !ld.sources_missed)
            atlas_cache_write(kept, &src, ld.a);
    }
    atlas_sources_free(&src);
    free(ld.scratch);
    if (ld.nerrors) {
        if (ld.ndropped && ld.errlen) {
            char more[64];
            snprintf(more, sizeof more, "\n... and %d more error(s)", ld.ndropped);
            if (ld.errused + strlen(more) + 1 <= ld.errlen)
                memcpy(ld.err + ld.errused, more, strlen(more) + 1);
        }
        atlas_unload(ld.a);
        return NULL;
    }
    return ld.a;
}

/* ---- files ---------------------------------------------------------------------------- */

static bool atlas_is_dir(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

static int cmp_names(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

int atlas_lua_files(const char *dir, char ***names, int *n)
{
    *names = NULL;
    *n = 0;
    DIR *d = opendir(dir);
    if (!d)
        return errno == ENOENT || errno == ENOTDIR ? 0 : -1;
    int cap = 0;
    struct dirent *e;
    while ((e = readdir(d))) {
        size_t len = strlen(e->d_name);
        if (e->d_name[0] == '.' || len < 5 || strcmp(e->d_name + len - 4, ".lua"))
            continue;
        if (*n == cap) {
            cap = cap ? cap * 2 : 16;
            char **grown = realloc(*names, sizeof **names * (size_t)cap);
            if (!grown)
                break;
            *names = grown;
        }
        char *copy = strdup(e->d_name);
        if (!copy)
            break;
        (*names)[(*n)++] = copy;
    }
    closedir(d);
    if (*n > 1)
        qsort(*names, (size_t)*n, sizeof **names, cmp_names);
    return 0;
}
