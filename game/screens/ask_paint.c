/* ask_paint: paint on the chart answers (refer): strokes with the left button or Space at
 * the keyboard cursor, a brush from PAINT_RADIUS_MIN to MAX ([ and ]), an eraser, undo and
 * clear; Submit or Enter sends it. The reveal shows the zones under the paint, the trigger
 * point and a legend. */
#include "screens/ask.h"
#include "screens/reveal.h"
#include "quiz/reveal_text.h"
#include "screens/reveal_verdicts.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { P_SMALLER = ASK_TOOL, P_BIGGER, P_ERASER, P_UNDO, P_CLEAR };

static void paint_begin(Ask *a)
{
    a->cursor_on = a->painting = a->eraser = false;
    for (int i = 0; i < ASK_MAX_VIEWS; i++)
        paint_clear(&a->paints[i]);
    a->nundo = 0;
}

static void paint_end(Ask *a)
{
    a->painting = false;
    for (int i = 0; i < a->ncharts; i++)
        paint_stroke_end(&a->paints[i]);
}

static bool all_empty(Ask *a)
{
    for (int i = 0; i < a->ncharts; i++)
        if (!paint_empty(&a->paints[i]))
            return false;
    return true;
}

/* The paint of every view painted in into the answer; false when there is none (or no
 * memory for a grid). */
static bool paint_placed(Ask *a)
{
    paint_end(a);
    int n = 0;
    for (int i = 0; i < a->ncharts; i++) {
        Paint *p = &a->paints[i];
        if (paint_empty(p))
            continue;
        const BodyGrid *grid = paint_grid(p);
        if (!grid)
            return false;
        a->answer_paints[n++] =
            (AnswerPaint){.view = a->charts[i]->view, .circles = p->circles, .ncircles = p->n, .grid = grid};
    }
    if (n == 0)
        return false;
    a->answer.view = a->q->view;
    a->answer.has_paint = true;
    a->answer.paints = a->answer_paints;
    a->answer.npaints = n;
    return true;
}

/* Undo across the views: which chart each stroke (or Clear) was made in, the last last. */
#define UNDO_CLEAR 0x80
static void undo_push(Ask *a, unsigned char what)
{
    if (a->nundo == ASK_UNDO_MAX) {   /* the oldest goes: undo then works in the chart shown */
        memmove(a->undo, a->undo + 1, ASK_UNDO_MAX - 1);
        a->nundo--;
    }
    a->undo[a->nundo++] = what;
}

static void undo(Ask *a)
{
    paint_end(a);
    if (a->nundo == 0) {
        paint_undo(&a->paints[a->active]);
        return;
    }
    unsigned char w = a->undo[--a->nundo];
    if (!(w & UNDO_CLEAR)) {
        paint_undo(&a->paints[w]);
        return;
    }
    for (int i = 0; i < a->ncharts; i++)   /* the Clear: every view it wiped */
        if (w & (1u << i))
            paint_undo(&a->paints[i]);
}

/* Clear wipes every view (undoable as one step). */
static bool clear_all(Ask *a)
{
    paint_end(a);
    unsigned mask = 0;
    for (int i = 0; i < a->ncharts && i < 7; i++)
        if (paint_wipe(&a->paints[i]))
            mask |= 1u << i;
    if (mask)
        undo_push(a, (unsigned char)(UNDO_CLEAR | mask));
    return mask != 0;
}

static void submit(Ask *a)
{
    if (all_empty(a)) {
        game_toast(a->g, "Paint where the pain goes first (or skip)");
        return;
    }
    if (paint_placed(a))
        ask_answered(a);
}

static void add(Ask *a, Vec2 body)
{
    Paint *p = &a->paints[a->active];
    if (!p->in_stroke)   /* a new stroke (a dab at the cursor is one too) */
        undo_push(a, (unsigned char)a->active);
    if (!paint_add(p, body, a->brush, a->eraser) && p->n >= PAINT_MAX)
        game_toast(a->g, "That is as much paint as an answer holds: submit, undo or clear");
}

static void set_brush(Ask *a, float r)
{
    a->brush = fminf(PAINT_RADIUS_MAX, fmaxf(PAINT_RADIUS_MIN, r));
}

static void paint_press(Ask *a, App *app, int b)
{
    switch (b) {
    case ASK_SUBMIT: submit(a); break;
    case P_SMALLER: set_brush(a, a->brush - 0.5f); break;
    case P_BIGGER: set_brush(a, a->brush + 0.5f); break;
    case P_ERASER: a->eraser = !a->eraser; break;
    case P_UNDO: undo(a); break;
    case P_CLEAR:
        if (clear_all(a))
            game_toast(a->g, "Cleared: Undo (U) brings it back");
        break;
    default: break;
    }
    app_redraw(app);
}

/* Two rows of tools over the Skip / Submit row: Eraser Undo Clear, and the brush size
 * between its two buttons. */
