/* atlas: loads and validates the atlas files (docs/atlas-format.md) and expands what they
 * write once (the subject's right side, smoothed and half outlines) into both sides and all
 * four views. Each file runs in its own Lua state with no functions at all, a memory cap and
 * an instruction budget; its result is read with raw access inside a protected call, so
 * nothing in a file can run code while C reads it. Every violation is collected as
 * "file:line: message", the line found by locating the id in the file's text. */
#include "body/atlas.h"
#include "store/paths.h"

#include <dirent.h>
#include <errno.h>
#include <lauxlib.h>
#include <lua.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define ATLAS_MEM_CAP ((size_t)64 << 20)
#define ATLAS_SOURCE_CAP ((size_t)4 << 20)
#define ATLAS_INSTR_LIMIT 20000000L
#define ATLAS_HOOK_EVERY 1000
#define ATLAS_SMOOTH_STEPS 8
#define ATLAS_MAX_POINTS 20000

static const View written_views[] = {VIEW_ANTERIOR, VIEW_POSTERIOR, VIEW_LATERAL_RIGHT};
#define NWRITTEN 3

#define HINT(ld) ((ld)->hint_line > 0 ? (ld)->hint_line : 1)

static bool atlas_is_dir(const char *path);
static int atlas_list_lua_files(const char *dir, char ***names, int *n);

typedef struct Loader Loader;
typedef void (*ReaderFn)(Loader *ld, lua_State *L, int t);

struct Loader {
    Atlas *a;
    const char *dir;
    char path[1024];          /* dir/rel: how files are named in messages */
    char rel[256];
    char *src; size_t len;    /* the current file's text, for line lookups */
    const char *line_pos;     /* line_at's memo: lookups go forward through a file, so */
    int line_no;              /* counting on from the last answer keeps them linear */
    char *err; size_t errlen, errused;
    int nerrors, ndropped;
    int hint_line;            /* line of the last id found: fallback for id-less errors */
    bool have_areas;
    /* sandbox of the current file */
    size_t mem_used;
    long instructions;
    int cur_line;
    bool in_chunk;
    ReaderFn reader;
};

/* ---- messages ---------------------------------------------------------------------- */

static void ld_append(Loader *ld, const char *text)
{
    if (!ld->err || ld->errlen == 0)
        return;
    size_t n = strlen(text), sep = ld->errused ? 1 : 0;
    /* keep room for the "... and N more" line */
    if (ld->errused + sep + n + 64 > ld->errlen) {
        ld->ndropped++;
        return;
    }
    if (sep)
        ld->err[ld->errused++] = '\n';
    memcpy(ld->err + ld->errused, text, n + 1);
    ld->errused += n;
}

