/* quiz: loading quiz sets and playing rounds (see quiz.h). One sandboxed Lua state holds
 * every quiz of a set; each file runs in its own environment. A round turns the quiz's
 * question specs into asked questions (resolving open sides, views, trigger points and
 * choices with its seeded generator), scores answers and runs the hooks through
 * luahost_pcall: a script error ends the round with its message, never the program. */
#include "quiz/quiz.h"
#include "store/paths.h"

#include <dirent.h>
#include <errno.h>
#include <lauxlib.h>
#include <lua.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "engine/luahost.h"

struct QuizSet {
    const Atlas *atlas;
    char **paths; int npaths;
    LuaHost *host;
    QuizApiContext api;
    Quiz *quizzes; int nquizzes, capquizzes;
};

typedef struct RoundRecord { int n; QuizKind kind; const char *muscle; int score; bool correct, skipped; } RoundRecord;

struct Round {
    const Quiz *quiz;
    QuizSet *set;
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
    char message[256];
    BodyGrid *silhouette[VIEW_COUNT];
    BodyGrid *painted;                /* an answer's circles rasterised (when it brings no grid) */
    Quiz own;                         /* round_begin_specs: the quiz it asks, not in the set */
};

/* ---- errors, hashing, folders ---- */

void quiz_errors_add(QuizErrors *e, const char *fmt, ...)
{
    if (!e) return;
    char buf[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    if (e->count == e->cap) {
        int cap = e->cap ? e->cap * 2 : 8;
        char **items = realloc(e->items, (size_t)cap * sizeof *items);
        if (!items) return;
        e->items = items;
        e->cap = cap;
    }
    char *s = strdup(buf);
    if (s) e->items[e->count++] = s;
}

void quiz_errors_free(QuizErrors *e)
{
    if (!e) return;
    for (int i = 0; i < e->count; i++) free(e->items[i]);
    free(e->items);
    e->items = NULL;
    e->count = e->cap = 0;
}

void quiz_content_hash(const void *data, size_t len, char out[17])
{
    uint64_t h = 0xcbf29ce484222325ULL;
    const unsigned char *p = data;
    for (size_t i = 0; i < len; i++) {
        h ^= p[i];
        h *= 0x100000001b3ULL;
    }
    snprintf(out, 17, "%016llx", (unsigned long long)h);
}

const char *quiz_kind_name(QuizKind k)
{
    static const char *const names[] = {"locate", "refer", "identify", "name"};
    return k >= 0 && k < QUIZ_KIND_COUNT ? names[k] : "?";
}

static bool is_dir(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

const char *quiz_builtin_dir(void)
{
    static char buf[4200];
    return paths_installed("TT_SCRIPTS", "quizzes", "scripts/quizzes", buf, sizeof buf);
}

const char *quiz_user_dir(void)
{
    static char buf[4200];
    snprintf(buf, sizeof buf, "%s/quizzes", paths_data_dir());
    return buf;
}

/* ---- loading ---- */

static char *read_file(const char *path, size_t *len, char *err, size_t errlen)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        snprintf(err, errlen, "%s:0: cannot open: %s", path, strerror(errno));
        return NULL;
    }
    size_t cap = 4096, n = 0;
    char *buf = malloc(cap);
    while (buf) {
        if (n + 1 >= cap) {
            if (cap > (4u << 20)) {
                snprintf(err, errlen, "%s:0: file is too large for a quiz", path);
                free(buf);
                buf = NULL;
                break;
            }
            char *nb = realloc(buf, cap * 2);
            if (!nb) { free(buf); buf = NULL; break; }
            buf = nb;
            cap *= 2;
        }
        size_t got = fread(buf + n, 1, cap - n - 1, f);
        if (got == 0) break;
        n += got;
    }
    if (buf && ferror(f)) {
        snprintf(err, errlen, "%s:0: cannot read: %s", path, strerror(errno));
        free(buf);
        buf = NULL;
    } else if (!buf && !*err) {
        snprintf(err, errlen, "%s:0: out of memory", path);
    }
    fclose(f);
    if (buf) { buf[n] = 0; *len = n; }
    return buf;
}

static char *dup_field(lua_State *L, int idx, const char *k)
{
    lua_getfield(L, idx, k);
    const char *s = lua_tostring(L, -1);
    char *r = strdup(s ? s : "");
    lua_pop(L, 1);
    return r;
}

static void quiz_free_fields(Quiz *q)
{
    free(q->id); free(q->title); free(q->description); free(q->author); free(q->file);
    free(q->specs_);
}

