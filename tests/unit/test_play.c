/* test_play: a round as played and saved (quiz/play.c) on a scratch score file: every answer
 * is a row as it is given, the round's total when it ends; the stored answer text is the same
 * whether the game or a stdio client made the answer; a review round never grows the loaded
 * quiz set; a play left unfinished is saved as quit. */
#include <sqlite3.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <time.h>

#include "quiz/play.h"
#include "quiz/protocol.h"
#include "test.h"

static Atlas *atlas;

static char *make_dir(void)
{
    static char buf[8][64];
    static int k;
    char *d = buf[k++ % 8];
    snprintf(d, 64, "/tmp/tt-play-XXXXXX");
    return mkdtemp(d);
}

static void remove_dir(const char *d)
{
    char cmd[160];
    snprintf(cmd, sizeof cmd, "rm -rf %s", d);
    CHECK(system(cmd) == 0);
}

/* One value of a query on the store's own connection, as text ("" when no row). */
static void sql_text(Store *s, const char *sql, char *out, size_t len)
{
    sqlite3_stmt *st;
    out[0] = 0;
    if (sqlite3_prepare_v2(store_db(s), sql, -1, &st, NULL) != SQLITE_OK) return;
    if (sqlite3_step(st) == SQLITE_ROW && sqlite3_column_text(st, 0))
        snprintf(out, len, "%s", (const char *)sqlite3_column_text(st, 0));
    sqlite3_finalize(st);
}

static int64_t sql_int(Store *s, const char *sql)
{
    char buf[64];
    sql_text(s, sql, buf, sizeof buf);
    return buf[0] ? strtoll(buf, NULL, 10) : -1;
}

static QuizSet *load_good(void)
{
    const char *paths[] = {"tests/quiz/good"};
    QuizErrors errors = {0};
    QuizSet *set = quiz_set_load(atlas, paths, 1, &errors);
    CHECK_MSG(set && errors.count == 0, "%s", errors.count ? errors.items[0] : "no set");
    quiz_errors_free(&errors);
    return set;
}

static const AtlasTrp *visible_trp(const Question *q)
{
    for (int i = 0; i < q->muscle->ntrps; i++)
        if (q->muscle->trps[i].has_at[q->side][q->view]) return &q->muscle->trps[i];
    return NULL;
}

/* An answer to q as the quiz scene makes it from input: a click near the trigger point,
 * paint with an eraser dab in the middle, or the right choice. circles is the scene's paint. */
static Answer gui_answer(const Question *q, PaintCircle circles[4])
{
    Answer a = {.view = q->view};
    const AtlasTrp *t = visible_trp(q);
    Vec2 at = t ? t->at[q->side][q->view] : (Vec2){0, 120};
    switch (q->kind) {
    case QUIZ_LOCATE:
        a.has_click = true;
        a.click = (Vec2){at.x + 0.25f, at.y - 0.5f};
        break;
    case QUIZ_REFER:
        circles[0] = (PaintCircle){at.x, at.y, 3, false};
        circles[1] = (PaintCircle){at.x + 2.5f, at.y - 1, 2.5f, false};
        circles[2] = (PaintCircle){at.x + 1, at.y, 1, true};
        circles[3] = (PaintCircle){at.x, at.y + 4, 2, false};
        a.has_paint = true;
        a.circles = circles;
        a.ncircles = 4;
        break;
    default:
        a.choices[a.nchoices++] = q->muscle->id;
        break;
    }
    return a;
}

/* The same input as a stdio client sends it (numbers to 0.01 cm). */
static void stdio_line(const Answer *a, char *buf, size_t len)
{
    const char *view = atlas_view_name(a->view);
    if (a->has_click && a->nchoices == 2) {
        snprintf(buf, len, "{\"palpate\":{\"position\":\"%s\",\"technique\":\"%s\",\"click\":{\"view\":\"%s\","
                 "\"x\":%.2f,\"y\":%.2f}}}", a->choices[0], a->choices[1], view, a->click.x, a->click.y);
    } else if (a->has_click) {
        snprintf(buf, len, "{\"click\":{\"view\":\"%s\",\"x\":%.2f,\"y\":%.2f}}", view, a->click.x, a->click.y);
    } else if (a->has_paint) {
        /* the eraser dab came after the first two painted circles */
        const PaintCircle *c = a->circles;
        snprintf(buf, len,
                 "{\"paint\":{\"view\":\"%s\",\"circles\":[[%.2f,%.2f,%.2f],[%.2f,%.2f,%.2f],[%.2f,%.2f,%.2f]],"
                 "\"erase\":[[%.2f,%.2f,%.2f,2]]}}",
                 view, c[0].x, c[0].y, c[0].r, c[1].x, c[1].y, c[1].r, c[3].x, c[3].y, c[3].r, c[2].x, c[2].y, c[2].r);
    } else {
        snprintf(buf, len, "{\"choice\":\"%s\"}", a->choices[0]);
    }
}

