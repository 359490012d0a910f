/* scene_quiz: one round of a quiz. Each question is asked on a body chart (zoom and pan
 * work throughout), answered with the mouse or the keyboard alone, scored by the round
 * and saved at once (quiz/play.h), then revealed (right place, zones, landmarks, the
 * areas hit and missed) until the player moves on. A script error ends the round in an
 * overlay that shows its message; the answers given stay saved. The clock is the event
 * clock, so a recorded game replays to the same results. */
#include "screens/game.h"
#include "screens/scenes.h"
#include "screens/paint.h"
#include "quiz/play.h"
#include "screens/quiz_view.h"
#include "screens/layout_report.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef enum QState { QS_ASK, QS_REVEAL, QS_ERROR } QState;

enum { B_SKIP, B_SUBMIT, B_NEXT, B_SMALLER, B_BIGGER, B_ERASER, B_UNDO, B_CLEAR, B_COUNT };

typedef struct QuizScene {
    Game *g;
    Play *play;                          /* the round; NULL once finished (or never begun) */
    PlayLog *log;                        /* lent by play while it runs, then owned */
    QState state;
    Question q;                          /* the question being asked or revealed */
    bool has_q;
    Chart chart;
    Paint paint;
    float brush;                         /* cm */
    bool eraser, painting;
    Vec2 cursor; bool cursor_on;         /* keyboard cursor, body space */
    Vec2 pointer; bool pointer_in;       /* last pointer position over the chart */
    int focus, hover;                    /* choices */
    int hover_btn, pressed_btn;
    uint32_t q_start, round_start;       /* event clock, ms */
    uint32_t paused_at;                  /* the "Quit this round?" question is up (0 = not) */
    int score, streak;
    bool reload_pending, offline;
    bool in_event;                       /* handling an event: time is the event's own */
    char error[QUIZ_FEEDBACK_MAX];
    /* layout */
    Rect header, timer, panel, prompt_box;
    Rect choices[QUIZ_MAX_CHOICES];
    Rect buttons[B_COUNT]; bool button_on[B_COUNT];
    bool stacked;
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
    qs->paused_at = 0;
}

static bool timed(const QuizScene *qs) { return qs->state == QS_ASK && qs->has_q && qs->q.time_limit > 0; }

/* ---- layout ------------------------------------------------------------------------- */

static void layout(QuizScene *qs, Vec2 sz)
{
    float k = qs->g->theme.scale, m = 14 * k;
    float head = 62 * k;
    qs->header = (Rect){0, 0, sz.x, head};
    float top = head + (qs->q.time_limit > 0 ? 12 * k : 0);
    qs->timer = (Rect){m, head - 4 * k, sz.x - 2 * m, 8 * k};
    float caption = 22 * k;   /* the view's name above the chart */
    float foot = 26 * k, bottom = sz.y - foot;
    float pw = fminf(fmaxf(sz.x * 0.36f, 290 * k), 470 * k);
    qs->stacked = sz.x - pw - 3 * m < 300 * k || sz.x < sz.y * 0.95f;
    Rect chart_r;
    if (!qs->stacked) {
        chart_r = (Rect){m, top + caption, sz.x - pw - 3 * m, bottom - top - caption};
        qs->panel = (Rect){chart_r.x + chart_r.w + m, top + caption, pw, bottom - top - caption};
    } else {
        /* the panel gets what its controls need: choices and paint tools more than a click */
        bool choices = qs->q.kind == QUIZ_IDENTIFY || qs->q.kind == QUIZ_NAME;
        float share = qs->state != QS_ASK ? 0.45f : choices ? 0.34f : qs->q.kind == QUIZ_REFER ? 0.48f : 0.6f;
        float ch = (bottom - top - caption - m) * share;
        chart_r = (Rect){m, top + caption, sz.x - 2 * m, ch};
        qs->panel = (Rect){m, top + caption + ch + m, sz.x - 2 * m, bottom - top - caption - ch - m};
    }
    chart_set_rect(&qs->chart, chart_r);

    /* the panel: controls from the bottom up, the prompt and the reveal text above them */
    Rect p = ui_inset(qs->panel, 14 * k);
    float bh = fminf(42 * k, fmaxf(24 * k, p.h * 0.2f)), gap = 8 * k;
    memset(qs->button_on, 0, sizeof qs->button_on);
    float y = p.y + p.h - bh;
    if (qs->state == QS_ASK) {
        bool submit = qs->q.kind == QUIZ_REFER;
        float sw = submit ? (p.w - gap) * 0.4f : p.w * 0.4f;
        qs->buttons[B_SKIP] = (Rect){p.x, y, sw, bh};
        qs->button_on[B_SKIP] = true;
        if (submit) {
            qs->buttons[B_SUBMIT] = (Rect){p.x + sw + gap, y, p.w - sw - gap, bh};
            qs->button_on[B_SUBMIT] = true;
        }
    } else {
        qs->buttons[B_NEXT] = (Rect){p.x, y, p.w, bh};
        qs->button_on[B_NEXT] = true;
    }
    y -= gap;
    if (qs->q.kind == QUIZ_REFER && qs->state == QS_ASK) {
        float th = fminf(36 * k, bh), w3 = (p.w - 2 * gap) / 3;
        y -= th;
        qs->buttons[B_ERASER] = (Rect){p.x, y, w3, th};
        qs->buttons[B_UNDO] = (Rect){p.x + w3 + gap, y, w3, th};
        qs->buttons[B_CLEAR] = (Rect){p.x + 2 * (w3 + gap), y, w3, th};
        y -= gap + th;
        qs->buttons[B_SMALLER] = (Rect){p.x, y, w3, th};
        qs->buttons[B_BIGGER] = (Rect){p.x + 2 * (w3 + gap), y, w3, th};
        for (int b = B_SMALLER; b <= B_CLEAR; b++)
            qs->button_on[b] = true;
        y -= gap;
    }
    if (qs->q.kind == QUIZ_IDENTIFY || qs->q.kind == QUIZ_NAME) {
        int n = qs->q.nchoices;
        int cols = qs->stacked && n > 3 ? 2 : 1;
        int rows = (n + cols - 1) / cols;
        float ch = fminf(40 * k, fmaxf(22 * k, (p.h * 0.4f - (float)(rows - 1) * gap) / (float)rows));
        float cw = (p.w - (float)(cols - 1) * gap) / (float)cols;
        float y0 = y - (float)rows * (ch + gap) + gap;
        for (int i = 0; i < n; i++)
            qs->choices[i] = (Rect){p.x + (float)(i % cols) * (cw + gap), y0 + (float)(i / cols) * (ch + gap), cw, ch};
        y = y0 - gap;
    }
    qs->prompt_box = (Rect){p.x, p.y, p.w, fmaxf(0, y - p.y)};
}

