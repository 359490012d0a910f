/* store: the score file in SQLite. Every write (player, round, answer, round end) is an
 * operation put on an in-memory queue and then written in its own BEGIN IMMEDIATE
 * transaction; when the disk refuses (read-only, full, busy too long, file missing) the
 * queue keeps it and the next call retries, so play never stops and nothing answered is
 * lost while the program runs. Opening checks the file (quick_check, application_id,
 * tables) and moves a damaged or foreign one aside; the schema and its migrations are in
 * one place (migrate). The journal is a rollback journal: docs/storage.md says why. */
#include "store/store.h"
#include "store/paths.h"
#include "quiz/review.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#include <sqlite3.h>

#define STORE_BUSY_MS 10000

typedef enum OpType { OP_PLAYER, OP_ROUND_BEGIN, OP_ANSWER, OP_ROUND_END } OpType;

typedef struct Op {
    OpType type;
    uint64_t seq;
    int64_t id;                   /* provisional id (player, round) or the round (answer, end) */
    int64_t player;               /* round begin */
    char *s1, *s2, *s3, *s4, *s5; /* name | quiz,hash | kind,muscle,question,answer */
    int64_t i1;                   /* seed | n | total */
    int64_t i2;                   /* nquestions | score | max */
    int64_t i3;                   /* ms */
    int64_t time;
} Op;

typedef struct IdMap { int64_t prov, real; } IdMap;

enum {
    ST_PLAYER_FIND, ST_PLAYER_INSERT, ST_ROUND_INSERT, ST_ROUND_PLAYER, ST_ANSWER_INSERT,
    ST_ROUND_END, ST_REVIEW_GET, ST_REVIEW_PUT, ST_META_SET, ST_COUNT
};

static const char *const stmt_sql[ST_COUNT] = {
    [ST_PLAYER_FIND] = "SELECT id FROM players WHERE name = ?1",
    [ST_PLAYER_INSERT] = "INSERT INTO players(name, created) VALUES(?1, ?2)",
    [ST_ROUND_INSERT] = "INSERT INTO rounds(player, quiz_id, quiz_hash, seed, nquestions, started)"
                        " VALUES(?1, ?2, ?3, ?4, ?5, ?6)",
    [ST_ROUND_PLAYER] = "SELECT player FROM rounds WHERE id = ?1",
    [ST_ANSWER_INSERT] = "INSERT INTO answers(round_id, player, n, kind, muscle, question, answer,"
                         " score, ms, time) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
    [ST_ROUND_END] = "UPDATE rounds SET ended = ?2, total = ?3, max = ?4 WHERE id = ?1",
    [ST_REVIEW_GET] = "SELECT ease, interval_days, repetitions, due, last_score FROM review"
                      " WHERE player = ?1 AND muscle = ?2 AND kind = ?3",
    [ST_REVIEW_PUT] = "INSERT INTO review(player, muscle, kind, ease, interval_days, repetitions,"
                      " due, last_score) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"
                      " ON CONFLICT(player, muscle, kind) DO UPDATE SET ease = excluded.ease,"
                      " interval_days = excluded.interval_days, repetitions = excluded.repetitions,"
                      " due = excluded.due, last_score = excluded.last_score",
    [ST_META_SET] = "INSERT INTO meta(key, value) VALUES(?1, ?2)"
                    " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
};

struct Store {
    char *dir, *path;
    sqlite3 *db;
    sqlite3_stmt *st[ST_COUNT];
    char error[600];
    char notice[600];
    Op *ops; int nops, capops;
    IdMap *ids; int nids, capids;
    int64_t next_prov;
    uint64_t seq, dropped_seq;
    bool in_batch;
};

/* The schema, version by version. A new version appends a step; a step never changes. */
static const char *const schema_v1 =
    "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT);"
    "CREATE TABLE players(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE COLLATE NOCASE,"
    " created INTEGER NOT NULL);"
    "CREATE TABLE rounds(id INTEGER PRIMARY KEY,"
    " player INTEGER NOT NULL REFERENCES players(id) ON DELETE CASCADE,"
    " quiz_id TEXT NOT NULL, quiz_hash TEXT, seed INTEGER NOT NULL, nquestions INTEGER NOT NULL,"
    " started INTEGER NOT NULL, ended INTEGER, total INTEGER, max INTEGER);"
    "CREATE TABLE answers(id INTEGER PRIMARY KEY,"
    " round_id INTEGER NOT NULL REFERENCES rounds(id) ON DELETE CASCADE,"
    " n INTEGER NOT NULL, kind TEXT NOT NULL, muscle TEXT, question TEXT, answer TEXT,"
    " score INTEGER NOT NULL, ms INTEGER NOT NULL, time INTEGER NOT NULL);"
    "CREATE INDEX answers_round ON answers(round_id);"
    "CREATE INDEX rounds_player ON rounds(player, started);";

/* v2: the review schedule, the player on each answer (mastery without a join) and the
 * indexes the statistics need. The review table is then rebuilt from the answers. */
static const char *const schema_v2 =
    "ALTER TABLE answers ADD COLUMN player INTEGER REFERENCES players(id) ON DELETE CASCADE;"
    "UPDATE answers SET player = (SELECT player FROM rounds WHERE rounds.id = answers.round_id);"
    "CREATE INDEX answers_player_muscle ON answers(player, muscle, id);"
    "CREATE INDEX answers_player_time ON answers(player, time);"
    "CREATE INDEX rounds_player_quiz ON rounds(player, quiz_id, started);"
    "CREATE TABLE review(player INTEGER NOT NULL REFERENCES players(id) ON DELETE CASCADE,"
    " muscle TEXT NOT NULL, kind TEXT NOT NULL, ease REAL NOT NULL,"
    " interval_days INTEGER NOT NULL, repetitions INTEGER NOT NULL, due INTEGER NOT NULL,"
    " last_score INTEGER NOT NULL, PRIMARY KEY(player, muscle, kind)) WITHOUT ROWID;"
    "CREATE INDEX review_due ON review(player, due);";

