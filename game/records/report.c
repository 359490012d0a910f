/* report: reading and merging students' score files (see report.h). Two passes over the
 * files: the first checks each file and reads its rounds into one table keyed by (student,
 * quiz, seed, start), keeping for every round the file whose copy has the most answers; the
 * second reads the answers of the rounds kept, file by file, through facts.c, and counts
 * them. Files are opened read-only and closed between the passes (300 open connections
 * would each keep a page cache). */
#include "records/report.h"
#include "records/csv.h"
#include "store/store.h"
#include "engine/array.h"

#include <ctype.h>
#include <errno.h>
#include <math.h>
#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* ---- the round index: (student key, quiz id, seed, start) -> round ---------------- */

typedef struct ReportIndex {
    int *slots; int cap;              /* round index + 1, 0 = empty; open addressing */
} ReportIndex;

static uint64_t fnv(uint64_t h, const void *data, size_t n)
{
    const unsigned char *p = data;
    for (size_t i = 0; i < n; i++) h = (h ^ p[i]) * 1099511628211ULL;
    return h;
}

static uint64_t round_hash(const Report *r, const ReportRound *rd)
{
    uint64_t h = 1469598103934665603ULL;
    const char *key = r->students[rd->student].key, *quiz = r->quizzes[rd->quiz].id;
    h = fnv(h, key, strlen(key) + 1);
    h = fnv(h, quiz, strlen(quiz) + 1);
    h = fnv(h, &rd->seed, sizeof rd->seed);
    return fnv(h, &rd->started, sizeof rd->started);
}

static bool round_same(const ReportRound *a, const ReportRound *b)
{
    return a->student == b->student && a->quiz == b->quiz && a->seed == b->seed && a->started == b->started;
}

static bool index_grow(Report *r)
{
    ReportIndex *ix = r->index_;
    int cap = ix->cap ? ix->cap * 2 : 1024;
    int *slots = calloc((size_t)cap, sizeof *slots);
    if (!slots) return false;
    for (int i = 0; i < r->nrounds; i++) {
        uint64_t h = round_hash(r, &r->rounds[i]);
        int k = (int)(h & (uint64_t)(cap - 1));
        while (slots[k]) k = (k + 1) & (cap - 1);
        slots[k] = i + 1;
    }
    free(ix->slots);
    ix->slots = slots;
    ix->cap = cap;
    return true;
}

/* The round equal to rd, or -1; *slot gets where it would go. */
static int index_find(const Report *r, const ReportRound *rd, int *slot)
{
    const ReportIndex *ix = r->index_;
    int k = (int)(round_hash(r, rd) & (uint64_t)(ix->cap - 1));
    while (ix->slots[k]) {
        if (round_same(&r->rounds[ix->slots[k] - 1], rd)) return ix->slots[k] - 1;
        k = (k + 1) & (ix->cap - 1);
    }
    *slot = k;
    return -1;
}

/* ---- growing arrays ---- */

/* Room for element n (engine/array.h). */
static bool grow(void **items, int *cap, int n, size_t size)
{
    void *p = array_grow(*items, cap, n + 1, size);
    if (!p) return false;
    *items = p;
    return true;
}

/* ---- students and quizzes ---- */

static void fold(const char *name, char *key, size_t len)
{
    size_t i = 0;
    for (; name[i] && i + 1 < len; i++) key[i] = (char)tolower((unsigned char)name[i]);   /* NOCASE is ASCII */
    key[i] = 0;
}

static int student_of(Report *r, const char *name)
{
    char key[64];
    fold(name ? name : "?", key, sizeof key);
    for (int i = 0; i < r->nstudents; i++)
        if (!strcmp(r->students[i].key, key)) return i;
    if (!grow((void **)&r->students, &r->capstudents, r->nstudents, sizeof *r->students)) return -1;
    ReportStudent *s = &r->students[r->nstudents];
    memset(s, 0, sizeof *s);
    snprintf(s->name, sizeof s->name, "%s", name ? name : "?");
    snprintf(s->key, sizeof s->key, "%s", key);
    return r->nstudents++;
}

