/* luahost_safe: the library scripts see (docs/sandbox.md, "What a script may use"). Lua's
 * own functions are copied where a hook can bound them; where it cannot (work inside one C
 * call, metamethods run without the hook, finalizers, handlers), a wrapper checks sizes and
 * charges the work to the instruction budget. The template environment is built from one
 * table of libraries (which fields are copied, replaced or wrapped); luahost_push_env
 * copies it for each script. */
#include "luahost.h"
#include "luahost_safe.h"

#include <lauxlib.h>
#include <lualib.h>
#include <string.h>

#define MIB (1024u * 1024u)

/* key inside a sandbox metatable: the script's own table, which getmetatable returns */
static const char KEY_MT_ORIGINAL = 'o';

/* ---- wrappers: functions whose cost or reach a hook cannot bound ------------------- */

#define REP_LIMIT MIB               /* largest string.rep result */
#define SUBJECT_LIMIT 4096          /* largest subject for a pattern function */
#define PATTERN_LIMIT 64            /* longest pattern */
#define PATTERN_WORK 2e7            /* bound on matcher steps for one call (~40 ms) */
#define RANGE_LIMIT (1 << 24)       /* most elements one table.move/concat/unpack touches */
#define SORT_LIMIT (1 << 20)
#define ELEMENT_COST 4              /* instructions charged per table element moved in C */

static lua_Integer raw_length(lua_State *L, int idx)
{
    luaL_checktype(L, idx, LUA_TTABLE);
    return (lua_Integer)lua_rawlen(L, idx);
}

/* pcall that cannot swallow the time or memory limit: the error goes on up. */
static int sb_pcall(lua_State *L)
{
    luaL_checkany(L, 1);
    int status = lua_pcall(L, lua_gettop(L) - 1, LUA_MULTRET, 0);
    if (luahost_limit_hit(L, status))
        return lua_error(L);
    lua_pushboolean(L, status == LUA_OK);
    lua_insert(L, 1);
    return lua_gettop(L);
}

/* xpcall(f, handler, ...): the handler is called after the error has unwound, as an
 * ordinary call under the instruction budget (Lua runs real message handlers without
 * the hook). It gets the error object and its first result is returned after false. */
static int sb_xpcall(lua_State *L)
{
    int n = lua_gettop(L);
    luaL_checktype(L, 2, LUA_TFUNCTION);
    lua_pushvalue(L, 1);
    lua_pushvalue(L, 2);
    lua_replace(L, 1);
    lua_replace(L, 2);                              /* handler, f, args... */
    int status = lua_pcall(L, n - 2, LUA_MULTRET, 0);
    if (luahost_limit_hit(L, status))
        return lua_error(L);
    if (status == LUA_OK) {
        lua_pushboolean(L, 1);
        lua_replace(L, 1);
        return lua_gettop(L);
    }
    if (luahost_limit_hit(L, lua_pcall(L, 1, 1, 0)))   /* handler(err) */
        return lua_error(L);
    lua_pushboolean(L, 0);
    lua_insert(L, -2);
    return 2;
}

/* setmetatable(t, mt) keeps a private copy of mt's "__" keys, so that keys added to mt
 * later (a __gc, __mode or __close slipped in after the check) have no effect. The
 * copy remembers mt, which getmetatable returns. */
