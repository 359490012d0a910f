/* test_store: the score file on temporary directories: round trip, migration from the
 * first schema, two writer processes, damaged/foreign/empty files, a read-only directory
 * (answers kept in memory and written later), players and the review pick. */
#include "test.h"
#include "store/store.h"
#include "store/review.h"
#include "store/stats.h"

#include <dirent.h>
#include <fcntl.h>
#include <signal.h>
#include <stdint.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include <sqlite3.h>

/* The time of the writes: the store reads no clock, so a test writes at a fixed one. */
#define T0 INT64_C(1790000000)

static char *make_dir(void)
{
    static char buf[8][64];
    static int k;
    char *d = buf[k++ % 8];
    snprintf(d, 64, "/tmp/tt-store-XXXXXX");
    if (!mkdtemp(d)) return NULL;
    chmod(d, 0755);
    return d;
}

static void remove_dir(const char *d)
{
    char cmd[128];
    snprintf(cmd, sizeof cmd, "chmod -R u+w %s; rm -rf %s", d, d);
    CHECK(system(cmd) == 0);
}

static void path_in(char *buf, size_t len, const char *dir, const char *name)
{
    snprintf(buf, len, "%s/%s", dir, name);
}

/* One integer from a fresh connection, as another program would see the file. */
static int64_t count_sql(const char *dir, const char *sql)
{
    char path[256];
    path_in(path, sizeof path, dir, STORE_FILE_NAME);
    sqlite3 *db;
    sqlite3_stmt *st;
    int64_t v = -1;
    if (sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL) == SQLITE_OK &&
        sqlite3_prepare_v2(db, sql, -1, &st, NULL) == SQLITE_OK) {
        if (sqlite3_step(st) == SQLITE_ROW) v = sqlite3_column_int64(st, 0);
        sqlite3_finalize(st);
    }
    sqlite3_close(db);
    return v;
}

static int count_damaged(const char *dir)
{
    DIR *d = opendir(dir);
    int n = 0;
    struct dirent *e;
    while (d && (e = readdir(d)))
        if (!strncmp(e->d_name, STORE_FILE_NAME ".damaged-", strlen(STORE_FILE_NAME ".damaged-")) &&
            !strstr(e->d_name, "-journal"))
            n++;
    if (d) closedir(d);
    return n;
}

/* Ends a round as completed: every planned question (max / 100) answered. */
static int end_round(Store *s, int64_t round, int total, int max, int64_t now)
{
    StoreRoundEnd e = {.total = total, .max = max, .planned = max / 100, .finished = true, .ended_by = "completed",
                       .pass_mark = -1, .passed = -1};
    return store_round_end(s, round, &e, now);
}

static int save(Store *s, int64_t round, int n, const char *muscle, const char *kind, int score)
{
    StoreAnswer a = {round, n, kind, muscle, "{\"n\":1}", "{\"skip\":true}", score, 1234, NULL};
    return store_answer_save(s, &a, T0);
}

static void test_round_trip(void)
{
    char *dir = make_dir();
    Store *s = store_open(dir);
    CHECK(s && !store_error(s) && !store_notice(s));
    int64_t ann = store_player_ensure(s, "Ann", T0);
    CHECK(ann > 0);
    CHECK(store_player_ensure(s, "ann", T0) == ann);      /* names compare without case */
    int64_t r = store_round_begin(s, ann, "neck-basics", "abc123", UINT64_C(0xfedcba9876543210), 3, T0);
    CHECK(r > 0 && r < STORE_PROVISIONAL_BASE);
    CHECK(save(s, r, 1, "upper_trapezius", "locate", 100) == 0);
    CHECK(save(s, r, 2, "levator_scapulae", "refer", 0) == 0);
    CHECK(save(s, r, 3, "infraspinatus", "identify", 70) == 0);
    CHECK(end_round(s, r, 170, 300, T0 + 60) == 0);
    CHECK(store_pending(s) == 0);
    /* visible to another connection at once: every answer was committed */
    CHECK(count_sql(dir, "SELECT count(*) FROM answers") == 3);
    store_close(s);

    CHECK(count_sql(dir, "PRAGMA user_version") == STORE_SCHEMA_VERSION);
    CHECK(count_sql(dir, "PRAGMA application_id") == STORE_APPLICATION_ID);
    CHECK(count_sql(dir, "SELECT total FROM rounds") == 170);
    CHECK(count_sql(dir, "SELECT max FROM rounds") == 300);
    CHECK(count_sql(dir, "SELECT seed FROM rounds") == (int64_t)UINT64_C(0xfedcba9876543210));
    /* every time written is the one the caller gave */
    CHECK(count_sql(dir, "SELECT created FROM players") == T0);
    CHECK(count_sql(dir, "SELECT started FROM rounds") == T0 && count_sql(dir, "SELECT ended FROM rounds") == T0 + 60);
    CHECK(count_sql(dir, "SELECT count(*) FROM answers WHERE time = 1790000000") == 3);
    CHECK(count_sql(dir, "SELECT count(*) FROM answers WHERE player IS NOT NULL AND ms = 1234") == 3);
    CHECK(count_sql(dir, "SELECT count(*) FROM review") == 3);
    CHECK(count_sql(dir, "PRAGMA journal_mode") == 0);  /* text "delete": not an integer */

    s = store_open(dir);
    CHECK(store_player_find(s, "ANN") == ann);
    CHECK(store_player_find(s, "Bob") == 0);
    CHECK(store_player_last(s) == ann);
    StoreReviewItem it[8];
    /* the missed one is due today; the others come back tomorrow */
    int n = store_review_due(s, ann, review_day_end(T0), 8, it);
    CHECK(n == 1);
    CHECK_STR(it[0].muscle, "levator_scapulae");
    CHECK_STR(it[0].kind, "refer");
    CHECK(it[0].repetitions == 0 && it[0].due == T0 && it[0].last_answer == T0);
    /* tomorrow all three are due, the missed one first */
    n = store_review_due(s, ann, review_day_end(T0 + REVIEW_DAY), 8, it);
    CHECK(n == 3);
    CHECK_STR(it[0].muscle, "levator_scapulae");
    CHECK_STR(it[1].muscle, "infraspinatus");
    CHECK_STR(it[2].muscle, "upper_trapezius");
    CHECK(it[2].due == T0 + REVIEW_DAY);
    CHECK(store_review_due(s, ann, review_day_end(T0 + REVIEW_DAY), 1, it) == 1);
    /* extra practice today: the two not due, weakest first */
    n = store_review_weakest(s, ann, review_day_end(T0), 8, it);
    CHECK(n == 2);
    CHECK_STR(it[0].muscle, "infraspinatus");
    StoreReviewCounts counts;
    CHECK(store_review_counts(s, ann, T0, &counts) == 0);
    CHECK(counts.items == 3 && counts.due == 1 && counts.mastered == 0);
    CHECK(counts.next_due == T0 + REVIEW_DAY && counts.next_count == 2 && counts.answer_ms == 1234);
    StoreReviewItem one;
    CHECK(store_review_get(s, ann, "upper_trapezius", "locate", &one) == 1);
    CHECK(one.interval_days == 1 && one.last_score == 100);
    CHECK(store_review_get(s, ann, "upper_trapezius", "refer", &one) == 0);
    store_close(s);
    remove_dir(dir);
}

