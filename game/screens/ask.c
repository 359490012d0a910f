/* ask: a question on the screen: which view asks it (the kinds table's answer mode and
 * parts), the chart and panel around the view, its framing, input routing and reveal, and
 * the small helpers the views share. Drawn by ask_draw.c. */
#include "screens/ask.h"
#include "screens/reveal.h"

#include <math.h>
#include <string.h>

const AskView *ask_view(AnswerMode m)
{
    switch (m) {
    case ANSWER_PAINT: return &ask_paint;
    case ANSWER_CHOICE: return &ask_choice;
    default: return &ask_click;
    }
}

const AskView *ask_view_of(QuizKind k)
{
    return ask_view(quiz_kind(k)->mode);
}

int ask_steps(QuizKind k, const AskView *out[ASK_MAX_STEPS])
{
    const QuizKindDef *d = quiz_kind(k);
    int n = 0;
    if (d->parts & ANSWER_PART_CHOICE)
        for (int i = 0; i < (d->nchoices > 0 ? d->nchoices : 1) && n < ASK_MAX_STEPS - 2; i++)
            out[n++] = &ask_choice;
    if (d->parts & ANSWER_PART_PAINT)
        out[n++] = &ask_paint;
    if (d->parts & ANSWER_PART_CLICK)
        out[n++] = &ask_click;
    if (n == 0)
        out[n++] = ask_view(d->mode);
    return n;
}

/* ---- the question on screen ---------------------------------------------------------- */

void ask_init(Ask *a, Game *g, Chart *charts, const Question *q, bool (*give)(void *, const Answer *),
              void *scene)
{
    *a = (Ask){.g = g, .chart = &charts[0], .ncharts = 1, .q = q, .kind = quiz_kind(q->kind), .give = give,
               .scene = scene, .hover_btn = -1, .pressed_btn = -1, .brush = PAINT_RADIUS_DEFAULT, .focus = -1,
               .hover = -1};
    for (int i = 0; i < ASK_MAX_VIEWS; i++) {
        a->charts[i] = &charts[i];
        paint_init(&a->paints[i]);
    }
}

void ask_free(Ask *a)
{
    for (int i = 0; i < ASK_MAX_VIEWS; i++)
        paint_free(&a->paints[i]);
}

void ask_set_active(Ask *a, int i)
{
    if (i < 0 || i >= a->ncharts || i == a->active)
        return;
    if (a->painting)   /* a stroke ends in the chart it began in */
        return;
    a->active = i;
    a->chart = a->charts[i];
    a->cursor_on = false;   /* the keyboard cursor comes back at the new chart's centre */
    app_redraw(a->g->app);
}

Paint *ask_paint_in(Ask *a, View v)
{
    for (int i = 0; i < a->ncharts; i++)
        if (a->charts[i]->view == v)
            return &a->paints[i];
    return NULL;
}

PlayedQuestion ask_record_in(const PlayedQuestion *pq, View v)
{
    PlayedQuestion o = *pq;
    o.q.view = v;
    o.paint = NULL;
    o.npaint = 0;
    for (int i = 0; i < pq->npaints; i++)
        if (pq->paints[i].view == v) {
            o.paint = pq->paints[i].circles;
            o.npaint = pq->paints[i].n;
        }
    return o;
}

/* The question's views on the charts: every view of a refer or identify pattern, one view
 * for the others (q->nviews is 1 for them). */
static void setup_charts(Ask *a)
{
    const Question *q = a->q;
    a->ncharts = q->nviews > 0 ? q->nviews : 1;
    if (a->ncharts > ASK_MAX_VIEWS)
        a->ncharts = ASK_MAX_VIEWS;
    for (int i = 0; i < a->ncharts; i++) {
        View v = q->nviews > 0 ? q->views[i] : q->view;
        chart_set_view(a->charts[i], v);
        /* in a side view, what the question asks under the arm is shown with the arm left out */
        chart_set_arm_hidden(a->charts[i], atlas_hides_arm(q->muscle, q->trp, q->side, v));
        a->charts[i]->detail = a->charts[0]->detail;
    }
    a->active = 0;
    a->chart = a->charts[0];
}

const AskView *ask_view_now(const Ask *a)
{
    return a->phase == ASK_ASKING && a->nsteps ? a->steps[a->step] : ask_view(a->kind->mode);
}