static int quiz_of(Report *r, const char *id)
{
    if (!id) id = "?";
    for (int i = 0; i < r->nquizzes; i++)
        if (!strcmp(r->quizzes[i].id, id)) return i;
    if (!grow((void **)&r->quizzes, &r->capquizzes, r->nquizzes, sizeof *r->quizzes)) return -1;
    ReportQuiz *q = &r->quizzes[r->nquizzes];
    memset(q, 0, sizeof *q);
    snprintf(q->id, sizeof q->id, "%s", id);
    snprintf(q->title, sizeof q->title, "%s", !strcmp(id, "review") ? "Review" : id);
    q->pass_mark = -1;
    return r->nquizzes++;
}

/* ---- life ---- */

Report *report_new(const Atlas *a)
{
    Report *r = calloc(1, sizeof *r);
    if (!r) return NULL;
    r->atlas = a;
    r->index_ = calloc(1, sizeof *r->index_);
    r->facts_ = facts_new(a);
    bool ok = r->index_ && r->facts_ && index_grow(r);
    for (int k = 0; ok && k < QUIZ_KIND_COUNT; k++) {
        if (!quiz_kind(k)->has_choices) continue;
        ReportConfusion *c = &r->confusion[k];
        c->cells = calloc((size_t)a->nmuscles * (size_t)(a->nmuscles + 1) + 1, sizeof *c->cells);
        c->asked = calloc((size_t)a->nmuscles + 1, sizeof *c->asked);
        ok = c->cells && c->asked;
    }
    if (!ok) {
        report_free(r);
        return NULL;
    }
    return r;
}

void report_free(Report *r)
{
    if (!r) return;
    for (int i = 0; i < r->nfiles; i++) free(r->files[i].path);
    free(r->files);
    free(r->students);
    for (int i = 0; i < r->nquizzes; i++) free(r->quizzes[i].questions);
    free(r->quizzes);
    free(r->rounds);
    for (int i = 0; i < r->nclicks; i++) {
        free(r->clicks[i].at);
        free(r->clicks[i].dist);
    }
    free(r->clicks);
    for (int i = 0; i < r->nrefers; i++) {
        free(r->refers[i].areas);
        free(r->refers[i].heat);
    }
    free(r->refers);
    for (int k = 0; k < QUIZ_KIND_COUNT; k++) {
        free(r->confusion[k].cells);
        free(r->confusion[k].asked);
    }
    free(r->grades_);
    if (r->index_) free(r->index_->slots);
    free(r->index_);
    facts_free(r->facts_);
    free(r);
}

int report_add(Report *r, const char *path)
{
    if (!grow((void **)&r->files, &r->capfiles_, r->nfiles, sizeof *r->files)) return -1;
    ReportFile *f = &r->files[r->nfiles];
    memset(f, 0, sizeof *f);
    f->path = malloc(strlen(path) + 1);
    if (!f->path) return -1;
    memcpy(f->path, path, strlen(path) + 1);
    r->nfiles++;
    return 0;
}

/* ---- opening a file ---- */

static int query_int(sqlite3 *db, const char *sql, int64_t *out)
{
    sqlite3_stmt *st;
    *out = 0;
    int rc = sqlite3_prepare_v2(db, sql, -1, &st, NULL);
    if (rc != SQLITE_OK) return rc;
    rc = sqlite3_step(st);
    if (rc == SQLITE_ROW) *out = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    return rc == SQLITE_ROW || rc == SQLITE_DONE ? SQLITE_OK : rc;
}

static void why(ReportFile *f, const char *fmt, const char *detail)
{
    f->ok = false;
    snprintf(f->why, sizeof f->why, fmt, detail ? detail : "");
}

/* The score file of f (a file, or a data folder's scores.sqlite3), checked as a score file
 * of a format this program reads; NULL with f->why set. */
