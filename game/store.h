/* store: the local score file (SQLite). One file per data directory holding players,
 * rounds, every answer and the spaced-review schedule. Each answer is committed when it
 * is given; a damaged file is moved aside, never overwritten. Functions return 0 on
 * success and -1 on failure with store_error() saying why in words a player understands;
 * when the disk refuses a write the answer is kept in memory and retried later. */
#ifndef STORE_H
#define STORE_H

#include <stdbool.h>
#include <stdint.h>

typedef struct Store Store;

typedef struct StoreAnswer {
    int64_t round_id;
    int n;                    /* question number in the round, from 1 */
    const char *kind;         /* "locate", "refer", "identify", "name" */
    const char *muscle;       /* muscle id asked */
    const char *question;     /* JSON text of what was asked */
    const char *answer;       /* JSON text of what was answered */
    int score;                /* 0..100 */
    int ms;                   /* time to answer */
} StoreAnswer;

/* Opens (creating) DIR/scores.sqlite3; DIR is made if missing. NULL dir means the default
 * ($XDG_DATA_HOME/trigger-trainer, else ~/.local/share/trigger-trainer). Never returns
 * NULL unless out of memory: a store that could not open the file works in memory and
 * says so through store_error()/store_notice(). */
Store *store_open(const char *dir);
void store_close(Store *s);
const char *store_error(const Store *s);   /* last failure, or NULL */
const char *store_notice(const Store *s);  /* a message to show once (e.g. file moved aside), or NULL */
const char *store_default_dir(void);

int64_t store_player_ensure(Store *s, const char *name);          /* id of the player, created if new; -1 on error */
int64_t store_round_begin(Store *s, int64_t player, const char *quiz_id, const char *quiz_hash,
                          uint64_t seed, int nquestions);
int store_answer_save(Store *s, const StoreAnswer *a);            /* committed before it returns */
int store_round_end(Store *s, int64_t round_id, int total, int max);

#endif