void ask_begin(Ask *a)
{
    a->kind = quiz_kind(a->q->kind);
    a->phase = ASK_ASKING;
    a->record = NULL;
    a->nsteps = ask_steps(a->q->kind, a->steps);
    a->step = 0;
    a->hint_shown = false;
    memset(&a->answer, 0, sizeof a->answer);
    a->cursor_on = a->cursor_moved = a->timed_out = false;
    setup_charts(a);
    for (int i = 0; i < a->nsteps; i++)
        a->steps[i]->begin(a);
    /* a question that starts from a landmark shows that one alone */
    bool landmarks = a->q->landmark == NULL;
    for (int i = 0; i < a->ncharts; i++)
        if (a->charts[i]->show_landmarks != landmarks) {
            a->charts[i]->show_landmarks = landmarks;
            chart_invalidate(a->charts[i]);
        }
}

void ask_show_record(Ask *a, const PlayedQuestion *pq)
{
    a->q = &pq->q;
    a->kind = quiz_kind(pq->q.kind);
    a->phase = ASK_REVEALED;
    a->record = pq;
    a->nsteps = a->step = 0;
    a->painting = false;
    a->legend = (Rect){0, 0, 0, 0};   /* no panel: the legend is drawn on the chart */
    setup_charts(a);
    for (int i = 0; i < a->ncharts; i++) {
        PlayedQuestion in = ask_record_in(pq, a->charts[i]->view);
        paint_copy(&a->paints[i], in.paint, in.npaint);
    }
    ask_frame_reveals(a, pq);
}

void ask_reveal(Ask *a, const PlayedQuestion *record, bool stopped, bool last)
{
    ask_view_now(a)->end(a);
    a->phase = stopped ? ASK_STOPPED : ASK_REVEALED;
    a->record = record;
    a->last = last;
}

bool ask_time_up(Ask *a)
{
    if (a->phase != ASK_ASKING || a->step + 1 < a->nsteps || !a->steps[a->step]->placed(a))
        return false;   /* an earlier step unanswered, or nothing placed */
    a->timed_out = true;
    if (a->give(a->scene, &a->answer))
        return true;
    a->timed_out = false;
    return false;
}

void ask_answered(Ask *a)
{
    if (a->step + 1 < a->nsteps) {   /* the next part of the answer */
        a->step++;
        a->steps[a->step]->begin(a);
        app_redraw(a->g->app);
        return;
    }
    if (!a->give(a->scene, &a->answer)) {   /* refused: asked again from the first step */
        memset(&a->answer, 0, sizeof a->answer);
        a->step = 0;
        a->steps[0]->begin(a);
    }
}

/* The charts in r (the caption of each view above it): side by side when each gets at least
 * ASK_SIDE_MIN wide, else one at a time under a row of tabs. */
#define ASK_SIDE_MIN 300
void ask_layout_charts(Ask *a, Rect r, float caption)
{
    float k = a->g->theme.scale, gap = 10 * k;
    int n = a->ncharts;
    a->tabs = false;
    if (n <= 1) {
        chart_set_rect(a->charts[0], r);
        return;
    }
    float w = (r.w - gap * (float)(n - 1)) / (float)n;
    if (w >= ASK_SIDE_MIN * k) {
        for (int i = 0; i < n; i++)
            chart_set_rect(a->charts[i], (Rect){r.x + (float)i * (w + gap), r.y, w, r.h});
        return;
    }
    /* tabs: a row over the caption, the charts all in the rest */
    a->tabs = true;
    float th = 28 * k, tw = fminf(170 * k, (r.w - gap * (float)(n - 1)) / (float)n);
    for (int i = 0; i < n; i++)
        a->tab_r[i] = (Rect){r.x + (float)i * (tw + gap), r.y - caption, tw, th};
    Rect c = {r.x, r.y + th + 4 * k, r.w, r.h - th - 4 * k};
    for (int i = 0; i < n; i++)
        chart_set_rect(a->charts[i], c);
}