static sqlite3 *open_checked(ReportFile *f)
{
    char path[4200];
    struct stat st;
    if (stat(f->path, &st) != 0) {
        why(f, "cannot be read: %s", strerror(errno));
        return NULL;
    }
    if (S_ISDIR(st.st_mode)) snprintf(path, sizeof path, "%s/%s", f->path, STORE_FILE_NAME);
    else snprintf(path, sizeof path, "%s", f->path);
    FILE *in = fopen(path, "rb");
    if (!in) {
        why(f, S_ISDIR(st.st_mode) ? "is a folder without a score file (%s)" : "cannot be read (%s)", strerror(errno));
        return NULL;
    }
    char head[16] = {0};
    size_t n = fread(head, 1, sizeof head, in);
    fclose(in);
    if (n < sizeof head || memcmp(head, "SQLite format 3", 16) != 0) {
        why(f, n == 0 ? "is empty: not a score file%s" : "is not a Trigger Trainer score file (not SQLite)%s", NULL);
        return NULL;
    }
    sqlite3 *db = NULL;
    int rc = sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL);
    if (rc == SQLITE_OK) rc = sqlite3_busy_timeout(db, 10000);
    int64_t app = 0, ver = 0, tables = 0;
    char check[200] = "";
    if (rc == SQLITE_OK) {
        sqlite3_stmt *q;
        rc = sqlite3_prepare_v2(db, "PRAGMA quick_check", -1, &q, NULL);
        if (rc == SQLITE_OK) {
            rc = sqlite3_step(q);
            const char *t = (const char *)sqlite3_column_text(q, 0);
            if (rc == SQLITE_ROW) {
                snprintf(check, sizeof check, "%s", t ? t : "?");
                rc = SQLITE_OK;
            }
            sqlite3_finalize(q);
        }
    }
    if (rc == SQLITE_OK && strcmp(check, "ok") != 0) {
        why(f, "is damaged (SQLite's quick_check: %.300s)", check);
        sqlite3_close(db);
        return NULL;
    }
    if (rc == SQLITE_OK) rc = query_int(db, "PRAGMA application_id", &app);
    if (rc == SQLITE_OK) rc = query_int(db, "PRAGMA user_version", &ver);
    if (rc == SQLITE_OK)
        rc = query_int(db, "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND"
                                 " name IN ('players', 'rounds', 'answers')", &tables);
    if (rc != SQLITE_OK) {
        why(f, (rc & 0xff) == SQLITE_CORRUPT || (rc & 0xff) == SQLITE_NOTADB ? "is damaged (%s)" : "cannot be read (%s)",
            sqlite3_errstr(rc));
        sqlite3_close(db);
        return NULL;
    }
    if (app != STORE_APPLICATION_ID || tables != 3) {
        why(f, "is not a Trigger Trainer score file%s", NULL);
        sqlite3_close(db);
        return NULL;
    }
    if (ver > STORE_SCHEMA_VERSION) {
        char v[96];
        snprintf(v, sizeof v, "format %lld; this program reads up to %d", (long long)ver, STORE_SCHEMA_VERSION);
        why(f, "was written by a newer Trigger Trainer (%s): update the program to read it", v);
        sqlite3_close(db);
        return NULL;
    }
    f->schema = (int)ver;
    return db;
}

/* ---- pass 1: rounds ---- */

/* Rounds with at least one answer. Before v3 a round is finished when it ended with every
 * question it planned answered (what the v3 migration concludes, storage.md). */