static void set_error(Store *s, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void set_error(Store *s, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(s->error, sizeof s->error, fmt, ap);
    va_end(ap);
}

static void set_notice(Store *s, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void set_notice(Store *s, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(s->notice, sizeof s->notice, fmt, ap);
    va_end(ap);
    fprintf(stderr, "trigger-trainer: %s\n", s->notice);
}

/* Errors after which a later retry may work: the operation stays queued. */
static bool rc_transient(int rc)
{
    switch (rc & 0xff) {
    case SQLITE_BUSY: case SQLITE_LOCKED: case SQLITE_READONLY: case SQLITE_CANTOPEN:
    case SQLITE_FULL: case SQLITE_IOERR: case SQLITE_NOMEM: case SQLITE_PERM:
    case SQLITE_PROTOCOL: case SQLITE_NOLFS:
        return true;
    default:
        return false;
    }
}

static const char *rc_words(int rc)
{
    /* SQLite reports ENOSPC as SQLITE_FULL; other failed writes (a quota, a size limit,
     * a failing disk) come as IOERR_WRITE or IOERR_FSYNC */
    if (rc == SQLITE_IOERR_WRITE || rc == SQLITE_IOERR_FSYNC)
        return "the disk refused the write (is it full?)";
    switch (rc & 0xff) {
    case SQLITE_FULL: return "the disk is full";
    case SQLITE_READONLY: case SQLITE_CANTOPEN: case SQLITE_PERM:
        return "the folder or the file cannot be written (read-only or no permission)";
    case SQLITE_BUSY: case SQLITE_LOCKED: return "another program kept the file busy";
    case SQLITE_IOERR: return "the disk reported an error";
    case SQLITE_NOMEM: return "out of memory";
    default: return "the database refused it";
    }
}

static void set_db_error(Store *s, int rc, const char *what)
{
    set_error(s, "could not %s in %s: %s (%s)%s", what, s->path, rc_words(rc),
              s->db ? sqlite3_errmsg(s->db) : sqlite3_errstr(rc),
              s->nops ? "; unsaved answers are kept and written as soon as possible" : "");
}

static char *dup_str(const char *src)
{
    if (!src) return NULL;
    size_t n = strlen(src) + 1;
    char *d = malloc(n);
    if (d) memcpy(d, src, n);
    return d;
}

/* ---- statements and transactions ---- */

static sqlite3_stmt *stmt_get(Store *s, int which)
{
    if (!s->st[which]) {
        int rc = sqlite3_prepare_v3(s->db, stmt_sql[which], -1, SQLITE_PREPARE_PERSISTENT,
                                    &s->st[which], NULL);
        if (rc != SQLITE_OK) {
            set_db_error(s, rc, "prepare a query");
            s->st[which] = NULL;
            return NULL;
        }
    }
    return s->st[which];
}

static void stmt_done(sqlite3_stmt *st)
{
    sqlite3_reset(st);
    sqlite3_clear_bindings(st);
}

static int step_done(sqlite3_stmt *st)
{
    int rc = sqlite3_step(st);
    stmt_done(st);
    return rc == SQLITE_DONE ? SQLITE_OK : rc;
}

/* Binds parameters 1, 2, ... by a format: 'i' int64_t, 'n' int, 'd' double, 't' text
 * (NULL binds NULL). Returns the first failure. */
static int bind_all(sqlite3_stmt *st, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int rc = SQLITE_OK;
    for (int i = 0; fmt[i] && rc == SQLITE_OK; i++) {
        const char *t;
        switch (fmt[i]) {
        case 'i': rc = sqlite3_bind_int64(st, i + 1, va_arg(ap, int64_t)); break;
        case 'n': rc = sqlite3_bind_int(st, i + 1, va_arg(ap, int)); break;
        case 'd': rc = sqlite3_bind_double(st, i + 1, va_arg(ap, double)); break;
        default:
            t = va_arg(ap, const char *);
            rc = t ? sqlite3_bind_text(st, i + 1, t, -1, SQLITE_STATIC) : sqlite3_bind_null(st, i + 1);
        }
    }
    va_end(ap);
    return rc;
}

static int exec_sql(sqlite3 *db, const char *sql)
{
    return sqlite3_exec(db, sql, NULL, NULL, NULL);
}

static int tx_begin(Store *s)
{
    return s->in_batch ? SQLITE_OK : exec_sql(s->db, "BEGIN IMMEDIATE");
}

static int tx_end(Store *s, int rc)
{
    if (s->in_batch) return rc;
    if (rc == SQLITE_OK) {
        rc = exec_sql(s->db, "COMMIT");
        if (rc == SQLITE_OK) return rc;
    }
    if (!sqlite3_get_autocommit(s->db)) {
        int rb = exec_sql(s->db, "ROLLBACK");
        (void)rb;  /* the first failure is the one worth reporting */
    }
    return rc;
}

static void db_close(Store *s)
{
    for (int i = 0; i < ST_COUNT; i++) {
        sqlite3_finalize(s->st[i]);
        s->st[i] = NULL;
    }
    if (s->db) {
        int rc = sqlite3_close(s->db);
        if (rc != SQLITE_OK)
            fprintf(stderr, "trigger-trainer: closing %s: %s\n", s->path, sqlite3_errstr(rc));
        s->db = NULL;
    }
}

/* Runs one-row integer queries such as PRAGMA user_version. */
static int query_int(sqlite3 *db, const char *sql, int64_t *out)
{
    sqlite3_stmt *st;
    int rc = sqlite3_prepare_v2(db, sql, -1, &st, NULL);
    if (rc != SQLITE_OK) return rc;
    rc = sqlite3_step(st);
    if (rc == SQLITE_ROW) {
        *out = sqlite3_column_int64(st, 0);
        rc = SQLITE_OK;
    } else if (rc == SQLITE_DONE) {
        *out = 0;
        rc = SQLITE_OK;
    }
    sqlite3_finalize(st);
    return rc;
}

/* ---- review ---- */

static int review_apply(Store *s, int64_t player, const char *muscle, const char *kind,
                        int score, int64_t when)
{
    sqlite3_stmt *get = stmt_get(s, ST_REVIEW_GET), *put = stmt_get(s, ST_REVIEW_PUT);
    if (!get || !put) return SQLITE_ERROR;
    ReviewState st;
    review_init(&st, when);
    int rc = bind_all(get, "itt", player, muscle, kind);
    if (rc == SQLITE_OK) rc = sqlite3_step(get);
    if (rc == SQLITE_ROW) {
        st.ease = sqlite3_column_double(get, 0);
        st.interval_days = sqlite3_column_int(get, 1);
        st.repetitions = sqlite3_column_int(get, 2);
        st.due = sqlite3_column_int64(get, 3);
        st.last_score = sqlite3_column_int(get, 4);
        rc = SQLITE_DONE;
    }
    stmt_done(get);
    if (rc != SQLITE_DONE) return rc;
    review_update(&st, score, when);
    rc = bind_all(put, "ittdnnin", player, muscle, kind, st.ease, st.interval_days,
                  st.repetitions, st.due, st.last_score);
    if (rc != SQLITE_OK) {
        stmt_done(put);
        return rc;
    }
    return step_done(put);
}

/* ---- schema ---- */

/* Replays every saved answer through the scheduler (used when v2 adds the table). */
static int review_rebuild(Store *s)
{
    sqlite3_stmt *q;
    int rc = sqlite3_prepare_v2(s->db,
        "SELECT r.player, a.muscle, a.kind, a.score, a.time FROM answers a"
        " JOIN rounds r ON r.id = a.round_id WHERE a.muscle IS NOT NULL AND a.muscle <> ''"
        " ORDER BY a.id", -1, &q, NULL);
    if (rc != SQLITE_OK) return rc;
    while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
        rc = review_apply(s, sqlite3_column_int64(q, 0), (const char *)sqlite3_column_text(q, 1),
                          (const char *)sqlite3_column_text(q, 2), sqlite3_column_int(q, 3),
                          sqlite3_column_int64(q, 4));
        if (rc != SQLITE_OK) break;
    }
    sqlite3_finalize(q);
    return rc == SQLITE_DONE ? SQLITE_OK : rc;
}

/* Brings the file to STORE_SCHEMA_VERSION, one step at a time, in one transaction. */
static int migrate(Store *s)
{
    int64_t ver;
    int rc = query_int(s->db, "PRAGMA user_version", &ver);
    if (rc != SQLITE_OK || ver == STORE_SCHEMA_VERSION) return rc;
    rc = exec_sql(s->db, "BEGIN IMMEDIATE");
    if (rc != SQLITE_OK) return rc;
    /* another process may have migrated while we waited for the lock */
    rc = query_int(s->db, "PRAGMA user_version", &ver);
    if (rc == SQLITE_OK && ver == 0) {
        rc = exec_sql(s->db, schema_v1);
        if (rc == SQLITE_OK) rc = exec_sql(s->db, "PRAGMA application_id = 1414820401");
        ver = 1;
    }
    if (rc == SQLITE_OK && ver == 1) {
        rc = exec_sql(s->db, schema_v2);
        if (rc == SQLITE_OK) rc = review_rebuild(s);
        ver = 2;
    }
    if (rc == SQLITE_OK) rc = exec_sql(s->db, "PRAGMA user_version = 2");
    if (rc == SQLITE_OK) rc = exec_sql(s->db, "COMMIT");
    if (rc != SQLITE_OK && !sqlite3_get_autocommit(s->db)) {
        int rb = exec_sql(s->db, "ROLLBACK");
        (void)rb;
    }
    return rc;
}

/* ---- opening ---- */

static int mkdir_p(const char *dir)
{
    char buf[4096];
    size_t n = strlen(dir);
    if (n == 0 || n >= sizeof buf) return -1;
    memcpy(buf, dir, n + 1);
    for (size_t i = 1; i <= n; i++) {
        if (buf[i] == '/' || buf[i] == '\0') {
            char c = buf[i];
            buf[i] = '\0';
            if (mkdir(buf, 0755) != 0 && errno != EEXIST) return -1;
            buf[i] = c;
        }
    }
    struct stat st;
    return stat(dir, &st) == 0 && S_ISDIR(st.st_mode) ? 0 : -1;
}

/* Renames the file (and a journal beside it) to scores.sqlite3.damaged-YYYYMMDD-HHMMSS. */
static int move_aside(Store *s, const char *why)
{
    char stamp[32], dst[4200];
    time_t now = time(NULL);
    struct tm tm;
    if (!localtime_r(&now, &tm) || !strftime(stamp, sizeof stamp, "%Y%m%d-%H%M%S", &tm))
        snprintf(stamp, sizeof stamp, "%lld", (long long)now);
    snprintf(dst, sizeof dst, "%s.damaged-%s", s->path, stamp);
    for (int k = 2; access(dst, F_OK) == 0 && k < 1000; k++)
        snprintf(dst, sizeof dst, "%s.damaged-%s-%d", s->path, stamp, k);
    if (rename(s->path, dst) != 0) {
        set_error(s, "%s is %s and could not be moved aside (%s); scores are kept in memory only",
                  s->path, why, strerror(errno));
        return -1;
    }
    char jsrc[4200], jdst[4300];
    snprintf(jsrc, sizeof jsrc, "%s-journal", s->path);
    snprintf(jdst, sizeof jdst, "%s-journal", dst);
    if (access(jsrc, F_OK) == 0 && rename(jsrc, jdst) != 0)
        fprintf(stderr, "trigger-trainer: could not move %s aside: %s\n", jsrc, strerror(errno));
    set_notice(s, "%s was %s: it was moved to %s and a new score file was started", s->path,
               why, dst);
    return 0;
}

typedef enum FileVerdict { FILE_OK, FILE_DAMAGED, FILE_FOREIGN, FILE_NEWER, FILE_ERROR } FileVerdict;

static bool rc_damage(int rc)
{
    return (rc & 0xff) == SQLITE_NOTADB || (rc & 0xff) == SQLITE_CORRUPT;
}

/* Checks an open file: SQLite header, quick_check, our application_id and tables. */
static FileVerdict check_file(Store *s, int *rc_out)
{
    sqlite3_stmt *st;
    int rc = sqlite3_prepare_v2(s->db, "PRAGMA quick_check", -1, &st, NULL);
    if (rc == SQLITE_OK) {
        rc = sqlite3_step(st);
        bool ok = rc == SQLITE_ROW && sqlite3_column_text(st, 0) &&
                  !strcmp((const char *)sqlite3_column_text(st, 0), "ok");
        if (rc == SQLITE_ROW) rc = SQLITE_OK;
        sqlite3_finalize(st);
        if (rc == SQLITE_OK && !ok) return FILE_DAMAGED;
    }
    int64_t app = 0, ntables = 0, ver = 0;
    if (rc == SQLITE_OK) rc = query_int(s->db, "PRAGMA application_id", &app);
    if (rc == SQLITE_OK) rc = query_int(s->db, "SELECT count(*) FROM sqlite_schema", &ntables);
    if (rc == SQLITE_OK) rc = query_int(s->db, "PRAGMA user_version", &ver);
    *rc_out = rc;
    if (rc != SQLITE_OK) return rc_damage(rc) ? FILE_DAMAGED : FILE_ERROR;
    if (app != STORE_APPLICATION_ID && (app != 0 || ntables > 0)) return FILE_FOREIGN;
    if (app == STORE_APPLICATION_ID && ver > STORE_SCHEMA_VERSION) return FILE_NEWER;
    if (app == STORE_APPLICATION_ID) {
        int64_t ours = 0;
        rc = query_int(s->db, "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND"
                              " name IN ('players', 'rounds', 'answers')", &ours);
        *rc_out = rc;
        if (rc != SQLITE_OK) return FILE_ERROR;
        if (ver >= 1 && ours != 3) return FILE_DAMAGED;
    }
    return FILE_OK;
}

/* A file that exists with content must start with the SQLite header. */
static bool header_foreign(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f) return false;   /* unreadable: sqlite will say why */
    char head[16] = {0};
    size_t n = fread(head, 1, sizeof head, f);
    fclose(f);
    return n > 0 && (n < 16 || memcmp(head, "SQLite format 3", 16) != 0);
}