void ask_layout(Ask *a, Rect area)
{
    const AskView *v = ask_view_now(a);
    bool asking = a->phase == ASK_ASKING;
    float k = a->g->theme.scale, m = 14 * k;
    float top = area.y, caption = 22 * k;   /* the view's name above the chart */
    float foot = 26 * k, bottom = area.y + area.h - foot;
    float pw = fminf(fmaxf(area.w * 0.36f, 290 * k), 470 * k);
    a->stacked = area.w - pw - 3 * m < 300 * k || area.w < (area.y + area.h) * 0.95f;
    Rect chart_r;
    if (!a->stacked) {
        chart_r = (Rect){m, top + caption, area.w - pw - 3 * m, bottom - top - caption};
        a->panel = (Rect){chart_r.x + chart_r.w + m, top + caption, pw, bottom - top - caption};
    } else {
        /* the panel gets what the view's controls need */
        float ch = (bottom - top - caption - m) * (asking ? v->chart_share : 0.45f);
        chart_r = (Rect){m, top + caption, area.w - 2 * m, ch};
        a->panel = (Rect){m, top + caption + ch + m, area.w - 2 * m, bottom - top - caption - ch - m};
    }
    ask_layout_charts(a, chart_r, caption);

    /* the panel: buttons from the bottom up, the view's controls, the prompt and the
     * reveal text above them */
    Rect p = ui_inset(a->panel, 14 * k);
    float bh = fminf(42 * k, fmaxf(24 * k, p.h * 0.2f)), gap = 8 * k;
    float y = p.y + p.h - bh;
    a->nbuttons = 0;
    if (asking) {
        float sw = v->submit ? (p.w - gap) * 0.4f : p.w * 0.4f;
        ask_button(a, ASK_SKIP, "skip", "Skip (S)", (Rect){p.x, y, sw, bh}, 16);
        if (v->submit)
            ask_button(a, ASK_SUBMIT, "submit", "Submit (Enter)", (Rect){p.x + sw + gap, y, p.w - sw - gap, bh}, 16);
        if (a->q->hint[0] && !a->hint_shown) {   /* the quiz wrote a hint: asked for, it shows under the prompt */
            y -= bh + gap;
            ask_button(a, ASK_HINT, "hint", "Show hint (H)", (Rect){p.x, y, p.w, bh}, 15);
        }
    } else {
        ask_button(a, ASK_NEXT, "next", a->last ? "See results (Enter)" : "Next (Enter)", (Rect){p.x, y, p.w, bh}, 16);
    }
    y = v->layout(a, p, y - gap, bh, gap);
    a->prompt_box = (Rect){p.x, p.y, p.w, fmaxf(0, y - p.y)};
}

void ask_report(Ask *a, LayoutReport *r)
{
    layout_report_rect(r, "chart", a->charts[0]->rect);
    layout_report_int(r, "active", a->active);
    layout_report_int(r, "tabs", a->tabs);
    layout_report_array_begin(r, "views");
    for (int i = 0; i < a->ncharts; i++) {
        layout_report_object_begin(r, NULL);
        layout_report_str(r, "view", atlas_view_name(a->charts[i]->view));
        layout_report_rect(r, "chart", a->charts[i]->rect);
        if (a->tabs)
            layout_report_rect(r, "tab", a->tab_r[i]);
        layout_report_object_end(r);
    }
    layout_report_array_end(r);
    if (a->banner.text[0]) {   /* the orientation banner of the first chart: its words as drawn, where */
        layout_report_object_begin(r, "banner");
        layout_report_str(r, "text", a->banner.text);
        layout_report_rect(r, "rect", a->banner.r);
        layout_report_int(r, "lines", a->banner.lines);
        layout_report_object_end(r);
    }
    for (int i = 0; i < a->nbuttons; i++)
        layout_report_rect(r, a->buttons[i].name, a->buttons[i].r);
    ask_view_now(a)->report(a, r);
}

/* ---- input --------------------------------------------------------------------------- */

static int button_at(const Ask *a, float x, float y)
{
    for (int i = 0; i < a->nbuttons; i++)
        if (ui_hit(a->buttons[i].r, x, y))
            return a->buttons[i].id;
    return -1;
}

/* The pointer over the chart and the buttons: hover, press, release. Returns the button
 * released over where it was pressed, or -1. */
