/* quizapi_question: the question constructors scripts call, one per kind (locate{},
 * refer{}, identify{}, name{}, ...: the kind table says which fields each takes). Each field
 * is read by its own reader and checked against the atlas; a question that cannot be asked
 * in its view and side is reported. Questions are immutable userdata: a script reads their
 * fields (question.muscle, .choices, ...), never writes them. */
#include "quiz/quiz.h"
#include "quiz/quizapi_internal.h"
#include "quiz/round.h"

#include <lauxlib.h>
#include <lua.h>
#include <stdio.h>
#include <string.h>

#define QUESTION_MT "tt.question"

/* A question: as written, or (in on_answer) as asked, with its number and the choices shown. */
typedef struct QuestionUd {
    QuizSpec spec;
    int n;
    const char *shown[QUIZ_MAX_CHOICES]; int nshown;   /* muscle ids in the atlas */
} QuestionUd;

static const char *const view_names[] = {"anterior", "posterior", "lateral_right", "lateral_left", "foot_plantar",
                                         "leg_medial", "hand_palmar", "hand_dorsal", NULL};
_Static_assert(sizeof view_names / sizeof view_names[0] == VIEW_COUNT + 1, "a name for every view");

/* Can the spec be asked at all with its fixed view/side? */
static bool spec_feasible(const QuizSpec *sp)
{
    for (int v = 0; v < VIEW_COUNT; v++) {
        if (sp->has_view && (View)v != sp->view) continue;
        for (int s = 0; s < SIDE_COUNT; s++) {
            if (sp->has_side && (Side)s != sp->side) continue;
            if (round_spec_fits(sp, (View)v, (Side)s)) return true;
        }
    }
    return false;
}

static void fitting_views(const QuizSpec *sp, char *buf, size_t len)
{
    const char *names[VIEW_COUNT + 1];
    int n = 0;
    for (int v = 0; v < VIEW_COUNT; v++)
        for (int s = 0; s < SIDE_COUNT; s++)
            if (round_spec_fits(sp, (View)v, (Side)s)) { names[n++] = view_names[v]; break; }
    names[n] = NULL;
    if (n) quizapi_join_names(names, buf, len);
    else snprintf(buf, len, "none");
}

static const AtlasMuscle *check_muscle(lua_State *L, QuizApiContext *c, const char *id, const char *what)
{
    const AtlasMuscle *m = atlas_muscle(c->atlas, id);
    if (m) return m;
    const char *near = atlas_suggest_muscle(c->atlas, id);
    if (near)
        quizapi_report_value(L, c, id, "unknown muscle '%s'%s%s (did you mean '%s'?)", id, *what ? " in " : "", what,
                             near);
    else
        quizapi_report_value(L, c, id, "unknown muscle '%s'%s%s (see `trigger-trainer atlas --list`)", id,
                             *what ? " in " : "", what);
    return NULL;
}

/* Each reader below checks one field of a question constructor's table (argument 1) into
 * sp, reporting problems and marking sp invalid; a kind reads the fields its row lists. */

static void read_muscle(lua_State *L, QuizApiContext *c, QuizSpec *sp, const char *what)
{
    if (quizapi_get_field(L, c, 1, "muscle", LUA_TSTRING, "") == LUA_TNIL) {
        lua_getfield(L, 1, "muscle");
        if (lua_isnil(L, -1))
            quizapi_report(L, c, "%s needs a muscle (muscle = \"upper_trapezius\")", what);
        lua_pop(L, 1);
        sp->invalid = true;
    } else {
        sp->muscle = check_muscle(L, c, lua_tostring(L, -1), "");
        if (!sp->muscle) sp->invalid = true;
    }
    lua_pop(L, 1);
}

static void read_view(lua_State *L, QuizApiContext *c, QuizSpec *sp, const char *what)
{
    (void)what;
    if (quizapi_get_field(L, c, 1, "view", LUA_TSTRING, "") == LUA_TSTRING) {
        const char *v = lua_tostring(L, -1);
        if (atlas_view_parse(v, &sp->view)) {
            sp->has_view = true;
        } else {
            const char *near = quizapi_closest(v, view_names);
            char all[128];
            quizapi_join_names(view_names, all, sizeof all);
            if (near) quizapi_report_value(L, c, v, "unknown view '%s' (did you mean '%s'?)", v, near);
            else quizapi_report_value(L, c, v, "unknown view '%s' (views: %s)", v, all);
            sp->invalid = true;
        }
    }
    lua_pop(L, 1);
}