static void relayout(App *app, QuizScene *qs)
{
    layout(qs, app->size);
}

/* ---- debug layout (TT_DEBUG_LAYOUT=1): one JSON line per question and per reveal ---- */

static void print_rect(const char *name, Rect r)
{
    fprintf(stderr, ",\"%s\":[%.1f,%.1f,%.1f,%.1f]", name, r.x, r.y, r.w, r.h);
}

static void debug_layout(QuizScene *qs, Vec2 sz)
{
    if (!layout_report_on() || !qs->has_q || qs->debug_printed)
        return;
    qs->debug_printed = true;
    const Question *q = &qs->q;
    Chart *c = &qs->chart;
    fprintf(stderr, "{\"layout\":\"quiz\",\"state\":\"%s\",\"n\":%d,\"of\":%d,\"kind\":\"%s\",\"view\":\"%s\","
            "\"side\":\"%s\",\"muscle\":\"%s\",\"size\":[%.0f,%.0f]",
            qs->state == QS_ASK ? "ask" : qs->state == QS_REVEAL ? "reveal" : "error", q->n, q->of,
            quiz_kind_name(q->kind), atlas_view_name(q->view), atlas_side_name(q->side), q->muscle->id, sz.x, sz.y);
    print_rect("chart", c->rect);
    for (int b = 0; b < B_COUNT; b++) {
        static const char *const names[] = {"skip", "submit", "next", "smaller", "bigger", "eraser", "undo", "clear"};
        if (qs->button_on[b])
            print_rect(names[b], qs->buttons[b]);
    }
    if (q->kind == QUIZ_LOCATE) {
        /* the trigger point nearest the centre of the muscle's ones in this view and side */
        for (int i = 0; i < q->muscle->ntrps; i++)
            if (q->muscle->trps[i].has_at[q->side][q->view]) {
                Vec2 b = q->muscle->trps[i].at[q->side][q->view], s = chart_to_screen(c, b);
                fprintf(stderr, ",\"answer\":[%.2f,%.2f],\"answer_body\":[%.2f,%.2f]", s.x, s.y, b.x, b.y);
                Vec2 mb = {-b.x, b.y}, ms = chart_to_screen(c, mb);
                fprintf(stderr, ",\"mirror\":[%.2f,%.2f]", ms.x, ms.y);
                break;
            }
    }
    if (q->kind == QUIZ_REFER && q->trp) {
        /* points inside the essential zone, 1.5 cm apart: a stroke through them covers it */
        BodyGrid *z = malloc(sizeof *z);
        if (z) {
            bodygrid_clear(z);
            bodygrid_fill_shape(z, &q->trp->essential[q->side][q->view]);
            fprintf(stderr, ",\"paint\":[");
            int n = 0;
            for (float y = BODYGRID_Y0; y < 174 && n < 400; y += 1.5f)
                for (float x = BODYGRID_X0; x < 60 && n < 400; x += 1.5f)
                    if (bodygrid_get(z, (Vec2){x, y})) {
                        Vec2 s = chart_to_screen(c, (Vec2){x, y});
                        fprintf(stderr, "%s[%.2f,%.2f]", n++ ? "," : "", s.x, s.y);
                    }
            fprintf(stderr, "],\"brush_cm\":%.2f", qs->brush);
            free(z);
        }
    }
    if (q->nchoices) {
        fprintf(stderr, ",\"choices\":[");
        for (int i = 0; i < q->nchoices; i++) {
            Rect r = qs->choices[i];
            fprintf(stderr, "%s{\"id\":\"%s\",\"rect\":[%.1f,%.1f,%.1f,%.1f],\"key\":%d}", i ? "," : "", q->choices[i],
                    r.x, r.y, r.w, r.h, i + 1);
        }
        fprintf(stderr, "]");
    }
    if (qs->state == QS_REVEAL && qs->log->n > 0)
        fprintf(stderr, ",\"score\":%d", qs->log->items[qs->log->n - 1].res.score);
    fprintf(stderr, "}\n");
}

/* ---- the round ---------------------------------------------------------------------- */

static void show_results(App *app, QuizScene *qs);

