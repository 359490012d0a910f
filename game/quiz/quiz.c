/* quiz: loading quiz sets and playing rounds (see quiz.h). One sandboxed Lua state holds
 * every quiz of a set; each file runs in its own environment. A round turns the quiz's
 * question specs into asked questions (resolving open sides, views, trigger points and
 * choices with its seeded generator), scores answers and runs the hooks through
 * luahost_pcall: a script error ends the round with its message, never the program. */
#include "quiz/quiz.h"

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

#include "body/trp_areas.h"
#include "engine/array.h"
#include "engine/luahost.h"
#include "quiz/explain.h"
#include "quiz/luasrc.h"
#include "quiz/pattern.h"

struct QuizSet {
    const Atlas *atlas;
    char **paths; int npaths;
    LuaHost *host;
    QuizApiContext api;
    Quiz *quizzes; int nquizzes, capquizzes;
    PatternAreaMap *areas;            /* the atlas's named areas per cell (made on first use) */
    BodyGrid *silhouette[VIEW_COUNT]; /* the figure of each view as a grid (made on first use) */
};

/* ---- errors, hashing ---- */

void quiz_errors_add(QuizErrors *e, const char *fmt, ...)
{
    if (!e) return;
    char buf[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    char **items = array_grow(e->items, &e->cap, e->count + 1, sizeof *items);
    if (!items) return;
    e->items = items;
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

static bool is_dir(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
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
    lua_getfield(L, t, "time_limit_total");
    q->time_limit_total = (float)lua_tonumber(L, -1);
    lua_getfield(L, t, "shuffle");
    q->shuffle = lua_toboolean(L, -1);
    lua_getfield(L, t, "repeats");
    q->repeat = lua_toboolean(L, -1);
    lua_getfield(L, t, "count");
    q->count = (int)lua_tointeger(L, -1);
    q->pass_mark = lua_getfield(L, t, "pass_mark") == LUA_TNUMBER ? (int)lua_tointeger(L, -1) : -1;
    lua_getfield(L, t, "on_answer");
    lua_getfield(L, t, "on_finish");
    q->hooks = !lua_isnil(L, -1) || !lua_isnil(L, -2);
    lua_pop(L, 8);
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

/* Keeps a file's text so messages can find their lines; takes src. NULL when out of memory. */
static QuizSource *keep_source(QuizSet *set, const char *path, char *src, size_t len)
{
    QuizApiContext *c = &set->api;
    QuizSource *s = realloc(c->sources, (size_t)(c->nsources + 1) * sizeof *s);
    char *p = strdup(path);
    if (!s || !p) {
        if (s) c->sources = s;
        free(p);
        free(src);
        return NULL;
    }
    c->sources = s;
    s = &c->sources[c->nsources++];
    *s = (QuizSource){.path = p, .text = src, .len = len};
    return s;
}

/* The line of a "file:line: message" (0 when none), to list a file's problems in line order. */
static int message_line(const char *msg)
{
    size_t flen;
    int line;
    const char *text;
    return explain_split(msg, &flen, &line, &text) ? line : 0;
}

static void add_in_line_order(QuizErrors *errors, QuizErrors *local)
{
    for (int i = 1; i < local->count; i++)   /* insertion sort: stable, and lists are short */
        for (int j = i; j > 0 && message_line(local->items[j - 1]) > message_line(local->items[j]); j--) {
            char *t = local->items[j];
            local->items[j] = local->items[j - 1];
            local->items[j - 1] = t;
        }
    for (int i = 0; i < local->count; i++) quiz_errors_add(errors, "%s", local->items[i]);
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
    QuizSource *kept = keep_source(set, path, src, len);
    if (!kept) {
        quiz_errors_add(errors, "%s:0: out of memory", path);
        return;
    }
    lua_State *L = luahost_state(set->host);
    int top = lua_gettop(L);
    luahost_push_env(set->host);
    int env = lua_gettop(L);
    QuizErrors local = {0};
    set->api.errors = &local;
    set->api.had_error = false;
    quizapi_install(L, &set->api);
    int rc = luahost_load(set->host, kept->text, kept->len, path, env);
    bool syntax = rc != 0;
    if (rc == 0) rc = luahost_pcall(set->host, 0, 1);
    set->api.errors = NULL;
    if (rc != 0) {
        /* collected problems come first: they are what the runtime error is about */
        if (!local.count) {
            char msg[QUIZ_FEEDBACK_MAX];
            snprintf(msg, sizeof msg, "%s", luahost_error_message(set->host));
            explain_full_path(msg, sizeof msg, path);
            explain_error(quizapi_source(&set->api, path), syntax, msg, sizeof msg);
            quiz_errors_add(&local, "%s", msg);
        }
        add_in_line_order(errors, &local);
    } else if (local.count) {
        add_in_line_order(errors, &local);
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
        char **nn = array_grow(names, &cap, n + 1, sizeof *nn);
        if (!nn) break;
        names = nn;
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
    for (int i = 0; i < set->api.nsources; i++) {
        QuizSource *s = &set->api.sources[i];
        if (s->lua) luasrc_close(s->lua);
        free(s->lua);
        free(s->text);
        free(s->path);
    }
    free(set->api.sources);
    set->api.sources = NULL;
    set->api.nsources = 0;
    trp_areas_free(set->api.trp_areas);
    set->api.trp_areas = NULL;
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
    pattern_area_map_free(set->areas);
    for (int v = 0; v < VIEW_COUNT; v++) free(set->silhouette[v]);
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

LuaHost *quiz_set_host(const QuizSet *set) { return set->host; }

void quiz_set_log(QuizSet *set, QuizLogFn fn, void *ud)
{
    set->api.log = fn;
    set->api.log_ud = ud;
}

const LuaSrc *quiz_source(const Quiz *quiz)
{
    return quiz && quiz->set_ && quiz->file ? quizapi_source(&quiz->set_->api, quiz->file) : NULL;
}

void quiz_explain(const Quiz *quiz, char *msg, size_t len)
{
    explain_full_path(msg, len, quiz->file);
    explain_error(quiz_source(quiz), false, msg, len);
}

PatternAreaMap *quiz_set_areas(QuizSet *set)
{
    if (!set->areas) set->areas = pattern_area_map_new(set->atlas);
    return set->areas;
}

const BodyGrid *quiz_set_silhouette(QuizSet *set, View v)
{
    if (v < 0 || v >= VIEW_COUNT) return NULL;
    if (!set->silhouette[v] && (set->silhouette[v] = malloc(sizeof *set->silhouette[v]))) {
        bodygrid_clear(set->silhouette[v]);
        bodygrid_fill_shape(set->silhouette[v], &set->atlas->views[v].silhouette);
    }
    return set->silhouette[v];
}