static int open_once(Store *s, FileVerdict *verdict)
{
    *verdict = FILE_OK;
    if (header_foreign(s->path)) {
        *verdict = FILE_FOREIGN;
        return -1;
    }
    int rc = sqlite3_open_v2(s->path, &s->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL);
    if (rc != SQLITE_OK) {
        set_db_error(s, rc, "open the score file");
        db_close(s);
        *verdict = FILE_ERROR;
        return -1;
    }
    rc = sqlite3_extended_result_codes(s->db, 1);
    if (rc == SQLITE_OK) rc = sqlite3_busy_timeout(s->db, STORE_BUSY_MS);
    if (rc != SQLITE_OK) {
        set_db_error(s, rc, "open the score file");
        db_close(s);
        *verdict = FILE_ERROR;
        return -1;
    }
    *verdict = check_file(s, &rc);
    if (*verdict == FILE_ERROR) set_db_error(s, rc, "read the score file");
    if (*verdict == FILE_NEWER)
        set_error(s, "%s was written by a newer Trigger Trainer; it is left untouched and "
                     "scores are kept in memory only", s->path);
    if (*verdict != FILE_OK) {
        db_close(s);
        return -1;
    }
    rc = exec_sql(s->db, "PRAGMA foreign_keys = ON");
    /* rollback journal, not WAL: see docs/storage.md (WAL-reset race in SQLite < 3.51.3) */
    if (rc == SQLITE_OK) rc = exec_sql(s->db, "PRAGMA journal_mode = DELETE");
    if (rc == SQLITE_OK) rc = exec_sql(s->db, "PRAGMA synchronous = EXTRA");
    if (rc == SQLITE_OK) rc = migrate(s);
    if (rc != SQLITE_OK) {
        if (rc_damage(rc)) *verdict = FILE_DAMAGED;
        else set_db_error(s, rc, "prepare the score file");
        db_close(s);
        if (*verdict == FILE_OK) *verdict = FILE_ERROR;
        return -1;
    }
    return 0;
}

