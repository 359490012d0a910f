/* store: the score file in SQLite: opening and checking it (quick_check, application_id,
 * tables; a damaged or foreign file is moved aside), the schema and its migrations in one
 * place (migrate), the prepared statements and transactions the writes use, batches and
 * closing. Every write is an operation on the queue of store_queue.c, written in its own
 * BEGIN IMMEDIATE transaction at the time its caller gives; store_players.c holds the
 * direct player operations and the review reads. The journal is a rollback journal:
 * docs/storage.md says why. */
#include "store/store_internal.h"
#include "store/paths.h"
#include "store/review.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#define STORE_BUSY_MS 10000

static const char *const stmt_sql[ST_COUNT] = {
    [ST_PLAYER_FIND] = "SELECT id FROM players WHERE name = ?1",
    [ST_PLAYER_INSERT] = "INSERT INTO players(name, created) VALUES(?1, ?2)",
    [ST_ROUND_INSERT] = "INSERT INTO rounds(player, quiz_id, quiz_hash, seed, nquestions, started)"
                        " VALUES(?1, ?2, ?3, ?4, ?5, ?6)",
    [ST_ROUND_PLAYER] = "SELECT player FROM rounds WHERE id = ?1",
    [ST_ANSWER_INSERT] = "INSERT INTO answers(round_id, player, n, kind, muscle, question, answer,"
                         " score, ms, time, result) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
    [ST_ROUND_END] = "UPDATE rounds SET ended = ?2, total = ?3, max = ?4, planned = ?5, finished = ?6,"
                     " ended_by = ?7, pass_mark = ?8, passed = ?9, title = ?10, feedback = ?11, error = ?12"
                     " WHERE id = ?1",
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

/* v3: rounds record how they ended (design.md section 8): planned, finished, ended_by,
 * pass_mark, passed, the quiz's title, on_finish's feedback and a script error; answers keep
 * their result as JSON. v2 rounds become what the file can tell about them: a round with no
 * answer recorded nothing and goes; one that ended with every question it planned answered
 * is finished and "completed"; any other is unfinished, its ended_by unknown (NULL: quit,
 * end of input and script errors were not told apart). Grading counts the planned
 * questions, so an ended round's max becomes 100 per planned question. */
static const char *const schema_v3 =
    "ALTER TABLE rounds ADD COLUMN planned INTEGER;"
    "ALTER TABLE rounds ADD COLUMN finished INTEGER NOT NULL DEFAULT 0;"
    "ALTER TABLE rounds ADD COLUMN ended_by TEXT;"
    "ALTER TABLE rounds ADD COLUMN pass_mark INTEGER;"
    "ALTER TABLE rounds ADD COLUMN passed INTEGER;"
    "ALTER TABLE rounds ADD COLUMN title TEXT;"
    "ALTER TABLE rounds ADD COLUMN feedback TEXT;"
    "ALTER TABLE rounds ADD COLUMN error TEXT;"
    "ALTER TABLE answers ADD COLUMN result TEXT;"
    "DELETE FROM rounds WHERE NOT EXISTS (SELECT 1 FROM answers a WHERE a.round_id = rounds.id);"
    "UPDATE rounds SET planned = max(nquestions, (SELECT count(*) FROM answers a WHERE a.round_id = rounds.id));"
    "UPDATE rounds SET finished = 1, ended_by = 'completed'"
    " WHERE ended IS NOT NULL AND (SELECT count(*) FROM answers a WHERE a.round_id = rounds.id) >= planned;"
    "UPDATE rounds SET max = 100 * planned WHERE ended IS NOT NULL;"
    "CREATE INDEX rounds_started ON rounds(started);";

/* v4: spaced review counts a good answer only on the item's due day (store/review.h), so an
 * item's steps fall on different days and "mastered" means three of them. The schedule is
 * rebuilt from every saved answer under that rule (review_rebuild, after this). */
static const char *const schema_v4 = "DELETE FROM review;";

void store_set_error(Store *s, const char *fmt, ...)
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
bool store_rc_transient(int rc)
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

void store_db_error(Store *s, int rc, const char *what)
{
    store_set_error(s, "could not %s in %s: %s (%s)%s", what, s->path, rc_words(rc),
                    s->db ? sqlite3_errmsg(s->db) : sqlite3_errstr(rc),
                    s->nops ? "; unsaved answers are kept and written as soon as possible" : "");
}

char *store_dup(const char *src)
{
    if (!src) return NULL;
    size_t n = strlen(src) + 1;
    char *d = malloc(n);
    if (d) memcpy(d, src, n);
    return d;
}

/* ---- statements and transactions ---- */

sqlite3_stmt *store_stmt(Store *s, int which)
{
    if (!s->st[which]) {
        int rc = sqlite3_prepare_v3(s->db, stmt_sql[which], -1, SQLITE_PREPARE_PERSISTENT,
                                    &s->st[which], NULL);
        if (rc != SQLITE_OK) {
            store_db_error(s, rc, "prepare a query");
            s->st[which] = NULL;
            return NULL;
        }
    }
    return s->st[which];
}

void store_stmt_done(sqlite3_stmt *st)
{
    sqlite3_reset(st);
    sqlite3_clear_bindings(st);
}

int store_step_done(sqlite3_stmt *st)
{
    int rc = sqlite3_step(st);
    store_stmt_done(st);
    return rc == SQLITE_DONE ? SQLITE_OK : rc;
}

/* Binds parameters 1, 2, ... by a format: 'i' int64_t, 'n' int, 'd' double, 't' text
 * (NULL binds NULL). Returns the first failure. */
int store_bind(sqlite3_stmt *st, const char *fmt, ...)
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

int store_exec(sqlite3 *db, const char *sql)
{
    return sqlite3_exec(db, sql, NULL, NULL, NULL);
}

int store_tx_begin(Store *s)
{
    return s->in_batch ? SQLITE_OK : store_exec(s->db, "BEGIN IMMEDIATE");
}

int store_tx_end(Store *s, int rc)
{
    if (s->in_batch) return rc;
    if (rc == SQLITE_OK) {
        rc = store_exec(s->db, "COMMIT");
        if (rc == SQLITE_OK) return rc;
    }
    if (!sqlite3_get_autocommit(s->db)) {
        int rb = store_exec(s->db, "ROLLBACK");
        (void)rb;  /* the first failure is the one worth reporting */
    }
    return rc;
}

int store_meta_set_int(Store *s, const char *key, int64_t v)
{
    sqlite3_stmt *st = store_stmt(s, ST_META_SET);
    if (!st) return SQLITE_ERROR;
    int rc = store_bind(st, "ti", key, v);
    return rc == SQLITE_OK ? store_step_done(st) : (store_stmt_done(st), rc);
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
int store_query_int(sqlite3 *db, const char *sql, int64_t *out)
{
    sqlite3_stmt *st;
    *out = 0;   /* set on every path: callers read it only on SQLITE_OK, which -O3 cannot see */
    int rc = sqlite3_prepare_v2(db, sql, -1, &st, NULL);
    if (rc != SQLITE_OK) return rc;
    rc = sqlite3_step(st);
    if (rc == SQLITE_ROW) {
        *out = sqlite3_column_int64(st, 0);
        rc = SQLITE_OK;
    } else if (rc == SQLITE_DONE) {
        rc = SQLITE_OK;
    }
    sqlite3_finalize(st);
    return rc;
}

/* ---- review ---- */

int store_review_apply(Store *s, int64_t player, const char *muscle, const char *kind, int score,
                       int64_t when)
{
    sqlite3_stmt *get = store_stmt(s, ST_REVIEW_GET), *put = store_stmt(s, ST_REVIEW_PUT);
    if (!get || !put) return SQLITE_ERROR;
    ReviewState st;
    review_init(&st, when);
    int rc = store_bind(get, "itt", player, muscle, kind);
    if (rc == SQLITE_OK) rc = sqlite3_step(get);
    if (rc == SQLITE_ROW) {
        st.ease = sqlite3_column_double(get, 0);
        st.interval_days = sqlite3_column_int(get, 1);
        st.repetitions = sqlite3_column_int(get, 2);
        st.due = sqlite3_column_int64(get, 3);
        st.last_score = sqlite3_column_int(get, 4);
        rc = SQLITE_DONE;
    }
    store_stmt_done(get);
    if (rc != SQLITE_DONE) return rc;
    review_update(&st, score, when);
    rc = store_bind(put, "ittdnnin", player, muscle, kind, st.ease, st.interval_days,
                    st.repetitions, st.due, st.last_score);
    if (rc != SQLITE_OK) {
        store_stmt_done(put);
        return rc;
    }
    return store_step_done(put);
}

/* ---- schema ---- */

/* Replays every saved answer through the scheduler (when v2 adds the table, and when v4
 * changes its rule). */
static int review_rebuild(Store *s)
{
    sqlite3_stmt *q;
    int rc = sqlite3_prepare_v2(s->db,
        "SELECT r.player, a.muscle, a.kind, a.score, a.time FROM answers a"
        " JOIN rounds r ON r.id = a.round_id WHERE a.muscle IS NOT NULL AND a.muscle <> ''"
        " ORDER BY a.id", -1, &q, NULL);
    if (rc != SQLITE_OK) return rc;
    while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
        rc = store_review_apply(s, sqlite3_column_int64(q, 0), (const char *)sqlite3_column_text(q, 1),
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
    int64_t ver = 0;
    int rc = store_query_int(s->db, "PRAGMA user_version", &ver);
    if (rc != SQLITE_OK || ver == STORE_SCHEMA_VERSION) return rc;
    rc = store_exec(s->db, "BEGIN IMMEDIATE");
    if (rc != SQLITE_OK) return rc;
    /* another process may have migrated while we waited for the lock */
    rc = store_query_int(s->db, "PRAGMA user_version", &ver);
    if (rc == SQLITE_OK && ver == 0) {
        rc = store_exec(s->db, schema_v1);
        if (rc == SQLITE_OK) rc = store_exec(s->db, "PRAGMA application_id = 1414820401");
        ver = 1;
    }
    if (rc == SQLITE_OK && ver == 1) {
        rc = store_exec(s->db, schema_v2);
        if (rc == SQLITE_OK) rc = review_rebuild(s);
        ver = 2;
    }
    if (rc == SQLITE_OK && ver == 2) {
        rc = store_exec(s->db, schema_v3);
        ver = 3;
    }
    if (rc == SQLITE_OK && ver == 3) {
        rc = store_exec(s->db, schema_v4);
        if (rc == SQLITE_OK) rc = review_rebuild(s);
        ver = 4;
    }
    if (rc == SQLITE_OK) rc = store_exec(s->db, "PRAGMA user_version = 4");
    if (rc == SQLITE_OK) rc = store_exec(s->db, "COMMIT");
    if (rc != SQLITE_OK && !sqlite3_get_autocommit(s->db)) {
        int rb = store_exec(s->db, "ROLLBACK");
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
        store_set_error(s, "%s is %s and could not be moved aside (%s); scores are kept in memory only",
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
    if (rc == SQLITE_OK) rc = store_query_int(s->db, "PRAGMA application_id", &app);
    if (rc == SQLITE_OK) rc = store_query_int(s->db, "SELECT count(*) FROM sqlite_schema", &ntables);
    if (rc == SQLITE_OK) rc = store_query_int(s->db, "PRAGMA user_version", &ver);
    *rc_out = rc;
    if (rc != SQLITE_OK) return rc_damage(rc) ? FILE_DAMAGED : FILE_ERROR;
    if (app != STORE_APPLICATION_ID && (app != 0 || ntables > 0)) return FILE_FOREIGN;
    if (app == STORE_APPLICATION_ID && ver > STORE_SCHEMA_VERSION) return FILE_NEWER;
    if (app == STORE_APPLICATION_ID) {
        int64_t ours = 0;
        rc = store_query_int(s->db, "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND"
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
        store_db_error(s, rc, "open the score file");
        db_close(s);
        *verdict = FILE_ERROR;
        return -1;
    }
    rc = sqlite3_extended_result_codes(s->db, 1);
    if (rc == SQLITE_OK) rc = sqlite3_busy_timeout(s->db, STORE_BUSY_MS);
    if (rc != SQLITE_OK) {
        store_db_error(s, rc, "open the score file");
        db_close(s);
        *verdict = FILE_ERROR;
        return -1;
    }
    *verdict = check_file(s, &rc);
    if (*verdict == FILE_ERROR) store_db_error(s, rc, "read the score file");
    if (*verdict == FILE_NEWER)
        store_set_error(s, "%s was written by a newer Trigger Trainer; it is left untouched and "
                     "scores are kept in memory only", s->path);
    if (*verdict != FILE_OK) {
        db_close(s);
        return -1;
    }
    rc = store_exec(s->db, "PRAGMA foreign_keys = ON");
    /* rollback journal, not WAL: see docs/storage.md (WAL-reset race in SQLite < 3.51.3) */
    if (rc == SQLITE_OK) rc = store_exec(s->db, "PRAGMA journal_mode = DELETE");
    if (rc == SQLITE_OK) rc = store_exec(s->db, "PRAGMA synchronous = EXTRA");
    if (rc == SQLITE_OK) rc = migrate(s);
    if (rc != SQLITE_OK) {
        if (rc_damage(rc)) *verdict = FILE_DAMAGED;
        else store_db_error(s, rc, "prepare the score file");
        db_close(s);
        if (*verdict == FILE_OK) *verdict = FILE_ERROR;
        return -1;
    }
    return 0;
}

/* Opens s->path into s->db, moving a damaged or foreign file aside (once). */
int store_open_file(Store *s)
{
    if (mkdir_p(s->dir) != 0) {
        store_set_error(s, "could not create the folder %s (%s); scores are kept in memory only",
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
    s->dir = store_dup(dir);
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
    if (store_open_file(s) != 0)
        fprintf(stderr, "trigger-trainer: %s\n", s->error);
    return s;
}

/* ---- export ---- */

/* Copies every page of src into dst in one backup step, which holds a read lock on src for
 * its duration, so no writer commits in between; a writer holding the file makes the step
 * report BUSY, and it is tried again until the busy timeout has passed. */
static int backup_all(sqlite3 *dst, sqlite3 *src)
{
    sqlite3_backup *b = sqlite3_backup_init(dst, "main", src, "main");
    if (!b) return sqlite3_errcode(dst);
    int rc, waited = 0;
    while ((rc = sqlite3_backup_step(b, -1)) == SQLITE_BUSY || rc == SQLITE_LOCKED) {
        if (waited >= STORE_BUSY_MS) break;
        sqlite3_sleep(20);
        waited += 20;
    }
    int fin = sqlite3_backup_finish(b);
    return rc == SQLITE_DONE ? fin : rc;
}

int store_export(const char *src_path, const char *dest, char *err, size_t errlen)
{
    if (header_foreign(src_path)) {
        snprintf(err, errlen, "%s is not a Trigger Trainer score file", src_path);
        return -1;
    }
    char tmp[4200];
    snprintf(tmp, sizeof tmp, "%s.part", dest);
    unlink(tmp);
    sqlite3 *src = NULL, *dst = NULL;
    const char *step = "open";
    int rc = sqlite3_open_v2(src_path, &src, SQLITE_OPEN_READONLY, NULL);
    if (rc == SQLITE_OK) rc = sqlite3_busy_timeout(src, STORE_BUSY_MS);
    if (rc == SQLITE_OK) {
        step = "create";
        rc = sqlite3_open_v2(tmp, &dst, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL);
    }
    if (rc == SQLITE_OK) {
        step = "copy";
        rc = backup_all(dst, src);
    }
    int64_t app = 0;
    if (rc == SQLITE_OK) {
        step = "check";
        sqlite3_stmt *st;
        rc = sqlite3_prepare_v2(dst, "PRAGMA integrity_check", -1, &st, NULL);
        if (rc == SQLITE_OK) {
            rc = sqlite3_step(st) == SQLITE_ROW && sqlite3_column_text(st, 0) &&
                         !strcmp((const char *)sqlite3_column_text(st, 0), "ok") ? SQLITE_OK : SQLITE_CORRUPT;
            sqlite3_finalize(st);
        }
    }
    if (rc == SQLITE_OK) rc = store_query_int(dst, "PRAGMA application_id", &app);
    if (rc == SQLITE_OK && app != STORE_APPLICATION_ID) rc = SQLITE_NOTADB;
    if (rc != SQLITE_OK)
        snprintf(err, errlen, "could not %s %s: %s", step, !strcmp(step, "create") ? tmp : src_path,
                 rc == SQLITE_NOTADB ? "not a Trigger Trainer score file"
                 : rc == SQLITE_CORRUPT ? "the copy is damaged (is the score file damaged?)"
                 : dst && !strcmp(step, "create") ? sqlite3_errmsg(dst) : sqlite3_errstr(rc));
    if (sqlite3_close(dst) != SQLITE_OK && rc == SQLITE_OK) {
        rc = SQLITE_IOERR;
        snprintf(err, errlen, "could not write %s", tmp);
    }
    sqlite3_close(src);
    if (rc == SQLITE_OK && rename(tmp, dest) != 0) {
        snprintf(err, errlen, "could not write %s: %s", dest, strerror(errno));
        rc = SQLITE_IOERR;
    }
    if (rc != SQLITE_OK) unlink(tmp);
    return rc == SQLITE_OK ? 0 : -1;
}

/* ---- batches, accessors, close ---- */

int store_batch_begin(Store *s)
{
    if (!s || s->in_batch || store_need_db(s) != 0) return -1;
    int rc = store_exec(s->db, "BEGIN IMMEDIATE");
    if (rc != SQLITE_OK) {
        store_db_error(s, rc, "start a batch");
        return -1;
    }
    s->in_batch = true;
    return 0;
}

int store_batch_end(Store *s)
{
    if (!s || !s->in_batch) return -1;
    s->in_batch = false;
    int rc = store_exec(s->db, "COMMIT");
    if (rc != SQLITE_OK) {
        store_db_error(s, rc, "finish a batch");
        if (!sqlite3_get_autocommit(s->db)) {
            int rb = store_exec(s->db, "ROLLBACK");
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
    if (s) store_db_error(s, sqlite_rc, what);
}

void store_close(Store *s)
{
    if (!s) return;
    if (s->in_batch) store_batch_end(s);
    store_queue_close(s);
    db_close(s);
    free(s->dir);
    free(s->path);
    free(s);
}
