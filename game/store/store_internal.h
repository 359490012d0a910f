/* store_internal: what the three files of the score store share (private to game/store/
 * store*.c): the Store itself, its prepared statements, and the helpers for errors,
 * statements and transactions. store.c opens, checks and migrates the file; store_queue.c
 * holds the operation queue (every write) and provisional ids; store_players.c the direct
 * player operations and the review reads. */
#ifndef STORE_INTERNAL_H
#define STORE_INTERNAL_H

#include "store/store.h"

#include <sqlite3.h>

/* Statements on the write path, prepared once (SQLITE_PREPARE_PERSISTENT) and reused. */
enum {
    ST_PLAYER_FIND, ST_PLAYER_INSERT, ST_ROUND_INSERT, ST_ROUND_PLAYER, ST_ANSWER_INSERT,
    ST_ROUND_END, ST_REVIEW_GET, ST_REVIEW_PUT, ST_META_SET, ST_COUNT
};

typedef struct Op Op;                 /* a queued write (store_queue.c) */
typedef struct IdMap { int64_t prov, real; } IdMap;

struct Store {
    char *dir, *path;
    sqlite3 *db;                      /* NULL while the file cannot be opened */
    sqlite3_stmt *st[ST_COUNT];
    char error[600];
    char notice[600];
    Op *ops; int nops, capops;        /* the queue, oldest first */
    IdMap *ids; int nids, capids;     /* provisional ids and the real ones once written */
    int64_t next_prov;
    uint64_t seq, dropped_seq;
    bool in_batch;
};

/* errors */
void store_set_error(Store *s, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void store_db_error(Store *s, int rc, const char *what);   /* "could not WHAT in FILE: reason" */
bool store_rc_transient(int rc);      /* a later retry may work: the operation stays queued */
char *store_dup(const char *src);     /* strdup; NULL for NULL (and when out of memory) */

/* statements and transactions */
sqlite3_stmt *store_stmt(Store *s, int which);              /* prepared on first use; NULL + error */
void store_stmt_done(sqlite3_stmt *st);                     /* reset and clear bindings */
int store_step_done(sqlite3_stmt *st);                      /* step a write, reset: SQLITE_OK or the code */
/* Binds parameters 1, 2, ... by a format: 'i' int64_t, 'n' int, 'd' double, 't' text
 * (NULL binds NULL). Returns the first failure. */
int store_bind(sqlite3_stmt *st, const char *fmt, ...);
int store_exec(sqlite3 *db, const char *sql);
int store_tx_begin(Store *s);                               /* BEGIN IMMEDIATE, unless in a batch */
int store_tx_end(Store *s, int rc);                         /* COMMIT when rc is OK, else ROLLBACK */
int store_query_int(sqlite3 *db, const char *sql, int64_t *out);  /* one-row integer queries */
int store_meta_set_int(Store *s, const char *key, int64_t v);
/* The review schedule after one answer (SM-2, store/review.h), in the caller's transaction. */
int store_review_apply(Store *s, int64_t player, const char *muscle, const char *kind, int score,
                       int64_t when);

/* the file */
int store_open_file(Store *s);        /* opens s->path into s->db, moving a bad file aside */

/* the queue (store_queue.c) */
int64_t store_id_real(const Store *s, int64_t id);          /* the real id once written, else id */
int store_need_db(Store *s);          /* direct operations: the file open and the queue empty */
void store_queue_close(Store *s);     /* a last flush, a report of what is lost, freed */

#endif
