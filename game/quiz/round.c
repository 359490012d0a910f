/* round: one round of a quiz as the runtime plays it (see round.h): the plan of question
 * specs (the quiz's, or a hook's), asking each as a question (resolved in round_ask.c),
 * scoring answers as the kind's row says and running the hooks through luahost_pcall: a
 * script error ends the round with its message, never the program. */
#include "quiz/round.h"
#include "quiz/round_internal.h"

#include <lauxlib.h>
#include <lua.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "engine/luahost.h"
#include "quiz/luasrc.h"
#include "quiz/words.h"

/* ---- rounds ---- */

static void round_fail(Round *r, const char *msg)
{
    if (r->failed) return;
    r->failed = true;
    snprintf(r->error, sizeof r->error, "%s", msg);
    if (!r->error_hook) r->error_hook = "";
}

/* A script error in hook (the host's message), reworded for instructors (explain.h). */
static void round_fail_script(Round *r, const char *hook)
{
    char msg[QUIZ_FEEDBACK_MAX];
    snprintf(msg, sizeof msg, "%s", luahost_error_message(r->host));
    quiz_explain(r->quiz, msg, sizeof msg);
    r->error_hook = hook;
    round_fail(r, msg);
}

/* A bad value returned by hook: reported at the hook's `return` (of a non-table when key is
 * NULL, else of the field key), found in the source; else at the hook's first line. */
static void round_fail_return(Round *r, const char *hook, int hook_line, const char *key, const char *msg)
{
    const LuaSrc *ls = quiz_source(r->quiz);
    int line = ls && hook_line > 0 ? luasrc_return_line(ls, hook_line, key) : 0;
    char full[QUIZ_FEEDBACK_MAX];
    snprintf(full, sizeof full, "%s:%d: %s", r->quiz->file, line ? line : hook_line ? hook_line : r->quiz->line, msg);
    r->error_hook = hook;
    round_fail(r, full);
}

/* The line where the function on top of the stack begins (0 for C functions). */
static int function_line(lua_State *L)
{
    lua_Debug ar;
    lua_pushvalue(L, -1);
    return lua_getinfo(L, ">S", &ar) && ar.linedefined > 0 ? ar.linedefined : 0;
}

static bool spec_same(const QuizSpec *a, const QuizSpec *b)
{
    return a->kind == b->kind && a->muscle == b->muscle && a->has_view == b->has_view &&
           (!a->has_view || a->view == b->view) && a->has_side == b->has_side &&
           (!a->has_side || a->side == b->side) && a->trp == b->trp;
}

static bool plan_add(Round *r, const QuizSpec *sp, bool dedupe)
{
    if (!r->adding) r->stats.written++;
    if (dedupe)
        for (int i = 0; i < r->nplan; i++)
            if (spec_same(&r->plan[i], sp)) {
                if (!r->stats.dropped++) {
                    r->stats.dropped_line = sp->line;
                    r->stats.dropped_like_line = r->plan[i].line;
                }
                return true;
            }
    if (r->nplan >= QUIZ_MAX_QUESTIONS) {
        if (r->adding) r->stats.refused++;
        return false;
    }
    if (r->adding) r->stats.added++;
    if (r->nplan == r->capplan) {
        int cap = r->capplan ? r->capplan * 2 : 16;
        QuizSpec *p = realloc(r->plan, (size_t)cap * sizeof *p);
        if (!p) return false;
        r->plan = p;
        r->capplan = cap;
    }
    r->plan[r->nplan++] = *sp;
    return true;
}

/* Pushes field k of the quiz's table. */
static int push_quiz_field(Round *r, const char *k)
{
    if (r->quiz->ref_ == LUA_NOREF) {   /* questions made in C: no table, no hooks */
        lua_pushnil(r->L);
        return LUA_TNIL;
    }
    lua_rawgeti(r->L, LUA_REGISTRYINDEX, r->quiz->ref_);
    int t = lua_getfield(r->L, -1, k);
    lua_remove(r->L, -2);
    return t;
}

