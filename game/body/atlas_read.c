/* atlas_read: the toolkit of the atlas readers (atlas_read.h): messages with file and line
 * (the lines looked up in atlas_lines.c), typed fields, ids, points, polygons (smoothed,
 * half, mirrored) and shapes per view. Everything is read with raw access, so no metamethod runs. */
#include "body/atlas_read.h"

#include <lauxlib.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define ATLAS_SMOOTH_STEPS 8
#define ATLAS_MAX_POINTS 20000

const View written_views[NWRITTEN] = {VIEW_ANTERIOR, VIEW_POSTERIOR, VIEW_LATERAL_RIGHT, VIEW_FOOT_PLANTAR,
                                      VIEW_LEG_MEDIAL, VIEW_HAND_PALMAR, VIEW_HAND_DORSAL};

/* "anterior, posterior, lateral_right, foot_plantar, ...": the views files write */
const char *written_view_list(void)
{
    static char list[200];
    if (!list[0])
        for (int i = 0; i < NWRITTEN; i++) {
            size_t used = strlen(list);
            snprintf(list + used, sizeof list - used, "%s%s", i ? ", " : "", atlas_view_name(written_views[i]));
        }
    return list;
}

/* A regional view written in a file must be drawn in body.lua (read first). */
bool ld_view_drawn(Loader *ld, View v, const char *what, int line)
{
    if (atlas_view_present(ld->a, v))
        return true;
    ld_error(ld, line, "%s: view '%s' is not drawn in body.lua (no silhouette there)", what, atlas_view_name(v));
    return false;
}

/* ---- messages ---------------------------------------------------------------------- */

void ld_append(Loader *ld, const char *text)
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

void ld_error(Loader *ld, int line, const char *fmt, ...)
{
    char msg[768], full[2048];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    line = ld_line_of(ld, line);
    if (line > 0)
        snprintf(full, sizeof full, "%s:%d: %s", ld->path, line, msg);
    else
        snprintf(full, sizeof full, "%s: %s", ld->path, msg);
    ld->nerrors++;
    ld_append(ld, full);
}

/* ---- small helpers ------------------------------------------------------------------ */

char *ld_cat(char *buf, size_t size, ...)
{
    va_list ap;
    va_start(ap, size);
    size_t used = 0;
    for (const char *s; size && (s = va_arg(ap, const char *));) {
        size_t n = strlen(s);
        if (n > size - 1 - used)
            n = size - 1 - used;
        memcpy(buf + used, s, n);
        used += n;
    }
    va_end(ap);
    if (size)
        buf[used] = 0;
    return buf;
}