static void ld_error(Loader *ld, int line, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static void ld_error(Loader *ld, int line, const char *fmt, ...)
{
    char msg[768], full[2048];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    if (line > 0)
        snprintf(full, sizeof full, "%s:%d: %s", ld->path, line, msg);
    else
        snprintf(full, sizeof full, "%s: %s", ld->path, msg);
    ld->nerrors++;
    ld_append(ld, full);
}

/* ---- finding lines in the source ---------------------------------------------------- */

static bool is_ident_char(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

static int line_at(const Loader *ld, const char *p)
{
    Loader *memo = (Loader *)ld;   /* the memo is not part of what a lookup reads */
    const char *s = ld->src;
    int line = 1;
    if (memo->line_pos && memo->line_pos >= ld->src && memo->line_pos <= p) {
        s = memo->line_pos;
        line = memo->line_no;
    }
    for (; s < p && *s; s++)
        if (*s == '\n')
            line++;
    memo->line_pos = s;
    memo->line_no = line;
    return line;
}

/* "s" or 's' with its quotes, first (or last) occurrence */
static const char *find_quoted(const Loader *ld, const char *s, bool last)
{
    if (!ld->src || !s || !*s || strlen(s) > 200)
        return NULL;
    const char *best = NULL;
    for (int q = 0; q < 2; q++) {
        char pat[210];
        snprintf(pat, sizeof pat, q ? "'%s'" : "\"%s\"", s);
        for (const char *p = strstr(ld->src, pat); p; p = strstr(p + 1, pat)) {
            if (!best || (last ? p > best : p < best))
                best = p;
            if (!last)
                break;
        }
    }
    return best;
}

static const char *find_word(const char *from, const char *w)
{
    size_t n = strlen(w);
    for (const char *p = strstr(from, w); p; p = strstr(p + 1, w)) {
        bool start = p == from || !is_ident_char(p[-1]);
        if (start && !is_ident_char(p[n]))
            return p;
    }
    return NULL;
}

/* Line of the quoted id, then of key1 and key2 after it; falls back to the last id found. */
static int ld_line_ex(Loader *ld, const char *id, bool last, const char *key1, const char *key2)
{
    const char *p = find_quoted(ld, id, last);
    if (!p)
        return ld->hint_line > 0 ? ld->hint_line : 1;
    const char *r;
    if (key1 && (r = find_word(p, key1)))
        p = r;
    if (key2 && (r = find_word(p, key2)))
        p = r;
    return line_at(ld, p);
}

static int ld_line(Loader *ld, const char *id, const char *key1, const char *key2)
{
    return ld_line_ex(ld, id, false, key1, key2);
}

/* ---- small helpers ------------------------------------------------------------------ */

static void *ld_calloc(lua_State *L, size_t n, size_t size)
{
    void *p = calloc(n ? n : 1, size);
    if (!p)
        luaL_error(L, "out of memory");
    return p;
}

static char *ld_strdup(lua_State *L, const char *s)
{
    size_t n = strlen(s) + 1;
    char *p = ld_calloc(L, n, 1);
    memcpy(p, s, n);
    return p;
}

static bool is_snake_id(const char *s)
{
    if (!s || !(*s >= 'a' && *s <= 'z'))
        return false;
    for (const char *p = s; *p; p++)
        if (!((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') || *p == '_'))
            return false;
    return strlen(s) <= 64;
}

static int raw_field(lua_State *L, int t, const char *k)
{
    lua_pushstring(L, k);
    return lua_rawget(L, t);
}

static float mirror_x(float x)
{
    return 0.0f - x; /* never -0 */
}

/* Reports keys of table t that are not in allowed (NULL-terminated) and list entries. */
static void check_keys(Loader *ld, lua_State *L, int t, const char *const *allowed,
                       const char *what, int line)
{
    char expected[256] = "";
    for (int i = 0; allowed[i]; i++) {
        strncat(expected, i ? ", " : "", sizeof expected - strlen(expected) - 1);
        strncat(expected, allowed[i], sizeof expected - strlen(expected) - 1);
    }
    bool list_reported = false;
    lua_pushnil(L);
    while (lua_next(L, t)) {
        lua_pop(L, 1);
        if (lua_type(L, -1) == LUA_TSTRING) {
            const char *k = lua_tostring(L, -1);
            bool ok = false;
            for (int i = 0; allowed[i] && !ok; i++)
                ok = !strcmp(k, allowed[i]);
            if (!ok) {
                int kl = line;
                if (ld->src) {
                    const char *p = find_word(ld->src, k);
                    if (p && line <= 1) kl = line_at(ld, p);
                }
                ld_error(ld, kl, "%s: unknown key '%s' (expected one of: %s)", what, k, expected);
            }
        } else if (!list_reported) {
            list_reported = true;
            ld_error(ld, line, "%s: unexpected list entry (this table takes only the keys %s)", what, expected);
        }
    }
}

/* Checks that t is a list (keys 1..n only); returns n or -1 after reporting. */
static int check_list(Loader *ld, lua_State *L, int t, const char *what, int line)
{
    if (lua_type(L, t) != LUA_TTABLE) {
        ld_error(ld, line, "%s: expected a list { ... }, got %s", what, luaL_typename(L, t));
        return -1;
    }
    lua_Unsigned n = lua_rawlen(L, t);
    bool ok = true;
    lua_pushnil(L);
    while (lua_next(L, t)) {
        lua_pop(L, 1);
        if (!lua_isinteger(L, -1) || lua_tointeger(L, -1) < 1 || (lua_Unsigned)lua_tointeger(L, -1) > n) {
            if (ok && lua_type(L, -1) == LUA_TSTRING)
                ld_error(ld, line, "%s: unexpected key '%s' in a list", what, lua_tostring(L, -1));
            else if (ok)
                ld_error(ld, line, "%s: the list has holes or non-list keys", what);
            ok = false;
        }
    }
    if (n > 100000) {
        ld_error(ld, line, "%s: list too long (%llu entries)", what, (unsigned long long)n);
        return -1;
    }
    return ok ? (int)n : -1;
}

/* Reads string field k of table t into *out (strdup). Returns false after reporting. */
static bool get_string(Loader *ld, lua_State *L, int t, const char *k, bool required,
                       const char *what, int line, char **out)
{
    int ty = raw_field(L, t, k);
    bool ok = true;
    if (ty == LUA_TNIL) {
        if (required)
            ld_error(ld, line, "%s: missing '%s'", what, k);
        ok = !required;
    } else if (ty != LUA_TSTRING) {
        ld_error(ld, line, "%s: '%s' must be a string, got %s", what, k, lua_typename(L, ty));
        ok = false;
    } else {
        size_t n;
        const char *s = lua_tolstring(L, -1, &n);
        if (n == 0 || strlen(s) != n) {
            ld_error(ld, line, "%s: '%s' must be a non-empty string without NUL bytes", what, k);
            ok = false;
        } else if (n > 8192) {
            ld_error(ld, line, "%s: '%s' is too long (%zu bytes, at most 8192)", what, k, n);
            ok = false;
        } else {
            *out = ld_strdup(L, s);
        }
    }
    lua_pop(L, 1);
    return ok;
}

static bool get_bool(Loader *ld, lua_State *L, int t, const char *k, const char *what, int line, bool *out)
{
    int ty = raw_field(L, t, k);
    bool ok = true;
    *out = false;
    if (ty == LUA_TBOOLEAN)
        *out = lua_toboolean(L, -1);
    else if (ty != LUA_TNIL) {
        ld_error(ld, line, "%s: '%s' must be true or false, got %s", what, k, lua_typename(L, ty));
        ok = false;
    }
    lua_pop(L, 1);
    return ok;
}

/* List of non-empty strings at field k into *out / *n. */
static void get_string_list(Loader *ld, lua_State *L, int t, const char *k, bool required,
                            const char *what, int line, char ***out, int *nout)
{
    int ty = raw_field(L, t, k);
    int idx = lua_gettop(L);
    char w[300];
    snprintf(w, sizeof w, "%s: '%s'", what, k);
    if (ty == LUA_TNIL) {
        if (required)
            ld_error(ld, line, "%s: missing '%s' (a list of strings with at least one entry)", what, k);
    } else {
        int n = check_list(ld, L, idx, w, line);
        if (n == 0 && required)
            ld_error(ld, line, "%s: '%s' is empty: give at least one entry", what, k);
        if (n > 0) {
            *out = ld_calloc(L, (size_t)n, sizeof **out);
            for (int i = 1; i <= n; i++) {
                size_t len = 0;
                const char *s = lua_rawgeti(L, idx, i) == LUA_TSTRING ? lua_tolstring(L, -1, &len) : NULL;
                if (!s || len == 0 || strlen(s) != len || len > 8192)
                    ld_error(ld, line, "%s: '%s' entry %d must be a non-empty string", what, k, i);
                else
                    (*out)[(*nout)++] = ld_strdup(L, s);
                lua_pop(L, 1);
            }
        }
    }
    lua_pop(L, 1);
}

/* ---- numbers, points, polygons, shapes ---------------------------------------------- */

static bool check_coord(Loader *ld, double v, bool is_y, const char *what, int line, int entry)
{
    if (!isfinite(v)) {
        ld_error(ld, line, "%s: entry %d is not a finite number", what, entry);
        return false;
    }
    if (!is_y && !(fabs(v) < 60)) {
        ld_error(ld, line, "%s: entry %d: x = %g is outside the body grid (|x| < 60)", what, entry, v);
        return false;
    }
    if (is_y && !(v > -2 && v < 174)) {
        ld_error(ld, line, "%s: entry %d: y = %g is outside the body grid (-2 < y < 174)", what, entry, v);
        return false;
    }
    return true;
}

static bool read_point(Loader *ld, lua_State *L, int t, const char *what, int line, Vec2 *out)
{
    if (lua_type(L, t) != LUA_TTABLE) {
        ld_error(ld, line, "%s: expected a point { x, y }, got %s", what, luaL_typename(L, t));
        return false;
    }
    int n = check_list(ld, L, t, what, line);
    if (n < 0)
        return false;
    if (n != 2) {
        ld_error(ld, line, "%s: a point has exactly 2 numbers { x, y }, got %d", what, n);
        return false;
    }
    double v[2];
    bool ok = true;
    for (int i = 0; i < 2; i++) {
        if (lua_rawgeti(L, t, i + 1) != LUA_TNUMBER) {
            ld_error(ld, line, "%s: entry %d must be a number, got %s", what, i + 1, luaL_typename(L, -1));
            ok = false;
        } else {
            v[i] = lua_tonumber(L, -1);
            ok = check_coord(ld, v[i], i == 1, what, line, i + 1) && ok;
        }
        lua_pop(L, 1);
    }
    if (ok)
        *out = (Vec2){(float)v[0], (float)v[1]};
    return ok;
}

/* Reads { x1, y1, ..., smooth = b, half = b } and expands it into out (C heap). */
static bool read_polygon(Loader *ld, lua_State *L, int t, bool closed, bool allow_half,
                         const char *what, int line, Polygon *out)
{
    if (lua_type(L, t) != LUA_TTABLE) {
        ld_error(ld, line, "%s: expected a polygon { x1, y1, x2, y2, ... }, got %s", what, luaL_typename(L, t));
        return false;
    }
    lua_Unsigned n = lua_rawlen(L, t);
    bool smooth = false, half = false, ok = true, holes = false;
    lua_pushnil(L);
    while (lua_next(L, t)) {
        if (lua_type(L, -2) == LUA_TSTRING) {
            const char *k = lua_tostring(L, -2);
            bool *flag = !strcmp(k, "smooth") ? &smooth : !strcmp(k, "half") ? &half : NULL;
            if (!flag) {
                ld_error(ld, line, "%s: unknown key '%s' (a polygon holds numbers and optional smooth, half)", what, k);
                ok = false;
            } else if (lua_type(L, -1) != LUA_TBOOLEAN) {
                ld_error(ld, line, "%s: '%s' must be true or false", what, k);
                ok = false;
            } else {
                *flag = lua_toboolean(L, -1);
            }
        } else if (!lua_isinteger(L, -2) || lua_tointeger(L, -2) < 1 || (lua_Unsigned)lua_tointeger(L, -2) > n) {
            holes = true;
        }
        lua_pop(L, 1);
    }
    if (holes) {
        ld_error(ld, line, "%s: the list of numbers has holes (a nil?) or stray keys", what);
        return false;
    }
    if (n % 2) {
        ld_error(ld, line, "%s: odd count of numbers (%llu): every point needs an x and a y", what, (unsigned long long)n);
        return false;
    }
    lua_Unsigned np = n / 2, minp = closed ? 3 : 2;
    if (np < minp) {
        ld_error(ld, line, "%s: %llu point(s); a %s needs at least %llu", what, (unsigned long long)np,
                 closed ? "polygon" : "line", (unsigned long long)minp);
        return false;
    }
    if (np > ATLAS_MAX_POINTS) {
        ld_error(ld, line, "%s: too many points (%llu, at most %d)", what, (unsigned long long)np, ATLAS_MAX_POINTS);
        return false;
    }
    if (half && !allow_half) {
        ld_error(ld, line, "%s: 'half' is only for silhouettes and midline structures", what);
        ok = false;
    }
    /* scratch owned by Lua, so an error raised below leaks nothing */
    Vec2 *raw = lua_newuserdatauv(L, sizeof(Vec2) * (size_t)np * 2, 0);
    for (lua_Unsigned i = 0; i < n; i++) {
        if (lua_rawgeti(L, t, (lua_Integer)i + 1) != LUA_TNUMBER) {
            ld_error(ld, line, "%s: entry %llu must be a number, got %s", what, (unsigned long long)i + 1,
                     luaL_typename(L, -1));
            ok = false;
        } else {
            double v = lua_tonumber(L, -1);
            if (!check_coord(ld, v, i % 2 == 1, what, line, (int)i + 1))
                ok = false;
            else if (i % 2) raw[i / 2].y = (float)v;
            else raw[i / 2].x = (float)v;
        }
        lua_pop(L, 1);
        if (!ok && i > 4)
            break;
    }
    if (!ok) {
        lua_pop(L, 1);
        return false;
    }
    int m = (int)np;
    if (half) {
        int start = fabsf(raw[np - 1].x) < 1e-4f ? (int)np - 2 : (int)np - 1;
        int end = fabsf(raw[0].x) < 1e-4f ? 1 : 0;
        for (int i = start; i >= end; i--)
            raw[m++] = (Vec2){mirror_x(raw[i].x), raw[i].y};
    }
    int total = !smooth ? m : closed ? m * ATLAS_SMOOTH_STEPS : (m - 1) * ATLAS_SMOOTH_STEPS + 1;
    out->pts = ld_calloc(L, (size_t)total, sizeof(Vec2));
    if (!smooth)
        memcpy(out->pts, raw, sizeof(Vec2) * (size_t)m);
    else if (closed)
        geom_smooth_closed(raw, m, ATLAS_SMOOTH_STEPS, out->pts);
    else
        geom_smooth_open(raw, m, ATLAS_SMOOTH_STEPS, out->pts);
    out->n = total;
    lua_pop(L, 1);
    return true;
}

/* Reads a list of polygons { {...}, {...} } into out. */
static bool read_shape(Loader *ld, lua_State *L, int t, bool closed, bool allow_half,
                       const char *what, int line, Shape *out)
{
    if (lua_type(L, t) != LUA_TTABLE) {
        ld_error(ld, line, "%s: expected a list of polygons { {x1,y1,...}, ... }, got %s", what, luaL_typename(L, t));
        return false;
    }
    if (lua_rawgeti(L, t, 1) == LUA_TNUMBER) {
        lua_pop(L, 1);
        ld_error(ld, line, "%s: expected a list of polygons, got a flat list of numbers (wrap it: { {x1,y1,...} })", what);
        return false;
    }
    lua_pop(L, 1);
    int n = check_list(ld, L, t, what, line);
    if (n < 0)
        return false;
    if (n == 0) {
        ld_error(ld, line, "%s: empty list of polygons", what);
        return false;
    }
    out->polys = ld_calloc(L, (size_t)n, sizeof *out->polys);
    out->count = n;
    bool ok = true;
    for (int i = 1; i <= n; i++) {
        char w[400];
        snprintf(w, sizeof w, "%s polygon %d", what, i);
        lua_rawgeti(L, t, i);
        ok = read_polygon(ld, L, lua_gettop(L), closed, allow_half, w, line, &out->polys[i - 1]) && ok;
        lua_pop(L, 1);
    }
    return ok;
}

static void shape_copy(lua_State *L, const Shape *src, Shape *dst, bool mirror)
{
    if (src->count == 0)
        return;
    dst->polys = ld_calloc(L, (size_t)src->count, sizeof *dst->polys);
    dst->count = src->count;
    for (int i = 0; i < src->count; i++) {
        const Polygon *p = &src->polys[i];
        dst->polys[i].pts = ld_calloc(L, (size_t)(p->n > 0 ? p->n : 1), sizeof(Vec2));
        dst->polys[i].n = p->n;
        for (int k = 0; k < p->n; k++)
            dst->polys[i].pts[k] = mirror ? (Vec2){mirror_x(p->pts[k].x), p->pts[k].y} : p->pts[k];
    }
}

static void shape_free(Shape *s)
{
    for (int i = 0; i < s->count; i++)
        free(s->polys[i].pts);
    free(s->polys);
    s->polys = NULL;
    s->count = 0;
}

static int view_key_index(const char *k)
{
    for (int i = 0; i < NWRITTEN; i++)
        if (!strcmp(k, atlas_view_name(written_views[i])))
            return i;
    return -1;
}

/* Checks that table t has only written view names as keys. */
static void check_view_keys(Loader *ld, lua_State *L, int t, const char *what, int line)
{
    lua_pushnil(L);
    while (lua_next(L, t)) {
        lua_pop(L, 1);
        if (lua_type(L, -1) != LUA_TSTRING) {
            ld_error(ld, line, "%s: expected view names as keys (anterior, posterior, lateral_right)", what);
        } else if (view_key_index(lua_tostring(L, -1)) < 0) {
            const char *k = lua_tostring(L, -1);
            ld_error(ld, line, "%s: unknown view '%s' (files write anterior, posterior, lateral_right;%s)", what, k,
                     !strcmp(k, "lateral_left") ? " lateral_left is made by mirroring lateral_right" : " check the spelling");
        }
    }
}

/* Reads field k = { anterior = shape, ... } into sh[view] for the written views.
 * Returns the number of views present, or -1 after reporting. */
static int read_view_shapes(Loader *ld, lua_State *L, int t, const char *k, bool closed, bool allow_half,
                            const char *what, const char *id, Shape sh[VIEW_COUNT])
{
    int ty = raw_field(L, t, k);
    int idx = lua_gettop(L), found = 0;
    char w[400];
    snprintf(w, sizeof w, "%s: '%s'", what, k);
    if (ty == LUA_TNIL) {
        lua_pop(L, 1);
        return 0;
    }
    if (ty != LUA_TTABLE) {
        ld_error(ld, ld_line(ld, id, k, NULL), "%s must be a table of views { posterior = { {...} } }, got %s", w,
                 lua_typename(L, ty));
        lua_pop(L, 1);
        return -1;
    }
    check_view_keys(ld, L, idx, w, ld_line(ld, id, k, NULL));
    bool ok = true;
    for (int i = 0; i < NWRITTEN; i++) {
        View v = written_views[i];
        const char *vn = atlas_view_name(v);
        if (raw_field(L, idx, vn) != LUA_TNIL) {
            char wv[450];
            snprintf(wv, sizeof wv, "%s, view '%s'", w, vn);
            ok = read_shape(ld, L, lua_gettop(L), closed, allow_half, wv, ld_line(ld, id, k, vn), &sh[v]) && ok;
            found++;
        }
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
    return ok ? found : -1;
}

/* Makes the other side (and lateral_left) from the right side's written views. */
/* a pointer, not an array parameter: GCC -O2 misreads the bound of the latter (-Wstringop-overflow) */
static void expand_sides(lua_State *L, Shape (*sh)[VIEW_COUNT], bool midline)
{
    Shape *r = sh[SIDE_RIGHT], *l = sh[SIDE_LEFT];
    shape_copy(L, &r[VIEW_LATERAL_RIGHT], midline ? &r[VIEW_LATERAL_LEFT] : &l[VIEW_LATERAL_LEFT], true);
    if (midline) {
        for (int v = 0; v < VIEW_COUNT; v++)
            shape_copy(L, &r[v], &l[v], false);
    } else {
        shape_copy(L, &r[VIEW_ANTERIOR], &l[VIEW_ANTERIOR], true);
        shape_copy(L, &r[VIEW_POSTERIOR], &l[VIEW_POSTERIOR], true);
    }
}

static void expand_points(bool has[SIDE_COUNT][VIEW_COUNT], Vec2 at[SIDE_COUNT][VIEW_COUNT], bool midline)
{
    for (int v = 0; v < VIEW_COUNT; v++) {
        if (!has[SIDE_RIGHT][v] || v == VIEW_LATERAL_LEFT)
            continue;
        Vec2 p = at[SIDE_RIGHT][v], m = {mirror_x(p.x), p.y};
        if (v == VIEW_LATERAL_RIGHT) {
            Side s = midline ? SIDE_RIGHT : SIDE_LEFT;
            has[s][VIEW_LATERAL_LEFT] = true;
            at[s][VIEW_LATERAL_LEFT] = m;
            if (midline) {
                has[SIDE_LEFT][VIEW_LATERAL_RIGHT] = has[SIDE_LEFT][VIEW_LATERAL_LEFT] = true;
                at[SIDE_LEFT][VIEW_LATERAL_RIGHT] = p;
                at[SIDE_LEFT][VIEW_LATERAL_LEFT] = m;
            }
        } else {
            has[SIDE_LEFT][v] = true;
            at[SIDE_LEFT][v] = midline ? p : m;
        }
    }
}

/* Reads k = { anterior = {x,y}, ... } into has/at of the right side; returns count or -1. */
static int read_view_points(Loader *ld, lua_State *L, int t, const char *k, const char *what, const char *id,
                            bool has[SIDE_COUNT][VIEW_COUNT], Vec2 at[SIDE_COUNT][VIEW_COUNT])
{
    int ty = raw_field(L, t, k), idx = lua_gettop(L), found = 0;
    char w[400];
    snprintf(w, sizeof w, "%s: '%s'", what, k);
    bool ok = true;
    if (ty == LUA_TNIL) {
        lua_pop(L, 1);
        return 0;
    }
    if (ty != LUA_TTABLE) {
        ld_error(ld, ld_line(ld, id, k, NULL), "%s must be a table of views { posterior = { x, y } }, got %s", w,
                 lua_typename(L, ty));
        lua_pop(L, 1);
        return -1;
    }
    check_view_keys(ld, L, idx, w, ld_line(ld, id, k, NULL));
    for (int i = 0; i < NWRITTEN; i++) {
        View v = written_views[i];
        const char *vn = atlas_view_name(v);
        if (raw_field(L, idx, vn) != LUA_TNIL) {
            char wv[450];
            snprintf(wv, sizeof wv, "%s, view '%s'", w, vn);
            if (read_point(ld, L, lua_gettop(L), wv, ld_line(ld, id, k, vn), &at[SIDE_RIGHT][v])) {
                has[SIDE_RIGHT][v] = true;
                found++;
            } else {
                ok = false;
            }
        }
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
    return ok ? found : -1;
}

/* Reads the id field: present, snake_case. Returns the strdup'd id or NULL. */
static char *read_id(Loader *ld, lua_State *L, int t, const char *kind, int index)
{
    char what[64], *id = NULL;
    snprintf(what, sizeof what, "%s %d", kind, index);
    int ty = raw_field(L, t, "id");
    if (ty != LUA_TSTRING) {
        char after[48] = "";
        if (ld->hint_line > 0)
            snprintf(after, sizeof after, " (the next after line %d)", ld->hint_line);
        ld_error(ld, HINT(ld), "%s %d%s: %s 'id' (a snake_case string)", kind, index, after,
                 ty == LUA_TNIL ? "missing" : "bad");
    } else {
        const char *s = lua_tostring(L, -1);
        int line = ld_line(ld, s, NULL, NULL);
        if (!is_snake_id(s) || strlen(s) != lua_rawlen(L, -1))
            ld_error(ld, line, "%s id '%.64s%s' is not snake_case (lower-case letters, digits, _; starts with a letter)",
                     kind, s, strlen(s) > 64 ? "..." : "");   /* a huge id must not crowd out the rule */
        else {
            id = ld_strdup(L, s);
            ld->hint_line = line;
        }
    }
    lua_pop(L, 1);
    return id;
}

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

static void read_views(Loader *ld, lua_State *L, int t)
{
    Atlas *a = ld->a;
    const char *p = ld->src ? find_word(ld->src, "views") : NULL;
    int line = p ? line_at(ld, p) : 1;
    if (raw_field(L, t, "views") != LUA_TTABLE) {
        ld_error(ld, line, "missing 'views' table (anterior, posterior, lateral_right)");
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
        if (raw_field(L, idx, vn) != LUA_TTABLE) {
            ld_error(ld, vline, "'views': missing view '%s' (a table with silhouette and details)", vn);
            lua_pop(L, 1);
            continue;
        }
        int vi = lua_gettop(L);
        static const char *const keys[] = {"silhouette", "details", NULL};
        check_keys(ld, L, vi, keys, w, vline);
        char ws[160];
        snprintf(ws, sizeof ws, "view '%s': silhouette", vn);
        if (raw_field(L, vi, "silhouette") == LUA_TNIL)
            ld_error(ld, vline, "view '%s': missing 'silhouette'", vn);
        else
            read_shape(ld, L, lua_gettop(L), true, true, ws, vline, &a->views[v].silhouette);
        lua_pop(L, 1);
        snprintf(ws, sizeof ws, "view '%s': details", vn);
        if (raw_field(L, vi, "details") != LUA_TNIL)
            read_shape(ld, L, lua_gettop(L), false, true, ws, vline, &a->views[v].details);
        lua_pop(L, 2);
    }
    lua_pop(L, 1);
    shape_copy(L, &a->views[VIEW_LATERAL_RIGHT].silhouette, &a->views[VIEW_LATERAL_LEFT].silhouette, true);
    shape_copy(L, &a->views[VIEW_LATERAL_RIGHT].details, &a->views[VIEW_LATERAL_LEFT].details, true);
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
        snprintf(what, sizeof what, "landmark '%s'", id ? id : "?");
        static const char *const keys[] = {"id", "name", "anterior", "posterior", "lateral_right", NULL};
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
                snprintf(wv, sizeof wv, "%s, view '%s'", what, vn);
                if (read_point(ld, L, lua_gettop(L), wv, ld_line(ld, id, vn, NULL), &lm->at[SIDE_RIGHT][v]))
                    lm->has[SIDE_RIGHT][v] = true;
                else
                    ok = false;
            }
            lua_pop(L, 1);
        }
        if (ok && !lm->has[SIDE_RIGHT][VIEW_ANTERIOR] && !lm->has[SIDE_RIGHT][VIEW_POSTERIOR] &&
            !lm->has[SIDE_RIGHT][VIEW_LATERAL_RIGHT])
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
        snprintf(what, sizeof what, "area '%s'", id ? id : "?");
        static const char *const keys[] = {"id", "name", "midline", "anterior", "posterior", "lateral_right", NULL};
        check_keys(ld, L, ai, keys, what, line);
        for (int k = first; id && k < a->nareas - 1; k++)
            if (a->areas[k].id && !strcmp(a->areas[k].id, id) && a->areas[k].side == SIDE_RIGHT)
                ld_error(ld, ld_line_ex(ld, id, true, NULL, NULL), "duplicate area id '%s'", id);
        get_string(ld, L, ai, "name", true, what, line, &ar->name);
        get_bool(ld, L, ai, "midline", what, line, &ar->midline);
        int nviews = 0;
        Shape sh[SIDE_COUNT][VIEW_COUNT];
        memset(sh, 0, sizeof sh);
        for (int w = 0; w < NWRITTEN; w++) {
            View v = written_views[w];
            const char *vn = atlas_view_name(v);
            if (raw_field(L, ai, vn) != LUA_TNIL) {
                char wv[200];
                snprintf(wv, sizeof wv, "%s, view '%s'", what, vn);
                /* owned by the area from here on, so an error cannot leak it */
                read_shape(ld, L, lua_gettop(L), true, ar->midline, wv, ld_line(ld, id, vn, NULL), &ar->shape[v]);
                nviews++;
            }
            lua_pop(L, 1);
        }
        if (nviews == 0)
            ld_error(ld, line, "%s: no polygons in any view (anterior, posterior, lateral_right)", what);
        ar->label = make_label(L, ar->midline ? "" : "right ", ar->name ? ar->name : id ? id : "?");
        if (ar->midline) {
            shape_copy(L, &ar->shape[VIEW_LATERAL_RIGHT], &ar->shape[VIEW_LATERAL_LEFT], true);
        } else {
            AtlasArea *left = &a->areas[a->nareas++];
            left->side = SIDE_LEFT;
            left->id = id ? ld_strdup(L, id) : NULL;
            left->name = ar->name ? ld_strdup(L, ar->name) : NULL;
            left->label = make_label(L, "left ", ar->name ? ar->name : id ? id : "?");
            shape_copy(L, &ar->shape[VIEW_ANTERIOR], &left->shape[VIEW_ANTERIOR], true);
            shape_copy(L, &ar->shape[VIEW_POSTERIOR], &left->shape[VIEW_POSTERIOR], true);
            shape_copy(L, &ar->shape[VIEW_LATERAL_RIGHT], &left->shape[VIEW_LATERAL_LEFT], true);
        }
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
    ld->have_areas = true;
}

/* ---- muscles/NAME.lua ------------------------------------------------------------------ */

/* ---- layers, frequency, palpation ------------------------------------------------- */

static const char *const layer_names[LAYER_COUNT] = {"superficial", "intermediate", "deep"};
static const char *const frequency_names[FREQ_COUNT] = {"common", "occasional", "rare"};
static const char *const position_names[POS_COUNT] = {"prone", "supine", "side_lying", "seated"};
static const char *const technique_names[TECH_COUNT] = {"flat", "pincer"};

/* Reads string field k of t as one of names[0..n); *out untouched when absent. Reports an
 * unknown word with the list of valid ones. */
static void get_enum(Loader *ld, lua_State *L, int t, const char *k, const char *const *names, int n,
                     const char *what, int line, int *out)
{
    int ty = raw_field(L, t, k);
    if (ty == LUA_TSTRING) {
        const char *v = lua_tostring(L, -1);
        int found = -1;
        char list[200] = "";
        for (int i = 0; i < n; i++) {
            if (!strcmp(v, names[i]))
                found = i;
            strncat(list, i ? ", " : "", sizeof list - strlen(list) - 1);
            strncat(list, names[i], sizeof list - strlen(list) - 1);
        }
        if (found < 0)
            ld_error(ld, line, "%s: '%s' must be one of %s, got '%.40s'", what, k, list, v);
        else
            *out = found;
    } else if (ty != LUA_TNIL) {
        ld_error(ld, line, "%s: '%s' must be a string, got %s", what, k, lua_typename(L, ty));
    }
    lua_pop(L, 1);
}

static bool landmark_known(const Atlas *a, const char *id)
{
    for (int i = 0; i < a->nlandmarks; i++)
        if (a->landmarks[i].id && !strcmp(a->landmarks[i].id, id))
            return true;
    return false;
}

/* palpation = { position =, technique =, landmarks = { ids }, steps = { "..." } } (a muscle's
 * may also hold text = "prose"). The table is at the top of the stack. */
static void read_palpation(Loader *ld, lua_State *L, int t, bool allow_text, const char *what, int line,
                           AtlasPalpation *p, char **text)
{
    static const char *const keys_m[] = {"text", "position", "technique", "landmarks", "steps", NULL};
    char w[300];
    snprintf(w, sizeof w, "%s: palpation", what);
    check_keys(ld, L, t, allow_text ? keys_m : keys_m + 1, w, line);
    if (allow_text)
        get_string(ld, L, t, "text", true, w, line, text);
    get_enum(ld, L, t, "position", position_names, POS_COUNT, w, line, &p->position);
    get_enum(ld, L, t, "technique", technique_names, TECH_COUNT, w, line, &p->technique);
    get_string_list(ld, L, t, "landmarks", false, w, line, &p->landmarks, &p->nlandmarks);
    for (int i = 0; i < p->nlandmarks; i++)
        if (!landmark_known(ld->a, p->landmarks[i]))
            ld_error(ld, line, "%s: landmark '%s' is not a landmark id of body.lua", w, p->landmarks[i]);
    get_string_list(ld, L, t, "steps", false, w, line, &p->steps, &p->nsteps);
}

static void palpation_init(AtlasPalpation *p)
{
    memset(p, 0, sizeof *p);
    p->position = p->technique = -1;
}

static void palpation_free(AtlasPalpation *p)
{
    for (int i = 0; i < p->nlandmarks; i++)
        free(p->landmarks[i]);
    free(p->landmarks);
    for (int i = 0; i < p->nsteps; i++)
        free(p->steps[i]);
    free(p->steps);
}

/* A trigger point takes what it does not say from its muscle (copies, so each owns its own). */
static void palpation_inherit(lua_State *L, AtlasPalpation *tp, const AtlasPalpation *m)
{
    if (tp->position < 0)
        tp->position = m->position;
    if (tp->technique < 0)
        tp->technique = m->technique;
    if (!tp->nlandmarks && m->nlandmarks) {
        tp->landmarks = ld_calloc(L, (size_t)m->nlandmarks, sizeof *tp->landmarks);
        for (int i = 0; i < m->nlandmarks; i++)
            tp->landmarks[tp->nlandmarks++] = ld_strdup(L, m->landmarks[i]);
    }
    if (!tp->nsteps && m->nsteps) {
        tp->steps = ld_calloc(L, (size_t)m->nsteps, sizeof *tp->steps);
        for (int i = 0; i < m->nsteps; i++)
            tp->steps[tp->nsteps++] = ld_strdup(L, m->steps[i]);
    }
}

static bool trp_id_taken(const Atlas *a, const char *id)
{
    int seen = 0;
    for (int i = 0; i < a->nmuscles; i++)
        for (int k = 0; k < a->muscles[i].ntrps; k++)
            if (a->muscles[i].trps[k].id && !strcmp(a->muscles[i].trps[k].id, id))
                seen++;
    return seen > 0;
}

static bool area_known(const Atlas *a, const char *id)
{
    for (int i = 0; i < a->nareas; i++)
        if (a->areas[i].id && !strcmp(a->areas[i].id, id))
            return true;
    return false;
}

static void read_trp(Loader *ld, lua_State *L, int t, AtlasMuscle *m, int index)
{
    Atlas *a = ld->a;
    char *id = read_id(ld, L, t, "trigger point", index);
    if (id && trp_id_taken(a, id)) {
        ld_error(ld, ld_line_ex(ld, id, true, NULL, NULL), "muscle '%s': duplicate trigger point id '%s'",
                 m->id ? m->id : "?", id);
    }
    AtlasTrp *tp = &m->trps[m->ntrps++];
    tp->id = id;
    int line = ld_line(ld, id, NULL, NULL);
    tp->line = line;
    char what[200];
    snprintf(what, sizeof what, "muscle '%s', trigger point '%s'", m->id ? m->id : "?", id ? id : "?");
    static const char *const keys[] = {"id", "name", "at", "essential", "spillover", "note", "disputed",
                                       "frequency", "palpation", NULL};
    check_keys(ld, L, t, keys, what, line);
    int freq = FREQ_COMMON;
    get_enum(ld, L, t, "frequency", frequency_names, FREQ_COUNT, what, ld_line(ld, id, "frequency", NULL), &freq);
    tp->frequency = (AtlasFrequency)freq;
    palpation_init(&tp->palp);
    int pty = raw_field(L, t, "palpation");
    if (pty == LUA_TTABLE)
        read_palpation(ld, L, lua_gettop(L), false, what, ld_line(ld, id, "palpation", NULL), &tp->palp, NULL);
    else if (pty != LUA_TNIL)
        ld_error(ld, ld_line(ld, id, "palpation", NULL), "%s: 'palpation' must be a table { position = ..., technique = ..., landmarks = {...}, steps = {...} }, got %s",
                 what, lua_typename(L, pty));
    lua_pop(L, 1);
    palpation_inherit(L, &tp->palp, &m->palp);
    if (!get_string(ld, L, t, "name", false, what, line, &tp->name) || !tp->name) {
        char def[32];
        snprintf(def, sizeof def, "TrP%d", index);
        if (!tp->name)
            tp->name = ld_strdup(L, def);
    }
    get_string(ld, L, t, "note", false, what, line, &tp->note);
    get_string_list(ld, L, t, "disputed", false, what, ld_line(ld, id, "disputed", NULL), &tp->disputed, &tp->ndisputed);
    for (int i = 0; i < tp->ndisputed; i++)
        if (ld->have_areas && !area_known(a, tp->disputed[i]))
            ld_error(ld, ld_line(ld, id, "disputed", NULL), "%s: disputed area '%s' is not an area id in areas.lua",
                     what, tp->disputed[i]);
    int nat = read_view_points(ld, L, t, "at", what, id, tp->has_at, tp->at);
    if (nat == 0)
        ld_error(ld, line, "%s: no position: give 'at' with at least one view, e.g. at = { posterior = { x, y } }", what);
    int ness = read_view_shapes(ld, L, t, "essential", true, m->midline, what, id, tp->essential[SIDE_RIGHT]);
    if (ness == 0)
        ld_error(ld, line, "%s: no essential zone: give 'essential' with polygons in at least one view", what);
    read_view_shapes(ld, L, t, "spillover", true, m->midline, what, id, tp->spillover[SIDE_RIGHT]);
    expand_points(tp->has_at, tp->at, m->midline);
    expand_sides(L, tp->essential, m->midline);
    expand_sides(L, tp->spillover, m->midline);
}

static void read_muscle(Loader *ld, lua_State *L, int t, AtlasMuscle *m, int index)
{
    Atlas *a = ld->a;
    m->id = read_id(ld, L, t, "muscle", index);
    const char *id = m->id;
    int line = ld_line(ld, id, NULL, NULL);
    m->line = line;
    m->file = ld_strdup(L, ld->rel);
    for (int k = 0; id && k < a->nmuscles - 1; k++)
        if (a->muscles[k].id && !strcmp(a->muscles[k].id, id))
            ld_error(ld, ld_line_ex(ld, id, true, NULL, NULL), "duplicate muscle id '%s' (also in %s:%d)", id,
                     a->muscles[k].file, a->muscles[k].line);
    char what[128];
    snprintf(what, sizeof what, "muscle '%s'", id ? id : "?");
    static const char *const keys[] = {"id", "name", "region", "palpation", "sources", "outline", "trps", "midline",
                                       "layer", NULL};
    check_keys(ld, L, t, keys, what, line);
    get_string(ld, L, t, "name", true, what, line, &m->name);
    if (get_string(ld, L, t, "region", true, what, ld_line(ld, id, "region", NULL), &m->region) && m->region) {
        bool known = false;
        char list[512] = "";
        for (int i = 0; i < a->nregions; i++) {
            known = known || !strcmp(a->regions[i], m->region);
            strncat(list, i ? ", " : "", sizeof list - strlen(list) - 1);
            strncat(list, a->regions[i], sizeof list - strlen(list) - 1);
        }
        if (!known)
            ld_error(ld, ld_line(ld, id, "region", NULL), "%s: unknown region '%s' (body.lua regions: %s)", what,
                     m->region, list);
    }
    int layer = LAYER_SUPERFICIAL;
    get_enum(ld, L, t, "layer", layer_names, LAYER_COUNT, what, ld_line(ld, id, "layer", NULL), &layer);
    m->layer = (AtlasLayer)layer;
    /* palpation: prose, or a table with the prose as `text` and the structured fields */
    palpation_init(&m->palp);
    int pline = ld_line(ld, id, "palpation", NULL);
    if (raw_field(L, t, "palpation") == LUA_TTABLE) {
        read_palpation(ld, L, lua_gettop(L), true, what, pline, &m->palp, &m->palpation);
        lua_pop(L, 1);
    } else {
        lua_pop(L, 1);
        get_string(ld, L, t, "palpation", true, what, pline, &m->palpation);
    }
    get_string_list(ld, L, t, "sources", true, what, ld_line(ld, id, "sources", NULL), &m->sources, &m->nsources);
    get_bool(ld, L, t, "midline", what, line, &m->midline);
    read_view_shapes(ld, L, t, "outline", true, m->midline, what, id, m->outline[SIDE_RIGHT]);
    expand_sides(L, m->outline, m->midline);

    int tline = ld_line(ld, id, "trps", NULL);
    if (raw_field(L, t, "trps") == LUA_TNIL) {
        ld_error(ld, line, "%s: missing 'trps' (a list of trigger points)", what);
    } else {
        int ti = lua_gettop(L);
        char w[160];
        snprintf(w, sizeof w, "%s: 'trps'", what);
        int n = check_list(ld, L, ti, w, tline);
        if (n == 0)
            ld_error(ld, tline, "%s: 'trps' is empty: give at least one trigger point", what);
        if (n > 0)
            m->trps = ld_calloc(L, (size_t)n, sizeof *m->trps);
        for (int i = 1; i <= n; i++) {
            if (lua_rawgeti(L, ti, i) != LUA_TTABLE)
                ld_error(ld, tline, "%s: trigger point %d must be a table", what, i);
            else
                read_trp(ld, L, lua_gettop(L), m, i);
            lua_pop(L, 1);
        }
    }
    lua_pop(L, 1);
}

static void read_muscles(Loader *ld, lua_State *L, int t)
{
    Atlas *a = ld->a;
    static const char *const top[] = {"muscles", NULL};
    check_keys(ld, L, t, top, "the returned table", 1);
    if (raw_field(L, t, "muscles") == LUA_TNIL) {
        ld_error(ld, 1, "missing 'muscles' list");
        lua_pop(L, 1);
        return;
    }
    int idx = lua_gettop(L), n = check_list(ld, L, idx, "'muscles'", 1);
    if (n > 0) {
        AtlasMuscle *grown = realloc(a->muscles, sizeof *a->muscles * (size_t)(a->nmuscles + n));
        if (!grown)
            luaL_error(L, "out of memory");
        a->muscles = grown;
        memset(a->muscles + a->nmuscles, 0, sizeof *a->muscles * (size_t)n);
    }
    for (int i = 1; i <= n; i++) {
        if (lua_rawgeti(L, idx, i) != LUA_TTABLE) {
            ld_error(ld, HINT(ld), "muscle %d: expected a table, got %s", i, luaL_typename(L, -1));
        } else {
            AtlasMuscle *m = &a->muscles[a->nmuscles++];
            read_muscle(ld, L, lua_gettop(L), m, i);
        }
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
}

/* ---- running one file --------------------------------------------------------------- */

static void *sandbox_alloc(void *ud, void *ptr, size_t osize, size_t nsize)
{
    Loader *ld = ud;
    size_t old = ptr ? osize : 0;
    if (nsize == 0) {
        free(ptr);
        ld->mem_used -= old;
        return NULL;
    }
    if (nsize > old && ld->mem_used - old + nsize > ATLAS_MEM_CAP)
        return NULL;
    void *p = realloc(ptr, nsize);
    if (p)
        ld->mem_used = ld->mem_used - old + nsize;
    return p;
}

static void sandbox_hook(lua_State *L, lua_Debug *ar)
{
    void *ud;
    lua_getallocf(L, &ud);
    Loader *ld = ud;
    if (ar->event == LUA_HOOKLINE) {
        ld->cur_line = ar->currentline;
        return;
    }
    ld->instructions += ATLAS_HOOK_EVERY;
    if (ld->instructions > ATLAS_INSTR_LIMIT) {
        lua_pushfstring(L, "%s:%d: the file runs too long (more than %d million instructions): "
                        "an endless loop? Atlas files hold only tables",
                        ld->rel, ld->cur_line, (int)(ATLAS_INSTR_LIMIT / 1000000));
        lua_error(L);
    }
}

static int run_protected(lua_State *L)
{
    Loader *ld = lua_touserdata(L, 1);
    char chunk[260];
    snprintf(chunk, sizeof chunk, "=%s", ld->rel);
    if (luaL_loadbufferx(L, ld->src, ld->len, chunk, "t") != LUA_OK)
        return lua_error(L);
    lua_newtable(L);                        /* the empty _ENV: no functions at all */
    if (!lua_setupvalue(L, -2, 1))
        lua_pop(L, 1);
    ld->in_chunk = true;
    lua_sethook(L, sandbox_hook, LUA_MASKCOUNT | LUA_MASKLINE, ATLAS_HOOK_EVERY);
    lua_call(L, 0, 1);
    lua_sethook(L, NULL, 0, 0);
    ld->in_chunk = false;
    if (lua_type(L, -1) != LUA_TTABLE) {
        ld_error(ld, 1, "the file must return a table (return { ... }), it returned %s", luaL_typename(L, -1));
        return 0;
    }
    luaL_checkstack(L, 40, "atlas reader");
    ld->reader(ld, L, lua_gettop(L));
    return 0;
}

/* Reads dir/rel into ld->src (BOM stripped, NUL-terminated). false if it cannot. */
static bool read_source(Loader *ld, bool required)
{
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
    size_t skip = n >= 3 && (unsigned char)buf[0] == 0xEF && (unsigned char)buf[1] == 0xBB &&
                  (unsigned char)buf[2] == 0xBF ? 3 : 0;
    memmove(buf, buf + skip, n - skip);
    buf[n - skip] = 0;
    ld->src = buf;
    ld->line_pos = NULL;
    ld->len = n - skip;
    return true;
}

static bool run_file(Loader *ld, const char *rel, ReaderFn reader, bool required)
{
    snprintf(ld->rel, sizeof ld->rel, "%s", rel);
    snprintf(ld->path, sizeof ld->path, "%s/%s", ld->dir, rel);
    ld->hint_line = 0;
    if (!read_source(ld, required))
        return false;
    ld->mem_used = 0;
    ld->instructions = 0;
    ld->cur_line = 0;
    ld->in_chunk = false;
    ld->reader = reader;
    int before = ld->nerrors;
    lua_State *L = lua_newstate(sandbox_alloc, ld);
    if (!L) {
        ld_error(ld, 0, "cannot create a Lua state (out of memory)");
    } else {
        lua_pushcfunction(L, run_protected);
        lua_pushlightuserdata(L, ld);
        int st = lua_pcall(L, 1, 0, 0);
        if (st == LUA_ERRMEM) {
            if (ld->in_chunk)
                ld_error(ld, ld->cur_line, "the file needs more than %zu MiB of memory (line approximate): "
                         "atlas files hold only tables", ATLAS_MEM_CAP >> 20);
            else
                ld_error(ld, HINT(ld), "out of memory while reading the file");
        } else if (st != LUA_OK) {
            const char *msg = lua_type(L, -1) == LUA_TSTRING ? lua_tostring(L, -1) : "error";
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
        lua_close(L);
    }
    free(ld->src);
    ld->src = NULL;
    ld->line_pos = NULL;
    ld->len = 0;
    return ld->nerrors == before;
}

/* ---- loading and unloading ---------------------------------------------------------- */

static int cmp_names(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static void load_muscle_dir(Loader *ld)
{
    char mdir[1024];
    snprintf(mdir, sizeof mdir, "%s/muscles", ld->dir);
    char **names = NULL;
    int n = 0;
    if (atlas_list_lua_files(mdir, &names, &n) != 0) {
        memcpy(ld->path, mdir, sizeof mdir);
        ld_error(ld, 0, "cannot list the folder");
        return;
    }
    if (n > 1)
        qsort(names, (size_t)n, sizeof *names, cmp_names);
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
    if (!atlas_is_dir(ld.dir)) {
        snprintf(ld.path, sizeof ld.path, "%s", ld.dir);
        ld_error(&ld, 0, "no such atlas folder");
    } else if (run_file(&ld, "body.lua", read_body, true)) {
        run_file(&ld, "areas.lua", read_areas, false);
        load_muscle_dir(&ld);
    }
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

static void free_strings(char **s, int n)
{
    for (int i = 0; i < n; i++)
        free(s[i]);
    free(s);
}

void atlas_unload(Atlas *a)
{
    if (!a)
        return;
    for (int v = 0; v < VIEW_COUNT; v++) {
        shape_free(&a->views[v].silhouette);
        shape_free(&a->views[v].details);
    }
    for (int i = 0; i < a->nmuscles; i++) {
        AtlasMuscle *m = &a->muscles[i];
        free(m->id); free(m->name); free(m->region); free(m->palpation);
        palpation_free(&m->palp);
        free((char *)m->file);
        free_strings(m->sources, m->nsources);
        for (int s = 0; s < SIDE_COUNT; s++)
            for (int v = 0; v < VIEW_COUNT; v++)
                shape_free(&m->outline[s][v]);
        for (int k = 0; k < m->ntrps; k++) {
            AtlasTrp *t = &m->trps[k];
            free(t->id); free(t->name); free(t->note);
            free_strings(t->disputed, t->ndisputed);
            palpation_free(&t->palp);
            for (int s = 0; s < SIDE_COUNT; s++)
                for (int v = 0; v < VIEW_COUNT; v++) {
                    shape_free(&t->essential[s][v]);
                    shape_free(&t->spillover[s][v]);
                }
        }
        free(m->trps);
    }
    free(a->muscles);
    for (int i = 0; i < a->nareas; i++) {
        AtlasArea *ar = &a->areas[i];
        free(ar->id); free(ar->name); free(ar->label);
        for (int v = 0; v < VIEW_COUNT; v++)
            shape_free(&ar->shape[v]);
    }
    free(a->areas);
    for (int i = 0; i < a->nlandmarks; i++) {
        free(a->landmarks[i].id);
        free(a->landmarks[i].name);
    }
    free(a->landmarks);
    free_strings(a->regions, a->nregions);
    free(a);
}

/* ---- files ---------------------------------------------------------------------------- */

static bool atlas_is_dir(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

/* Names of the *.lua files in dir (not hidden). A missing folder is an empty list. */
static int atlas_list_lua_files(const char *dir, char ***names, int *n)
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
    return 0;
}

const char *atlas_default_dir(void)
{
    static char buf[4200];
    return paths_installed("TT_ASSETS", "atlas", "assets/atlas", buf, sizeof buf);
}

/* ---- names and lookups ---------------------------------------------------------------- */

static const char *const view_names[VIEW_COUNT] = {"anterior", "posterior", "lateral_right", "lateral_left"};
static const char *const side_names[SIDE_COUNT] = {"right", "left"};

const char *atlas_view_name(View v)
{
    return v >= 0 && v < VIEW_COUNT ? view_names[v] : "?";
}

bool atlas_view_parse(const char *name, View *out)
{
    for (int v = 0; name && v < VIEW_COUNT; v++)
        if (!strcmp(name, view_names[v])) {
            if (out) *out = (View)v;
            return true;
        }
    return false;
}

const char *atlas_layer_name(AtlasLayer l)
{
    return l >= 0 && l < LAYER_COUNT ? layer_names[l] : "?";
}

const char *atlas_frequency_name(AtlasFrequency f)
{
    return f >= 0 && f < FREQ_COUNT ? frequency_names[f] : "?";
}

const char *atlas_position_name(PalpPosition p)
{
    return p >= 0 && p < POS_COUNT ? position_names[p] : "?";
}

const char *atlas_technique_name(PalpTechnique t)
{
    return t >= 0 && t < TECH_COUNT ? technique_names[t] : "?";
}

const char *atlas_side_name(Side s)
{
    return s >= 0 && s < SIDE_COUNT ? side_names[s] : "?";
}

bool atlas_side_parse(const char *name, Side *out)
{
    for (int s = 0; name && s < SIDE_COUNT; s++)
        if (!strcmp(name, side_names[s])) {
            if (out) *out = (Side)s;
            return true;
        }
    return false;
}

View atlas_view_mirror(View v)
{
    return v == VIEW_LATERAL_RIGHT ? VIEW_LATERAL_LEFT : v == VIEW_LATERAL_LEFT ? VIEW_LATERAL_RIGHT : v;
}

const AtlasMuscle *atlas_muscle(const Atlas *a, const char *id)
{
    for (int i = 0; a && id && i < a->nmuscles; i++)
        if (a->muscles[i].id && !strcmp(a->muscles[i].id, id))
            return &a->muscles[i];
    return NULL;
}

const AtlasTrp *atlas_trp(const Atlas *a, const char *id, const AtlasMuscle **muscle)
{
    for (int i = 0; a && id && i < a->nmuscles; i++)
        for (int k = 0; k < a->muscles[i].ntrps; k++)
            if (a->muscles[i].trps[k].id && !strcmp(a->muscles[i].trps[k].id, id)) {
                if (muscle) *muscle = &a->muscles[i];
                return &a->muscles[i].trps[k];
            }
    return NULL;
}

const AtlasLandmark *atlas_landmark(const Atlas *a, const char *id)
{
    for (int i = 0; a && id && i < a->nlandmarks; i++)
        if (a->landmarks[i].id && !strcmp(a->landmarks[i].id, id))
            return &a->landmarks[i];
    return NULL;
}

bool atlas_muscle_has_trp_in(const AtlasMuscle *m, View v, Side s)
{
    if (!m || v < 0 || v >= VIEW_COUNT || s < 0 || s >= SIDE_COUNT)
        return false;
    for (int k = 0; k < m->ntrps; k++)
        if (m->trps[k].has_at[s][v])
            return true;
    return false;
}

/* Levenshtein distance, capped at 64 characters per word. */
static int edit_distance(const char *a, const char *b)
{
    int la = (int)strlen(a), lb = (int)strlen(b);
    if (la > 64 || lb > 64)
        return 1000;
    int row[65];
    for (int j = 0; j <= lb; j++)
        row[j] = j;
    for (int i = 1; i <= la; i++) {
        int diag = row[0];
        row[0] = i;
        for (int j = 1; j <= lb; j++) {
            int up = row[j];
            int best = diag + (a[i - 1] != b[j - 1]);
            if (row[j - 1] + 1 < best) best = row[j - 1] + 1;
            if (up + 1 < best) best = up + 1;
            row[j] = best;
            diag = up;
        }
    }
    return row[lb];
}

const char *atlas_suggest_muscle(const Atlas *a, const char *id)
{
    if (!a || !id || !*id)
        return NULL;
    const char *best = NULL;
    int bestd = 1000;
    for (int i = 0; i < a->nmuscles; i++) {
        if (!a->muscles[i].id)
            continue;
        int d = edit_distance(id, a->muscles[i].id);
        if (d < bestd) {
            bestd = d;
            best = a->muscles[i].id;
        }
    }
    int len = (int)strlen(id), limit = len / 3 > 2 ? len / 3 : 2;
    return best && bestd > 0 && bestd <= limit ? best : NULL;
}