static int pointer_buttons(Ask *a, App *app, const InputEvent *e, bool in_chart)
{
    bool was_in = a->pointer_in;
    a->pointer = (Vec2){e->x, e->y};
    a->pointer_in = in_chart;
    if (a->phase == ASK_ASKING && ask_view_now(a)->follows_pointer && (in_chart || was_in))
        app_redraw(app);
    int b = button_at(a, e->x, e->y);
    if (b != a->hover_btn) {
        a->hover_btn = b;
        app_redraw(app);
    }
    bool left = e->button == BUTTON_LEFT || e->button == BUTTON_TOUCH;
    if (e->type == EV_POINTER_DOWN && left)
        a->pressed_btn = b;
    if (e->type == EV_POINTER_UP && left && !a->painting) {
        bool press = b >= 0 && b == a->pressed_btn;
        a->pressed_btn = -1;
        return press ? b : -1;
    }
    return -1;
}

/* The chart under (x, y) among those shown, or -1. */
static int chart_at(const Ask *a, float x, float y)
{
    if (a->tabs)
        return ui_hit(a->chart->rect, x, y) ? a->active : -1;
    for (int i = 0; i < a->ncharts; i++)
        if (ui_hit(a->charts[i]->rect, x, y))
            return i;
    return -1;
}

/* Several views: a tab pressed (pointer or touch), Tab / Shift+Tab, or the pointer moving
 * into another chart side by side makes that view the one answered in. True when taken. */
bool ask_switch_views(Ask *a, App *app, const InputEvent *e)
{
    if (a->ncharts < 2)
        return false;
    bool left = e->button == BUTTON_LEFT || e->button == BUTTON_TOUCH;
    if (a->tabs && (e->type == EV_POINTER_DOWN || e->type == EV_POINTER_UP) && left && !a->painting)
        for (int i = 0; i < a->ncharts; i++)
            if (ui_hit(a->tab_r[i], e->x, e->y)) {
                if (e->type == EV_POINTER_UP)
                    ask_set_active(a, i);
                app_redraw(app);
                return true;
            }
    if (e->type == EV_KEY_DOWN && e->key == KEY_TAB && !a->painting) {
        ask_set_active(a, (a->active + ((e->mods & MOD_SHIFT) ? a->ncharts - 1 : 1)) % a->ncharts);
        return true;
    }
    if (!a->tabs && !a->painting && !a->chart->dragging &&
        (e->type == EV_POINTER_MOVE || e->type == EV_POINTER_DOWN || e->type == EV_WHEEL ||
         e->type == EV_PINCH)) {
        int i = chart_at(a, e->x, e->y);
        if (i >= 0 && i != a->active) {
            bool on = a->pointer_in;
            ask_set_active(a, i);
            a->pointer_in = on;
        }
    }
    return false;
}

/* The view follows the keyboard cursor: panned just enough to keep it a margin inside the chart. */
static void follow_cursor(Ask *a)
{
    Chart *c = a->chart;
    float m = fminf(40 * a->g->theme.scale, fminf(c->rect.w, c->rect.h) / 4);
    Vec2 s = chart_to_screen(c, a->cursor);
    float dx = 0, dy = 0;
    if (s.x < c->rect.x + m) dx = c->rect.x + m - s.x;
    if (s.x > c->rect.x + c->rect.w - m) dx = c->rect.x + c->rect.w - m - s.x;
    if (s.y < c->rect.y + m) dy = c->rect.y + m - s.y;
    if (s.y > c->rect.y + c->rect.h - m) dy = c->rect.y + c->rect.h - m - s.y;
    if (dx != 0 || dy != 0)
        chart_pan(c, dx, dy);
    /* the camera stops at the figure's edge: the cursor stops there too, never off the chart */
    s = chart_to_screen(c, a->cursor);
    Vec2 in = {fminf(fmaxf(s.x, c->rect.x + m), c->rect.x + c->rect.w - m),
               fminf(fmaxf(s.y, c->rect.y + m), c->rect.y + c->rect.h - m)};
    if (in.x != s.x || in.y != s.y)
        a->cursor = chart_to_body(c, in);
}

