/* ask_choice: one of a list answers a choice part (identify and name: a muscle; palpate: the
 * client's position, then the technique; quiz_choices gives the options): a click on it, its
 * number, or Up / Down / Tab and Enter. An option with a pictogram (pictogram.h) shows it.
 * Once answered the list stays, the right option in the "good" colour and a wrong choice in
 * the "bad" one. The reveal shows the muscle, its zones when the question showed them, the
 * landmarks the words name and the trigger point; in a kind asked in steps the part's line
 * names the right option beside what was chosen. */
#include "screens/ask.h"
#include "screens/pictogram.h"
#include "screens/reveal.h"
#include "quiz/reveal_text.h"

#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

/* The part asked now is the next one the answer lacks. */
static void choice_begin(Ask *a)
{
    a->focus = a->hover = -1;
    quiz_choices(a->g->atlas, a->q, a->answer.nchoices, &a->options);
}

static void choice_end(Ask *a) { (void)a; }
static bool choice_placed(Ask *a) { (void)a; return false; }   /* nothing counts until chosen */

static void choose(Ask *a, int i)
{
    if (i < 0 || i >= a->options.n || a->answer.nchoices >= ANSWER_MAX_CHOICES)
        return;
    a->focus = i;
    a->answer.choices[a->answer.nchoices++] = a->options.ids[i];
    ask_answered(a);
}

static int choice_at(const Ask *a, float x, float y)
{
    for (int i = 0; i < a->options.n; i++)
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
    int n = a->options.n;
    int cols = a->stacked && n > 3 ? 2 : 1;
    int rows = (n + cols - 1) / cols;
    if (n <= 0)
        return y;
    /* options with pictograms get taller buttons, so the drawings can be read */
    bool pictures = pictogram_known(a->options.ids[0]);
    float ch = fminf((pictures ? 56 : 40) * k, fmaxf(22 * k, (p.h * (pictures ? 0.5f : 0.4f) - (float)(rows - 1) * gap) / (float)rows));
    float cw = (p.w - (float)(cols - 1) * gap) / (float)cols;
    float y0 = y - (float)rows * (ch + gap) + gap;
    for (int i = 0; i < n; i++)
        a->choices[i] = (Rect){p.x + (float)(i % cols) * (cw + gap), y0 + (float)(i / cols) * (ch + gap), cw, ch};
    return y0 - gap;
}

static bool choice_event(Ask *a, App *app, const InputEvent *e, bool in_chart)
{
    (void)in_chart;
    int n = a->options.n;
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
    const QuizChoices *c = &a->options;
    float k = g->theme.scale;
    /* revealed: the answer's choice for this part (a kind of one part: the first) */
    const char *chosen = pq && pq->nchoices ? pq->choices[0] : NULL;
    for (int i = 0; i < c->n; i++) {
        Rect r = a->choices[i];
        int st = UI_NORMAL;
        if (!pq && a->hover == i) st |= UI_HOVER;
        if (!pq && a->focus == i) st |= UI_FOCUS;
        ui_button(gfx, &g->theme, r, "", game_font(g, 15), st);
        Color fill = {0, 0, 0, 0};
        if (pq && c->right && !strcmp(c->ids[i], c->right)) fill = g->theme.ok;
        else if (chosen && !strcmp(c->ids[i], chosen)) fill = g->theme.danger;
        if (fill.a)
            gfx_round_rect(gfx, r, 10 * k, fill);
        Color ink = fill.a ? g->theme.accent_text : g->theme.text;
        TextStyle ts = game_text(g, 15, FONT_BOLD, ink);
        char label[160], fit[160];
        snprintf(label, sizeof label, "%d  %s", i + 1, c->labels[i]);
        float x = r.x + 12 * k, w = r.w - 24 * k;
        if (pictogram_known(c->ids[i])) {   /* the number, the drawing, the words */
            char num[16];
            snprintf(num, sizeof num, "%d", i + 1);
            float nw = text_measure(gfx, ts, num).x + 8 * k, ph = r.h - 8 * k, pw = fminf(ph * 1.6f, w * 0.3f);
            text_draw(gfx, ts, x, r.y + r.h / 2, ALIGN_LEFT | ALIGN_MIDDLE, num);
            pictogram_draw(gfx, c->ids[i], (Rect){x + nw, r.y + 4 * k, pw, ph}, ink, gfx_alpha(ink, 0.45f));
            x += nw + pw + 8 * k;
            w -= nw + pw + 8 * k;
            snprintf(label, sizeof label, "%s", c->labels[i]);
        }
        /* "Pincer: grasp between thumb and fingers" too long for one line: the name, and
         * under it what it means in smaller words, rather than either cut short */
        const char *colon = strchr(label, ':');
        if (colon && text_measure(gfx, ts, label).x > w) {
            char head[80];
            snprintf(head, sizeof head, "%.*s", (int)(colon - label), label);
            const char *rest = colon + 1;
            while (*rest == ' ')
                rest++;
            TextStyle small = game_text(g, 12, FONT_REGULAR, ink);
            float lh = text_line_height(gfx, ts);
            float rh = text_draw_wrapped(gfx, small, (Rect){x, 0, w, r.h}, ALIGN_LEFT, rest, false);
            rh = fminf(rh, r.h - lh - 4 * k);
            float top = r.y + (r.h - lh - rh) / 2;
            text_fit(gfx, ts, head, w, fit, sizeof fit);
            text_draw(gfx, ts, x, top, ALIGN_LEFT, fit);
            gfx_clip_push(gfx, (Rect){x, top + lh, w, r.y + r.h - 2 * k - (top + lh)});   /* inside the button */
            text_draw_wrapped(gfx, small, (Rect){x, top + lh, w, rh}, ALIGN_LEFT, rest, true);
            gfx_clip_pop(gfx);
            continue;
        }
        if (text_measure(gfx, ts, label).x > w) {   /* too long for a line: two lines, smaller */
            TextStyle small = game_text(g, 13, FONT_BOLD, ink);
            float h = text_draw_wrapped(gfx, small, (Rect){0, 0, w, 0}, ALIGN_LEFT, label, false);
            if (h <= r.h - 4 * k) {
                text_draw_wrapped(gfx, small, (Rect){x, r.y + (r.h - h) / 2, w, h}, ALIGN_LEFT, label, true);
                continue;
            }
            ts = small;   /* no room for two lines: the end is cut */
        }
        text_fit(gfx, ts, label, w, fit, sizeof fit);
        text_draw(gfx, ts, x, r.y + r.h / 2, ALIGN_LEFT | ALIGN_MIDDLE, fit);
    }
}

