/* quizapi_env: the tables a quiz script reads besides the constructors: `atlas`, a
 * read-only view of the body model, and ctx, a new table per round with its seed, player
 * and seeded random functions (the round's generator, round.h). */
#include "quiz/quiz.h"

#include <lauxlib.h>
#include <lua.h>
#include <stdio.h>
#include <string.h>

#include "body/trp_areas.h"
#include "engine/luahost.h"
#include "quiz/round.h"
#include "quiz/words.h"

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

static void push_strings(lua_State *L, char *const *items, int n)
{
    lua_createtable(L, n, 0);
    for (int i = 0; i < n; i++) {
        lua_pushstring(L, items[i]);
        lua_seti(L, -2, i + 1);
    }
}

/* { position, technique, landmarks = { ids }, steps = { ... } }: how a trigger point is found. */
static void push_palpation(lua_State *L, const AtlasPalpation *p)
{
    lua_createtable(L, 0, 4);
    if (p->position >= 0) {
        lua_pushstring(L, atlas_position_name((PalpPosition)p->position));
        lua_setfield(L, -2, "position");
    }
    if (p->technique >= 0) {
        lua_pushstring(L, atlas_technique_name((PalpTechnique)p->technique));
        lua_setfield(L, -2, "technique");
    }
    push_strings(L, p->landmarks, p->nlandmarks);
    lua_setfield(L, -2, "landmarks");
    push_strings(L, p->steps, p->nsteps);
    lua_setfield(L, -2, "steps");
    make_readonly(L, "a palpation from the atlas");
}

static void push_area_words(lua_State *L, const AtlasArea *const *areas, int n)
{
    lua_createtable(L, n, 0);
    for (int i = 0; i < n; i++) {
        lua_pushstring(L, trp_area_word(areas[i]));
        lua_seti(L, -2, i + 1);
    }
}

/* A trigger point of atlas.trigger_points{} (with the areas of its zones) and of a muscle's
 * trigger_points (areas NULL: without them). */
static void push_trp_info(lua_State *L, const AtlasMuscle *m, int number, const TrpAreaList *areas)
{
    const AtlasTrp *t = &m->trps[number - 1];
    lua_createtable(L, 0, 10);
    lua_pushstring(L, t->id); lua_setfield(L, -2, "id");
    lua_pushstring(L, m->id); lua_setfield(L, -2, "muscle");
    lua_pushinteger(L, number); lua_setfield(L, -2, "number");
    lua_pushstring(L, t->name && *t->name ? t->name : t->id); lua_setfield(L, -2, "name");
    lua_pushstring(L, atlas_frequency_name(t->frequency)); lua_setfield(L, -2, "frequency");
    push_palpation(L, &t->palp);
    lua_setfield(L, -2, "palpation");
    if (areas) {
        push_area_words(L, areas->essential, areas->nessential);
        lua_setfield(L, -2, "areas");
        push_area_words(L, areas->spillover, areas->nspillover);
        lua_setfield(L, -2, "spillover_areas");
    }
    /* views: the trigger point is drawn there; zone_views: its essential zone is */
    for (int zones = 0; zones < 2; zones++) {
        lua_newtable(L);
        int n = 0;
        for (int v = 0; v < VIEW_COUNT; v++) {
            bool shown = false;
            for (int sd = 0; sd < SIDE_COUNT; sd++)
                shown |= round_view_shows((View)v, (Side)sd) &&
                         (zones ? t->essential[sd][v].count > 0 : t->has_at[sd][v]);
            if (!shown) continue;
            lua_pushstring(L, atlas_view_name((View)v));
            lua_seti(L, -2, ++n);
        }
        lua_setfield(L, -2, zones ? "zone_views" : "views");
    }
    make_readonly(L, "a trigger point from the atlas");
}

/* The muscle's trigger points, in order (as atlas.trigger_points{} lists them, without areas). */
static void push_muscle_trps(lua_State *L, const AtlasMuscle *m)
{
    lua_createtable(L, m->ntrps, 0);
    for (int i = 0; i < m->ntrps; i++) {
        push_trp_info(L, m, i + 1, NULL);
        lua_seti(L, -2, i + 1);
    }
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
    push_muscle_trps(L, m);
    lua_setfield(L, -2, "trigger_points");
    make_readonly(L, "a muscle from the atlas");
}

static const Atlas *fn_atlas(lua_State *L)
{
    return ((QuizApiContext *)lua_touserdata(L, lua_upvalueindex(1)))->atlas;
}