/* The first schema as version 1 wrote it: a fixture that must keep opening. */
static const char *const v1_fixture =
    "PRAGMA application_id = 1414820401;"
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
    "CREATE INDEX rounds_player ON rounds(player, started);"
    "INSERT INTO players VALUES(1, 'Old timer', 1000);"
    "INSERT INTO meta VALUES('last_player', '1');"
    "INSERT INTO rounds VALUES(1, 1, 'neck-basics', 'h', 7, 2, 1000, 1100, 100, 200);"
    "INSERT INTO answers VALUES(1, 1, 1, 'locate', 'upper_trapezius', '{}', '{}', 100, 900, 1010);"
    "INSERT INTO answers VALUES(2, 1, 2, 'locate', 'upper_trapezius', '{}', '{}', 100, 800, 1020);"
    "INSERT INTO answers VALUES(3, 1, 3, 'refer', 'scalenes', '{}', '{}', 0, 800, 1030);"
    "PRAGMA user_version = 1;";

static void test_migrate_v1(void)
{
    char *dir = make_dir(), path[256];
    path_in(path, sizeof path, dir, STORE_FILE_NAME);
    sqlite3 *db;
    CHECK(sqlite3_open(path, &db) == SQLITE_OK);
    CHECK(sqlite3_exec(db, v1_fixture, NULL, NULL, NULL) == SQLITE_OK);
    sqlite3_close(db);
    CHECK(count_sql(dir, "PRAGMA user_version") == 1);

    Store *s = store_open(dir);
    CHECK(!store_error(s) && !store_notice(s));
    CHECK(store_player_last(s) == 1);
    CHECK(store_player_find(s, "old timer") == 1);
    StoreReviewItem it;
    /* the review schedule was rebuilt from the saved answers */
    /* (v4) two good answers ten seconds apart are one step: the second came before the
     * item was due again */
    CHECK(store_review_get(s, 1, "upper_trapezius", "locate", &it) == 1);
    CHECK(it.repetitions == 1 && it.interval_days == 1);
    CHECK(it.due == 1010 + REVIEW_DAY && it.last_score == 100 && it.last_answer == 1020);
    CHECK(store_review_get(s, 1, "scalenes", "refer", &it) == 1);
    CHECK(it.repetitions == 0 && it.due == 1030);
    int64_t r = store_round_begin(s, 1, "neck-basics", "h", 8, 1, T0);
    CHECK(r == 2);
    CHECK(save(s, r, 1, "scalenes", "refer", 100) == 0);
    store_close(s);
    CHECK(count_sql(dir, "PRAGMA user_version") == STORE_SCHEMA_VERSION);
    CHECK(count_sql(dir, "SELECT count(*) FROM answers WHERE player = 1") == 4);
    CHECK(count_sql(dir, "SELECT count(*) FROM sqlite_schema WHERE name = 'answers_player_muscle'") == 1);
    remove_dir(dir);
}

/* Version 2 as it was written (v1's tables plus the review schedule and answers.player),
 * holding the rounds v2 could not tell apart: one played to the end, one left after 1 of
 * its 10 questions (stored then as 100/100), one that never ended (the program stopped)
 * and one ended with no answer at all. */