/* Opens s->path into s->db, moving a damaged or foreign file aside (once). */
static int open_file(Store *s)
{
    if (mkdir_p(s->dir) != 0) {
        set_error(s, "could not create the folder %s (%s); scores are kept in memory only",
                  s->dir, strerror(errno));
        return -1;
    }
    FileVerdict v;
    if (open_once(s, &v) == 0) return 0;
    if (v != FILE_DAMAGED && v != FILE_FOREIGN) return -1;
    if (move_aside(s, v == FILE_DAMAGED ? "damaged" : "not a Trigger Trainer score file") != 0)
        return -1;
    return open_once(s, &v);
}

const char *store_default_dir(void)
{
    return paths_data_dir();
}

Store *store_open(const char *dir)
{
    Store *s = calloc(1, sizeof *s);
    if (!s) return NULL;
    if (!dir || !dir[0]) dir = store_default_dir();
    s->dir = dup_str(dir);
    size_t n = strlen(dir) + sizeof "/" STORE_FILE_NAME;
    s->path = malloc(n);
    if (!s->dir || !s->path) {
        free(s->dir);
        free(s->path);
        free(s);
        return NULL;
    }
    snprintf(s->path, n, "%s/%s", dir, STORE_FILE_NAME);
    s->next_prov = STORE_PROVISIONAL_BASE;
    if (open_file(s) != 0)
        fprintf(stderr, "trigger-trainer: %s\n", s->error);
    return s;
}

