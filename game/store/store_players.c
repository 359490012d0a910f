/* store_players: the player operations that are not queued (find, name, rename, delete,
 * list, the remembered last player) and the review schedule's reads. They need the file
 * open and the queue written first (store_need_db), so every id they see is real. Creating
 * a player is a queued write (store_player_ensure in store_queue.c). */
#include "store/store_internal.h"
#include "store/review.h"

#include <stdio.h>
#include <string.h>

/* ---- players ---- */

bool store_player_name_valid(const char *name)
{
    if (!name || !name[0] || strlen(name) >= STORE_NAME_MAX) return false;
    for (const unsigned char *p = (const unsigned char *)name; *p; p++)
        if (*p < 0x20 || *p == 0x7f) return false;
    return name[0] != ' ' && name[strlen(name) - 1] != ' ';
}

int64_t store_player_find(Store *s, const char *name)
{
    if (!s || !name || store_need_db(s) != 0) return -1;
    sqlite3_stmt *find = store_stmt(s, ST_PLAYER_FIND);
    if (!find) return -1;
    int rc = store_bind(find, "t", name);
    if (rc == SQLITE_OK) rc = sqlite3_step(find);
    int64_t id = rc == SQLITE_ROW ? sqlite3_column_int64(find, 0) : 0;
    store_stmt_done(find);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
        store_db_error(s, rc, "look up the player");
        return -1;
    }
    return id;
}

int store_player_name(Store *s, int64_t id, char *buf, size_t len)
{
    if (!s || !buf || len == 0 || store_need_db(s) != 0) return -1;
    sqlite3_stmt *st;
    int rc = sqlite3_prepare_v2(s->db, "SELECT name FROM players WHERE id = ?1", -1, &st, NULL);
    if (rc != SQLITE_OK) {
        store_db_error(s, rc, "look up the player");
        return -1;
    }
    rc = store_bind(st, "i", store_id_real(s, id));
    if (rc == SQLITE_OK) rc = sqlite3_step(st);
    if (rc == SQLITE_ROW) snprintf(buf, len, "%s", (const char *)sqlite3_column_text(st, 0));
    else if (rc == SQLITE_DONE) store_set_error(s, "there is no player %lld", (long long)id);
    else store_db_error(s, rc, "look up the player");
    sqlite3_finalize(st);
    return rc == SQLITE_ROW ? 0 : -1;
}

/* One write statement with two bound values in its own transaction. */
static int write_one(Store *s, const char *sql, int64_t a, const char *b, const char *what)
{
    if (store_need_db(s) != 0) return -1;
    sqlite3_stmt *st;
    int rc = store_exec(s->db, "BEGIN IMMEDIATE");
    if (rc == SQLITE_OK) rc = sqlite3_prepare_v2(s->db, sql, -1, &st, NULL);
    else st = NULL;
    if (rc == SQLITE_OK) {
        rc = b ? store_bind(st, "it", a, b) : store_bind(st, "i", a);
        if (rc == SQLITE_OK) rc = sqlite3_step(st);
        rc = rc == SQLITE_DONE ? SQLITE_OK : rc;
        sqlite3_finalize(st);
        if (rc == SQLITE_OK && sqlite3_changes(s->db) == 0) {
            store_set_error(s, "there is no player %lld", (long long)a);
            rc = SQLITE_NOTFOUND;
        }
    }
    if (rc == SQLITE_OK) rc = store_exec(s->db, "COMMIT");
    if (rc != SQLITE_OK) {
        if (!sqlite3_get_autocommit(s->db)) {
            int rb = store_exec(s->db, "ROLLBACK");
            (void)rb;
        }
        if ((rc & 0xff) == SQLITE_CONSTRAINT) store_set_error(s, "that name is already taken");
        else if (rc != SQLITE_NOTFOUND) store_db_error(s, rc, what);
        return -1;
    }
    return 0;
}

int store_player_rename(Store *s, int64_t id, const char *new_name)
{
    if (!s) return -1;
    if (!store_player_name_valid(new_name)) {
        store_set_error(s, "a player name has 1 to %d characters, no leading or trailing spaces",
                        STORE_NAME_MAX - 1);
        return -1;
    }
    return write_one(s, "UPDATE players SET name = ?2 WHERE id = ?1", store_id_real(s, id), new_name,
                     "rename the player");
}