static const char *const v2_fixture =
    "PRAGMA application_id = 1414820401;"
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
    " score INTEGER NOT NULL, ms INTEGER NOT NULL, time INTEGER NOT NULL,"
    " player INTEGER REFERENCES players(id) ON DELETE CASCADE);"
    "CREATE INDEX answers_round ON answers(round_id);"
    "CREATE INDEX rounds_player ON rounds(player, started);"
    "CREATE INDEX answers_player_muscle ON answers(player, muscle, id);"
    "CREATE INDEX answers_player_time ON answers(player, time);"
    "CREATE INDEX rounds_player_quiz ON rounds(player, quiz_id, started);"
    "CREATE TABLE review(player INTEGER NOT NULL REFERENCES players(id) ON DELETE CASCADE,"
    " muscle TEXT NOT NULL, kind TEXT NOT NULL, ease REAL NOT NULL,"
    " interval_days INTEGER NOT NULL, repetitions INTEGER NOT NULL, due INTEGER NOT NULL,"
    " last_score INTEGER NOT NULL, PRIMARY KEY(player, muscle, kind)) WITHOUT ROWID;"
    "CREATE INDEX review_due ON review(player, due);"
    "INSERT INTO players VALUES(1, 'Vee', 1000);"
    "INSERT INTO rounds VALUES(1, 1, 'neck', 'h', 1, 2, 1000, 1100, 150, 200);"
    "INSERT INTO answers VALUES(1, 1, 1, 'locate', 'scalenes', '{}', '{\"skip\":true}', 50, 900, 1010, 1);"
    "INSERT INTO answers VALUES(2, 1, 2, 'locate', 'masseter', '{}', '{\"skip\":true}', 100, 900, 1020, 1);"
    "INSERT INTO rounds VALUES(2, 1, 'neck', 'h', 2, 10, 2000, 2100, 100, 100);"
    "INSERT INTO answers VALUES(3, 2, 1, 'locate', 'scalenes', '{}', '{\"skip\":true}', 100, 900, 2010, 1);"
    "INSERT INTO rounds VALUES(3, 1, 'back', 'h', 3, 3, 3000, NULL, NULL, NULL);"
    "INSERT INTO answers VALUES(4, 3, 1, 'refer', 'masseter', '{}', '{\"skip\":true}', 40, 900, 3010, 1);"
    "INSERT INTO rounds VALUES(4, 1, 'neck', 'h', 4, 5, 4000, 4001, 0, 0);"
    "PRAGMA user_version = 2;";

static int64_t round_int(const char *dir, int round, const char *column)
{
    char sql[160];
    snprintf(sql, sizeof sql, "SELECT coalesce(%s, -1) FROM rounds WHERE id = %d", column, round);
    return count_sql(dir, sql);
}

static void test_migrate_v2(void)
{
    char *dir = make_dir(), path[256];
    path_in(path, sizeof path, dir, STORE_FILE_NAME);
    sqlite3 *db;
    CHECK(sqlite3_open(path, &db) == SQLITE_OK);
    CHECK(sqlite3_exec(db, v2_fixture, NULL, NULL, NULL) == SQLITE_OK);
    sqlite3_close(db);
    Store *s = store_open(dir);
    CHECK(!store_error(s) && !store_notice(s));
    StatsQuiz best[4];
    CHECK(stats_quiz_best(s, 1, best, 4) == 2);
    /* neck: the round played to the end is the best; the one left early is no best */
    CHECK_STR(best[1].quiz_id, "neck");
    CHECK(best[1].rounds == 1 && best[1].unfinished == 1);
    CHECK_NEAR(best[1].best_percent, 75, 1e-9);
    store_close(s);
    CHECK(count_sql(dir, "PRAGMA user_version") == STORE_SCHEMA_VERSION);
    /* the empty round is gone: it recorded nothing anyone did */
    CHECK(count_sql(dir, "SELECT count(*) FROM rounds") == 3 && round_int(dir, 4, "id") == -1);
    CHECK(round_int(dir, 1, "finished") == 1 && count_sql(dir, "SELECT ended_by = 'completed' FROM rounds WHERE id = 1") == 1);
    CHECK(round_int(dir, 1, "planned") == 2 && round_int(dir, 1, "max") == 200);
    /* left after 1 of 10: unfinished, how unknown, graded over the 10 planned */
    CHECK(round_int(dir, 2, "finished") == 0 && count_sql(dir, "SELECT ended_by IS NULL FROM rounds WHERE id = 2") == 1);
    CHECK(round_int(dir, 2, "planned") == 10 && round_int(dir, 2, "total") == 100 && round_int(dir, 2, "max") == 1000);
    /* never ended: stays so */
    CHECK(round_int(dir, 3, "finished") == 0 && round_int(dir, 3, "ended") == -1 && round_int(dir, 3, "planned") == 3);
    CHECK(round_int(dir, 1, "passed") == -1 && round_int(dir, 1, "pass_mark") == -1);
    CHECK(count_sql(dir, "SELECT count(*) FROM answers WHERE result IS NULL") == 4);
    remove_dir(dir);
}