static int sb_setmetatable(lua_State *L)
{
    static const char *const refused[] = {"__gc", "__mode", "__close", "__metatable", NULL};
    int t = lua_type(L, 2);
    luaL_checktype(L, 1, LUA_TTABLE);
    luaL_argexpected(L, t == LUA_TNIL || t == LUA_TTABLE, 2, "nil or table");
    if (lua_getmetatable(L, 1)) {
        int ours = lua_rawgetp(L, -1, &KEY_MT_ORIGINAL) != LUA_TNIL;
        lua_pop(L, 2);
        if (!ours)
            return luahost_error_raise(L, "cannot change a protected metatable");
    }
    lua_settop(L, 2);
    if (t == LUA_TNIL) {
        lua_setmetatable(L, 1);
        return 1;
    }
    lua_newtable(L);
    lua_pushnil(L);
    while (lua_next(L, 2)) {
        luahost_charge(L, 1);
        if (lua_type(L, -2) == LUA_TSTRING) {
            const char *k = lua_tostring(L, -2);
            if (k[0] == '_' && k[1] == '_') {
                for (const char *const *r = refused; *r; r++)
                    if (!strcmp(k, *r))
                        return luahost_error_raise(L, "setmetatable: '%s' is not allowed in %s",
                                                   k, luahost_scripts_name(L));
                lua_pushvalue(L, -2);
                lua_insert(L, -2);
                lua_rawset(L, 3);
                continue;
            }
        }
        lua_pop(L, 1);
    }
    lua_pushvalue(L, 2);
    lua_rawsetp(L, 3, &KEY_MT_ORIGINAL);
    lua_setmetatable(L, 1);
    lua_settop(L, 1);
    return 1;
}

/* getmetatable: the table given to setmetatable; for tables the host protected, their
 * __metatable field (or nil); nil for every other type (strings included). */
static int sb_getmetatable(lua_State *L)
{
    luaL_checkany(L, 1);
    if (lua_type(L, 1) != LUA_TTABLE || !lua_getmetatable(L, 1)) {
        lua_pushnil(L);
        return 1;
    }
    if (lua_rawgetp(L, -1, &KEY_MT_ORIGINAL) != LUA_TNIL)
        return 1;
    lua_pop(L, 1);
    lua_pushliteral(L, "__metatable");
    lua_rawget(L, -2);
    return 1;
}

/* string.rep with a result of at most REP_LIMIT bytes; an empty result costs nothing
 * (Lua 5.4.4 loops n times even when the pieces are empty). */
static int sb_rep(lua_State *L)
{
    size_t l, lsep;
    const char *s = luaL_checklstring(L, 1, &l);
    lua_Integer n = luaL_checkinteger(L, 2);
    const char *sep = luaL_optlstring(L, 3, "", &lsep);
    if (n <= 0 || l + lsep == 0) {
        lua_pushliteral(L, "");
        return 1;
    }
    if (n - 1 > (lua_Integer)REP_LIMIT || l > REP_LIMIT || lsep > REP_LIMIT)
        return luahost_error_raise(L, "string.rep: result too large (limit %u bytes)", REP_LIMIT);
    size_t total = (size_t)n * l + (size_t)(n - 1) * lsep;
    if (total > REP_LIMIT)
        return luahost_error_raise(L, "string.rep: result too large (%zu bytes, limit %u)",
                                   total, REP_LIMIT);
    luaL_Buffer b;
    char *p = luaL_buffinitsize(L, &b, total);
    for (lua_Integer i = 0; i < n; i++) {
        memcpy(p, s, l);
        p += l;
        if (i + 1 < n && lsep) {
            memcpy(p, sep, lsep);
            p += lsep;
        }
    }
    luaL_pushresultsize(&b, total);
    return 1;
}

/* Index just past the set that starts at p[i] == '[' (same rules as Lua's matcher). */
static size_t pattern_skip_set(const char *p, size_t lp, size_t i)
{
    i++;
    if (i < lp && p[i] == '^')
        i++;
    do {
        if (i >= lp)
            return lp;
        if (p[i++] == '%')
            i++;
    } while (i < lp && p[i] != ']');
    return i + 1;
}

/* An upper bound on the steps Lua's backtracking matcher may take for pattern p on a
 * subject of n - 1 bytes. Read from the last item back: a plain item adds one step to
 * what follows; a quantified one (*, +, -) may try every length, each followed by the
 * rest (when nothing follows, the first success ends it); '?' tries twice; %b and
 * back-references scan up to n. An unanchored search starts at every position. */
