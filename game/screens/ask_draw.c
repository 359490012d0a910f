/* ask_draw: a question on the screen, drawn: each chart with what stays over it kept with its
 * picture (the zones and the landmark asked, or the reveal), what follows the answer drawn
 * every frame (the cursor, the paint), the captions and tabs of the views, and the panel's
 * words (the question, the steps, the reveal's sentences) and buttons. */
#include "screens/ask.h"
#include "screens/reveal.h"
#include "quiz/reveal_text.h"
#include "quiz/words.h"

#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

typedef struct ChartMarks { Ask *a; int i; } ChartMarks;

/* What stays over chart i while its camera and the answer stay, kept with its picture
 * (chart_draw_over): asking, the zones the kind shows and the landmark to start from; revealed,
 * the reveal of that view (and its legend when the panel has no room for it). */
static void draw_chart_marks(Chart *c, Gfx *gfx, void *ud)
{
    const ChartMarks *m = ud;
    Ask *a = m->a;
    Game *g = a->g;
    const Question *q = a->q;
    if (a->phase == ASK_ASKING) {
        if (a->kind->shows_zone && q->trp)
            chart_draw_zones(c, gfx, &g->chart, q->trp, q->side);
        reveal_draw_start(c, gfx, &g->theme, &g->chart, q->landmark, q->side, NULL);
    } else if (a->record && a->record->q.n == q->n) {
        PlayedQuestion in = ask_record_in(a->record, c->view);
        const AskView *rv = ask_view_of(q->kind);
        rv->draw_reveal(c, gfx, &g->theme, &g->chart, &in, &a->paints[m->i]);
        bool last = a->tabs || m->i == a->ncharts - 1;
        if (rv->draw_legend && a->legend.h <= 0 && last)   /* no room in the panel: on the chart */
            rv->draw_legend(c, gfx, &g->theme, &g->chart);
    }
}

/* Chart i: what the kind shows in its view, then what the answer view draws (asking), or
 * the reveal of that view. */
static void draw_one_chart(Ask *a, Gfx *gfx, int i)
{
    Game *g = a->g;
    Chart *c = a->charts[i];
    const Question *q = a->q;
    View v = c->view;
    ChartMarks marks = {a, i};
    chart_draw_over(c, gfx, &g->chart, draw_chart_marks, &marks);
    if (a->phase == ASK_ASKING) {   /* what follows the pointer and the answer, every frame */
        gfx_clip_push(gfx, c->rect);
        Chart *was = a->chart;   /* the view draws on a->chart: this one, for now */
        a->chart = c;
        a->drawing = i;
        ask_view_now(a)->draw(a, gfx);   /* paint under the X, so the X stays black */
        a->chart = was;
        a->drawing = a->active;
        if (a->kind->shows_trp && q->trp && q->trp->has_at[q->side][v])
            chart_draw_trp(c, gfx, q->trp->at[q->side][v], 2.2f, g->chart.trp);
        gfx_clip_pop(gfx);
    }
    reveal_draw_sides(c, gfx, &g->theme, &g->chart);
    if (!a->tabs) {
        RevealBanner bn = reveal_draw_caption(gfx, &g->theme, c->rect, v);
        if (i == 0)
            a->banner = bn;
    }
    chart_draw_layer_control(c, gfx, &g->theme);
    /* side by side: the chart answered in is framed in the accent colour */
    bool marked = a->ncharts > 1 && !a->tabs && i == a->active && a->phase == ASK_ASKING;
    gfx_round_rect_outline(gfx, c->rect, 2, marked ? 2.5f * g->theme.scale : 1,
                           marked ? g->theme.focus : g->theme.frame);
}

/* The tabs of the views (one chart at a time): the one shown raised, each with its name, the
 * caption of the one shown under them. */
static void draw_tabs(Ask *a, Gfx *gfx)
{
    Game *g = a->g;
    float k = g->theme.scale;
    for (int i = 0; i < a->ncharts; i++) {
        const char *t = reveal_caption(a->charts[i]->view);
        char name[48];
        size_t n = strcspn(t, ":");
        snprintf(name, sizeof name, "%.*s", (int)(n < sizeof name ? n : sizeof name - 1), t);
        ui_button(gfx, &g->theme, a->tab_r[i], name, game_font(g, 14),
                  i == a->active ? UI_SELECTED : UI_NORMAL);
    }
    Rect r = a->chart->rect;
    TextStyle hint = game_text(g, 12, FONT_REGULAR, g->theme.hint);
    Rect last = a->tab_r[a->ncharts - 1];
    if (last.x + last.w + 90 * k < r.x + r.w)
        text_draw(gfx, hint, last.x + last.w + 10 * k, last.y + last.h / 2, ALIGN_LEFT | ALIGN_MIDDLE, "Tab: next view");
    a->banner = reveal_draw_caption(gfx, &g->theme, r, a->chart->view);
}