/* A round's record as the store keeps it: how it ended, the pass mark, on_finish's text;
 * an unfinished round is never stored as passed, whatever the caller says. */
static void test_round_record(void)
{
    char *dir = make_dir();
    Store *s = store_open(dir);
    int64_t p = store_player_ensure(s, "Wes", T0);
    int64_t r1 = store_round_begin(s, p, "exam", "h", 1, 10, T0);
    CHECK(save(s, r1, 1, "scalenes", "locate", 100) == 0);
    StoreRoundEnd e = {.total = 100, .max = 1000, .planned = 10, .finished = false, .ended_by = "eof",
                       .pass_mark = 70, .passed = 1, .title = "Exam", .feedback = "INCOMPLETE"};
    CHECK(store_round_end(s, r1, &e, T0 + 5) == 0);
    int64_t r2 = store_round_begin(s, p, "exam", "h", 2, 1, T0 + 10);
    CHECK(save(s, r2, 1, "scalenes", "locate", 80) == 0);
    StoreRoundEnd f = {.total = 80, .max = 100, .planned = 1, .finished = true, .ended_by = "completed",
                       .pass_mark = 70, .passed = 1, .title = "Exam"};
    CHECK(store_round_end(s, r2, &f, T0 + 20) == 0);
    store_close(s);
    CHECK(round_int(dir, (int)r1, "passed") == 0 && round_int(dir, (int)r1, "pass_mark") == 70);
    CHECK(count_sql(dir, "SELECT ended_by = 'eof' AND feedback = 'INCOMPLETE' AND title = 'Exam' FROM rounds WHERE id = 1") == 1);
    CHECK(round_int(dir, (int)r2, "passed") == 1 && round_int(dir, (int)r2, "finished") == 1);
    remove_dir(dir);
}

enum { WRITER_ANSWERS = 25 };

static void writer(const char *dir, const char *who)
{
    Store *s = store_open(dir);
    int bad = !s || store_error(s);
    int64_t p = store_player_ensure(s, "Shared", T0);
    int64_t r = store_round_begin(s, p, who, NULL, 1, WRITER_ANSWERS, T0);
    bad |= p <= 0 || r <= 0 || r >= STORE_PROVISIONAL_BASE;
    for (int i = 1; i <= WRITER_ANSWERS; i++)
        bad |= save(s, r, i, i % 2 ? "upper_trapezius" : "scalenes", "locate", i * 4) != 0;
    bad |= end_round(s, r, 0, WRITER_ANSWERS * 100, T0) != 0;
    bad |= store_pending(s) != 0;
    if (bad) fprintf(stderr, "writer %s: %s\n", who, store_error(s) ? store_error(s) : "failed");
    store_close(s);
    _exit(bad);
}

static void test_two_writers(void)
{
    char *dir = make_dir();
    pid_t a = fork();
    if (a == 0) writer(dir, "quiz-a");
    pid_t b = fork();
    if (b == 0) writer(dir, "quiz-b");
    int sa = -1, sb = -1;
    CHECK(a > 0 && waitpid(a, &sa, 0) == a);
    CHECK(b > 0 && waitpid(b, &sb, 0) == b);
    CHECK(WIFEXITED(sa) && WEXITSTATUS(sa) == 0);
    CHECK(WIFEXITED(sb) && WEXITSTATUS(sb) == 0);
    CHECK(count_sql(dir, "SELECT count(*) FROM answers") == 2 * WRITER_ANSWERS);
    CHECK(count_sql(dir, "SELECT count(*) FROM players") == 1);
    CHECK(count_sql(dir, "SELECT count(*) FROM rounds WHERE ended IS NOT NULL") == 2);
    CHECK(count_sql(dir, "SELECT count(DISTINCT n) FROM answers") == WRITER_ANSWERS);
    CHECK(count_sql(dir, "PRAGMA integrity_check") == 0);   /* "ok" */
    remove_dir(dir);
}

static void write_file(const char *path, const void *data, size_t n)
{
    FILE *f = fopen(path, "wb");
    CHECK(f != NULL);
    if (!f) return;
    CHECK(fwrite(data, 1, n, f) == n);
    fclose(f);
}

static void check_fresh_file_works(const char *dir)
{
    Store *s = store_open(dir);
    int64_t p = store_player_ensure(s, "Cleo", T0);
    int64_t r = store_round_begin(s, p, "q", NULL, 1, 1, T0);
    CHECK(p > 0 && r > 0);
    CHECK(save(s, r, 1, "scalenes", "locate", 50) == 0);
    CHECK(!store_notice(s));
    store_close(s);
    CHECK(count_sql(dir, "SELECT count(*) FROM answers") == 1);
}

