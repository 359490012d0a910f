/* scene_quiz: one round of a quiz. Each question is asked on a body chart (zoom and pan
 * work throughout) by the view of its answer mode (ask.h: a click, paint or a choice, or
 * several steps of them), answered with the mouse or the keyboard alone, scored by the
 * round and saved at once (quiz/play.h), then revealed (right place, zones, landmarks,
 * the areas hit and missed) until the player moves on. This file drives the round: the
 * questions in turn, the header with score and timers (the question's, and the round's when
 * the quiz has time_limit_total: the round ends when it runs out), the hint a quiz may give
 * (H or its button), pause and quit, the results. A
 * script error ends the round in an overlay that shows its message; the answers given stay
 * saved. The clock is the event clock, so a recorded game replays to the same results. */
#include "screens/game.h"
#include "screens/scenes.h"
#include "screens/ask.h"
#include "screens/layout_report.h"
#include "screens/quiz_header.h"
#include "quiz/play.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct QuizScene {
    Game *g;
    Play *play;                          /* the round; NULL once finished (or never begun) */
    PlayLog *log;                        /* lent by play while it runs, then owned */
    Question q;                          /* the question being asked or revealed */
    bool has_q;
    Chart charts[ASK_MAX_VIEWS];         /* one per view of the question (ask.h) */
    Ask ask;                             /* the question on screen */
    uint32_t q_start, round_start;       /* event clock, ms */
    uint32_t paused_at;                  /* the "Quit this round?" question is up (0 = not) */
    uint32_t paused_total;               /* ms the round spent paused (not counted in its time) */
    bool time_up;                        /* the quiz's time_limit_total ran out */
    int score, streak;
    bool reload_pending;
    bool in_event;                       /* handling an event: time is the event's own */
    char error[QUIZ_FEEDBACK_MAX];
    Rect header, timer;
    bool debug_printed;
} QuizScene;

static uint32_t clock_ms(const QuizScene *qs)
{
    App *app = qs->g->app;
    if (qs->g->headless || !app->platform || qs->in_event)   /* recorded events replay the same */
        return app->now_ms;
    return platform_ms(app->platform);
}

/* Time spent on the current question; the clock stops while the round is paused. */
static uint32_t elapsed_ms(const QuizScene *qs)
{
    return (qs->paused_at ? qs->paused_at : clock_ms(qs)) - qs->q_start;
}

/* Back from the pause: the question's clock resumes where it stopped. */
static void resume(QuizScene *qs)
{
    if (!qs->paused_at)
        return;
    qs->q_start += clock_ms(qs) - qs->paused_at;
    qs->paused_total += clock_ms(qs) - qs->paused_at;
    qs->paused_at = 0;
}

/* The seconds the whole round may still take (quiz time_limit_total), or -1 without a limit. */
static float round_left(const QuizScene *qs)
{
    const Quiz *quiz = qs->play ? play_quiz(qs->play) : NULL;
    if (!quiz || quiz->time_limit_total <= 0) return -1;
    uint32_t now = qs->paused_at ? qs->paused_at : clock_ms(qs);
    float used = (float)(now - qs->round_start - qs->paused_total) / 1000.0f;
    return fmaxf(0, quiz->time_limit_total - used);
}

static bool timed(const QuizScene *qs) { return qs->ask.phase == ASK_ASKING && qs->has_q && qs->q.time_limit > 0; }

/* The record of the question on screen once it is answered, else NULL. */
static const PlayedQuestion *answered(const QuizScene *qs)
{
    return qs->ask.phase != ASK_ASKING && qs->log && qs->log->n ? &qs->log->items[qs->log->n - 1] : NULL;
}

/* ---- layout ------------------------------------------------------------------------- */

/* The header and its timer bar; under them the question (ask.h). */
static void relayout(App *app, QuizScene *qs)
{
    Vec2 sz = app->size;
    float k = qs->g->theme.scale, m = 14 * k;
    float head = 62 * k;
    qs->header = (Rect){0, 0, sz.x, head};
    float top = head + (qs->q.time_limit > 0 ? 12 * k : 0);
    qs->timer = (Rect){m, head - 4 * k, sz.x - 2 * m, 8 * k};
    ask_layout(&qs->ask, (Rect){0, top, sz.x, sz.y - top});
}