static float paint_layout(Ask *a, Rect p, float y, float bh, float gap)
{
    a->legend = (Rect){0, 0, 0, 0};
    if (a->phase == ASK_REVEALED && a->q->kind == QUIZ_REFER) {   /* the legend over the buttons */
        float h = verdict_legend(NULL, &a->g->theme, &a->g->chart, (Rect){p.x, 0, p.w, 1e6f}, false);
        if (y - h - p.y > p.h * 0.45f) {
            a->legend = (Rect){p.x, y - h, p.w, h};
            return y - h - gap;
        }
        return y;
    }
    if (a->phase != ASK_ASKING)
        return y;
    float k = a->g->theme.scale, th = fminf(36 * k, bh), w3 = (p.w - 2 * gap) / 3;
    float tools = y - th, brush = tools - gap - th;
    ask_button(a, P_SMALLER, "smaller", "[  -", (Rect){p.x, brush, w3, th}, 14);
    ask_button(a, P_BIGGER, "bigger", "+  ]", (Rect){p.x + 2 * (w3 + gap), brush, w3, th}, 14);
    ask_button(a, P_ERASER, "eraser", "Eraser", (Rect){p.x, tools, w3, th}, 14);
    a->buttons[a->nbuttons - 1].selected = a->eraser;
    ask_button(a, P_UNDO, "undo", "Undo", (Rect){p.x + w3 + gap, tools, w3, th}, 14);
    ask_button(a, P_CLEAR, "clear", "Clear", (Rect){p.x + 2 * (w3 + gap), tools, w3, th}, 14);
    return brush - gap;
}

static bool paint_key(Ask *a, App *app, const InputEvent *e)
{
    Key k = e->key;
    float dx, dy;
    if (ask_arrow(k, &dx, &dy)) { ask_move_cursor(a, app, dx, dy, e->mods); return true; }
    if (k == KEY_ENTER) { submit(a); return true; }
    if (k == KEY_SPACE) {
        if (!a->cursor_on) ask_move_cursor(a, app, 0, 0, 0);
        add(a, a->cursor);
        app_redraw(app);
        return true;
    }
    if (k == KEY_E) { paint_press(a, app, P_ERASER); return true; }
    if (k == KEY_U || (k == KEY_Z && (e->mods & MOD_CTRL))) { paint_press(a, app, P_UNDO); return true; }
    if (k == KEY_C) { paint_press(a, app, P_CLEAR); return true; }
    return false;
}

static bool paint_event(Ask *a, App *app, const InputEvent *e, bool in_chart)
{
    bool left = e->button == BUTTON_LEFT || e->button == BUTTON_TOUCH;
    switch (e->type) {
    case EV_POINTER_DOWN:
        if (!left || !in_chart || a->pressed_btn >= 0)
            return false;
        a->painting = true;
        undo_push(a, (unsigned char)a->active);
        paint_stroke_begin(&a->paints[a->active]);
        add(a, chart_to_body(a->chart, (Vec2){e->x, e->y}));
        app_redraw(app);
        return true;
    case EV_POINTER_MOVE:
        if (!a->painting)
            return false;
        add(a, chart_to_body(a->chart, (Vec2){e->x, e->y}));
        app_redraw(app);
        return true;
    case EV_POINTER_UP:
        if (!left || !a->painting)
            return false;
        paint_end(a);
        app_redraw(app);
        return true;
    case EV_TEXT:
        if (!strcmp(e->text, "[")) paint_press(a, app, P_SMALLER);
        else if (!strcmp(e->text, "]")) paint_press(a, app, P_BIGGER);
        return true;
    case EV_KEY_DOWN:
        return paint_key(a, app, e);
    default:
        return false;
    }
}

/* The paint, and the brush where the pointer (or the cursor) is. */
static void paint_draw_ask(Ask *a, Gfx *gfx)
{
    Game *g = a->g;
    paint_draw(&a->paints[a->drawing], a->chart, gfx, g->chart.paint);
    if (a->drawing != a->active || (!a->pointer_in && !a->cursor_on))
        return;
    Vec2 at = a->pointer_in ? a->pointer : chart_to_screen(a->chart, a->cursor);
    float r = chart_cm(a->chart, a->brush);
    gfx_circle(gfx, at, r, 3.5f, g->chart.halo);   /* readable over paint and skin alike */
    gfx_circle(gfx, at, r, 1.5f, a->eraser ? g->theme.danger : gfx_alpha(g->chart.click, 0.9f));
}