static void test_damaged_file(void)
{
    /* not SQLite at all */
    char *dir = make_dir(), path[256];
    path_in(path, sizeof path, dir, STORE_FILE_NAME);
    const char text[] = "these are my notes, not a database\n";
    write_file(path, text, sizeof text - 1);
    Store *s = store_open(dir);
    CHECK(store_notice(s) && strstr(store_notice(s), "moved"));
    CHECK(count_damaged(dir) == 1);
    int64_t p = store_player_ensure(s, "Dan", T0);
    CHECK(p > 0 && p < STORE_PROVISIONAL_BASE);
    store_close(s);
    check_fresh_file_works(dir);
    CHECK(count_damaged(dir) == 1);
    remove_dir(dir);

    /* SQLite, but someone else's */
    dir = make_dir();
    path_in(path, sizeof path, dir, STORE_FILE_NAME);
    sqlite3 *db;
    CHECK(sqlite3_open(path, &db) == SQLITE_OK);
    CHECK(sqlite3_exec(db, "CREATE TABLE recipes(name TEXT); INSERT INTO recipes VALUES('soup');",
                       NULL, NULL, NULL) == SQLITE_OK);
    sqlite3_close(db);
    s = store_open(dir);
    CHECK(store_notice(s) != NULL);
    store_close(s);
    CHECK(count_damaged(dir) == 1);
    check_fresh_file_works(dir);
    remove_dir(dir);

    /* ours, with its pages overwritten */
    dir = make_dir();
    check_fresh_file_works(dir);
    path_in(path, sizeof path, dir, STORE_FILE_NAME);
    int fd = open(path, O_WRONLY);
    CHECK(fd >= 0);
    char junk[4096];
    memset(junk, 0xA5, sizeof junk);
    CHECK(pwrite(fd, junk, sizeof junk, 4096) == (ssize_t)sizeof junk);
    CHECK(pwrite(fd, junk, 50, 100) == 50);
    close(fd);
    s = store_open(dir);
    CHECK(store_notice(s) != NULL);
    store_close(s);
    CHECK(count_damaged(dir) == 1);
    check_fresh_file_works(dir);
    remove_dir(dir);
}

static void test_zero_length_file(void)
{
    char *dir = make_dir(), path[256];
    path_in(path, sizeof path, dir, STORE_FILE_NAME);
    write_file(path, "", 0);
    Store *s = store_open(dir);
    CHECK(!store_notice(s) && !store_error(s));
    store_close(s);
    CHECK(count_damaged(dir) == 0);
    check_fresh_file_works(dir);
    remove_dir(dir);
}

static void test_missing_dir_is_made(void)
{
    char *dir = make_dir(), sub[256];
    snprintf(sub, sizeof sub, "%s/a/b/c", dir);
    check_fresh_file_works(sub);
    remove_dir(dir);
}

/* Runs in a child that cannot bypass permissions (root drops to nobody). */
static int readonly_child(const char *dir)
{
    int bad = 0;
    if (geteuid() == 0 && (setgid(65534) != 0 || setuid(65534) != 0)) return 100;

    /* the folder turns read-only in the middle of a round */
    Store *s = store_open(dir);
    int64_t p = store_player_ensure(s, "Eve", T0);
    int64_t r = store_round_begin(s, p, "q", NULL, 1, 3, T0);
    bad |= (p <= 0) << 1 | (r <= 0) << 2;
    bad |= (save(s, r, 1, "scalenes", "locate", 10) != 0) << 3;
    if (chmod(dir, 0555) != 0) return 101;
    bad |= (save(s, r, 2, "scalenes", "locate", 20) != -1) << 4;
    bad |= (store_pending(s) != 1) << 5;
    bad |= (!store_error(s) || !strstr(store_error(s), "kept")) << 6;
    bad |= (end_round(s, r, 30, 300, T0) != -1) << 7;
    bad |= (store_pending(s) != 2) << 8;
    if (chmod(dir, 0755) != 0) return 102;
    bad |= (save(s, r, 3, "scalenes", "locate", 30) != 0) << 9;
    bad |= (store_pending(s) != 0 || store_error(s) != NULL) << 10;
    store_close(s);
    bad |= (count_sql(dir, "SELECT count(*) FROM answers") != 3) << 11;
    bad |= (count_sql(dir, "SELECT total FROM rounds") != 30) << 12;

    /* the folder is read-only from the start and there is no file yet */
    char sub[256];
    snprintf(sub, sizeof sub, "%s/later", dir);
    if (mkdir(sub, 0555) != 0) return 103;
    s = store_open(sub);
    bad |= (store_error(s) == NULL) << 13;
    p = store_player_ensure(s, "Fay", T0);
    r = store_round_begin(s, p, "q", NULL, 1, 1, T0);
    bad |= (p < STORE_PROVISIONAL_BASE || r < STORE_PROVISIONAL_BASE) << 14;
    bad |= (save(s, r, 1, "scalenes", "refer", 90) != -1) << 15;
    bad |= (end_round(s, r, 90, 100, T0) != -1) << 16;
    if (chmod(sub, 0755) != 0) return 104;
    bad |= (store_flush(s) != 0) << 17;
    bad |= (store_player_find(s, "Fay") <= 0) << 18;
    StoreReviewItem it;
    bad |= (store_review_get(s, p, "scalenes", "refer", &it) != 1) << 20;
    store_close(s);
    bad |= (count_sql(sub, "SELECT count(*) FROM answers") != 1) << 21;
    bad |= (count_sql(sub, "SELECT total FROM rounds") != 90) << 22;
    return bad;
}