/* An edit distance of at most 2, ignoring case: a likely typo of want. */
static bool near_word(const char *got, const char *want)
{
    int lg = (int)strlen(got), lw = (int)strlen(want);
    if (lg > 40 || lw > 40) return false;
    int row[41];
    for (int j = 0; j <= lw; j++) row[j] = j;
    for (int i = 1; i <= lg; i++) {
        int prev = row[0];
        row[0] = i;
        for (int j = 1; j <= lw; j++) {
            int cur = row[j], a = got[i - 1], b = want[j - 1];
            if (a >= 'A' && a <= 'Z') a += 'a' - 'A';
            if (b >= 'A' && b <= 'Z') b += 'a' - 'A';
            int best = prev + (a != b);
            if (row[j] + 1 < best) best = row[j] + 1;
            if (row[j - 1] + 1 < best) best = row[j - 1] + 1;
            row[j] = best;
            prev = cur;
        }
    }
    return row[lw] <= 2;
}

/* Checks the filter table's keys against the names a function takes. */
static void check_filters(lua_State *L, const char *fn, const char *const *names, const char *list)
{
    lua_pushnil(L);
    while (lua_next(L, 1)) {
        lua_pop(L, 1);
        const char *k = lua_type(L, -1) == LUA_TSTRING ? lua_tostring(L, -1) : "?";
        bool known = false;
        const char *near = NULL;
        for (int i = 0; names[i]; i++) {
            known |= !strcmp(k, names[i]);
            if (!near && near_word(k, names[i])) near = names[i];
        }
        if (known) continue;
        if (near) luahost_error_raise(L, "%s: unknown filter '%s' (did you mean '%s'?)", fn, k, near);
        luahost_error_raise(L, "%s: unknown filter '%s' (filters: %s)", fn, k, list);
    }
}

/* filter.region, checked against the atlas's regions; NULL when absent. */
static const char *filter_region(lua_State *L, const Atlas *a, const char *fn)
{
    if (lua_getfield(L, 1, "region") == LUA_TNIL) return NULL;
    const char *region = luaL_checkstring(L, -1);
    const char *near = NULL;
    for (int i = 0; i < a->nregions; i++) {
        if (!strcmp(a->regions[i], region)) return region;
        if (!near && near_word(region, a->regions[i])) near = a->regions[i];
    }
    if (near) luahost_error_raise(L, "%s: unknown region '%s' (did you mean '%s'?)", fn, region, near);
    char all[512] = "";
    for (int i = 0; i < a->nregions; i++) words_append(all, sizeof all, "%s%s", i ? ", " : "", a->regions[i]);
    luahost_error_raise(L, "%s: unknown region '%s' (regions: %s)", fn, region, all);
    return NULL;
}

/* filter.view; false when absent. */
static bool filter_view(lua_State *L, const char *fn, View *out)
{
    if (lua_getfield(L, 1, "view") == LUA_TNIL) return false;
    if (!atlas_view_parse(luaL_checkstring(L, -1), out))
        luahost_error_raise(L, "%s: unknown view '%s' (views: %s)", fn, lua_tostring(L, -1),
                            "anterior, posterior, lateral_right, lateral_left");
    return true;
}

static int atlas_fn_muscle(lua_State *L)
{
    const Atlas *a = fn_atlas(L);
    const AtlasMuscle *m = atlas_muscle(a, luaL_checkstring(L, 1));
    if (m) push_muscle_info(L, m);
    else lua_pushnil(L);
    return 1;
}