/* Adds the questions of the list at idx that hook returned (its function begins on
 * hook_line; key: the field holding the list, NULL for the return value itself); false (round
 * failed) when an item is not one. */
static bool plan_add_list(Round *r, int idx, const char *what, bool dedupe, const char *hook, int hook_line,
                          const char *key)
{
    lua_State *L = r->L;
    /* raw access: this runs outside the sandbox's protected call, so no metamethod may run */
    lua_Integer n = (lua_Integer)lua_rawlen(L, idx);
    for (lua_Integer i = 1; i <= n; i++) {
        lua_rawgeti(L, idx, i);
        QuizSpec sp;
        bool ok = quizapi_to_spec(L, -1, &sp);
        char msg[256], kinds[160];
        if (!ok) quiz_kind_list(kinds, sizeof kinds);
        if (!ok) snprintf(msg, sizeof msg, "%s: item %lld is a %s, not a question (use %s)", what, (long long)i,
                          luaL_typename(L, -1), kinds);
        lua_pop(L, 1);
        if (!ok) {
            round_fail_return(r, hook, hook_line, key, msg);
            return false;
        }
        if (!plan_add(r, &sp, dedupe)) break;
    }
    return true;
}

/* Frees the strings of a quiz made for round_begin_specs. */
static void own_free(Quiz *q)
{
    free(q->id); free(q->title); free(q->description); free(q->author); free(q->file);
}

/* A round of quiz (in set) with its ctx table; no plan yet. */
static Round *round_new(QuizSet *set, const Quiz *quiz, uint64_t seed, const char *player, char *err, int errlen)
{
    Round *r = calloc(1, sizeof *r);
    if (!r) {
        snprintf(err, (size_t)errlen, "out of memory");
        return NULL;
    }
    r->quiz = quiz;
    r->host = quiz_set_host(set);
    r->atlas = quiz_set_atlas(set);
    r->L = luahost_state(r->host);
    r->seed = seed;
    r->rng = quizapi_push_ctx(r->L, seed, player, quiz->id);
    r->ctx_ref = luaL_ref(r->L, LUA_REGISTRYINDEX);
    return r;
}

/* Cuts the plan to count questions, in its order, keeping every `always` question first. */
static void keep_count(Round *r, int count)
{
    bool keep[QUIZ_MAX_QUESTIONS] = {false};
    int kept = 0;
    for (int pass = 0; pass < 2; pass++)
        for (int i = 0; i < r->nplan && kept < count; i++)
            if (!keep[i] && (pass == 1 || r->plan[i].always)) {
                keep[i] = true;
                kept++;
            }
    int n = 0;
    for (int i = 0; i < r->nplan; i++)
        if (keep[i]) r->plan[n++] = r->plan[i];
    r->nplan = n;
}

/* The plan is made: fails the round when it is empty, else shuffles and cuts it. */
static Round *round_ready(Round *r, char *err, int errlen)
{
    const Quiz *quiz = r->quiz;
    if (!r->failed && r->nplan == 0) {
        char msg[512];
        snprintf(msg, sizeof msg, "%s:%d: quiz '%s' has no questions to ask", quiz->file, quiz->line, quiz->id);
        round_fail(r, msg);
    }
    if (r->failed) {
        snprintf(err, (size_t)errlen, "%s", r->error);
        round_end(r);
        return NULL;
    }
    if (quiz->shuffle)
        for (int i = r->nplan - 1; i > 0; i--) {
            int j = (int)round_rng_below(r->rng, (uint64_t)i + 1);
            QuizSpec tmp = r->plan[i];
            r->plan[i] = r->plan[j];
            r->plan[j] = tmp;
        }
    if (quiz->count > 0 && r->nplan > quiz->count) keep_count(r, quiz->count);
    return r;
}