/* The canonical text is one function of the answer: made in the game or parsed from a
 * client's line, the same input gives the same text, and the text parses back to it. */
static void test_answer_text(void)
{
    ProtocolAnswer *pa = malloc(sizeof *pa);
    char line[1024], err[256];
    PaintCircle circles[4] = {{10.25f, 140, 3, false}, {12.75f, 139, 2.5f, false}, {11, 140, 1, true},
                              {10.25f, 144, 2, false}};
    Answer gui[] = {
        {.view = VIEW_POSTERIOR, .has_click = true, .click = {9.8f, 143.27f}},
        {.view = VIEW_LATERAL_RIGHT, .has_paint = true, .circles = circles, .ncircles = 4},
        {.choices = {"levator_scapulae"}, .nchoices = 1},
        {.view = VIEW_POSTERIOR, .has_click = true, .click = {9.8f, 143.27f}, .choices = {"side_lying", "pincer"},
         .nchoices = 2},
    };
    for (size_t i = 0; pa && i < sizeof gui / sizeof gui[0]; i++) {
        stdio_line(&gui[i], line, sizeof line);
        CHECK_MSG(protocol_parse_answer(line, pa, err, sizeof err) == 0, "%s: %s", line, err);
        char *a = protocol_answer_text(&gui[i]), *b = protocol_answer_text(&pa->answer);
        CHECK_MSG(a && b && !strcmp(a, b), "game %s, stdio %s", a, b);
        /* and back: the stored text is an answer line */
        CHECK_MSG(a && protocol_parse_answer(a, pa, err, sizeof err) == 0, "%s: %s", a, err);
        char *c = protocol_answer_text(&pa->answer);
        CHECK_STR(c, a);
        free(a);
        free(b);
        free(c);
    }
    /* erasers are applied where they came: the parsed grid is the game's */
    BodyGrid *g = malloc(sizeof *g);
    stdio_line(&gui[1], line, sizeof line);
    if (g && pa && protocol_parse_answer(line, pa, err, sizeof err) == 0) {
        bodygrid_clear(g);
        bodygrid_paint(g, circles, 4);
        CHECK(pa->answer.npaints == 1 && pa->paints[0].ncircles == 4 && pa->paints[0].circles[2].erase);
        CHECK(!memcmp(g->cells, pa->grids[0].cells, sizeof g->cells));
        CHECK(!bodygrid_get(g, (Vec2){11, 140}) && bodygrid_get(g, (Vec2){10.25f, 142.5f}));
    }
    free(g);
    /* paint in two views: stored per view, in the answer's order, and read back the same */
    AnswerPaint two[2] = {{VIEW_POSTERIOR, circles, 2, NULL}, {VIEW_ANTERIOR, circles + 2, 2, NULL}};
    Answer multi = {.has_paint = true, .paints = two, .npaints = 2};
    char *m = protocol_answer_text(&multi);
    CHECK_STR(m, "{\"paint\":{\"views\":{\"posterior\":[[10.25,140.0,3.0],[12.75,139.0,2.5]],"
                 "\"anterior\":{\"circles\":[[10.25,144.0,2.0]],\"erase\":[[11.0,140.0,1.0,0]]}}}}");
    if (m && pa && protocol_parse_answer(m, pa, err, sizeof err) == 0) {
        CHECK(pa->answer.npaints == 2 && pa->paints[0].view == VIEW_POSTERIOR && pa->paints[1].view == VIEW_ANTERIOR);
        CHECK(pa->paints[1].ncircles == 2 && pa->paints[1].circles[0].erase && !pa->paints[1].circles[1].erase);
        CHECK(bodygrid_get(&pa->grids[1], (Vec2){10.25f, 144}) && !bodygrid_get(&pa->grids[0], (Vec2){10.25f, 144}));
        char *back = protocol_answer_text(&pa->answer);
        CHECK_STR(back, m);
        free(back);
    } else {
        CHECK_MSG(false, "%s: %s", m ? m : "(null)", err);
    }
    free(m);
    Answer skip = {.skip = true, .timed_out = true};
    char *t = protocol_answer_text(&skip);
    CHECK_STR(t, "{\"skip\":true,\"timeout\":true}");
    free(t);
    /* an answer of several parts is stored under its kind's key, the choice parts by name */
    const char *whole = "{\"palpate\":{\"position\":\"side_lying\",\"technique\":\"pincer\",\"click\":{\"view\":";
    t = protocol_answer_text(&gui[3]);
    CHECK_MSG(t && !strncmp(t, whole, strlen(whole)), "%s", t);
    free(t);
    const char *bad[] = {"{\"paint\":{\"view\":\"anterior\",\"circles\":[],\"erase\":[[1,2,3]]}}",
                         "{\"paint\":{\"view\":\"anterior\",\"circles\":[[1,2,3]],\"erase\":[[1,2,3,2]]}}",
                         "{\"paint\":{\"view\":\"anterior\",\"circles\":[[1,2,3]],\"erase\":[[1,2,3,1],[1,2,3,0]]}}",
                         "{\"paint\":{\"view\":\"anterior\",\"circles\":[[1,2,3]],\"erase\":[[1,2,3,0.5]]}}",
                         "{\"paint\":{\"view\":\"anterior\",\"circles\":[[1,2,3]],\"erase\":{}}}",
                         "{\"paint\":{\"views\":{}}}",
                         "{\"paint\":{\"views\":[]}}",
                         "{\"paint\":{\"views\":{\"front\":[[1,2,3]]}}}",
                         "{\"paint\":{\"views\":{\"anterior\":[[1,2]]}}}",
                         "{\"paint\":{\"views\":{\"anterior\":{\"circles\":[[1,2,3]],\"erase\":[[1,2,3,5]]}}}}",
                         "{\"paint\":{\"views\":{\"anterior\":[[1,2,3]]},\"view\":\"anterior\"}}",
                         "{\"paint\":{\"views\":{\"anterior\":[[1,2,3]],\"anterior\":[[1,2,3]]}}}",
                         "{\"palpate\":{\"position\":\"prone\",\"technique\":\"flat\"}}",
                         "{\"palpate\":{\"position\":\"prone\",\"click\":{\"view\":\"anterior\",\"x\":1,\"y\":2}}}",
                         "{\"palpate\":{\"position\":1,\"technique\":\"flat\",\"click\":{\"view\":\"anterior\",\"x\":1,\"y\":2}}}",
                         ("{\"palpate\":{\"position\":\"prone\",\"technique\":\"flat\",\"click\":{\"view\":\"anterior\",\"x\":1,"
                          "\"y\":2},\"paint\":{}}}"),
                         "{\"palpate\":[\"prone\",\"flat\"]}",
                         "{\"palpate\":{\"position\":\"prone\",\"technique\":\"flat\",\"click\":{\"view\":\"nope\",\"x\":1,\"y\":2}}}"};
    for (size_t i = 0; pa && i < sizeof bad / sizeof bad[0]; i++) {
        err[0] = 0;
        CHECK_MSG(protocol_parse_answer(bad[i], pa, err, sizeof err) == -1 && err[0], "%s", bad[i]);
    }
    free(pa);
}