int store_player_delete(Store *s, int64_t id)
{
    if (!s) return -1;
    return write_one(s, "DELETE FROM players WHERE id = ?1", store_id_real(s, id), NULL,
                     "delete the player");
}

int store_player_select(Store *s, int64_t id)
{
    if (!s || store_need_db(s) != 0) return -1;
    id = store_id_real(s, id);
    int64_t exists = 0;
    char sql[96];
    snprintf(sql, sizeof sql, "SELECT count(*) FROM players WHERE id = %lld", (long long)id);
    int rc = store_query_int(s->db, sql, &exists);
    if (rc == SQLITE_OK && !exists) {
        store_set_error(s, "there is no player %lld", (long long)id);
        return -1;
    }
    if (rc == SQLITE_OK) {
        rc = store_exec(s->db, "BEGIN IMMEDIATE");
        if (rc == SQLITE_OK) rc = store_tx_end(s, store_meta_set_int(s, "last_player", id));
    }
    if (rc != SQLITE_OK) {
        store_db_error(s, rc, "remember the player");
        return -1;
    }
    return 0;
}

int64_t store_player_last(Store *s)
{
    if (!s || store_need_db(s) != 0) return -1;
    int64_t id = 0;
    int rc = store_query_int(s->db, "SELECT p.id FROM meta m JOIN players p ON p.id = CAST(m.value AS INTEGER)"
                              " WHERE m.key = 'last_player'", &id);
    if (rc != SQLITE_OK) {
        store_db_error(s, rc, "read the last player");
        return -1;
    }
    return id;
}

int store_player_list(Store *s, StorePlayer *out, int max)
{
    if (!s || store_need_db(s) != 0) return -1;
    sqlite3_stmt *st;
    int rc = sqlite3_prepare_v2(s->db,
        "SELECT p.id, p.name, p.created, (SELECT count(*) FROM rounds r WHERE r.player = p.id)"
        " FROM players p ORDER BY p.name COLLATE NOCASE", -1, &st, NULL);
    if (rc != SQLITE_OK) {
        store_db_error(s, rc, "list the players");
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
        store_db_error(s, rc, "list the players");
        return -1;
    }
    return n;
}
/* ---- review ---- */

/* The columns every review read takes, with the time of the item's latest answer (the
 * (player, muscle, id) index finds it). */
#define REVIEW_COLUMNS \
    "SELECT muscle, kind, ease, interval_days, repetitions, due, last_score," \
    " (SELECT max(a.time) FROM answers a WHERE a.player = r.player AND a.muscle = r.muscle" \
    " AND a.kind = r.kind) FROM review r"

static void review_row(sqlite3_stmt *st, StoreReviewItem *it)
{
    snprintf(it->muscle, sizeof it->muscle, "%s", (const char *)sqlite3_column_text(st, 0));
    snprintf(it->kind, sizeof it->kind, "%s", (const char *)sqlite3_column_text(st, 1));
    it->ease = sqlite3_column_double(st, 2);
    it->interval_days = sqlite3_column_int(st, 3);
    it->repetitions = sqlite3_column_int(st, 4);
    it->due = sqlite3_column_int64(st, 5);
    it->last_score = sqlite3_column_int(st, 6);
    it->last_answer = sqlite3_column_int64(st, 7);
}

/* Up to max rows of a review query whose parameters are the player, a time and max. */
static int review_rows(Store *s, const char *sql, int64_t player, int64_t t, int max, StoreReviewItem *out)
{
    if (!s || max < 0 || !out || store_need_db(s) != 0) return -1;
    sqlite3_stmt *st;
    int rc = sqlite3_prepare_v2(s->db, sql, -1, &st, NULL);
    if (rc != SQLITE_OK) {
        store_db_error(s, rc, "read the review schedule");
        return -1;
    }
    rc = store_bind(st, "iin", store_id_real(s, player), t, max);
    int n = 0;
    if (rc == SQLITE_OK)
        while (n < max && (rc = sqlite3_step(st)) == SQLITE_ROW) review_row(st, &out[n++]);
    if (rc == SQLITE_OK) rc = SQLITE_DONE;   /* max == 0 */
    sqlite3_finalize(st);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
        store_db_error(s, rc, "read the review schedule");
        return -1;
    }
    return n;
}