Round *round_begin(const Quiz *quiz, uint64_t seed, const char *player, char *err, int errlen)
{
    Round *r = round_new(quiz->set_, quiz, seed, player, err, errlen);
    if (!r) return NULL;
    lua_State *L = r->L;
    int top = lua_gettop(L);
    if (quiz->generated) {
        push_quiz_field(r, "questions");
        lua_rawgeti(L, LUA_REGISTRYINDEX, r->ctx_ref);
        int fline = function_line(L);
        if (luahost_pcall(r->host, 1, 1) != 0) {
            round_fail_script(r, "questions");
        } else if (!lua_istable(L, -1)) {
            char msg[512];
            snprintf(msg, sizeof msg, "questions(ctx) must return a list of questions, got %s", luaL_typename(L, -1));
            round_fail_return(r, "questions", fline, NULL, msg);
        } else {
            plan_add_list(r, lua_gettop(L), "questions(ctx)", !quiz->repeat, "questions", fline, NULL);
        }
    } else {
        for (int i = 0; i < quiz->nquestions; i++)
            if (!plan_add(r, &quiz->specs_[i], !quiz->repeat)) break;
    }
    lua_settop(L, top);
    return round_ready(r, err, errlen);
}

Round *round_begin_specs(QuizSet *set, const RoundSpecs *rs, uint64_t seed, const char *player, char *err,
                         int errlen)
{
    Quiz own = {.id = strdup(rs->id), .title = strdup(rs->title), .description = strdup(""),
                .author = strdup(""), .file = strdup(rs->id), .line = 0, .time_limit = rs->time_limit,
                .pass_mark = -1, .nquestions = rs->n, .set_ = set, .ref_ = LUA_NOREF};
    quiz_content_hash(rs->id, strlen(rs->id), own.hash);
    Round *r = NULL;
    if (own.id && own.title && own.description && own.author && own.file)
        r = round_new(set, &own, seed, player, err, errlen);
    else
        snprintf(err, (size_t)errlen, "out of memory");
    if (!r) {
        own_free(&own);
        return NULL;
    }
    r->own = own;
    r->quiz = &r->own;
    for (int i = 0; i < rs->n; i++)
        if (!plan_add(r, &rs->specs[i], true)) break;
    return round_ready(r, err, errlen);
}

void round_end(Round *r)
{
    if (!r) return;
    if (r->ctx_ref != LUA_NOREF) luaL_unref(r->L, LUA_REGISTRYINDEX, r->ctx_ref);
    for (int v = 0; v < VIEW_COUNT; v++) free(r->painted[v]);
    free(r->plan);
    free(r->records);
    own_free(&r->own);
    free(r);
}

const Question *round_question(Round *r)
{
    if (!r || r->failed || r->finished || r->index >= r->nplan) return NULL;
    if (!r->has_current) {
        if (!round_resolve(r, &r->plan[r->index], &r->current)) {
            char msg[512];
            snprintf(msg, sizeof msg, "%s:%d: cannot ask %s about %s: no view fits", r->quiz->file,
                     r->plan[r->index].line, quiz_kind_name(r->plan[r->index].kind), r->plan[r->index].muscle->id);
            round_fail(r, msg);
            return NULL;
        }
        r->current.n = r->index + 1;
        r->current.of = r->nplan;
        r->has_current = true;
    }
    return &r->current;
}

static void push_result(lua_State *L, const Question *q, const Answer *a, const QuizResult *res)
{
    lua_createtable(L, 0, 10);
    lua_pushinteger(L, res->n); lua_setfield(L, -2, "n");
    lua_pushinteger(L, res->score); lua_setfield(L, -2, "score");
    lua_pushboolean(L, res->correct); lua_setfield(L, -2, "correct");
    lua_pushboolean(L, res->skipped); lua_setfield(L, -2, "skipped");
    quiz_kind(q->kind)->result_lua(L, q, res);
    lua_pushstring(L, q->muscle->id); lua_setfield(L, -2, "answer");
    lua_pushstring(L, res->feedback); lua_setfield(L, -2, "feedback");
    if (a->ms >= 0) { lua_pushinteger(L, a->ms); lua_setfield(L, -2, "time_ms"); }
    lua_pushboolean(L, a->hint_used); lua_setfield(L, -2, "hint_used");
}