static void choice_report(Ask *a, LayoutReport *r)
{
    const QuizChoices *c = &a->options;
    if (!c->n)
        return;
    layout_report_array_begin(r, "choices");
    for (int i = 0; i < c->n; i++) {
        layout_report_object_begin(r, NULL);
        layout_report_str(r, "id", c->ids[i]);
        layout_report_rect(r, "rect", a->choices[i]);
        layout_report_int(r, "key", i + 1);
        layout_report_object_end(r);
    }
    layout_report_array_end(r);
}

/* The part's line in a reveal of steps: "Position: [prone] Prone, right" (or "Prone (you
 * chose Supine)"), coloured by whether the choice was right, wrapped in what room there is. */
static float choice_step_line(Ask *a, Gfx *gfx, Rect r, int part, const PlayedQuestion *pq)
{
    Game *g = a->g;
    float k = g->theme.scale;
    QuizChoices c;
    quiz_choices(g->atlas, &pq->q, part, &c);
    int right = quiz_choices_find(&c, c.right);
    const char *chosen = part < pq->nchoices ? pq->choices[part] : NULL;
    int got = quiz_choices_find(&c, chosen);
    TextStyle ts = game_text(g, 15, FONT_BOLD, g->theme.text);
    float lh = text_line_height(gfx, ts), x = r.x, h = lh;
    char name[64];
    snprintf(name, sizeof name, "%s:", quiz_kind(pq->q.kind)->choice_parts[part].name);
    name[0] = (char)toupper((unsigned char)name[0]);
    x += text_draw(gfx, ts, x, r.y, ALIGN_LEFT, name).x + 8 * k;
    if (right >= 0 && pictogram_known(c.ids[right])) {
        float ph = lh * 1.8f;
        pictogram_draw(gfx, c.ids[right], (Rect){x, r.y + lh / 2 - ph / 2, ph * 1.6f, ph}, g->theme.text,
                       g->theme.text_dim);
        x += ph * 1.6f + 8 * k;
        h = fmaxf(h, lh / 2 + ph / 2);
    }
    /* the options' short names: a label's words before a colon ("Flat: press against bone") */
    char label[100], other[100], text[300];
    snprintf(label, sizeof label, "%s", right >= 0 ? c.labels[right] : "?");
    snprintf(other, sizeof other, "%s", got >= 0 ? c.labels[got] : chosen ? chosen : "");
    label[strcspn(label, ":")] = 0;
    other[strcspn(other, ":")] = 0;
    if (!chosen)
        snprintf(text, sizeof text, "%s (not answered)", label);
    else if (got == right)
        snprintf(text, sizeof text, "%s, right", label);
    else
        snprintf(text, sizeof text, "%s (you chose %s)", label, other);
    Color col = !chosen ? g->theme.text_dim : got == right ? g->theme.ok : g->theme.danger;
    float th = text_draw_wrapped(gfx, game_text(g, 15, FONT_BOLD, col), (Rect){x, r.y, r.x + r.w - x, r.h},
                                 ALIGN_LEFT, text, true);
    return fmaxf(h, th);
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
    .step_hint = "Click one or press its number.", .step_line = choice_step_line,
    .chart_share = 0.34f, .frame_min = 56,
    .begin = choice_begin, .end = choice_end, .placed = choice_placed, .layout = choice_layout, .event = choice_event, .press = choice_press,
    .draw = choice_draw, .draw_panel = choice_panel, .report = choice_report,
    .frame = FRAME_TRP | FRAME_OUTLINE | FRAME_LANDMARKS, .draw_reveal = choice_reveal,
};
