/* luahost: the sandboxed Lua 5.4 host, the one place that creates Lua states. Untrusted
 * scripts get an allow-listed environment (data files an empty one), a counting allocator
 * with a cap, and an instruction/call budget armed only while script code runs. Every call
 * into Lua goes through luahost_pcall, whose errors read "file:line: message" followed by
 * a short traceback. Knows nothing of what the scripts are for: its callers name them. */
#ifndef LUAHOST_H
#define LUAHOST_H

#include <stddef.h>
#include <lua.h>

typedef struct LuaHost LuaHost;

typedef struct LuaHostLimits {
    size_t memory_bytes;      /* allocator cap for the whole state (0 = 32 MiB) */
    long instructions;        /* budget per luahost_pcall (0 = 50 million) */
    size_t source_bytes;      /* largest chunk accepted (0 = 1 MiB) */
    double seconds;           /* wall-clock backstop per luahost_pcall (0 = 3 s), for work
                                 no count can see (comparing two huge strings in a loop) */
    int data_only;            /* nonzero for data files (tables, no code): no library is opened,
                                 luahost_push_env pushes an empty table, strings have no
                                 methods; a chunk can build tables and do arithmetic, and
                                 nothing else */
    const char *scripts;      /* how messages name the scripts: "setmetatable: '__gc' is not
                                 allowed in " + this (NULL = "scripts") */
} LuaHostLimits;

/* What stopped the last luahost_load or luahost_pcall that failed. */
typedef enum LuaHostFailure {
    LUAHOST_FAILED_ERROR,         /* an error: syntax, runtime, error(), a refused chunk */
    LUAHOST_FAILED_INSTRUCTIONS,  /* the instruction budget was spent */
    LUAHOST_FAILED_SECONDS,       /* the wall-clock backstop */
    LUAHOST_FAILED_MEMORY,        /* the memory cap */
} LuaHostFailure;

LuaHost *luahost_open(const LuaHostLimits *limits);   /* NULL only when out of memory */
void luahost_close(LuaHost *h);
lua_State *luahost_state(LuaHost *h);

/* Pushes a new environment table holding only the allow-listed globals (safe parts of
 * base, string, table, math, utf8; os.time/os.clock/os.date). Callers add their own API
 * to it before loading a chunk with it. */
void luahost_push_env(LuaHost *h);

/* Loads a text chunk (a UTF-8 BOM is stripped; binary chunks and oversized sources are
 * refused) and sets the table at env_index as its _ENV. Pushes the function and returns 0,
 * or returns -1 with luahost_error() set and nothing pushed. chunkname is shown in
 * messages as given (use the file name). */
int luahost_load(LuaHost *h, const char *src, size_t len, const char *chunkname, int env_index);
int luahost_load_file(LuaHost *h, const char *path, int env_index);

/* lua_pcall with a traceback handler and the instruction budget armed. Returns 0, or -1
 * with the error (never the script's own __tostring) in luahost_error() and nothing
 * pushed. */
int luahost_pcall(LuaHost *h, int nargs, int nresults);
const char *luahost_error(const LuaHost *h);          /* "file:line: message\ntraceback" */
const char *luahost_error_message(const LuaHost *h);  /* first line only */
/* The kind of the last failure, and in *line (may be NULL) the script line where a limit
 * was hit (0 for errors and when no script line was running). Lets a caller word a limit
 * in its own terms. */
LuaHostFailure luahost_failure(const LuaHost *h, int *line);

/* ---- for C functions that scripts call, and for reading what scripts return ---- */

/* The host that owns L (stored as the allocator's userdata); for C functions called
 * from scripts. */
LuaHost *luahost_from_state(lua_State *L);

/* Raises a Lua error "file:line: message" (position of the calling script line). The
 * message is formatted with vsnprintf (full printf formats, at most 1023 bytes). Use as
 * `return luahost_error_raise(L, "...", ...);` from a lua_CFunction. */
int luahost_error_raise(lua_State *L, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* Charges `cost` instructions of C-side work to the running call's budget; raises the
 * "script ran too long" error when the budget is spent. No-op outside luahost_pcall. */
void luahost_charge(lua_State *L, long cost);

/* Raw reads that never run script code (no __index) and never raise: push t[key] or
 * t[n] from the table at `index` (nil when it is not a table) and return the pushed
 * value's type (LUA_TNIL, LUA_TSTRING, ...). Use them to read what a script returned. */
int luahost_rawget_field(LuaHost *h, int index, const char *key);
int luahost_rawget_index(LuaHost *h, int index, lua_Integer n);

size_t luahost_memory_used(const LuaHost *h);          /* bytes held by the Lua state */

#endif