static void test_readonly_dir(void)
{
    char *dir = make_dir();
    if (geteuid() == 0) CHECK(chown(dir, 65534, 65534) == 0);
    fflush(NULL);
    pid_t pid = fork();
    if (pid == 0) {
        int bad = readonly_child(dir);
        if (bad) fprintf(stderr, "readonly child: failed checks 0x%x\n", bad);
        _exit(bad ? 1 : 0);
    }
    int st = -1;
    CHECK(pid > 0 && waitpid(pid, &st, 0) == pid);
    CHECK_MSG(WIFEXITED(st) && WEXITSTATUS(st) == 0, "child status %d", st);
    remove_dir(dir);
}

/* A write that fails half way (file size limit, as on a full disk): the answer is kept,
 * the file stays sound, and everything is written once writes work again. */
static int full_child(const char *dir)
{
    int bad = 0;
    signal(SIGXFSZ, SIG_IGN);
    Store *s = store_open(dir);
    int64_t p = store_player_ensure(s, "Full", T0);
    int64_t r = store_round_begin(s, p, "q", NULL, 1, 40, T0);
    static char big[6000];
    memset(big, 'x', sizeof big - 1);
    struct rlimit lim = {0, 0};
    if (getrlimit(RLIMIT_FSIZE, &lim) != 0) return 100;
    struct rlimit low = {64 * 1024, lim.rlim_max};
    if (setrlimit(RLIMIT_FSIZE, &low) != 0) return 101;
    int saved = 0, refused = 0;
    for (int i = 1; i <= 40; i++) {
        StoreAnswer a = {r, i, "locate", "scalenes", big, "{}", 50, 10, NULL};
        if (store_answer_save(s, &a, T0) == 0) saved++;
        else refused++;
    }
    bad |= (refused == 0) << 1;
    bad |= (store_pending(s) != refused) << 2;
    bad |= (store_error(s) == NULL || !strstr(store_error(s), "kept") ||
            !strstr(store_error(s), "is it full")) << 3;
    if (getenv("TT_SHOW_ERRORS")) fprintf(stderr, "%s\n", store_error(s));
    if (setrlimit(RLIMIT_FSIZE, &lim) != 0) return 102;
    bad |= (store_flush(s) != 0) << 4;
    bad |= (store_pending(s) != 0) << 5;
    store_close(s);
    bad |= (count_sql(dir, "SELECT count(*) FROM answers") != 40) << 6;
    bad |= (count_sql(dir, "SELECT count(DISTINCT n) FROM answers") != 40) << 7;
    if (bad) fprintf(stderr, "saved %d, refused %d\n", saved, refused);
    return bad;
}

static void test_write_fails(void)
{
    char *dir = make_dir();
    fflush(NULL);
    pid_t pid = fork();
    if (pid == 0) {
        int bad = full_child(dir);
        if (bad) fprintf(stderr, "full child: failed checks 0x%x\n", bad);
        _exit(bad ? 1 : 0);
    }
    int st = -1;
    CHECK(pid > 0 && waitpid(pid, &st, 0) == pid);
    CHECK_MSG(WIFEXITED(st) && WEXITSTATUS(st) == 0, "child status %d", st);
    CHECK(count_sql(dir, "PRAGMA integrity_check") == 0);
    remove_dir(dir);
}

static void test_players(void)
{
    char *dir = make_dir();
    Store *s = store_open(dir);
    int64_t a = store_player_ensure(s, "Ann", T0), b = store_player_ensure(s, "Bob", T0);
    CHECK(a > 0 && b > 0 && a != b);
    CHECK(store_player_ensure(s, "", T0) == -1);
    CHECK(store_player_ensure(s, " padded", T0) == -1);
    CHECK(store_player_ensure(s, "bad\nname", T0) == -1);
    CHECK(store_error(s) != NULL);
    int64_t r = store_round_begin(s, b, "q", NULL, 1, 2, T0);
    CHECK(save(s, r, 1, "scalenes", "locate", 100) == 0);
    CHECK(save(s, r, 2, "scalenes", "refer", 100) == 0);
    r = store_round_begin(s, a, "q", NULL, 1, 1, T0);
    CHECK(save(s, r, 1, "scalenes", "locate", 0) == 0);
    CHECK(store_player_last(s) == a);
    CHECK(store_player_select(s, b) == 0);
    CHECK(store_player_select(s, 999) == -1);
    CHECK(store_player_rename(s, b, "Ann") == -1);             /* taken */
    CHECK(store_error(s) && strstr(store_error(s), "taken"));
    CHECK(store_player_rename(s, b, "Robert") == 0);
    CHECK(store_player_rename(s, 999, "Nobody") == -1);
    char name[STORE_NAME_MAX];
    CHECK(store_player_name(s, b, name, sizeof name) == 0);
    CHECK_STR(name, "Robert");
    StorePlayer list[4];
    CHECK(store_player_list(s, list, 4) == 2);
    CHECK_STR(list[0].name, "Ann");
    CHECK(list[0].rounds == 1);
    CHECK_STR(list[1].name, "Robert");
    CHECK(list[1].rounds == 1);
    store_close(s);

    s = store_open(dir);
    CHECK(store_player_last(s) == b);                          /* remembered across runs */
    CHECK(store_player_delete(s, b) == 0);
    CHECK(store_player_last(s) == 0);
    CHECK(store_player_list(s, list, 4) == 1);
    CHECK(store_player_delete(s, b) == -1);
    store_close(s);
    CHECK(count_sql(dir, "SELECT count(*) FROM answers") == 1);
    CHECK(count_sql(dir, "SELECT count(*) FROM rounds") == 1);
    CHECK(count_sql(dir, "SELECT count(*) FROM review") == 1);
    remove_dir(dir);
}