void ask_draw_charts(Ask *a, Gfx *gfx)
{
    if (a->tabs) {
        draw_one_chart(a, gfx, a->active);
        draw_tabs(a, gfx);
        return;
    }
    for (int i = 0; i < a->ncharts; i++)
        draw_one_chart(a, gfx, i);
}

/* How to answer now. A kind asked in steps says which step, what it asks and what was
 * chosen before it ("Step 3 of 3. Position: Prone. Technique: Flat. Click where ..."). */
static void answer_hint(const Ask *a, char *buf, size_t len)
{
    const AskView *v = ask_view_now(a);
    if (a->nsteps <= 1) {
        snprintf(buf, len, "%s", v->hint);
        return;
    }
    snprintf(buf, len, "Step %d of %d. ", a->step + 1, a->nsteps);
    for (int i = 0; i < a->answer.nchoices; i++) {
        QuizChoices c;
        quiz_choices(a->g->atlas, a->q, i, &c);
        int k = quiz_choices_find(&c, a->answer.choices[i]);
        char name[64];
        snprintf(name, sizeof name, "%s", a->kind->choice_parts[i].name);
        name[0] = (char)toupper((unsigned char)name[0]);
        words_append(buf, len, "%s: %s. ", name, k >= 0 ? c.labels[k] : a->answer.choices[i]);
    }
    if (v->mode == ANSWER_CHOICE && a->answer.nchoices < a->kind->nchoices)
        words_append(buf, len, "%s ", a->kind->choice_parts[a->answer.nchoices].ask);
    words_append(buf, len, "%s", v->step_hint ? v->step_hint : v->hint);
}

/* The reveal of a kind asked in steps: a numbered line from each step's view, then what the
 * quiz's on_answer added. Returns the y below. */
static float draw_steps(Ask *a, Gfx *gfx, const PlayedQuestion *pq, Rect box)
{
    Game *g = a->g;
    float k = g->theme.scale, y = box.y, end = box.y + box.h;
    TextStyle num = game_text(g, 15, FONT_BOLD, g->theme.text_dim);
    float indent = text_measure(gfx, num, "4.").x + 8 * k;
    int part = 0;
    for (int i = 0; i < a->nsteps && y < end; i++) {
        const AskView *v = a->steps[i];
        if (!v->step_line)
            continue;
        char n[16];
        snprintf(n, sizeof n, "%d.", i + 1);
        text_draw(gfx, num, box.x, y, ALIGN_LEFT, n);
        float h = v->step_line(a, gfx, (Rect){box.x + indent, y, box.w - indent, end - y},
                               v->mode == ANSWER_CHOICE ? part : -1, pq);
        if (v->mode == ANSWER_CHOICE)
            part++;
        y += fmaxf(h, text_line_height(gfx, num)) + 6 * k;
    }
    const char *more = pq->res.feedback + pq->res.feedback_builtin;
    while (*more == ' ')
        more++;
    if (*more && y < end)
        y += text_draw_fit(gfx, game_text(g, 14, FONT_REGULAR, g->theme.text), (Rect){box.x, y, box.w, end - y}, more) +
             6 * k;
    if (pq->q.hint[0] && y < end) {   /* as reveal_text says it */
        char hint[QUIZ_HINT_MAX + 32];
        snprintf(hint, sizeof hint, "%s: %s", pq->hint_used ? "Hint (asked for)" : "Hint", pq->q.hint);
        y += text_draw_fit(gfx, game_text(g, 14, FONT_REGULAR, g->theme.text), (Rect){box.x, y, box.w, end - y}, hint) +
             6 * k;
    }
    /* a question that starts from a landmark teaches the way there: the atlas's palpation
     * steps for its trigger point, when there is room for them */
    const AtlasPalpation *pp = pq->q.landmark && pq->q.trp ? &pq->q.trp->palp : NULL;
    TextStyle small = game_text(g, 13, FONT_REGULAR, g->theme.text_dim);
    if (pp && pp->nsteps && end - y > 4 * text_line_height(gfx, small)) {
        char how[1200] = "How to find it:";
        for (int i = 0; i < pp->nsteps; i++)
            words_append(how, sizeof how, " (%d) %s", i + 1, pp->steps[i]);
        y += 4 * k + text_draw_fit(gfx, small, (Rect){box.x, y + 4 * k, box.w, end - y - 4 * k}, how);
    }
    return y;
}