static int atlas_fn_muscles(lua_State *L)
{
    static const char *const filters[] = {"region", "view", NULL};
    const Atlas *a = fn_atlas(L);
    const char *region = NULL;
    bool has_view = false;
    View view = VIEW_ANTERIOR;
    if (!lua_isnoneornil(L, 1)) {
        luaL_checktype(L, 1, LUA_TTABLE);
        check_filters(L, "atlas.muscles", filters, "region, view");
        region = filter_region(L, a, "atlas.muscles");
        has_view = filter_view(L, "atlas.muscles", &view);
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

/* ---- trigger points ---- */

/* atlas.trigger_points { muscle=, region=, area=, view=, frequency= }: every trigger point
 * that passes all the filters given, in atlas order. */
static int atlas_fn_trigger_points(lua_State *L)
{
    static const char *const filters[] = {"muscle", "region", "area", "view", "frequency", NULL};
    QuizApiContext *c = lua_touserdata(L, lua_upvalueindex(1));
    const Atlas *a = c->atlas;
    const char *fn = "atlas.trigger_points";
    TrpFilter f = TRP_FILTER_ANY;
    if (!lua_isnoneornil(L, 1)) {
        luaL_checktype(L, 1, LUA_TTABLE);
        check_filters(L, fn, filters, "muscle, region, area, view, frequency");
        if (lua_getfield(L, 1, "muscle") != LUA_TNIL) {
            const char *id = luaL_checkstring(L, -1);
            if (!(f.muscle = atlas_muscle(a, id))) {
                const char *near = atlas_suggest_muscle(a, id);
                if (near) luahost_error_raise(L, "%s: unknown muscle '%s' (did you mean '%s'?)", fn, id, near);
                luahost_error_raise(L, "%s: unknown muscle '%s' (see `trigger-trainer atlas --list`)", fn, id);
            }
        }
        f.region = filter_region(L, a, fn);
        View v;
        if (filter_view(L, fn, &v)) f.view = (int)v;
        if (lua_getfield(L, 1, "frequency") != LUA_TNIL &&
            (f.frequency = atlas_word_parse(ATLAS_WORDS_FREQUENCY, luaL_checkstring(L, -1))) < 0)
            luahost_error_raise(L, "%s: unknown frequency '%s' (frequencies: common, occasional, rare)", fn,
                                lua_tostring(L, -1));
        if (lua_getfield(L, 1, "area") != LUA_TNIL && !trp_area_known(a, f.area = luaL_checkstring(L, -1)))
            luahost_error_raise(L, "%s: no area is named '%s' (area names are words such as \"knee\", \"temple\", "
                                   "\"low back\"; see `trigger-trainer atlas --list --trps`)", fn, f.area);
    }
    if (!c->trp_areas && !(c->trp_areas = trp_areas_new(a))) return luaL_error(L, "not enough memory");
    lua_newtable(L);
    int n = 0;
    for (int i = 0; i < a->nmuscles; i++)
        for (int k = 0; k < a->muscles[i].ntrps; k++) {
            if (!trp_filter_match(c->trp_areas, a, i, k, &f)) continue;
            luahost_charge(L, 200);
            push_trp_info(L, &a->muscles[i], k + 1, trp_areas_of(c->trp_areas, i, k));
            lua_seti(L, -2, ++n);
        }
    return 1;
}

static int atlas_fn_regions(lua_State *L)
{
    const Atlas *a = fn_atlas(L);
    lua_createtable(L, a->nregions, 0);
    for (int i = 0; i < a->nregions; i++) {
        lua_pushstring(L, a->regions[i]);
        lua_seti(L, -2, i + 1);
    }
    return 1;
}

void quizapi_push_atlas(lua_State *L, QuizApiContext *ctx)
{
    static const luaL_Reg fns[] = {
        {"muscle", atlas_fn_muscle},
        {"muscles", atlas_fn_muscles},
        {"regions", atlas_fn_regions},
        {"trigger_points", atlas_fn_trigger_points},
        {NULL, NULL},
    };
    lua_createtable(L, 0, 4);
    lua_pushlightuserdata(L, ctx);
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

/* ctx.log(...): its arguments as text (tostring, separated by spaces) to the set's log sink,
 * with the file and line of the call. */
static int ctx_log(lua_State *L)
{
    char text[QUIZ_LOG_MAX + 1] = "";
    int n = lua_gettop(L);
    for (int i = 1; i <= n; i++) {
        size_t len;
        const char *s = luaL_tolstring(L, i, &len);
        luahost_charge(L, 10 + (long)(len / 16));
        words_append(text, sizeof text, "%s%s", i > 1 ? " " : "", s);
        lua_pop(L, 1);
    }
    lua_getfield(L, LUA_REGISTRYINDEX, QUIZAPI_REGISTRY_KEY);
    QuizApiContext *c = lua_touserdata(L, -1);
    lua_pop(L, 1);
    lua_Debug ar;
    if (c && c->log && lua_getstack(L, 1, &ar) && lua_getinfo(L, "Sl", &ar)) {
        const char *file = ar.source[0] == '@' ? ar.source + 1 : ar.short_src;
        c->log(c->log_ud, file, ar.currentline, text);
    }
    return 0;
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
    lua_pushcfunction(L, ctx_log);
    lua_setfield(L, -2, "log");
    return rng;
}
