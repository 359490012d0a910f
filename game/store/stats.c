/* stats: queries over the score file for the scores command and the statistics screen.
 * Each function prepares its statement, walks the rows and finalizes; the indexes that
 * make them fast (answers by player+muscle, rounds by player+quiz) belong to store.c's
 * schema. */
#include "store/stats.h"
#include "store/review.h"

#include <stdio.h>
#include <string.h>
#include <sqlite3.h>

static const char *col_text(sqlite3_stmt *st, int i)
{
    return (const char *)sqlite3_column_text(st, i);
}

static sqlite3_stmt *prepare(Store *s, const char *sql, const char *what)
{
    sqlite3 *db = store_db(s);
    sqlite3_stmt *st = NULL;
    if (!db) {
        store_report(s, SQLITE_CANTOPEN, what);
        return NULL;
    }
    int rc = sqlite3_prepare_v2(db, sql, -1, &st, NULL);
    if (rc != SQLITE_OK) {
        store_report(s, rc, what);
        return NULL;
    }
    return st;
}

/* Ends a row loop: finalizes, reports a failure, returns n or -1. */
static int finish(Store *s, sqlite3_stmt *st, int rc, int n, const char *what)
{
    sqlite3_finalize(st);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
        store_report(s, rc, what);
        return -1;
    }
    return n;
}

int stats_rounds(Store *s, int64_t player, const char *quiz_id,
                 int (*each)(const StatsRound *r, void *ud), void *ud)
{
    static const char *what = "read the rounds";
    /* the WHERE clause names only what is asked so the (player, quiz_id) index applies;
     * answers are counted only for unfinished rounds */
    char sql[1024];
    snprintf(sql, sizeof sql,
        "SELECT r.id, r.player, p.name, r.quiz_id, r.quiz_hash, r.started, r.ended, r.total,"
        " r.max, r.nquestions, (SELECT count(*) FROM answers a WHERE a.round_id = r.id),"
        " CASE WHEN r.ended IS NULL OR r.total IS NULL THEN"
        "  (SELECT coalesce(sum(score), 0) FROM answers a WHERE a.round_id = r.id) END,"
        " r.planned, r.finished, r.ended_by, r.pass_mark, r.passed, r.title, r.feedback"
        " FROM rounds r JOIN players p ON p.id = r.player WHERE 1 %s %s"
        " ORDER BY r.started, r.id",
        player ? "AND r.player = ?1" : "", quiz_id ? "AND r.quiz_id = ?2" : "");
    sqlite3_stmt *st = prepare(s, sql, what);
    if (!st) return -1;
    int rc = player ? sqlite3_bind_int64(st, 1, player) : SQLITE_OK, n = 0;
    if (rc == SQLITE_OK && quiz_id) rc = sqlite3_bind_text(st, 2, quiz_id, -1, SQLITE_STATIC);
    if (rc != SQLITE_OK) return finish(s, st, rc, 0, what);
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        StatsRound r = {
            .id = sqlite3_column_int64(st, 0), .player = sqlite3_column_int64(st, 1),
            .player_name = col_text(st, 2), .quiz_id = col_text(st, 3), .quiz_hash = col_text(st, 4),
            .started = sqlite3_column_int64(st, 5), .ended = sqlite3_column_int64(st, 6),
            .nquestions = sqlite3_column_int(st, 9), .nanswers = sqlite3_column_int(st, 10),
        };
        bool done = sqlite3_column_type(st, 6) != SQLITE_NULL && sqlite3_column_type(st, 7) != SQLITE_NULL;
        r.planned = sqlite3_column_type(st, 12) == SQLITE_NULL ? r.nquestions : sqlite3_column_int(st, 12);
        if (r.planned < r.nanswers) r.planned = r.nanswers;
        r.finished = done && sqlite3_column_int(st, 13) != 0;
        r.ended_by = done ? col_text(st, 14) : NULL;
        r.pass_mark = sqlite3_column_type(st, 15) == SQLITE_NULL ? -1 : sqlite3_column_int(st, 15);
        r.passed = sqlite3_column_type(st, 16) == SQLITE_NULL ? -1 : sqlite3_column_int(st, 16) && r.finished;
        r.title = col_text(st, 17);
        r.feedback = col_text(st, 18);
        r.total = done ? sqlite3_column_int(st, 7) : sqlite3_column_int(st, 11);
        r.max = done ? sqlite3_column_int(st, 8) : r.planned * 100;
        if (!done) r.ended = 0;
        n++;
        if (each && each(&r, ud)) {
            rc = SQLITE_DONE;
            break;
        }
    }
    return finish(s, st, rc, n, what);
}