static void begin_question(App *app, QuizScene *qs)
{
    const Question *q = qs->play ? play_question(qs->play) : NULL;
    if (!q) {
        if (qs->play && play_failed(qs->play)) {
            snprintf(qs->error, sizeof qs->error, "%s", play_error(qs->play));
            qs->state = QS_ERROR;
            app_redraw(app);
        } else {
            show_results(app, qs);
        }
        return;
    }
    qs->q = *q;
    qs->has_q = true;
    qs->state = QS_ASK;
    qs->focus = qs->hover = -1;
    qs->cursor_on = qs->painting = qs->eraser = false;
    paint_clear(&qs->paint);
    qs->q_start = clock_ms(qs);
    qs->debug_printed = false;
    chart_set_view(&qs->chart, q->view);
    relayout(app, qs);
    quiz_view_focus_question(&qs->chart, &qs->q);
    qs->cursor = (Vec2){qs->chart.centre.x, qs->chart.centre.y};
    app_redraw(app);
}

/* Hands the answer to the round; on success it is recorded and saved, then revealed. */
static void give_answer(App *app, QuizScene *qs, const Answer *a)
{
    if (qs->state != QS_ASK || !qs->has_q || !qs->play)
        return;
    const PlayedQuestion *pq;
    if (play_answer(qs->play, a, (int)elapsed_ms(qs), &pq) != 0) {
        game_toast(qs->g, "%s", play_message(qs->play));
        return;
    }
    if (play_warning(qs->play))
        game_toast(qs->g, "%s", play_warning(qs->play));
    qs->score += pq ? pq->res.score : 0;
    qs->streak = pq && pq->res.correct ? qs->streak + 1 : 0;
    qs->painting = false;
    paint_stroke_end(&qs->paint);
    if (play_failed(qs->play)) {
        snprintf(qs->error, sizeof qs->error, "%s", play_error(qs->play));
        qs->state = QS_ERROR;
    } else {
        qs->state = QS_REVEAL;
    }
    qs->debug_printed = false;
    relayout(app, qs);
    if (pq && qs->state == QS_REVEAL)
        quiz_view_focus(&qs->chart, pq);
    app_redraw(app);
}

static void answer_click(App *app, QuizScene *qs, Vec2 body)
{
    Answer a = {.view = qs->q.view, .has_click = true, .click = body};
    give_answer(app, qs, &a);
}

static void answer_choice(App *app, QuizScene *qs, int i)
{
    if (i < 0 || i >= qs->q.nchoices)
        return;
    Answer a = {.choices = {qs->q.choices[i]}, .nchoices = 1};
    qs->focus = i;
    give_answer(app, qs, &a);
}

static void answer_paint(App *app, QuizScene *qs)
{
    if (paint_empty(&qs->paint)) {
        game_toast(qs->g, "Paint where the pain goes first (or skip)");
        return;
    }
    const BodyGrid *grid = paint_grid(&qs->paint);
    if (!grid)
        return;
    Answer a = {.view = qs->q.view, .has_paint = true, .circles = qs->paint.circles, .ncircles = qs->paint.n,
                .paint = grid};
    give_answer(app, qs, &a);
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
    play_finish(qs->play, quit ? PLAY_END_QUIT : PLAY_END_COMPLETED);
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

static void show_results(App *app, QuizScene *qs)
{
    end_round(qs, false);
    PlayLog *log = qs->log;
    Scene *r = scene_results_new(qs->g, log);
    if (r) {
        qs->log = NULL;   /* the results screen owns it now */
        app_replace(app, r);
    } else {
        app_pop(app);
    }
}

static void quit_confirmed(App *app, void *arg)
{
    QuizScene *qs = arg;
    end_round(qs, true);
    Scene *r = scene_results_new(qs->g, qs->log);
    if (r) {
        qs->log = NULL;
        app_replace(app, r);
    } else {
        app_pop(app);
    }
}

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
    if (qs->state == QS_ERROR) {
        show_results(app, qs);
        return;
    }
    if (qs->state == QS_REVEAL)
        begin_question(app, qs);
}

/* ---- input --------------------------------------------------------------------------- */

static int button_at(const QuizScene *qs, float x, float y)
{
    for (int b = 0; b < B_COUNT; b++)
        if (qs->button_on[b] && ui_hit(qs->buttons[b], x, y))
            return b;
    return -1;
}

static int choice_at(const QuizScene *qs, float x, float y)
{
    if (qs->q.kind != QUIZ_IDENTIFY && qs->q.kind != QUIZ_NAME)
        return -1;
    for (int i = 0; i < qs->q.nchoices; i++)
        if (ui_hit(qs->choices[i], x, y))
            return i;
    return -1;
}

static void add_paint(QuizScene *qs, Vec2 body)
{
    if (!paint_add(&qs->paint, body, qs->brush, qs->eraser) && qs->paint.n >= PAINT_MAX)
        game_toast(qs->g, "That is as much paint as an answer holds: submit, undo or clear");
}

static void set_brush(QuizScene *qs, float r)
{
    qs->brush = fminf(PAINT_RADIUS_MAX, fmaxf(PAINT_RADIUS_MIN, r));
}

static void press_button(App *app, QuizScene *qs, int b)
{
    switch (b) {
    case B_SKIP: answer_skip(app, qs, false); break;
    case B_SUBMIT: answer_paint(app, qs); break;
    case B_NEXT: next(app, qs); break;
    case B_SMALLER: set_brush(qs, qs->brush - 0.5f); break;
    case B_BIGGER: set_brush(qs, qs->brush + 0.5f); break;
    case B_ERASER: qs->eraser = !qs->eraser; break;
    case B_UNDO: paint_undo(&qs->paint); break;
    case B_CLEAR: paint_clear(&qs->paint); break;
    default: break;
    }
    app_redraw(app);
}

static void check_timer(App *app, QuizScene *qs)
{
    if (timed(qs) && !qs->paused_at && (float)elapsed_ms(qs) >= qs->q.time_limit * 1000.0f)
        answer_skip(app, qs, true);
}

