/* luahost: the sandbox. Normal scripts run; every hostile script in tests/lua/hostile/ is
 * stopped with a clear message, the host stays usable afterwards, and nothing on disk
 * changes. Messages are checked, never timings. */
#include "test.h"
#include "luahost.h"

#include <dirent.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>
#include <lauxlib.h>

static const LuaHostLimits small_limits = {.memory_bytes = 8u * 1024 * 1024, .instructions = 2000000};

/* Runs src in a fresh environment; returns what luahost returns. With want_result, the
 * first result stays on the stack. */
static int run_src(LuaHost *h, const char *src, const char *name)
{
    lua_State *L = luahost_state(h);
    int top = lua_gettop(L);
    luahost_push_env(h);
    int r = luahost_load(h, src, strlen(src), name, -1);
    if (r == 0)
        r = luahost_pcall(h, 0, 0);
    lua_settop(L, top);
    return r;
}

static void check_usable(LuaHost *h)
{
    lua_State *L = luahost_state(h);
    int top = lua_gettop(L);
    const char *src = "local t = {} for i = 1, 100 do t[#t + 1] = ('%d'):format(i) end\n"
                      "return table.concat(t, ','):sub(1, 5)";
    luahost_push_env(h);
    int r = luahost_load(h, src, strlen(src), "normal.lua", -1);
    if (r == 0)
        r = luahost_pcall(h, 0, 1);
    CHECK_MSG(r == 0, "host not usable: %s", luahost_error(h));
    if (r == 0)
        CHECK_STR(lua_tostring(L, -1), "1,2,3");
    lua_settop(L, top);
}

static void test_basic(void)
{
    LuaHost *h = luahost_open(NULL);
    CHECK(h != NULL);
    check_usable(h);
    CHECK(run_src(h, "local x = 1\nerror('boom')", "a.lua") == -1);
    CHECK_STR(luahost_error_message(h), "a.lua:2: boom");
    CHECK(strstr(luahost_error(h), "stack traceback:") != NULL);
    luahost_close(h);
}

static void test_loop_forever(void)
{
    LuaHost *h = luahost_open(&small_limits);
    CHECK(run_src(h, "local n = 0\nwhile true do n = n + 1 end", "loop.lua") == -1);
    CHECK_STR(luahost_error_message(h), "loop.lua:2: script ran too long (more than 2000000 instructions)");
    check_usable(h);
    luahost_close(h);
}

static void test_memory(void)
{
    LuaHost *h = luahost_open(&small_limits);
    CHECK(run_src(h, "local t = {}\nwhile true do t[#t + 1] = {1, 2, 3} end", "mem.lua") == -1);
    CHECK_MSG(strstr(luahost_error_message(h), "script used too much memory (limit 8 MiB)") != NULL,
              "%s", luahost_error(h));
    check_usable(h);
    luahost_close(h);
}

/* ---- hostile scripts ---- */

typedef struct Hostile {
    const char *name;        /* tests/lua/hostile/NAME.lua */
    const char *expect;      /* substring of the first line of the error; NULL = must succeed */
} Hostile;

static const Hostile hostile[] = {
    {"read_file", "attempt to index a nil value (global 'io')"},
    {"write_file", "attempt to index a nil value (global 'io')"},
    {"remove_file", "attempt to call a nil value (field 'remove')"},
    {"run_command", "attempt to call a nil value (field 'execute')"},
    {"read_env", "attempt to call a nil value (field 'getenv')"},
    {"load_bytecode", "attempt to call a nil value (global 'load')"},
    {"string_dump", "attempt to call a nil value (field 'dump')"},
    {"loop_forever", "script ran too long (more than 2000000 instructions)"},
    {"alloc_forever", "script used too much memory (limit 8 MiB)"},
    {"string_grow", "script used too much memory (limit 8 MiB)"},
    {"recurse_forever", "script used too much memory (limit 8 MiB)"},
    {"string_metatable", "attempt to index a nil value (local 'mt')"},
    {"string_lib_tamper", "string_lib_tamper: tampering stayed local"},
    {"pattern_hang", "string.find: pattern too complex for a subject of 3000 bytes"},
    {"pattern_long_subject", "string.gsub: subject too long (100000 bytes, limit 4096)"},
    {"rep_huge", "string.rep: result too large"},
    {"move_huge", "too many elements to move"},
    {"concat_huge", "too many elements to concatenate"},
    {"unpack_huge", "too many results to unpack"},
    {"insert_front", "script ran too long (more than 2000000 instructions)"},
    {"gc_finalizer", "setmetatable: '__gc' is not allowed in quiz scripts"},
    {"gc_late", NULL},
    {"weak_table", "setmetatable: '__mode' is not allowed in quiz scripts"},
    {"weak_late", NULL},
    {"close_late", "variable 'x' got a non-closable value"},
    {"protected_metatable", "setmetatable: '__metatable' is not allowed in quiz scripts"},
    {"xpcall_handler_loop", "script ran too long (more than 2000000 instructions)"},
    {"pcall_swallow", "script ran too long (more than 2000000 instructions)"},
    {"pcall_swallow_memory", "script used too much memory (limit 8 MiB)"},
    {"coroutine_close", "attempt to index a nil value (global 'coroutine')"},
    {"error_table", "error object is a table value"},
    {"error_nil", "error object is a nil value"},
    {"error_tostring", "error object is a table value"},
    {"error_index", "no field muscle"},
    {"gsub_blowup", "script used too much memory (limit 8 MiB)"},
    {"escape_routes", "escape routes: all closed"},
    {"bom", NULL},
};

