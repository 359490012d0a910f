/* luahost_safe: the safe library of the Lua host, private to engine/luahost*.c. The host
 * calls luahost_safe_push_template once per state; the wrappers call back into the host
 * for the budget, the limits and the wording of messages. */
#ifndef LUAHOST_SAFE_H
#define LUAHOST_SAFE_H

#include <lua.h>

/* Pushes the template environment (allow-listed globals and library copies) and points the
 * string metatable's __index at a safe string table no script can reach. */
void luahost_safe_push_template(lua_State *L);

/* After a lua_pcall made from a wrapper: true when a time or memory limit has been hit
 * (a LUA_ERRMEM status counts as the memory limit), so the wrapper must re-raise. */
int luahost_limit_hit(lua_State *L, int status);

/* How messages name the scripts: LuaHostLimits.scripts, or "scripts". */
const char *luahost_scripts_name(lua_State *L);

#endif