/* Plays test-basic (seed 7) with the game's answers (stdio = false) or with the same input
 * parsed from client lines; returns the round id. */
static int64_t play_basic(QuizSet *set, Store *store, int64_t player, bool stdio)
{
    const Quiz *quiz = quiz_set_find(set, "test-basic");
    PlaySetup su = {.store = store, .player = player, .player_name = "tester", .seed = 7};
    char err[512], line[1024];
    Play *p = quiz ? play_begin(quiz, &su, err, sizeof err) : NULL;
    CHECK_MSG(p, "%s", quiz ? err : "no quiz");
    if (!p) return -1;
    ProtocolAnswer *pa = malloc(sizeof *pa);
    const Question *q;
    int n = 0;
    while ((q = play_question(p)) && pa) {
        PaintCircle circles[4];
        Answer a = gui_answer(q, circles);
        if (stdio) {
            stdio_line(&a, line, sizeof line);
            CHECK_MSG(protocol_parse_answer(line, pa, err, sizeof err) == 0, "%s", err);
            a = pa->answer;
        }
        const PlayedQuestion *pq;
        CHECK(play_answer(p, &a, 1000 + n, &pq) == 0 && pq);
        CHECK(!play_warning(p));
        if (pq) CHECK(pq->q.n == n + 1 && pq->ms == 1000 + n);
        if (pq && pq->q.kind != QUIZ_REFER) CHECK_MSG(pq->res.correct, "%d: %s", pq->q.n, pq->res.feedback);
        n++;
        /* the row is there as soon as the answer is given, before the round ends */
        char sql[160];
        snprintf(sql, sizeof sql, "SELECT count(*) FROM answers WHERE round_id = %lld",
                 (long long)play_log(p)->round_id);
        CHECK(sql_int(store, sql) == n);
    }
    free(pa);
    CHECK(n == 5);
    Answer late = {.skip = true};
    CHECK(play_answer(p, &late, 0, NULL) == -1);   /* the round is over */
    play_finish(p, PLAY_END_COMPLETED);
    PlayLog *log = play_take_log(p);
    play_end(p);
    CHECK(log && log->n == 5 && log->totalled && log->ended_by == PLAY_END_COMPLETED && !log->quit);
    CHECK(log && log->items[0].has_click && log->items[1].npaint == 4 && log->items[2].nchoices == 1);
    CHECK(log && !strcmp(log->quiz_id, "test-basic") && log->seed == 7 && !log->review);
    int64_t id = log ? log->round_id : -1;
    char sql[200];
    snprintf(sql, sizeof sql, "SELECT total || '/' || max FROM rounds WHERE id = %lld AND ended IS NOT NULL",
             (long long)id);
    char got[64], want[64];
    sql_text(store, sql, got, sizeof got);
    snprintf(want, sizeof want, "%d/%d", log ? log->sum.score : -1, log ? log->sum.max : -1);
    CHECK_STR(got, want);
    play_log_free(log);
    return id;
}