/* The prompt, then how to answer, or the score and the reveal in words. */
static void draw_words(Ask *a, Gfx *gfx)
{
    Game *g = a->g;
    float k = g->theme.scale;
    Rect box = a->prompt_box;
    TextStyle pr = game_text(g, 18, FONT_BOLD, g->theme.text);
    TextStyle body = game_text(g, 15, FONT_REGULAR, g->theme.text);
    TextStyle dim = game_text(g, 13, FONT_REGULAR, g->theme.text_dim);
    float y = box.y, end = box.y + box.h;
    /* the prompt gets at most half the room when a reveal must fit under it */
    float room = a->phase == ASK_REVEALED ? box.h * (a->nsteps > 1 ? 0.34f : 0.45f) : box.h;
    /* asking, how to answer keeps its lines (the step of a kind asked in steps, what was
     * chosen): a long prompt shrinks rather than push it out of the panel */
    char hint[600];
    answer_hint(a, hint, sizeof hint);
    if (a->phase == ASK_ASKING)
        room = fmaxf(box.h * 0.4f, box.h - 10 * k - text_draw_wrapped(gfx, dim, (Rect){0, 0, box.w, box.h}, ALIGN_LEFT, hint, false));
    y += text_draw_fit(gfx, pr, (Rect){box.x, y, box.w, room}, a->q->prompt) + 10 * k;
    const PlayedQuestion *pq = a->record;
    if (a->phase == ASK_ASKING) {
        if (a->hint_shown && a->q->hint[0]) {
            char qhint[QUIZ_HINT_MAX + 8];
            snprintf(qhint, sizeof qhint, "Hint: %s", a->q->hint);
            y += text_draw_fit(gfx, game_text(g, 15, FONT_BOLD, g->theme.warn), (Rect){box.x, y, box.w, end - y}, qhint) +
                 8 * k;
        }
        text_draw_fit(gfx, dim, (Rect){box.x, y, box.w, end - y}, hint);
    } else if (a->phase == ASK_REVEALED && pq) {
        char sc[64];
        snprintf(sc, sizeof sc, "%d / 100", pq->res.score);
        /* coloured by the number, not by the kind's "correct" (palpate counts from 50): the
         * same score is the same colour here, in Results and in Review */
        TextStyle big = game_text(g, 28, FONT_BOLD, game_score_colour(g, pq->res.score));
        if (y + text_line_height(gfx, big) <= end) {
            text_draw(gfx, big, box.x, y, ALIGN_LEFT, sc);
            y += text_line_height(gfx, big) + 4 * k;
        }
        if (a->nsteps > 1) {
            draw_steps(a, gfx, pq, (Rect){box.x, y, box.w, end - y});
            return;
        }
        char words[2048];
        size_t used = 0;
        words[0] = 0;
        if (a->timed_out)   /* what was placed was taken: say so before the verdict */
            used = (size_t)snprintf(words, sizeof words, "Time is up: %s ",
                                    a->kind->mode == ANSWER_PAINT ? "what you painted was scored."
                                                                  : "your cursor was taken as the answer.");
        reveal_text(g->atlas, pq, words + used, sizeof words - used);
        text_draw_fit(gfx, body, (Rect){box.x, y, box.w, end - y}, words);
    }
}

void ask_draw(Ask *a, Gfx *gfx)
{
    Game *g = a->g;
    ask_draw_charts(a, gfx);
    ui_panel(gfx, &g->theme, a->panel);
    draw_words(a, gfx);
    ask_view_now(a)->draw_panel(a, gfx, a->phase == ASK_ASKING ? NULL : a->record);
    for (int i = 0; i < a->nbuttons; i++) {
        const AskButton *b = &a->buttons[i];
        int st = UI_NORMAL;
        if (a->hover_btn == b->id) st |= UI_HOVER;
        if (a->pressed_btn == b->id) st |= UI_PRESSED;
        if (b->selected) st |= UI_SELECTED;
        ui_button(gfx, &g->theme, b->r, b->label, game_font(g, b->font), st);
    }
}

