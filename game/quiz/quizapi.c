/* quizapi: the Lua side of quizzes. The constructors quiz{}, locate{}, refer{},
 * identify{} and name{} check every field against the atlas and report problems at the
 * caller's line; while a file loads they collect every problem and go on, during a round
 * they raise. Questions are immutable userdata; `atlas` is a read-only view of the body
 * model; ctx carries the round's seed, player and seeded random functions. The C context
 * reaches each function as an upvalue, never as a global. */
#include "quiz/quiz.h"

#include <lauxlib.h>
#include <lua.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#define QUESTION_MT "tt.question"
#define QUIZ_MT "tt.quiz"
#define RNG_MT "tt.rng"

typedef struct QuestionUd { QuizSpec spec; int n; } QuestionUd;

static QuizApiContext *api_ctx(lua_State *L)
{
    return lua_touserdata(L, lua_upvalueindex(1));
}

/* ---- reporting ---- */

static void api_where(lua_State *L, char *buf, size_t len, int *line)
{
    lua_Debug ar;
    *line = 0;
    if (lua_getstack(L, 1, &ar) && lua_getinfo(L, "Sl", &ar) && ar.currentline > 0) {
        snprintf(buf, len, "%s:%d:", ar.short_src, ar.currentline);
        *line = ar.currentline;
    } else {
        snprintf(buf, len, "?:");
    }
}

