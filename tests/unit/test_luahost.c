/* luahost: the sandbox. Normal scripts run; every hostile script in tests/lua/hostile/ is
 * stopped with a clear message, the host stays usable afterwards, and nothing on disk
 * changes. Messages are checked, never timings. */
#include "test.h"
#include "engine/luahost.h"

#include <dirent.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>
#include <lauxlib.h>

static const LuaHostLimits small_limits = {.memory_bytes = 8u * 1024 * 1024, .instructions = 2000000,
                                           .scripts = "quiz scripts"};

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
    /* the host knows no product: its messages name "scripts" unless told otherwise */
    CHECK(run_src(h, "setmetatable({}, {__gc = true})", "gc.lua") == -1);
    CHECK_STR(luahost_error_message(h), "gc.lua:1: setmetatable: '__gc' is not allowed in scripts");
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
    {"error_tostring_raises", "error_tostring_raises.lua:3: error object is a table value"},
    {"gsub_blowup", "script used too much memory (limit 8 MiB)"},
    {"escape_routes", "escape routes: all closed"},
    {"metamethod_recursion", "stack overflow"},
    {"pcall_nesting", NULL},
    {"tostring_loop", "script ran too long (more than 2000000 instructions)"},
    {"sort_comparator_loop", "script ran too long (more than 2000000 instructions)"},
    {"index_chain", "'__index' chain too long; possible loop"},
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

/* ---- what quizzes may use still works ---- */

static const char library_src[] =
    "local s = ('ab'):rep(3, '-')\n"
    "assert(s == 'ab-ab-ab', s)\n"
    "assert(string.rep('x', 0) == '' and string.rep('', 5) == '')\n"
    "assert(('%d|%5.1f|%s'):format(7, 2.25, 'x') == '7|  2.2|x' or ('%d|%5.1f|%s'):format(7, 2.25, 'x') == '7|  2.3|x')\n"
    "assert(('Hello'):upper() == 'HELLO' and ('Hello'):lower() == 'hello' and ('abc'):reverse() == 'cba')\n"
    "assert(('abc'):byte(1, -1) == 97 and select('#', ('abc'):byte(1, -1)) == 3 and string.char(104, 105) == 'hi')\n"
    "assert(('upper_trapezius'):match('^(%w+)_(%w+)$') == 'upper')\n"
    "assert(('a  b   c'):gsub('%s+', ' ') == 'a b c')\n"
    "assert(('neck,back'):find(',', 1, true) == 5)\n"
    "local words = {} for w in ('one two three'):gmatch('%a+') do words[#words + 1] = w end\n"
    "assert(#words == 3 and words[3] == 'three')\n"
    "local t = {1, 2, 3}\n"
    "table.insert(t, 4) table.insert(t, 1, 0)\n"
    "assert(table.concat(t, ',') == '0,1,2,3,4')\n"
    "assert(table.remove(t, 1) == 0 and table.remove(t) == 4 and table.concat(t, ',') == '1,2,3')\n"
    "assert(table.concat(table.move({1, 2, 3}, 1, 3, 2), ',') == '1,1,2,3')\n"
    "local a, b, c = table.unpack({7, 8, 9}) assert(a + b + c == 24)\n"
    "local p = table.pack(1, nil, 3) assert(p.n == 3)\n"
    "local u = {5, 1, 4} table.sort(u) assert(table.concat(u) == '145')\n"
    "table.sort(u, function(x, y) return x > y end) assert(table.concat(u) == '541')\n"
    "assert(math.floor(math.pi) == 3 and math.max(1, 5) == 5 and math.random == nil)\n"
    "assert(utf8.len('caf\\u{E9}') == 4 and utf8.char(233) == '\\u{E9}' and utf8.codepoint('\\u{E9}') == 233)\n"
    "assert(type(os.time()) == 'number' and type(os.clock()) == 'number' and type(os.date('%Y')) == 'string')\n"
    "local Class = {} Class.__index = Class\n"
    "function Class.new(n) return setmetatable({n = n}, Class) end\n"
    "function Class:twice() return self.n * 2 end\n"
    "local o = Class.new(21) assert(o:twice() == 42 and getmetatable(o) == Class)\n"
    "local v = setmetatable({}, {__tostring = function() return 'V' end, __add = function() return 1 end})\n"
    "assert(tostring(v) == 'V' and v + v == 1)\n"
    "assert(getmetatable('') == nil and getmetatable(1) == nil)\n"
    "local ok, err = pcall(error, 'x', 0) assert(not ok and err == 'x')\n"
    "local ok2, r = pcall(function(q) return q * 2 end, 4) assert(ok2 and r == 8)\n"
    "local ok3, h = xpcall(function() error({code = 1}) end, function(e) return e.code end)\n"
    "assert(not ok3 and h == 1)\n"
    "assert(select(2, xpcall(function(x) return x end, print or tostring, 5)) == 5)\n"
    "assert(tonumber('0x10') == 16 and rawequal(t, t) and rawlen({1, 2}) == 2 and rawget(t, 1) == 1)\n"
    "for k, val in pairs({x = 1}) do assert(k == 'x' and val == 1) end\n"
    "for i, val in ipairs({4}) do assert(i == 1 and val == 4) end\n"
    "assert(next({}) == nil and type(_G) == 'table' and _G.string == string)\n"
    "return 'ok'\n";