/* Reads the quiz table on top of the stack into a new Quiz (popping it). */
static void add_quiz(QuizSet *set, const char *path, const char *hash, QuizErrors *errors)
{
    lua_State *L = luahost_state(set->host);
    int t = lua_gettop(L);
    lua_getfield(L, t, "id");
    const char *id = lua_tostring(L, -1);
    lua_pop(L, 1);
    lua_getfield(L, t, "line");
    int line = (int)lua_tointeger(L, -1);
    lua_pop(L, 1);
    if (!id) { lua_pop(L, 1); return; }                   /* reported by quiz{} */
    for (int i = 0; i < set->nquizzes; i++) {
        if (!strcmp(set->quizzes[i].id, id)) {
            quiz_errors_add(errors, "%s:%d: duplicate quiz id '%s' (already used by %s:%d)", path, line, id,
                            set->quizzes[i].file, set->quizzes[i].line);
            lua_pop(L, 1);
            return;
        }
    }
    if (set->nquizzes == set->capquizzes) {
        int cap = set->capquizzes ? set->capquizzes * 2 : 16;
        Quiz *qs = realloc(set->quizzes, (size_t)cap * sizeof *qs);
        if (!qs) { lua_pop(L, 1); return; }
        set->quizzes = qs;
        set->capquizzes = cap;
    }
    Quiz *q = &set->quizzes[set->nquizzes];
    memset(q, 0, sizeof *q);
    q->id = dup_field(L, t, "id");
    q->title = dup_field(L, t, "title");
    q->description = dup_field(L, t, "description");
    q->author = dup_field(L, t, "author");
    q->file = strdup(path);
    q->line = line;
    snprintf(q->hash, sizeof q->hash, "%s", hash);
    lua_getfield(L, t, "time_limit");
    q->time_limit = (float)lua_tonumber(L, -1);
    lua_getfield(L, t, "shuffle");
    q->shuffle = lua_toboolean(L, -1);
    lua_getfield(L, t, "repeats");
    q->repeat = lua_toboolean(L, -1);
    lua_getfield(L, t, "count");
    q->count = (int)lua_tointeger(L, -1);
    lua_pop(L, 4);
    int qt = lua_getfield(L, t, "questions");
    q->generated = qt == LUA_TFUNCTION;
    if (qt == LUA_TTABLE) {
        int n = (int)lua_rawlen(L, -1);
        q->specs_ = calloc(n > 0 ? (size_t)n : 1, sizeof *q->specs_);
        for (int i = 1; q->specs_ && i <= n; i++) {
            lua_rawgeti(L, -1, i);
            if (quizapi_to_spec(L, -1, &q->specs_[q->nquestions]) && !q->specs_[q->nquestions].invalid)
                q->nquestions++;
            lua_pop(L, 1);
        }
    }
    lua_pop(L, 1);
    if (!q->id || !q->title || !q->description || !q->author || !q->file || (!q->generated && !q->specs_)) {
        quiz_free_fields(q);
        lua_pop(L, 1);
        return;
    }
    q->set_ = set;
    q->ref_ = luaL_ref(L, LUA_REGISTRYINDEX);
    set->nquizzes++;
}

static void load_file(QuizSet *set, const char *path, QuizErrors *errors)
{
    char err[512] = "";
    size_t len = 0;
    char *src = read_file(path, &len, err, sizeof err);
    if (!src) {
        quiz_errors_add(errors, "%s", err);
        return;
    }
    char hash[17];
    quiz_content_hash(src, len, hash);
    lua_State *L = luahost_state(set->host);
    int top = lua_gettop(L);
    luahost_push_env(set->host);
    int env = lua_gettop(L);
    QuizErrors local = {0};
    set->api.errors = &local;
    set->api.had_error = false;
    quizapi_install(L, &set->api);
    int rc = luahost_load(set->host, src, len, path, env);
    free(src);
    if (rc == 0) rc = luahost_pcall(set->host, 0, 1);
    set->api.errors = NULL;
    if (rc != 0) {
        /* collected problems come first: they are what the runtime error is about */
        for (int i = 0; i < local.count; i++) quiz_errors_add(errors, "%s", local.items[i]);
        if (!local.count) quiz_errors_add(errors, "%s", luahost_error_message(set->host));
    } else if (local.count) {
        for (int i = 0; i < local.count; i++) quiz_errors_add(errors, "%s", local.items[i]);
    } else if (!quizapi_is_quiz(L, -1)) {
        quiz_errors_add(errors, "%s:1: the file must end with `return quiz { ... }` (it returned %s)", path,
                        luaL_typename(L, -1));
    } else {
        add_quiz(set, path, hash, errors);
    }
    quiz_errors_free(&local);
    lua_settop(L, top);
}