/* Also checks that a fixed view shows a fixed side (read after the view). */
static void read_side(lua_State *L, QuizApiContext *c, QuizSpec *sp, const char *what)
{
    (void)what;
    if (quizapi_get_field(L, c, 1, "side", LUA_TSTRING, "") == LUA_TSTRING) {
        const char *s = lua_tostring(L, -1);
        if (atlas_side_parse(s, &sp->side)) {
            sp->has_side = true;
        } else {
            quizapi_report_value(L, c, s, "side must be \"left\" or \"right\", got '%s'", s);
            sp->invalid = true;
        }
    }
    lua_pop(L, 1);
    if (sp->has_view && sp->has_side && !round_view_shows(sp->view, sp->side)) {
        quizapi_report(L, c, "the client's %s side cannot be seen in view %s (use lateral_%s)",
                       atlas_side_name(sp->side), atlas_view_name(sp->view), atlas_side_name(sp->side));
        sp->invalid = true;
    }
}

static void read_tolerance(lua_State *L, QuizApiContext *c, QuizSpec *sp, const char *what)
{
    (void)what;
    int t = lua_getfield(L, 1, "tolerance");
    if (t == LUA_TNUMBER) {
        double tol = lua_tonumber(L, -1);
        if (!(tol >= SCORE_FINGERTIP_CM && tol <= 30)) {
            quizapi_report_key(L, c, "tolerance", "tolerance must be between %.1f and 30 cm, got %g", SCORE_FINGERTIP_CM,
                               tol);
            sp->invalid = true;
        } else {
            sp->tolerance = (float)tol;
        }
    } else if (t != LUA_TNIL) {
        quizapi_report_key(L, c, "tolerance", "tolerance must be a number, got %s", lua_typename(L, t));
        sp->invalid = true;
    }
    lua_pop(L, 1);
}

static void read_trp(lua_State *L, QuizApiContext *c, QuizSpec *sp, const char *what)
{
    (void)what;
    int t = lua_getfield(L, 1, "trp");
    if (t == LUA_TNUMBER && lua_isinteger(L, -1)) {
        lua_Integer i = lua_tointeger(L, -1);
        if (sp->muscle && (i < 1 || i > sp->muscle->ntrps)) {
            quizapi_report_key(L, c, "trp", "trp %lld is out of range: %s has %d trigger point%s (see `trigger-trainer atlas --list --trps --muscle %s`)",
                               (long long)i, sp->muscle->id, sp->muscle->ntrps, sp->muscle->ntrps == 1 ? "" : "s",
                               sp->muscle->id);
            sp->invalid = true;
        } else {
            sp->trp = (int)i;
        }
    } else if (t != LUA_TNIL) {
        quizapi_report_key(L, c, "trp", "trp must be a whole number (1 for the first trigger point), got %s",
                           t == LUA_TNUMBER ? "a fraction" : lua_typename(L, t));
        sp->invalid = true;
    }
    lua_pop(L, 1);
}

/* choices = n (on top of the stack): the number of muscles to choose from. */
static void choices_count(lua_State *L, QuizApiContext *c, QuizSpec *sp)
{
    if (!lua_isinteger(L, -1)) {
        quizapi_report_key(L, c, "choices", "choices must be a whole number from 2 to %d, got %g", QUIZ_MAX_CHOICES,
                           lua_tonumber(L, -1));
        sp->invalid = true;
        return;
    }
    lua_Integer n = lua_tointeger(L, -1);
    if (n < 2 || n > QUIZ_MAX_CHOICES) {
        quizapi_report_key(L, c, "choices", "choices must be from 2 to %d, got %lld", QUIZ_MAX_CHOICES, (long long)n);
        sp->invalid = true;
    } else {
        sp->nchoices = (int)n;
    }
}

