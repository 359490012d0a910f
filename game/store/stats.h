/* stats: read-only questions asked of the score file: rounds (history, per quiz best),
 * every answer (for export), per-muscle mastery and scores over time. All run on
 * indexes made by the store's schema, so they stay fast with 100,000 answers. */
#ifndef STATS_H
#define STATS_H

#include <stdbool.h>
#include <stdint.h>
#include "store/store.h"

#define STATS_MASTERY_LAST 10     /* mastery looks at this many recent answers */

typedef struct StatsRound {
    int64_t id, player;
    const char *player_name, *quiz_id, *quiz_hash;   /* valid during the callback only */
    int64_t started, ended;          /* unix time; ended 0 = unfinished */
    int total, max;                  /* unfinished rounds: sum of the answers so far, nquestions * 100 */
    int nquestions;
    int nanswers;                    /* answers saved (finished rounds: nquestions) */
} StatsRound;

typedef struct StatsAnswer {
    int64_t id, round_id, player, time;
    const char *player_name, *quiz_id, *kind, *muscle, *question, *answer;  /* may be NULL */
    int n, score, ms;
} StatsAnswer;

typedef struct StatsQuiz {
    char quiz_id[64];
    int rounds;                      /* finished rounds */
    int best_total, best_max;
    double best_percent;
    int64_t last_played;
} StatsQuiz;

typedef struct StatsMastery {
    char muscle[64];
    double mastery;                  /* 0..100, weighted mean of the last answers */
    int answers;                     /* how many of them (<= STATS_MASTERY_LAST) */
    int64_t last;                    /* time of the latest */
} StatsMastery;

typedef struct StatsPoint {
    int64_t start;                   /* start of the bucket, unix time */
    double percent;                  /* mean percent of finished rounds in it */
    int rounds;
} StatsPoint;

/* Callbacks return 0 to go on, non-zero to stop. player 0 = every player; quiz_id NULL =
 * every quiz. Rounds come oldest first; the functions return the number of rows visited
 * or -1 with store_error() set. */
int stats_rounds(Store *s, int64_t player, const char *quiz_id,
                 int (*each)(const StatsRound *r, void *ud), void *ud);
int stats_answers(Store *s, int64_t player, int (*each)(const StatsAnswer *a, void *ud), void *ud);
/* Per quiz: finished rounds and the best percent, by quiz id. */
int stats_quiz_best(Store *s, int64_t player, StatsQuiz *out, int max);
/* Per muscle, weakest first: the last STATS_MASTERY_LAST scores weighted 10, 9, ... 1
 * (newest heaviest). */
int stats_mastery(Store *s, int64_t player, StatsMastery *out, int max);
/* Mean percent of finished rounds per bucket of `bucket` seconds (86400: per UTC day). */
int stats_over_time(Store *s, int64_t player, int64_t bucket, StatsPoint *out, int max);

#endif
