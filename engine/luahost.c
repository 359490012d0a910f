/* luahost: the sandboxed Lua 5.4 host. One counting allocator with a cap, one hook that
 * charges instructions (and C-side work) against a per-call budget, an allow-listed
 * environment copied from a template for each script, wrappers for every library function
 * whose cost a hook cannot see, and one protected-call helper whose message handler never
 * runs script code. See docs/sandbox.md for the rules and the reasons. */
#include "luahost.h"

#include <assert.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <lauxlib.h>
#include <lualib.h>

#define MIB (1024u * 1024u)
#define HOOK_COUNT 1000                 /* instructions between two count-hook events */
#define TRACE_FRAMES 10                 /* frames shown in a traceback */
#define TRACE_BYTES 2048
#define ERROR_BYTES 8192                /* longest error text kept */
#define ALLOC_BYTES_PER_INSTRUCTION 16  /* allocation charged to the instruction budget */

typedef enum Trip { TRIP_NONE, TRIP_TIME, TRIP_CLOCK, TRIP_MEMORY } Trip;

struct LuaHost {
    lua_State *L;
    size_t mem_used, mem_limit, mem_hard;   /* hard = limit + slack for the error path */
    long budget, used;                      /* instructions per outermost call */
    double seconds, deadline;               /* wall-clock backstop (monotonic seconds) */
    size_t source_limit;
    int depth;                              /* nesting of luahost_pcall */
    int enforce;                            /* memory cap active (script code or parser) */
    int gc_pending;                         /* over the cap: collect at the next hook */
    int data_only;                          /* no libraries, empty environments */
    Trip trip;
    char trip_where[128];                   /* "file:line" where the limit was hit */
    int trip_line;                          /* and its line (0: no script line) */
    LuaHostFailure failure;                 /* what stopped the last failed call */
    int failure_line;
    char trip_trace[TRACE_BYTES];           /* and the traceback there */
    char *err;                              /* last error, full text (malloc) */
    char *err_first;                        /* its first line (malloc) */
};

/* Registry keys (addresses are unique). */
static const char KEY_TEMPLATE = 't';   /* table: allow-listed globals and library copies */
static const char KEY_MT_ORIGINAL = 'o'; /* key inside a sandbox metatable: the script's table */

LuaHost *luahost_from_state(lua_State *L)
{
    void *ud = NULL;
    lua_getallocf(L, &ud);
    return ud;
}

/* ---- limits: memory and instructions ---------------------------------------------- */

static void host_hook(lua_State *L, lua_Debug *ar);

static double host_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* Fills buf with "file:line" of the innermost Lua function on the stack and returns the
 * line, or fills it with "?" and returns 0. */
static int host_where(lua_State *L, char *buf, size_t size)
{
    lua_Debug ar;
    for (int level = 0; level < 64 && lua_getstack(L, level, &ar); level++) {
        if (lua_getinfo(L, "Sl", &ar) && ar.currentline > 0) {
            snprintf(buf, size, "%s:%d", ar.short_src, ar.currentline);
            return ar.currentline;
        }
    }
    snprintf(buf, size, "?");
    return 0;
}

/* Writes "\nstack traceback:" and at most TRACE_FRAMES frames from `level` into buf. Reads
 * the call stack only (no allocation, no script code), so the allocator may use it. */
static void host_frames(lua_State *L, int level, char *buf, size_t size)
{
    size_t n = (size_t)snprintf(buf, size, "\nstack traceback:");
    lua_Debug ar;
    for (int shown = 0; n < size && lua_getstack(L, level, &ar); level++, shown++) {
        if (shown == TRACE_FRAMES) {
            snprintf(buf + n, size - n, "\n\t...");
            return;
        }
        lua_getinfo(L, "Sln", &ar);
        if (*ar.what == 'm')
            n += (size_t)snprintf(buf + n, size - n, "\n\t%s:%d: in main chunk", ar.short_src,
                                  ar.currentline);
        else if (*ar.what == 'C')
            n += (size_t)snprintf(buf + n, size - n, "\n\t[C]: in function '%s'",
                                  ar.name ? ar.name : "?");
        else if (ar.name)
            n += (size_t)snprintf(buf + n, size - n, "\n\t%s:%d: in %s '%s'", ar.short_src,
                                  ar.currentline, strcmp(ar.namewhat, "metamethod") ? "function"
                                  : "metamethod", ar.name);
        else
            n += (size_t)snprintf(buf + n, size - n, "\n\t%s:%d: in function <%s:%d>",
                                  ar.short_src, ar.currentline, ar.short_src, ar.linedefined);
    }
}