static void paint_panel(Ask *a, Gfx *gfx, const PlayedQuestion *revealed)
{
    if (revealed && a->legend.h > 0 && revealed->q.kind == QUIZ_REFER) {   /* the reveal's legend */
        verdict_legend(gfx, &a->g->theme, &a->g->chart, a->legend, true);
        return;
    }
    if (revealed || a->phase != ASK_ASKING || a->nbuttons < 2)
        return;
    const AskButton *sm = NULL, *bg = NULL;
    for (int i = 0; i < a->nbuttons; i++) {
        if (a->buttons[i].id == P_SMALLER) sm = &a->buttons[i];
        if (a->buttons[i].id == P_BIGGER) bg = &a->buttons[i];
    }
    if (!sm || !bg)
        return;
    char b[64];
    snprintf(b, sizeof b, "%.1f cm", a->brush);
    TextStyle body = game_text(a->g, 15, FONT_REGULAR, a->g->theme.text);
    text_draw(gfx, body, (sm->r.x + sm->r.w + bg->r.x) / 2, sm->r.y + sm->r.h / 2, ALIGN_CENTER | ALIGN_MIDDLE, b);
}

/* Points inside the essential zone, 1.5 cm apart, in every chart on screen (with tabs: the
 * one shown): a stroke through them covers it. */
static void paint_report(Ask *a, LayoutReport *r)
{
    const Question *q = a->q;
    BodyGrid *z = q->trp ? malloc(sizeof *z) : NULL;
    if (!z)
        return;
    layout_report_array_begin(r, "paint");
    int n = 0;
    for (int i = 0; i < a->ncharts; i++) {
        if (a->tabs && i != a->active)
            continue;
        const Chart *c = a->charts[i];
        bodygrid_clear(z);
        bodygrid_fill_shape(z, &q->trp->essential[q->side][c->view]);
        for (float y = BODYGRID_Y0; y < 174 && n < 400; y += 1.5f)
            for (float x = BODYGRID_X0; x < 60 && n < 400; x += 1.5f) {
                Vec2 at = chart_to_screen(c, (Vec2){x, y});
                if (bodygrid_get(z, (Vec2){x, y}) && ui_hit(c->rect, at.x, at.y)) {
                    layout_report_point(r, NULL, at, 2);
                    n++;
                }
            }
    }
    layout_report_array_end(r);
    layout_report_num(r, "brush_cm", a->brush, 2);
    free(z);
}

/* The reveal in the chart's view: spillover stippled, then the verdicts (reveal_verdicts.h:
 * each area's part of the zone in its verdict's colour and pattern, overshoot cross-hatched,
 * the outline of the student's strokes), then the X where this view draws it. */
static void paint_reveal(Chart *c, Gfx *g, const UiTheme *t, const ChartPalette *p, const PlayedQuestion *pq,
                         Paint *paint)
{
    (void)t;
    const Question *q = &pq->q;
    Vec2 at;
    bool drawn = false;
    if (q->trp) {
        chart_draw_stipple(c, g, &q->trp->spillover[q->side][c->view], gfx_alpha(p->spillover, 0.35f),
                           p->essential);
        if (paint && (paint->verdicts || (paint->verdicts = calloc(1, sizeof *paint->verdicts))))
            drawn = verdict_draw(paint->verdicts, paint->circles, paint->n, paint->version,
                                 paint_empty(paint) ? NULL : paint_grid(paint), c, g, p, pq);
        if (!drawn) {   /* no memory for the canvas: the zones and the paint as they are */
            chart_draw_zones(c, g, p, q->trp, q->side);
            if (paint)
                paint_draw(paint, c, g, p->paint);
        }
    }
    if (reveal_trp_at(pq, &at))
        chart_draw_trp(c, g, at, 2.2f, p->trp);
}

/* On a chart of its own (the results screen): the legend in its corner, on its background. */
static void paint_legend(Chart *c, Gfx *g, const UiTheme *t, const ChartPalette *p)
{
    float k = t->scale;
    Rect box = {c->rect.x + 8 * k, c->rect.y + 8 * k, fminf(c->rect.w - 16 * k, 330 * k), c->rect.h - 16 * k};
    float h = verdict_legend(g, t, p, box, false);
    if (h > c->rect.h * 0.4f)
        return;   /* a small chart: the legend would hide it */
    box.y = c->rect.y + c->rect.h - 8 * k - h;
    box.h = h;
    verdict_legend(g, t, p, box, true);
}

const AskView ask_paint = {
    .mode = ANSWER_PAINT,
    .hint = "Paint the essential zone with the left button, in any view shown (Tab: the next view); spillover is never counted against you. "
            "Keys: arrows move the brush, Space paints there, [ ] brush size, E eraser, U or Ctrl+Z undo "
            "(Clear too), C clear, D layers, Enter submits; F1 lists every key.",
    .chart_share = 0.48f, .frame_min = 45, .submit = true, .follows_pointer = true,
    .begin = paint_begin, .end = paint_end, .placed = paint_placed, .layout = paint_layout, .event = paint_event, .press = paint_press,
    .draw = paint_draw_ask, .draw_panel = paint_panel, .report = paint_report,
    .frame = FRAME_TRP | FRAME_ZONES | FRAME_PAINT, .draw_reveal = paint_reveal, .draw_legend = paint_legend,
};