/* ---- the operation queue ---- */

static void op_free(Op *op)
{
    free(op->s1); free(op->s2); free(op->s3); free(op->s4); free(op->s5);
}

static Op *op_push(Store *s, OpType type)
{
    if (s->nops == s->capops) {
        int cap = s->capops ? s->capops * 2 : 16;
        Op *ops = realloc(s->ops, (size_t)cap * sizeof *ops);
        if (!ops) return NULL;
        s->ops = ops;
        s->capops = cap;
    }
    Op *op = &s->ops[s->nops++];
    memset(op, 0, sizeof *op);
    op->type = type;
    op->seq = ++s->seq;
    op->time = (int64_t)time(NULL);
    return op;
}

static void op_pop_last(Store *s)
{
    op_free(&s->ops[--s->nops]);
}

static int64_t prov_new(Store *s)
{
    if (s->nids == s->capids) {
        int cap = s->capids ? s->capids * 2 : 16;
        IdMap *ids = realloc(s->ids, (size_t)cap * sizeof *ids);
        if (!ids) return -1;
        s->ids = ids;
        s->capids = cap;
    }
    int64_t id = s->next_prov++;
    s->ids[s->nids++] = (IdMap){id, 0};
    return id;
}

/* The real id of a provisional one once written, else the id itself. */
static int64_t id_real(const Store *s, int64_t id)
{
    if (id < STORE_PROVISIONAL_BASE) return id;
    for (int i = 0; i < s->nids; i++)
        if (s->ids[i].prov == id) return s->ids[i].real ? s->ids[i].real : id;
    return id;
}

static void id_resolve(Store *s, int64_t prov, int64_t real)
{
    for (int i = 0; i < s->nids; i++)
        if (s->ids[i].prov == prov) s->ids[i].real = real;
}

static int exec_player(Store *s, Op *op)
{
    sqlite3_stmt *find = stmt_get(s, ST_PLAYER_FIND), *ins = stmt_get(s, ST_PLAYER_INSERT);
    if (!find || !ins) return SQLITE_ERROR;
    int rc = bind_all(find, "t", op->s1);
    if (rc == SQLITE_OK) rc = sqlite3_step(find);
    int64_t id = rc == SQLITE_ROW ? sqlite3_column_int64(find, 0) : 0;
    stmt_done(find);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) return rc;
    if (!id) {
        rc = bind_all(ins, "ti", op->s1, op->time);
        rc = rc == SQLITE_OK ? step_done(ins) : (stmt_done(ins), rc);
        if (rc != SQLITE_OK) return rc;
        id = sqlite3_last_insert_rowid(s->db);
    }
    id_resolve(s, op->id, id);
    return SQLITE_OK;
}

static int meta_set_int(Store *s, const char *key, int64_t v)
{
    sqlite3_stmt *st = stmt_get(s, ST_META_SET);
    if (!st) return SQLITE_ERROR;
    int rc = bind_all(st, "ti", key, v);
    return rc == SQLITE_OK ? step_done(st) : (stmt_done(st), rc);
}

static int exec_round_begin(Store *s, Op *op)
{
    sqlite3_stmt *ins = stmt_get(s, ST_ROUND_INSERT);
    if (!ins) return SQLITE_ERROR;
    int64_t player = id_real(s, op->player);
    int rc = bind_all(ins, "ittiii", player, op->s1, op->s2, op->i1, op->i2, op->time);
    rc = rc == SQLITE_OK ? step_done(ins) : (stmt_done(ins), rc);
    if (rc != SQLITE_OK) return rc;
    id_resolve(s, op->id, sqlite3_last_insert_rowid(s->db));
    return meta_set_int(s, "last_player", player);
}

static int exec_answer(Store *s, Op *op)
{
    sqlite3_stmt *who = stmt_get(s, ST_ROUND_PLAYER), *ins = stmt_get(s, ST_ANSWER_INSERT);
    if (!who || !ins) return SQLITE_ERROR;
    int64_t round = id_real(s, op->id);
    int rc = bind_all(who, "i", round);
    if (rc == SQLITE_OK) rc = sqlite3_step(who);
    int64_t player = rc == SQLITE_ROW ? sqlite3_column_int64(who, 0) : 0;
    stmt_done(who);
    if (rc == SQLITE_DONE) {
        set_error(s, "answer %d names round %lld, which does not exist", (int)op->i1, (long long)round);
        return SQLITE_CONSTRAINT;
    }
    if (rc != SQLITE_ROW) return rc;
    rc = bind_all(ins, "iiittttiii", round, player, op->i1, op->s1 ? op->s1 : "", op->s2, op->s3,
                  op->s4, op->i2, op->i3, op->time);
    rc = rc == SQLITE_OK ? step_done(ins) : (stmt_done(ins), rc);
    if (rc == SQLITE_OK && op->s1 && op->s1[0] && op->s2 && op->s2[0])
        rc = review_apply(s, player, op->s2, op->s1, (int)op->i2, op->time);
    return rc;
}