/* Marks the call as over a limit and makes the hook fire at the very next instruction, so
 * that no pcall can catch the error and carry on ("re-armed after the deadline"). */
static void host_trip(LuaHost *h, Trip why)
{
    if (h->trip != TRIP_NONE)
        return;
    h->trip = why;
    /* keep the place noted by the allocator when no script code is on the stack now */
    char where[sizeof h->trip_where];
    int line = host_where(h->L, where, sizeof where);
    if (line || !h->trip_where[0]) {
        memcpy(h->trip_where, where, sizeof where);
        h->trip_line = line;
        host_frames(h->L, 0, h->trip_trace, sizeof h->trip_trace);
    }
    lua_sethook(h->L, host_hook, LUA_MASKCOUNT | LUA_MASKCALL, 1);
}

/* A refused block became a memory error: it is the memory limit, wherever it is caught
 * (the place was noted when the block was refused). */
static void host_trip_memory_error(LuaHost *h)
{
    if (h->trip != TRIP_NONE)
        return;
    h->trip = TRIP_MEMORY;
    lua_sethook(h->L, host_hook, LUA_MASKCOUNT | LUA_MASKCALL, 1);
}

/* Counts every block. While script code runs, growing past the cap asks the hook for a
 * full collection at the next instruction (garbage is not a reason to stop a script);
 * growing past cap + slack is refused at once (Lua then collects and retries, or raises
 * a memory error), noting where it happened for the message. */
static void *host_alloc(void *ud, void *ptr, size_t osize, size_t nsize)
{
    LuaHost *h = ud;
    size_t old = ptr ? osize : 0;
    if (nsize == 0) {
        free(ptr);
        h->mem_used -= old;
        return NULL;
    }
    if (nsize > old && h->enforce) {
        size_t grow = nsize - old, want = h->mem_used + grow;
        if (want > h->mem_hard || want < h->mem_used) {
            /* note the place, unless no script code is on the stack (Lua moving its
             * stack while unwinding the error) */
            char where[sizeof h->trip_where];
            int line = h->depth > 0 && h->trip == TRIP_NONE ? host_where(h->L, where, sizeof where) : 0;
            if (line) {
                memcpy(h->trip_where, where, sizeof where);
                h->trip_line = line;
                host_frames(h->L, 0, h->trip_trace, sizeof h->trip_trace);
            }
            return NULL;
        }
        if (want > h->mem_limit && h->depth > 0 && !h->gc_pending && h->trip == TRIP_NONE) {
            h->gc_pending = 1;
            lua_sethook(h->L, host_hook, LUA_MASKCOUNT | LUA_MASKCALL, 1);
        }
    }
    if (nsize > old && h->depth > 0) {
        /* copying and collecting cost time that no instruction count sees */
        h->used += (long)((nsize - old) / ALLOC_BYTES_PER_INSTRUCTION);
        if (h->used > h->budget)
            host_trip(h, TRIP_TIME);
    }
    void *p = realloc(ptr, nsize);
    if (!p)
        return NULL;
    h->mem_used = h->mem_used - old + nsize;
    return p;
}