/* TT_DEBUG_LAYOUT=1: one line per question and per reveal (layout_report.h). */
static void report_layout(QuizScene *qs, Vec2 sz)
{
    LayoutReport r;
    if (!qs->has_q || qs->debug_printed || !layout_report_begin(&r, "quiz"))
        return;
    qs->debug_printed = true;
    const Question *q = &qs->q;
    layout_report_str(&r, "state", qs->ask.phase == ASK_ASKING ? "ask" : qs->ask.phase == ASK_REVEALED ? "reveal" : "error");
    layout_report_int(&r, "n", q->n);
    layout_report_int(&r, "of", q->of);
    layout_report_str(&r, "kind", quiz_kind_name(q->kind));
    layout_report_str(&r, "view", atlas_view_name(q->view));
    layout_report_str(&r, "side", atlas_side_name(q->side));
    layout_report_str(&r, "muscle", q->muscle->id);
    if (qs->ask.nsteps > 1 && qs->ask.phase == ASK_ASKING)
        layout_report_int(&r, "step", qs->ask.step + 1);
    layout_report_point(&r, "size", sz, 0);
    ask_report(&qs->ask, &r);
    if (qs->ask.phase == ASK_REVEALED && qs->log->n > 0) {
        layout_report_int(&r, "score", qs->log->items[qs->log->n - 1].res.score);
        layout_report_int(&r, "timed_out", qs->ask.timed_out);   /* answered with what was placed */
    }
    layout_report_end(&r);
}

/* ---- the round ---------------------------------------------------------------------- */

static void show_results(App *app, QuizScene *qs);

static void begin_question(App *app, QuizScene *qs)
{
    const Question *q = qs->play ? play_question(qs->play) : NULL;
    if (!q) {
        if (qs->play && play_failed(qs->play)) {
            snprintf(qs->error, sizeof qs->error, "%s", play_error(qs->play));
            qs->ask.phase = ASK_STOPPED;
            app_redraw(app);
        } else {
            show_results(app, qs);
        }
        return;
    }
    qs->q = *q;
    qs->has_q = true;
    ask_begin(&qs->ask);
    qs->q_start = clock_ms(qs);
    qs->debug_printed = false;
    relayout(app, qs);   /* ask_begin put the question's views on the charts */
    ask_frame_charts(&qs->ask);
    qs->ask.cursor = qs->ask.chart->centre;
    app_redraw(app);
}

/* Hands the answer to the round; on success it is recorded and saved, then revealed.
 * False when the round refused it (the question stays). */
static bool give_answer(App *app, QuizScene *qs, const Answer *a)
{
    if (qs->ask.phase != ASK_ASKING || !qs->has_q || !qs->play)
        return false;
    const PlayedQuestion *pq;
    int ms = (int)elapsed_ms(qs);
    if ((a->timed_out || qs->ask.timed_out) && qs->q.time_limit > 0 && ms > (int)(qs->q.time_limit * 1000))
        ms = (int)(qs->q.time_limit * 1000);   /* time ran out: it took the whole time, noticed late or not */
    if (play_answer(qs->play, a, ms, &pq) != 0) {
        game_toast(qs->g, "%s", play_message(qs->play));
        return false;
    }
    if (play_warning(qs->play))
        game_toast(qs->g, "%s", play_warning(qs->play));
    qs->score += pq ? pq->res.score : 0;
    qs->streak = pq && pq->res.correct ? qs->streak + 1 : 0;
    bool failed = play_failed(qs->play);
    if (failed)
        snprintf(qs->error, sizeof qs->error, "%s", play_error(qs->play));
    ask_reveal(&qs->ask, pq, failed, qs->q.n >= play_count(qs->play));
    qs->debug_printed = false;
    relayout(app, qs);
    if (pq && qs->ask.phase == ASK_REVEALED)
        ask_frame_reveals(&qs->ask, pq);
    app_redraw(app);
    return true;
}

/* The answer views' answer, whole (ask.h: give). */
static bool give(void *scene, const Answer *a)
{
    QuizScene *qs = scene;
    return give_answer(qs->g->app, qs, a);
}

static void answer_skip(App *app, QuizScene *qs, bool timed_out)
{
    Answer a = {.skip = true, .timed_out = timed_out};
    give_answer(app, qs, &a);
}

/* Ends the round (totals, hooks, store); the scene owns the record afterwards. */
static void end_round(QuizScene *qs, bool quit)
{
    if (!qs->play)
        return;
    play_finish(qs->play, qs->time_up ? PLAY_END_TIME_LIMIT : quit ? PLAY_END_QUIT : PLAY_END_COMPLETED);
    if (play_warning(qs->play))
        game_toast(qs->g, "%s", play_warning(qs->play));
    qs->log = play_take_log(qs->play);
    play_end(qs->play);
    qs->play = NULL;
    qs->log->seconds = (double)(clock_ms(qs) - qs->round_start) / 1000.0;
    if (qs->reload_pending) {   /* deferred F5: no round is active any more */
        qs->reload_pending = false;
        game_reload_quizzes(qs->g);
    }
}