static double pattern_work(const char *p, size_t lp, double n, int anchorable)
{
    enum { ONE, MANY, OPT, SCAN } kinds[PATTERN_LIMIT + 1];
    int nk = 0, anchored = 0;
    size_t i = 0;
    if (lp > 0 && p[0] == '^' && anchorable) {
        anchored = 1;
        i = 1;
    }
    while (i < lp && nk < PATTERN_LIMIT) {
        char c = p[i];
        int kind = ONE;
        if (c == '(' || c == ')') {
            i++;
            continue;
        }
        if (c == '%' && i + 1 < lp) {
            char d = p[i + 1];
            i += 2;
            if (d == 'b') {
                kinds[nk++] = SCAN;
                i += 2;
                continue;
            }
            if (d == 'f') {
                if (i < lp && p[i] == '[')
                    i = pattern_skip_set(p, lp, i);
                kinds[nk++] = ONE;
                continue;
            }
            if (d >= '0' && d <= '9')
                kind = SCAN;
        } else if (c == '[') {
            i = pattern_skip_set(p, lp, i);
        } else {
            i++;
        }
        if (i < lp && (p[i] == '*' || p[i] == '+' || p[i] == '-')) {
            kind = MANY;
            i++;
        } else if (i < lp && p[i] == '?') {
            kind = OPT;
            i++;
        }
        kinds[nk++] = kind;
    }
    double rest = 0;
    for (int k = nk - 1; k >= 0; k--) {
        if (kinds[k] == ONE)
            rest = 1 + rest;
        else if (kinds[k] == MANY)
            rest = rest == 0 ? n : n * (1 + rest);
        else if (kinds[k] == OPT)
            rest = 1 + 2 * rest;
        else
            rest = n + rest;
    }
    if (rest < 1)
        rest = 1;
    return anchored ? rest : n * rest;
}

/* find, match, gmatch and gsub, called through a closure whose upvalue 1 is Lua's own
 * function and upvalue 2 its name: refused on long subjects, long patterns and
 * patterns whose backtracking on this subject could run long; the bound on the work is
 * charged to the budget (for gmatch, once for the whole iteration). */
static int sb_pattern(lua_State *L)
{
    const char *fname = lua_tostring(L, lua_upvalueindex(2));
    size_t ls, lp;
    luaL_checklstring(L, 1, &ls);
    const char *p = luaL_checklstring(L, 2, &lp);
    int plain = !strcmp(fname, "find") && lua_toboolean(L, 4);
    if (ls > SUBJECT_LIMIT)
        return luahost_error_raise(L, "string.%s: subject too long (%zu bytes, limit %d)",
                                   fname, ls, SUBJECT_LIMIT);
    if (lp > PATTERN_LIMIT)
        return luahost_error_raise(L, "string.%s: pattern too long (%zu bytes, limit %d)",
                                   fname, lp, PATTERN_LIMIT);
    double work = (double)ls * (double)(lp + 1);
    if (!plain) {
        work = pattern_work(p, lp, (double)(ls + 1), strcmp(fname, "gmatch") != 0);
        if (work > PATTERN_WORK)
            return luahost_error_raise(L, "string.%s: pattern too complex for a subject of "
                                       "%zu bytes (simplify the pattern or shorten the "
                                       "subject)", fname, ls);
    }
    luahost_charge(L, (long)ls + (long)(work / 4));
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, lua_gettop(L) - 1, LUA_MULTRET);
    return lua_gettop(L);
}

/* string.byte and utf8.codepoint (upvalue 1: Lua's function): the values they push are
 * charged, so a loop over a long slice cannot run for long on a few instructions. */
static lua_Integer slice_start(lua_Integer pos, size_t len)
{
    if (pos > 0)
        return pos;
    if (pos == 0 || (size_t)(-(pos + 1)) >= len)
        return 1;
    return (lua_Integer)len + pos + 1;
}

static int sb_slice(lua_State *L)
{
    size_t len;
    luaL_checklstring(L, 1, &len);
    lua_Integer i = slice_start(luaL_optinteger(L, 2, 1), len);
    lua_Integer j = luaL_optinteger(L, 3, i);
    j = j > (lua_Integer)len ? (lua_Integer)len : j < 0 ? slice_start(j, len) : j;
    if (j >= i)
        luahost_charge(L, (long)(j - i + 1));
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, lua_gettop(L) - 1, LUA_MULTRET);
    return lua_gettop(L);
}