static void move_cursor(App *app, QuizScene *qs, float dx, float dy, int mods)
{
    float step = (mods & MOD_SHIFT) ? 5.0f : (mods & MOD_CTRL) ? 0.25f : 1.0f;
    if (!qs->cursor_on) {
        qs->cursor_on = true;
        qs->cursor = chart_to_body(&qs->chart, (Vec2){qs->chart.rect.x + qs->chart.rect.w / 2,
                                                      qs->chart.rect.y + qs->chart.rect.h / 2});
    } else {
        qs->cursor.x += dx * step;
        qs->cursor.y += dy * step;
    }
    app_redraw(app);
}

static void ask_key(App *app, QuizScene *qs, const InputEvent *e)
{
    const Question *q = &qs->q;
    bool choices = q->kind == QUIZ_IDENTIFY || q->kind == QUIZ_NAME;
    Key k = e->key;
    if (choices) {
        if (k >= KEY_1 && k <= KEY_6 && (int)(k - KEY_1) < q->nchoices) { answer_choice(app, qs, (int)(k - KEY_1)); return; }
        if (k == KEY_DOWN || k == KEY_TAB) { qs->focus = (qs->focus + 1) % q->nchoices; app_redraw(app); return; }
        if (k == KEY_UP) { qs->focus = qs->focus <= 0 ? q->nchoices - 1 : qs->focus - 1; app_redraw(app); return; }
        if ((k == KEY_ENTER || k == KEY_SPACE) && qs->focus >= 0) { answer_choice(app, qs, qs->focus); return; }
    } else {
        int dx = k == KEY_LEFT ? -1 : k == KEY_RIGHT ? 1 : 0, dy = k == KEY_UP ? 1 : k == KEY_DOWN ? -1 : 0;
        if (dx || dy) { move_cursor(app, qs, (float)dx, (float)dy, e->mods); return; }
    }
    if (q->kind == QUIZ_LOCATE && k == KEY_ENTER) {
        if (qs->cursor_on) answer_click(app, qs, qs->cursor);
        else move_cursor(app, qs, 0, 0, 0);
        return;
    }
    if (q->kind == QUIZ_REFER) {
        if (k == KEY_ENTER) { answer_paint(app, qs); return; }
        if (k == KEY_SPACE) {
            if (!qs->cursor_on) move_cursor(app, qs, 0, 0, 0);
            add_paint(qs, qs->cursor);
            app_redraw(app);
            return;
        }
        if (k == KEY_E) { press_button(app, qs, B_ERASER); return; }
        if (k == KEY_U || (k == KEY_Z && (e->mods & MOD_CTRL))) { press_button(app, qs, B_UNDO); return; }
        if (k == KEY_C) { press_button(app, qs, B_CLEAR); return; }
    }
    if (k == KEY_S)
        answer_skip(app, qs, false);
}

static void quiz_event_in(App *app, QuizScene *qs, const InputEvent *e);

static void quiz_event(App *app, Scene *s, const InputEvent *e)
{
    QuizScene *qs = s->state;
    qs->in_event = true;
    quiz_event_in(app, qs, e);
    qs->in_event = false;
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
        if (qs->state == QS_ERROR) next(app, qs);
        else ask_quit(app, qs);
        return;
    }
    if (e->type == EV_KEY_DOWN && e->key == KEY_F5) {
        if (!qs->reload_pending)
            game_toast(qs->g, "Quiz scripts will reload when this round ends");
        qs->reload_pending = true;
        return;
    }
    if (qs->state == QS_ERROR) {
        if ((e->type == EV_KEY_DOWN && (e->key == KEY_ENTER || e->key == KEY_SPACE)) ||
            (e->type == EV_POINTER_UP && e->button == BUTTON_LEFT))
            next(app, qs);
        return;
    }
    bool in_chart = ui_hit(qs->chart.rect, e->x, e->y);
    bool pointer = e->type == EV_POINTER_DOWN || e->type == EV_POINTER_UP || e->type == EV_POINTER_MOVE;
    if (!qs->painting && chart_event(&qs->chart, e, false)) {
        app_redraw(app);
        return;
    }
    if (qs->chart.dragging)
        return;
    if (pointer) {
        bool was_in = qs->pointer_in;
        qs->pointer = (Vec2){e->x, e->y};
        qs->pointer_in = in_chart;
        if (qs->q.kind == QUIZ_REFER && qs->state == QS_ASK && (in_chart || was_in))
            app_redraw(app);
        int hb = button_at(qs, e->x, e->y), hc = choice_at(qs, e->x, e->y);
        if (hb != qs->hover_btn || hc != qs->hover) {
            qs->hover_btn = hb;
            qs->hover = hc;
            app_redraw(app);
        }
    }
    bool left = e->button == BUTTON_LEFT || e->button == BUTTON_TOUCH;
    if (e->type == EV_POINTER_DOWN && left) {
        qs->pressed_btn = button_at(qs, e->x, e->y);
        if (qs->state == QS_ASK && in_chart && qs->q.kind == QUIZ_REFER && qs->pressed_btn < 0) {
            qs->painting = true;
            paint_stroke_begin(&qs->paint);
            add_paint(qs, chart_to_body(&qs->chart, (Vec2){e->x, e->y}));
            app_redraw(app);
        }
        return;
    }
    if (e->type == EV_POINTER_MOVE && qs->painting) {
        add_paint(qs, chart_to_body(&qs->chart, (Vec2){e->x, e->y}));
        app_redraw(app);
        return;
    }
    if (e->type == EV_POINTER_UP && left) {
        if (qs->painting) {
            qs->painting = false;
            paint_stroke_end(&qs->paint);
            app_redraw(app);
            return;
        }
        int b = button_at(qs, e->x, e->y);
        if (b >= 0 && b == qs->pressed_btn) {
            qs->pressed_btn = -1;
            press_button(app, qs, b);
            return;
        }
        qs->pressed_btn = -1;
        /* after the reveal a click on the chart does nothing: it may be zoomed and panned */
        if (qs->state == QS_ASK) {
            int c = choice_at(qs, e->x, e->y);
            if (c >= 0)
                answer_choice(app, qs, c);
            else if (in_chart && qs->q.kind == QUIZ_LOCATE)
                answer_click(app, qs, chart_to_body(&qs->chart, (Vec2){e->x, e->y}));
        }
        return;
    }
    if (e->type == EV_TEXT && qs->state == QS_ASK && qs->q.kind == QUIZ_REFER) {
        if (!strcmp(e->text, "[")) press_button(app, qs, B_SMALLER);
        else if (!strcmp(e->text, "]")) press_button(app, qs, B_BIGGER);
        return;
    }
    if (e->type == EV_KEY_DOWN) {
        if (qs->state == QS_ASK)
            ask_key(app, qs, e);
        else if (e->key == KEY_ENTER || e->key == KEY_SPACE || e->key == KEY_RIGHT)
            next(app, qs);
    }
}