static int name_cmp(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static void load_dir(QuizSet *set, const char *dir, QuizErrors *errors)
{
    DIR *d = opendir(dir);
    if (!d) return;
    char **names = NULL;
    int n = 0, cap = 0;
    struct dirent *e;
    while ((e = readdir(d))) {
        size_t len = strlen(e->d_name);
        if (len < 5 || e->d_name[0] == '.' || strcmp(e->d_name + len - 4, ".lua")) continue;
        if (n == cap) {
            cap = cap ? cap * 2 : 16;
            char **nn = realloc(names, (size_t)cap * sizeof *nn);
            if (!nn) break;
            names = nn;
        }
        names[n] = strdup(e->d_name);
        if (names[n]) n++;
    }
    closedir(d);
    if (n) qsort(names, (size_t)n, sizeof *names, name_cmp);
    for (int i = 0; i < n; i++) {
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", dir, names[i]);
        load_file(set, path, errors);
        free(names[i]);
    }
    free(names);
}

static int set_fill(QuizSet *set, QuizErrors *errors)
{
    set->host = luahost_open(&(LuaHostLimits){.scripts = "quiz scripts"});
    if (!set->host) {
        quiz_errors_add(errors, "quiz: cannot start Lua (out of memory)");
        return -1;
    }
    for (int i = 0; i < set->npaths; i++) {
        const char *p = set->paths[i];
        size_t len = strlen(p);
        struct stat st;
        if (is_dir(p)) load_dir(set, p, errors);
        else if (stat(p, &st) == 0 || (len > 4 && !strcmp(p + len - 4, ".lua"))) load_file(set, p, errors);
        /* else: a quiz folder that does not exist (yet) */
    }
    return set->nquizzes;
}

static void set_clear(QuizSet *set)
{
    for (int i = 0; i < set->nquizzes; i++) quiz_free_fields(&set->quizzes[i]);
    free(set->quizzes);
    set->quizzes = NULL;
    set->nquizzes = set->capquizzes = 0;
    if (set->host) luahost_close(set->host);
    set->host = NULL;
}

QuizSet *quiz_set_load(const Atlas *atlas, const char *const *paths, int npaths, QuizErrors *errors)
{
    QuizSet *set = calloc(1, sizeof *set);
    if (!set) return NULL;
    set->atlas = atlas;
    set->api.atlas = atlas;
    set->paths = calloc(npaths > 0 ? (size_t)npaths : 1, sizeof *set->paths);
    if (!set->paths) { free(set); return NULL; }
    for (int i = 0; i < npaths; i++) {
        set->paths[i] = strdup(paths[i]);
        if (set->paths[i]) set->npaths++;
    }
    if (set_fill(set, errors) < 0) {
        quiz_set_unload(set);
        return NULL;
    }
    return set;
}

int quiz_set_reload(QuizSet *set, QuizErrors *errors)
{
    set_clear(set);
    return set_fill(set, errors);
}

void quiz_set_unload(QuizSet *set)
{
    if (!set) return;
    set_clear(set);
    for (int i = 0; i < set->npaths; i++) free(set->paths[i]);
    free(set->paths);
    free(set);
}

int quiz_set_count(const QuizSet *set) { return set ? set->nquizzes : 0; }
const Quiz *quiz_set_at(const QuizSet *set, int i) { return set && i >= 0 && i < set->nquizzes ? &set->quizzes[i] : NULL; }
const Atlas *quiz_set_atlas(const QuizSet *set) { return set->atlas; }

const Quiz *quiz_set_find(const QuizSet *set, const char *id)
{
    for (int i = 0; set && i < set->nquizzes; i++)
        if (!strcmp(set->quizzes[i].id, id)) return &set->quizzes[i];
    return NULL;
}

bool quiz_kind_parse(const char *name, QuizKind *out)
{
    for (int k = 0; k < QUIZ_KIND_COUNT; k++)
        if (name && !strcmp(name, quiz_kind_name((QuizKind)k))) { *out = (QuizKind)k; return true; }
    return false;
}

bool quiz_spec_init(const Atlas *atlas, QuizKind kind, const char *muscle, QuizSpec *out)
{
    memset(out, 0, sizeof *out);
    out->kind = kind;
    out->muscle = atlas_muscle(atlas, muscle);
    out->tolerance = SCORE_DEFAULT_TOLERANCE_CM;
    if (kind == QUIZ_IDENTIFY || kind == QUIZ_NAME)
        out->nchoices = atlas->nmuscles < 4 ? atlas->nmuscles : 4;
    if (!out->muscle || ((kind == QUIZ_IDENTIFY || kind == QUIZ_NAME) && out->nchoices < 2)) return false;
    for (int v = 0; v < VIEW_COUNT; v++)
        for (int sd = 0; sd < SIDE_COUNT; sd++)
            if (quiz_spec_fits(out, (View)v, (Side)sd)) return true;
    return false;
}

const Quiz *quiz_set_add(QuizSet *set, const char *id, const char *title, const QuizSpec *specs, int n)
{
    if (n <= 0 || quiz_set_find(set, id)) return NULL;
    if (set->nquizzes == set->capquizzes) {
        int cap = set->capquizzes ? set->capquizzes * 2 : 16;
        Quiz *qs = realloc(set->quizzes, (size_t)cap * sizeof *qs);
        if (!qs) return NULL;
        set->quizzes = qs;
        set->capquizzes = cap;
    }
    Quiz *q = &set->quizzes[set->nquizzes];
    memset(q, 0, sizeof *q);
    q->id = strdup(id);
    q->title = strdup(title);
    q->description = strdup("");
    q->author = strdup("");
    q->file = strdup(id);
    q->specs_ = malloc((size_t)n * sizeof *q->specs_);
    if (!q->id || !q->title || !q->description || !q->author || !q->file || !q->specs_) {
        quiz_free_fields(q);
        return NULL;
    }
    memcpy(q->specs_, specs, (size_t)n * sizeof *specs);
    q->nquestions = n;
    quiz_content_hash(id, strlen(id), q->hash);
    lua_State *L = luahost_state(set->host);
    lua_newtable(L);
    q->ref_ = luaL_ref(L, LUA_REGISTRYINDEX);
    q->set_ = set;
    set->nquizzes++;
    return q;
}

/* ---- rounds ---- */

static void round_fail(Round *r, const char *msg)
{
    if (r->failed) return;
    r->failed = true;
    snprintf(r->error, sizeof r->error, "%s", msg);
}

static bool spec_same(const QuizSpec *a, const QuizSpec *b)
{
    return a->kind == b->kind && a->muscle == b->muscle && a->has_view == b->has_view &&
           (!a->has_view || a->view == b->view) && a->has_side == b->has_side &&
           (!a->has_side || a->side == b->side) && a->trp == b->trp;
}

static bool plan_add(Round *r, const QuizSpec *sp, bool dedupe)
{
    if (dedupe)
        for (int i = 0; i < r->nplan; i++)
            if (spec_same(&r->plan[i], sp)) return true;
    if (r->nplan >= QUIZ_MAX_QUESTIONS) return false;
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

/* Adds the questions of the list at idx; false (round failed) when an item is not one. */
static bool plan_add_list(Round *r, int idx, const char *what, bool dedupe)
{
    lua_State *L = r->L;
    /* raw access: this runs outside the sandbox's protected call, so no metamethod may run */
    lua_Integer n = (lua_Integer)lua_rawlen(L, idx);
    for (lua_Integer i = 1; i <= n; i++) {
        lua_rawgeti(L, idx, i);
        QuizSpec sp;
        bool ok = quizapi_to_spec(L, -1, &sp);
        char msg[256];
        if (!ok) snprintf(msg, sizeof msg, "%s: item %lld is a %s, not a question (use locate{}, refer{}, identify{} or name{})",
                          what, (long long)i, luaL_typename(L, -1));
        lua_pop(L, 1);
        if (!ok) {
            char full[512];
            snprintf(full, sizeof full, "%s:%d: %s", r->quiz->file, r->quiz->line, msg);
            round_fail(r, full);
            return false;
        }
        if (!plan_add(r, &sp, dedupe)) break;
    }
    return true;
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
    r->set = set;
    r->L = luahost_state(set->host);
    r->seed = seed;
    r->rng = quizapi_push_ctx(r->L, seed, player, quiz->id);
    r->ctx_ref = luaL_ref(r->L, LUA_REGISTRYINDEX);
    return r;
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
            int j = (int)quiz_rng_below(r->rng, (uint64_t)i + 1);
            QuizSpec tmp = r->plan[i];
            r->plan[i] = r->plan[j];
            r->plan[j] = tmp;
        }
    if (quiz->count > 0 && r->nplan > quiz->count) r->nplan = quiz->count;
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
        if (luahost_pcall(r->set->host, 1, 1) != 0) {
            round_fail(r, luahost_error_message(r->set->host));
        } else if (!lua_istable(L, -1)) {
            char msg[512];
            snprintf(msg, sizeof msg, "%s:%d: questions(ctx) must return a list of questions, got %s",
                     quiz->file, quiz->line, luaL_typename(L, -1));
            round_fail(r, msg);
        } else {
            plan_add_list(r, lua_gettop(L), "questions(ctx)", !quiz->repeat);
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
                .nquestions = rs->n, .set_ = set, .ref_ = LUA_NOREF};
    quiz_content_hash(rs->id, strlen(rs->id), own.hash);
    Round *r = NULL;
    if (own.id && own.title && own.description && own.author && own.file)
        r = round_new(set, &own, seed, player, err, errlen);
    else
        snprintf(err, (size_t)errlen, "out of memory");
    if (!r) {
        quiz_free_fields(&own);
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
    for (int v = 0; v < VIEW_COUNT; v++) free(r->silhouette[v]);
    free(r->painted);
    free(r->plan);
    free(r->records);
    quiz_free_fields(&r->own);
    free(r);
}

static const BodyGrid *round_silhouette(Round *r, View v)
{
    if (!r->silhouette[v]) {
        r->silhouette[v] = malloc(sizeof(BodyGrid));
        if (!r->silhouette[v]) return NULL;
        bodygrid_clear(r->silhouette[v]);
        bodygrid_fill_shape(r->silhouette[v], &r->set->atlas->views[v].silhouette);
    }
    return r->silhouette[v];
}

static const char *view_words(View v)
{
    static const char *const words[] = {"front view", "back view", "right side view", "left side view"};
    return v < VIEW_COUNT ? words[v] : "?";
}

/* "upper trapezius" from "Upper trapezius": the name as used inside a sentence. */
static void muscle_words(const AtlasMuscle *m, char *buf, size_t len)
{
    snprintf(buf, len, "%s", m->name && *m->name ? m->name : m->id);
    if (buf[0] >= 'A' && buf[0] <= 'Z' && !(buf[1] >= 'A' && buf[1] <= 'Z')) buf[0] = (char)(buf[0] - 'A' + 'a');
    for (char *p = buf; *p; p++) if (*p == '_') *p = ' ';
}

static void pick_choices(Round *r, const QuizSpec *sp, Question *q)
{
    const Atlas *a = r->set->atlas;
    const char *picked[QUIZ_MAX_CHOICES];
    int n = 0;
    picked[n++] = sp->muscle->id;
    for (int i = 0; i < sp->ndistractors && n < sp->nchoices; i++) picked[n++] = sp->distractors[i]->id;
    /* distractors: the same region first, then the rest, each group in random order */
    for (int pass = 0; pass < 2 && n < sp->nchoices; pass++) {
        int *cand = malloc((size_t)a->nmuscles * sizeof *cand);
        if (!cand) break;
        int nc = 0;
        for (int i = 0; i < a->nmuscles; i++) {
            const AtlasMuscle *m = &a->muscles[i];
            bool same = !strcmp(m->region, sp->muscle->region);
            if (same != (pass == 0)) continue;
            bool taken = false;
            for (int j = 0; j < n; j++) taken |= !strcmp(picked[j], m->id);
            if (!taken) cand[nc++] = i;
        }
        while (nc > 0 && n < sp->nchoices) {
            int k = (int)quiz_rng_below(r->rng, (uint64_t)nc);
            picked[n++] = a->muscles[cand[k]].id;
            cand[k] = cand[--nc];
        }
        free(cand);
    }
    for (int i = n - 1; i > 0; i--) {
        int j = (int)quiz_rng_below(r->rng, (uint64_t)i + 1);
        const char *t = picked[i];
        picked[i] = picked[j];
        picked[j] = t;
    }
    for (int i = 0; i < n; i++) q->choices[i] = picked[i];
    q->nchoices = n;
}

/* The essential zone's areas, by scoring a paint of the zone itself. */
static void zone_areas(Round *r, Question *q)
{
    BodyGrid *paint = malloc(sizeof *paint);
    const BodyGrid *sil = round_silhouette(r, q->view);
    if (!paint || !sil) { free(paint); return; }
    bodygrid_clear(paint);
    bodygrid_fill_shape(paint, &q->trp->essential[q->side][q->view]);
    ReferResult rr = score_refer(r->set->atlas, q->trp, q->side, q->view, paint, sil);
    for (int i = 0; i < rr.nhit && q->nareas < SCORE_MAX_AREAS; i++) q->areas[q->nareas++] = rr.areas_hit[i];
    free(paint);
}

static void join_areas(const char *const *areas, int n, char *buf, size_t len)
{
    buf[0] = 0;
    for (int i = 0; i < n; i++) {
        size_t used = strlen(buf);
        snprintf(buf + used, len - used, "%s%s", i == 0 ? "" : i == n - 1 ? " and " : ", ", areas[i]);
    }
}

/* Can a trigger point that fits sp be drawn in view v as well? */
static bool spec_shown(const QuizSpec *sp, View v, Side side)
{
    for (int i = 0; i < sp->muscle->ntrps; i++) {
        QuizSpec one = *sp;
        one.trp = i + 1;
        if ((sp->trp == 0 || sp->trp == i + 1) && sp->muscle->trps[i].has_at[side][v] && quiz_spec_fits(&one, v, side))
            return true;
    }
    return false;
}

static bool resolve(Round *r, const QuizSpec *sp, Question *q)
{
    memset(q, 0, sizeof *q);
    q->kind = sp->kind;
    q->muscle = sp->muscle;
    q->tolerance = sp->tolerance;
    q->line = sp->line;
    q->time_limit = r->quiz->time_limit;
    if (sp->has_side) q->side = sp->side;
    else if (sp->has_view && sp->view == VIEW_LATERAL_RIGHT) q->side = SIDE_RIGHT;
    else if (sp->has_view && sp->view == VIEW_LATERAL_LEFT) q->side = SIDE_LEFT;
    else q->side = quiz_rng_below(r->rng, 2) ? SIDE_LEFT : SIDE_RIGHT;
    if (sp->has_view) {
        q->view = sp->view;
    } else {
        const View order[] = {VIEW_POSTERIOR, VIEW_ANTERIOR,
                              q->side == SIDE_RIGHT ? VIEW_LATERAL_RIGHT : VIEW_LATERAL_LEFT};
        /* a view where the trigger point itself can be shown too comes first */
        bool found = false;
        for (int pass = 0; pass < 2 && !found; pass++)
            for (int i = 0; i < 3 && !found; i++)
                if (quiz_spec_fits(sp, order[i], q->side) && (pass == 1 || spec_shown(sp, order[i], q->side))) {
                    q->view = order[i];
                    found = true;
                }
        if (!found) return false;
    }
    if (!quiz_spec_fits(sp, q->view, q->side)) return false;
    if (sp->kind != QUIZ_LOCATE) {
        int fit[64], nfit = 0;
        for (int pass = 0; pass < 2 && !nfit; pass++)
            for (int i = 0; i < sp->muscle->ntrps && nfit < 64; i++) {
                QuizSpec one = *sp;
                one.trp = i + 1;
                if ((sp->trp == 0 || sp->trp == i + 1) && quiz_spec_fits(&one, q->view, q->side) &&
                    (pass == 1 || sp->muscle->trps[i].has_at[q->side][q->view]))
                    fit[nfit++] = i;
            }
        if (!nfit) return false;
        int k = fit[nfit == 1 ? 0 : quiz_rng_below(r->rng, (uint64_t)nfit)];
        q->trp = &sp->muscle->trps[k];
        q->trp_index = k + 1;
    }
    if (sp->kind == QUIZ_IDENTIFY || sp->kind == QUIZ_NAME) pick_choices(r, sp, q);
    if (sp->kind == QUIZ_IDENTIFY) zone_areas(r, q);

    char mw[128];
    muscle_words(sp->muscle, mw, sizeof mw);
    const char *side = atlas_side_name(q->side);
    if (sp->prompt[0]) {
        snprintf(q->prompt, sizeof q->prompt, "%s", sp->prompt);
    } else if (sp->kind == QUIZ_LOCATE) {
        snprintf(q->prompt, sizeof q->prompt, "Click %s trigger point of the client's %s %s (%s).",
                 sp->muscle->ntrps > 1 ? "a" : "the", side, mw, view_words(q->view));
    } else if (sp->kind == QUIZ_REFER) {
        snprintf(q->prompt, sizeof q->prompt,
                 "Paint where this trigger point of the client's %s %s (%s) refers pain (%s).",
                 side, mw, q->trp->name && *q->trp->name ? q->trp->name : q->trp->id, view_words(q->view));
    } else if (sp->kind == QUIZ_IDENTIFY) {
        char areas[200];
        join_areas(q->areas, q->nareas, areas, sizeof areas);
        snprintf(q->prompt, sizeof q->prompt,
                 "The client feels pain on the %s side%s%s (%s). Which muscle's trigger point refers it?",
                 side, q->nareas ? " over the " : "", areas, view_words(q->view));
    } else {
        snprintf(q->prompt, sizeof q->prompt,
                 "Which muscle has the trigger point shown on the client's %s side (%s)?", side, view_words(q->view));
    }
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

static void push_string_list(lua_State *L, const char *const *items, int n)
{
    lua_createtable(L, n, 0);
    for (int i = 0; i < n; i++) {
        lua_pushstring(L, items[i]);
        lua_seti(L, -2, i + 1);
    }
}

static void push_result(lua_State *L, const Question *q, const QuizResult *res)
{
    lua_createtable(L, 0, 10);
    lua_pushinteger(L, res->n); lua_setfield(L, -2, "n");
    lua_pushinteger(L, res->score); lua_setfield(L, -2, "score");
    lua_pushboolean(L, res->correct); lua_setfield(L, -2, "correct");
    lua_pushboolean(L, res->skipped); lua_setfield(L, -2, "skipped");
    if (q->kind == QUIZ_LOCATE && res->distance_cm >= 0) {
        lua_pushnumber(L, res->distance_cm);
        lua_setfield(L, -2, "distance_cm");
    }
    if (q->kind == QUIZ_REFER && !res->skipped) {
        push_string_list(L, res->refer.areas_hit, res->refer.nhit); lua_setfield(L, -2, "areas_hit");
        push_string_list(L, res->refer.areas_missed, res->refer.nmissed); lua_setfield(L, -2, "areas_missed");
        push_string_list(L, res->refer.areas_outside, res->refer.noutside); lua_setfield(L, -2, "areas_outside");
    }
    lua_pushstring(L, q->muscle->id); lua_setfield(L, -2, "answer");
    lua_pushstring(L, res->feedback); lua_setfield(L, -2, "feedback");
}

static void spec_from_question(const Question *q, const QuizSpec *orig, QuizSpec *sp)
{
    *sp = *orig;
    sp->has_view = sp->has_side = true;
    sp->view = q->view;
    sp->side = q->side;
    sp->trp = q->trp_index;
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

/* Runs on_answer and applies what it returns. */
static void run_on_answer(Round *r, const QuizSpec *asked, QuizResult *res)
{
    lua_State *L = r->L;
    int top = lua_gettop(L);
    if (push_quiz_field(r, "on_answer") != LUA_TFUNCTION) { lua_settop(L, top); return; }
    QuizSpec resolved;
    spec_from_question(&r->current, asked, &resolved);
    lua_rawgeti(L, LUA_REGISTRYINDEX, r->ctx_ref);
    quizapi_push_spec(L, &resolved, r->current.n);
    push_result(L, &r->current, res);
    if (luahost_pcall(r->set->host, 3, 1) != 0) {
        round_fail(r, luahost_error_message(r->set->host));
        lua_settop(L, top);
        return;
    }
    int ret = lua_gettop(L);
    char msg[512] = "";
    if (lua_istable(L, ret)) {
        lua_pushnil(L);
        while (!msg[0] && lua_next(L, ret)) {   /* test msg first: its key is popped, next() would get the table */
            lua_pop(L, 1);
            const char *k = lua_type(L, -1) == LUA_TSTRING ? lua_tostring(L, -1) : "";
            if (strcmp(k, "feedback") && strcmp(k, "again") && strcmp(k, "ask")) {
                snprintf(msg, sizeof msg, "on_answer returned an unknown field '%s' (fields: feedback, again, ask)", k);
                lua_pop(L, 1);
            }
        }
        int t = msg[0] ? LUA_TNIL : raw_field(L, ret, "feedback");
        if (t == LUA_TSTRING) append_feedback(res->feedback, sizeof res->feedback, lua_tostring(L, -1));
        else if (t != LUA_TNIL) snprintf(msg, sizeof msg, "on_answer: feedback must be a string, got %s", lua_typename(L, t));
        lua_settop(L, ret);
        t = msg[0] ? LUA_TNIL : raw_field(L, ret, "again");
        QuizSpec sp;
        if (t == LUA_TBOOLEAN) {
            if (lua_toboolean(L, -1)) plan_add(r, &resolved, false);
        } else if (quizapi_to_spec(L, -1, &sp)) {
            plan_add(r, &sp, false);
        } else if (t != LUA_TNIL) {
            snprintf(msg, sizeof msg, "on_answer: again must be true or a question, got %s", lua_typename(L, t));
        }
        lua_settop(L, ret);
        t = msg[0] ? LUA_TNIL : raw_field(L, ret, "ask");
        if (t == LUA_TTABLE) plan_add_list(r, lua_gettop(L), "on_answer: ask", false);
        else if (t != LUA_TNIL) snprintf(msg, sizeof msg, "on_answer: ask must be a list of questions, got %s", lua_typename(L, t));
    } else if (!lua_isnil(L, ret)) {
        snprintf(msg, sizeof msg, "on_answer must return nil or a table { feedback = ..., again = ... }, got %s",
                 luaL_typename(L, ret));
    }
    if (msg[0]) {
        char full[700];
        snprintf(full, sizeof full, "%s:%d: %s", r->quiz->file, r->quiz->line, msg);
        round_fail(r, full);
    }
    lua_settop(L, top);
}

static void locate_feedback(const Question *q, QuizResult *res)
{
    switch (res->verdict) {
    case LOCATE_WRONG_VIEW:
        snprintf(res->feedback, sizeof res->feedback, "That click is in another view: the question asks the %s.",
                 view_words(q->view));
        break;
    case LOCATE_WRONG_SIDE:
        snprintf(res->feedback, sizeof res->feedback, "Wrong side: the question asks the client's %s side.",
                 atlas_side_name(q->side));
        break;
    case LOCATE_NO_TRP:
        snprintf(res->feedback, sizeof res->feedback, "This muscle has no trigger point in that view.");
        break;
    case LOCATE_OK:
        if (res->score == 100)
            snprintf(res->feedback, sizeof res->feedback, "Right on it: %.1f cm away.", res->distance_cm);
        else if (res->score > 0)
            snprintf(res->feedback, sizeof res->feedback, "%.1f cm from the trigger point (full marks within %.1f cm).",
                     res->distance_cm, SCORE_FINGERTIP_CM);
        else
            snprintf(res->feedback, sizeof res->feedback, "%.1f cm away: beyond the %.0f cm tolerance.",
                     res->distance_cm, q->tolerance);
        break;
    }
}

static void refer_feedback(QuizResult *res)
{
    char hit[300], missed[300], outside[300];
    join_areas(res->refer.areas_hit, res->refer.nhit, hit, sizeof hit);
    join_areas(res->refer.areas_missed, res->refer.nmissed, missed, sizeof missed);
    join_areas(res->refer.areas_outside, res->refer.noutside, outside, sizeof outside);
    snprintf(res->feedback, sizeof res->feedback, "You covered %.0f%% of the essential zone.",
             res->refer.coverage * 100.0f);
    char part[400];
    if (res->refer.nmissed) {
        snprintf(part, sizeof part, "Missed: %s.", missed);
        append_feedback(res->feedback, sizeof res->feedback, part);
    }
    if (res->refer.noutside) {
        snprintf(part, sizeof part, "Painted where this trigger point does not refer: %s.", outside);
        append_feedback(res->feedback, sizeof res->feedback, part);
    }
    (void)hit;
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

int round_answer(Round *r, const Answer *a, QuizResult *out)
{
    const Question *q = round_question(r);
    if (!q) return answer_refuse(r, "the round is over");
    static const char *const expected[] = {"a click", "a painted region", "a choice", "a choice"};
    bool fits = q->kind == QUIZ_LOCATE ? a->has_click && !a->has_paint && !a->nchoices
              : q->kind == QUIZ_REFER ? a->has_paint && !a->has_click && !a->nchoices
              : a->nchoices == 1 && !a->has_click && !a->has_paint;
    if (!a->skip && !fits)
        return answer_refuse(r, "this is a %s question: answer with %s (or skip)", quiz_kind_name(q->kind),
                             expected[q->kind]);
    for (int c = 0; !a->skip && c < a->nchoices; c++) {
        bool listed = false;
        for (int i = 0; i < q->nchoices; i++) listed |= a->choices[c] && !strcmp(a->choices[c], q->choices[i]);
        if (!listed) return answer_refuse(r, "'%s' is not one of the choices", a->choices[c] ? a->choices[c] : "");
    }
    const BodyGrid *paint = a->paint;
    if (!a->skip && a->has_paint && !paint) {
        if (!r->painted && !(r->painted = malloc(sizeof *r->painted))) return answer_refuse(r, "out of memory");
        bodygrid_clear(r->painted);
        bodygrid_paint(r->painted, a->circles, a->ncircles);
        paint = r->painted;
    }

    memset(out, 0, sizeof *out);
    out->n = q->n;
    out->distance_cm = -1;
    out->answer = q->muscle->id;
    if (a->skip) {
        out->skipped = true;
        snprintf(out->feedback, sizeof out->feedback, "Skipped.");
        if (q->kind == QUIZ_LOCATE) {
            /* show where it was: the nearest trigger point to nothing is the first visible one */
            for (int i = 0; i < q->muscle->ntrps && !out->nearest; i++)
                if (q->muscle->trps[i].has_at[q->side][q->view]) out->nearest = &q->muscle->trps[i];
        }
    } else if (q->kind == QUIZ_LOCATE) {
        LocateResult lr = score_locate(q->muscle, q->view, q->side, q->tolerance, a->view, a->click);
        out->score = lr.score;
        out->distance_cm = lr.verdict == LOCATE_OK ? lr.distance_cm : -1;
        out->verdict = lr.verdict;
        out->nearest = lr.nearest;
        if (!out->nearest)
            for (int i = 0; i < q->muscle->ntrps && !out->nearest; i++)
                if (q->muscle->trps[i].has_at[q->side][q->view]) out->nearest = &q->muscle->trps[i];
        locate_feedback(q, out);
    } else if (q->kind == QUIZ_REFER) {
        if (a->view != q->view) {
            snprintf(out->feedback, sizeof out->feedback, "That paint is in another view: the question asks the %s.",
                     view_words(q->view));
        } else {
            const BodyGrid *sil = round_silhouette(r, q->view);
            if (!sil) return answer_refuse(r, "out of memory");
            out->refer = score_refer(r->set->atlas, q->trp, q->side, q->view, paint, sil);
            out->score = out->refer.score;
            refer_feedback(out);
        }
    } else {
        bool right = !strcmp(a->choices[0], q->muscle->id);
        out->score = right ? 100 : 0;
        char mw[128];
        muscle_words(q->muscle, mw, sizeof mw);
        snprintf(out->feedback, sizeof out->feedback, right ? "Right: %s." : "No: it is the %s.", mw);
    }
    if (out->score < 0) out->score = 0;
    if (out->score > 100) out->score = 100;
    out->correct = !out->skipped && (q->kind == QUIZ_IDENTIFY || q->kind == QUIZ_NAME ? out->score == 100
                                                                                     : out->score >= 50);

    RoundRecord *rec = realloc(r->records, (size_t)(r->nrecords + 1) * sizeof *rec);
    if (rec) {
        r->records = rec;
        rec[r->nrecords++] = (RoundRecord){q->n, q->kind, q->muscle->id, out->score, out->correct, out->skipped};
    }
    QuizSpec asked = r->plan[r->index];
    run_on_answer(r, &asked, out);
    r->index++;
    r->has_current = false;
    return 0;
}

int round_skip(Round *r, QuizResult *out)
{
    Answer a = {.skip = true};
    return round_answer(r, &a, out);
}

void round_finish(Round *r, QuizSummary *out)
{
    memset(out, 0, sizeof *out);
    for (int i = 0; i < r->nrecords; i++) {
        out->score += r->records[i].score;
        out->asked++;
        if (r->records[i].skipped) out->skipped++;
        else out->answered++;
    }
    out->max = 100 * out->asked;
    out->percent = out->max ? (int)((out->score * 100L + out->max / 2) / out->max) : 0;
    if (!r->failed && !r->finished) {
        lua_State *L = r->L;
        int top = lua_gettop(L);
        if (push_quiz_field(r, "on_finish") == LUA_TFUNCTION) {
            lua_rawgeti(L, LUA_REGISTRYINDEX, r->ctx_ref);
            lua_createtable(L, 0, 8);
            lua_pushinteger(L, out->score); lua_setfield(L, -2, "score");
            lua_pushinteger(L, out->max); lua_setfield(L, -2, "max");
            lua_pushinteger(L, out->percent); lua_setfield(L, -2, "percent");
            lua_pushinteger(L, out->asked); lua_setfield(L, -2, "asked");
            lua_pushinteger(L, out->answered); lua_setfield(L, -2, "answered");
            lua_pushinteger(L, out->skipped); lua_setfield(L, -2, "skipped");
            lua_createtable(L, r->nrecords, 0);
            for (int i = 0; i < r->nrecords; i++) {
                const RoundRecord *rc = &r->records[i];
                lua_createtable(L, 0, 6);
                lua_pushinteger(L, rc->n); lua_setfield(L, -2, "n");
                lua_pushstring(L, quiz_kind_name(rc->kind)); lua_setfield(L, -2, "kind");
                lua_pushstring(L, rc->muscle); lua_setfield(L, -2, "muscle");
                lua_pushinteger(L, rc->score); lua_setfield(L, -2, "score");
                lua_pushboolean(L, rc->correct); lua_setfield(L, -2, "correct");
                lua_pushboolean(L, rc->skipped); lua_setfield(L, -2, "skipped");
                lua_seti(L, -2, i + 1);
            }
            lua_setfield(L, -2, "results");
            if (luahost_pcall(r->set->host, 2, 1) != 0) {
                round_fail(r, luahost_error_message(r->set->host));
            } else if (lua_istable(L, -1)) {
                int t = raw_field(L, lua_gettop(L), "feedback");
                if (t == LUA_TSTRING) snprintf(out->feedback, sizeof out->feedback, "%s", lua_tostring(L, -1));
                else if (t != LUA_TNIL) {
                    char msg[512];
                    snprintf(msg, sizeof msg, "%s:%d: on_finish: feedback must be a string, got %s",
                             r->quiz->file, r->quiz->line, lua_typename(L, t));
                    round_fail(r, msg);
                }
            } else if (!lua_isnil(L, -1)) {
                char msg[512];
                snprintf(msg, sizeof msg, "%s:%d: on_finish must return nil or a table { feedback = ... }, got %s",
                         r->quiz->file, r->quiz->line, luaL_typename(L, -1));
                round_fail(r, msg);
            }
        }
        lua_settop(L, top);
    }
    r->finished = true;
    out->failed = r->failed;
    if (r->failed) snprintf(out->error, sizeof out->error, "%s", r->error);
}

const char *round_message(const Round *r) { return r->message; }
bool round_failed(const Round *r) { return r->failed; }
const char *round_error(const Round *r) { return r->failed ? r->error : NULL; }
uint64_t round_seed(const Round *r) { return r->seed; }
const Quiz *round_quiz(const Round *r) { return r->quiz; }
int round_count(const Round *r) { return r->nplan; }