const char *ld_int(int n, char tmp[16])
{
    unsigned u = n < 0 ? 0u - (unsigned)n : (unsigned)n;
    char *p = tmp + 15;
    *p = 0;
    do {
        *--p = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    if (n < 0)
        *--p = '-';
    return p;
}

void *ld_calloc(lua_State *L, size_t n, size_t size)
{
    void *p = calloc(n ? n : 1, size);
    if (!p)
        luaL_error(L, "out of memory");
    return p;
}

char *ld_strdup(lua_State *L, const char *s)
{
    size_t n = strlen(s) + 1;
    char *p = ld_calloc(L, n, 1);
    memcpy(p, s, n);
    return p;
}

bool is_snake_id(const char *s)
{
    if (!s || !(*s >= 'a' && *s <= 'z'))
        return false;
    for (const char *p = s; *p; p++)
        if (!((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') || *p == '_'))
            return false;
    return strlen(s) <= 64;
}

int raw_field(lua_State *L, int t, const char *k)
{
    lua_pushstring(L, k);
    return lua_rawget(L, t);
}

float mirror_x(float x)
{
    return 0.0f - x; /* never -0 */
}

static bool key_allowed(const char *k, const char *const *allowed)
{
    for (int i = 0; allowed[i]; i++)
        if (!strcmp(k, allowed[i]))
            return true;
    return false;
}

/* Reports keys of table t that are not in allowed (NULL-terminated) and list entries. */
void check_keys(Loader *ld, lua_State *L, int t, const char *const *allowed,
                       const char *what, int line)
{
    char expected[256] = "";   /* made for the first message: most tables have none */
    bool list_reported = false;
    lua_pushnil(L);
    while (lua_next(L, t)) {
        lua_pop(L, 1);
        bool is_key = lua_type(L, -1) == LUA_TSTRING;
        if ((is_key && key_allowed(lua_tostring(L, -1), allowed)) || (!is_key && list_reported))
            continue;
        if (!expected[0])
            for (int i = 0; allowed[i]; i++) {
                strncat(expected, i ? ", " : "", sizeof expected - strlen(expected) - 1);
                strncat(expected, allowed[i], sizeof expected - strlen(expected) - 1);
            }
        if (is_key) {
            const char *k = lua_tostring(L, -1);
            int kl = ld_line_of(ld, line);
            if (ld->src) {
                const char *p = find_word(ld->src, k);
                if (p && kl <= 1) kl = line_at(ld, p);
            }
            ld_error(ld, kl, "%s: unknown key '%s' (expected one of: %s)", what, k, expected);
        } else {
            list_reported = true;
            ld_error(ld, line, "%s: unexpected list entry (this table takes only the keys %s)", what, expected);
        }
    }
}

/* Checks that t is a list (keys 1..n only); returns n or -1 after reporting. */
int check_list(Loader *ld, lua_State *L, int t, const char *what, int line)
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
bool get_string(Loader *ld, lua_State *L, int t, const char *k, bool required,
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

bool get_bool(Loader *ld, lua_State *L, int t, const char *k, const char *what, int line, bool *out)
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
void get_string_list(Loader *ld, lua_State *L, int t, const char *k, bool required,
                            const char *what, int line, char ***out, int *nout)
{
    int ty = raw_field(L, t, k);
    int idx = lua_gettop(L);
    char w[300];
    LD_CAT(w, what, ": '", k, "'");
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

bool read_point(Loader *ld, lua_State *L, int t, const char *what, int line, Vec2 *out)
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

/* The loader's scratch of at least bytes (kept until atlas_load returns); raises when out of
 * memory. */
static void *scratch(Loader *ld, lua_State *L, size_t bytes)
{
    if (bytes > ld->scratch_cap) {
        free(ld->scratch);
        ld->scratch = malloc(bytes);
        ld->scratch_cap = ld->scratch ? bytes : 0;
        if (!ld->scratch)
            luaL_error(L, "out of memory");
    }
    return ld->scratch;
}

/* Reads { x1, y1, ..., smooth = b, half = b } and expands it into out (C heap). */
bool read_polygon(Loader *ld, lua_State *L, int t, bool closed, bool allow_half,
                         const char *what, int line, Polygon *out)
{
    if (lua_type(L, t) != LUA_TTABLE) {
        ld_error(ld, line, "%s: expected a polygon { x1, y1, x2, y2, ... }, got %s", what, luaL_typename(L, t));
        return false;
    }
    lua_Unsigned n = lua_rawlen(L, t), numbers = 0;
    bool smooth = false, half = false, ok = true, holes = false;
    /* the numbers are taken on the way (one pass instead of two); the second pass is made
     * only for a list with a non-number or a nil in it, to word its message */
    double *vals = n <= 2 * ATLAS_MAX_POINTS ? scratch(ld, L, sizeof(double) * (size_t)n * 2) : NULL;
    lua_pushnil(L);
    while (lua_next(L, t)) {
        int key = lua_type(L, -2), is_int = 0;
        /* a number key is an integer or not integral (tables store 2.0 as 2) */
        lua_Integer at = key == LUA_TNUMBER ? lua_tointegerx(L, -2, &is_int) : 0;
        if (is_int && at >= 1 && (lua_Unsigned)at <= n) {
            if (vals && lua_type(L, -1) == LUA_TNUMBER) {
                vals[at - 1] = lua_tonumber(L, -1);
                numbers++;
            }
        } else if (key == LUA_TSTRING) {
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
        } else {
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
    /* the points after the numbers in the scratch (the loader's, so an error raised below
     * leaks nothing) */
    bool taken = vals && numbers == n;
    Vec2 *raw = (Vec2 *)(vals ? vals + n : scratch(ld, L, sizeof(Vec2) * (size_t)np * 2));
    for (lua_Unsigned i = 0; i < n; i++) {
        if (!taken && lua_rawgeti(L, t, (lua_Integer)i + 1) != LUA_TNUMBER) {
            ld_error(ld, line, "%s: entry %llu must be a number, got %s", what, (unsigned long long)i + 1,
                     luaL_typename(L, -1));
            ok = false;
        } else {
            double v = taken ? vals[i] : lua_tonumber(L, -1);
            if (!check_coord(ld, v, i % 2 == 1, what, line, (int)i + 1))
                ok = false;
            else if (i % 2) raw[i / 2].y = (float)v;
            else raw[i / 2].x = (float)v;
        }
        if (!taken)
            lua_pop(L, 1);
        if (!ok && i > 4)
            break;
    }
    if (!ok)
        return false;
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
    return true;
}

/* Reads a list of polygons { {...}, {...} } into out. */
bool read_shape(Loader *ld, lua_State *L, int t, bool closed, bool allow_half,
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
        char num[16];
        LD_CAT(w, what, " polygon ", ld_int(i, num));
        lua_rawgeti(L, t, i);
        ok = read_polygon(ld, L, lua_gettop(L), closed, allow_half, w, line, &out->polys[i - 1]) && ok;
        lua_pop(L, 1);
    }
    return ok;
}

void shape_copy(lua_State *L, const Shape *src, Shape *dst, bool mirror)
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

static int view_key_index(const char *k)
{
    for (int i = 0; i < NWRITTEN; i++)
        if (!strcmp(k, atlas_view_name(written_views[i])))
            return i;
    return -1;
}

/* Checks that table t has only written view names as keys. */
void check_view_keys(Loader *ld, lua_State *L, int t, const char *what, int line)
{
    lua_pushnil(L);
    while (lua_next(L, t)) {
        lua_pop(L, 1);
        if (lua_type(L, -1) != LUA_TSTRING) {
            ld_error(ld, line, "%s: expected view names as keys (%s)", what, written_view_list());
        } else if (view_key_index(lua_tostring(L, -1)) < 0) {
            const char *k = lua_tostring(L, -1);
            ld_error(ld, line, "%s: unknown view '%s' (files write %s;%s)", what, k, written_view_list(),
                     !strcmp(k, "lateral_left") ? " lateral_left is made by mirroring lateral_right" : " check the spelling");
        }
    }
}

/* Reads field k = { anterior = shape, ... } into sh[view] for the written views.
 * Returns the number of views present, or -1 after reporting. */
int read_view_shapes(Loader *ld, lua_State *L, int t, const char *k, bool closed, bool allow_half,
                            const char *what, const char *id, Shape sh[VIEW_COUNT])
{
    int ty = raw_field(L, t, k);
    int idx = lua_gettop(L), found = 0;
    char w[400];
    LD_CAT(w, what, ": '", k, "'");
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
            LD_CAT(wv, w, ", view '", vn, "'");
            ok = read_shape(ld, L, lua_gettop(L), closed, allow_half, wv, ld_line(ld, id, k, vn), &sh[v]) && ok;
            ok = ld_view_drawn(ld, v, wv, ld_line(ld, id, k, vn)) && ok;
            found++;
        }
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
    return ok ? found : -1;
}

/* Makes the other side (and lateral_left) from the right side's written views: the views that
 * show both sides (front, back, regional) by x -> -x in the same view, the side view into its
 * mirror. */
/* a pointer, not an array parameter: GCC -O2 misreads the bound of the latter (-Wstringop-overflow) */
void expand_sides(lua_State *L, Shape (*sh)[VIEW_COUNT], bool midline)
{
    Shape *r = sh[SIDE_RIGHT], *l = sh[SIDE_LEFT];
    shape_copy(L, &r[VIEW_LATERAL_RIGHT], midline ? &r[VIEW_LATERAL_LEFT] : &l[VIEW_LATERAL_LEFT], true);
    if (midline) {
        for (int v = 0; v < VIEW_COUNT; v++)
            shape_copy(L, &r[v], &l[v], false);
    } else {
        for (int v = 0; v < VIEW_COUNT; v++)
            if (atlas_view_right_sign((View)v) != 0)
                shape_copy(L, &r[v], &l[v], true);
    }
}

void expand_points(bool has[SIDE_COUNT][VIEW_COUNT], Vec2 at[SIDE_COUNT][VIEW_COUNT], bool midline)
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
int read_view_points(Loader *ld, lua_State *L, int t, const char *k, const char *what, const char *id,
                            bool has[SIDE_COUNT][VIEW_COUNT], Vec2 at[SIDE_COUNT][VIEW_COUNT])
{
    int ty = raw_field(L, t, k), idx = lua_gettop(L), found = 0;
    char w[400];
    LD_CAT(w, what, ": '", k, "'");
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
            LD_CAT(wv, w, ", view '", vn, "'");
            if (read_point(ld, L, lua_gettop(L), wv, ld_line(ld, id, k, vn), &at[SIDE_RIGHT][v]) &&
                ld_view_drawn(ld, v, wv, ld_line(ld, id, k, vn))) {
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
char *read_id(Loader *ld, lua_State *L, int t, const char *kind, int index)
{
    char what[64], *id = NULL;
    char num[16];
    LD_CAT(what, kind, " ", ld_int(index, num));
    int ty = raw_field(L, t, "id");
    if (ty != LUA_TSTRING) {
        char after[48] = "";
        if (ld->hint_line != 0)
            snprintf(after, sizeof after, " (the next after line %d)", ld_line_of(ld, ld->hint_line));
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

/* Reads string field k of t as one of the words of set; *out untouched when absent. Reports
 * an unknown word with the list of valid ones. */
void get_enum(Loader *ld, lua_State *L, int t, const char *k, AtlasWords set,
              const char *what, int line, int *out)
{
    int n;
    const char *const *names = atlas_words(set, &n);
    int ty = raw_field(L, t, k);
    if (ty == LUA_TSTRING) {
        const char *v = lua_tostring(L, -1);
        int found = -1;
        for (int i = 0; i < n; i++)
            if (!strcmp(v, names[i]))
                found = i;
        if (found < 0) {
            char list[200] = "";
            for (int i = 0; i < n; i++) {
                strncat(list, i ? ", " : "", sizeof list - strlen(list) - 1);
                strncat(list, names[i], sizeof list - strlen(list) - 1);
            }
            ld_error(ld, line, "%s: '%s' must be one of %s, got '%.40s'", what, k, list, v);
        } else {
            *out = found;
        }
    } else if (ty != LUA_TNIL) {
        ld_error(ld, line, "%s: '%s' must be a string, got %s", what, k, lua_typename(L, ty));
    }
    lua_pop(L, 1);
}