/* utf8.len and utf8.offset (upvalue 1): charged by the subject's length. */
static int sb_scan(lua_State *L)
{
    size_t len;
    luaL_checklstring(L, 1, &len);
    luahost_charge(L, (long)len);
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, lua_gettop(L) - 1, LUA_MULTRET);
    return lua_gettop(L);
}

/* table.insert, remove, move, concat, unpack: raw access (no metamethods), with the
 * elements they shift or touch charged to the instruction budget. */
static int sb_insert(lua_State *L)
{
    lua_Integer e = raw_length(L, 1) + 1, pos = e;
    switch (lua_gettop(L)) {
    case 2:
        break;
    case 3:
        pos = luaL_checkinteger(L, 2);
        luaL_argcheck(L, (lua_Unsigned)pos - 1u < (lua_Unsigned)e, 2, "position out of bounds");
        luahost_charge(L, ELEMENT_COST * (long)(e - pos));
        for (lua_Integer i = e; i > pos; i--) {
            lua_rawgeti(L, 1, i - 1);
            lua_rawseti(L, 1, i);
        }
        break;
    default:
        return luaL_error(L, "wrong number of arguments to 'insert'");
    }
    lua_rawseti(L, 1, pos);
    return 0;
}

static int sb_remove(lua_State *L)
{
    lua_Integer size = raw_length(L, 1), pos = luaL_optinteger(L, 2, size);
    if (pos != size)
        luaL_argcheck(L, (lua_Unsigned)pos - 1u <= (lua_Unsigned)size, 2, "position out of bounds");
    lua_rawgeti(L, 1, pos);
    if (size > pos)
        luahost_charge(L, ELEMENT_COST * (long)(size - pos));
    for (; pos < size; pos++) {
        lua_rawgeti(L, 1, pos + 1);
        lua_rawseti(L, 1, pos);
    }
    lua_pushnil(L);
    lua_rawseti(L, 1, pos);
    return 1;
}

static int sb_move(lua_State *L)
{
    luaL_checktype(L, 1, LUA_TTABLE);
    lua_Integer f = luaL_checkinteger(L, 2), e = luaL_checkinteger(L, 3);
    lua_Integer t = luaL_checkinteger(L, 4);
    int tt = lua_isnoneornil(L, 5) ? 1 : 5;
    luaL_checktype(L, tt, LUA_TTABLE);
    if (e >= f) {
        luaL_argcheck(L, f > 0 || e < LUA_MAXINTEGER + f, 3, "too many elements to move");
        lua_Integer n = e - f;
        luaL_argcheck(L, n < RANGE_LIMIT, 3, "too many elements to move (limit 16777216)");
        luaL_argcheck(L, t <= LUA_MAXINTEGER - n, 4, "destination wrap around");
        luahost_charge(L, ELEMENT_COST * ((long)n + 1));
        if (t > e || t <= f || (tt != 1 && !lua_rawequal(L, 1, tt))) {
            for (lua_Integer i = 0; i <= n; i++) {
                lua_rawgeti(L, 1, f + i);
                lua_rawseti(L, tt, t + i);
            }
        } else {
            for (lua_Integer i = n; i >= 0; i--) {
                lua_rawgeti(L, 1, f + i);
                lua_rawseti(L, tt, t + i);
            }
        }
    }
    lua_pushvalue(L, tt);
    return 1;
}

static int sb_concat(lua_State *L)
{
    lua_Integer last = luaL_opt(L, luaL_checkinteger, 4, raw_length(L, 1));
    size_t lsep;
    const char *sep = luaL_optlstring(L, 2, "", &lsep);
    lua_Integer i = luaL_optinteger(L, 3, 1);
    if (i > last) {
        lua_pushliteral(L, "");
        return 1;
    }
    luaL_argcheck(L, (lua_Unsigned)last - (lua_Unsigned)i < RANGE_LIMIT, 4,
                  "too many elements to concatenate (limit 16777216)");
    luahost_charge(L, ELEMENT_COST * (long)(last - i + 1));
    luaL_Buffer b;
    luaL_buffinit(L, &b);
    for (;; i++) {
        lua_rawgeti(L, 1, i);
        if (!lua_isstring(L, -1))
            return luahost_error_raise(L, "invalid value (at index %lld) in table for 'concat'",
                                       (long long)i);
        luaL_addvalue(&b);
        if (i == last)
            break;
        luaL_addlstring(&b, sep, lsep);
    }
    luaL_pushresult(&b);
    return 1;
}

