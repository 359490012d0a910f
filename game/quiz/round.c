/* round: one round of a quiz as the runtime plays it (see round.h). The quiz's question
 * specs become asked questions (open sides, views, trigger points and choices resolved
 * with the round's seeded generator), answers are scored and the hooks run through
 * luahost_pcall: a script error ends the round with its message, never the program. */
#include "quiz/round.h"

#include <lauxlib.h>
#include <lua.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "engine/luahost.h"
#include "quiz/luasrc.h"
#include "quiz/pattern.h"
#include "quiz/words.h"

typedef struct RoundRecord {
    int n; QuizKind kind; const char *muscle; int score; bool correct, skipped;
    float points; int ms;
} RoundRecord;

struct Round {
    const Quiz *quiz;
    LuaHost *host;                    /* the set's */
    const Atlas *atlas;
    lua_State *L;
    uint64_t seed;
    uint64_t *rng;                    /* lives in the ctx table's userdata */
    int ctx_ref;
    QuizSpec *plan; int nplan, capplan;
    int index;                        /* plan[index] is asked now */
    Question current; bool has_current;
    RoundRecord *records; int nrecords;
    bool failed, finished;
    char error[QUIZ_FEEDBACK_MAX];
    const char *error_hook;           /* round_error_hook */
    int error_n;
    RoundPlanStats stats;
    bool adding;                      /* plan_add is called for a hook (again, ask) */
    char message[256];
    BodyGrid *painted[VIEW_COUNT];    /* an answer's circles rasterised (when it brings no grid) */
    Quiz own;                         /* round_begin_specs: the quiz it asks, not in the set */
};

/* ---- the generator (splitmix64) and what fits a view ---- */

