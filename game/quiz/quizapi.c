/* quizapi: the Lua side of quizzes. The constructors quiz{}, locate{}, refer{},
 * identify{} and name{} check every field against the atlas and report problems at the
 * caller's line; while a file loads they collect every problem and go on, during a round
 * they raise. Questions are immutable userdata. The C context reaches each function as an
 * upvalue, never as a global. The other tables scripts read, `atlas` and ctx, are made in
 * quizapi_env.c. */
#include "quiz/quiz.h"
#include "quiz/luasrc.h"
#include "quiz/round.h"

#include <lauxlib.h>
#include <lua.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "engine/luahost.h"

#define QUESTION_MT "tt.question"
#define QUIZ_MT "tt.quiz"

/* A question: as written, or (in on_answer) as asked, with its number and the choices shown. */
typedef struct QuestionUd {
    QuizSpec spec;
    int n;
    const char *shown[QUIZ_MAX_CHOICES]; int nshown;   /* muscle ids in the atlas */
} QuestionUd;

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
        /* the whole file name, not Lua's short_src ("...ng/path.lua") */
        snprintf(buf, len, "%s:%d:", ar.source[0] == '@' ? ar.source + 1 : ar.short_src, ar.currentline);
        *line = ar.currentline;
    } else {
        snprintf(buf, len, "?:");
    }
}

/* The tokenized source of the calling script, or NULL. */
static const LuaSrc *caller_source(lua_State *L, QuizApiContext *c, int *call_line)
{
    lua_Debug ar;
    *call_line = 0;
    if (!lua_getstack(L, 1, &ar) || !lua_getinfo(L, "Sl", &ar) || ar.currentline <= 0) return NULL;
    *call_line = ar.currentline;
    return quizapi_source(c, ar.source);
}

/* Reports a problem at the calling line, or at `line` when it is known (a field written on a
 * line of its own): collected while loading, raised in a round. `more` is added after the
 * message ("" for nothing). */
static void api_vreport(lua_State *L, QuizApiContext *c, int line, const char *more, const char *fmt, va_list ap)
{
    char where[256], msg[768];
    int call_line;
    vsnprintf(msg, sizeof msg, fmt, ap);
    api_where(L, where, sizeof where, &call_line);
    if (line > 0 && line != call_line) {
        char *colon = strrchr(where, ':');
        *colon = 0;
        colon = strrchr(where, ':');
        if (colon) snprintf(colon + 1, sizeof where - (size_t)(colon + 1 - where), "%d:", line);
    }
    if (c->errors) {
        quiz_errors_add(c->errors, "%s %s%s", where, msg, more);
        c->had_error = true;
        return;
    }
    /* the position is already in the message: raise it as is */
    lua_pushfstring(L, "%s %s%s", where, msg, more);
    lua_error(L);
}