static const char *const rounds_sql_v3 =
    "SELECT r.id, p.name, r.quiz_id, r.title, r.seed, r.started, r.ended IS NOT NULL,"
    " r.ended IS NOT NULL AND r.finished, CASE WHEN r.ended IS NOT NULL THEN r.ended_by END,"
    " coalesce(r.pass_mark, -1), CASE WHEN r.passed IS NULL THEN -1 ELSE r.passed END,"
    " max(coalesce(r.planned, r.nquestions), c.n), c.n, c.total,"
    " CASE WHEN r.ended IS NOT NULL AND r.max > 0 THEN 100.0 * r.total / r.max END"
    " FROM rounds r JOIN players p ON p.id = r.player"
    " JOIN (SELECT round_id, count(*) AS n, sum(score) AS total FROM answers GROUP BY round_id) c"
    " ON c.round_id = r.id ORDER BY r.started, r.id";
static const char *const rounds_sql_v2 =
    "SELECT r.id, p.name, r.quiz_id, NULL, r.seed, r.started, r.ended IS NOT NULL,"
    " r.ended IS NOT NULL AND c.n >= r.nquestions, CASE WHEN r.ended IS NOT NULL AND c.n >= r.nquestions"
    " THEN 'completed' END, -1, -1, max(r.nquestions, c.n), c.n, c.total, NULL"
    " FROM rounds r JOIN players p ON p.id = r.player"
    " JOIN (SELECT round_id, count(*) AS n, sum(score) AS total FROM answers GROUP BY round_id) c"
    " ON c.round_id = r.id ORDER BY r.started, r.id";

static const char *col(sqlite3_stmt *st, int i)
{
    return (const char *)sqlite3_column_text(st, i);
}

/* Adds the round on the statement's row, or keeps the copy already read when it has as
 * many answers. -1 when out of memory. */
static int merge_round(Report *r, int file, sqlite3_stmt *st)
{
    ReportRound rd = {0};
    rd.student = student_of(r, col(st, 1));
    rd.quiz = quiz_of(r, col(st, 2));
    if (rd.student < 0 || rd.quiz < 0) return -1;
    rd.file = file;
    rd.id = sqlite3_column_int64(st, 0);
    rd.seed = (uint64_t)sqlite3_column_int64(st, 4);
    rd.started = sqlite3_column_int64(st, 5);
    rd.ended = sqlite3_column_int(st, 6) != 0;
    rd.finished = sqlite3_column_int(st, 7) != 0;
    snprintf(rd.ended_by, sizeof rd.ended_by, "%s", col(st, 8) ? col(st, 8) : "");
    rd.pass_mark = sqlite3_column_int(st, 9);
    rd.passed = rd.pass_mark < 0 ? -1 : sqlite3_column_int(st, 10) > 0 && rd.finished;
    rd.planned = sqlite3_column_int(st, 11);
    rd.answers = sqlite3_column_int(st, 12);
    rd.total = sqlite3_column_int(st, 13);
    /* the round's own total over its max (questions may carry points); a round that never
     * ended, or one saved before v3, over 100 per planned question */
    if (sqlite3_column_type(st, 14) != SQLITE_NULL) rd.percent = sqlite3_column_double(st, 14);
    else rd.percent = rd.planned > 0 ? 100.0 * rd.total / (100.0 * rd.planned) : 0;
    ReportQuiz *q = &r->quizzes[rd.quiz];
    const char *title = col(st, 3);
    if (title && *title) snprintf(q->title, sizeof q->title, "%s", title);   /* rounds come oldest first */
    if (rd.ended) q->pass_mark = rd.pass_mark;

    int slot = 0;
    int have = index_find(r, &rd, &slot);
    if (have >= 0) {
        r->duplicates++;
        ReportRound *old = &r->rounds[have];
        if (rd.answers > old->answers || (rd.answers == old->answers && rd.ended && !old->ended)) *old = rd;
        return 0;
    }
    if (!grow((void **)&r->rounds, &r->caprounds, r->nrounds, sizeof *r->rounds)) return -1;
    r->rounds[r->nrounds++] = rd;
    r->index_->slots[slot] = r->nrounds;
    if (r->nrounds * 2 > r->index_->cap && !index_grow(r)) return -1;
    return 0;
}