/* The results screen takes the record; without one, back to where the round began. */
static void to_results(App *app, QuizScene *qs, bool quit)
{
    end_round(qs, quit);
    Scene *r = scene_results_new(qs->g, qs->log);
    if (r) {
        qs->log = NULL;
        app_replace(app, r);
    } else {
        app_pop(app);
    }
}

static void show_results(App *app, QuizScene *qs) { to_results(app, qs, false); }
static void quit_confirmed(App *app, void *arg) { to_results(app, arg, true); }

static void ask_quit(App *app, QuizScene *qs)
{
    Scene *c = scene_confirm_new(qs->g, "Quit this round? Your answers so far are saved.", "Quit round",
                                 quit_confirmed, qs);
    if (c) {
        qs->paused_at = clock_ms(qs) ? clock_ms(qs) : 1;
        app_push(app, c);
    }
}

static void next(App *app, QuizScene *qs)
{
    if (qs->ask.phase == ASK_STOPPED)
        show_results(app, qs);
    else if (qs->ask.phase == ASK_REVEALED)
        begin_question(app, qs);
}

/* ---- input --------------------------------------------------------------------------- */

static void check_timer(App *app, QuizScene *qs)
{
    if (qs->play && !qs->paused_at && round_left(qs) == 0) {   /* the round's time is up */
        qs->time_up = true;
        game_toast(qs->g, "Time is up for this round");
        show_results(app, qs);
        return;
    }
    /* what is painted or clicked is the answer; nothing placed is a skip */
    if (timed(qs) && !qs->paused_at && (float)elapsed_ms(qs) >= qs->q.time_limit * 1000.0f &&
        !ask_time_up(&qs->ask))
        answer_skip(app, qs, true);
}

/* H or the hint button: the question's hint under the prompt (the round records it). */
static void show_hint(App *app, QuizScene *qs)
{
    if (qs->ask.phase != ASK_ASKING || !qs->has_q || !qs->q.hint[0] || qs->ask.hint_shown || !qs->play ||
        !play_hint(qs->play))
        return;
    qs->ask.hint_shown = true;
    qs->debug_printed = false;
    relayout(app, qs);
    app_redraw(app);
}

static void quiz_event_in(App *app, QuizScene *qs, const InputEvent *e)
{
    relayout(app, qs);
    resume(qs);
    check_timer(app, qs);   /* a replayed event after the limit meets an expired question */
    if (e->type == EV_RESIZE) {
        qs->debug_printed = false;
        app_redraw(app);
        return;
    }
    if (e->type == EV_KEY_DOWN && e->key == KEY_ESCAPE) {
        if (qs->ask.phase == ASK_STOPPED) next(app, qs);
        else ask_quit(app, qs);
        return;
    }
    if (e->type == EV_KEY_DOWN && e->key == KEY_F5) {
        if (!qs->reload_pending)
            game_toast(qs->g, "Quiz scripts will reload when this round ends");
        qs->reload_pending = true;
        return;
    }
    if (qs->ask.phase == ASK_STOPPED) {
        if ((e->type == EV_KEY_DOWN && (e->key == KEY_ENTER || e->key == KEY_SPACE)) ||
            (e->type == EV_POINTER_UP && e->button == BUTTON_LEFT))
            next(app, qs);
        return;
    }
    int step = qs->ask.step, was_active = qs->ask.active;
    int b = ask_event(&qs->ask, app, e);
    if (qs->ask.step != step || qs->ask.active != was_active)
        qs->debug_printed = false;   /* each step, and each view shown, reports its layout */
    if (b == ASK_HINT || (b == ASK_NONE && e->type == EV_KEY_DOWN && e->key == KEY_H)) {
        show_hint(app, qs);
        return;
    }
    if (b == ASK_SKIP || (b == ASK_NONE && qs->ask.phase == ASK_ASKING && e->type == EV_KEY_DOWN && e->key == KEY_S))
        answer_skip(app, qs, false);
    else if (b == ASK_NEXT || (b == ASK_NONE && qs->ask.phase != ASK_ASKING && e->type == EV_KEY_DOWN &&
                               (e->key == KEY_ENTER || e->key == KEY_SPACE)))
        next(app, qs);
}

static void quiz_event(App *app, Scene *s, const InputEvent *e)
{
    QuizScene *qs = s->state;
    qs->in_event = true;
    quiz_event_in(app, qs, e);
    qs->in_event = false;
}