/* The question as asked, as a spec: `again = question` asks it with the same side, view,
 * trigger point and choices. */
static void spec_from_question(const Atlas *a, const Question *q, const QuizSpec *orig, QuizSpec *sp)
{
    *sp = *orig;
    sp->has_view = sp->has_side = true;
    sp->view = q->view;
    sp->side = q->side;
    sp->trp = q->trp_index;
    if (!q->nchoices) return;
    sp->ndistractors = 0;
    for (int i = 0; i < q->nchoices && sp->ndistractors < QUIZ_MAX_CHOICES - 1; i++) {
        const AtlasMuscle *m = atlas_muscle(a, q->choices[i]);
        if (m && m != q->muscle) sp->distractors[sp->ndistractors++] = m;
    }
    sp->nchoices = sp->ndistractors + 1;
}

static void append_feedback(char *buf, size_t len, const char *more)
{
    if (!more || !*more) return;
    size_t used = strlen(buf);
    snprintf(buf + used, len - used, "%s%s", used ? " " : "", more);
}

/* Pushes t[k] of a table a script returned, without metamethods (we are outside the
 * sandbox's protected call here). */
static int raw_field(lua_State *L, int t, const char *k)
{
    lua_pushstring(L, k);
    return lua_rawget(L, t);
}

/* Applies the table on_answer returned (at index ret); a message in msg (and the field it is
 * about in *key) when it holds what it may not. */
static void apply_reply(Round *r, int ret, int hook_line, const QuizSpec *resolved, QuizResult *res, char *msg,
                        size_t len, const char **key)
{
    lua_State *L = r->L;
    lua_pushnil(L);
    while (!msg[0] && lua_next(L, ret)) {   /* test msg first: its key is popped, next() would get the table */
        lua_pop(L, 1);
        const char *k = lua_type(L, -1) == LUA_TSTRING ? lua_tostring(L, -1) : "";
        if (strcmp(k, "feedback") && strcmp(k, "again") && strcmp(k, "ask")) {
            snprintf(msg, len, "on_answer returned an unknown field '%s' (fields: feedback, again, ask)", k);
            lua_pop(L, 1);
        }
    }
    int t = msg[0] ? LUA_TNIL : raw_field(L, ret, "feedback");
    if (t == LUA_TSTRING) append_feedback(res->feedback, sizeof res->feedback, lua_tostring(L, -1));
    else if (t != LUA_TNIL) snprintf(msg, len, "on_answer: feedback must be a string, got %s", lua_typename(L, t)), *key = "feedback";
    lua_settop(L, ret);
    t = msg[0] ? LUA_TNIL : raw_field(L, ret, "again");
    QuizSpec sp;
    r->adding = true;
    if (t == LUA_TBOOLEAN) {
        if (lua_toboolean(L, -1)) plan_add(r, resolved, false);
    } else if (quizapi_to_spec(L, -1, &sp)) {
        plan_add(r, &sp, false);
    } else if (t != LUA_TNIL) {
        snprintf(msg, len, "on_answer: again must be true or a question, got %s", lua_typename(L, t));
        *key = "again";
    }
    lua_settop(L, ret);
    t = msg[0] ? LUA_TNIL : raw_field(L, ret, "ask");
    if (t == LUA_TTABLE) plan_add_list(r, lua_gettop(L), "on_answer: ask", false, "on_answer", hook_line, "ask");
    else if (t != LUA_TNIL) snprintf(msg, len, "on_answer: ask must be a list of questions, got %s", lua_typename(L, t)), *key = "ask";
    r->adding = false;
}