static void test_library_works(void)
{
    LuaHost *h = luahost_open(&small_limits);
    lua_State *L = luahost_state(h);
    luahost_push_env(h);
    int r = luahost_load(h, library_src, strlen(library_src), "library.lua", -1);
    if (r == 0)
        r = luahost_pcall(h, 0, 1);
    CHECK_MSG(r == 0, "%s", luahost_error(h));
    if (r == 0)
        CHECK_STR(lua_tostring(L, -1), "ok");
    lua_settop(L, 0);
    luahost_close(h);
}

/* Globals and library changes stay in the script's own environment. */
static void test_env_isolation(void)
{
    LuaHost *h = luahost_open(&small_limits);
    CHECK(run_src(h, "LEAK = 1\nstring.upper = nil\ntable.insert = nil\nmath.pi = 3", "a.lua") == 0);
    CHECK_MSG(run_src(h, "assert(LEAK == nil)\nassert(string.upper('a') == 'A')\n"
                         "assert(table.insert and math.pi > 3.14)", "b.lua") == 0,
              "%s", luahost_error(h));
    luahost_close(h);
}

/* ---- loading ---- */

typedef struct Bytes { char data[4096]; size_t len; } Bytes;

static int dump_writer(lua_State *L, const void *p, size_t sz, void *ud)
{
    Bytes *b = ud;
    if (b->len + sz > sizeof b->data)
        return 1;
    memcpy(b->data + b->len, p, sz);
    b->len += sz;
    return 0;
}

static void test_binary_chunks_refused(void)
{
    LuaHost *h = luahost_open(&small_limits);
    lua_State *L = luahost_state(h);
    /* real bytecode, made outside the sandbox by the test itself */
    static Bytes b;
    CHECK(luaL_loadstring(L, "return 1") == LUA_OK);
    CHECK(lua_dump(L, dump_writer, &b, 0) == 0);
    CHECK(b.len > 4 && b.data[0] == 0x1b);
    char *copy = b.data;
    size_t len = b.len;
    lua_settop(L, 0);
    luahost_push_env(h);
    CHECK(luahost_load(h, copy, len, "dumped.lua", -1) == -1);
    CHECK_STR(luahost_error_message(h), "dumped.lua: attempt to load a binary chunk (mode is 't')");
    for (size_t i = 4; i < len; i += 3)   /* corrupted bytecode: same answer, no crash */
        copy[i] ^= 0x5a;
    CHECK(luahost_load(h, copy, len, "corrupt.lua", -1) == -1);
    CHECK_STR(luahost_error_message(h), "corrupt.lua: attempt to load a binary chunk (mode is 't')");
    CHECK(lua_gettop(L) == 1);
    lua_settop(L, 0);
    check_usable(h);
    luahost_close(h);
}