static int read_rounds(Report *r, int file)
{
    ReportFile *f = &r->files[file];
    sqlite3 *db = open_checked(f);
    if (!db) return 0;
    sqlite3_stmt *st;
    int rc = sqlite3_prepare_v2(db, f->schema >= 3 ? rounds_sql_v3 : rounds_sql_v2, -1, &st, NULL);
    while (rc == SQLITE_OK && (rc = sqlite3_step(st)) == SQLITE_ROW) {
        if (merge_round(r, file, st) != 0) {
            sqlite3_finalize(st);
            sqlite3_close(db);
            return -1;
        }
        rc = SQLITE_OK;
    }
    if (rc != SQLITE_DONE) why(f, "cannot be read (%s)", sqlite3_errmsg(db));
    else f->ok = true;
    sqlite3_finalize(st);
    sqlite3_close(db);
    return 0;
}

/* ---- pass 2: answers ---- */

static ReportClicks *clicks_for(Report *r, const AtlasTrp *t, View v)
{
    for (int i = 0; i < r->nclicks; i++)
        if (r->clicks[i].trp == t && r->clicks[i].view == v) return &r->clicks[i];
    if (!grow((void **)&r->clicks, &r->capclicks, r->nclicks, sizeof *r->clicks)) return NULL;
    ReportClicks *c = &r->clicks[r->nclicks++];
    memset(c, 0, sizeof *c);
    c->trp = t;
    c->view = v;
    return c;
}

static ReportRefer *refer_for(Report *r, const AtlasTrp *t, View v)
{
    for (int i = 0; i < r->nrefers; i++)
        if (r->refers[i].trp == t && r->refers[i].view == v) return &r->refers[i];
    if (!grow((void **)&r->refers, &r->caprefers, r->nrefers, sizeof *r->refers)) return NULL;
    ReportRefer *x = &r->refers[r->nrefers];
    memset(x, 0, sizeof *x);
    x->heat = calloc(BODYGRID_W * BODYGRID_H, sizeof *x->heat);
    if (!x->heat) return NULL;
    x->trp = t;
    x->view = v;
    r->nrefers++;
    return x;
}

/* Left becomes right: the view of the right side's picture and a point mirrored into it. */
static View right_view(View v, Side s)
{
    return s == SIDE_LEFT && v == VIEW_LATERAL_LEFT ? VIEW_LATERAL_RIGHT : v;
}

static Vec2 right_point(Vec2 p, Side s)
{
    return s == SIDE_LEFT ? (Vec2){-p.x, p.y} : p;
}

/* The right side's area of the same id (midline areas are their own). */
static const AtlasArea *right_area(const Atlas *a, const AtlasArea *ar)
{
    if (!ar || ar->midline || ar->side == SIDE_RIGHT) return ar;
    for (int i = 0; i < a->nareas; i++)
        if (a->areas[i].side == SIDE_RIGHT && !a->areas[i].midline && !strcmp(a->areas[i].id, ar->id)) return &a->areas[i];
    return ar;
}

static void count_question(ReportQuiz *q, const AnswerFacts *x, int score)
{
    const AtlasTrp *t = x->kind->kind == QUIZ_LOCATE ? NULL : x->trp;
    ReportQuestion *e = NULL;
    for (int i = 0; i < q->nquestions && !e; i++)
        if (q->questions[i].kind == x->kind->kind && q->questions[i].muscle == x->muscle && q->questions[i].trp == t)
            e = &q->questions[i];
    if (!e) {
        if (!grow((void **)&q->questions, &q->capquestions, q->nquestions, sizeof *q->questions)) return;
        e = &q->questions[q->nquestions++];
        *e = (ReportQuestion){.kind = x->kind->kind, .muscle = x->muscle, .trp = t};
    }
    e->n++;
    e->score_sum += score;
    e->correct += x->correct;
    e->skipped += x->skipped;
}