static void quiz_update(App *app, Scene *s, double dt)
{
    QuizScene *qs = s->state;
    chart_tick_all(app, qs->charts, ASK_MAX_VIEWS, dt);   /* a chart the player zoomed is drawn again at rest */
    resume(qs);
    check_timer(app, qs);
    if (timed(qs) && !qs->g->headless)
        app_wake_in(app, 0.1);   /* the timer bar moves at 10 Hz, only while it runs */
    else if (round_left(qs) > 0 && !qs->g->headless)
        app_wake_in(app, 0.5);   /* the round's clock in the header */
}

/* ---- drawing ------------------------------------------------------------------------ */

static void quiz_draw(App *app, Scene *s, Gfx *gfx)
{
    QuizScene *qs = s->state;
    Game *g = qs->g;
    relayout(app, qs);
    ui_background(gfx, &g->theme);
    QuizHeader h = {.title = qs->log ? qs->log->title : "", .score = qs->score, .streak = qs->streak,
                    .round_left = round_left(qs)};
    if (qs->has_q) {
        h.n = qs->q.n;
        h.of = qs->q.of;
        h.time_limit = qs->q.time_limit;
        h.asking = qs->ask.phase == ASK_ASKING;
        const PlayedQuestion *pq = answered(qs);
        h.used = h.asking ? (float)elapsed_ms(qs) / 1000.0f : pq ? (float)pq->ms / 1000.0f : h.time_limit;
    }
    quiz_header_draw(gfx, g, qs->header, qs->timer, &h);
    if (qs->has_q) {
        ask_draw(&qs->ask, gfx);
    } else {   /* the round could not begin: the error is over an empty chart */
        chart_draw(&qs->charts[0], gfx, &g->chart);
        ui_panel(gfx, &g->theme, qs->ask.panel);
    }
    Vec2 sz = gfx_size(gfx);
    TextStyle foot = game_text(g, 13, FONT_REGULAR, g->theme.hint);
    char fit[256];
    text_fit(gfx, foot, "F1 keys, wheel or +/- zoom, right-drag pans, 0 fits, Esc pauses, F5 reloads quizzes", sz.x - 24 * g->theme.scale,
             fit, sizeof fit);
    text_draw(gfx, foot, sz.x / 2, sz.y - 6 * g->theme.scale, ALIGN_CENTER | ALIGN_BOTTOM, fit);
    if (qs->ask.phase == ASK_STOPPED)
        game_draw_error(g, gfx, "The quiz script stopped with an error", qs->error,
                        "Your answers so far are saved. Tell the quiz's author; press Enter to see the results.");
    game_draw_toast(g, gfx);
    report_layout(qs, app->size);
}

static void quiz_destroy(Scene *s)
{
    QuizScene *qs = s->state;
    if (qs->play)   /* left without finishing (the app closed): keep what was answered */
        end_round(qs, true);
    for (int i = 0; i < ASK_MAX_VIEWS; i++)
        chart_free(&qs->charts[i]);
    ask_free(&qs->ask);
    play_log_free(qs->log);
    app_scene_free(s);
}

/* ---- construction ------------------------------------------------------------------- */

/* play: the round, which the scene takes; NULL when it could not begin, then quiz and
 * error say which and why (the scene shows the error, then the results). */
static Scene *quiz_scene_make(Game *g, Play *play, const Quiz *quiz, uint64_t seed, const char *error)
{
    static const Scene proto = {.name = "quiz", .event = quiz_event, .update = quiz_update, .draw = quiz_draw,
                                .destroy = quiz_destroy};
    const Atlas *atlas = game_atlas(g);
    Scene *s = atlas ? app_scene_new(&proto, sizeof(QuizScene)) : NULL;
    PlayLog *log = play ? play_log(play) : play_log_new();
    if (!atlas || !s || !log) {
        if (!atlas)
            game_toast(g, "The atlas does not load: %s", g->atlas_error);
        app_scene_free(s);
        if (play) play_end(play); else play_log_free(log);
        return NULL;
    }
    QuizScene *qs = s->state;
    qs->g = g;
    qs->play = play;
    qs->log = log;
    for (int i = 0; i < ASK_MAX_VIEWS; i++) {
        chart_init(&qs->charts[i], atlas, VIEW_POSTERIOR);
        qs->charts[i].detail = game_chart_detail(g);
        qs->charts[i].show_landmarks = true;
        qs->charts[i].layer_control = true;
        qs->charts[i].fast_motion = true;   /* quiz_update ticks it */
    }
    ask_init(&qs->ask, g, qs->charts, &qs->q, give, qs);
    qs->round_start = clock_ms(qs);
    if (!play) {
        snprintf(log->quiz_id, sizeof log->quiz_id, "%s", quiz->id);
        snprintf(log->title, sizeof log->title, "%s", quiz->title && *quiz->title ? quiz->title : quiz->id);
        snprintf(log->hash, sizeof log->hash, "%s", quiz->hash);
        log->seed = seed;
        snprintf(qs->error, sizeof qs->error, "%s", error);
        snprintf(log->error, sizeof log->error, "%s", error);
        qs->ask.phase = ASK_STOPPED;
        return s;
    }
    if (play_warning(play))
        game_toast(g, "%s", play_warning(play));
    begin_question(g->app, qs);
    return s;
}