static void test_huge_source(void)
{
    /* a 2 MiB script, written to a temporary file (too big to keep in the repository) */
    size_t len = 2u * 1024 * 1024;
    char *src = malloc(len + 1);
    for (size_t i = 0; i < len; i += 16)
        memcpy(src + i, "local x = 12345\n", 16);
    src[len] = '\0';
    char path[] = "/tmp/tt_luahost_big_XXXXXX";
    int fd = mkstemp(path);
    CHECK(fd >= 0);
    CHECK(write(fd, src, len) == (ssize_t)len);
    close(fd);

    LuaHost *h = luahost_open(&small_limits);
    lua_State *L = luahost_state(h);
    luahost_push_env(h);
    CHECK(luahost_load(h, src, len, "big.lua", -1) == -1);
    CHECK_STR(luahost_error_message(h), "big.lua: script is too large (2097152 bytes, limit 1048576)");
    CHECK(luahost_load_file(h, path, -1) == -1);
    CHECK_MSG(strstr(luahost_error_message(h), "script is too large (2097152 bytes, limit 1048576)")
              != NULL, "%s", luahost_error_message(h));
    CHECK(lua_gettop(L) == 1);
    lua_settop(L, 0);
    CHECK(luahost_load_file(h, "/nonexistent/quiz.lua", -1) == -1 || 1);
    unlink(path);
    free(src);
    check_usable(h);
    luahost_close(h);
}

static void test_syntax_error(void)
{
    LuaHost *h = luahost_open(NULL);
    CHECK(run_src(h, "local x = 1\nlocal y = = 2\n", "syntax.lua") == -1);
    CHECK_MSG(!strncmp(luahost_error_message(h), "syntax.lua:2: ", 14), "%s", luahost_error_message(h));
    luahost_push_env(h);
    CHECK(luahost_load_file(h, "/nonexistent/quiz.lua", -1) == -1);
    CHECK_STR(luahost_error_message(h), "/nonexistent/quiz.lua: cannot open (No such file or directory)");
    lua_settop(luahost_state(h), 0);
    luahost_close(h);
}

/* ---- errors ---- */

static void test_traceback_is_short(void)
{
    LuaHost *h = luahost_open(NULL);
    CHECK(run_src(h, "local function f(n)\n  if n == 0 then error('deep') end\n  return f(n - 1) + 1\nend\nf(50)",
                  "deep.lua") == -1);
    const char *e = luahost_error(h);
    CHECK_STR(luahost_error_message(h), "deep.lua:2: deep");
    int frames = 0;
    for (const char *p = e; (p = strstr(p, "\n\t")); p += 2)
        frames++;
    CHECK_MSG(frames <= 11, "%d frames", frames);
    CHECK(strstr(e, "\n\t...") != NULL);
    CHECK(strstr(e, "deep.lua:2: in ") != NULL);
    luahost_close(h);
}

static void test_error_values(void)
{
    LuaHost *h = luahost_open(NULL);
    CHECK(run_src(h, "\nerror(42)", "n.lua") == -1);
    CHECK_STR(luahost_error_message(h), "n.lua:2: error object is a number (42)");
    CHECK(run_src(h, "error(false)", "b.lua") == -1);
    CHECK_STR(luahost_error_message(h), "b.lua:1: error object is a boolean (false)");
    CHECK(run_src(h, "error('no position', 0)", "p.lua") == -1);
    CHECK_STR(luahost_error_message(h), "p.lua:1: no position");
    CHECK(run_src(h, "local t = nil\nreturn t.x", "i.lua") == -1);
    CHECK_STR(luahost_error_message(h), "i.lua:2: attempt to index a nil value (local 't')");
    luahost_close(h);
}

static int c_bad_muscle(lua_State *L)
{
    return luahost_error_raise(L, "unknown muscle '%s' (%d of %zu)", luaL_checkstring(L, 1), 3, (size_t)40);
}

static void test_error_raise(void)
{
    LuaHost *h = luahost_open(NULL);
    lua_State *L = luahost_state(h);
    const char *src = "local x = 1\ncheck('deltoid')\n";
    luahost_push_env(h);
    lua_pushcfunction(L, c_bad_muscle);
    lua_setfield(L, -2, "check");
    CHECK(luahost_load(h, src, strlen(src), "raise.lua", -1) == 0);
    CHECK(luahost_pcall(h, 0, 0) == -1);
    CHECK_STR(luahost_error_message(h), "raise.lua:2: unknown muscle 'deltoid' (3 of 40)");
    lua_settop(L, 0);
    luahost_close(h);
}

/* ---- helpers for callers ---- */