int ask_event(Ask *a, App *app, const InputEvent *e)
{
    if (ask_switch_views(a, app, e))
        return ASK_TAKEN;
    bool in_chart = ui_hit(a->chart->rect, e->x, e->y);
    /* + and - zoom about the keyboard cursor while it is shown */
    if (a->phase == ASK_ASKING && a->cursor_on && e->type == EV_KEY_DOWN &&
        (e->key == KEY_PLUS || e->key == KEY_MINUS)) {
        chart_zoom_at(a->chart, chart_to_screen(a->chart, a->cursor), e->key == KEY_PLUS ? 1.25f : 0.8f);
        follow_cursor(a);
        app_redraw(app);
        return ASK_TAKEN;
    }
    /* without a cursor (a reveal) the arrows pan */
    if (!a->painting && chart_event(a->chart, e, a->phase != ASK_ASKING)) {
        app_redraw(app);
        return ASK_TAKEN;
    }
    if (a->chart->dragging)
        return ASK_TAKEN;
    bool pointer = e->type == EV_POINTER_DOWN || e->type == EV_POINTER_UP || e->type == EV_POINTER_MOVE;
    int b = pointer ? pointer_buttons(a, app, e, in_chart) : -1;
    if (b >= 0) {
        app_redraw(app);
        if (b == ASK_SKIP || b == ASK_NEXT || b == ASK_HINT)
            return b;
        ask_view_now(a)->press(a, app, b);
        return ASK_TAKEN;
    }
    /* after the reveal a click on the chart does nothing: it may be zoomed and panned */
    if (a->phase == ASK_ASKING && ask_view_now(a)->event(a, app, e, in_chart))
        return ASK_TAKEN;
    return ASK_NONE;
}

/* ---- reveals and framing ------------------------------------------------------------ */

void ask_frame_reveal(Chart *c, const PlayedQuestion *pq)
{
    const QuizKindDef *k = quiz_kind(pq->q.kind);
    chart_show_muscle(c, pq->q.muscle, pq->q.side, true);   /* revealed: the muscle over the others */
    reveal_frame(c, pq, ask_view(k->mode)->frame | (k->shows_zone ? FRAME_ZONES : 0), 34, 6);
}

void ask_frame_charts(Ask *a)
{
    for (int i = 0; i < a->ncharts; i++) {
        Question in = *a->q;
        in.view = a->charts[i]->view;
        ask_frame_question(a->charts[i], &in);
    }
}

void ask_frame_reveals(Ask *a, const PlayedQuestion *pq)
{
    for (int i = 0; i < a->ncharts; i++) {
        PlayedQuestion in = ask_record_in(pq, a->charts[i]->view);
        ask_frame_reveal(a->charts[i], &in);
    }
}

void ask_frame_question(Chart *c, const Question *q)
{
    const QuizKindDef *k = quiz_kind(q->kind);
    /* the layers a question shows (docs/decisions.md, "Layers"): the named muscle's own and
     * those over it, the muscle on top when its trigger point is shown anyway (refer); a
     * question whose answer is a muscle shows every layer and nothing in focus */
    bool named = !k->has_choices;
    chart_show_muscle(c, named ? q->muscle : NULL, q->side, named && k->shows_trp);
    /* paint answers a question on where the pain goes: it opens on the pattern's region */
    reveal_frame_question(c, q, k->shows_trp, k->shows_zone || k->mode == ANSWER_PAINT,
                          ask_view(k->mode)->frame_min);
}

void ask_button(Ask *a, int id, const char *name, const char *label, Rect r, float font)
{
    if (a->nbuttons < ASK_MAX_BUTTONS)
        a->buttons[a->nbuttons++] = (AskButton){.id = id, .name = name, .label = label, .r = r, .font = font};
}

void ask_move_cursor(Ask *a, App *app, float dx, float dy, int mods)
{
    float step = (mods & MOD_SHIFT) ? 5.0f : (mods & MOD_CTRL) ? 0.25f : 1.0f;
    Chart *c = a->chart;
    if (!a->cursor_on) {
        a->cursor_on = true;
        a->cursor = chart_to_body(c, (Vec2){c->rect.x + c->rect.w / 2, c->rect.y + c->rect.h / 2});
    } else if (dx != 0 || dy != 0) {
        a->cursor.x += dx * step;
        a->cursor.y += dy * step;
        a->cursor_moved = true;
    }
    follow_cursor(a);
    app_redraw(app);
}

bool ask_arrow(Key k, float *dx, float *dy)
{
    *dx = k == KEY_LEFT ? -1.0f : k == KEY_RIGHT ? 1.0f : 0.0f;
    *dy = k == KEY_UP ? 1.0f : k == KEY_DOWN ? -1.0f : 0.0f;
    return *dx != 0 || *dy != 0;
}