static void count_click(Report *r, const AnswerFacts *x)
{
    if (!x->trp || x->view < 0 || x->side < 0) return;
    Side side = (Side)x->side;
    ReportClicks *c = clicks_for(r, x->trp, right_view((View)x->view, side));
    if (!c) return;
    if (x->skipped || !x->has_click) {
        c->skipped++;
        return;
    }
    if (x->click_view != (View)x->view) {
        c->wrong_view++;
        return;
    }
    /* a click nearer the other side's trigger point is a side error, not a miss */
    Vec2 at = x->trp->at[side][x->view], mirror = x->trp->at[1 - side][x->view];
    bool has_mirror = x->trp->has_at[1 - side][x->view] && !x->muscle->midline;
    float d = hypotf(x->click.x - at.x, x->click.y - at.y);
    if (has_mirror && hypotf(x->click.x - mirror.x, x->click.y - mirror.y) < d) c->wrong_side++;
    if (!grow((void **)&c->at, &c->cap, c->n, sizeof *c->at)) return;
    float *dist = realloc(c->dist, (size_t)c->cap * sizeof *dist);
    if (!dist) return;
    c->dist = dist;
    c->at[c->n] = right_point(x->click, side);
    c->dist[c->n++] = d;
}

static void count_refer(Report *r, const AnswerFacts *x, int score)
{
    if (!x->trp || x->view < 0 || x->side < 0) return;
    Side side = (Side)x->side;
    ReportRefer *e = refer_for(r, x->trp, right_view((View)x->view, side));
    if (!e) return;
    e->n++;
    e->score_sum += score;
    e->skipped += x->skipped;
    for (int i = 0; i < x->nareas; i++) {
        const AtlasArea *ar = right_area(r->atlas, x->areas[i]);
        ReportAreaCount *ac = NULL;
        for (int k = 0; k < e->nareas && !ac; k++)
            if (e->areas[k].area == ar) ac = &e->areas[k];
        if (!ac) {
            if (!grow((void **)&e->areas, &e->capareas, e->nareas, sizeof *e->areas)) return;
            ac = &e->areas[e->nareas++];
            memset(ac, 0, sizeof *ac);
            ac->area = ar;
        }
        ac->count[x->verdicts[i]]++;
    }
    if (!x->has_paint || x->paint_view != (View)x->view) return;
    /* the grid is symmetric about x = 0: cell column c mirrors to W - 1 - c */
    for (int y = x->paint_y0; y <= x->paint_y1; y++)
        for (int c = x->paint_x0; c <= x->paint_x1; c++)
            if (x->paint->cells[y * BODYGRID_W + c]) {
                int to = side == SIDE_LEFT ? BODYGRID_W - 1 - c : c;
                uint16_t *h = &e->heat[y * BODYGRID_W + to];
                if (*h < UINT16_MAX) (*h)++;
            }
}

static void count_choice(Report *r, const AnswerFacts *x)
{
    ReportConfusion *c = &r->confusion[x->kind->kind];
    if (!c->cells || !x->muscle) return;
    int n = r->atlas->nmuscles, row = (int)(x->muscle - r->atlas->muscles);
    const AtlasMuscle *chosen = x->chosen ? atlas_muscle(r->atlas, x->chosen) : NULL;
    int colm = chosen ? (int)(chosen - r->atlas->muscles) : n;   /* skipped (or unknown): the last column */
    c->cells[row * (n + 1) + colm]++;
    c->asked[row]++;
    c->total++;
}

/* The answers of one file's kept rounds; map[i] is the report round of the file's round ids[i]. */
typedef struct FileRounds { int64_t *ids; int *rounds; int n; } FileRounds;

static int cmp_id(const void *a, const void *b)
{
    int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
    return x < y ? -1 : x > y;
}

static int file_round(const FileRounds *fr, int64_t id)
{
    int lo = 0, hi = fr->n - 1;
    while (lo <= hi) {
        int mid = (lo + hi) / 2;
        if (fr->ids[mid] == id) return fr->rounds[mid];
        if (fr->ids[mid] < id) lo = mid + 1;
        else hi = mid - 1;
    }
    return -1;
}

