/* quizapi_env: the tables a quiz script reads besides the constructors: `atlas`, a
 * read-only view of the body model, and ctx, a new table per round with its seed, player
 * and seeded random functions (the round's generator, round.h). */
#include "quiz/quiz.h"

#include <lauxlib.h>
#include <lua.h>
#include <string.h>

#include "quiz/round.h"

#define RNG_MT "tt.rng"

static const char *const view_names[] = {"anterior", "posterior", "lateral_right", "lateral_left", "foot_plantar",
                                         "leg_medial", "hand_palmar", "hand_dorsal", NULL};
_Static_assert(sizeof view_names / sizeof view_names[0] == VIEW_COUNT + 1, "a name for every view");

int quizapi_readonly_error(lua_State *L)
{
    return luaL_error(L, "%s is read-only", lua_tostring(L, lua_upvalueindex(1)));
}

/* ---- the read-only atlas ---- */

/* Wraps the table on top of the stack in a read-only proxy named `what`. */
static void make_readonly(lua_State *L, const char *what)
{
    int content = lua_gettop(L);
    lua_newtable(L);                          /* proxy */
    lua_createtable(L, 0, 5);                 /* its metatable */
    lua_pushvalue(L, content);
    lua_setfield(L, -2, "__index");
    lua_pushstring(L, what);
    lua_pushcclosure(L, quizapi_readonly_error, 1);
    lua_setfield(L, -2, "__newindex");
    lua_pushboolean(L, 0);
    lua_setfield(L, -2, "__metatable");
    lua_setmetatable(L, -2);
    lua_replace(L, content);
}

/* Does m have a trigger point (zones: a referred-pain zone) in view v, on a side it shows? */
static bool muscle_shows(const AtlasMuscle *m, View v, bool zones)
{
    for (int s = 0; s < SIDE_COUNT; s++)
        for (int i = 0; round_view_shows(v, (Side)s) && i < m->ntrps; i++)
            if (zones ? m->trps[i].essential[s][v].count > 0 : m->trps[i].has_at[s][v]) return true;
    return false;
}

static void push_muscle_info(lua_State *L, const AtlasMuscle *m)
{
    lua_createtable(L, 0, 8);
    lua_pushstring(L, m->id); lua_setfield(L, -2, "id");
    lua_pushstring(L, m->name); lua_setfield(L, -2, "name");
    lua_pushstring(L, m->region); lua_setfield(L, -2, "region");
    lua_pushstring(L, m->palpation ? m->palpation : ""); lua_setfield(L, -2, "palpation");
    lua_pushinteger(L, m->ntrps); lua_setfield(L, -2, "trps");
    /* views: a trigger point can be seen there; zone_views: a referred-pain zone is drawn there */
    for (int zones = 0; zones < 2; zones++) {
        lua_newtable(L);
        int n = 0;
        for (int v = 0; v < VIEW_COUNT; v++)
            if (muscle_shows(m, (View)v, zones)) {
                lua_pushstring(L, view_names[v]);
                lua_seti(L, -2, ++n);
            }
        lua_setfield(L, -2, zones ? "zone_views" : "views");
    }
    make_readonly(L, "a muscle from the atlas");
}

static int atlas_fn_muscle(lua_State *L)
{
    const Atlas *a = lua_touserdata(L, lua_upvalueindex(1));
    const AtlasMuscle *m = atlas_muscle(a, luaL_checkstring(L, 1));
    if (m) push_muscle_info(L, m);
    else lua_pushnil(L);
    return 1;
}

static int atlas_fn_muscles(lua_State *L)
{
    const Atlas *a = lua_touserdata(L, lua_upvalueindex(1));
    const char *region = NULL;
    bool has_view = false;
    View view = VIEW_ANTERIOR;
    if (!lua_isnoneornil(L, 1)) {
        luaL_checktype(L, 1, LUA_TTABLE);
        lua_pushnil(L);
        while (lua_next(L, 1)) {
            lua_pop(L, 1);
            const char *k = lua_type(L, -1) == LUA_TSTRING ? lua_tostring(L, -1) : "?";
            if (strcmp(k, "region") && strcmp(k, "view"))
                return luaL_error(L, "atlas.muscles: unknown filter '%s' (filters: region, view)", k);
        }
        if (lua_getfield(L, 1, "region") != LUA_TNIL) {
            region = luaL_checkstring(L, -1);
            bool known = false;
            for (int i = 0; i < a->nregions; i++) known |= !strcmp(a->regions[i], region);
            if (!known) return luaL_error(L, "atlas.muscles: unknown region '%s' (see atlas.regions())", region);
        }
        if (lua_getfield(L, 1, "view") != LUA_TNIL) {
            if (!atlas_view_parse(luaL_checkstring(L, -1), &view))
                return luaL_error(L, "atlas.muscles: unknown view '%s'", lua_tostring(L, -1));
            has_view = true;
        }
    }
    lua_newtable(L);
    int n = 0;
    for (int i = 0; i < a->nmuscles; i++) {
        const AtlasMuscle *m = &a->muscles[i];
        if (region && strcmp(m->region, region)) continue;
        if (has_view && !atlas_muscle_has_trp_in(m, view, SIDE_RIGHT) && !atlas_muscle_has_trp_in(m, view, SIDE_LEFT))
            continue;
        push_muscle_info(L, m);
        lua_seti(L, -2, ++n);
    }
    return 1;
}