static void quiz_update(App *app, Scene *s, double dt)
{
    (void)dt;
    QuizScene *qs = s->state;
    resume(qs);
    check_timer(app, qs);
    if (timed(qs) && !qs->g->headless)
        app_wake_in(app, 0.1);   /* the timer bar moves at 10 Hz, only while it runs */
}

/* ---- drawing ------------------------------------------------------------------------ */

static void draw_header(Gfx *gfx, QuizScene *qs)
{
    Game *g = qs->g;
    float k = g->theme.scale;
    Rect h = qs->header;
    TextStyle t = game_text(g, 22, FONT_BOLD, RGB(250, 246, 240));
    TextStyle sub = game_text(g, 15, FONT_REGULAR, RGB(190, 204, 212));
    TextStyle sc = game_text(g, 20, FONT_BOLD, RGB(250, 246, 240));
    char right[96], sub_text[96] = "", fit[256];
    snprintf(right, sizeof right, "Score %d", qs->score);
    Vec2 rm = text_measure(gfx, sc, right);
    text_draw(gfx, sc, h.w - 18 * k, 10 * k, ALIGN_RIGHT, right);
    if (qs->streak >= 2) {
        char st[48];
        snprintf(st, sizeof st, "streak %d", qs->streak);
        text_draw(gfx, sub, h.w - 18 * k, 10 * k + rm.y, ALIGN_RIGHT, st);
    }
    text_fit(gfx, t, qs->log ? qs->log->title : "", h.w - rm.x - 60 * k, fit, sizeof fit);
    text_draw(gfx, t, 18 * k, 8 * k, ALIGN_LEFT, fit);
    if (qs->has_q) {
        snprintf(sub_text, sizeof sub_text, "Question %d of %d", qs->q.n, qs->q.of);
        text_draw(gfx, sub, 18 * k, 8 * k + text_line_height(gfx, t), ALIGN_LEFT, sub_text);
    }
    if (timed(qs) || (qs->has_q && qs->q.time_limit > 0)) {
        float limit = qs->q.time_limit;
        float used = qs->state == QS_ASK ? (float)elapsed_ms(qs) / 1000.0f : limit;
        if (qs->state != QS_ASK && qs->log && qs->log->n > 0)
            used = (float)qs->log->items[qs->log->n - 1].ms / 1000.0f;
        float left_s = fmaxf(0, limit - used), f = limit > 0 ? left_s / limit : 0;
        Rect r = qs->timer;
        gfx_round_rect(gfx, r, r.h / 2, RGBA(255, 255, 255, 40));
        Color col = f > 0.5f ? g->theme.ok : f > 0.2f ? g->theme.warn : g->theme.danger;
        if (f > 0)
            gfx_round_rect(gfx, (Rect){r.x, r.y, fmaxf(r.h, r.w * f), r.h}, r.h / 2, col);
        char secs[48];
        snprintf(secs, sizeof secs, qs->state == QS_ASK ? "%.0f s left" : "answered in %.0f s",
                 qs->state == QS_ASK ? ceilf(left_s) : used);
        TextStyle ts = game_text(g, 16, FONT_BOLD, RGB(250, 246, 240));
        float tw = text_measure(gfx, ts, secs).x;
        float left_edge = 18 * k + text_measure(gfx, sub, sub_text).x + 16 * k;
        float right_edge = h.w - 18 * k - rm.x - 16 * k;
        if (right_edge - left_edge >= tw)   /* between "Question n of N" and the score */
            text_draw(gfx, ts, fmaxf(left_edge + tw / 2, fminf(h.w / 2, right_edge - tw / 2)), r.y - 8 * k,
                      ALIGN_CENTER | ALIGN_BOTTOM, secs);
    }
}

static void draw_button(Gfx *gfx, QuizScene *qs, int b, const char *label, bool selected)
{
    if (!qs->button_on[b])
        return;
    int st = UI_NORMAL;
    if (qs->hover_btn == b) st |= UI_HOVER;
    if (qs->pressed_btn == b) st |= UI_PRESSED;
    if (selected) st |= UI_SELECTED;
    ui_button(gfx, &qs->g->theme, qs->buttons[b], label, game_font(qs->g, b >= B_SMALLER ? 14 : 16), st);
}