static void test_round_saved(void)
{
    char *dir = make_dir();
    Store *store = dir ? store_open(dir) : NULL;
    QuizSet *set = load_good();
    int64_t player = store ? store_player_ensure(store, "Tester", (int64_t)time(NULL)) : -1;
    CHECK(store && set && player > 0);
    if (!store || !set || player <= 0) goto out;
    int64_t game = play_basic(set, store, player, false), client = play_basic(set, store, player, true);
    CHECK(game > 0 && client > 0 && game != client);
    /* the same input saved the same rows, whichever side made the answers */
    for (int n = 1; n <= 5; n++) {
        char sql[200], a[4096], b[4096], q1[4096], q2[4096];
        snprintf(sql, sizeof sql, "SELECT answer FROM answers WHERE round_id = %lld AND n = %d", (long long)game, n);
        sql_text(store, sql, a, sizeof a);
        snprintf(sql, sizeof sql, "SELECT answer FROM answers WHERE round_id = %lld AND n = %d", (long long)client, n);
        sql_text(store, sql, b, sizeof b);
        CHECK_MSG(a[0] && !strcmp(a, b), "answer %d: game %s, stdio %s", n, a, b);
        snprintf(sql, sizeof sql, "SELECT question FROM answers WHERE round_id = %lld AND n = %d", (long long)game, n);
        sql_text(store, sql, q1, sizeof q1);
        snprintf(sql, sizeof sql, "SELECT question FROM answers WHERE round_id = %lld AND n = %d", (long long)client, n);
        sql_text(store, sql, q2, sizeof q2);
        CHECK_MSG(q1[0] == '{' && !strcmp(q1, q2), "question %d", n);
    }
    char sql[200], text[4096];
    snprintf(sql, sizeof sql, "SELECT kind || ' ' || muscle || ' ' || answer FROM answers WHERE round_id = %lld AND n = 2",
             (long long)game);
    sql_text(store, sql, text, sizeof text);
    CHECK_MSG(!strncmp(text, "refer upper_trapezius {\"paint\":", 31) && strstr(text, "\"erase\":[["), "%s", text);
out:
    quiz_set_unload(set);
    store_close(store);
    if (dir) remove_dir(dir);
}