static char sandbox_dir[256];

static void sandbox_make(void)
{
    snprintf(sandbox_dir, sizeof sandbox_dir, "/tmp/tt_luahost_XXXXXX");
    CHECK(mkdtemp(sandbox_dir) != NULL);
    char path[300];
    snprintf(path, sizeof path, "%s/sentinel.txt", sandbox_dir);
    FILE *f = fopen(path, "w");
    CHECK(f != NULL);
    if (f) {
        fputs("keep", f);
        fclose(f);
    }
}

/* True when the sandbox dir still holds exactly sentinel.txt = "keep". */
static int sandbox_intact(void)
{
    int entries = 0;
    DIR *d = opendir(sandbox_dir);
    if (!d)
        return 0;
    for (struct dirent *e; (e = readdir(d));)
        if (strcmp(e->d_name, ".") && strcmp(e->d_name, ".."))
            entries++;
    closedir(d);
    char path[300], buf[16] = {0};
    snprintf(path, sizeof path, "%s/sentinel.txt", sandbox_dir);
    FILE *f = fopen(path, "r");
    if (!f)
        return 0;
    size_t n = fread(buf, 1, sizeof buf - 1, f);
    fclose(f);
    return entries == 1 && n == 4 && !strcmp(buf, "keep");
}

static void sandbox_remove(void)
{
    char path[300];
    snprintf(path, sizeof path, "%s/sentinel.txt", sandbox_dir);
    unlink(path);
    rmdir(sandbox_dir);
}

static const char *source_dir(void)
{
    const char *d = getenv("TT_SOURCE_DIR");
    return d && *d ? d : ".";
}

/* Runs one hostile file in a fresh environment that also holds SANDBOX_DIR. */
static int run_file(LuaHost *h, const char *name)
{
    lua_State *L = luahost_state(h);
    int top = lua_gettop(L);
    char path[512];
    snprintf(path, sizeof path, "%s/tests/lua/hostile/%s.lua", source_dir(), name);
    luahost_push_env(h);
    lua_pushstring(L, sandbox_dir);
    lua_setfield(L, -2, "SANDBOX_DIR");
    int r = luahost_load_file(h, path, -1);
    if (r == 0)
        r = luahost_pcall(h, 0, 0);
    lua_settop(L, top);
    return r;
}

static void test_hostile_scripts(void)
{
    sandbox_make();
    CHECK(sandbox_intact());
    LuaHost *h = luahost_open(&small_limits);
    for (size_t i = 0; i < sizeof hostile / sizeof hostile[0]; i++) {
        const Hostile *t = &hostile[i];
        int r = run_file(h, t->name);
        if (!t->expect) {
            CHECK_MSG(r == 0, "%s: %s", t->name, luahost_error(h));
        } else {
            const char *msg = luahost_error_message(h);
            char where[128];
            snprintf(where, sizeof where, "%s.lua:", t->name);
            CHECK_MSG(r == -1, "%s: ran to the end", t->name);
            CHECK_MSG(strstr(msg, t->expect) != NULL, "%s: got \"%s\", want \"%s\"", t->name,
                      msg, t->expect);
            CHECK_MSG(strstr(msg, where) != NULL, "%s: no file:line in \"%s\"", t->name, msg);
            CHECK_MSG(strstr(luahost_error(h), "stack traceback:") != NULL,
                      "%s: no traceback in \"%s\"", t->name, luahost_error(h));
        }
        CHECK_MSG(lua_gettop(luahost_state(h)) == 0, "%s: stack not balanced", t->name);
        lua_gc(luahost_state(h), LUA_GCCOLLECT);   /* a late finalizer would run (and hang) here */
        check_usable(h);
        CHECK_MSG(sandbox_intact(), "%s: the sandbox directory changed", t->name);
    }
    luahost_close(h);
    CHECK(sandbox_intact());
    sandbox_remove();
}

TEST_MAIN(T(test_basic), T(test_loop_forever), T(test_memory), T(test_hostile_scripts))