static int exec_round_end(Store *s, Op *op)
{
    sqlite3_stmt *up = stmt_get(s, ST_ROUND_END);
    if (!up) return SQLITE_ERROR;
    int64_t round = id_real(s, op->id);
    int rc = bind_all(up, "iiii", round, op->time, op->i1, op->i2);
    rc = rc == SQLITE_OK ? step_done(up) : (stmt_done(up), rc);
    if (rc == SQLITE_OK && sqlite3_changes(s->db) == 0) {
        set_error(s, "round %lld does not exist", (long long)round);
        return SQLITE_CONSTRAINT;
    }
    return rc;
}

static int op_exec(Store *s, Op *op)
{
    int rc = tx_begin(s);
    if (rc != SQLITE_OK) return rc;
    switch (op->type) {
    case OP_PLAYER: rc = exec_player(s, op); break;
    case OP_ROUND_BEGIN: rc = exec_round_begin(s, op); break;
    case OP_ANSWER: rc = exec_answer(s, op); break;
    case OP_ROUND_END: rc = exec_round_end(s, op); break;
    }
    return tx_end(s, rc);
}

static const char *op_what(const Op *op)
{
    switch (op->type) {
    case OP_PLAYER: return "save the player";
    case OP_ROUND_BEGIN: return "start the round";
    case OP_ANSWER: return "save the answer";
    default: return "finish the round";
    }
}

int store_flush(Store *s)
{
    if (!s) return -1;
    if (!s->db && open_file(s) != 0) return s->nops ? -1 : 0;
    while (s->nops > 0) {
        Op *op = &s->ops[0];
        int rc = op_exec(s, op);
        if (rc != SQLITE_OK) {
            if (rc_transient(rc)) {
                set_db_error(s, rc, op_what(op));
                return -1;
            }
            /* the operation itself is wrong: retrying would block the queue forever */
            if ((rc & 0xff) != SQLITE_CONSTRAINT || !s->error[0])
                set_db_error(s, rc, op_what(op));
            s->dropped_seq = op->seq;
        }
        op_free(op);
        memmove(s->ops, s->ops + 1, (size_t)(--s->nops) * sizeof *s->ops);
    }
    return 0;
}

/* Queues op, writes the queue, and says how op itself went: 0 written, 1 kept, -1 refused. */
static int submit(Store *s, uint64_t seq)
{
    s->error[0] = '\0';
    store_flush(s);
    if (s->dropped_seq == seq) return -1;
    for (int i = 0; i < s->nops; i++)
        if (s->ops[i].seq == seq) return 1;
    return 0;
}

/* ---- public writes ---- */

bool store_player_name_valid(const char *name)
{
    if (!name || !name[0] || strlen(name) >= STORE_NAME_MAX) return false;
    for (const unsigned char *p = (const unsigned char *)name; *p; p++)
        if (*p < 0x20 || *p == 0x7f) return false;
    return name[0] != ' ' && name[strlen(name) - 1] != ' ';
}

int64_t store_player_ensure(Store *s, const char *name)
{
    if (!s) return -1;
    if (!store_player_name_valid(name)) {
        set_error(s, "a player name has 1 to %d characters, no leading or trailing spaces",
                  STORE_NAME_MAX - 1);
        return -1;
    }
    int64_t prov = prov_new(s);
    Op *op = prov < 0 ? NULL : op_push(s, OP_PLAYER);
    if (!op || !(op->s1 = dup_str(name))) {
        if (op) op_pop_last(s);
        set_error(s, "out of memory");
        return -1;
    }
    op->id = prov;
    return submit(s, op->seq) < 0 ? -1 : id_real(s, prov);
}

int64_t store_round_begin(Store *s, int64_t player, const char *quiz_id, const char *quiz_hash,
                          uint64_t seed, int nquestions)
{
    if (!s || player <= 0 || !quiz_id) return -1;
    int64_t prov = prov_new(s);
    Op *op = prov < 0 ? NULL : op_push(s, OP_ROUND_BEGIN);
    if (!op || !(op->s1 = dup_str(quiz_id)) || (quiz_hash && !(op->s2 = dup_str(quiz_hash)))) {
        if (op) op_pop_last(s);
        set_error(s, "out of memory");
        return -1;
    }
    op->id = prov;
    op->player = player;
    op->i1 = (int64_t)seed;
    op->i2 = nquestions;
    return submit(s, op->seq) < 0 ? -1 : id_real(s, prov);
}

int store_answer_save(Store *s, const StoreAnswer *a)
{
    if (!s || !a || a->round_id <= 0) return -1;
    Op *op = op_push(s, OP_ANSWER);
    if (!op || (a->kind && !(op->s1 = dup_str(a->kind))) ||
        (a->muscle && !(op->s2 = dup_str(a->muscle))) ||
        (a->question && !(op->s3 = dup_str(a->question))) ||
        (a->answer && !(op->s4 = dup_str(a->answer)))) {
        if (op) op_pop_last(s);
        set_error(s, "out of memory");
        return -1;
    }
    op->id = a->round_id;
    op->i1 = a->n;
    op->i2 = a->score < 0 ? 0 : a->score > 100 ? 100 : a->score;
    op->i3 = a->ms < 0 ? 0 : a->ms;
    return submit(s, op->seq) == 0 ? 0 : -1;
}