static void test_rawget_helpers(void)
{
    LuaHost *h = luahost_open(&small_limits);
    lua_State *L = luahost_state(h);
    const char *src = "return setmetatable({ id = 'x', [1] = 'first' }, "
                      "{ __index = function() while true do end end })";
    luahost_push_env(h);
    CHECK(luahost_load(h, src, strlen(src), "r.lua", -1) == 0);
    CHECK(luahost_pcall(h, 0, 1) == 0);
    CHECK(luahost_rawget_field(h, -1, "id") == LUA_TSTRING);
    CHECK_STR(lua_tostring(L, -1), "x");
    lua_pop(L, 1);
    CHECK(luahost_rawget_field(h, -1, "title") == LUA_TNIL);   /* __index not called */
    lua_pop(L, 1);
    CHECK(luahost_rawget_index(h, -1, 1) == LUA_TSTRING);
    lua_pop(L, 1);
    CHECK(luahost_rawget_index(h, -1, 2) == LUA_TNIL);
    lua_pop(L, 1);
    lua_pushinteger(L, 5);
    CHECK(luahost_rawget_field(h, -1, "id") == LUA_TNIL);     /* not a table */
    CHECK(lua_gettop(L) == 4);
    lua_settop(L, 0);
    CHECK(luahost_memory_used(h) > 0);
    luahost_close(h);
}

/* A C function that runs a script callback through luahost_pcall and ignores its failure
 * cannot let the outer script carry on past the limit. */
static int c_call_back(lua_State *L)
{
    LuaHost *h = luahost_from_state(L);
    lua_pushvalue(L, 1);
    if (luahost_pcall(h, 0, 0) != 0)
        lua_pushboolean(L, 0);   /* swallowed on purpose */
    return 0;
}

static void test_nested_pcall(void)
{
    LuaHost *h = luahost_open(&small_limits);
    lua_State *L = luahost_state(h);
    const char *src = "each(function() while true do end end)\nlocal n = 0\nwhile true do n = n + 1 end";
    luahost_push_env(h);
    lua_pushcfunction(L, c_call_back);
    lua_setfield(L, -2, "each");
    CHECK(luahost_load(h, src, strlen(src), "nested.lua", -1) == 0);
    CHECK(luahost_pcall(h, 0, 0) == -1);
    CHECK_MSG(strstr(luahost_error_message(h), "script ran too long") != NULL, "%s", luahost_error(h));
    lua_settop(L, 0);
    check_usable(h);
    luahost_close(h);
}

/* ---- limits ---- */

static void test_default_limits(void)
{
    LuaHost *h = luahost_open(NULL);
    CHECK(run_src(h, "while true do end", "d.lua") == -1);
    CHECK_STR(luahost_error_message(h), "d.lua:1: script ran too long (more than 50000000 instructions)");
    CHECK(run_src(h, "local t = {}\nwhile true do t[#t + 1] = {} end", "m.lua") == -1);
    CHECK_STR(luahost_error_message(h), "m.lua:2: script used too much memory (limit 32 MiB)");
    check_usable(h);
    luahost_close(h);
}

/* Garbage alone never stops a script: the cap counts what is still reachable. */
static void test_garbage_is_not_a_limit(void)
{
    LuaHost *h = luahost_open(&(LuaHostLimits){.memory_bytes = 4u * 1024 * 1024, .instructions = 20000000});
    CHECK_MSG(run_src(h, "local a = ('k'):rep(500000)\nlocal keep = table.concat({a, a})\n"
                         "for i = 1, 50 do local s = ('x'):rep(1000000) .. i end\n"
                         "return #keep", "churn.lua") == 0, "%s", luahost_error(h));
    luahost_close(h);
}

/* Comparing two long strings costs one instruction; only the wall clock sees it. */
static void test_wall_clock_backstop(void)
{
    LuaHost *h = luahost_open(&(LuaHostLimits){.instructions = 2000000000L, .seconds = 0.2});
    CHECK(run_src(h, "local a = ('x'):rep(1000000)\nlocal b = a:sub(1, -2) .. 'y'\n"
                     "while true do local _ = a == b end", "cmp.lua") == -1);
    CHECK_STR(luahost_error_message(h), "cmp.lua:3: script ran too long (more than 0.2 seconds)");
    check_usable(h);
    luahost_close(h);
}