static Scene *quiz_scene_begin(Game *g, const Quiz *quiz, uint64_t seed, bool offline)
{
    if (!quiz)
        return NULL;
    if (!game_atlas(g)) {
        game_toast(g, "The atlas does not load: %s", g->atlas_error);
        return NULL;
    }
    PlaySetup su;
    game_play_setup(g, seed, !offline, &su);
    int best = su.store && su.player > 0 ? game_best(g, quiz->id, NULL) : -1;
    char err[QUIZ_FEEDBACK_MAX];
    Play *play = play_begin(quiz, &su, err, sizeof err);
    if (play)
        play_log(play)->best_percent = best;
    return quiz_scene_make(g, play, quiz, seed, err);
}

Scene *scene_quiz_new(Game *g, const Quiz *quiz, uint64_t seed)
{
    return quiz_scene_begin(g, quiz, seed, false);
}

Scene *scene_quiz_new_review(Game *g, Play *play)
{
    if (!play)
        return NULL;
    PlayLog *log = play_log(play);
    log->best_percent = game_best(g, log->quiz_id, NULL);
    return quiz_scene_make(g, play, NULL, log->seed, NULL);
}

Scene *scene_quiz_new_offline(Game *g, const Quiz *quiz, uint64_t seed)
{
    return quiz_scene_begin(g, quiz, seed, true);
}

/* ---- without input (shots, bench, tests) --------------------------------------------- */

const Question *scene_quiz_asking(Scene *s)
{
    QuizScene *qs = s->state;
    return qs->ask.phase == ASK_ASKING && qs->has_q ? &qs->q : NULL;
}

Paint *scene_quiz_paint(Scene *s, View v)
{
    return ask_paint_in(&((QuizScene *)s->state)->ask, v);
}

bool scene_quiz_painted(Scene *s)
{
    Ask *k = &((QuizScene *)s->state)->ask;
    for (int i = 0; i < k->ncharts; i++)
        if (!paint_empty(&k->paints[i]))
            return true;
    return false;
}

void scene_quiz_answer(Scene *s, const Answer *a)
{
    QuizScene *qs = s->state;
    Answer whole = *a;
    if (a->has_paint && !a->circles && !a->npaints) {   /* the scene's own paint, as Submit sends it */
        Ask *k = &qs->ask;
        int n = 0;
        for (int i = 0; i < k->ncharts; i++) {
            Paint *p = &k->paints[i];
            const BodyGrid *grid = paint_empty(p) ? NULL : paint_grid(p);
            if (grid)
                k->answer_paints[n++] = (AnswerPaint){k->charts[i]->view, p->circles, p->n, grid};
        }
        if (n == 0) {
            game_toast(qs->g, "Paint where the pain goes first (or skip)");
            return;
        }
        whole.view = qs->q.view;
        whole.paints = k->answer_paints;
        whole.npaints = n;
    }
    give_answer(qs->g->app, qs, &whole);
}

bool scene_quiz_next(Scene *s)
{
    QuizScene *qs = s->state;
    if (qs->ask.phase != ASK_REVEALED || !qs->play || !play_question(qs->play))
        return false;
    begin_question(qs->g->app, qs);
    return true;
}

PlayLog *scene_quiz_take_log(Scene *s)
{
    QuizScene *qs = s->state;
    end_round(qs, false);
    PlayLog *log = qs->log;
    qs->log = NULL;
    return log;
}

const char *scene_quiz_help_mode(Scene *s)
{
    QuizScene *qs = s->state;
    if (qs->ask.phase != ASK_ASKING || !qs->has_q)
        return "reveal";
    switch (ask_view_now(&qs->ask)->mode) {
    case ANSWER_PAINT: return "paint";
    case ANSWER_CHOICE: return "choice";
    default: return "click";
    }
}

bool scene_quiz_cursor(Scene *s, Vec2 *screen, Rect *chart)
{
    QuizScene *qs = s->state;
    *chart = qs->ask.chart->rect;
    *screen = chart_to_screen(qs->ask.chart, qs->ask.cursor);
    return qs->ask.cursor_on;
}