int store_round_end(Store *s, int64_t round_id, int total, int max)
{
    if (!s || round_id <= 0) return -1;
    Op *op = op_push(s, OP_ROUND_END);
    if (!op) {
        set_error(s, "out of memory");
        return -1;
    }
    op->id = round_id;
    op->i1 = total;
    op->i2 = max;
    return submit(s, op->seq) == 0 ? 0 : -1;
}

int store_pending(const Store *s)
{
    return s ? s->nops : 0;
}

/* ---- players ---- */

/* Direct (not queued) operations need the file and an empty queue, so ids are real. */
static int need_db(Store *s)
{
    s->error[0] = '\0';
    if (store_flush(s) != 0 || !s->db) {
        if (!s->error[0]) set_error(s, "the score file %s is not open", s->path);
        return -1;
    }
    return 0;
}

int64_t store_player_find(Store *s, const char *name)
{
    if (!s || !name || need_db(s) != 0) return -1;
    sqlite3_stmt *find = stmt_get(s, ST_PLAYER_FIND);
    if (!find) return -1;
    int rc = bind_all(find, "t", name);
    if (rc == SQLITE_OK) rc = sqlite3_step(find);
    int64_t id = rc == SQLITE_ROW ? sqlite3_column_int64(find, 0) : 0;
    stmt_done(find);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
        set_db_error(s, rc, "look up the player");
        return -1;
    }
    return id;
}

int store_player_name(Store *s, int64_t id, char *buf, size_t len)
{
    if (!s || !buf || len == 0 || need_db(s) != 0) return -1;
    sqlite3_stmt *st;
    int rc = sqlite3_prepare_v2(s->db, "SELECT name FROM players WHERE id = ?1", -1, &st, NULL);
    if (rc != SQLITE_OK) {
        set_db_error(s, rc, "look up the player");
        return -1;
    }
    rc = bind_all(st, "i", id_real(s, id));
    if (rc == SQLITE_OK) rc = sqlite3_step(st);
    if (rc == SQLITE_ROW) snprintf(buf, len, "%s", (const char *)sqlite3_column_text(st, 0));
    else if (rc == SQLITE_DONE) set_error(s, "there is no player %lld", (long long)id);
    else set_db_error(s, rc, "look up the player");
    sqlite3_finalize(st);
    return rc == SQLITE_ROW ? 0 : -1;
}

/* One write statement with two bound values in its own transaction. */
static int write_one(Store *s, const char *sql, int64_t a, const char *b, const char *what)
{
    if (need_db(s) != 0) return -1;
    sqlite3_stmt *st;
    int rc = exec_sql(s->db, "BEGIN IMMEDIATE");
    if (rc == SQLITE_OK) rc = sqlite3_prepare_v2(s->db, sql, -1, &st, NULL);
    else st = NULL;
    if (rc == SQLITE_OK) {
        rc = b ? bind_all(st, "it", a, b) : bind_all(st, "i", a);
        if (rc == SQLITE_OK) rc = sqlite3_step(st);
        rc = rc == SQLITE_DONE ? SQLITE_OK : rc;
        sqlite3_finalize(st);
        if (rc == SQLITE_OK && sqlite3_changes(s->db) == 0) {
            set_error(s, "there is no player %lld", (long long)a);
            rc = SQLITE_NOTFOUND;
        }
    }
    if (rc == SQLITE_OK) rc = exec_sql(s->db, "COMMIT");
    if (rc != SQLITE_OK) {
        if (!sqlite3_get_autocommit(s->db)) {
            int rb = exec_sql(s->db, "ROLLBACK");
            (void)rb;
        }
        if ((rc & 0xff) == SQLITE_CONSTRAINT) set_error(s, "that name is already taken");
        else if (rc != SQLITE_NOTFOUND) set_db_error(s, rc, what);
        return -1;
    }
    return 0;
}

int store_player_rename(Store *s, int64_t id, const char *new_name)
{
    if (!s) return -1;
    if (!store_player_name_valid(new_name)) {
        set_error(s, "a player name has 1 to %d characters, no leading or trailing spaces",
                  STORE_NAME_MAX - 1);
        return -1;
    }
    return write_one(s, "UPDATE players SET name = ?2 WHERE id = ?1", id_real(s, id), new_name,
                     "rename the player");
}

int store_player_delete(Store *s, int64_t id)
{
    if (!s) return -1;
    return write_one(s, "DELETE FROM players WHERE id = ?1", id_real(s, id), NULL,
                     "delete the player");
}

int store_player_select(Store *s, int64_t id)
{
    if (!s || need_db(s) != 0) return -1;
    id = id_real(s, id);
    int64_t exists = 0;
    char sql[96];
    snprintf(sql, sizeof sql, "SELECT count(*) FROM players WHERE id = %lld", (long long)id);
    int rc = query_int(s->db, sql, &exists);
    if (rc == SQLITE_OK && !exists) {
        set_error(s, "there is no player %lld", (long long)id);
        return -1;
    }
    if (rc == SQLITE_OK) {
        rc = exec_sql(s->db, "BEGIN IMMEDIATE");
        if (rc == SQLITE_OK) rc = tx_end(s, meta_set_int(s, "last_player", id));
    }
    if (rc != SQLITE_OK) {
        set_db_error(s, rc, "remember the player");
        return -1;
    }
    return 0;
}

int64_t store_player_last(Store *s)
{
    if (!s || need_db(s) != 0) return -1;
    int64_t id = 0;
    int rc = query_int(s->db, "SELECT p.id FROM meta m JOIN players p ON p.id = CAST(m.value AS INTEGER)"
                              " WHERE m.key = 'last_player'", &id);
    if (rc != SQLITE_OK) {
        set_db_error(s, rc, "read the last player");
        return -1;
    }
    return id;
}

