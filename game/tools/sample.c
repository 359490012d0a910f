/* sample: the sample player and history that `shot` scenes and the documentation
 * screenshots use: a scratch data directory with "Sample Student", twelve finished rounds
 * over two weeks with mixed scores, and fixed timestamps, so that the same command draws
 * the same pixels on every machine. Removed again at shutdown. */
#include "tools/sample.h"
#include "quiz/kinds.h"
#include "store/store.h"

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#define SAMPLE_BASE_TIME INT64_C(1793610000)   /* 2026-11-02 09:00 UTC */
#define SAMPLE_ROUND_EVERY INT64_C(104400)     /* 29 hours between two rounds */

static const char *const sample_quizzes[] = {"head-and-neck", "shoulder-girdle", "back-and-trunk",
                                             "hip-and-pelvis", "arm-and-forearm", "leg-and-foot"};

static void sample_cleanup(Game *g);

bool sample_setup(Game *g)
{
    char dir[] = "/tmp/tt-sample-XXXXXX";
    if (!mkdtemp(dir))
        return false;
    snprintf(g->data_dir, sizeof g->data_dir, "%s", dir);
    g->sample = true;
    /* the days the screens name ("back tomorrow (Tue 3 Nov)", the chart's dates) are local
     * days: the sample's are UTC days, so every machine draws the same pixels */
    setenv("TZ", "UTC", 1);
    tzset();
    g->fixed_now = SAMPLE_BASE_TIME + 3600;
    g->on_shutdown = sample_cleanup;
    Store *s = game_store(g);
    const Atlas *a = game_atlas(g);
    if (!s || !a || a->nmuscles == 0)
        return false;
    /* one round a day or so, two weeks up to the base time, the answers a minute apart */
    int64_t first = SAMPLE_BASE_TIME - 11 * SAMPLE_ROUND_EVERY;
    store_player_ensure(s, "Alex Morgan", first - 86400);
    store_player_ensure(s, "Priya Shah", first - 86400);
    int64_t player = store_player_ensure(s, "Sample Student", first - 3600);
    if (player <= 0 || !game_set_player(g, player))
        return false;
    for (int r = 0; r < 12; r++) {
        const char *quiz = sample_quizzes[r % 6];
        int64_t started = first + r * SAMPLE_ROUND_EVERY;
        int64_t round = store_round_begin(s, player, quiz, "0000000000000000", (uint64_t)(1000 + r), 6, started);
        if (round <= 0)
            return false;
        int total = 0;
        for (int n = 1; n <= 6; n++) {
            const AtlasMuscle *m = &a->muscles[(r * 7 + n * 5) % a->nmuscles];
            /* scores improve over the fortnight, with some muscles stubbornly weak */
            int score = (r * 6 + n * 17 + (int)(m->id[0] * 3)) % 61 + r * 3;
            if (score > 100) score = 100;
            if (n == 3) score = r > 6 ? 100 : 40;
            QuizKind kind = (QuizKind)((r + n) % QUIZ_KIND_COUNT);
            StoreAnswer ans = {.round_id = round, .n = n, .kind = quiz_kind_name(kind), .muscle = m->id,
                               .question = "{}", .answer = "{}", .score = score, .ms = 4000 + 300 * n};
            if (store_answer_save(s, &ans, started + n * 60) != 0)
                return false;
            total += score;
        }
        StoreRoundEnd end = {.total = total, .max = 600, .planned = 6, .finished = true, .ended_by = "completed",
                             .pass_mark = -1, .passed = -1};
        store_round_end(s, round, &end, started + 420);
    }
    /* the review schedule the shots show, staged whatever the scheduler made of the scores
     * (their answers are hours apart, not days): the best answers three steps up (mastered),
     * a few items due today, missed ones among them, the rest back over the coming weeks */
    sqlite3 *db = store_db(s);
    char sql[640];
    snprintf(sql, sizeof sql,
             "UPDATE review SET repetitions = 3, interval_days = 17 WHERE last_score >= 90;"
             "UPDATE review SET repetitions = 1, interval_days = 1 WHERE last_score >= 60 AND last_score < 90;"
             "UPDATE review SET due = CASE WHEN (length(muscle) + length(kind)) %% 5 = 0"
             " THEN %lld - 3600 * (length(muscle) %% 5)"
             " ELSE %lld + 86400 * (1 + (length(muscle) * 3 + length(kind)) %% 20) END;",
             (long long)SAMPLE_BASE_TIME, (long long)SAMPLE_BASE_TIME);
    return db && sqlite3_exec(db, sql, NULL, NULL, NULL) == SQLITE_OK;
}

static void sample_cleanup(Game *g)
{
    if (!g->sample || strncmp(g->data_dir, "/tmp/tt-sample-", 15))
        return;
    static const char *const files[] = {"scores.sqlite3", "scores.sqlite3-journal", "scores.sqlite3-wal",
                                        "scores.sqlite3-shm", "settings.conf"};
    char path[1200];
    for (size_t i = 0; i < sizeof files / sizeof files[0]; i++) {
        snprintf(path, sizeof path, "%s/%s", g->data_dir, files[i]);
        unlink(path);
    }
    rmdir(g->data_dir);
    g->sample = false;
}