/* The text of the limit error, "file:line: script ran too long (...)". */
static void host_trip_text(const LuaHost *h, char *buf, size_t size)
{
    const char *where = h->trip_where[0] ? h->trip_where : "?";
    if (h->trip == TRIP_MEMORY)
        snprintf(buf, size, "%s: script used too much memory (limit %d MiB)", where,
                 (int)((h->mem_limit + MIB / 2) / MIB));
    else if (h->trip == TRIP_CLOCK)
        snprintf(buf, size, "%s: script ran too long (more than %g seconds)", where, h->seconds);
    else
        snprintf(buf, size, "%s: script ran too long (more than %ld instructions)", where,
                 h->budget);
}

static int host_raise_trip(lua_State *L, LuaHost *h)
{
    char msg[256];
    host_trip_text(h, msg, sizeof msg);
    lua_pushstring(L, msg);
    return lua_error(L);
}

static int host_msghandler(lua_State *L);

/* Count events charge HOOK_COUNT instructions; call events only check the limits. Once a
 * limit is hit every event raises again, except the call of our own message handler,
 * which must run to describe the error. */
static void host_hook(lua_State *L, lua_Debug *ar)
{
    LuaHost *h = luahost_from_state(L);
    if (ar->event == LUA_HOOKCOUNT) {
        h->used += HOOK_COUNT;
        if (h->trip == TRIP_NONE && host_now() > h->deadline)
            host_trip(h, TRIP_CLOCK);
    }
    if (h->trip == TRIP_NONE && h->used > h->budget)
        host_trip(h, TRIP_TIME);
    if (h->trip == TRIP_NONE && h->gc_pending) {
        h->gc_pending = 0;
        lua_gc(L, LUA_GCCOLLECT);
        if (h->mem_used > h->mem_limit)
            host_trip(h, TRIP_MEMORY);
        else
            lua_sethook(L, host_hook, LUA_MASKCOUNT | LUA_MASKCALL, HOOK_COUNT);
    }
    if (h->trip == TRIP_NONE)
        return;
    if (ar->event != LUA_HOOKCOUNT && lua_getinfo(L, "f", ar)) {
        int handler = lua_tocfunction(L, -1) == host_msghandler;
        lua_pop(L, 1);
        if (handler)
            return;
    }
    host_raise_trip(L, h);
}

/* Charges work done inside C (loops a hook cannot see) to the instruction budget. */
void luahost_charge(lua_State *L, long cost)
{
    LuaHost *h = luahost_from_state(L);
    if (h->depth == 0)
        return;
    if (cost < 0)
        cost = 0;
    if (cost > h->budget)
        cost = h->budget + 1;
    h->used += cost;
    if (h->trip == TRIP_NONE && h->used > h->budget)
        host_trip(h, TRIP_TIME);
    if (h->trip == TRIP_NONE && cost > HOOK_COUNT && host_now() > h->deadline)
        host_trip(h, TRIP_CLOCK);
    if (h->trip != TRIP_NONE)
        host_raise_trip(L, h);
}

/* ---- errors ------------------------------------------------------------------------ */