/* A play ended before its last question is saved as quit, with the answers given. */
static void test_unfinished(void)
{
    char *dir = make_dir();
    Store *store = dir ? store_open(dir) : NULL;
    QuizSet *set = load_good();
    int64_t player = store ? store_player_ensure(store, "Quitter", (int64_t)time(NULL)) : -1;
    const Quiz *quiz = set ? quiz_set_find(set, "test-basic") : NULL;
    PlaySetup su = {.store = store, .player = player, .player_name = "quitter", .seed = 3};
    char err[256];
    Play *p = quiz && player > 0 ? play_begin(quiz, &su, err, sizeof err) : NULL;
    CHECK(p);
    if (p) {
        CHECK(play_skip(p, true, 500, NULL) == 0);
        int64_t id = play_log(p)->round_id;
        play_end(p);
        char sql[200], text[256];
        snprintf(sql, sizeof sql, "SELECT answer FROM answers WHERE round_id = %lld", (long long)id);
        sql_text(store, sql, text, sizeof text);
        CHECK_STR(text, "{\"skip\":true,\"timeout\":true}");
        snprintf(sql, sizeof sql, "SELECT count(*) FROM rounds WHERE id = %lld AND ended IS NOT NULL", (long long)id);
        CHECK(sql_int(store, sql) == 1);
    }
    /* no store, no player: the round is played, nothing is saved */
    PlaySetup offline = {.player_name = "nobody", .seed = 3};
    p = quiz ? play_begin(quiz, &offline, err, sizeof err) : NULL;
    CHECK(p && play_log(p)->round_id == -1);
    if (p) {
        CHECK(play_skip(p, false, 1, NULL) == 0 && !play_warning(p));
        play_finish(p, PLAY_END_QUIT);
        CHECK(play_log(p)->quit && play_log(p)->ended_by == PLAY_END_QUIT && play_log(p)->n == 1);
        play_end(p);
    }
    quiz_set_unload(set);
    store_close(store);
    if (dir) remove_dir(dir);
}

static int64_t fixed_now(void *ctx) { return *(int64_t *)ctx; }

/* Review rounds come from the schedule, are saved as "review" and add nothing to the set. */
static void test_review(void)
{
    char *dir = make_dir();
    Store *store = dir ? store_open(dir) : NULL;
    QuizSet *set = load_good();
    int64_t player = store ? store_player_ensure(store, "Reviewer", (int64_t)time(NULL)) : -1;
    int64_t now = (int64_t)time(NULL) + 7 * 86400;
    PlaySetup su = {.store = store, .player = player, .player_name = "reviewer", .seed = 11, .now = fixed_now,
                    .now_ctx = &now};
    char err[256];
    PlayReview why = PLAY_REVIEW_OK;
    CHECK(set && play_review(set, &su, &why, err, sizeof err) == NULL && why == PLAY_REVIEW_EMPTY);
    if (!set || player <= 0) goto out;
    play_basic(set, store, player, false);
    int count = quiz_set_count(set);
    for (int round = 0; round < 3; round++) {
        Play *p = play_review(set, &su, &why, err, sizeof err);
        CHECK_MSG(p && why == PLAY_REVIEW_OK, "%s", err);
        if (!p) break;
        CHECK(quiz_set_count(set) == count && !quiz_set_find(set, "review"));
        PlayLog *log = play_log(p);
        CHECK(log->review && !strcmp(log->quiz_id, "review") && !strcmp(log->title, "Review"));
        CHECK(play_count(p) >= 1 && play_count(p) <= PLAY_REVIEW_MAX);
        const Question *q;
        while ((q = play_question(p))) CHECK(play_skip(p, false, 10, NULL) == 0);
        play_finish(p, PLAY_END_COMPLETED);
        CHECK(log->n == play_count(p) && log->sum.skipped == log->n);
        /* every item asked is tracked, in order, with what its skip did to it */
        CHECK(log->nritems == log->n);
        for (int i = 0; i < log->nritems && i < log->n; i++) {
            const PlayReviewItem *it = &log->ritems[i];
            CHECK(!strcmp(it->muscle, log->items[i].q.muscle->id) && it->known && it->answered);
            CHECK(it->move == REVIEW_RESET && it->after.repetitions == 0 && it->after.due == now);
        }
        play_end(p);
    }
    /* nothing due today (everything comes back tomorrow): no round, and it says why */
    CHECK(sqlite3_exec(store_db(store), "UPDATE review SET due = due + 2 * 86400", NULL, NULL, NULL) == SQLITE_OK);
    CHECK(play_review(set, &su, &why, err, sizeof err) == NULL && why == PLAY_REVIEW_NONE_DUE);
    CHECK(quiz_set_count(set) == count);
    CHECK(sql_int(store, "SELECT count(*) FROM rounds WHERE quiz_id = 'review' AND ended IS NOT NULL") == 3);
    /* every write took its time from the setup's clock, not the system's */
    char sql[300];
    snprintf(sql, sizeof sql, "SELECT count(*) FROM rounds r WHERE quiz_id = 'review' AND started = %lld AND ended = %lld"
             " AND NOT EXISTS (SELECT 1 FROM answers a WHERE a.round_id = r.id AND a.time <> %lld)",
             (long long)now, (long long)now, (long long)now);
    CHECK(sql_int(store, sql) == 3);
    /* the set is untouched: a normal round still begins */
    CHECK(play_basic(set, store, player, true) > 0);
out:
    quiz_set_unload(set);
    store_close(store);
    if (dir) remove_dir(dir);
}