static void draw_choices(Gfx *gfx, QuizScene *qs)
{
    Game *g = qs->g;
    const Question *q = &qs->q;
    const PlayedQuestion *pq = qs->state != QS_ASK && qs->log && qs->log->n ? &qs->log->items[qs->log->n - 1] : NULL;
    float k = g->theme.scale;
    for (int i = 0; i < q->nchoices; i++) {
        Rect r = qs->choices[i];
        char label[160];
        snprintf(label, sizeof label, "%d  %s", i + 1, quiz_view_muscle_name(g->atlas, q->choices[i]));
        int st = UI_NORMAL;
        if (!pq && qs->hover == i) st |= UI_HOVER;
        if (!pq && qs->focus == i) st |= UI_FOCUS;
        ui_button(gfx, &g->theme, r, "", game_font(g, 15), st);
        Color fill = {0, 0, 0, 0};
        if (pq && !strcmp(q->choices[i], q->muscle->id)) fill = g->theme.ok;
        else if (pq && pq->nchoices && !strcmp(q->choices[i], pq->choices[0])) fill = g->theme.danger;
        if (fill.a)
            gfx_round_rect(gfx, r, 10 * k, fill);
        TextStyle ts = game_text(g, 15, FONT_BOLD, fill.a ? RGB(255, 255, 255) : g->theme.text);
        char fit[160];
        text_fit(gfx, ts, label, r.w - 24 * k, fit, sizeof fit);
        text_draw(gfx, ts, r.x + 12 * k, r.y + r.h / 2, ALIGN_LEFT | ALIGN_MIDDLE, fit);
    }
}

static void draw_chart(Gfx *gfx, QuizScene *qs)
{
    Game *g = qs->g;
    Chart *c = &qs->chart;
    const Question *q = &qs->q;
    float k = g->theme.scale;
    chart_draw(c, gfx, &g->chart);
    if (!qs->has_q)
        return;
    if (qs->state == QS_ASK) {
        gfx_clip_push(gfx, c->rect);
        if (q->kind == QUIZ_IDENTIFY && q->trp)
            chart_draw_zones(c, gfx, &g->chart, q->trp, q->side);
        if ((q->kind == QUIZ_NAME || q->kind == QUIZ_REFER) && q->trp && q->trp->has_at[q->side][q->view])
            chart_draw_trp(c, gfx, q->trp->at[q->side][q->view], 2.2f, g->chart.trp);
        if (q->kind == QUIZ_REFER) {
            paint_draw(&qs->paint, c, gfx, g->chart.paint);
            Vec2 at = qs->pointer_in ? qs->pointer : qs->cursor_on ? chart_to_screen(c, qs->cursor) : (Vec2){-1, -1};
            if (qs->pointer_in || qs->cursor_on)
                gfx_circle(gfx, at, chart_cm(c, qs->brush), 1.5f,
                           qs->eraser ? g->theme.danger : gfx_alpha(g->chart.click, 0.9f));
        } else if (q->kind == QUIZ_LOCATE && qs->cursor_on) {
            Vec2 p = chart_to_screen(c, qs->cursor);
            float r = 10 * k;
            gfx_line(gfx, (Vec2){p.x - r, p.y}, (Vec2){p.x + r, p.y}, 2, g->chart.click);
            gfx_line(gfx, (Vec2){p.x, p.y - r}, (Vec2){p.x, p.y + r}, 2, g->chart.click);
            gfx_circle(gfx, p, r * 0.6f, 1.5f, g->chart.click);
        }
        gfx_clip_pop(gfx);
    } else if (qs->log && qs->log->n > 0) {
        PlayedQuestion *pq = &qs->log->items[qs->log->n - 1];
        if (pq->q.n == q->n)
            quiz_view_draw_reveal(c, gfx, g, pq, q->kind == QUIZ_REFER ? &qs->paint : NULL);
    }
    quiz_view_draw_sides(c, gfx, g);
    quiz_view_draw_caption(gfx, g, c->rect, c->view);
    gfx_round_rect_outline(gfx, c->rect, 2, 1, RGBA(0, 0, 0, 60));
}

static const char *ask_hint(const QuizScene *qs)
{
    switch (qs->q.kind) {
    case QUIZ_LOCATE:
        return "Click where you would press. Keyboard: arrows move a cursor (Shift: 5 cm steps), Enter answers. "
               "Full marks within 1.5 cm of the trigger point.";
    case QUIZ_REFER:
        return "Paint the essential zone with the left button; spillover is never counted against you. "
               "Keys: [ ] brush size, E eraser, U or Ctrl+Z undo, C clear, Enter submits.";
    default:
        return "Click a muscle or press its number.";
    }
}