int store_player_list(Store *s, StorePlayer *out, int max)
{
    if (!s || need_db(s) != 0) return -1;
    sqlite3_stmt *st;
    int rc = sqlite3_prepare_v2(s->db,
        "SELECT p.id, p.name, p.created, (SELECT count(*) FROM rounds r WHERE r.player = p.id)"
        " FROM players p ORDER BY p.name COLLATE NOCASE", -1, &st, NULL);
    if (rc != SQLITE_OK) {
        set_db_error(s, rc, "list the players");
        return -1;
    }
    int n = 0;
    while (n < max && (rc = sqlite3_step(st)) == SQLITE_ROW) {
        out[n].id = sqlite3_column_int64(st, 0);
        snprintf(out[n].name, sizeof out[n].name, "%s", (const char *)sqlite3_column_text(st, 1));
        out[n].created = sqlite3_column_int64(st, 2);
        out[n].rounds = sqlite3_column_int(st, 3);
        n++;
    }
    sqlite3_finalize(st);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
        set_db_error(s, rc, "list the players");
        return -1;
    }
    return n;
}

/* ---- review ---- */

static void review_row(sqlite3_stmt *st, StoreReviewItem *it)
{
    snprintf(it->muscle, sizeof it->muscle, "%s", (const char *)sqlite3_column_text(st, 0));
    snprintf(it->kind, sizeof it->kind, "%s", (const char *)sqlite3_column_text(st, 1));
    it->ease = sqlite3_column_double(st, 2);
    it->interval_days = sqlite3_column_int(st, 3);
    it->repetitions = sqlite3_column_int(st, 4);
    it->due = sqlite3_column_int64(st, 5);
    it->last_score = sqlite3_column_int(st, 6);
}

int store_review_pick(Store *s, int64_t player, int64_t now, int max, StoreReviewItem *out)
{
    if (!s || max < 0 || need_db(s) != 0) return -1;
    sqlite3_stmt *st;
    int rc = sqlite3_prepare_v2(s->db,
        "SELECT muscle, kind, ease, interval_days, repetitions, due, last_score FROM review"
        " WHERE player = ?1 ORDER BY due > ?2, last_score, ease, due, muscle, kind LIMIT ?3",
        -1, &st, NULL);
    if (rc != SQLITE_OK) {
        set_db_error(s, rc, "read the review schedule");
        return -1;
    }
    rc = bind_all(st, "iin", id_real(s, player), now, max);
    int n = 0;
    if (rc == SQLITE_OK)
        while (n < max && (rc = sqlite3_step(st)) == SQLITE_ROW) review_row(st, &out[n++]);
    if (rc == SQLITE_OK) rc = SQLITE_DONE;   /* max == 0 */
    sqlite3_finalize(st);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
        set_db_error(s, rc, "read the review schedule");
        return -1;
    }
    return n;
}

int store_review_get(Store *s, int64_t player, const char *muscle, const char *kind,
                     StoreReviewItem *out)
{
    if (!s || !muscle || !kind || need_db(s) != 0) return -1;
    sqlite3_stmt *st;
    int rc = sqlite3_prepare_v2(s->db,
        "SELECT muscle, kind, ease, interval_days, repetitions, due, last_score FROM review"
        " WHERE player = ?1 AND muscle = ?2 AND kind = ?3", -1, &st, NULL);
    if (rc != SQLITE_OK) {
        set_db_error(s, rc, "read the review schedule");
        return -1;
    }
    rc = bind_all(st, "itt", id_real(s, player), muscle, kind);
    if (rc == SQLITE_OK) rc = sqlite3_step(st);
    if (rc == SQLITE_ROW) review_row(st, out);
    sqlite3_finalize(st);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
        set_db_error(s, rc, "read the review schedule");
        return -1;
    }
    return rc == SQLITE_ROW ? 1 : 0;
}

/* ---- batches, accessors, close ---- */

int store_batch_begin(Store *s)
{
    if (!s || s->in_batch || need_db(s) != 0) return -1;
    int rc = exec_sql(s->db, "BEGIN IMMEDIATE");
    if (rc != SQLITE_OK) {
        set_db_error(s, rc, "start a batch");
        return -1;
    }
    s->in_batch = true;
    return 0;
}

int store_batch_end(Store *s)
{
    if (!s || !s->in_batch) return -1;
    s->in_batch = false;
    int rc = exec_sql(s->db, "COMMIT");
    if (rc != SQLITE_OK) {
        set_db_error(s, rc, "finish a batch");
        if (!sqlite3_get_autocommit(s->db)) {
            int rb = exec_sql(s->db, "ROLLBACK");
            (void)rb;
        }
        return -1;
    }
    return 0;
}

const char *store_error(const Store *s)
{
    return s && s->error[0] ? s->error : NULL;
}

const char *store_notice(const Store *s)
{
    return s && s->notice[0] ? s->notice : NULL;
}

const char *store_path(const Store *s)
{
    return s ? s->path : NULL;
}

struct sqlite3 *store_db(Store *s)
{
    return s ? s->db : NULL;
}

void store_report(Store *s, int sqlite_rc, const char *what)
{
    if (s) set_db_error(s, sqlite_rc, what);
}

void store_close(Store *s)
{
    if (!s) return;
    if (s->in_batch) store_batch_end(s);
    if (store_flush(s) != 0 && s->nops > 0) {
        int nanswers = 0;
        for (int i = 0; i < s->nops; i++) nanswers += s->ops[i].type == OP_ANSWER;
        fprintf(stderr, "trigger-trainer: %d answer(s) could not be saved: %s\n", nanswers,
                s->error);
    }
    for (int i = 0; i < s->nops; i++) op_free(&s->ops[i]);
    free(s->ops);
    free(s->ids);
    db_close(s);
    free(s->dir);
    free(s->path);
    free(s);
}
