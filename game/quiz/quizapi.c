/* quizapi: the Lua side of quizzes. quiz{} checks every field and collects the valid
 * questions; the question constructors locate{}, refer{}, ... are in quizapi_question.c and
 * the other tables scripts read, `atlas` and ctx, in quizapi_env.c. Problems are reported at
 * the caller's line (here, quizapi_internal.h): while a file loads they are collected and
 * loading goes on, during a round they raise. The C context reaches each function as an
 * upvalue, never as a global. */
#include "quiz/quiz.h"
#include "quiz/luasrc.h"
#include "quiz/quizapi_internal.h"

#include <lauxlib.h>
#include <lua.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "engine/luahost.h"

#define QUIZ_MT "tt.quiz"

QuizApiContext *quizapi_ctx(lua_State *L)
{
    return lua_touserdata(L, lua_upvalueindex(1));
}

/* ---- reporting ---- */

void quizapi_where(lua_State *L, char *buf, size_t len, int *line)
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
const LuaSrc *quizapi_caller_source(lua_State *L, QuizApiContext *c, int *call_line)
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
static void quizapi_vreport(lua_State *L, QuizApiContext *c, int line, const char *more, const char *fmt, va_list ap)
{
    char where[256], msg[768];
    int call_line;
    vsnprintf(msg, sizeof msg, fmt, ap);
    quizapi_where(L, where, sizeof where, &call_line);
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

void quizapi_report(lua_State *L, QuizApiContext *c, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    quizapi_vreport(L, c, 0, "", fmt, ap);
    va_end(ap);
}

void quizapi_report_at(lua_State *L, QuizApiContext *c, int line, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    quizapi_vreport(L, c, line, "", fmt, ap);
    va_end(ap);
}

/* A problem with field `key` of the constructor being called (c->callee): at the field's
 * own line. */
void quizapi_report_key(lua_State *L, QuizApiContext *c, const char *key, const char *fmt, ...)
{
    int call_line;
    const LuaSrc *ls = quizapi_caller_source(L, c, &call_line);
    int line = ls && key && c->callee ? luasrc_key_line(ls, call_line, c->callee, key) : 0;
    va_list ap;
    va_start(ap, fmt);
    quizapi_vreport(L, c, line, "", fmt, ap);
    va_end(ap);
}

/* A problem with a value written as a string: at the line of the one string literal that
 * holds it (a typo in a table that a loop reads), naming the call that used it. */
void quizapi_report_value(lua_State *L, QuizApiContext *c, const char *value, const char *fmt, ...)
{
    int call_line;
    const LuaSrc *ls = quizapi_caller_source(L, c, &call_line);
    int line = ls ? luasrc_string_line(ls, value) : 0;
    char more[128] = "";
    if (line > 0 && line != call_line)
        snprintf(more, sizeof more, " (used by %s%s at line %d)", c->callee ? c->callee : "the call",
                 c->callee ? "{}" : "", call_line);
    va_list ap;
    va_start(ap, fmt);
    quizapi_vreport(L, c, line, more, fmt, ap);
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

/* The quizapi_closest of names to s (NULL-terminated list) within a small distance, or NULL. */
const char *quizapi_closest(const char *s, const char *const *names)
{
    const char *best = NULL;
    int bestd = 3;
    for (int i = 0; names[i]; i++) {
        int d = edit_distance(s, names[i]);
        if (d < bestd) { bestd = d; best = names[i]; }
    }
    return best;
}

void quizapi_join_names(const char *const *names, char *buf, size_t len)
{
    buf[0] = 0;
    for (int i = 0; names[i]; i++) {
        size_t used = strlen(buf);
        snprintf(buf + used, len - used, "%s%s", i ? ", " : "", names[i]);
    }
}

/* Checks that every key of the table at idx is one of fields; reports the others. */
void quizapi_check_fields(lua_State *L, QuizApiContext *c, int idx, const char *what,
                          const char *const *fields)
{
    lua_pushnil(L);
    while (lua_next(L, idx)) {
        lua_pop(L, 1);
        char all[256];
        quizapi_join_names(fields, all, sizeof all);
        if (lua_type(L, -1) != LUA_TSTRING) {
            quizapi_report(L, c, "%s fields are named (key = value); found a %s key (fields: %s)",
                           what, luaL_typename(L, -1), all);
            continue;
        }
        const char *k = lua_tostring(L, -1);
        bool known = false;
        for (int i = 0; fields[i]; i++) if (!strcmp(k, fields[i])) known = true;
        if (known) continue;
        const char *near = quizapi_closest(k, fields);
        if (near)
            quizapi_report_key(L, c, k, "unknown field '%s' in %s (did you mean '%s'?)", k, what, near);
        else
            quizapi_report_key(L, c, k, "unknown field '%s' in %s (fields: %s)", k, what, all);
    }
}

/* Pushes field k of the table at idx; returns its type, or LUA_TNIL when absent. Reports a
 * wrong type (want is a LUA_T* or -1 for any) and then pushes nil instead. */
int quizapi_get_field(lua_State *L, QuizApiContext *c, int idx, const char *k, int want,
                      const char *what)
{
    int t = lua_getfield(L, idx, k);
    size_t len;
    if (t == LUA_TSTRING && want == LUA_TSTRING && strlen(lua_tolstring(L, -1, &len)) != len) {
        /* C would see only the text before the NUL: "upper_trapezius\0x" must not pass */
        quizapi_report_key(L, c, k, "%s%s%s must not contain NUL bytes", what, *what ? " " : "", k);
        lua_pop(L, 1);
        lua_pushnil(L);
        return LUA_TNIL;
    }
    if (t == LUA_TNIL || want < 0 || t == want) return t;
    quizapi_report_key(L, c, k, "%s%s%s must be a %s, got %s", what, *what ? " " : "", k, lua_typename(L, want),
                       lua_typename(L, t));
    lua_pop(L, 1);
    lua_pushnil(L);
    return LUA_TNIL;
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
    int t = quizapi_get_field(L, c, 1, k, LUA_TSTRING, "");
    if (t == LUA_TNIL) {
        lua_pop(L, 1);
        lua_getfield(L, 1, k);
        bool absent = lua_isnil(L, -1);
        lua_pop(L, 1);
        if (required && absent) quizapi_report(L, c, "quiz needs %s (%s)", k, example);
        return;
    }
    lua_setfield(L, dst, k);
}

/* Each reader below checks one field of quiz{}'s table (argument 1) and copies it, when
 * valid, into the quiz table q. */

static void read_quiz_id(lua_State *L, QuizApiContext *c, int q)
{
    if (quizapi_get_field(L, c, 1, "id", LUA_TSTRING, "") == LUA_TSTRING) {
        const char *id = lua_tostring(L, -1);
        if (!id_valid(id)) {
            quizapi_report_key(L, c, "id", "quiz id '%s' may use only a-z, 0-9 and '-' (e.g. \"neck-basics\")", id);
            lua_pop(L, 1);
        } else {
            lua_setfield(L, q, "id");
        }
        return;
    }
    lua_pop(L, 1);
    lua_getfield(L, 1, "id");
    if (lua_isnil(L, -1)) quizapi_report(L, c, "quiz needs an id (id = \"neck-basics\")");
    lua_pop(L, 1);
}

/* A number field of quiz{} within [lo, hi] (whole when `whole`), copied into q. */
static void read_quiz_number(lua_State *L, QuizApiContext *c, int q, const char *k, double lo, double hi,
                             bool whole, const char *what)
{
    if (quizapi_get_field(L, c, 1, k, LUA_TNUMBER, "") != LUA_TNUMBER) {
        lua_pop(L, 1);
        return;
    }
    double v = lua_tonumber(L, -1);
    if (!(v >= lo && v <= hi) || (whole && !lua_isinteger(L, -1))) {
        quizapi_report_key(L, c, k, "%s must be %s from %g to %g, got %s", k, what, lo, hi, lua_tostring(L, -1));
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
        if (quizapi_get_field(L, c, 1, flags[i], LUA_TBOOLEAN, "") == LUA_TBOOLEAN && (i == 0 || lua_toboolean(L, -1)))
            lua_setfield(L, q, i == 0 ? "shuffle" : "repeats");
        else
            lua_pop(L, 1);
    }
    static const char *const hooks[] = {"on_answer", "on_finish"};
    for (int i = 0; i < 2; i++) {
        if (quizapi_get_field(L, c, 1, hooks[i], LUA_TFUNCTION, "") == LUA_TFUNCTION) lua_setfield(L, q, hooks[i]);
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
            const LuaSrc *ls = quizapi_caller_source(L, c, &call_line);
            int line = ls ? luasrc_item_line(ls, call_line, "quiz", "questions", (int)i) : 0;
            if (line) quizapi_report_at(L, c, line, "questions[%lld] is not a question (got %s): use %s", (long long)i,
                                        luaL_typename(L, -1), kinds);
            else quizapi_report_key(L, c, "questions", "questions[%lld] is not a question (got %s): use %s",
                                    (long long)i, luaL_typename(L, -1), kinds);
            lua_pop(L, 1);
            continue;
        }
        nwritten++;
        if (sp.invalid) { lua_pop(L, 1); continue; }
        lua_seti(L, -2, ++nvalid);
    }
    if (nwritten == 0 && len == 0)
        quizapi_report_key(L, c, "questions", "quiz has no questions (questions = { locate { muscle = \"...\" }, ... })");
    if (len > QUIZ_MAX_QUESTIONS)
        quizapi_report_key(L, c, "questions", "quiz has %lld questions; a round asks at most %d", (long long)len,
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
        quizapi_report(L, c, "quiz needs questions: a list { locate{...}, ... } or a function(ctx) returning one");
    } else {
        quizapi_report_key(L, c, "questions", "questions must be a list or a function(ctx), got %s", lua_typename(L, t));
    }
    lua_pop(L, 1);
}

/* quiz{...}: a table (marked as made by quiz{}) holding the valid fields and questions. */
static int api_quiz(lua_State *L)
{
    QuizApiContext *c = quizapi_ctx(L);
    c->callee = "quiz";
    if (lua_gettop(L) != 1 || lua_type(L, 1) != LUA_TTABLE) {
        quizapi_report(L, c, "quiz expects a table: return quiz { id = \"neck-basics\", title = \"...\", questions = { ... } }");
        lua_newtable(L);
        luaL_setmetatable(L, QUIZ_MT);
        return 1;
    }
    quizapi_check_fields(L, c, 1, "quiz", quiz_fields);
    lua_newtable(L);
    int q = lua_gettop(L);
    char where[256];
    int line;
    quizapi_where(L, where, sizeof where, &line);
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
    quizapi_question_install(L);
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
        lua_pushcclosure(L, quizapi_question_new, 2);
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