static void draw_panel(Gfx *gfx, QuizScene *qs)
{
    Game *g = qs->g;
    float k = g->theme.scale;
    ui_panel(gfx, &g->theme, qs->panel);
    if (!qs->has_q)
        return;
    Rect box = qs->prompt_box;
    TextStyle pr = game_text(g, 18, FONT_BOLD, g->theme.text);
    TextStyle body = game_text(g, 15, FONT_REGULAR, g->theme.text);
    TextStyle dim = game_text(g, 13, FONT_REGULAR, g->theme.text_dim);
    float y = box.y, end = box.y + box.h;
    /* the prompt gets at most half the room when a reveal must fit under it */
    float room = qs->state == QS_REVEAL ? box.h * 0.45f : box.h;
    y += text_draw_fit(gfx, pr, (Rect){box.x, y, box.w, room}, qs->q.prompt) + 10 * k;
    if (qs->state == QS_ASK) {
        text_draw_fit(gfx, dim, (Rect){box.x, y, box.w, end - y}, ask_hint(qs));
        if (qs->q.kind == QUIZ_REFER) {
            char b[64];
            snprintf(b, sizeof b, "%.1f cm", qs->brush);
            Rect sm = qs->buttons[B_SMALLER], bg = qs->buttons[B_BIGGER];
            text_draw(gfx, body, (sm.x + sm.w + bg.x) / 2, sm.y + sm.h / 2, ALIGN_CENTER | ALIGN_MIDDLE, b);
        }
    } else if (qs->state == QS_REVEAL && qs->log && qs->log->n > 0) {
        const PlayedQuestion *pq = &qs->log->items[qs->log->n - 1];
        char sc[64];
        snprintf(sc, sizeof sc, "%d / 100", pq->res.score);
        TextStyle big = game_text(g, 28, FONT_BOLD, pq->res.correct ? g->theme.ok : pq->res.score > 0 ? g->theme.warn : g->theme.danger);
        if (y + text_line_height(gfx, big) <= end) {
            text_draw(gfx, big, box.x, y, ALIGN_LEFT, sc);
            y += text_line_height(gfx, big) + 4 * k;
        }
        char words[2048];
        quiz_view_reveal_text(g->atlas, pq, words, sizeof words);
        text_draw_fit(gfx, body, (Rect){box.x, y, box.w, end - y}, words);
    }
    if (qs->q.kind == QUIZ_IDENTIFY || qs->q.kind == QUIZ_NAME)
        draw_choices(gfx, qs);
    draw_button(gfx, qs, B_SKIP, "Skip (S)", false);
    draw_button(gfx, qs, B_SUBMIT, "Submit (Enter)", false);
    draw_button(gfx, qs, B_NEXT, qs->q.n >= (qs->play ? play_count(qs->play) : qs->q.of) ? "See results (Enter)" : "Next (Enter)", false);
    draw_button(gfx, qs, B_SMALLER, "[  -", false);
    draw_button(gfx, qs, B_BIGGER, "+  ]", false);
    draw_button(gfx, qs, B_ERASER, "Eraser", qs->eraser);
    draw_button(gfx, qs, B_UNDO, "Undo", false);
    draw_button(gfx, qs, B_CLEAR, "Clear", false);
}

static void draw_error(Gfx *gfx, QuizScene *qs)
{
    Game *g = qs->g;
    float k = g->theme.scale;
    Vec2 sz = gfx_size(gfx);
    gfx_fill_rect(gfx, (Rect){0, 0, sz.x, sz.y}, RGBA(0, 0, 0, 150));
    float w = fminf(640 * k, sz.x - 40 * k);
    TextStyle t = game_text(g, 20, FONT_BOLD, g->theme.danger);
    TextStyle mono = game_text(g, 14, FONT_REGULAR, g->theme.text);
    TextStyle dim = game_text(g, 14, FONT_REGULAR, g->theme.text_dim);
    const char *after = "Your answers so far are saved. Tell the quiz's author; press Enter to see the results.";
    float inner = w - 48 * k;
    float h1 = text_line_height(gfx, t);
    float h2 = text_draw_wrapped(gfx, mono, (Rect){0, 0, inner, 0}, ALIGN_LEFT, qs->error, false);
    float h3 = text_draw_wrapped(gfx, dim, (Rect){0, 0, inner, 0}, ALIGN_LEFT, after, false);
    float h = fminf(sz.y - 40 * k, h1 + h2 + h3 + 80 * k);
    Rect p = {(sz.x - w) / 2, (sz.y - h) / 2, w, h};
    ui_panel(gfx, &g->theme, p);
    gfx_clip_push(gfx, p);
    float y = p.y + 24 * k;
    text_draw(gfx, t, p.x + 24 * k, y, ALIGN_LEFT, "The quiz script stopped with an error");
    y += h1 + 12 * k;
    y += text_draw_wrapped(gfx, mono, (Rect){p.x + 24 * k, y, inner, h2}, ALIGN_LEFT, qs->error, true) + 12 * k;
    text_draw_wrapped(gfx, dim, (Rect){p.x + 24 * k, y, inner, h3}, ALIGN_LEFT, after, true);
    gfx_clip_pop(gfx);
}

static void quiz_draw(App *app, Scene *s, Gfx *gfx)
{
    QuizScene *qs = s->state;
    Game *g = qs->g;
    relayout(app, qs);
    ui_background(gfx, &g->theme);
    draw_header(gfx, qs);
    draw_chart(gfx, qs);
    draw_panel(gfx, qs);
    Vec2 sz = gfx_size(gfx);
    TextStyle foot = game_text(g, 13, FONT_REGULAR, RGB(150, 168, 178));
    char fit[256];
    text_fit(gfx, foot, "Wheel or +/- zoom, right-drag pans, 0 fits, Esc pauses, F5 reloads quizzes", sz.x - 24 * g->theme.scale,
             fit, sizeof fit);
    text_draw(gfx, foot, sz.x / 2, sz.y - 6 * g->theme.scale, ALIGN_CENTER | ALIGN_BOTTOM, fit);
    if (qs->state == QS_ERROR)
        draw_error(gfx, qs);
    game_draw_toast(g, gfx);
    debug_layout(qs, app->size);
}

static void quiz_destroy(Scene *s)
{
    QuizScene *qs = s->state;
    if (qs->play)   /* left without finishing (the app closed): keep what was answered */
        end_round(qs, true);
    chart_free(&qs->chart);
    paint_free(&qs->paint);
    play_log_free(qs->log);
    free(qs);
    free(s);
}

/* ---- construction ------------------------------------------------------------------- */

