/* ask_choice: a muscle chosen from a list answers (identify, name): a click on it, its
 * number, or Up / Down / Tab and Enter. Once answered the list stays, the right muscle in
 * the "good" colour and a wrong choice in the "bad" one. The reveal shows the muscle, its
 * zones when the question showed them, the landmarks the words name and the trigger
 * point. */
#include "screens/ask.h"
#include "screens/reveal.h"
#include "quiz/reveal_text.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

static void choice_begin(Ask *a) { a->focus = a->hover = -1; }
static void choice_end(Ask *a) { (void)a; }
static bool choice_placed(Ask *a) { (void)a; return false; }   /* nothing counts until chosen */

static void choose(Ask *a, int i)
{
    if (i < 0 || i >= a->q->nchoices || a->answer.nchoices >= ANSWER_MAX_CHOICES)
        return;
    a->focus = i;
    a->answer.choices[a->answer.nchoices++] = a->q->choices[i];
    ask_answered(a);
}

static int choice_at(const Ask *a, float x, float y)
{
    for (int i = 0; i < a->q->nchoices; i++)
        if (ui_hit(a->choices[i], x, y))
            return i;
    return -1;
}

/* One column (two when the panel is under the chart and there are many), over the
 * buttons; kept in the reveal, which colours them. */
static float choice_layout(Ask *a, Rect p, float y, float bh, float gap)
{
    (void)bh;
    float k = a->g->theme.scale;
    int n = a->q->nchoices;
    int cols = a->stacked && n > 3 ? 2 : 1;
    int rows = (n + cols - 1) / cols;
    if (n <= 0)
        return y;
    float ch = fminf(40 * k, fmaxf(22 * k, (p.h * 0.4f - (float)(rows - 1) * gap) / (float)rows));
    float cw = (p.w - (float)(cols - 1) * gap) / (float)cols;
    float y0 = y - (float)rows * (ch + gap) + gap;
    for (int i = 0; i < n; i++)
        a->choices[i] = (Rect){p.x + (float)(i % cols) * (cw + gap), y0 + (float)(i / cols) * (ch + gap), cw, ch};
    return y0 - gap;
}

static bool choice_event(Ask *a, App *app, const InputEvent *e, bool in_chart)
{
    (void)in_chart;
    int n = a->q->nchoices;
    bool left = e->button == BUTTON_LEFT || e->button == BUTTON_TOUCH;
    switch (e->type) {
    case EV_POINTER_MOVE: {
        int h = choice_at(a, e->x, e->y);
        if (h != a->hover) {
            a->hover = h;
            app_redraw(app);
        }
        return false;
    }
    case EV_POINTER_UP: {
        int c = left ? choice_at(a, e->x, e->y) : -1;
        if (c < 0)
            return false;
        choose(a, c);
        return true;
    }
    case EV_KEY_DOWN: {
        Key k = e->key;
        if (k >= KEY_1 && k <= KEY_6 && (int)(k - KEY_1) < n) { choose(a, (int)(k - KEY_1)); return true; }
        if (n > 0 && (k == KEY_DOWN || k == KEY_TAB)) { a->focus = (a->focus + 1) % n; app_redraw(app); return true; }
        if (n > 0 && k == KEY_UP) { a->focus = a->focus <= 0 ? n - 1 : a->focus - 1; app_redraw(app); return true; }
        if ((k == KEY_ENTER || k == KEY_SPACE) && a->focus >= 0) { choose(a, a->focus); return true; }
        return false;
    }
    default:
        return false;
    }
}

static void choice_press(Ask *a, App *app, int button) { (void)a; (void)app; (void)button; }
static void choice_draw(Ask *a, Gfx *gfx) { (void)a; (void)gfx; }

static void choice_panel(Ask *a, Gfx *gfx, const PlayedQuestion *pq)
{
    Game *g = a->g;
    const Question *q = a->q;
    float k = g->theme.scale;
    for (int i = 0; i < q->nchoices; i++) {
        Rect r = a->choices[i];
        char label[160];
        snprintf(label, sizeof label, "%d  %s", i + 1, reveal_muscle_name(g->atlas, q->choices[i]));
        int st = UI_NORMAL;
        if (!pq && a->hover == i) st |= UI_HOVER;
        if (!pq && a->focus == i) st |= UI_FOCUS;
        ui_button(gfx, &g->theme, r, "", game_font(g, 15), st);
        Color fill = {0, 0, 0, 0};
        if (pq && !strcmp(q->choices[i], q->muscle->id)) fill = g->theme.ok;
        else if (pq && pq->nchoices && !strcmp(q->choices[i], pq->choices[0])) fill = g->theme.danger;
        if (fill.a)
            gfx_round_rect(gfx, r, 10 * k, fill);
        TextStyle ts = game_text(g, 15, FONT_BOLD, fill.a ? g->theme.accent_text : g->theme.text);
        char fit[160];
        text_fit(gfx, ts, label, r.w - 24 * k, fit, sizeof fit);
        text_draw(gfx, ts, r.x + 12 * k, r.y + r.h / 2, ALIGN_LEFT | ALIGN_MIDDLE, fit);
    }
}

static void choice_report(Ask *a, LayoutReport *r)
{
    const Question *q = a->q;
    if (!q->nchoices)
        return;
    layout_report_array_begin(r, "choices");
    for (int i = 0; i < q->nchoices; i++) {
        layout_report_object_begin(r, NULL);
        layout_report_str(r, "id", q->choices[i]);
        layout_report_rect(r, "rect", a->choices[i]);
        layout_report_int(r, "key", i + 1);
        layout_report_object_end(r);
    }
    layout_report_array_end(r);
}

static void choice_reveal(Chart *c, Gfx *g, const UiTheme *t, const ChartPalette *p, const PlayedQuestion *pq,
                          Paint *paint)
{
    (void)paint;
    const Question *q = &pq->q;
    Vec2 at;
    chart_draw_muscle(c, g, p, q->muscle, q->side);
    if (quiz_kind(q->kind)->shows_zone)
        chart_draw_zones(c, g, p, q->trp, q->side);
    if (reveal_trp_at(pq, &at)) {
        reveal_draw_landmarks(c, g, t, p, q->view, at);   /* the ones the words name */
        chart_draw_trp(c, g, at, 2.2f, p->trp);
    }
}

const AskView ask_choice = {
    .mode = ANSWER_CHOICE,
    .hint = "Click a muscle or press its number; D shows deeper layers.",
    .chart_share = 0.34f, .frame_min = 56,
    .begin = choice_begin, .end = choice_end, .placed = choice_placed, .layout = choice_layout, .event = choice_event, .press = choice_press,
    .draw = choice_draw, .draw_panel = choice_panel, .report = choice_report,
    .frame = FRAME_TRP | FRAME_OUTLINE | FRAME_LANDMARKS, .draw_reveal = choice_reveal,
};