/* One item of a choices list (on top of the stack): a distractor muscle id. */
static void choices_item(lua_State *L, QuizApiContext *c, QuizSpec *sp, lua_Integer i)
{
    if (lua_type(L, -1) != LUA_TSTRING) {
        quizapi_report(L, c, "choices[%lld] must be a muscle id (string), got %s", (long long)i, luaL_typename(L, -1));
        sp->invalid = true;
        return;
    }
    const AtlasMuscle *m = check_muscle(L, c, lua_tostring(L, -1), "choices");
    bool dup = false;
    for (int j = 0; m && j < sp->ndistractors; j++) dup |= sp->distractors[j] == m;
    if (!m) {
        sp->invalid = true;
    } else if (m == sp->muscle) {
        quizapi_report(L, c, "choices lists '%s', the answer itself (list only the other muscles)", m->id);
        sp->invalid = true;
    } else if (dup) {
        quizapi_report(L, c, "choices lists '%s' twice", m->id);
        sp->invalid = true;
    } else {
        sp->distractors[sp->ndistractors++] = m;
    }
}

/* choices = { ids } (on top of the stack): the distractors, the answer added to them. */
static void choices_list(lua_State *L, QuizApiContext *c, QuizSpec *sp)
{
    lua_Integer len = luaL_len(L, -1);
    if (len < 1 || len > QUIZ_MAX_CHOICES - 1) {
        quizapi_report(L, c, "a choices list names 1 to %d other muscles, got %lld", QUIZ_MAX_CHOICES - 1,
                       (long long)len);
        sp->invalid = true;
        return;
    }
    for (lua_Integer i = 1; i <= len; i++) {
        lua_geti(L, -1, i);
        choices_item(L, c, sp, i);
        lua_pop(L, 1);
    }
    sp->nchoices = sp->ndistractors + 1;
}

static void read_choices(lua_State *L, QuizApiContext *c, QuizSpec *sp, const char *what)
{
    int t = lua_getfield(L, 1, "choices");
    if (t == LUA_TNIL) sp->nchoices = 4;
    else if (t == LUA_TNUMBER) choices_count(L, c, sp);
    else if (t == LUA_TTABLE) choices_list(L, c, sp);
    else {
        quizapi_report_key(L, c, "choices", "choices must be a number or a list of muscle ids, got %s",
                           lua_typename(L, t));
        sp->invalid = true;
    }
    lua_pop(L, 1);
    if (!sp->invalid && t != LUA_TTABLE && sp->nchoices > c->atlas->nmuscles) {
        quizapi_report(L, c, "%s asks for %d choices but the atlas has only %d muscles", what, sp->nchoices,
                       c->atlas->nmuscles);
        sp->invalid = true;
    }
}

static void read_prompt(lua_State *L, QuizApiContext *c, QuizSpec *sp, const char *what)
{
    (void)what;
    if (quizapi_get_field(L, c, 1, "prompt", LUA_TSTRING, "") == LUA_TSTRING) {
        size_t len;
        const char *p = lua_tolstring(L, -1, &len);
        if (len >= sizeof sp->prompt) {
            quizapi_report_key(L, c, "prompt", "prompt is too long (%zu characters, at most %zu)", len,
                               sizeof sp->prompt - 1);
            sp->invalid = true;
        } else {
            memcpy(sp->prompt, p, len + 1);
        }
    }
    lua_pop(L, 1);
}

static void read_time_limit(lua_State *L, QuizApiContext *c, QuizSpec *sp, const char *what)
{
    (void)what;
    if (quizapi_get_field(L, c, 1, "time_limit", LUA_TNUMBER, "") == LUA_TNUMBER) {
        double tl = lua_tonumber(L, -1);
        if (!(tl >= 1 && tl <= 3600)) {
            quizapi_report_key(L, c, "time_limit", "time_limit must be seconds from 1 to 3600, got %g", tl);
            sp->invalid = true;
        } else {
            sp->time_limit = (float)tl;
        }
    }
    lua_pop(L, 1);
}

static void read_points(lua_State *L, QuizApiContext *c, QuizSpec *sp, const char *what)
{
    (void)what;
    if (quizapi_get_field(L, c, 1, "points", LUA_TNUMBER, "") == LUA_TNUMBER) {
        double p = lua_tonumber(L, -1);
        if (!(p >= 0 && p <= 100)) {
            quizapi_report_key(L, c, "points", "points must be from 0 to 100 (1 = a normal question), got %g", p);
            sp->invalid = true;
        } else {
            sp->points = (float)p;
            sp->has_points = true;
        }
    }
    lua_pop(L, 1);
}