/* play: the round, which the scene takes; NULL when it could not begin, then quiz and
 * error say which and why (the scene shows the error, then the results). */
static Scene *quiz_scene_make(Game *g, Play *play, const Quiz *quiz, uint64_t seed, const char *error)
{
    const Atlas *a = game_atlas(g);
    Scene *s = a ? calloc(1, sizeof *s) : NULL;
    QuizScene *qs = a ? calloc(1, sizeof *qs) : NULL;
    PlayLog *log = play ? play_log(play) : play_log_new();
    if (!a || !s || !qs || !log) {
        if (!a)
            game_toast(g, "The atlas does not load: %s", g->atlas_error);
        free(s); free(qs);
        if (play) play_end(play); else play_log_free(log);
        return NULL;
    }
    qs->g = g;
    qs->play = play;
    qs->log = log;
    qs->brush = PAINT_RADIUS_DEFAULT;
    qs->hover_btn = qs->pressed_btn = qs->focus = qs->hover = -1;
    paint_init(&qs->paint);
    chart_init(&qs->chart, a, VIEW_POSTERIOR);
    int d = g->settings.difficulty;
    qs->chart.detail = d <= 0 ? CHART_FULL : d == 1 ? CHART_LANDMARKS : CHART_BARE;
    qs->chart.show_landmarks = true;
    *s = (Scene){.name = "quiz", .state = qs, .event = quiz_event, .update = quiz_update, .draw = quiz_draw,
                 .destroy = quiz_destroy};
    qs->round_start = clock_ms(qs);
    if (!play) {
        snprintf(log->quiz_id, sizeof log->quiz_id, "%s", quiz->id);
        snprintf(log->title, sizeof log->title, "%s", quiz->title && *quiz->title ? quiz->title : quiz->id);
        snprintf(log->hash, sizeof log->hash, "%s", quiz->hash);
        log->seed = seed;
        snprintf(qs->error, sizeof qs->error, "%s", error);
        snprintf(log->error, sizeof log->error, "%s", error);
        qs->state = QS_ERROR;
        return s;
    }
    if (play_warning(play))
        game_toast(g, "%s", play_warning(play));
    begin_question(g->app, qs);
    return s;
}

static int64_t game_clock(void *g) { return game_now(g); }

/* Who plays: the game's player and store, or nobody (offline: shots). */
static PlaySetup play_setup(Game *g, uint64_t seed, bool offline)
{
    PlaySetup su = {.player_name = g->player_name[0] ? g->player_name : "student", .seed = seed,
                    .now = game_clock, .now_ctx = g};
    if (!offline && game_atlas(g)) {
        su.player = game_player(g);
        su.store = game_store(g);
    }
    return su;
}

static Scene *quiz_scene_begin(Game *g, const Quiz *quiz, uint64_t seed, bool offline)
{
    if (!quiz)
        return NULL;
    if (!game_atlas(g)) {
        game_toast(g, "The atlas does not load: %s", g->atlas_error);
        return NULL;
    }
    PlaySetup su = play_setup(g, seed, offline);
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

/* ---- `shot` support ----------------------------------------------------------------- */

Scene *scene_quiz_new_offline(Game *g, const Quiz *quiz, uint64_t seed)
{
    return quiz_scene_begin(g, quiz, seed, true);
}

void scene_quiz_sample_paint(Scene *s)
{
    QuizScene *qs = s->state;
    if (!qs->has_q || qs->q.kind != QUIZ_REFER || !qs->q.trp)
        return;
    /* dabs over most of the essential zone, shifted a little so the reveal shows a miss */
    BodyGrid *z = malloc(sizeof *z);
    if (!z)
        return;
    bodygrid_clear(z);
    bodygrid_fill_shape(z, &qs->q.trp->essential[qs->q.side][qs->q.view]);
    for (float y = BODYGRID_Y0; y < 174; y += 1.5f)
        for (float x = BODYGRID_X0; x < 60; x += 1.5f)
            if (bodygrid_get(z, (Vec2){x, y}))
                paint_add(&qs->paint, (Vec2){x + 0.8f, y - 0.6f}, 1.3f, false);
    free(z);
}

void scene_quiz_sample_answer(Scene *s, bool good)
{
    QuizScene *qs = s->state;
    App *app = qs->g->app;
    if (qs->state == QS_REVEAL) {
        if (qs->play && play_question(qs->play))   /* never leaves the scene by itself */
            begin_question(app, qs);
        return;
    }
    if (qs->state != QS_ASK || !qs->has_q)
        return;
    const Question *q = &qs->q;
    switch (q->kind) {
    case QUIZ_LOCATE:
        for (int i = 0; i < q->muscle->ntrps; i++)
            if (q->muscle->trps[i].has_at[q->side][q->view]) {
                Vec2 b = q->muscle->trps[i].at[q->side][q->view];
                answer_click(app, qs, good ? (Vec2){b.x + 0.6f, b.y - 0.5f} : (Vec2){b.x + 1.8f, b.y - 2.4f});
                return;
            }
        answer_skip(app, qs, false);
        break;
    case QUIZ_REFER:
        if (paint_empty(&qs->paint))
            scene_quiz_sample_paint(s);
        answer_paint(app, qs);
        break;
    default:
        for (int i = 0; i < q->nchoices; i++)
            if (good == !strcmp(q->choices[i], q->muscle->id)) {
                answer_choice(app, qs, i);
                return;
            }
        break;
    }
}

PlayLog *scene_quiz_take_log(Scene *s)
{
    QuizScene *qs = s->state;
    end_round(qs, false);
    PlayLog *log = qs->log;
    qs->log = NULL;
    return log;
}