int stats_answers(Store *s, const StatsFilter *f, int (*each)(const StatsAnswer *a, void *ud), void *ud)
{
    static const char *what = "read the answers";
    StatsFilter all = {0};
    if (!f) f = &all;
    char sql[1024];
    snprintf(sql, sizeof sql,
        "SELECT a.id, a.round_id, r.player, a.time, p.name, r.quiz_id, a.kind, a.muscle,"
        " a.question, a.answer, a.n, a.score, a.ms, a.result, r.title,"
        " CASE WHEN r.ended IS NOT NULL THEN r.ended_by END, r.started, r.ended IS NOT NULL AND r.finished, r.passed,"
        " max(coalesce(r.planned, r.nquestions), (SELECT count(*) FROM answers c WHERE c.round_id = r.id))"
        " FROM answers a JOIN rounds r ON r.id = a.round_id JOIN players p ON p.id = r.player"
        " WHERE 1 %s %s %s ORDER BY r.started, r.id, a.n, a.id",
        f->player ? "AND r.player = ?1" : "", f->quiz_id ? "AND r.quiz_id = ?2" : "",
        f->since ? "AND r.started >= ?3" : "");
    sqlite3_stmt *st = prepare(s, sql, what);
    if (!st) return -1;
    int rc = f->player ? sqlite3_bind_int64(st, 1, f->player) : SQLITE_OK, n = 0;
    if (rc == SQLITE_OK && f->quiz_id) rc = sqlite3_bind_text(st, 2, f->quiz_id, -1, SQLITE_STATIC);
    if (rc == SQLITE_OK && f->since) rc = sqlite3_bind_int64(st, 3, f->since);
    if (rc != SQLITE_OK) return finish(s, st, rc, 0, what);
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        StatsAnswer a = {
            .id = sqlite3_column_int64(st, 0), .round_id = sqlite3_column_int64(st, 1),
            .player = sqlite3_column_int64(st, 2), .time = sqlite3_column_int64(st, 3),
            .player_name = col_text(st, 4), .quiz_id = col_text(st, 5), .kind = col_text(st, 6),
            .muscle = col_text(st, 7), .question = col_text(st, 8), .answer = col_text(st, 9),
            .n = sqlite3_column_int(st, 10), .score = sqlite3_column_int(st, 11),
            .ms = sqlite3_column_int(st, 12), .result = col_text(st, 13), .title = col_text(st, 14),
            .ended_by = col_text(st, 15), .round_started = sqlite3_column_int64(st, 16),
            .finished = sqlite3_column_int(st, 17) != 0,
        };
        a.passed = sqlite3_column_type(st, 18) == SQLITE_NULL ? -1 : sqlite3_column_int(st, 18) && a.finished;
        a.planned = sqlite3_column_int(st, 19);
        n++;
        if (each && each(&a, ud)) {
            rc = SQLITE_DONE;
            break;
        }
    }
    return finish(s, st, rc, n, what);
}

int stats_quiz_best(Store *s, int64_t player, StatsQuiz *out, int max)
{
    static const char *what = "read the best scores";
    /* with one max() aggregate, SQLite takes the bare columns (total, max) from the best row;
     * an unfinished round's percent is NULL, so it is never the best */
    sqlite3_stmt *st = prepare(s,
        "SELECT quiz_id, sum(finished), count(*) - sum(finished),"
        " max(CASE WHEN finished AND max > 0 THEN 100.0 * total / max END), total, max,"
        " (SELECT max(started) FROM rounds l WHERE l.player = ?1 AND l.quiz_id = r.quiz_id)"
        " FROM rounds r WHERE player = ?1 GROUP BY quiz_id ORDER BY quiz_id", what);
    if (!st) return -1;
    int rc = sqlite3_bind_int64(st, 1, player), n = 0;
    if (rc != SQLITE_OK) return finish(s, st, rc, 0, what);
    rc = SQLITE_DONE;
    while (n < max && (rc = sqlite3_step(st)) == SQLITE_ROW) {
        StatsQuiz *q = &out[n++];
        snprintf(q->quiz_id, sizeof q->quiz_id, "%s", col_text(st, 0));
        q->rounds = sqlite3_column_int(st, 1);
        q->unfinished = sqlite3_column_int(st, 2);
        bool best = sqlite3_column_type(st, 3) != SQLITE_NULL;
        q->best_percent = best ? sqlite3_column_double(st, 3) : -1;
        q->best_total = best ? sqlite3_column_int(st, 4) : 0;
        q->best_max = best ? sqlite3_column_int(st, 5) : 0;
        q->last_played = sqlite3_column_int64(st, 6);
    }
    if (n == max) rc = SQLITE_DONE;
    return finish(s, st, rc, n, what);
}