static void read_hint(lua_State *L, QuizApiContext *c, QuizSpec *sp, const char *what)
{
    (void)what;
    if (quizapi_get_field(L, c, 1, "hint", LUA_TSTRING, "") == LUA_TSTRING) {
        size_t len;
        const char *h = lua_tolstring(L, -1, &len);
        if (len >= sizeof sp->hint) {
            quizapi_report_key(L, c, "hint", "hint is too long (%zu characters, at most %zu)", len, sizeof sp->hint - 1);
            sp->invalid = true;
        } else {
            memcpy(sp->hint, h, len + 1);
        }
    }
    lua_pop(L, 1);
}

static void read_always(lua_State *L, QuizApiContext *c, QuizSpec *sp, const char *what)
{
    (void)what;
    if (quizapi_get_field(L, c, 1, "always", LUA_TBOOLEAN, "") == LUA_TBOOLEAN) sp->always = lua_toboolean(L, -1);
    lua_pop(L, 1);
}

/* In this order (the muscle first: the others check against it). */
static const struct { const char *field; void (*read)(lua_State *, QuizApiContext *, QuizSpec *, const char *); }
    readers[] = {{"muscle", read_muscle}, {"view", read_view}, {"side", read_side}, {"tolerance", read_tolerance},
                 {"trp", read_trp}, {"choices", read_choices}, {"prompt", read_prompt},
                 {"time_limit", read_time_limit}, {"points", read_points}, {"hint", read_hint},
                 {"always", read_always}};

/* The valid spec cannot be asked in its view and side (or in any). */
static void report_unaskable(lua_State *L, QuizApiContext *c, const QuizSpec *sp)
{
    char views[128], trpname[96] = "";
    QuizSpec open = *sp;
    open.has_view = open.has_side = false;
    fitting_views(&open, views, sizeof views);
    const char *need = quiz_kind(sp->kind)->needs_words;
    if (sp->trp) snprintf(trpname, sizeof trpname, " trp %d", sp->trp);
    if (sp->has_view)
        quizapi_report(L, c, "%s%s has no %s in view %s%s%s (views: %s)", sp->muscle->id, trpname, need,
                       atlas_view_name(sp->view), sp->has_side ? " on the " : "",
                       sp->has_side ? atlas_side_name(sp->side) : "", views);
    else
        quizapi_report(L, c, "%s%s has no %s in any view", sp->muscle->id, trpname, need);
}

/* locate{...}, refer{...}, ...: the kind is upvalue 2. Returns a question userdata, invalid
 * (and never asked) when a field is wrong. */
int quizapi_question_new(lua_State *L)
{
    QuizApiContext *c = quizapi_ctx(L);
    const QuizKindDef *k = quiz_kind((QuizKind)lua_tointeger(L, lua_upvalueindex(2)));
    c->callee = k->name;
    bool table_arg = lua_gettop(L) == 1 && lua_type(L, 1) == LUA_TTABLE;
    lua_settop(L, 1);
    QuestionUd *ud = lua_newuserdatauv(L, sizeof *ud, 0);
    memset(ud, 0, sizeof *ud);
    luaL_setmetatable(L, QUESTION_MT);
    QuizSpec *sp = &ud->spec;
    sp->kind = k->kind;
    sp->tolerance = SCORE_DEFAULT_TOLERANCE_CM;
    char where[256];
    quizapi_where(L, where, sizeof where, &sp->line);
    if (!table_arg) {
        quizapi_report(L, c, "%s expects a table: %s { muscle = \"upper_trapezius\", ... }", k->name, k->name);
        sp->invalid = true;
        return 1;
    }
    quizapi_check_fields(L, c, 1, k->name, k->fields);
    for (size_t i = 0; i < sizeof readers / sizeof readers[0]; i++)
        if (quiz_kind_has_field(k->kind, readers[i].field)) readers[i].read(L, c, sp, k->name);
    if (!sp->invalid && !spec_feasible(sp)) {
        report_unaskable(L, c, sp);
        sp->invalid = true;
    }
    lua_settop(L, 2);
    return 1;
}

/* question.choices: the ids shown (as asked), else the ids written (the answer first), else
 * the number of choices. */
