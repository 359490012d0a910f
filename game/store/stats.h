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
    const char *title;               /* the quiz's title when the round ended, or NULL */
    const char *ended_by;            /* "completed", "quit", ...; NULL: not ended, or not recorded (v2) */
    const char *feedback;            /* on_finish's text, or NULL */
    int64_t started, ended;          /* unix time; ended 0 = never ended (the program stopped) */
    int total, max;                  /* max = 100 per planned question; a round never ended: the
                                        sum of its answers so far, planned * 100 */
    int nquestions;                  /* planned when the round began */
    int planned;                     /* planned when it ended (adaptive quizzes add questions) */
    bool finished;                   /* every planned question answered or skipped */
    int pass_mark, passed;           /* -1 = none; passed is never 1 for an unfinished round */
    int nanswers;                    /* answers saved */
} StatsRound;

typedef struct StatsAnswer {
    int64_t id, round_id, player, time;
    const char *player_name, *quiz_id, *kind, *muscle, *question, *answer;  /* may be NULL */
    const char *result;              /* the result's JSON (schema v3), NULL before */
    int n, score, ms;
    /* its round */
    const char *title, *ended_by;    /* NULL when unknown */
    int64_t round_started;
    int planned;                     /* questions the round planned */
    bool finished;                   /* every planned question answered or skipped */
    int passed;                      /* -1 no pass mark, 0, 1 */
} StatsAnswer;

/* Which rounds a query reads. */
typedef struct StatsFilter {
    int64_t player;                  /* 0 = every player */
    const char *quiz_id;             /* NULL = every quiz */
    int64_t since;                   /* rounds started at or after this unix time; 0 = all */
} StatsFilter;

typedef struct StatsQuiz {
    char quiz_id[64];
    int rounds;                      /* finished rounds */
    int unfinished;                  /* rounds left before the end (never a best) */
    int best_total, best_max;        /* of the best finished round */
    double best_percent;             /* -1 when no round is finished */
    int64_t last_played;
} StatsQuiz;

typedef struct StatsMastery {
    char muscle[64];
    double mastery;                  /* 0..100, weighted mean of the last answers */
    int answers;                     /* how many of them (<= STATS_MASTERY_LAST) */
    int64_t last;                    /* time of the latest */
    /* spaced review (docs/scoring.md): the muscle's review items (one per kind of question
     * answered), how many are mastered (3 good answers on separate days), the fewest steps
     * any of them has climbed; mastered when every item is */
    int items, mastered_items, steps;
    bool mastered;
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
/* Every answer of the rounds f selects (NULL: all), oldest first. */
int stats_answers(Store *s, const StatsFilter *f, int (*each)(const StatsAnswer *a, void *ud), void *ud);
/* Per quiz played (finished or not), by quiz id: the best percent of its finished rounds
 * (an unfinished round is never a best) and how many rounds of each. */
int stats_quiz_best(Store *s, int64_t player, StatsQuiz *out, int max);
/* Per muscle, weakest first: the last STATS_MASTERY_LAST scores weighted 10, 9, ... 1
 * (newest heaviest), and whether its review items are mastered. */
int stats_mastery(Store *s, int64_t player, StatsMastery *out, int max);
/* Mean percent of finished rounds (every planned question answered) per bucket of
 * `bucket` seconds (86400: per UTC day; 1: per round), the newest max buckets, oldest first. */
int stats_over_time(Store *s, int64_t player, int64_t bucket, StatsPoint *out, int max);

#endif