static int atlas_fn_regions(lua_State *L)
{
    const Atlas *a = lua_touserdata(L, lua_upvalueindex(1));
    lua_createtable(L, a->nregions, 0);
    for (int i = 0; i < a->nregions; i++) {
        lua_pushstring(L, a->regions[i]);
        lua_seti(L, -2, i + 1);
    }
    return 1;
}

void quizapi_push_atlas(lua_State *L, const Atlas *atlas)
{
    static const luaL_Reg fns[] = {
        {"muscle", atlas_fn_muscle},
        {"muscles", atlas_fn_muscles},
        {"regions", atlas_fn_regions},
        {NULL, NULL},
    };
    lua_createtable(L, 0, 3);
    lua_pushlightuserdata(L, (void *)atlas);
    luaL_setfuncs(L, fns, 1);
    make_readonly(L, "atlas");
}

/* ---- ctx: seeded random numbers ---- */

static uint64_t *ctx_rng(lua_State *L)
{
    return luaL_checkudata(L, lua_upvalueindex(1), RNG_MT);
}

/* ctx.random(): [0,1); ctx.random(n): 1..n; ctx.random(m, n): m..n (like math.random). */
static int ctx_random(lua_State *L)
{
    uint64_t *rng = ctx_rng(L);
    int nargs = lua_gettop(L);
    if (nargs == 0) {
        lua_pushnumber(L, (double)(round_rng_next(rng) >> 11) * (1.0 / 9007199254740992.0));
        return 1;
    }
    lua_Integer lo = 1, hi;
    if (nargs == 1) hi = luaL_checkinteger(L, 1);
    else lo = luaL_checkinteger(L, 1), hi = luaL_checkinteger(L, 2);
    luaL_argcheck(L, lo <= hi, nargs, "interval is empty");
    uint64_t span = (uint64_t)hi - (uint64_t)lo + 1;
    lua_pushinteger(L, (lua_Integer)((uint64_t)lo + (span ? round_rng_below(rng, span) : round_rng_next(rng))));
    return 1;
}

/* ctx.shuffle(list): shuffles in place and returns it. */
static int ctx_shuffle(lua_State *L)
{
    uint64_t *rng = ctx_rng(L);
    luaL_checktype(L, 1, LUA_TTABLE);
    lua_Integer n = luaL_len(L, 1);
    for (lua_Integer i = n; i > 1; i--) {
        lua_Integer j = 1 + (lua_Integer)round_rng_below(rng, (uint64_t)i);
        lua_geti(L, 1, i);
        lua_geti(L, 1, j);
        lua_seti(L, 1, i);
        lua_seti(L, 1, j);
    }
    lua_settop(L, 1);
    return 1;
}

/* ctx.pick(list): one element at random (nil for an empty list). */
static int ctx_pick(lua_State *L)
{
    uint64_t *rng = ctx_rng(L);
    luaL_checktype(L, 1, LUA_TTABLE);
    lua_Integer n = luaL_len(L, 1);
    if (n < 1) { lua_pushnil(L); return 1; }
    lua_geti(L, 1, 1 + (lua_Integer)round_rng_below(rng, (uint64_t)n));
    return 1;
}

uint64_t *quizapi_push_ctx(lua_State *L, uint64_t seed, const char *player, const char *quiz_id)
{
    static const luaL_Reg fns[] = {
        {"random", ctx_random},
        {"shuffle", ctx_shuffle},
        {"pick", ctx_pick},
        {NULL, NULL},
    };
    if (luaL_newmetatable(L, RNG_MT)) {
        lua_pushboolean(L, 0);
        lua_setfield(L, -2, "__metatable");
    }
    lua_pop(L, 1);
    lua_createtable(L, 0, 6);
    uint64_t *rng = lua_newuserdatauv(L, sizeof *rng, 0);
    *rng = seed;
    luaL_setmetatable(L, RNG_MT);
    luaL_setfuncs(L, fns, 1);
    lua_pushinteger(L, (lua_Integer)seed);
    lua_setfield(L, -2, "seed");
    lua_pushstring(L, player ? player : "");
    lua_setfield(L, -2, "player");
    lua_pushstring(L, quiz_id);
    lua_setfield(L, -2, "quiz");
    return rng;
}