int stats_mastery(Store *s, int64_t player, StatsMastery *out, int max)
{
    static const char *what = "read the mastery";
    /* the muscles come from the review schedule (one row per item), the last scores of
     * each from the (player, muscle, id) index: a few rows per muscle, never a scan */
    sqlite3_stmt *muscles = prepare(s,
        "SELECT muscle, count(*), sum(repetitions >= ?2), min(repetitions) FROM review WHERE player = ?1"
        " GROUP BY muscle ORDER BY muscle", what);
    if (!muscles) return -1;
    sqlite3_stmt *last = prepare(s,
        "SELECT score, time FROM answers WHERE player = ?1 AND muscle = ?2"
        " ORDER BY id DESC LIMIT ?3", what);
    if (!last) {
        sqlite3_finalize(muscles);
        return -1;
    }
    int rc = sqlite3_bind_int64(muscles, 1, player), n = 0;
    if (rc == SQLITE_OK) rc = sqlite3_bind_int(muscles, 2, REVIEW_MASTERED_STEPS);
    if (rc == SQLITE_OK) rc = sqlite3_bind_int64(last, 1, player);
    if (rc == SQLITE_OK) rc = sqlite3_bind_int(last, 3, STATS_MASTERY_LAST);
    if (rc != SQLITE_OK) {
        sqlite3_finalize(last);
        return finish(s, muscles, rc, 0, what);
    }
    rc = SQLITE_DONE;
    while (n < max && (rc = sqlite3_step(muscles)) == SQLITE_ROW) {
        StatsMastery *m = &out[n];
        memset(m, 0, sizeof *m);
        snprintf(m->muscle, sizeof m->muscle, "%s", col_text(muscles, 0));
        m->items = sqlite3_column_int(muscles, 1);
        m->mastered_items = sqlite3_column_int(muscles, 2);
        m->steps = sqlite3_column_int(muscles, 3);
        m->mastered = m->items > 0 && m->mastered_items == m->items;
        rc = sqlite3_bind_text(last, 2, m->muscle, -1, SQLITE_STATIC);
        if (rc != SQLITE_OK) break;
        double sum = 0, wsum = 0;
        int k = 0;
        while ((rc = sqlite3_step(last)) == SQLITE_ROW) {
            double w = STATS_MASTERY_LAST - k;
            if (k == 0) m->last = sqlite3_column_int64(last, 1);
            sum += w * sqlite3_column_int(last, 0);
            wsum += w;
            k++;
        }
        sqlite3_reset(last);
        if (rc != SQLITE_DONE) break;
        m->answers = k;
        m->mastery = wsum > 0 ? sum / wsum : 0;
        if (k > 0) n++;
    }
    sqlite3_finalize(last);
    if (n == max) rc = SQLITE_DONE;
    n = finish(s, muscles, rc, n, what);
    /* weakest first (insertion sort: a few dozen muscles) */
    for (int i = 1; i < n; i++)
        for (int j = i; j > 0 && out[j].mastery < out[j - 1].mastery; j--) {
            StatsMastery t = out[j];
            out[j] = out[j - 1];
            out[j - 1] = t;
        }
    return n;
}

int stats_over_time(Store *s, int64_t player, int64_t bucket, StatsPoint *out, int max)
{
    static const char *what = "read the scores over time";
    if (bucket <= 0) bucket = 86400;
    sqlite3_stmt *st = prepare(s,
        "SELECT * FROM (SELECT started / ?2 AS b, avg(100.0 * total / max), count(*) FROM rounds"
        " WHERE player = ?1 AND finished AND max > 0 GROUP BY b ORDER BY b DESC LIMIT ?3) ORDER BY b", what);
    if (!st) return -1;
    int rc = sqlite3_bind_int64(st, 1, player), n = 0;
    if (rc == SQLITE_OK) rc = sqlite3_bind_int64(st, 2, bucket);
    if (rc == SQLITE_OK) rc = sqlite3_bind_int(st, 3, max);
    if (rc != SQLITE_OK) return finish(s, st, rc, 0, what);
    rc = SQLITE_DONE;
    while (n < max && (rc = sqlite3_step(st)) == SQLITE_ROW) {
        out[n].start = sqlite3_column_int64(st, 0) * bucket;
        out[n].percent = sqlite3_column_double(st, 1);
        out[n].rounds = sqlite3_column_int(st, 2);
        n++;
    }
    if (n == max) rc = SQLITE_DONE;
    return finish(s, st, rc, n, what);
}