int store_review_due(Store *s, int64_t player, int64_t until, int max, StoreReviewItem *out)
{
    return review_rows(s, REVIEW_COLUMNS " WHERE player = ?1 AND due < ?2"
                       " ORDER BY last_score >= 60, due, last_score, ease, muscle, kind LIMIT ?3",
                       player, until, max, out);
}

int store_review_weakest(Store *s, int64_t player, int64_t until, int max, StoreReviewItem *out)
{
    return review_rows(s, REVIEW_COLUMNS " WHERE player = ?1 AND due >= ?2"
                       " ORDER BY last_score, repetitions, ease, due, muscle, kind LIMIT ?3",
                       player, until, max, out);
}

int store_review_counts(Store *s, int64_t player, int64_t now, StoreReviewCounts *out)
{
    memset(out, 0, sizeof *out);
    if (!s || store_need_db(s) != 0) return -1;
    int64_t until = review_day_end(now);
    sqlite3_stmt *st;
    int rc = sqlite3_prepare_v2(s->db,
        "SELECT count(*), coalesce(sum(due < ?2), 0), coalesce(sum(repetitions >= ?3), 0),"
        " min(CASE WHEN due >= ?2 THEN due END),"
        " (SELECT avg(ms) FROM (SELECT ms FROM answers WHERE player = ?1 ORDER BY time DESC LIMIT 40))"
        " FROM review WHERE player = ?1", -1, &st, NULL);
    if (rc != SQLITE_OK) {
        store_db_error(s, rc, "read the review schedule");
        return -1;
    }
    rc = store_bind(st, "iin", store_id_real(s, player), until, REVIEW_MASTERED_STEPS);
    if (rc == SQLITE_OK) rc = sqlite3_step(st);
    if (rc == SQLITE_ROW) {
        out->items = sqlite3_column_int(st, 0);
        out->due = sqlite3_column_int(st, 1);
        out->mastered = sqlite3_column_int(st, 2);
        out->next_due = sqlite3_column_type(st, 3) == SQLITE_NULL ? 0 : sqlite3_column_int64(st, 3);
        out->answer_ms = sqlite3_column_type(st, 4) == SQLITE_NULL ? 0 : (int)sqlite3_column_double(st, 4);
        rc = SQLITE_DONE;
    }
    sqlite3_finalize(st);
    if (rc == SQLITE_DONE && out->next_due) {   /* how many come back on that day */
        rc = sqlite3_prepare_v2(s->db, "SELECT count(*) FROM review WHERE player = ?1 AND due >= ?2 AND due < ?3",
                                -1, &st, NULL);
        if (rc == SQLITE_OK) {
            rc = store_bind(st, "iii", store_id_real(s, player), until, review_day_end(out->next_due));
            if (rc == SQLITE_OK) rc = sqlite3_step(st);
            if (rc == SQLITE_ROW) {
                out->next_count = sqlite3_column_int(st, 0);
                rc = SQLITE_DONE;
            }
            sqlite3_finalize(st);
        }
    }
    if (rc != SQLITE_DONE) {
        store_db_error(s, rc, "read the review schedule");
        return -1;
    }
    return 0;
}

int store_review_get(Store *s, int64_t player, const char *muscle, const char *kind,
                     StoreReviewItem *out)
{
    if (!s || !muscle || !kind || store_need_db(s) != 0) return -1;
    sqlite3_stmt *st;
    int rc = sqlite3_prepare_v2(s->db, REVIEW_COLUMNS " WHERE player = ?1 AND muscle = ?2 AND kind = ?3", -1, &st,
                                NULL);
    if (rc != SQLITE_OK) {
        store_db_error(s, rc, "read the review schedule");
        return -1;
    }
    rc = store_bind(st, "itt", store_id_real(s, player), muscle, kind);
    if (rc == SQLITE_OK) rc = sqlite3_step(st);
    if (rc == SQLITE_ROW) review_row(st, out);
    sqlite3_finalize(st);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
        store_db_error(s, rc, "read the review schedule");
        return -1;
    }
    return rc == SQLITE_ROW ? 1 : 0;
}