static void test_bad_calls(void)
{
    char *dir = make_dir();
    Store *s = store_open(dir);
    CHECK(store_round_begin(s, 0, "q", NULL, 1, 1, T0) == -1);
    CHECK(save(s, 12345, 1, "scalenes", "locate", 10) == -1);  /* no such round: refused, not queued */
    CHECK(store_pending(s) == 0);
    CHECK(store_error(s) != NULL);
    CHECK(end_round(s, 777, 1, 1, T0) == -1);
    CHECK(store_pending(s) == 0);
    int64_t p = store_player_ensure(s, "Gus", T0);
    CHECK(p > 0 && store_error(s) == NULL);
    CHECK(store_batch_begin(s) == 0);
    int64_t r = store_round_begin(s, p, "bulk", NULL, 1, 500, T0);
    for (int i = 1; i <= 500; i++) save(s, r, i, i % 3 ? "scalenes" : "masseter", "locate", i % 101);
    CHECK(store_batch_end(s) == 0);
    store_close(s);
    CHECK(count_sql(dir, "SELECT count(*) FROM answers") == 500);
    remove_dir(dir);
}


static int count_round(const StatsRound *r, void *ud)
{
    int *n = ud;
    (*n)++;
    return r->max <= 0;
}

static void test_stats(void)
{
    char *dir = make_dir();
    Store *s = store_open(dir);
    int64_t p = store_player_ensure(s, "Hal", T0), q = store_player_ensure(s, "Ivy", T0);
    /* Hal: neck twice (50%, 75%), back once unfinished; Ivy: neck once */
    int64_t r1 = store_round_begin(s, p, "neck", NULL, 1, 2, T0);
    save(s, r1, 1, "scalenes", "locate", 0);
    save(s, r1, 2, "scalenes", "locate", 100);
    end_round(s, r1, 100, 200, T0);
    int64_t r2 = store_round_begin(s, p, "neck", NULL, 2, 2, T0);
    save(s, r2, 1, "scalenes", "locate", 50);
    save(s, r2, 2, "masseter", "refer", 100);
    end_round(s, r2, 150, 200, T0);
    int64_t r3 = store_round_begin(s, p, "back", NULL, 3, 3, T0);
    save(s, r3, 1, "masseter", "refer", 40);
    int64_t r4 = store_round_begin(s, q, "neck", NULL, 4, 1, T0);
    save(s, r4, 1, "scalenes", "locate", 100);
    end_round(s, r4, 100, 100, T0);
    CHECK(store_pending(s) == 0);

    int n = 0;
    CHECK(stats_rounds(s, p, NULL, count_round, &n) == 3 && n == 3);
    n = 0;
    CHECK(stats_rounds(s, p, "neck", count_round, &n) == 2 && n == 2);
    n = 0;
    CHECK(stats_rounds(s, 0, NULL, count_round, &n) == 4);
    CHECK(stats_answers(s, &(StatsFilter){.player = p}, NULL, NULL) == 5);
    CHECK(stats_answers(s, NULL, NULL, NULL) == 6);

    StatsQuiz best[4];
    CHECK(stats_quiz_best(s, p, best, 4) == 2);
    CHECK_STR(best[0].quiz_id, "back");                  /* unfinished: played, never a best */
    CHECK(best[0].rounds == 0 && best[0].unfinished == 1 && best[0].best_percent < 0);
    CHECK_STR(best[1].quiz_id, "neck");
    CHECK(best[1].rounds == 2 && best[1].unfinished == 0 && best[1].best_total == 150 && best[1].best_max == 200);
    CHECK_NEAR(best[1].best_percent, 75, 1e-9);

    StatsMastery m[4];
    CHECK(stats_mastery(s, p, m, 4) == 2);
    /* weakest first. scalenes: 50, 100, 0 newest first: (500 + 900 + 0) / 27 */
    CHECK_STR(m[0].muscle, "scalenes");
    CHECK_NEAR(m[0].mastery, 1400.0 / 27.0, 1e-9);
    CHECK(m[0].answers == 3);
    /* masseter: 40 (newest, weight 10) and 100 (weight 9): (400 + 900) / 19 */
    CHECK_STR(m[1].muscle, "masseter");
    CHECK_NEAR(m[1].mastery, 1300.0 / 19.0, 1e-9);
    CHECK(m[1].answers == 2);
    CHECK(stats_mastery(s, p, m, 1) == 1);

    StatsPoint pts[4];
    CHECK(stats_over_time(s, p, 86400, pts, 4) >= 1);
    CHECK(pts[0].rounds + (stats_over_time(s, p, 86400, pts, 4) == 2 ? pts[1].rounds : 0) == 2);
    CHECK(stats_over_time(s, p, 1000000000, pts, 4) == 1);
    CHECK_NEAR(pts[0].percent, 62.5, 1e-9);
    store_close(s);
    remove_dir(dir);
}