/* Runs on_answer and applies what it returns. */
static void run_on_answer(Round *r, const QuizSpec *asked, const Answer *a, QuizResult *res)
{
    lua_State *L = r->L;
    int top = lua_gettop(L);
    if (push_quiz_field(r, "on_answer") != LUA_TFUNCTION) { lua_settop(L, top); return; }
    int fline = function_line(L);
    QuizSpec resolved;
    spec_from_question(r->atlas, &r->current, asked, &resolved);
    lua_rawgeti(L, LUA_REGISTRYINDEX, r->ctx_ref);
    quizapi_push_spec(L, &resolved, r->current.n, r->current.choices, r->current.nchoices);
    push_result(L, &r->current, a, res);
    r->error_n = r->current.n;
    if (luahost_pcall(r->host, 3, 1) != 0) {
        round_fail_script(r, "on_answer");
        lua_settop(L, top);
        return;
    }
    int ret = lua_gettop(L);
    char msg[512] = "";
    const char *key = NULL;
    if (lua_istable(L, ret))
        apply_reply(r, ret, fline, &resolved, res, msg, sizeof msg, &key);
    else if (!lua_isnil(L, ret))
        snprintf(msg, sizeof msg, "on_answer must return nil or a table { feedback = ..., again = ... }, got %s",
                 luaL_typename(L, ret));
    if (msg[0]) round_fail_return(r, "on_answer", fline, key, msg);
    lua_settop(L, top);
}

