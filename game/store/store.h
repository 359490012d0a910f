/* store: the local score file (SQLite). One file per data directory holding players,
 * rounds, every answer and the spaced-review schedule. Each answer is committed when it
 * is given; a damaged file is moved aside, never overwritten. Functions return 0 on
 * success and -1 on failure with store_error() saying why in words a player understands;
 * when the disk refuses a write the answer is kept in memory and retried later. The store
 * reads no clock: every write takes its time from the caller. Code: store.c (file, schema,
 * statements), store_queue.c (the writes), store_players.c (players, review reads).
 * docs/storage.md describes the file, the schema versions and the choices behind them. */
#ifndef STORE_H
#define STORE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct Store Store;

#define STORE_FILE_NAME "scores.sqlite3"
#define STORE_APPLICATION_ID 0x54547231   /* "TTr1" in the SQLite header */
#define STORE_SCHEMA_VERSION 4            /* PRAGMA user_version of the newest schema */
#define STORE_NAME_MAX 64                 /* player names: 1..63 bytes, no control characters */
#define STORE_PROVISIONAL_BASE (INT64_C(1) << 52)  /* ids >= this are not written yet */

typedef struct StoreAnswer {
    int64_t round_id;
    int n;                    /* question number in the round, from 1 */
    const char *kind;         /* "locate", "refer", "identify", "name" */
    const char *muscle;       /* muscle id asked */
    const char *question;     /* JSON text of what was asked */
    const char *answer;       /* JSON text of what was answered */
    int score;                /* 0..100 */
    int ms;                   /* time to answer */
    const char *result;       /* JSON text of the result (as play --stdio sends it), or NULL */
} StoreAnswer;

/* How a round ended (design.md section 8, "Round records"). */
typedef struct StoreRoundEnd {
    int total, max;           /* max = 100 per planned question */
    int planned;              /* questions the round meant to ask */
    bool finished;            /* every planned question answered or skipped */
    const char *ended_by;     /* "completed", "quit", "eof", "time_limit", "script_error" */
    int pass_mark;            /* percent, -1 when the quiz has none */
    int passed;               /* -1 no pass mark, else 0/1 (never 1 when not finished) */
    const char *title;        /* the quiz's title, or NULL */
    const char *feedback;     /* on_finish's text, or NULL */
    const char *error;        /* the script error that ended it, or NULL */
} StoreRoundEnd;

typedef struct StorePlayer {
    int64_t id;
    char name[STORE_NAME_MAX];
    int64_t created;          /* unix time */
    int rounds;               /* rounds played */
} StorePlayer;

/* One review item (a muscle and a kind of question) and its schedule (store/review.h). */
typedef struct StoreReviewItem {
    char muscle[64];
    char kind[16];
    int64_t due;              /* unix time */
    double ease;
    int interval_days;
    int repetitions;          /* steps climbed (REVIEW_MASTERED_STEPS: mastered) */
    int last_score;
    int64_t last_answer;      /* time of the latest answer on it, 0 when unknown */
} StoreReviewItem;

/* A player's review schedule at a glance. */
typedef struct StoreReviewCounts {
    int items;                /* items answered at least once */
    int due;                  /* due today (before the end of the local day) */
    int mastered;             /* REVIEW_MASTERED_STEPS steps or more */
    int64_t next_due;         /* the earliest due time after today, 0 when none */
    int next_count;           /* items due on that day */
    int answer_ms;            /* mean time to answer of the player's last 40 answers, 0 none */
} StoreReviewCounts;

/* Opens (creating) DIR/scores.sqlite3; DIR is made if missing. NULL dir means the default
 * ($XDG_DATA_HOME/trigger-trainer, else ~/.local/share/trigger-trainer). Never returns
 * NULL unless out of memory: a store that could not open the file works in memory and
 * says so through store_error()/store_notice(). */
Store *store_open(const char *dir);
/* Tries once more to write what is pending, then closes; what still could not be written
 * is reported on stderr. */