static int sb_unpack(lua_State *L)
{
    lua_Integer i = luaL_optinteger(L, 2, 1);
    lua_Integer e = luaL_opt(L, luaL_checkinteger, 3, raw_length(L, 1));
    luaL_checktype(L, 1, LUA_TTABLE);
    if (i > e)
        return 0;
    lua_Unsigned n = (lua_Unsigned)e - (lua_Unsigned)i;
    if (n >= RANGE_LIMIT)
        return luaL_error(L, "too many results to unpack");
    luahost_charge(L, ELEMENT_COST * (long)++n);
    if (!lua_checkstack(L, (int)n))
        return luaL_error(L, "too many results to unpack");
    for (; i < e; i++)
        lua_rawgeti(L, 1, i);
    lua_rawgeti(L, 1, e);
    return (int)n;
}

/* table.sort on plain lists only (a __len or __index could make Lua's sort loop in C),
 * its n log n comparisons charged up front; upvalue 1 is Lua's sort. */
static int sb_sort(lua_State *L)
{
    lua_Integer n = raw_length(L, 1);
    if (lua_getmetatable(L, 1))
        return luahost_error_raise(L, "table.sort: cannot sort a table that has a metatable");
    luaL_argcheck(L, n <= SORT_LIMIT, 1, "array too big to sort (limit 1048576)");
    long cost = 0;
    for (lua_Integer k = n; k > 1; k >>= 1)
        cost += (long)n;
    luahost_charge(L, cost);
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, lua_gettop(L) - 1, 0);
    return 0;
}

/* os.date with a short format; upvalue 1 is Lua's os.date. */
static int sb_date(lua_State *L)
{
    size_t lf = 0;
    luaL_optlstring(L, 1, "%c", &lf);
    luaL_argcheck(L, lf <= 128, 1, "format too long (limit 128 bytes)");
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, lua_gettop(L) - 1, 1);
    return 1;
}

/* ---- the template --------------------------------------------------------------------- */

/* One library as scripts see it: which of Lua's fields are copied, which are replaced by
 * our own functions, which are wrapped (a closure over Lua's function, upvalue 1, and its
 * name, upvalue 2), and which are removed from the host's own copy (defence in depth). */
typedef struct SafeLib {
    const char *field;              /* name in the environment; NULL: the base functions */
    const char *libname;            /* for luaL_requiref */
    lua_CFunction open;
    const char *const *copy;        /* fields copied as they are; NULL: every field ... */
    const char *const *skip;        /* ... except these */
    const luaL_Reg *own;            /* our replacements (func NULL ends) */
    const luaL_Reg *wrap;           /* wrappers over Lua's function of the same name */
    const char *const *gone;        /* removed from Lua's own table */
} SafeLib;

#define NAMES(...) ((const char *const[]){__VA_ARGS__, NULL})
#define REGS(...) ((const luaL_Reg[]){__VA_ARGS__, {NULL, NULL}})