static const char *const answers_sql_v3 =
    "SELECT round_id, n, kind, muscle, question, answer, score, ms, time, result FROM answers"
    " ORDER BY round_id, n, id";
static const char *const answers_sql_v2 =
    "SELECT round_id, n, kind, muscle, question, answer, score, ms, time, NULL FROM answers"
    " ORDER BY round_id, n, id";

static void read_answer(Report *r, int ri, sqlite3_stmt *st, FILE *csv)
{
    ReportRound *rd = &r->rounds[ri];
    ReportQuiz *q = &r->quizzes[rd->quiz];
    FactsInput in = {.kind = col(st, 2), .muscle = col(st, 3), .question = col(st, 4), .answer = col(st, 5),
                     .result = col(st, 9), .score = sqlite3_column_int(st, 6)};
    AnswerFacts x;
    facts_read(r->facts_, &in, &x);
    r->answers++;
    if (csv) {
        StatsAnswer a = {
            .round_id = ri + 1, .time = sqlite3_column_int64(st, 8), .player_name = r->students[rd->student].name,
            .quiz_id = q->id, .kind = in.kind, .muscle = in.muscle, .question = in.question, .answer = in.answer,
            .result = in.result, .n = sqlite3_column_int(st, 1), .score = in.score, .ms = sqlite3_column_int(st, 7),
            .title = q->title, .ended_by = rd->ended_by[0] ? rd->ended_by : NULL, .round_started = rd->started, .planned = rd->planned,
            .finished = rd->finished, .passed = rd->passed,
        };
        csv_answer_row(csv, &a, strcmp(q->title, q->id) ? q->title : NULL, &x);
    }
    if (!x.kind || !x.muscle) return;
    count_question(q, &x, in.score);
    if (x.kind->kind == QUIZ_LOCATE) count_click(r, &x);
    else if (x.kind->kind == QUIZ_REFER) count_refer(r, &x, in.score);
    if (x.kind->has_choices) count_choice(r, &x);
}

static int read_answers(Report *r, int file, FILE *csv)
{
    ReportFile *f = &r->files[file];
    FileRounds fr = {0};
    for (int i = 0; i < r->nrounds; i++) fr.n += r->rounds[i].file == file;
    if (fr.n == 0) return 0;
    fr.ids = malloc(sizeof *fr.ids * (size_t)fr.n * 2);
    fr.rounds = malloc(sizeof *fr.rounds * (size_t)fr.n);
    if (!fr.ids || !fr.rounds) {
        free(fr.ids);
        free(fr.rounds);
        return -1;
    }
    /* sort (id, round) pairs by id: ids[] holds the pairs while sorting */
    int k = 0;
    for (int i = 0; i < r->nrounds; i++)
        if (r->rounds[i].file == file) fr.ids[2 * k] = r->rounds[i].id, fr.ids[2 * k + 1] = i, k++;
    qsort(fr.ids, (size_t)fr.n, 2 * sizeof *fr.ids, cmp_id);
    for (int i = 0; i < fr.n; i++) fr.rounds[i] = (int)fr.ids[2 * i + 1], fr.ids[i] = fr.ids[2 * i];
    f->rounds = fr.n;

    sqlite3 *db = open_checked(f);
    if (!db) {
        free(fr.ids);
        free(fr.rounds);
        return 0;   /* it changed since the first pass: its rounds stay, its answers are missing */
    }
    f->ok = true;
    sqlite3_stmt *st;
    int rc = sqlite3_prepare_v2(db, f->schema >= 3 ? answers_sql_v3 : answers_sql_v2, -1, &st, NULL);
    while (rc == SQLITE_OK && (rc = sqlite3_step(st)) == SQLITE_ROW) {
        int ri = file_round(&fr, sqlite3_column_int64(st, 0));
        if (ri >= 0) {
            read_answer(r, ri, st, csv);
            f->answers++;
        }
        rc = SQLITE_OK;
    }
    if (rc != SQLITE_DONE) why(f, "could not be read to the end (%s); its answers so far are counted", sqlite3_errmsg(db));
    sqlite3_finalize(st);
    sqlite3_close(db);
    free(fr.ids);
    free(fr.rounds);
    return 0;
}