static void api_report(lua_State *L, QuizApiContext *c, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static void api_report(lua_State *L, QuizApiContext *c, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    api_vreport(L, c, 0, "", fmt, ap);
    va_end(ap);
}

static void api_report_at(lua_State *L, QuizApiContext *c, int line, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
static void api_report_at(lua_State *L, QuizApiContext *c, int line, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    api_vreport(L, c, line, "", fmt, ap);
    va_end(ap);
}

/* A problem with field `key` of the constructor being called (c->callee): at the field's
 * own line. */
static void api_report_key(lua_State *L, QuizApiContext *c, const char *key, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
static void api_report_key(lua_State *L, QuizApiContext *c, const char *key, const char *fmt, ...)
{
    int call_line;
    const LuaSrc *ls = caller_source(L, c, &call_line);
    int line = ls && key && c->callee ? luasrc_key_line(ls, call_line, c->callee, key) : 0;
    va_list ap;
    va_start(ap, fmt);
    api_vreport(L, c, line, "", fmt, ap);
    va_end(ap);
}

/* A problem with a value written as a string: at the line of the one string literal that
 * holds it (a typo in a table that a loop reads), naming the call that used it. */
static void api_report_value(lua_State *L, QuizApiContext *c, const char *value, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
static void api_report_value(lua_State *L, QuizApiContext *c, const char *value, const char *fmt, ...)
{
    int call_line;
    const LuaSrc *ls = caller_source(L, c, &call_line);
    int line = ls ? luasrc_string_line(ls, value) : 0;
    char more[128] = "";
    if (line > 0 && line != call_line)
        snprintf(more, sizeof more, " (used by %s%s at line %d)", c->callee ? c->callee : "the call",
                 c->callee ? "{}" : "", call_line);
    va_list ap;
    va_start(ap, fmt);
    api_vreport(L, c, line, more, fmt, ap);
    va_end(ap);
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
            api_report_key(L, c, k, "unknown field '%s' in %s (did you mean '%s'?)", k, what, near);
        else
            api_report_key(L, c, k, "unknown field '%s' in %s (fields: %s)", k, what, all);
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
        api_report_key(L, c, k, "%s%s%s must not contain NUL bytes", what, *what ? " " : "", k);
        lua_pop(L, 1);
        lua_pushnil(L);
        return LUA_TNIL;
    }
    if (t == LUA_TNIL || want < 0 || t == want) return t;
    api_report_key(L, c, k, "%s%s%s must be a %s, got %s", what, *what ? " " : "", k, lua_typename(L, want),
                   lua_typename(L, t));
    lua_pop(L, 1);
    lua_pushnil(L);
    return LUA_TNIL;
}

/* ---- questions ---- */

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
    if (n) join_names(names, buf, len);
    else snprintf(buf, len, "none");
}

static const AtlasMuscle *check_muscle(lua_State *L, QuizApiContext *c, const char *id, const char *what)
{
    const AtlasMuscle *m = atlas_muscle(c->atlas, id);
    if (m) return m;
    const char *near = atlas_suggest_muscle(c->atlas, id);
    if (near)
        api_report_value(L, c, id, "unknown muscle '%s'%s%s (did you mean '%s'?)", id, *what ? " in " : "", what,
                         near);
    else
        api_report_value(L, c, id, "unknown muscle '%s'%s%s (see `trigger-trainer atlas --list`)", id,
                         *what ? " in " : "", what);
    return NULL;
}

/* Each reader below checks one field of a question constructor's table (argument 1) into
 * sp, reporting problems and marking sp invalid; a kind reads the fields its row lists. */

static void read_muscle(lua_State *L, QuizApiContext *c, QuizSpec *sp, const char *what)
{
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
}

static void read_view(lua_State *L, QuizApiContext *c, QuizSpec *sp, const char *what)
{
    (void)what;
    if (get_field(L, c, 1, "view", LUA_TSTRING, "") == LUA_TSTRING) {
        const char *v = lua_tostring(L, -1);
        if (atlas_view_parse(v, &sp->view)) {
            sp->has_view = true;
        } else {
            const char *near = closest(v, view_names);
            char all[128];
            join_names(view_names, all, sizeof all);
            if (near) api_report_value(L, c, v, "unknown view '%s' (did you mean '%s'?)", v, near);
            else api_report_value(L, c, v, "unknown view '%s' (views: %s)", v, all);
            sp->invalid = true;
        }
    }
    lua_pop(L, 1);
}

/* Also checks that a fixed view shows a fixed side (read after the view). */
static void read_side(lua_State *L, QuizApiContext *c, QuizSpec *sp, const char *what)
{
    (void)what;
    if (get_field(L, c, 1, "side", LUA_TSTRING, "") == LUA_TSTRING) {
        const char *s = lua_tostring(L, -1);
        if (atlas_side_parse(s, &sp->side)) {
            sp->has_side = true;
        } else {
            api_report_value(L, c, s, "side must be \"left\" or \"right\", got '%s'", s);
            sp->invalid = true;
        }
    }
    lua_pop(L, 1);
    if (sp->has_view && sp->has_side && !round_view_shows(sp->view, sp->side)) {
        api_report(L, c, "the client's %s side cannot be seen in view %s (use lateral_%s)",
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
            api_report_key(L, c, "tolerance", "tolerance must be between %.1f and 30 cm, got %g", SCORE_FINGERTIP_CM,
                           tol);
            sp->invalid = true;
        } else {
            sp->tolerance = (float)tol;
        }
    } else if (t != LUA_TNIL) {
        api_report_key(L, c, "tolerance", "tolerance must be a number, got %s", lua_typename(L, t));
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
            api_report_key(L, c, "trp", "trp %lld is out of range: %s has %d trigger point%s (see `trigger-trainer atlas --list --trps --muscle %s`)",
                           (long long)i, sp->muscle->id, sp->muscle->ntrps, sp->muscle->ntrps == 1 ? "" : "s",
                           sp->muscle->id);
            sp->invalid = true;
        } else {
            sp->trp = (int)i;
        }
    } else if (t != LUA_TNIL) {
        api_report_key(L, c, "trp", "trp must be a whole number (1 for the first trigger point), got %s",
                       t == LUA_TNUMBER ? "a fraction" : lua_typename(L, t));
        sp->invalid = true;
    }
    lua_pop(L, 1);
}

/* choices = n (on top of the stack): the number of muscles to choose from. */
static void choices_count(lua_State *L, QuizApiContext *c, QuizSpec *sp)
{
    if (!lua_isinteger(L, -1)) {
        api_report_key(L, c, "choices", "choices must be a whole number from 2 to %d, got %g", QUIZ_MAX_CHOICES,
                       lua_tonumber(L, -1));
        sp->invalid = true;
        return;
    }
    lua_Integer n = lua_tointeger(L, -1);
    if (n < 2 || n > QUIZ_MAX_CHOICES) {
        api_report_key(L, c, "choices", "choices must be from 2 to %d, got %lld", QUIZ_MAX_CHOICES, (long long)n);
        sp->invalid = true;
    } else {
        sp->nchoices = (int)n;
    }
}

/* One item of a choices list (on top of the stack): a distractor muscle id. */
static void choices_item(lua_State *L, QuizApiContext *c, QuizSpec *sp, lua_Integer i)
{
    if (lua_type(L, -1) != LUA_TSTRING) {
        api_report(L, c, "choices[%lld] must be a muscle id (string), got %s", (long long)i, luaL_typename(L, -1));
        sp->invalid = true;
        return;
    }
    const AtlasMuscle *m = check_muscle(L, c, lua_tostring(L, -1), "choices");
    bool dup = false;
    for (int j = 0; m && j < sp->ndistractors; j++) dup |= sp->distractors[j] == m;
    if (!m) {
        sp->invalid = true;
    } else if (m == sp->muscle) {
        api_report(L, c, "choices lists '%s', the answer itself (list only the other muscles)", m->id);
        sp->invalid = true;
    } else if (dup) {
        api_report(L, c, "choices lists '%s' twice", m->id);
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
        api_report(L, c, "a choices list names 1 to %d other muscles, got %lld", QUIZ_MAX_CHOICES - 1,
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
        api_report_key(L, c, "choices", "choices must be a number or a list of muscle ids, got %s",
                       lua_typename(L, t));
        sp->invalid = true;
    }
    lua_pop(L, 1);
    if (!sp->invalid && t != LUA_TTABLE && sp->nchoices > c->atlas->nmuscles) {
        api_report(L, c, "%s asks for %d choices but the atlas has only %d muscles", what, sp->nchoices,
                   c->atlas->nmuscles);
        sp->invalid = true;
    }
}

static void read_prompt(lua_State *L, QuizApiContext *c, QuizSpec *sp, const char *what)
{
    (void)what;
    if (get_field(L, c, 1, "prompt", LUA_TSTRING, "") == LUA_TSTRING) {
        size_t len;
        const char *p = lua_tolstring(L, -1, &len);
        if (len >= sizeof sp->prompt) {
            api_report_key(L, c, "prompt", "prompt is too long (%zu characters, at most %zu)", len,
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
    if (get_field(L, c, 1, "time_limit", LUA_TNUMBER, "") == LUA_TNUMBER) {
        double tl = lua_tonumber(L, -1);
        if (!(tl >= 1 && tl <= 3600)) {
            api_report_key(L, c, "time_limit", "time_limit must be seconds from 1 to 3600, got %g", tl);
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
    if (get_field(L, c, 1, "points", LUA_TNUMBER, "") == LUA_TNUMBER) {
        double p = lua_tonumber(L, -1);
        if (!(p >= 0 && p <= 100)) {
            api_report_key(L, c, "points", "points must be from 0 to 100 (1 = a normal question), got %g", p);
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
    if (get_field(L, c, 1, "hint", LUA_TSTRING, "") == LUA_TSTRING) {
        size_t len;
        const char *h = lua_tolstring(L, -1, &len);
        if (len >= sizeof sp->hint) {
            api_report_key(L, c, "hint", "hint is too long (%zu characters, at most %zu)", len, sizeof sp->hint - 1);
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
    if (get_field(L, c, 1, "always", LUA_TBOOLEAN, "") == LUA_TBOOLEAN) sp->always = lua_toboolean(L, -1);
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
        api_report(L, c, "%s%s has no %s in view %s%s%s (views: %s)", sp->muscle->id, trpname, need,
                   atlas_view_name(sp->view), sp->has_side ? " on the " : "",
                   sp->has_side ? atlas_side_name(sp->side) : "", views);
    else
        api_report(L, c, "%s%s has no %s in any view", sp->muscle->id, trpname, need);
}

/* locate{...}, refer{...}, ...: the kind is upvalue 2. Returns a question userdata, invalid
 * (and never asked) when a field is wrong. */
static int api_question(lua_State *L)
{
    QuizApiContext *c = api_ctx(L);
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
    api_where(L, where, sizeof where, &sp->line);
    if (!table_arg) {
        api_report(L, c, "%s expects a table: %s { muscle = \"upper_trapezius\", ... }", k->name, k->name);
        sp->invalid = true;
        return 1;
    }
    check_fields(L, c, 1, k->name, k->fields);
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

/* ---- quiz{} ---- */

static const char *const quiz_fields[] = {"id", "title", "description", "author", "time_limit",
                                          "time_limit_total", "pass_mark", "shuffle", "repeats", "repeat", "count",
                                          "questions", "on_answer", "on_finish", NULL};

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

/* Each reader below checks one field of quiz{}'s table (argument 1) and copies it, when
 * valid, into the quiz table q. */

static void read_quiz_id(lua_State *L, QuizApiContext *c, int q)
{
    if (get_field(L, c, 1, "id", LUA_TSTRING, "") == LUA_TSTRING) {
        const char *id = lua_tostring(L, -1);
        if (!id_valid(id)) {
            api_report_key(L, c, "id", "quiz id '%s' may use only a-z, 0-9 and '-' (e.g. \"neck-basics\")", id);
            lua_pop(L, 1);
        } else {
            lua_setfield(L, q, "id");
        }
        return;
    }
    lua_pop(L, 1);
    lua_getfield(L, 1, "id");
    if (lua_isnil(L, -1)) api_report(L, c, "quiz needs an id (id = \"neck-basics\")");
    lua_pop(L, 1);
}

/* A number field of quiz{} within [lo, hi] (whole when `whole`), copied into q. */
static void read_quiz_number(lua_State *L, QuizApiContext *c, int q, const char *k, double lo, double hi,
                             bool whole, const char *what)
{
    if (get_field(L, c, 1, k, LUA_TNUMBER, "") != LUA_TNUMBER) {
        lua_pop(L, 1);
        return;
    }
    double v = lua_tonumber(L, -1);
    if (!(v >= lo && v <= hi) || (whole && !lua_isinteger(L, -1))) {
        api_report_key(L, c, k, "%s must be %s from %g to %g, got %s", k, what, lo, hi, lua_tostring(L, -1));
        lua_pop(L, 1);
    } else {
        lua_setfield(L, q, k);
    }
}

static void read_quiz_numbers(lua_State *L, QuizApiContext *c, int q)
{
    read_quiz_number(L, c, q, "time_limit", 1, 3600, false, "seconds");
    read_quiz_number(L, c, q, "time_limit_total", 1, 86400, false, "seconds");
    /* a percent of the round's planned questions; the round stores passed or not */
    read_quiz_number(L, c, q, "pass_mark", 0, 100, true, "a whole percent");
    read_quiz_number(L, c, q, "count", 1, QUIZ_MAX_QUESTIONS, true, "a whole number");
}

static void read_quiz_flags_and_hooks(lua_State *L, QuizApiContext *c, int q)
{
    /* `repeat` is a Lua keyword, so `repeats = true` is the spelling documented; both work */
    static const char *const flags[] = {"shuffle", "repeats", "repeat"};
    for (int i = 0; i < 3; i++) {
        if (get_field(L, c, 1, flags[i], LUA_TBOOLEAN, "") == LUA_TBOOLEAN && (i == 0 || lua_toboolean(L, -1)))
            lua_setfield(L, q, i == 0 ? "shuffle" : "repeats");
        else
            lua_pop(L, 1);
    }
    static const char *const hooks[] = {"on_answer", "on_finish"};
    for (int i = 0; i < 2; i++) {
        if (get_field(L, c, 1, hooks[i], LUA_TFUNCTION, "") == LUA_TFUNCTION) lua_setfield(L, q, hooks[i]);
        else lua_pop(L, 1);
    }
}

/* questions = { ... } (on top of the stack): the valid questions, in a new list on top. */
static void read_question_list(lua_State *L, QuizApiContext *c)
{
    lua_Integer len = luaL_len(L, -1);
    lua_createtable(L, (int)(len > 0 && len < 10000 ? len : 0), 0);
    int nvalid = 0, nwritten = 0;
    for (lua_Integer i = 1; i <= len && i <= QUIZ_MAX_QUESTIONS * 10; i++) {
        lua_geti(L, -2, i);
        QuizSpec sp;
        if (!quizapi_to_spec(L, -1, &sp)) {
            char kinds[160];
            quiz_kind_list(kinds, sizeof kinds);
            int call_line;
            const LuaSrc *ls = caller_source(L, c, &call_line);
            int line = ls ? luasrc_item_line(ls, call_line, "quiz", "questions", (int)i) : 0;
            if (line) api_report_at(L, c, line, "questions[%lld] is not a question (got %s): use %s", (long long)i,
                                    luaL_typename(L, -1), kinds);
            else api_report_key(L, c, "questions", "questions[%lld] is not a question (got %s): use %s",
                                (long long)i, luaL_typename(L, -1), kinds);
            lua_pop(L, 1);
            continue;
        }
        nwritten++;
        if (sp.invalid) { lua_pop(L, 1); continue; }
        lua_seti(L, -2, ++nvalid);
    }
    if (nwritten == 0 && len == 0)
        api_report_key(L, c, "questions", "quiz has no questions (questions = { locate { muscle = \"...\" }, ... })");
    if (len > QUIZ_MAX_QUESTIONS)
        api_report_key(L, c, "questions", "quiz has %lld questions; a round asks at most %d", (long long)len,
                       QUIZ_MAX_QUESTIONS);
}

static void read_questions(lua_State *L, QuizApiContext *c, int q)
{
    int t = lua_getfield(L, 1, "questions");
    if (t == LUA_TFUNCTION) {
        lua_setfield(L, q, "questions");
        return;
    }
    if (t == LUA_TTABLE) {
        read_question_list(L, c);
        lua_setfield(L, q, "questions");
    } else if (t == LUA_TNIL) {
        api_report(L, c, "quiz needs questions: a list { locate{...}, ... } or a function(ctx) returning one");
    } else {
        api_report_key(L, c, "questions", "questions must be a list or a function(ctx), got %s", lua_typename(L, t));
    }
    lua_pop(L, 1);
}

/* quiz{...}: a table (marked as made by quiz{}) holding the valid fields and questions. */
static int api_quiz(lua_State *L)
{
    QuizApiContext *c = api_ctx(L);
    c->callee = "quiz";
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
    read_quiz_id(L, c, q);
    copy_string_field(L, c, q, "title", true, "title = \"Neck basics\"");
    copy_string_field(L, c, q, "description", false, "");
    copy_string_field(L, c, q, "author", false, "");
    read_quiz_numbers(L, c, q);
    read_quiz_flags_and_hooks(L, c, q);
    read_questions(L, c, q);
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

/* ---- what quizzes use instead of print and math.random ---- */

static int api_print(lua_State *L)
{
    return luahost_error_raise(L, "print is not available in quizzes: use ctx.log(...) inside questions(ctx) or a "
                                  "hook (`trigger-trainer check` and `play --stdio` show its lines)");
}

static int api_math_random(lua_State *L)
{
    return luahost_error_raise(L, "math.random is not available in quizzes: use ctx.random(...) (ctx.random(n) gives "
                                  "1 to n), which the round seeds, so the same seed replays the same round");
}

const LuaSrc *quizapi_source(QuizApiContext *c, const char *chunkname)
{
    if (!chunkname) return NULL;
    if (*chunkname == '@' || *chunkname == '=') chunkname++;
    for (int i = 0; i < c->nsources; i++) {
        QuizSource *s = &c->sources[i];
        if (strcmp(s->path, chunkname)) continue;
        if (!s->lua && (s->lua = malloc(sizeof *s->lua)) && !luasrc_open(s->lua, s->text, s->len)) {
            free(s->lua);
            s->lua = NULL;
        }
        return s->lua;
    }
    return NULL;
}

/* ---- install ---- */

void quizapi_install(lua_State *L, QuizApiContext *ctx)
{
    int env = lua_gettop(L);
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
    if (luaL_newmetatable(L, QUIZ_MT)) {
        lua_pushboolean(L, 0);
        lua_setfield(L, -2, "__metatable");
    }
    lua_pop(L, 1);
    lua_pushlightuserdata(L, ctx);
    lua_pushcclosure(L, api_quiz, 1);
    lua_setfield(L, env, "quiz");
    for (int k = 0; k < QUIZ_KIND_COUNT; k++) {   /* a constructor per kind: locate{}, refer{}, ... */
        lua_pushlightuserdata(L, ctx);
        lua_pushinteger(L, k);
        lua_pushcclosure(L, api_question, 2);
        lua_setfield(L, env, quiz_kind_name((QuizKind)k));
    }
    quizapi_push_atlas(L, ctx);
    lua_setfield(L, env, "atlas");
    lua_pushcfunction(L, api_print);
    lua_setfield(L, env, "print");
    if (lua_getfield(L, env, "math") == LUA_TTABLE) {   /* the script's own copy */
        lua_pushcfunction(L, api_math_random);
        lua_setfield(L, -2, "random");
        lua_pushcfunction(L, api_math_random);
        lua_setfield(L, -2, "randomseed");
    }
    lua_pop(L, 1);
    lua_pushlightuserdata(L, ctx);                      /* ctx.log finds its sink here */
    lua_setfield(L, LUA_REGISTRYINDEX, QUIZAPI_REGISTRY_KEY);
}