static int answer_refuse(Round *r, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static int answer_refuse(Round *r, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(r->message, sizeof r->message, fmt, ap);
    va_end(ap);
    return -1;
}

int answer_npaints(const Answer *a)
{
    if (!a->has_paint) return 0;
    return a->npaints > 0 ? a->npaints : 1;
}

AnswerPaint answer_paint_at(const Answer *a, int i)
{
    if (a->npaints > 0) return a->paints[i];
    return (AnswerPaint){a->view, a->circles, a->ncircles, a->paint};
}

/* Does the answer hold exactly the parts kind k takes? */
static bool answer_fits(const QuizKindDef *k, const Answer *a)
{
    unsigned parts = (a->has_click ? ANSWER_PART_CLICK : 0) | (a->has_paint ? ANSWER_PART_PAINT : 0) |
                     (a->nchoices ? ANSWER_PART_CHOICE : 0);
    return parts == k->parts && a->nchoices == (k->parts & ANSWER_PART_CHOICE ? k->nchoices : 0);
}

int round_answer(Round *r, const Answer *a, QuizResult *out)
{
    const Question *q = round_question(r);
    if (!q) return answer_refuse(r, "the round is over");
    const QuizKindDef *k = quiz_kind(q->kind);
    if (!a->skip && !answer_fits(k, a))
        return answer_refuse(r, "this is a %s question: answer with %s (or skip)", k->name, k->answer_words);
    for (int c = 0; !a->skip && c < a->nchoices; c++) {
        QuizChoices opts;
        quiz_choices(r->atlas, q, c, &opts);
        if (quiz_choices_find(&opts, a->choices[c]) < 0) {
            char ids[200];
            words_join(opts.ids, opts.n, ids, sizeof ids);
            return answer_refuse(r, "'%s' is not one of the %s (%s)", a->choices[c] ? a->choices[c] : "",
                                 k->choice_parts[c].list, ids);
        }
    }
    /* paint: one entry per view, each rasterised (the round does it when the answer brings
     * no grid) */
    Answer given = *a;
    AnswerPaint paints[VIEW_COUNT];
    int npaints = a->skip || !a->has_paint ? 0 : answer_npaints(a);
    if (npaints > VIEW_COUNT) return answer_refuse(r, "paint in %d views: there are only %d", npaints, VIEW_COUNT);
    for (int i = 0; i < npaints; i++) {
        paints[i] = answer_paint_at(a, i);
        if (paints[i].view < 0 || paints[i].view >= VIEW_COUNT) return answer_refuse(r, "paint in an unknown view");
        for (int j = 0; j < i; j++)
            if (paints[j].view == paints[i].view)
                return answer_refuse(r, "paint in the %s twice: give each view once", words_view(paints[i].view));
        if (paints[i].grid) continue;
        BodyGrid **g = &r->painted[paints[i].view];
        if (!*g && !(*g = malloc(sizeof **g))) return answer_refuse(r, "out of memory");
        bodygrid_clear(*g);
        bodygrid_paint(*g, paints[i].circles, paints[i].ncircles);
        paints[i].grid = *g;
    }
    if (npaints > 0) {
        given.paints = paints;
        given.npaints = npaints;
    }

    memset(out, 0, sizeof *out);
    out->n = q->n;
    out->distance_cm = -1;
    out->answer = q->muscle->id;
    out->skipped = a->skip;
    if (a->skip) snprintf(out->feedback, sizeof out->feedback, "Skipped.");
    if (k->score(r, q, &given, out) != 0) return answer_refuse(r, "out of memory");
    if (out->score < 0) out->score = 0;
    if (out->score > 100) out->score = 100;
    out->correct = !out->skipped && out->score >= k->correct_at;
    out->feedback_builtin = (int)strlen(out->feedback);

    RoundRecord *rec = realloc(r->records, (size_t)(r->nrecords + 1) * sizeof *rec);
    if (rec) {
        r->records = rec;
        rec[r->nrecords++] = (RoundRecord){q->n, q->kind, q->muscle->id, out->score, out->correct, out->skipped,
                                           q->points, a->ms};
    }
    QuizSpec asked = r->plan[r->index];
    run_on_answer(r, &asked, a, out);
    r->index++;
    r->has_current = false;
    return 0;
}

int round_skip(Round *r, QuizResult *out)
{
    Answer a = {.skip = true, .ms = -1};
    return round_answer(r, &a, out);
}

/* A question's weight (points), 1 when it has none. */
static double spec_weight(const QuizSpec *sp) { return sp->has_points ? sp->points : 1; }

/* How the round ended, whether it is finished and passed (the round records, design.md
 * section 8). The percent is over the planned questions (100 * points each), so stopping
 * early never helps. */
static void summary_ending(const Round *r, const char *ended_by, QuizSummary *out)
{
    out->planned = r->nplan > out->asked ? r->nplan : out->asked;
    double max = 0;
    for (int i = 0; i < r->nrecords; i++) max += 100.0 * r->records[i].points;
    for (int i = r->nrecords; i < r->nplan; i++) max += 100.0 * spec_weight(&r->plan[i]);
    out->max = (int)(max + 0.5);
    out->percent = out->max ? (int)((out->score * 100L + out->max / 2) / out->max) : 0;
    out->finished = r->index >= r->nplan;
    if (r->failed) ended_by = "script_error";
    else if (out->finished) ended_by = "completed";
    else if (!ended_by || !strcmp(ended_by, "completed")) ended_by = "quit";
    snprintf(out->ended_by, sizeof out->ended_by, "%s", ended_by);
    out->pass_mark = r->quiz->pass_mark;
    out->passed = out->pass_mark < 0 ? -1 : out->finished && out->percent >= out->pass_mark;
}

/* summary.results: one table per answer. */
static void push_records(lua_State *L, const Round *r)
{
    lua_createtable(L, r->nrecords, 0);
    for (int i = 0; i < r->nrecords; i++) {
        const RoundRecord *rc = &r->records[i];
        lua_createtable(L, 0, 8);
        lua_pushinteger(L, rc->n); lua_setfield(L, -2, "n");
        lua_pushstring(L, quiz_kind_name(rc->kind)); lua_setfield(L, -2, "kind");
        lua_pushstring(L, rc->muscle); lua_setfield(L, -2, "muscle");
        lua_pushinteger(L, rc->score); lua_setfield(L, -2, "score");
        lua_pushboolean(L, rc->correct); lua_setfield(L, -2, "correct");
        lua_pushboolean(L, rc->skipped); lua_setfield(L, -2, "skipped");
        lua_pushnumber(L, rc->points); lua_setfield(L, -2, "points");
        if (rc->ms >= 0) { lua_pushinteger(L, rc->ms); lua_setfield(L, -2, "time_ms"); }
        lua_seti(L, -2, i + 1);
    }
}

/* Runs on_finish and keeps its feedback. */
static void run_on_finish(Round *r, QuizSummary *out)
{
    lua_State *L = r->L;
    int top = lua_gettop(L);
    if (push_quiz_field(r, "on_finish") != LUA_TFUNCTION) { lua_settop(L, top); return; }
    int fline = function_line(L);
    lua_rawgeti(L, LUA_REGISTRYINDEX, r->ctx_ref);
    lua_createtable(L, 0, 12);
    lua_pushinteger(L, out->score); lua_setfield(L, -2, "score");
    lua_pushinteger(L, out->max); lua_setfield(L, -2, "max");
    lua_pushinteger(L, out->percent); lua_setfield(L, -2, "percent");
    lua_pushinteger(L, out->asked); lua_setfield(L, -2, "asked");
    lua_pushinteger(L, out->answered); lua_setfield(L, -2, "answered");
    lua_pushinteger(L, out->skipped); lua_setfield(L, -2, "skipped");
    lua_pushinteger(L, out->planned); lua_setfield(L, -2, "planned");
    lua_pushboolean(L, out->finished); lua_setfield(L, -2, "finished");
    lua_pushstring(L, out->ended_by); lua_setfield(L, -2, "ended_by");
    if (out->pass_mark >= 0) {
        lua_pushinteger(L, out->pass_mark); lua_setfield(L, -2, "pass_mark");
        lua_pushboolean(L, out->passed == 1); lua_setfield(L, -2, "passed");
    }
    push_records(L, r);
    lua_setfield(L, -2, "results");
    r->error_n = 0;
    if (luahost_pcall(r->host, 2, 1) != 0) {
        round_fail_script(r, "on_finish");
    } else if (lua_istable(L, -1)) {
        int t = raw_field(L, lua_gettop(L), "feedback");
        if (t == LUA_TSTRING) snprintf(out->feedback, sizeof out->feedback, "%s", lua_tostring(L, -1));
        else if (t != LUA_TNIL) {
            char msg[256];
            snprintf(msg, sizeof msg, "on_finish: feedback must be a string, got %s", lua_typename(L, t));
            round_fail_return(r, "on_finish", fline, "feedback", msg);
        }
    } else if (!lua_isnil(L, -1)) {
        char msg[256];
        snprintf(msg, sizeof msg, "on_finish must return nil or a table { feedback = ... }, got %s",
                 luaL_typename(L, -1));
        round_fail_return(r, "on_finish", fline, NULL, msg);
    }
    lua_settop(L, top);
}

void round_finish(Round *r, const char *ended_by, QuizSummary *out)
{
    memset(out, 0, sizeof *out);
    double score = 0;
    for (int i = 0; i < r->nrecords; i++) {
        score += r->records[i].score * (double)r->records[i].points;
        out->asked++;
        if (r->records[i].skipped) out->skipped++;
        else out->answered++;
    }
    out->score = (int)(score + 0.5);
    summary_ending(r, ended_by, out);
    if (!r->failed && !r->finished) run_on_finish(r, out);
    r->finished = true;
    out->failed = r->failed;
    if (r->failed) {
        snprintf(out->error, sizeof out->error, "%s", r->error);
        summary_ending(r, "script_error", out);   /* on_finish itself may have failed */
    }
}

const char *round_message(const Round *r) { return r->message; }
bool round_failed(const Round *r) { return r->failed; }
const char *round_error(const Round *r) { return r->failed ? r->error : NULL; }
uint64_t round_seed(const Round *r) { return r->seed; }
const Quiz *round_quiz(const Round *r) { return r->quiz; }
const Atlas *round_atlas(const Round *r) { return r->atlas; }
int round_count(const Round *r) { return r->nplan; }
const RoundPlanStats *round_plan_stats(const Round *r) { return &r->stats; }

const char *round_error_hook(const Round *r, int *n)
{
    if (n) *n = r->failed ? r->error_n : 0;
    return r->failed && r->error_hook ? r->error_hook : "";
}