/* Reports a problem at the calling line: collected while loading, raised in a round. */
static void api_report(lua_State *L, QuizApiContext *c, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
static void api_report(lua_State *L, QuizApiContext *c, const char *fmt, ...)
{
    char where[256], msg[768];
    int line;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    api_where(L, where, sizeof where, &line);
    if (c->errors) {
        quiz_errors_add(c->errors, "%s %s", where, msg);
        c->had_error = true;
        return;
    }
    /* the position is already in the message: raise it as is */
    lua_pushfstring(L, "%s %s", where, msg);
    lua_error(L);
}

static int edit_distance(const char *a, const char *b)
{
    int la = (int)strlen(a), lb = (int)strlen(b);
    if (la > 40 || lb > 40) return 99;
    int row[41];
    for (int j = 0; j <= lb; j++) row[j] = j;
    for (int i = 1; i <= la; i++) {
        int prev = row[0];
        row[0] = i;
        for (int j = 1; j <= lb; j++) {
            int cur = row[j];
            int best = prev + (a[i - 1] != b[j - 1]);
            if (row[j] + 1 < best) best = row[j] + 1;
            if (row[j - 1] + 1 < best) best = row[j - 1] + 1;
            row[j] = best;
            prev = cur;
        }
    }
    return row[lb];
}

/* The closest of names to s (NULL-terminated list) within a small distance, or NULL. */
static const char *closest(const char *s, const char *const *names)
{
    const char *best = NULL;
    int bestd = 3;
    for (int i = 0; names[i]; i++) {
        int d = edit_distance(s, names[i]);
        if (d < bestd) { bestd = d; best = names[i]; }
    }
    return best;
}

static void join_names(const char *const *names, char *buf, size_t len)
{
    buf[0] = 0;
    for (int i = 0; names[i]; i++) {
        size_t used = strlen(buf);
        snprintf(buf + used, len - used, "%s%s", i ? ", " : "", names[i]);
    }
}

/* Checks that every key of the table at idx is one of fields; reports the others. */
static void check_fields(lua_State *L, QuizApiContext *c, int idx, const char *what,
                         const char *const *fields)
{
    lua_pushnil(L);
    while (lua_next(L, idx)) {
        lua_pop(L, 1);
        char all[256];
        join_names(fields, all, sizeof all);
        if (lua_type(L, -1) != LUA_TSTRING) {
            api_report(L, c, "%s fields are named (key = value); found a %s key (fields: %s)",
                       what, luaL_typename(L, -1), all);
            continue;
        }
        const char *k = lua_tostring(L, -1);
        bool known = false;
        for (int i = 0; fields[i]; i++) if (!strcmp(k, fields[i])) known = true;
        if (known) continue;
        const char *near = closest(k, fields);
        if (near)
            api_report(L, c, "unknown field '%s' in %s (did you mean '%s'?)", k, what, near);
        else
            api_report(L, c, "unknown field '%s' in %s (fields: %s)", k, what, all);
    }
}

/* Pushes field k of the table at idx; returns its type, or LUA_TNIL when absent. Reports a
 * wrong type (want is a LUA_T* or -1 for any) and then pushes nil instead. */
static int get_field(lua_State *L, QuizApiContext *c, int idx, const char *k, int want,
                     const char *what)
{
    int t = lua_getfield(L, idx, k);
    size_t len;
    if (t == LUA_TSTRING && want == LUA_TSTRING && strlen(lua_tolstring(L, -1, &len)) != len) {
        /* C would see only the text before the NUL: "upper_trapezius\0x" must not pass */
        api_report(L, c, "%s%s%s must not contain NUL bytes", what, *what ? " " : "", k);
        lua_pop(L, 1);
        lua_pushnil(L);
        return LUA_TNIL;
    }
    if (t == LUA_TNIL || want < 0 || t == want) return t;
    api_report(L, c, "%s%s%s must be a %s, got %s", what, *what ? " " : "", k,
               lua_typename(L, want), lua_typename(L, t));
    lua_pop(L, 1);
    lua_pushnil(L);
    return LUA_TNIL;
}

/* ---- questions ---- */

static const char *const view_names[] = {"anterior", "posterior", "lateral_right", "lateral_left", NULL};

/* A lateral view shows one side only. */
static bool view_shows_side(View v, Side s)
{
    if (v == VIEW_LATERAL_RIGHT) return s == SIDE_RIGHT;
    if (v == VIEW_LATERAL_LEFT) return s == SIDE_LEFT;
    return true;
}

/* Does trigger point t (0-based) fit a question of kind k in view v on side s? */
static bool trp_fits(QuizKind k, const AtlasTrp *t, View v, Side s)
{
    if (k == QUIZ_NAME) return t->has_at[s][v];
    return t->essential[s][v].count > 0;
}

bool quiz_spec_fits(const QuizSpec *sp, View v, Side s)
{
    const AtlasMuscle *m = sp->muscle;
    if (!m || !view_shows_side(v, s)) return false;
    if (sp->kind == QUIZ_LOCATE) return atlas_muscle_has_trp_in(m, v, s);
    for (int i = 0; i < m->ntrps; i++)
        if ((sp->trp == 0 || sp->trp == i + 1) && trp_fits(sp->kind, &m->trps[i], v, s))
            return true;
    return false;
}

/* Can the spec be asked at all with its fixed view/side? */
static bool spec_feasible(const QuizSpec *sp)
{
    for (int v = 0; v < VIEW_COUNT; v++) {
        if (sp->has_view && (View)v != sp->view) continue;
        for (int s = 0; s < SIDE_COUNT; s++) {
            if (sp->has_side && (Side)s != sp->side) continue;
            if (quiz_spec_fits(sp, (View)v, (Side)s)) return true;
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
            if (quiz_spec_fits(sp, (View)v, (Side)s)) { names[n++] = view_names[v]; break; }
    names[n] = NULL;
    if (n) join_names(names, buf, len);
    else snprintf(buf, len, "none");
}

static const char *const kind_fields[QUIZ_KIND_COUNT][8] = {
    [QUIZ_LOCATE]   = {"muscle", "view", "side", "tolerance", "prompt", NULL},
    [QUIZ_REFER]    = {"muscle", "trp", "view", "side", "prompt", NULL},
    [QUIZ_IDENTIFY] = {"muscle", "trp", "view", "side", "choices", "prompt", NULL},
    [QUIZ_NAME]     = {"muscle", "trp", "view", "side", "choices", "prompt", NULL},
};

static const AtlasMuscle *check_muscle(lua_State *L, QuizApiContext *c, const char *id, const char *what)
{
    const AtlasMuscle *m = atlas_muscle(c->atlas, id);
    if (m) return m;
    const char *near = atlas_suggest_muscle(c->atlas, id);
    if (near)
        api_report(L, c, "unknown muscle '%s'%s%s (did you mean '%s'?)", id, *what ? " in " : "", what, near);
    else
        api_report(L, c, "unknown muscle '%s'%s%s (see `trigger-trainer atlas --list`)", id,
                   *what ? " in " : "", what);
    return NULL;
}

static void read_choices(lua_State *L, QuizApiContext *c, QuizSpec *sp, const char *what)
{
    int t = lua_getfield(L, 1, "choices");
    if (t == LUA_TNIL) {
        sp->nchoices = 4;
    } else if (t == LUA_TNUMBER) {
        if (!lua_isinteger(L, -1)) {
            api_report(L, c, "choices must be a whole number from 2 to %d, got %g", QUIZ_MAX_CHOICES,
                       lua_tonumber(L, -1));
            sp->invalid = true;
        } else {
            lua_Integer n = lua_tointeger(L, -1);
            if (n < 2 || n > QUIZ_MAX_CHOICES) {
                api_report(L, c, "choices must be from 2 to %d, got %lld", QUIZ_MAX_CHOICES, (long long)n);
                sp->invalid = true;
            } else {
                sp->nchoices = (int)n;
            }
        }
    } else if (t == LUA_TTABLE) {
        /* a list of distractor muscle ids: the answer is added to them */
        lua_Integer len = luaL_len(L, -1);
        if (len < 1 || len > QUIZ_MAX_CHOICES - 1) {
            api_report(L, c, "a choices list names 1 to %d other muscles, got %lld", QUIZ_MAX_CHOICES - 1,
                       (long long)len);
            sp->invalid = true;
        } else {
            for (lua_Integer i = 1; i <= len; i++) {
                lua_geti(L, -1, i);
                if (lua_type(L, -1) != LUA_TSTRING) {
                    api_report(L, c, "choices[%lld] must be a muscle id (string), got %s", (long long)i,
                               luaL_typename(L, -1));
                    sp->invalid = true;
                } else {
                    const AtlasMuscle *m = check_muscle(L, c, lua_tostring(L, -1), "choices");
                    if (!m) sp->invalid = true;
                    else if (m == sp->muscle) {
                        api_report(L, c, "choices lists '%s', the answer itself (list only the other muscles)", m->id);
                        sp->invalid = true;
                    } else {
                        bool dup = false;
                        for (int j = 0; j < sp->ndistractors; j++) dup |= sp->distractors[j] == m;
                        if (dup) {
                            api_report(L, c, "choices lists '%s' twice", m->id);
                            sp->invalid = true;
                        } else {
                            sp->distractors[sp->ndistractors++] = m;
                        }
                    }
                }
                lua_pop(L, 1);
            }
            sp->nchoices = sp->ndistractors + 1;
        }
    } else {
        api_report(L, c, "choices must be a number or a list of muscle ids, got %s", lua_typename(L, t));
        sp->invalid = true;
    }
    lua_pop(L, 1);
    if (!sp->invalid && t != LUA_TTABLE && sp->nchoices > c->atlas->nmuscles) {
        api_report(L, c, "%s asks for %d choices but the atlas has only %d muscles", what, sp->nchoices,
                   c->atlas->nmuscles);
        sp->invalid = true;
    }
}

static int api_question(lua_State *L, QuizKind kind)
{
    QuizApiContext *c = api_ctx(L);
    const char *what = quiz_kind_name(kind);
    bool table_arg = lua_gettop(L) == 1 && lua_type(L, 1) == LUA_TTABLE;
    lua_settop(L, 1);
    QuestionUd *ud = lua_newuserdatauv(L, sizeof *ud, 0);
    memset(ud, 0, sizeof *ud);
    luaL_setmetatable(L, QUESTION_MT);
    QuizSpec *sp = &ud->spec;
    sp->kind = kind;
    sp->tolerance = SCORE_DEFAULT_TOLERANCE_CM;
    char where[256];
    api_where(L, where, sizeof where, &sp->line);

    if (!table_arg) {
        api_report(L, c, "%s expects a table: %s { muscle = \"upper_trapezius\", ... }", what, what);
        sp->invalid = true;
        return 1;
    }
    check_fields(L, c, 1, what, kind_fields[kind]);

    if (get_field(L, c, 1, "muscle", LUA_TSTRING, "") == LUA_TNIL) {
        lua_getfield(L, 1, "muscle");
        if (lua_isnil(L, -1))
            api_report(L, c, "%s needs a muscle (muscle = \"upper_trapezius\")", what);
        lua_pop(L, 1);
        sp->invalid = true;
    } else {
        sp->muscle = check_muscle(L, c, lua_tostring(L, -1), "");
        if (!sp->muscle) sp->invalid = true;
    }
    lua_pop(L, 1);

    if (get_field(L, c, 1, "view", LUA_TSTRING, "") == LUA_TSTRING) {
        const char *v = lua_tostring(L, -1);
        if (atlas_view_parse(v, &sp->view)) {
            sp->has_view = true;
        } else {
            const char *near = closest(v, view_names);
            char all[128];
            join_names(view_names, all, sizeof all);
            if (near) api_report(L, c, "unknown view '%s' (did you mean '%s'?)", v, near);
            else api_report(L, c, "unknown view '%s' (views: %s)", v, all);
            sp->invalid = true;
        }
    }
    lua_pop(L, 1);

    if (get_field(L, c, 1, "side", LUA_TSTRING, "") == LUA_TSTRING) {
        const char *s = lua_tostring(L, -1);
        if (atlas_side_parse(s, &sp->side)) {
            sp->has_side = true;
        } else {
            api_report(L, c, "side must be \"left\" or \"right\", got '%s'", s);
            sp->invalid = true;
        }
    }
    lua_pop(L, 1);
    if (sp->has_view && sp->has_side && !view_shows_side(sp->view, sp->side)) {
        api_report(L, c, "the client's %s side cannot be seen in view %s (use lateral_%s)",
                   atlas_side_name(sp->side), atlas_view_name(sp->view), atlas_side_name(sp->side));
        sp->invalid = true;
    }

    if (kind == QUIZ_LOCATE) {
        int t = lua_getfield(L, 1, "tolerance");
        if (t == LUA_TNUMBER) {
            double tol = lua_tonumber(L, -1);
            if (!(tol >= SCORE_FINGERTIP_CM && tol <= 30)) {
                api_report(L, c, "tolerance must be between %.1f and 30 cm, got %g", SCORE_FINGERTIP_CM, tol);
                sp->invalid = true;
            } else {
                sp->tolerance = (float)tol;
            }
        } else if (t != LUA_TNIL) {
            api_report(L, c, "tolerance must be a number, got %s", lua_typename(L, t));
            sp->invalid = true;
        }
        lua_pop(L, 1);
    } else {
        int t = lua_getfield(L, 1, "trp");
        if (t == LUA_TNUMBER && lua_isinteger(L, -1)) {
            lua_Integer i = lua_tointeger(L, -1);
            if (sp->muscle && (i < 1 || i > sp->muscle->ntrps)) {
                api_report(L, c, "trp %lld is out of range: %s has %d trigger point%s", (long long)i,
                           sp->muscle->id, sp->muscle->ntrps, sp->muscle->ntrps == 1 ? "" : "s");
                sp->invalid = true;
            } else {
                sp->trp = (int)i;
            }
        } else if (t != LUA_TNIL) {
            api_report(L, c, "trp must be a whole number (1 for the first trigger point), got %s",
                       t == LUA_TNUMBER ? "a fraction" : lua_typename(L, t));
            sp->invalid = true;
        }
        lua_pop(L, 1);
    }
    if (kind == QUIZ_IDENTIFY || kind == QUIZ_NAME) read_choices(L, c, sp, what);

    if (get_field(L, c, 1, "prompt", LUA_TSTRING, "") == LUA_TSTRING) {
        size_t len;
        const char *p = lua_tolstring(L, -1, &len);
        if (len >= sizeof sp->prompt) {
            api_report(L, c, "prompt is too long (%zu characters, at most %zu)", len, sizeof sp->prompt - 1);
            sp->invalid = true;
        } else {
            memcpy(sp->prompt, p, len + 1);
        }
    }
    lua_pop(L, 1);

    if (!sp->invalid && !spec_feasible(sp)) {
        char views[128];
        QuizSpec open = *sp;
        open.has_view = open.has_side = false;
        fitting_views(&open, views, sizeof views);
        const char *need = kind == QUIZ_LOCATE ? "trigger point"
                         : kind == QUIZ_NAME ? "trigger point shown"
                         : "referred-pain zone";
        char trpname[96] = "";
        if (sp->trp) snprintf(trpname, sizeof trpname, " trp %d", sp->trp);
        if (sp->has_view)
            api_report(L, c, "%s%s has no %s in view %s%s%s (views: %s)", sp->muscle->id, trpname, need,
                       atlas_view_name(sp->view), sp->has_side ? " on the " : "",
                       sp->has_side ? atlas_side_name(sp->side) : "", views);
        else
            api_report(L, c, "%s%s has no %s in any view", sp->muscle->id, trpname, need);
        sp->invalid = true;
    }
    lua_settop(L, 2);
    return 1;
}

static int api_locate(lua_State *L) { return api_question(L, QUIZ_LOCATE); }
static int api_refer(lua_State *L) { return api_question(L, QUIZ_REFER); }
static int api_identify(lua_State *L) { return api_question(L, QUIZ_IDENTIFY); }
static int api_name(lua_State *L) { return api_question(L, QUIZ_NAME); }

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
    else if (!strcmp(k, "tolerance")) sp->kind == QUIZ_LOCATE ? lua_pushnumber(L, sp->tolerance) : lua_pushnil(L);
    else if (!strcmp(k, "choices")) sp->nchoices ? lua_pushinteger(L, sp->nchoices) : lua_pushnil(L);
    else if (!strcmp(k, "prompt")) sp->prompt[0] ? (void)lua_pushstring(L, sp->prompt) : lua_pushnil(L);
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

static int readonly_error(lua_State *L)
{
    return luaL_error(L, "%s is read-only", lua_tostring(L, lua_upvalueindex(1)));
}

void quizapi_push_spec(lua_State *L, const QuizSpec *spec, int n)
{
    QuestionUd *ud = lua_newuserdatauv(L, sizeof *ud, 0);
    ud->spec = *spec;
    ud->n = n;
    luaL_setmetatable(L, QUESTION_MT);
}

bool quizapi_to_spec(lua_State *L, int idx, QuizSpec *out)
{
    const QuestionUd *ud = luaL_testudata(L, idx, QUESTION_MT);
    if (!ud) return false;
    *out = ud->spec;
    return true;
}

/* ---- quiz{} ---- */

static const char *const quiz_fields[] = {"id", "title", "description", "author", "time_limit",
                                          "shuffle", "repeats", "repeat", "count", "questions", "on_answer",
                                          "on_finish", NULL};

static bool id_valid(const char *id)
{
    if (!*id || strlen(id) > 64) return false;
    for (const char *p = id; *p; p++)
        if (!((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') || *p == '-')) return false;
    return true;
}

static void copy_string_field(lua_State *L, QuizApiContext *c, int dst, const char *k, bool required,
                              const char *example)
{
    int t = get_field(L, c, 1, k, LUA_TSTRING, "");
    if (t == LUA_TNIL) {
        lua_pop(L, 1);
        lua_getfield(L, 1, k);
        bool absent = lua_isnil(L, -1);
        lua_pop(L, 1);
        if (required && absent) api_report(L, c, "quiz needs %s (%s)", k, example);
        return;
    }
    lua_setfield(L, dst, k);
}

static int api_quiz(lua_State *L)
{
    QuizApiContext *c = api_ctx(L);
    if (lua_gettop(L) != 1 || lua_type(L, 1) != LUA_TTABLE) {
        api_report(L, c, "quiz expects a table: return quiz { id = \"neck-basics\", title = \"...\", questions = { ... } }");
        lua_newtable(L);
        luaL_setmetatable(L, QUIZ_MT);
        return 1;
    }
    check_fields(L, c, 1, "quiz", quiz_fields);
    lua_newtable(L);
    int q = lua_gettop(L);
    char where[256];
    int line;
    api_where(L, where, sizeof where, &line);
    lua_pushinteger(L, line);
    lua_setfield(L, q, "line");

    int t = get_field(L, c, 1, "id", LUA_TSTRING, "");
    if (t == LUA_TSTRING) {
        const char *id = lua_tostring(L, -1);
        if (!id_valid(id))
            api_report(L, c, "quiz id '%s' may use only a-z, 0-9 and '-' (e.g. \"neck-basics\")", id);
        else {
            lua_setfield(L, q, "id");
            lua_pushnil(L);
        }
    } else {
        lua_getfield(L, 1, "id");
        if (lua_isnil(L, -1)) api_report(L, c, "quiz needs an id (id = \"neck-basics\")");
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
    copy_string_field(L, c, q, "title", true, "title = \"Neck basics\"");
    copy_string_field(L, c, q, "description", false, "");
    copy_string_field(L, c, q, "author", false, "");

    if (get_field(L, c, 1, "time_limit", LUA_TNUMBER, "") == LUA_TNUMBER) {
        double tl = lua_tonumber(L, -1);
        if (!(tl > 0 && tl <= 3600)) {
            api_report(L, c, "time_limit must be seconds between 1 and 3600, got %g", tl);
            lua_pop(L, 1);
        } else {
            lua_setfield(L, q, "time_limit");
        }
    } else {
        lua_pop(L, 1);
    }
    /* `repeat` is a Lua keyword, so `repeats = true` is the spelling documented; both work */
    static const char *const flags[] = {"shuffle", "repeats", "repeat"};
    for (int i = 0; i < 3; i++) {
        if (get_field(L, c, 1, flags[i], LUA_TBOOLEAN, "") == LUA_TBOOLEAN && (i == 0 || lua_toboolean(L, -1)))
            lua_setfield(L, q, i == 0 ? "shuffle" : "repeats");
        else
            lua_pop(L, 1);
    }
    if (get_field(L, c, 1, "count", LUA_TNUMBER, "") == LUA_TNUMBER) {
        if (!lua_isinteger(L, -1) || lua_tointeger(L, -1) < 1 || lua_tointeger(L, -1) > QUIZ_MAX_QUESTIONS) {
            api_report(L, c, "count must be a whole number from 1 to %d, got %s", QUIZ_MAX_QUESTIONS,
                       lua_tostring(L, -1));
            lua_pop(L, 1);
        } else {
            lua_setfield(L, q, "count");
        }
    } else {
        lua_pop(L, 1);
    }
    static const char *const hooks[] = {"on_answer", "on_finish"};
    for (int i = 0; i < 2; i++) {
        if (get_field(L, c, 1, hooks[i], LUA_TFUNCTION, "") == LUA_TFUNCTION) lua_setfield(L, q, hooks[i]);
        else lua_pop(L, 1);
    }

    t = lua_getfield(L, 1, "questions");
    if (t == LUA_TFUNCTION) {
        lua_setfield(L, q, "questions");
    } else if (t == LUA_TTABLE) {
        lua_Integer len = luaL_len(L, -1);
        lua_createtable(L, (int)(len > 0 && len < 10000 ? len : 0), 0);
        int nvalid = 0, nwritten = 0;
        for (lua_Integer i = 1; i <= len && i <= QUIZ_MAX_QUESTIONS * 10; i++) {
            lua_geti(L, -2, i);
            QuizSpec sp;
            if (!quizapi_to_spec(L, -1, &sp)) {
                api_report(L, c, "questions[%lld] is not a question (got %s): use locate{}, refer{}, identify{} or name{}",
                           (long long)i, luaL_typename(L, -1));
                lua_pop(L, 1);
                continue;
            }
            nwritten++;
            if (sp.invalid) { lua_pop(L, 1); continue; }
            lua_seti(L, -2, ++nvalid);
        }
        if (nwritten == 0 && len == 0)
            api_report(L, c, "quiz has no questions (questions = { locate { muscle = \"...\" }, ... })");
        if (len > QUIZ_MAX_QUESTIONS)
            api_report(L, c, "quiz has %lld questions; a round asks at most %d", (long long)len, QUIZ_MAX_QUESTIONS);
        lua_setfield(L, q, "questions");
        lua_pop(L, 1);
    } else if (t == LUA_TNIL) {
        api_report(L, c, "quiz needs questions: a list { locate{...}, ... } or a function(ctx) returning one");
        lua_pop(L, 1);
    } else {
        api_report(L, c, "questions must be a list or a function(ctx), got %s", lua_typename(L, t));
        lua_pop(L, 1);
    }
    luaL_setmetatable(L, QUIZ_MT);
    return 1;
}

bool quizapi_is_quiz(lua_State *L, int idx)
{
    if (!lua_istable(L, idx) || !lua_getmetatable(L, idx)) return false;
    luaL_getmetatable(L, QUIZ_MT);
    bool same = lua_rawequal(L, -1, -2);
    lua_pop(L, 2);
    return same;
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
    lua_pushcclosure(L, readonly_error, 1);
    lua_setfield(L, -2, "__newindex");
    lua_pushboolean(L, 0);
    lua_setfield(L, -2, "__metatable");
    lua_setmetatable(L, -2);
    lua_replace(L, content);
}

static void push_muscle_info(lua_State *L, const AtlasMuscle *m)
{
    lua_createtable(L, 0, 8);
    lua_pushstring(L, m->id); lua_setfield(L, -2, "id");
    lua_pushstring(L, m->name); lua_setfield(L, -2, "name");
    lua_pushstring(L, m->region); lua_setfield(L, -2, "region");
    lua_pushstring(L, m->palpation ? m->palpation : ""); lua_setfield(L, -2, "palpation");
    lua_pushinteger(L, m->ntrps); lua_setfield(L, -2, "trps");
    QuizSpec sp = {.kind = QUIZ_LOCATE, .muscle = m};
    for (int pass = 0; pass < 2; pass++) {
        sp.kind = pass ? QUIZ_REFER : QUIZ_LOCATE;
        lua_newtable(L);
        int n = 0;
        for (int v = 0; v < VIEW_COUNT; v++)
            for (int s = 0; s < SIDE_COUNT; s++)
                if (quiz_spec_fits(&sp, (View)v, (Side)s)) {
                    lua_pushstring(L, view_names[v]);
                    lua_seti(L, -2, ++n);
                    break;
                }
        lua_setfield(L, -2, pass ? "zone_views" : "views");
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

uint64_t quiz_rng_next(uint64_t *state)
{
    /* splitmix64 */
    uint64_t z = (*state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

uint64_t quiz_rng_below(uint64_t *state, uint64_t n)
{
    if (n <= 1) return 0;
    uint64_t limit = UINT64_MAX - UINT64_MAX % n;
    uint64_t x;
    do x = quiz_rng_next(state); while (x >= limit);
    return x % n;
}

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
        lua_pushnumber(L, (double)(quiz_rng_next(rng) >> 11) * (1.0 / 9007199254740992.0));
        return 1;
    }
    lua_Integer lo = 1, hi;
    if (nargs == 1) hi = luaL_checkinteger(L, 1);
    else lo = luaL_checkinteger(L, 1), hi = luaL_checkinteger(L, 2);
    luaL_argcheck(L, lo <= hi, nargs, "interval is empty");
    uint64_t span = (uint64_t)hi - (uint64_t)lo + 1;
    lua_pushinteger(L, (lua_Integer)((uint64_t)lo + (span ? quiz_rng_below(rng, span) : quiz_rng_next(rng))));
    return 1;
}

/* ctx.shuffle(list): shuffles in place and returns it. */
static int ctx_shuffle(lua_State *L)
{
    uint64_t *rng = ctx_rng(L);
    luaL_checktype(L, 1, LUA_TTABLE);
    lua_Integer n = luaL_len(L, 1);
    for (lua_Integer i = n; i > 1; i--) {
        lua_Integer j = 1 + (lua_Integer)quiz_rng_below(rng, (uint64_t)i);
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
    lua_geti(L, 1, 1 + (lua_Integer)quiz_rng_below(rng, (uint64_t)n));
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

/* ---- install ---- */

void quizapi_install(lua_State *L, QuizApiContext *ctx)
{
    static const luaL_Reg fns[] = {
        {"quiz", api_quiz},
        {"locate", api_locate},
        {"refer", api_refer},
        {"identify", api_identify},
        {"name", api_name},
        {NULL, NULL},
    };
    int env = lua_gettop(L);
    if (luaL_newmetatable(L, QUESTION_MT)) {
        lua_pushcfunction(L, question_index);
        lua_setfield(L, -2, "__index");
        lua_pushstring(L, "a question");
        lua_pushcclosure(L, readonly_error, 1);
        lua_setfield(L, -2, "__newindex");
        lua_pushcfunction(L, question_tostring);
        lua_setfield(L, -2, "__tostring");
        lua_pushboolean(L, 0);
        lua_setfield(L, -2, "__metatable");
    }
    lua_pop(L, 1);
    if (luaL_newmetatable(L, QUIZ_MT)) {
        lua_pushboolean(L, 0);
        lua_setfield(L, -2, "__metatable");
    }
    lua_pop(L, 1);
    if (luaL_newmetatable(L, RNG_MT)) {
        lua_pushboolean(L, 0);
        lua_setfield(L, -2, "__metatable");
    }
    lua_pop(L, 1);
    lua_pushlightuserdata(L, ctx);
    luaL_setfuncs(L, fns, 1);
    quizapi_push_atlas(L, ctx->atlas);
    lua_setfield(L, env, "atlas");
}