/* 100,000 answers: the statistics stay quick (timings printed, not asserted). */
static void test_stats_many(void)
{
    char *dir = make_dir();
    Store *s = store_open(dir);
    int64_t p = store_player_ensure(s, "Busy", T0);
    static const char *const muscles[] = {"scalenes", "masseter", "temporalis", "infraspinatus",
                                          "upper_trapezius", "levator_scapulae", "soleus", "piriformis"};
    CHECK(store_batch_begin(s) == 0);
    int total = 0;
    for (int r = 0; r < 10000; r++) {
        int64_t id = store_round_begin(s, p, r % 3 ? "neck" : "back", NULL, (uint64_t)r, 10, T0);
        for (int i = 1; i <= 10; i++) {
            StoreAnswer a = {id, i, i % 2 ? "locate" : "refer", muscles[(r + i) % 8], NULL, NULL,
                             (r * 7 + i * 13) % 101, 900, NULL};
            total += store_answer_save(s, &a, T0 + r) == 0;
        }
        end_round(s, id, 500, 1000, T0);
    }
    CHECK(store_batch_end(s) == 0);
    CHECK(total == 100000);
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    StatsMastery m[16];
    StatsQuiz best[4];
    int n = 0;
    CHECK(stats_mastery(s, p, m, 16) == 8);
    CHECK(stats_quiz_best(s, p, best, 4) == 2);
    CHECK(stats_rounds(s, p, "back", count_round, &n) == 3334);
    clock_gettime(CLOCK_MONOTONIC, &t1);
    printf("mastery + best + history over 100000 answers: %.1f ms\n",
           (double)(t1.tv_sec - t0.tv_sec) * 1e3 + (double)(t1.tv_nsec - t0.tv_nsec) / 1e6);
    store_close(s);
    remove_dir(dir);
}

/* Mastery needs spaced days: five perfect answers in one evening are one step; three on
 * their due days (day 0, day 1, day 7) master the item, and Progress's stats say so. The
 * clock is the caller's: days are simulated. The history keeps the newest buckets. */
static void test_mastery_days(void)
{
    char *dir = make_dir();
    Store *s = store_open(dir);
    int64_t p = store_player_ensure(s, "Days", T0);
    int64_t day[] = {0, 1, 7}, t;
    for (int i = 0; i < 5; i++) {   /* one evening: five rounds of the same two items */
        t = T0 + i * 600;
        int64_t r = store_round_begin(s, p, "evening", "h", (uint64_t)i, 1, t);
        StoreAnswer a = {r, 1, "locate", "soleus", "{}", "{}", 100, 3000, NULL};
        CHECK(store_answer_save(s, &a, t) == 0);
        StoreAnswer b = {r, 2, "locate", "gastrocnemius", "{}", "{}", 100, 3000, NULL};
        CHECK(store_answer_save(s, &b, t) == 0);
        CHECK(end_round(s, r, 200, 200, t + 60) == 0);
    }
    StoreReviewItem it;
    CHECK(store_review_get(s, p, "soleus", "locate", &it) == 1 && it.repetitions == 1);
    for (int d = 1; d < 3; d++) {   /* soleus again on its due days */
        t = T0 + day[d] * REVIEW_DAY + 3600;
        int64_t r = store_round_begin(s, p, "review", "h", 9, 1, t);
        StoreAnswer a = {r, 1, "locate", "soleus", "{}", "{}", 90, 3000, NULL};
        CHECK(store_answer_save(s, &a, t) == 0);
        CHECK(end_round(s, r, 90, 100, t + 60) == 0);
    }
    CHECK(store_review_get(s, p, "soleus", "locate", &it) == 1 && it.repetitions == 3);
    StatsMastery m[4];
    int n = stats_mastery(s, p, m, 4);
    CHECK(n == 2);
    for (int i = 0; i < n; i++) {
        bool soleus = !strcmp(m[i].muscle, "soleus");
        CHECK(m[i].items == 1 && m[i].mastered == soleus && m[i].steps == (soleus ? 3 : 1));
        CHECK(m[i].mastery >= 90);   /* gastrocnemius scored 100 five times, and is not mastered */
    }
    StoreReviewCounts c;
    CHECK(store_review_counts(s, p, T0 + 7 * REVIEW_DAY + 7200, &c) == 0);
    CHECK(c.items == 2 && c.mastered == 1 && c.due == 1);   /* gastrocnemius was due on day 1 */
    /* the newest buckets, oldest first: the last two of the three days played */
    StatsPoint pts[2];
    CHECK(stats_over_time(s, p, 86400, pts, 2) == 2);
    CHECK(pts[0].start <= T0 + REVIEW_DAY + 3600 && pts[1].start > T0 + 6 * REVIEW_DAY);
    CHECK(stats_over_time(s, p, 1, pts, 2) == 2 && pts[1].start == T0 + 7 * REVIEW_DAY + 3600);
    store_close(s);
    remove_dir(dir);
}

TEST_MAIN(T(test_mastery_days),
          T(test_round_trip), T(test_migrate_v1), T(test_migrate_v2), T(test_round_record), T(test_two_writers), T(test_damaged_file),
          T(test_zero_length_file), T(test_missing_dir_is_made), T(test_readonly_dir), T(test_write_fails),
          T(test_players), T(test_bad_calls), T(test_stats), T(test_stats_many))