static const SafeLib safe_libs[] = {
    {.libname = LUA_GNAME, .open = luaopen_base,
     .copy = NAMES("assert", "error", "ipairs", "next", "pairs", "rawequal", "rawget", "rawlen", "rawset",
                   "select", "tonumber", "tostring", "type", "_VERSION"),
     .own = REGS({"pcall", sb_pcall}, {"xpcall", sb_xpcall}, {"setmetatable", sb_setmetatable},
                 {"getmetatable", sb_getmetatable}),
     .gone = NAMES("dofile", "loadfile", "load", "collectgarbage")},
    {.field = "string", .libname = LUA_STRLIBNAME, .open = luaopen_string,
     .copy = NAMES("char", "format", "len", "lower", "upper", "reverse", "sub"),
     .own = REGS({"rep", sb_rep}),
     .wrap = REGS({"byte", sb_slice}, {"find", sb_pattern}, {"match", sb_pattern}, {"gmatch", sb_pattern},
                  {"gsub", sb_pattern})},
    {.field = "table", .libname = LUA_TABLIBNAME, .open = luaopen_table,
     .copy = NAMES("pack"),
     .own = REGS({"insert", sb_insert}, {"remove", sb_remove}, {"move", sb_move}, {"concat", sb_concat},
                 {"unpack", sb_unpack}),
     .wrap = REGS({"sort", sb_sort})},
    {.field = "math", .libname = LUA_MATHLIBNAME, .open = luaopen_math,
     .skip = NAMES("random", "randomseed")},
    {.field = "utf8", .libname = LUA_UTF8LIBNAME, .open = luaopen_utf8,
     .skip = NAMES("codepoint", "len", "offset"),
     .wrap = REGS({"codepoint", sb_slice}, {"len", sb_scan}, {"offset", sb_scan})},
    {.field = "os", .libname = LUA_OSLIBNAME, .open = luaopen_os,
     .copy = NAMES("time", "clock"),
     .wrap = REGS({"date", sb_date}),
     .gone = NAMES("execute", "exit", "getenv", "remove", "rename", "tmpname", "setlocale")},
};

static int listed(const char *const *names, const char *name)
{
    for (; names && *names; names++)
        if (!strcmp(*names, name))
            return 1;
    return 0;
}

/* Fills the table at the top with the safe view of Lua's library table at lib. */
static void fill_lib(lua_State *L, const SafeLib *s, int lib)
{
    if (s->copy) {
        for (const char *const *k = s->copy; *k; k++) {
            lua_getfield(L, lib, *k);
            lua_setfield(L, -2, *k);
        }
    } else {
        lua_pushnil(L);
        while (lua_next(L, lib)) {
            if (lua_type(L, -2) == LUA_TSTRING && listed(s->skip, lua_tostring(L, -2))) {
                lua_pop(L, 1);
                continue;
            }
            lua_pushvalue(L, -2);
            lua_insert(L, -2);
            lua_rawset(L, -4);
        }
    }
    if (s->own)
        luaL_setfuncs(L, s->own, 0);
    for (const luaL_Reg *w = s->wrap; w && w->name; w++) {
        lua_getfield(L, lib, w->name);
        lua_pushstring(L, w->name);
        lua_pushcclosure(L, w->func, 2);
        lua_setfield(L, -2, w->name);
    }
}

void luahost_safe_push_template(lua_State *L)
{
    int top = lua_gettop(L), n = (int)(sizeof safe_libs / sizeof *safe_libs);
    for (int i = 0; i < n; i++)                       /* Lua's own tables at top+1 .. top+n */
        luaL_requiref(L, safe_libs[i].libname, safe_libs[i].open, safe_libs[i].field == NULL);
    lua_newtable(L);                                  /* the template */
    for (int i = 0; i < n; i++) {
        const SafeLib *s = &safe_libs[i];
        if (s->field)
            lua_newtable(L);
        fill_lib(L, s, top + 1 + i);
        if (s->field)
            lua_setfield(L, -2, s->field);
    }
    /* method calls on strings ("x"):rep(n) go through a copy no script can reach or change */
    lua_pushliteral(L, "");
    for (int i = 0; i < n; i++)
        if (safe_libs[i].field && !strcmp(safe_libs[i].field, "string") && lua_getmetatable(L, -1)) {
            lua_newtable(L);
            fill_lib(L, &safe_libs[i], top + 1 + i);
            lua_setfield(L, -2, "__index");
            lua_pop(L, 1);
        }
    lua_pop(L, 1);
    /* defence in depth: the host's own tables lose what no one here needs */
    for (int i = 0; i < n; i++)
        for (const char *const *k = safe_libs[i].gone; k && *k; k++) {
            lua_pushnil(L);
            lua_setfield(L, top + 1 + i, *k);
        }
    lua_replace(L, top + 1);
    lua_settop(L, top + 1);
}