int luahost_error_raise(lua_State *L, const char *fmt, ...)
{
    char msg[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    luaL_where(L, 1);
    lua_pushstring(L, msg);
    lua_concat(L, 2);
    return lua_error(L);
}

/* True when s already starts with "something:123:" (a position added by error()). */
static int has_position(const char *s)
{
    const char *colon = strchr(s, ':');
    if (!colon || colon == s || memchr(s, '\n', (size_t)(colon - s)))
        return 0;
    const char *p = colon + 1;
    if (*p < '0' || *p > '9')
        return 0;
    while (*p >= '0' && *p <= '9')
        p++;
    return *p == ':';
}

/* The message handler of luahost_pcall: describes the error object without calling any
 * metamethod, puts "file:line: " in front when the message has no position, and appends
 * at most TRACE_FRAMES frames of traceback. Pieces are pushed and concatenated once. */
static int host_msghandler(lua_State *L)
{
    char where[160], line[256];
    int t = lua_type(L, 1), pieces = 0;
    if (!lua_checkstack(L, 4))
        return 1;   /* leave the error object as it is */
    host_where(L, where, sizeof where);
    if (t == LUA_TSTRING) {
        if (!has_position(lua_tostring(L, 1))) {
            lua_pushfstring(L, "%s: ", where);
            pieces++;
        }
        lua_pushvalue(L, 1);
        pieces++;
    } else {
        if (t == LUA_TNUMBER && lua_isinteger(L, 1))
            snprintf(line, sizeof line, "%s: error object is a number (%lld)", where,
                     (long long)lua_tointeger(L, 1));
        else if (t == LUA_TNUMBER)
            snprintf(line, sizeof line, "%s: error object is a number (%.14g)", where,
                     (double)lua_tonumber(L, 1));
        else if (t == LUA_TBOOLEAN)
            snprintf(line, sizeof line, "%s: error object is a boolean (%s)", where,
                     lua_toboolean(L, 1) ? "true" : "false");
        else
            snprintf(line, sizeof line, "%s: error object is a %s value", where,
                     lua_typename(L, t));
        lua_pushstring(L, line);
        pieces++;
    }
    char trace[TRACE_BYTES];
    host_frames(L, 1, trace, sizeof trace);
    lua_pushstring(L, trace);
    pieces++;
    lua_concat(L, pieces);
    return 1;
}

/* Keeps a copy of msg (at most ERROR_BYTES: a script may raise a megabyte of text). */
static void host_set_error(LuaHost *h, const char *msg)
{
    if (!msg)
        msg = "unknown error";
    free(h->err);
    free(h->err_first);
    size_t len = strlen(msg);
    if (len > ERROR_BYTES)
        len = ERROR_BYTES;
    h->err = malloc(len + 4);
    if (h->err) {
        memcpy(h->err, msg, len);
        strcpy(h->err + len, msg[len] ? "..." : "");
    }
    size_t n = h->err ? strcspn(h->err, "\n") : 0;
    h->err_first = malloc(n + 1);
    if (h->err_first) {
        memcpy(h->err_first, h->err, n);
        h->err_first[n] = '\0';
    }
    h->failure = LUAHOST_FAILED_ERROR;
    h->failure_line = 0;
}

/* Records the limit that stopped the call (after host_set_error, which clears it). */
static void host_set_failure(LuaHost *h, Trip why)
{
    static const LuaHostFailure kinds[] = {
        [TRIP_NONE] = LUAHOST_FAILED_ERROR, [TRIP_TIME] = LUAHOST_FAILED_INSTRUCTIONS,
        [TRIP_CLOCK] = LUAHOST_FAILED_SECONDS, [TRIP_MEMORY] = LUAHOST_FAILED_MEMORY,
    };
    h->failure = kinds[why];
    h->failure_line = why == TRIP_NONE ? 0 : h->trip_line;
}

static void host_set_errorf(LuaHost *h, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void host_set_errorf(LuaHost *h, const char *fmt, ...)
{
    char msg[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    host_set_error(h, msg);
}

const char *luahost_error(const LuaHost *h)
{
    return h->err ? h->err : "";
}

const char *luahost_error_message(const LuaHost *h)
{
    return h->err_first ? h->err_first : "";
}

LuaHostFailure luahost_failure(const LuaHost *h, int *line)
{
    if (line)
        *line = h->failure_line;
    return h->failure;
}

/* ---- protected calls --------------------------------------------------------------- */

static void host_begin(LuaHost *h)
{
    if (h->depth++ == 0) {
        h->used = 0;
        h->deadline = host_now() + h->seconds;
        h->trip = TRIP_NONE;
        h->gc_pending = 0;
        h->trip_where[0] = '\0';
        h->trip_line = 0;
        h->trip_trace[0] = '\0';
        lua_sethook(h->L, host_hook, LUA_MASKCOUNT | LUA_MASKCALL, HOOK_COUNT);
    }
    h->enforce = 1;
}

static void host_end(LuaHost *h)
{
    if (--h->depth == 0) {
        lua_sethook(h->L, NULL, 0, 0);
        h->enforce = 0;
        h->gc_pending = 0;
        if (h->trip != TRIP_NONE) {
            /* give back what the runaway script left as garbage before the next call */
            h->trip = TRIP_NONE;
            lua_gc(h->L, LUA_GCCOLLECT);
        }
    }
}

/* Turns the error object at the top into h->err and pops it. */
static void host_take_error(LuaHost *h, int status)
{
    lua_State *L = h->L;
    char limit[256 + TRACE_BYTES];
    const char *msg = lua_type(L, -1) == LUA_TSTRING ? lua_tostring(L, -1) : NULL;
    if (status == LUA_ERRMEM)
        host_trip_memory_error(h);
    if (h->trip != TRIP_NONE) {
        /* a limit: report where it was hit (a wrapper may have re-raised it higher up) */
        host_trip_text(h, limit, 256);
        strcat(limit, h->trip_trace);
        msg = limit;
    } else if (!msg) {
        snprintf(limit, sizeof limit, "error object is a %s value",
                 lua_typename(L, lua_type(L, -1)));
        msg = limit;
    }
    host_set_error(h, msg);
    host_set_failure(h, h->trip);
    lua_pop(L, 1);
}

int luahost_pcall(LuaHost *h, int nargs, int nresults)
{
    lua_State *L = h->L;
    int base = lua_gettop(L) - nargs;   /* index of the function */
    if (!lua_checkstack(L, 2)) {
        host_set_error(h, "Lua stack exhausted in the host");
        lua_pop(L, nargs + 1);
        return -1;
    }
    lua_pushcfunction(L, host_msghandler);
    lua_insert(L, base);
    host_begin(h);
    int status = lua_pcall(L, nargs, nresults, base);
    if (status != LUA_OK)
        host_take_error(h, status);
    lua_remove(L, base);
    host_end(h);
    assert(status != LUA_OK || nresults == LUA_MULTRET || lua_gettop(L) == base - 1 + nresults);
    assert(status == LUA_OK || lua_gettop(L) == base - 1);
    return status == LUA_OK ? 0 : -1;
}

/* ---- loading ----------------------------------------------------------------------- */

int luahost_load(LuaHost *h, const char *src, size_t len, const char *chunkname, int env_index)
{
    lua_State *L = h->L;
    env_index = lua_absindex(L, env_index);
    if (len >= 3 && memcmp(src, "\xEF\xBB\xBF", 3) == 0) {
        src += 3;
        len -= 3;
    }
    if (len > h->source_limit) {
        host_set_errorf(h, "%s: script is too large (%zu bytes, limit %zu)", chunkname, len,
                        h->source_limit);
        return -1;
    }
    if (lua_type(L, env_index) != LUA_TTABLE) {
        host_set_errorf(h, "%s: no environment table to load into", chunkname);
        return -1;
    }
    char name[512];
    snprintf(name, sizeof name, "@%s", chunkname);
    host_begin(h);
    int status = luaL_loadbufferx(L, src, len, name, "t");
    if (status != LUA_OK) {
        /* syntax errors carry "file:line:"; the others get the file name in front */
        const char *msg = lua_type(L, -1) == LUA_TSTRING ? lua_tostring(L, -1) : "?";
        if (status == LUA_ERRMEM || h->trip == TRIP_MEMORY) {
            host_set_errorf(h, "%s: script used too much memory while loading (limit %d MiB)",
                            chunkname, (int)((h->mem_limit + MIB / 2) / MIB));
            host_set_failure(h, TRIP_MEMORY);
        } else if (has_position(msg))
            host_set_error(h, msg);
        else
            host_set_errorf(h, "%s: %s", chunkname, msg);
        lua_pop(L, 1);
        host_end(h);
        return -1;
    }
    host_end(h);
    lua_pushvalue(L, env_index);
    if (!lua_setupvalue(L, -2, 1))
        lua_pop(L, 1);
    return 0;
}

int luahost_load_file(LuaHost *h, const char *path, int env_index)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        host_set_errorf(h, "%s: cannot open (%s)", path, strerror(errno));
        return -1;
    }
    /* read at most limit + BOM + 1 bytes: enough to tell "too large" without reading it all */
    size_t cap = h->source_limit + 4;
    char *buf = malloc(cap);
    if (!buf) {
        fclose(f);
        host_set_errorf(h, "%s: out of memory", path);
        return -1;
    }
    size_t len = fread(buf, 1, cap, f);
    int bad = ferror(f);
    long size = -1;
    if (len == cap && fseek(f, 0, SEEK_END) == 0)
        size = ftell(f);
    fclose(f);
    int r = -1;
    if (bad)
        host_set_errorf(h, "%s: cannot read", path);
    else if (len == cap)
        host_set_errorf(h, "%s: script is too large (%ld bytes, limit %zu)", path, size,
                        h->source_limit);
    else
        r = luahost_load(h, buf, len, path, env_index);
    free(buf);
    return r;
}

/* ---- the environment --------------------------------------------------------------- */

void luahost_push_env(LuaHost *h)
{
    lua_State *L = h->L;
    int top = lua_gettop(L);
    (void)top;
    if (h->data_only) {
        lua_newtable(L);
        return;
    }
    lua_rawgetp(L, LUA_REGISTRYINDEX, &KEY_TEMPLATE);
    lua_newtable(L);
    lua_pushnil(L);
    while (lua_next(L, -3)) {
        /* stack: template env key value; library tables are copied one level deep */
        if (lua_type(L, -1) == LUA_TTABLE) {
            lua_newtable(L);
            lua_pushnil(L);
            while (lua_next(L, -3)) {
                lua_pushvalue(L, -2);
                lua_insert(L, -2);
                lua_rawset(L, -4);
            }
            lua_remove(L, -2);
        }
        lua_pushvalue(L, -2);
        lua_insert(L, -2);
        lua_rawset(L, -4);
    }
    lua_pushvalue(L, -1);
    lua_setfield(L, -2, "_G");
    lua_remove(L, -2);
    assert(lua_gettop(L) == top + 1);
}

/* ---- the safe library: functions whose cost or reach a hook cannot bound ---------- */

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
    LuaHost *h = luahost_from_state(L);
    luaL_checkany(L, 1);
    int status = lua_pcall(L, lua_gettop(L) - 1, LUA_MULTRET, 0);
    if (status == LUA_ERRMEM)
        host_trip_memory_error(h);
    if (h->trip != TRIP_NONE)
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
    LuaHost *h = luahost_from_state(L);
    int n = lua_gettop(L);
    luaL_checktype(L, 2, LUA_TFUNCTION);
    lua_pushvalue(L, 1);
    lua_pushvalue(L, 2);
    lua_replace(L, 1);
    lua_replace(L, 2);                              /* handler, f, args... */
    int status = lua_pcall(L, n - 2, LUA_MULTRET, 0);
    if (status == LUA_ERRMEM)
        host_trip_memory_error(h);
    if (h->trip != TRIP_NONE)
        return lua_error(L);
    if (status == LUA_OK) {
        lua_pushboolean(L, 1);
        lua_replace(L, 1);
        return lua_gettop(L);
    }
    if (lua_pcall(L, 1, 1, 0) == LUA_ERRMEM)        /* handler(err) */
        host_trip_memory_error(h);
    if (h->trip != TRIP_NONE)
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
                        return luahost_error_raise(L, "setmetatable: '%s' is not allowed in "
                                                   "quiz scripts", k);
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

/* Copies the named fields of the library table at lib into the table at the top. */
static void copy_fields(lua_State *L, int lib, const char *const *names)
{
    for (; *names; names++) {
        lua_getfield(L, lib, *names);
        lua_setfield(L, -2, *names);
    }
}

/* Sets field `name` of the table at the top to a closure of fn over lib[name]. */
static void wrap_field(lua_State *L, int lib, const char *name, lua_CFunction fn)
{
    lua_getfield(L, lib, name);
    lua_pushstring(L, name);
    lua_pushcclosure(L, fn, 2);
    lua_setfield(L, -2, name);
}

/* Pushes a new safe string table built from Lua's string library at lib. */
static void push_string_lib(lua_State *L, int lib)
{
    static const char *const plain[] = {"char", "format", "len", "lower", "upper", "reverse",
        "sub", NULL};
    lua_newtable(L);
    copy_fields(L, lib, plain);
    wrap_field(L, lib, "byte", sb_slice);
    lua_pushcfunction(L, sb_rep);
    lua_setfield(L, -2, "rep");
    wrap_field(L, lib, "find", sb_pattern);
    wrap_field(L, lib, "match", sb_pattern);
    wrap_field(L, lib, "gmatch", sb_pattern);
    wrap_field(L, lib, "gsub", sb_pattern);
}

/* Builds the template environment (registry) and points the string metatable's __index
 * at a safe string table that no script can reach or change. Lua's full libraries stay
 * in the host's own globals, where no script can see them. */
static void build_template(lua_State *L)
{
    static const char *const base[] = {"assert", "error", "ipairs", "next", "pairs", "rawequal",
        "rawget", "rawlen", "rawset", "select", "tonumber", "tostring", "type", "_VERSION", NULL};
    static const luaL_Reg base_wrapped[] = {{"pcall", sb_pcall}, {"xpcall", sb_xpcall},
        {"setmetatable", sb_setmetatable}, {"getmetatable", sb_getmetatable}, {NULL, NULL}};
    static const luaL_Reg table_wrapped[] = {{"insert", sb_insert}, {"remove", sb_remove},
        {"move", sb_move}, {"concat", sb_concat}, {"unpack", sb_unpack}, {NULL, NULL}};
    static const char *const os_plain[] = {"time", "clock", NULL};
    static const char *const os_gone[] = {"execute", "exit", "getenv", "remove", "rename",
        "tmpname", "setlocale", NULL};
    static const char *const base_gone[] = {"dofile", "loadfile", "load", "collectgarbage", NULL};
    int top = lua_gettop(L);

    luaL_requiref(L, LUA_GNAME, luaopen_base, 1);
    int g = lua_gettop(L);
    luaL_requiref(L, LUA_STRLIBNAME, luaopen_string, 0);
    int str = lua_gettop(L);
    luaL_requiref(L, LUA_TABLIBNAME, luaopen_table, 0);
    int tab = lua_gettop(L);
    luaL_requiref(L, LUA_MATHLIBNAME, luaopen_math, 0);
    int math = lua_gettop(L);
    luaL_requiref(L, LUA_UTF8LIBNAME, luaopen_utf8, 0);
    int utf8 = lua_gettop(L);
    luaL_requiref(L, LUA_OSLIBNAME, luaopen_os, 0);
    int os = lua_gettop(L);

    lua_newtable(L);                                  /* the template */
    copy_fields(L, g, base);
    luaL_setfuncs(L, base_wrapped, 0);

    push_string_lib(L, str);
    lua_setfield(L, -2, "string");

    lua_newtable(L);
    luaL_setfuncs(L, table_wrapped, 0);
    lua_getfield(L, tab, "pack");
    lua_setfield(L, -2, "pack");
    lua_getfield(L, tab, "sort");
    lua_pushcclosure(L, sb_sort, 1);
    lua_setfield(L, -2, "sort");
    lua_setfield(L, -2, "table");

    lua_newtable(L);                                  /* math without random */
    lua_pushnil(L);
    while (lua_next(L, math)) {
        const char *k = lua_tostring(L, -2);
        if (!strcmp(k, "random") || !strcmp(k, "randomseed")) {
            lua_pop(L, 1);
            continue;
        }
        lua_pushvalue(L, -2);
        lua_insert(L, -2);
        lua_rawset(L, -4);
    }
    lua_setfield(L, -2, "math");

    lua_newtable(L);
    lua_pushnil(L);
    while (lua_next(L, utf8)) {
        lua_pushvalue(L, -2);
        lua_insert(L, -2);
        lua_rawset(L, -4);
    }
    wrap_field(L, utf8, "codepoint", sb_slice);
    wrap_field(L, utf8, "len", sb_scan);
    wrap_field(L, utf8, "offset", sb_scan);
    lua_setfield(L, -2, "utf8");

    lua_newtable(L);
    copy_fields(L, os, os_plain);
    lua_getfield(L, os, "date");
    lua_pushcclosure(L, sb_date, 1);
    lua_setfield(L, -2, "date");
    lua_setfield(L, -2, "os");

    lua_rawsetp(L, LUA_REGISTRYINDEX, &KEY_TEMPLATE);

    /* method calls on strings ("x"):rep(n) go through this table, not the script's */
    lua_pushliteral(L, "");
    if (lua_getmetatable(L, -1)) {
        push_string_lib(L, str);
        lua_setfield(L, -2, "__index");
        lua_pop(L, 1);
    }
    lua_pop(L, 1);

    /* defence in depth: the host's own globals lose what no one here needs */
    for (const char *const *k = os_gone; *k; k++) {
        lua_pushnil(L);
        lua_setfield(L, os, *k);
    }
    for (const char *const *k = base_gone; *k; k++) {
        lua_pushnil(L);
        lua_setfield(L, g, *k);
    }
    lua_settop(L, top);
}

/* ---- raw reads for callers --------------------------------------------------------- */

static int rawget_field_fn(lua_State *L)
{
    const char *key = lua_touserdata(L, 2);
    lua_settop(L, 1);
    lua_pushstring(L, key);
    lua_rawget(L, 1);
    return 1;
}

int luahost_rawget_field(LuaHost *h, int index, const char *key)
{
    lua_State *L = h->L;
    index = lua_absindex(L, index);
    if (lua_type(L, index) != LUA_TTABLE || !lua_checkstack(L, 3)) {
        lua_pushnil(L);
        return LUA_TNIL;
    }
    lua_pushcfunction(L, rawget_field_fn);
    lua_pushvalue(L, index);
    lua_pushlightuserdata(L, (void *)key);
    if (lua_pcall(L, 2, 1, 0) != LUA_OK) {
        lua_pop(L, 1);
        lua_pushnil(L);
        return LUA_TNIL;
    }
    return lua_type(L, -1);
}

int luahost_rawget_index(LuaHost *h, int index, lua_Integer n)
{
    lua_State *L = h->L;
    if (lua_type(L, index) != LUA_TTABLE) {
        lua_pushnil(L);
        return LUA_TNIL;
    }
    return lua_rawgeti(L, index, n);
}

/* ---- open and close ---------------------------------------------------------------- */

LuaHost *luahost_open(const LuaHostLimits *limits)
{
    LuaHost *h = calloc(1, sizeof *h);
    if (!h)
        return NULL;
    h->mem_limit = limits && limits->memory_bytes ? limits->memory_bytes : 32 * (size_t)MIB;
    h->mem_hard = h->mem_limit + (h->mem_limit / 4 > MIB ? h->mem_limit / 4 : MIB);
    h->budget = limits && limits->instructions > 0 ? limits->instructions : 50000000L;
    h->source_limit = limits && limits->source_bytes ? limits->source_bytes : MIB;
    h->seconds = limits && limits->seconds > 0 ? limits->seconds : 3.0;
    h->data_only = limits && limits->data_only;
    h->L = lua_newstate(host_alloc, h);
    if (!h->L) {
        free(h);
        return NULL;
    }
    if (!h->data_only)
        build_template(h->L);
    return h;
}

void luahost_close(LuaHost *h)
{
    if (!h)
        return;
    lua_close(h->L);
    free(h->err);
    free(h->err_first);
    free(h);
}

lua_State *luahost_state(LuaHost *h)
{
    return h->L;
}

size_t luahost_memory_used(const LuaHost *h)
{
    return h->mem_used;
}