void store_close(Store *s);
const char *store_error(const Store *s);   /* last failure, or NULL */
const char *store_notice(const Store *s);  /* a message to show once (e.g. file moved aside), or NULL */
const char *store_default_dir(void);
const char *store_path(const Store *s);    /* DIR/scores.sqlite3 */

/* The writes. `now` is when it happened, in Unix seconds, from the caller's clock (the
 * game's game_now(), time(NULL) on the command line, fixed times in tools and tests): the
 * store reads no clock. It is written as players.created, rounds.started, answers.time
 * (and the review schedule's base) and rounds.ended.
 * Ids returned while the disk refuses writes are provisional (>= STORE_PROVISIONAL_BASE):
 * they stay valid for the other calls of this Store and are written with the rest. */
int64_t store_player_ensure(Store *s, const char *name, int64_t now);  /* id of the player, created if new; -1 on error */
int64_t store_round_begin(Store *s, int64_t player, const char *quiz_id, const char *quiz_hash,
                          uint64_t seed, int nquestions, int64_t now);  /* also remembers player as the last one */
int store_answer_save(Store *s, const StoreAnswer *a, int64_t now);      /* committed before it returns */
int store_round_end(Store *s, int64_t round_id, const StoreRoundEnd *e, int64_t now);

/* Writes what is kept in memory. 0 when nothing is left pending. */
int store_flush(Store *s);
int store_pending(const Store *s);         /* operations kept in memory, not yet written */

/* Players. find: the id, 0 if there is none, -1 on error. Names compare without case.
 * delete removes the player's rounds, answers and review schedule (the caller confirms). */
int64_t store_player_find(Store *s, const char *name);
int store_player_name(Store *s, int64_t id, char *buf, size_t len);
int store_player_rename(Store *s, int64_t id, const char *new_name);
int store_player_delete(Store *s, int64_t id);
int store_player_list(Store *s, StorePlayer *out, int max);       /* count (by name), -1 on error */
int store_player_select(Store *s, int64_t id);                    /* remember as the last player */
int64_t store_player_last(Store *s);                              /* 0 when none */
bool store_player_name_valid(const char *name);

/* Review (docs/scoring.md). Up to max items due before `until` (review_day_end(now): due
 * today), those missed last time first, then by due time; the count, -1 on error. */
int store_review_due(Store *s, int64_t player, int64_t until, int max, StoreReviewItem *out);
/* Up to max items not due before `until`, weakest first (lowest last score, fewest steps,
 * lowest ease): extra practice when nothing is due. */
int store_review_weakest(Store *s, int64_t player, int64_t until, int max, StoreReviewItem *out);
/* The counts at time now (due today, mastered, the next day something comes back). */
int store_review_counts(Store *s, int64_t player, int64_t now, StoreReviewCounts *out);
/* One item's schedule: 1 found, 0 never answered, -1 on error. */
int store_review_get(Store *s, int64_t player, const char *muscle, const char *kind,
                     StoreReviewItem *out);

/* Bulk writing (benchmarks, imports): the saves between begin and end share one
 * transaction, so nothing is durable until store_batch_end. Not for play. */
int store_batch_begin(Store *s);
int store_batch_end(Store *s);

/* Writes a consistent copy of the score file at src_path to dest with SQLite's online
 * backup, safe while the game or `play --stdio` write to it (the copy is what the file held
 * at one instant, between two answers); the source is opened read-only and never changed.
 * The copy is written beside dest and renamed over it once it passes integrity_check, so a
 * failed export leaves no half file. 0, or -1 with the reason in err. */
int store_export(const char *src_path, const char *dest, char *err, size_t errlen);

/* The open database for read-only queries (game/store/stats.c), NULL while the file cannot be
 * opened. */
struct sqlite3 *store_db(Store *s);
/* Sets store_error() from an SQLite result code after a failed query on store_db():
 * "could not WHAT in FILE: reason". */
void store_report(Store *s, int sqlite_rc, const char *what);

#endif