static void push_choices(lua_State *L, const QuestionUd *ud)
{
    const QuizSpec *sp = &ud->spec;
    if (ud->nshown || sp->ndistractors) {
        int n = ud->nshown ? ud->nshown : sp->ndistractors + 1;
        lua_createtable(L, n, 0);
        for (int i = 0; i < n; i++) {
            lua_pushstring(L, ud->nshown ? ud->shown[i] : i == 0 ? sp->muscle->id : sp->distractors[i - 1]->id);
            lua_seti(L, -2, i + 1);
        }
    } else if (sp->nchoices) {
        lua_pushinteger(L, sp->nchoices);
    } else {
        lua_pushnil(L);
    }
}

static int question_index(lua_State *L)
{
    const QuestionUd *ud = luaL_checkudata(L, 1, QUESTION_MT);
    const QuizSpec *sp = &ud->spec;
    const char *k = luaL_checkstring(L, 2);
    if (!strcmp(k, "kind")) lua_pushstring(L, quiz_kind_name(sp->kind));
    else if (!strcmp(k, "muscle")) sp->muscle ? (void)lua_pushstring(L, sp->muscle->id) : lua_pushnil(L);
    else if (!strcmp(k, "view")) sp->has_view ? (void)lua_pushstring(L, atlas_view_name(sp->view)) : lua_pushnil(L);
    else if (!strcmp(k, "side")) sp->has_side ? (void)lua_pushstring(L, atlas_side_name(sp->side)) : lua_pushnil(L);
    else if (!strcmp(k, "trp")) sp->trp ? lua_pushinteger(L, sp->trp) : lua_pushnil(L);
    else if (!strcmp(k, "tolerance")) quiz_kind_has_field(sp->kind, k) ? lua_pushnumber(L, sp->tolerance) : lua_pushnil(L);
    else if (!strcmp(k, "choices")) push_choices(L, ud);
    else if (!strcmp(k, "prompt")) sp->prompt[0] ? (void)lua_pushstring(L, sp->prompt) : lua_pushnil(L);
    else if (!strcmp(k, "time_limit")) sp->time_limit > 0 ? lua_pushnumber(L, sp->time_limit) : lua_pushnil(L);
    else if (!strcmp(k, "points")) lua_pushnumber(L, sp->has_points ? sp->points : 1);
    else if (!strcmp(k, "hint")) sp->hint[0] ? (void)lua_pushstring(L, sp->hint) : lua_pushnil(L);
    else if (!strcmp(k, "always")) lua_pushboolean(L, sp->always);
    else if (!strcmp(k, "line")) lua_pushinteger(L, sp->line);
    else if (!strcmp(k, "n")) ud->n ? lua_pushinteger(L, ud->n) : lua_pushnil(L);
    else lua_pushnil(L);
    return 1;
}

static int question_tostring(lua_State *L)
{
    const QuestionUd *ud = luaL_checkudata(L, 1, QUESTION_MT);
    const QuizSpec *sp = &ud->spec;
    lua_pushfstring(L, "%s { muscle = \"%s\" }", quiz_kind_name(sp->kind), sp->muscle ? sp->muscle->id : "?");
    return 1;
}

void quizapi_push_spec(lua_State *L, const QuizSpec *spec, int n, const char *const *choices, int nchoices)
{
    QuestionUd *ud = lua_newuserdatauv(L, sizeof *ud, 0);
    memset(ud, 0, sizeof *ud);
    ud->spec = *spec;
    ud->n = n;
    for (int i = 0; i < nchoices && i < QUIZ_MAX_CHOICES; i++) ud->shown[ud->nshown++] = choices[i];
    luaL_setmetatable(L, QUESTION_MT);
}

bool quizapi_to_spec(lua_State *L, int idx, QuizSpec *out)
{
    const QuestionUd *ud = luaL_testudata(L, idx, QUESTION_MT);
    if (!ud) return false;
    *out = ud->spec;
    return true;
}

void quizapi_question_install(lua_State *L)
{
    if (luaL_newmetatable(L, QUESTION_MT)) {
        lua_pushcfunction(L, question_index);
        lua_setfield(L, -2, "__index");
        lua_pushstring(L, "a question");
        lua_pushcclosure(L, quizapi_readonly_error, 1);
        lua_setfield(L, -2, "__newindex");
        lua_pushcfunction(L, question_tostring);
        lua_setfield(L, -2, "__tostring");
        lua_pushboolean(L, 0);
        lua_setfield(L, -2, "__metatable");
    }
    lua_pop(L, 1);
}
