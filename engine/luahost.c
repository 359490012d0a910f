/* luahost: the sandboxed Lua 5.4 host, the one place that creates Lua states. One counting
 * allocator with a cap, one hook that charges instructions (and C-side work) against a
 * per-call budget, an allow-listed environment copied for each script from the template that
 * luahost_safe.c builds (or an empty one for data files), and one protected-call helper
 * whose message handler never runs script code. See docs/sandbox.md for the rules and the
 * reasons. */
#include "luahost.h"
#include "luahost_safe.h"

#include <assert.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <lauxlib.h>

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
    char trip_trace[TRACE_BYTES];           /* and the traceback there */
    char *err;                              /* last error, full text (malloc) */
    char *err_first;                        /* its first line (malloc) */
    LuaHostFailure failure;                 /* what stopped the last failed call */
    int failure_line;
    const char *scripts;                    /* how messages name the scripts */
};

/* Registry key (its address is unique): the template, allow-listed globals and library copies. */
static const char KEY_TEMPLATE = 't';

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

int luahost_limit_hit(lua_State *L, int status)
{
    LuaHost *h = luahost_from_state(L);
    if (status == LUA_ERRMEM)
        host_trip_memory_error(h);
    return h->trip != TRIP_NONE;
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

const char *luahost_scripts_name(lua_State *L)
{
    return luahost_from_state(L)->scripts;
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
    h->scripts = limits && limits->scripts ? limits->scripts : "scripts";
    h->L = lua_newstate(host_alloc, h);
    if (!h->L) {
        free(h);
        return NULL;
    }
    if (!h->data_only) {
        luahost_safe_push_template(h->L);
        lua_rawsetp(h->L, LUA_REGISTRYINDEX, &KEY_TEMPLATE);
    }
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