uint64_t round_rng_next(uint64_t *state)
{
    /* splitmix64 */
    uint64_t z = (*state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

uint64_t round_rng_below(uint64_t *state, uint64_t n)
{
    if (n <= 1) return 0;
    uint64_t limit = UINT64_MAX - UINT64_MAX % n;
    uint64_t x;
    do x = round_rng_next(state); while (x >= limit);
    return x % n;
}

/* A lateral view shows one side only. */
bool round_view_shows(View v, Side s)
{
    return pattern_view_shows(v, s);
}

/* Does trigger point t give what the kind needs in view v on side s? A kind that shows a
 * pattern needs one (an essential zone in some view) and takes a view of it: one holding part
 * of the zone, or, when the kind draws the X, the X's view too. */
static bool trp_fits(const QuizKindDef *k, const AtlasTrp *t, View v, Side s)
{
    if (k->needs == KIND_NEEDS_TRP) return t->has_at[s][v];
    if (k->needs == KIND_NEEDS_LANDMARK) return t->has_at[s][v] && t->palp.first && t->palp.first->has[s][v];
    if (!pattern_has_zone(t, s)) return false;
    return t->essential[s][v].count > 0 || (k->shows_trp && t->has_at[s][v]);
}

bool round_spec_fits(const QuizSpec *sp, View v, Side s)
{
    const AtlasMuscle *m = sp->muscle;
    const QuizKindDef *k = quiz_kind(sp->kind);
    if (!m || !round_view_shows(v, s)) return false;
    for (int i = 0; i < m->ntrps; i++)
        if ((!k->needs_trp || sp->trp == 0 || sp->trp == i + 1) && trp_fits(k, &m->trps[i], v, s))
            return true;
    return false;
}

bool quiz_spec_init(const Atlas *atlas, QuizKind kind, const char *muscle, QuizSpec *out)
{
    memset(out, 0, sizeof *out);
    out->kind = kind;
    out->muscle = atlas_muscle(atlas, muscle);
    out->tolerance = SCORE_DEFAULT_TOLERANCE_CM;
    bool choices = quiz_kind(kind)->has_choices;
    if (choices) out->nchoices = atlas->nmuscles < 4 ? atlas->nmuscles : 4;
    if (!out->muscle || (choices && out->nchoices < 2)) return false;
    for (int v = 0; v < VIEW_COUNT; v++)
        for (int sd = 0; sd < SIDE_COUNT; sd++)
            if (round_spec_fits(out, (View)v, (Side)sd)) return true;
    return false;
}

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

const BodyGrid *round_silhouette(Round *r, View v)
{
    return quiz_set_silhouette(r->quiz->set_, v);
}

const uint16_t *round_area_owners(Round *r, View v, bool arm_shown)
{
    return pattern_area_owners(quiz_set_areas(r->quiz->set_), v, arm_shown);
}

/* The atlas's map of named areas (the set's); NULL when out of memory. */
static PatternAreaMap *round_areas(Round *r)
{
    return quiz_set_areas(r->quiz->set_);
}

/* How a muscle would do as a distractor for q: -1 never (it could be the answer too, or it has
 * nothing in common with what is shown), 0 the best (it shares a named area with what is
 * shown), 1 fair (the same region). identify shows a pattern: shared areas are areas of the
 * shown essential zone that one of the muscle's patterns (essential or spillover, any view)
 * holds; a pattern of it overlapping the shown one by PATTERN_ALIKE or more rules it out.
 * name shows an X: shared means an X of the muscle, or its outline, in the named area under
 * the shown X; an X of it within a fingertip of the shown one rules it out. */
#define PATTERN_ALIKE 0.8f
static int distractor_tier(Round *r, const Question *q, const AtlasMuscle *m, const bool *shown_areas, int shown_area)
{
    PatternAreaMap *map = round_areas(r);
    const QuizKindDef *k = quiz_kind(q->kind);
    View all[VIEW_COUNT];
    int nall = 0;
    for (int v = 0; v < VIEW_COUNT; v++)
        if (pattern_view_shows((View)v, q->side)) all[nall++] = (View)v;
    bool shares = false;
    for (int i = 0; i < m->ntrps; i++) {
        const AtlasTrp *t = &m->trps[i];
        if (k->shows_zone) {
            if (pattern_overlap(q->trp, t, q->side, q->views, q->nviews) >= PATTERN_ALIKE) return -1;
            shares = shares || (shown_areas && pattern_touches(map, t, q->side, true, all, nall, shown_areas));
        } else if (t->has_at[q->side][q->view] && q->trp->has_at[q->side][q->view]) {
            Vec2 p = t->at[q->side][q->view], x = q->trp->at[q->side][q->view];
            if (hypotf(p.x - x.x, p.y - x.y) <= SCORE_FINGERTIP_CM) return -1;
            shares = shares || (shown_area >= 0 && pattern_area_at(map, q->view, p) == shown_area);
        }
    }
    if (!k->shows_zone && !shares && q->trp->has_at[q->side][q->view]) {
        const Shape *o = &m->outline[q->side][q->view];
        for (int i = 0; i < o->count && !shares; i++)
            shares = geom_point_in_polygon(q->trp->at[q->side][q->view], o->polys[i].pts, o->polys[i].n);
    }
    if (shares) return 0;
    return !strcmp(m->region, q->muscle->region) ? 1 : -1;
}

/* The answer, the quiz's distractors, then muscles whose patterns could be confused with the
 * one shown (sharing areas first, then the region; distractor_tier), each group in random
 * order; shuffled. */
static void pick_choices(Round *r, const QuizSpec *sp, Question *q)
{
    const Atlas *a = r->atlas;
    const char *picked[QUIZ_MAX_CHOICES];
    int n = 0;
    picked[n++] = sp->muscle->id;
    for (int i = 0; i < sp->ndistractors && n < sp->nchoices; i++) picked[n++] = sp->distractors[i]->id;
    int *cand = malloc((size_t)a->nmuscles * sizeof *cand), *tier = malloc((size_t)a->nmuscles * sizeof *tier);
    bool *shown = calloc((size_t)a->nareas + 1, sizeof *shown);
    PatternAreaMap *map = round_areas(r);
    if (n < sp->nchoices && cand && tier && shown && map && q->trp) {
        const QuizKindDef *k = quiz_kind(q->kind);
        int shown_area = -1;
        if (k->shows_zone) pattern_areas(map, q->trp, q->side, q->views, q->nviews, shown);
        else if (q->trp->has_at[q->side][q->view]) shown_area = pattern_area_at(map, q->view, q->trp->at[q->side][q->view]);
        for (int i = 0; i < a->nmuscles; i++) {
            bool taken = false;
            for (int j = 0; j < n; j++) taken |= !strcmp(picked[j], a->muscles[i].id);
            tier[i] = taken ? -1 : distractor_tier(r, q, &a->muscles[i], shown, shown_area);
        }
        for (int pass = 0; pass < 2 && n < sp->nchoices; pass++) {
            int nc = 0;
            for (int i = 0; i < a->nmuscles; i++)
                if (tier[i] == pass) cand[nc++] = i;
            while (nc > 0 && n < sp->nchoices) {
                int c = (int)round_rng_below(r->rng, (uint64_t)nc);
                picked[n++] = a->muscles[cand[c]].id;
                cand[c] = cand[--nc];
            }
        }
    }
    free(shown);
    free(tier);
    free(cand);
    for (int i = n - 1; i > 0; i--) {
        int j = (int)round_rng_below(r->rng, (uint64_t)i + 1);
        const char *t = picked[i];
        picked[i] = picked[j];
        picked[j] = t;
    }
    for (int i = 0; i < n; i++) q->choices[i] = picked[i];
    q->nchoices = n;
}

/* The essential zone's named areas over the question's views, by scoring a paint of the
 * zone itself: the areas found. */
static void zone_areas(Round *r, Question *q)
{
    BodyGrid *paint = malloc(sizeof *paint * (size_t)q->nviews);
    ReferPaint views[VIEW_COUNT];
    bool ok = paint != NULL;
    for (int i = 0; ok && i < q->nviews; i++) {
        const BodyGrid *sil = round_silhouette(r, q->views[i]);
        ok = sil != NULL;
        bodygrid_clear(&paint[i]);
        bodygrid_fill_shape(&paint[i], &q->trp->essential[q->side][q->views[i]]);
        views[i] = (ReferPaint){q->views[i], &paint[i], sil,
                                pattern_area_owners(round_areas(r), q->views[i], !q->trp->under_arm[q->side][q->views[i]])};
    }
    if (ok) {
        ReferResult rr = score_refer_views(r->atlas, q->trp, q->side, views, q->nviews);
        for (int i = 0; i < rr.nhit && q->nareas < SCORE_MAX_AREAS; i++) q->areas[q->nareas++] = rr.areas_hit[i];
    }
    free(paint);
}

/* The trigger point to ask about, at random among the muscle's that fit the spec (its view,
 * when it names one), weighted by frequency (pattern_weight: common 3, occasional 1, rare 0)
 * unless the spec names the trigger point. A rare one is asked only when the spec names it or
 * nothing else fits. */
static bool pick_trp(Round *r, const QuizSpec *sp, Question *q)
{
    const QuizKindDef *k = quiz_kind(sp->kind);
    const AtlasMuscle *m = sp->muscle;
    int fit[64], weight[64], nfit = 0, total = 0;
    for (int i = 0; i < m->ntrps && nfit < 64; i++) {
        if (sp->trp != 0 && sp->trp != i + 1) continue;
        bool fits = false;
        for (int v = 0; v < VIEW_COUNT && !fits; v++)
            fits = (!sp->has_view || sp->view == (View)v) && round_view_shows((View)v, q->side) &&
                   trp_fits(k, &m->trps[i], (View)v, q->side);
        if (!fits) continue;
        fit[nfit] = i;
        weight[nfit] = sp->trp ? 1 : pattern_weight(m->trps[i].frequency);
        total += weight[nfit++];
    }
    if (!nfit) return false;
    if (total == 0)   /* only rare ones fit the quiz's view */
        for (int i = 0; i < nfit; i++) total += weight[i] = 1;
    int pick = (int)round_rng_below(r->rng, (uint64_t)total), c = 0;
    while (pick >= weight[c]) pick -= weight[c++];
    q->trp = &m->trps[fit[c]];
    q->trp_index = fit[c] + 1;
    return true;
}

/* The views of a question whose trigger point is chosen: the pattern's views for a kind that
 * shows a pattern, else the quiz's view or the X's. */
static bool pick_views(Round *r, const QuizSpec *sp, Question *q)
{
    const QuizKindDef *k = quiz_kind(sp->kind);
    if (k->needs == KIND_NEEDS_ZONE) {
        PatternAreaMap *map = round_areas(r);
        q->nviews = map ? pattern_views(map, q->trp, q->side, sp->has_view ? (int)sp->view : -1, k->shows_trp, q->views)
                        : 0;
    } else {
        int v = sp->has_view ? (int)sp->view : pattern_trp_view(q->trp, q->side);
        if (v >= 0 && !trp_fits(k, q->trp, (View)v, q->side)) {   /* one giving what the kind needs */
            v = -1;
            for (int i = 0; i < VIEW_COUNT && v < 0; i++)
                if (round_view_shows((View)i, q->side) && trp_fits(k, q->trp, (View)i, q->side)) v = i;
        }
        if (v >= 0) q->views[0] = (View)v;
        q->nviews = v >= 0;
    }
    if (q->nviews == 0) return false;
    q->view = q->views[0];
    return true;
}

/* The quiz's prompt, with "{prompt}" standing for the generated text; else the generated one. */
static void write_prompt(const QuizKindDef *k, const QuizSpec *sp, Question *q)
{
    char gen[QUIZ_PROMPT_MAX];
    k->prompt(q, gen, sizeof gen);
    words_unnest(gen);   /* "(TrP1 (long head))" reads "(TrP1, long head)" */
    const char *at = strstr(sp->prompt, "{prompt}");
    if (!sp->prompt[0]) snprintf(q->prompt, sizeof q->prompt, "%s", gen);
    else if (!at) snprintf(q->prompt, sizeof q->prompt, "%s", sp->prompt);
    else {
        q->prompt[0] = 0;   /* cut at the buffer's end */
        words_append(q->prompt, sizeof q->prompt, "%.*s%s%s", (int)(at - sp->prompt), sp->prompt, gen, at + 8);
    }
}

static bool resolve(Round *r, const QuizSpec *sp, Question *q)
{
    memset(q, 0, sizeof *q);
    q->kind = sp->kind;
    q->muscle = sp->muscle;
    q->tolerance = sp->tolerance;
    q->line = sp->line;
    q->time_limit = sp->time_limit > 0 ? sp->time_limit : r->quiz->time_limit;
    q->points = sp->has_points ? sp->points : 1;
    snprintf(q->hint, sizeof q->hint, "%s", sp->hint);
    if (sp->has_side) q->side = sp->side;
    else if (sp->has_view && sp->view == VIEW_LATERAL_RIGHT) q->side = SIDE_RIGHT;
    else if (sp->has_view && sp->view == VIEW_LATERAL_LEFT) q->side = SIDE_LEFT;
    else q->side = round_rng_below(r->rng, 2) ? SIDE_LEFT : SIDE_RIGHT;
    const QuizKindDef *k = quiz_kind(sp->kind);
    if (k->needs_trp) {
        /* the trigger point first (by frequency), then the views of what it shows */
        if (sp->has_view && !round_spec_fits(sp, sp->view, q->side)) return false;
        if (!pick_trp(r, sp, q) || !pick_views(r, sp, q)) return false;
    } else if (sp->has_view) {
        q->view = sp->view;
        if (!round_spec_fits(sp, q->view, q->side)) return false;
    } else {
        /* locate: the whole body first; a regional view when only it shows the muscle's
         * trigger points */
        const View order[] = {VIEW_POSTERIOR, VIEW_ANTERIOR,
                              q->side == SIDE_RIGHT ? VIEW_LATERAL_RIGHT : VIEW_LATERAL_LEFT,
                              VIEW_LEG_MEDIAL, VIEW_FOOT_PLANTAR, VIEW_HAND_PALMAR, VIEW_HAND_DORSAL};
        bool found = false;
        for (int i = 0; i < (int)(sizeof order / sizeof order[0]) && !found; i++)
            if (round_spec_fits(sp, order[i], q->side)) q->view = order[i], found = true;
        for (int v = 0; v < VIEW_COUNT && !found; v++)   /* views the list does not know yet */
            if (round_spec_fits(sp, (View)v, q->side)) q->view = (View)v, found = true;
        if (!found) return false;
    }
    if (!k->needs_trp) {
        q->views[0] = q->view;
        q->nviews = 1;
    }
    if (k->needs == KIND_NEEDS_LANDMARK) q->landmark = q->trp->palp.first;
    if (k->has_choices) pick_choices(r, sp, q);
    if (k->has_areas) zone_areas(r, q);
    write_prompt(k, sp, q);
    return true;
}

const Question *round_question(Round *r)
{
    if (!r || r->failed || r->finished || r->index >= r->nplan) return NULL;
    if (!r->has_current) {
        if (!resolve(r, &r->plan[r->index], &r->current)) {
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