/* ---- grades ---- */

static void make_grades(Report *r)
{
    free(r->grades_);
    r->grades_ = calloc((size_t)(r->nstudents ? r->nstudents : 1) * (size_t)(r->nquizzes ? r->nquizzes : 1),
                        sizeof *r->grades_);
    if (!r->grades_) return;
    for (int i = 0; i < r->nstudents * r->nquizzes; i++)
        r->grades_[i] = (ReportGrade){.best = -1, .last = -1, .passed = -1};
    /* rounds are in the order read, so the last one seen is not always the latest: compare
     * start times */
    int64_t *last_at = calloc((size_t)(r->nstudents ? r->nstudents : 1) * (size_t)(r->nquizzes ? r->nquizzes : 1),
                              sizeof *last_at);
    for (int i = 0; i < r->nrounds; i++) {
        const ReportRound *rd = &r->rounds[i];
        ReportGrade *g = &r->grades_[rd->student * r->nquizzes + rd->quiz];
        ReportQuiz *q = &r->quizzes[rd->quiz];
        r->students[rd->student].rounds++;
        q->rounds++;
        g->rounds++;
        if (rd->pass_mark >= 0 && g->passed < 0) g->passed = 0;
        if (!rd->finished) {
            g->unfinished++;
            continue;
        }
        q->finished++;
        if (rd->percent > g->best) g->best = rd->percent;
        if (last_at && (g->last < 0 || rd->started >= last_at[rd->student * r->nquizzes + rd->quiz])) {
            g->last = rd->percent;
            last_at[rd->student * r->nquizzes + rd->quiz] = rd->started;
        }
        if (rd->passed == 1) g->passed = 1;
    }
    free(last_at);
}

ReportGrade report_grade(const Report *r, int student, int quiz)
{
    if (!r->grades_ || student < 0 || quiz < 0 || student >= r->nstudents || quiz >= r->nquizzes)
        return (ReportGrade){.best = -1, .last = -1, .passed = -1};
    return r->grades_[student * r->nquizzes + quiz];
}

int report_title_cmp(const char *a, const char *b)
{
    while (*a && *b) {
        if (isdigit((unsigned char)*a) && isdigit((unsigned char)*b)) {
            char *ea, *eb;
            unsigned long long x = strtoull(a, &ea, 10), y = strtoull(b, &eb, 10);
            if (x != y) return x < y ? -1 : 1;
            a = ea, b = eb;
            continue;
        }
        int ca = tolower((unsigned char)*a), cb = tolower((unsigned char)*b);
        if (ca != cb) return ca < cb ? -1 : 1;
        a++, b++;
    }
    return *a ? 1 : *b ? -1 : 0;
}

double report_round_percent(const ReportRound *rd)
{
    return rd->percent;
}

/* ---- reading ---- */

static void progress(Report *r, const char *what, int done, int total)
{
    if (r->progress) r->progress(what, done, total, r->progress_ud);
}

int report_read(Report *r, FILE *answers_csv)
{
    for (int i = 0; i < r->nfiles; i++) {
        if (read_rounds(r, i) != 0) return -1;
        progress(r, "reading rounds", i + 1, r->nfiles);
    }
    if (answers_csv) csv_answers_header(answers_csv);
    for (int i = 0; i < r->nfiles; i++) {
        if (r->files[i].ok && read_answers(r, i, answers_csv) != 0) return -1;
        progress(r, "reading answers", i + 1, r->nfiles);
    }
    make_grades(r);
    int skipped = 0;
    for (int i = 0; i < r->nfiles; i++) skipped += !r->files[i].ok;
    return skipped;
}