/* Patterns: common ones pass on long subjects, backtracking ones only on short ones. */
static void test_pattern_bounds(void)
{
    LuaHost *h = luahost_open(NULL);
    CHECK_MSG(run_src(h, "local s = ('word '):rep(800)\nassert(#s:gsub('%s+', '_') == 4000)\n"
                         "assert(s:find('^word'))\nassert(not s:find('x', 1, true))\n"
                         "local n = 0 for _ in s:gmatch('%a+') do n = n + 1 end assert(n == 800)",
                      "ok.lua") == 0, "%s", luahost_error(h));
    CHECK(run_src(h, "local s = ('a'):rep(4000)\nreturn s:find('a*b')", "bt.lua") == -1);
    CHECK_MSG(strstr(luahost_error_message(h), "bt.lua:2: string.find: pattern too complex") != NULL,
              "%s", luahost_error_message(h));
    CHECK(run_src(h, "return ('a'):rep(64):find(('a?'):rep(20) .. ('a'):rep(20))", "opt.lua") == -1);
    CHECK(strstr(luahost_error_message(h), "pattern too complex") != NULL);
    CHECK(run_src(h, "return ('x'):find(('x'):rep(65))", "long.lua") == -1);
    CHECK_STR(luahost_error_message(h), "long.lua:1: string.find: pattern too long (65 bytes, limit 64)");
    luahost_close(h);
}

/* The data-only profile (the atlas): no library at all, an empty environment, strings
 * without methods; tables, locals and arithmetic work. Limits say what stopped the chunk
 * and on which line, so the caller can word them. */
static void test_data_only(void)
{
    LuaHost *h = luahost_open(&(LuaHostLimits){.memory_bytes = 8u * 1024 * 1024, .instructions = 2000000,
                                               .data_only = 1});
    lua_State *L = luahost_state(h);
    luahost_push_env(h);
    lua_pushnil(L);
    CHECK(lua_next(L, -2) == 0);            /* empty */
    lua_pop(L, 1);
    const char *src = "\xEF\xBB\xBFlocal n = 2\nlocal s = 'a' .. 'b'\nreturn { n = n * 21, s = s, { 1, 2 } }";
    luahost_push_env(h);
    CHECK(luahost_load(h, src, strlen(src), "data.lua", -1) == 0);
    CHECK_MSG(luahost_pcall(h, 0, 1) == 0, "%s", luahost_error(h));
    CHECK(luahost_rawget_field(h, -1, "n") == LUA_TNUMBER && lua_tointeger(L, -1) == 42);
    lua_settop(L, 0);
    static const struct { const char *src, *message; LuaHostFailure why; int line; } cases[] = {
        {"return print('x')", "d.lua:1: attempt to call a nil value (global 'print')", LUAHOST_FAILED_ERROR, 0},
        {"local s = ('x'):rep(3)", "d.lua:1: attempt to index a string value (constant 'x')", LUAHOST_FAILED_ERROR, 0},
        {"return string", NULL, LUAHOST_FAILED_ERROR, -1},
        {"local n = 0\nwhile true do n = n + 1 end", "d.lua:2: script ran too long (more than 2000000 instructions)",
         LUAHOST_FAILED_INSTRUCTIONS, 2},
        {"local s = 'x'\n\nfor i = 1, 40 do s = s .. s end", NULL, LUAHOST_FAILED_MEMORY, 3},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        int r = run_src(h, cases[i].src, "d.lua"), line = -1;
        LuaHostFailure why = luahost_failure(h, &line);
        if (cases[i].line < 0) {            /* runs, returns nil: no string library */
            CHECK_MSG(r == 0, "%s", luahost_error(h));
            continue;
        }
        CHECK_MSG(r == -1, "case %zu ran", i);
        CHECK_MSG(why == cases[i].why && line == cases[i].line, "case %zu: failure %d line %d: %s", i, (int)why,
                  line, luahost_error_message(h));
        if (cases[i].message)
            CHECK_STR(luahost_error_message(h), cases[i].message);
    }
    CHECK(run_src(h, "return {}", "d.lua") == 0);   /* usable after a limit */
    luahost_close(h);
}

TEST_MAIN(T(test_basic), T(test_data_only), T(test_loop_forever), T(test_memory), T(test_hostile_scripts),
          T(test_library_works), T(test_env_isolation), T(test_binary_chunks_refused),
          T(test_huge_source), T(test_syntax_error), T(test_traceback_is_short),
          T(test_error_values), T(test_error_raise), T(test_rawget_helpers), T(test_nested_pcall),
          T(test_default_limits), T(test_garbage_is_not_a_limit), T(test_wall_clock_backstop),
          T(test_pattern_bounds))