/* Questions made in C: asked like a quiz (time limit included), saved under their id, and
 * the set does not grow. */
static void test_specs(void)
{
    QuizSet *set = load_good();
    if (!set) return;
    QuizSpec specs[2];
    CHECK(quiz_spec_init(atlas, QUIZ_LOCATE, "upper_trapezius", &specs[0]));
    CHECK(quiz_spec_init(atlas, QUIZ_NAME, "levator_scapulae", &specs[1]));
    QuizSpec unknown;
    CHECK(!quiz_spec_init(atlas, QUIZ_LOCATE, "no_such_muscle", &unknown));
    int count = quiz_set_count(set);
    RoundSpecs rs = {.id = "shot-test", .title = "Shot", .specs = specs, .n = 2, .time_limit = 30};
    PlaySetup su = {.player_name = "shots", .seed = 42};
    char err[256];
    Play *p = play_begin_specs(set, &rs, &su, err, sizeof err);
    CHECK_MSG(p, "%s", err);
    const Question *q = p ? play_question(p) : NULL;
    CHECK(q && q->time_limit == 30 && q->of == 2 && q->kind == QUIZ_LOCATE);
    CHECK(p && !strcmp(play_log(p)->quiz_id, "shot-test") && !strcmp(play_log(p)->title, "Shot"));
    CHECK(quiz_set_count(set) == count && !quiz_set_find(set, "shot-test"));
    play_end(p);
    RoundSpecs none = {.id = "empty", .title = "Empty", .specs = specs, .n = 0};
    CHECK(!play_begin_specs(set, &none, &su, err, sizeof err) && strstr(err, "no questions"));
    quiz_set_unload(set);
}

static void test_end_names(void)
{
    CHECK_STR(play_end_name(PLAY_END_COMPLETED), "completed");
    CHECK_STR(play_end_name(PLAY_END_EOF), "eof");
    CHECK_STR(play_end_name(PLAY_END_TIME_LIMIT), "time_limit");
    CHECK_STR(play_end_name(PLAY_END_SCRIPT_ERROR), "script_error");
    CHECK_STR(play_end_name(PLAY_END_COUNT), "?");
}

static void setup(void)
{
    char err[512];
    atlas = atlas_load(atlas_default_dir(), err, sizeof err);
    CHECK_MSG(atlas, "%s", err);
}

static void teardown(void) { atlas_unload(atlas); }

TEST_MAIN(T(setup), T(test_answer_text), T(test_round_saved), T(test_unfinished), T(test_review), T(test_specs), T(test_end_names),
          T(teardown))
