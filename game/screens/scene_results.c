/* scene_results: after a round: the total, the best for this quiz, the time taken, the
 * quiz's closing comment or the script error that ended the round, and every question
 * with its score; selecting one shows its reveal again as the quiz drew it (ask.h: every
 * view the question showed, side by side or under tabs, each with its paint and verdicts,
 * framed on all of it). Review my misses (M)
 * starts a round of the questions scored under 60; Play again (R) starts a new round of
 * the same quiz (after a review round: the preview of the next due batch); Esc or Enter goes
 * back. A round left before any answer shows a plain screen saying nothing was saved. A
 * review round opens on its summary first (scene_review_summary.c). */
#include "screens/game.h"
#include "screens/scenes.h"
#include "screens/layout_report.h"
#include "screens/ask.h"
#include "screens/reveal.h"
#include "screens/reveal_verdicts.h"
#include "quiz/reveal_text.h"
#include "store/review.h"
#include "quiz/round.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { RB_MISSES, RB_AGAIN, RB_BACK, RB_COUNT };

typedef struct Results {
    Game *g;
    PlayLog *log;
    int sel, top;              /* selected row, first visible row */
    int hover_row, hover_btn, pressed_btn;
    /* the selected question's reveal, shown by the quiz's own code (ask_show_record) */
    Chart charts[ASK_MAX_VIEWS]; Ask ask; int chart_for;   /* the item the charts are set up for */
    Rect list, chart_r, text_r, rows_r, buttons[RB_COUNT];
    bool legend_strip;   /* the refer legend in a strip under the chart (ask.legend) */
    float row_h;
    int visible;
    bool debug_printed;        /* TT_DEBUG_LAYOUT: the layout line is out */
    Vec2 size;                 /* the window, as last laid out */
} Results;

/* The legend at the bottom of the list's panel (list of width lw and height lh at the
 * left margin), when the rows leave it room; false when they do not. */
static bool list_room(Results *r, float lw, float lh, Rect *out)
{
    float k = r->g->theme.scale, m = 14 * k;
    Rect in = ui_inset((Rect){m, r->list.y, lw, lh}, 8 * k);
    float h = verdict_legend(NULL, &r->g->theme, &r->g->chart, (Rect){0, 0, in.w, 1e6f}, false);
    if ((float)r->log->n * 34 * k + 12 * k + h > in.h)
        return false;
    *out = (Rect){in.x, in.y + in.h - h, in.w, h};
    return true;
}

static void results_layout(Results *r, Vec2 sz)
{
    float k = r->g->theme.scale, m = 14 * k;
    bool note = r->log->error[0] || r->log->sum.feedback[0];
    float head = (note ? 112 : 92) * k, foot = 66 * k, caption = 22 * k;
    float lw = fminf(fmaxf(sz.x * 0.36f, 250 * k), 420 * k);
    if (sz.x - lw - 3 * m < 260 * k)
        lw = fmaxf(180 * k, sz.x * 0.45f);
    r->list = (Rect){m, head, lw, sz.y - head - foot};
    float cx = m + lw + m, cw = sz.x - cx - m;
    float th = fminf(130 * k, (sz.y - head - foot) * 0.34f);
    r->chart_r = (Rect){cx, head + caption, cw, sz.y - head - caption - foot - th - 8 * k};
    r->text_r = (Rect){cx, r->chart_r.y + r->chart_r.h + 8 * k, cw, th};
    /* a refer reveal's legend beside the words when the panel is wide enough; else in a
     * strip under the chart: never over the figure, where it would hide paint and verdicts */
    r->ask.legend = (Rect){0, 0, 0, 0};
    r->legend_strip = false;
    if (r->sel >= 0 && r->sel < r->log->n && r->log->items[r->sel].q.kind == QUIZ_REFER) {
        Rect t = ui_inset(r->text_r, 12 * k);
        float legw = 330 * k, h = verdict_legend(NULL, &r->g->theme, &r->g->chart, (Rect){0, 0, legw, 1e6f}, false);
        if (t.w - legw >= 380 * k && h <= t.h) {
            r->ask.legend = (Rect){t.x + t.w - legw, t.y, legw, t.h};
        } else if (list_room(r, lw, sz.y - head - foot, &r->ask.legend)) {
            /* under the rounds' list, where it has room: the chart keeps its size */
        } else {
            float hs = verdict_legend_strip(NULL, &r->g->theme, &r->g->chart, (Rect){0, 0, cw, 1e6f}, false);
            r->chart_r.h -= hs + 6 * k;
            r->ask.legend = (Rect){cx, r->chart_r.y + r->chart_r.h + 6 * k, cw, hs};
            r->legend_strip = true;
        }
    }
    ask_layout_charts(&r->ask, r->chart_r, caption);
    r->row_h = 34 * k;
    r->rows_r = ui_inset(r->list, 8 * k);
    r->visible = (int)fmaxf(1, floorf(r->rows_r.h / r->row_h));
    float bw = fminf(230 * k, (sz.x - 4 * m) / 3), bh = 44 * k, by = sz.y - foot + 11 * k;
    r->buttons[RB_MISSES] = (Rect){sz.x - 3 * m - 3 * bw, by, bw, bh};
    r->buttons[RB_AGAIN] = (Rect){sz.x - 2 * m - 2 * bw, by, bw, bh};
    r->buttons[RB_BACK] = (Rect){sz.x - m - bw, by, bw, bh};
    if (r->log->sum.asked == 0) {   /* the plain screen: two buttons, centred */
        bw = fminf(260 * k, (sz.x - 3 * m) / 2);
        r->buttons[RB_AGAIN] = (Rect){sz.x / 2 - bw - m / 2, sz.y * 0.6f, bw, bh};
        r->buttons[RB_BACK] = (Rect){sz.x / 2 + m / 2, sz.y * 0.6f, bw, bh};
        r->buttons[RB_MISSES] = (Rect){0, 0, 0, 0};
    }
    if (r->sel < r->top) r->top = r->sel;
    if (r->sel >= r->top + r->visible) r->top = r->sel - r->visible + 1;
    if (r->top < 0) r->top = 0;
}

static void setup_chart(Results *r)
{
    if (r->chart_for == r->sel || r->sel < 0 || r->sel >= r->log->n)
        return;
    const PlayedQuestion *pq = &r->log->items[r->sel];
    r->chart_for = r->sel;
    ask_show_record(&r->ask, pq);
    results_layout(r, r->size);   /* the views may be more or fewer: side by side or tabs */
    ask_frame_reveals(&r->ask, pq);
}

static int row_at(const Results *r, float x, float y)
{
    if (!ui_hit(r->rows_r, x, y))
        return -1;
    int i = r->top + (int)((y - r->rows_r.y) / r->row_h);
    return i < r->log->n && i < r->top + r->visible ? i : -1;
}

/* Questions scored under a good answer's 60 (skips included): what "Review my misses"
 * asks again. */
static int count_misses(const PlayLog *log)
{
    int n = 0;
    for (int i = 0; i < log->n; i++)
        n += log->items[i].res.skipped || log->items[i].res.score < REVIEW_GOOD;
    return n;
}

static int button_at(const Results *r, float x, float y)
{
    for (int b = 0; b < RB_COUNT; b++)
        if (ui_hit(r->buttons[b], x, y) && (b != RB_MISSES || count_misses(r->log)))
            return b;
    return -1;
}

/* A round of the questions missed in this one, each the same trigger point, view and side
 * (once each), saved as a review round: what it does to the schedule is in its summary. */
static void review_misses(App *app, Results *r)
{
    Game *g = r->g;
    const Atlas *a = game_atlas(g);
    QuizSet *set = a ? game_quizzes(g) : NULL;
    if (!set || !count_misses(r->log))
        return;
    QuizSpec specs[PLAY_REVIEW_MAX];
    int n = 0;
    for (int i = 0; i < r->log->n && n < PLAY_REVIEW_MAX; i++) {
        const PlayedQuestion *pq = &r->log->items[i];
        if (!pq->res.skipped && pq->res.score >= REVIEW_GOOD)
            continue;
        QuizSpec sp;
        if (!quiz_spec_init(a, pq->q.kind, pq->q.muscle->id, &sp))
            continue;
        QuizSpec fixed = sp;
        fixed.has_view = fixed.has_side = true;
        fixed.view = pq->q.view;
        fixed.side = pq->q.side;
        fixed.trp = pq->q.trp ? (int)(pq->q.trp - pq->q.muscle->trps) + 1 : 0;
        if (round_spec_fits(&fixed, fixed.view, fixed.side))
            sp = fixed;
        bool dup = false;
        for (int j = 0; j < n && !dup; j++)
            dup = specs[j].kind == sp.kind && specs[j].muscle == sp.muscle && specs[j].trp == sp.trp &&
                  specs[j].side == sp.side && specs[j].view == sp.view;
        if (!dup)
            specs[n++] = sp;
    }
    if (n == 0)
        return;
    PlaySetup su;
    game_play_setup(g, game_seed(g, "review"), true, &su);
    char title[200], err[QUIZ_FEEDBACK_MAX];
    snprintf(title, sizeof title, "My misses: %s", r->log->title);
    Play *play = play_review_specs(set, &su, specs, n, title, err, sizeof err);
    if (!play) {
        game_toast(g, "The round of your misses cannot begin: %s", err);
        return;
    }
    Scene *s = scene_quiz_new_review(g, play);
    if (s)
        app_replace(app, s);
}

static void play_again(App *app, Results *r)
{
    Game *g = r->g;
    Scene *s = NULL;
    if (r->log->review) {
        s = scene_review_new(g);
    } else if (!strncmp(r->log->quiz_id, "drill:", 6)) {   /* a drill on one muscle: the same again */
        s = scene_drill_new(g, r->log->quiz_id + 6);
    } else {
        QuizSet *set = game_quizzes(g);
        const Quiz *q = set ? quiz_set_find(set, r->log->quiz_id) : NULL;
        if (!q) {
            game_toast(g, "The quiz '%s' is not loaded any more", r->log->quiz_id);
            return;
        }
        s = scene_quiz_new(g, q, game_seed(g, q->id));
    }
    if (s)
        app_replace(app, s);
}

static void results_event(App *app, Scene *s, const InputEvent *e)
{
    Results *r = s->state;
    r->size = app->size;
    results_layout(r, app->size);
    setup_chart(r);
    if (r->chart_for >= 0 && ask_switch_views(&r->ask, app, e)) {   /* tabs, Tab, the chart pointed at */
        app_redraw(app);
        return;
    }
    if (chart_event(r->ask.chart, e, (e->mods & MOD_SHIFT) != 0)) {   /* Shift+arrows pan */
        app_redraw(app);
        return;
    }
    int n = r->log->n;
    switch (e->type) {
    case EV_KEY_DOWN:
        if (e->key == KEY_ESCAPE || e->key == KEY_ENTER || e->key == KEY_BACKSPACE) app_pop(app);
        else if (e->key == KEY_R) play_again(app, r);
        else if (e->key == KEY_M) review_misses(app, r);
        else if (e->key == KEY_F5) game_reload_quizzes(r->g);
        else if (e->key == KEY_UP && r->sel > 0) r->sel--;
        else if (e->key == KEY_DOWN && r->sel + 1 < n) r->sel++;
        else if (e->key == KEY_HOME && n) r->sel = 0;
        else if (e->key == KEY_END && n) r->sel = n - 1;
        else if (e->key == KEY_PAGEUP && n) r->sel = r->sel - r->visible < 0 ? 0 : r->sel - r->visible;
        else if (e->key == KEY_PAGEDOWN && n) r->sel = r->sel + r->visible >= n ? n - 1 : r->sel + r->visible;
        app_redraw(app);
        break;
    case EV_WHEEL:
        if (ui_hit(r->list, e->x, e->y)) {
            r->top -= (int)e->dy;
            if (r->top > n - r->visible) r->top = n - r->visible;
            if (r->top < 0) r->top = 0;
            if (r->sel < r->top) r->sel = r->top;
            if (r->sel >= r->top + r->visible) r->sel = r->top + r->visible - 1;
            app_redraw(app);
        }
        break;
    case EV_POINTER_MOVE: {
        int hr = row_at(r, e->x, e->y), hb = button_at(r, e->x, e->y);
        if (hr != r->hover_row || hb != r->hover_btn) {
            r->hover_row = hr;
            r->hover_btn = hb;
            app_redraw(app);
        }
        break;
    }
    case EV_POINTER_DOWN:
        if (e->button == BUTTON_LEFT || e->button == BUTTON_TOUCH) {
            r->pressed_btn = button_at(r, e->x, e->y);
            int row = row_at(r, e->x, e->y);
            if (row >= 0) r->sel = row;
            app_redraw(app);
        }
        break;
    case EV_POINTER_UP: {
        int b = button_at(r, e->x, e->y);
        if (b >= 0 && b == r->pressed_btn) {
            if (b == RB_AGAIN) play_again(app, r);
            else if (b == RB_MISSES) review_misses(app, r);
            else app_pop(app);
        }
        r->pressed_btn = -1;
        break;
    }
    default:
        break;
    }
}

static void draw_rows(Gfx *gfx, Results *r)
{
    Game *g = r->g;
    float k = g->theme.scale;
    ui_panel(gfx, &g->theme, r->list);
    TextStyle st = game_text(g, 15, FONT_REGULAR, g->theme.text);
    TextStyle sb = game_text(g, 15, FONT_BOLD, g->theme.text);
    gfx_clip_push(gfx, r->rows_r);
    if (r->log->n == 0)
        text_draw_wrapped(gfx, st, r->rows_r, ALIGN_LEFT, "No question was answered in this round.", true);
    for (int i = r->top; i < r->log->n && i < r->top + r->visible; i++) {
        const PlayedQuestion *pq = &r->log->items[i];
        Rect row = {r->rows_r.x, r->rows_r.y + (float)(i - r->top) * r->row_h, r->rows_r.w, r->row_h - 3 * k};
        bool sel = i == r->sel;
        /* the chosen row in the selection colour: red would read as a wrong answer */
        if (sel) gfx_round_rect(gfx, row, 6 * k, g->theme.select);
        else if (i == r->hover_row) gfx_round_rect(gfx, row, 6 * k, gfx_alpha(g->theme.select, 0.15f));
        Color tc = sel ? g->theme.accent_text : g->theme.text;
        st.color = sb.color = tc;
        char left[200], score[32], fit[200];
        snprintf(left, sizeof left, "%d. %s: %s", pq->q.n, quiz_kind(pq->q.kind)->label,
                 reveal_muscle_name(g->atlas, pq->q.muscle->id));
        if (pq->res.skipped) snprintf(score, sizeof score, pq->timed_out ? "time" : "skipped");
        else snprintf(score, sizeof score, "%d", pq->res.score);
        Vec2 sm = text_measure(gfx, sb, score);
        /* a small bar of the score before the number */
        float bw = 36 * k, bx = row.x + row.w - 8 * k - sm.x - 8 * k - bw, by = row.y + row.h / 2 - 3 * k;
        gfx_round_rect(gfx, (Rect){bx, by, bw, 6 * k}, 3 * k, sel ? g->theme.rule_selected : g->theme.rule);
        Color bc = pq->res.score >= 80 ? g->theme.ok : pq->res.score >= 40 ? g->theme.warn : g->theme.danger;
        if (pq->res.score > 0)
            gfx_round_rect(gfx, (Rect){bx, by, fmaxf(6 * k, bw * (float)pq->res.score / 100.0f), 6 * k}, 3 * k,
                           sel ? g->theme.accent_text : bc);
        text_fit(gfx, st, left, bx - row.x - 16 * k, fit, sizeof fit);
        text_draw(gfx, st, row.x + 8 * k, row.y + row.h / 2, ALIGN_LEFT | ALIGN_MIDDLE, fit);
        text_draw(gfx, sb, row.x + row.w - 8 * k, row.y + row.h / 2, ALIGN_RIGHT | ALIGN_MIDDLE, score);
    }
    gfx_clip_pop(gfx);
    if (r->log->n > r->visible) {   /* scroll position */
        float h = r->rows_r.h * (float)r->visible / (float)r->log->n;
        float y = r->rows_r.y + (r->rows_r.h - h) * (float)r->top / (float)(r->log->n - r->visible);
        gfx_round_rect(gfx, (Rect){r->list.x + r->list.w - 5 * k, y, 3 * k, h}, 1.5f * k, g->theme.scrollbar_panel);
    }
}

static void draw_detail(Gfx *gfx, Results *r)
{
    Game *g = r->g;
    float k = g->theme.scale;
    if (r->sel < 0 || r->sel >= r->log->n) {
        ui_panel(gfx, &g->theme, r->text_r);
        return;
    }
    setup_chart(r);
    const PlayedQuestion *pq = &r->log->items[r->sel];
    ask_draw_charts(&r->ask, gfx);
    ui_panel(gfx, &g->theme, r->text_r);
    Rect t = ui_inset(r->text_r, 12 * k);
    if (r->legend_strip) {
        verdict_legend_strip(gfx, &g->theme, &g->chart, r->ask.legend, true);
    } else if (r->ask.legend.h > 0) {
        verdict_legend(gfx, &g->theme, &g->chart, r->ask.legend, true);
        if (r->ask.legend.x >= r->text_r.x)   /* beside the words, not under the list */
            t.w -= r->ask.legend.w + 12 * k;
    }
    TextStyle pr = game_text(g, 14, FONT_BOLD, g->theme.text);
    TextStyle body = game_text(g, 14, FONT_REGULAR, g->theme.text);
    float y = t.y + text_draw_fit(gfx, pr, (Rect){t.x, t.y, t.w, t.h * 0.4f}, pq->q.prompt) + 4 * k;
    char words[2048];
    reveal_text(g->atlas, pq, words, sizeof words);
    text_draw_fit(gfx, body, (Rect){t.x, y, t.w, t.y + t.h - y}, words);
}

static void format_time(double s, char *buf, size_t len)
{
    int t = (int)lround(s);
    if (t >= 60) snprintf(buf, len, "%d min %d s", t / 60, t % 60);
    else snprintf(buf, len, "%d s", t);
}

/* How the round ended, in words, for an unfinished one. */
static const char *ending_words(PlayEnd e)
{
    switch (e) {
    case PLAY_END_EOF: return "the input ended";
    case PLAY_END_TIME_LIMIT: return "time ran out";
    case PLAY_END_SCRIPT_ERROR: return "a script error stopped it";
    default: return "quit early";
    }
}

/* The line under the title: the total (over the planned questions), pass or not, the best
 * so far, the time. An unfinished round says so and never claims a best; a review round
 * (a new selection every time) has no best; a round with no answer says nothing was kept. */
void scene_results_subtitle(const PlayLog *log, const char *when, char *sub, size_t len)
{
    const QuizSummary *sum = &log->sum;
    if (sum->asked == 0) {
        snprintf(sub, len, "Left before any answer: nothing was saved, and the round does not count");
        return;
    }
    char state[128] = "", best[96] = "", pass[64] = "";
    if (!sum->finished)
        snprintf(state, sizeof state, "  |  unfinished: %d of %d answered, %s", sum->asked, sum->planned,
                 ending_words(log->ended_by));
    if (sum->passed >= 0)
        snprintf(pass, sizeof pass, "  |  %s (pass mark %d%%)", sum->passed ? "PASSED" : "not passed", sum->pass_mark);
    int pct = sum->percent;
    if (log->review) best[0] = 0;
    else if (!sum->finished) {
        if (log->best_percent >= 0) snprintf(best, sizeof best, "  |  best %d%%", log->best_percent);
    } else if (log->best_percent < 0) snprintf(best, sizeof best, "  |  first finished round of this quiz");
    else if (pct > log->best_percent) snprintf(best, sizeof best, "  |  new best (was %d%%)", log->best_percent);
    else snprintf(best, sizeof best, "  |  best %d%%", log->best_percent);
    snprintf(sub, len, "Total %d of %d (%d%%)%s%s%s  |  time %s", sum->score, sum->max, pct, pass, state, best, when);
}

static void results_draw(App *app, Scene *s, Gfx *gfx)
{
    Results *r = s->state;
    Game *g = r->g;
    PlayLog *log = r->log;
    float k = g->theme.scale;
    r->size = app->size;
    results_layout(r, app->size);
    ui_background(gfx, &g->theme);
    char title[256], sub[512], when[64];
    snprintf(title, sizeof title, "Results: %s", log->title);
    format_time(log->seconds, when, sizeof when);
    scene_results_subtitle(log, when, sub, sizeof sub);
    game_draw_header(g, gfx, title, sub);
    /* the quiz's closing comment, or the error that ended the round */
    const char *note = log->error[0] ? log->error : log->sum.feedback;
    if (note[0]) {
        TextStyle st = game_text(g, 14, log->error[0] ? FONT_BOLD : FONT_REGULAR,
                                 log->error[0] ? g->theme.fault : g->theme.note);
        char fit[1024], line[1100];
        snprintf(line, sizeof line, "%s%s", log->error[0] ? "Script error: " : "", note);
        text_fit(gfx, st, line, app->size.x - 48 * k, fit, sizeof fit);
        text_draw(gfx, st, 24 * k, r->list.y - 8 * k, ALIGN_LEFT | ALIGN_BOTTOM, fit);
    }
    int misses = count_misses(log);
    if (log->sum.asked == 0) {   /* nothing to list: say so plainly, no empty table */
        Vec2 sz = gfx_size(gfx);
        float w = fminf(sz.x - 48 * k, 640 * k);
        TextStyle big = game_text(g, 24, FONT_BOLD, g->theme.title);
        TextStyle st = game_text(g, 16, FONT_REGULAR, g->theme.note);
        float y = sz.y * 0.3f;
        y += text_draw_wrapped(gfx, big, (Rect){(sz.x - w) / 2, y, w, 80 * k}, ALIGN_CENTER,
                               "No question was answered", true);
        text_draw_wrapped(gfx, st, (Rect){(sz.x - w) / 2, y + 12 * k, w, r->buttons[RB_BACK].y - y - 20 * k},
                          ALIGN_CENTER,
                          "You left this round before answering its first question, so nothing was saved: it does "
                          "not count as a round played, and your best and your review schedule are unchanged.",
                          true);
    } else {
        draw_rows(gfx, r);
        draw_detail(gfx, r);
    }
    char mlabel[64];
    if (misses) snprintf(mlabel, sizeof mlabel, "Review my misses (M)");
    else snprintf(mlabel, sizeof mlabel, "No misses to review");
    if (text_measure(gfx, game_text(g, 16, FONT_BOLD, g->theme.text), mlabel).x > r->buttons[RB_MISSES].w - 16 * k)
        snprintf(mlabel, sizeof mlabel, "%s", misses ? "My misses (M)" : "No misses");
    const char *labels[RB_COUNT] = {mlabel, log->review ? "Next review (R)" : "Play again (R)", "Back (Esc)"};
    for (int b = log->sum.asked ? 0 : RB_AGAIN; b < RB_COUNT; b++) {
        int st = UI_NORMAL;
        if (b == RB_MISSES && !misses) st |= UI_DISABLED;
        if (b == RB_MISSES && misses) st |= UI_FOCUS;
        if (b == r->hover_btn) st |= UI_HOVER;
        if (b == r->pressed_btn) st |= UI_PRESSED;
        ui_button(gfx, &g->theme, r->buttons[b], labels[b], game_font(g, 16), st);
    }
    TextStyle foot = game_text(g, 13, FONT_REGULAR, g->theme.hint);
    char fit[128];
    text_fit(gfx, foot, "Up/Down: see a question again", r->buttons[RB_MISSES].x - 30 * k, fit, sizeof fit);
    if (log->sum.asked && r->buttons[RB_MISSES].x > 200 * k)
        text_draw(gfx, foot, 16 * k, r->buttons[RB_BACK].y + r->buttons[RB_BACK].h / 2, ALIGN_LEFT | ALIGN_MIDDLE, fit);
    game_draw_toast(g, gfx);
    LayoutReport lr;
    if (!r->debug_printed && layout_report_begin(&lr, "results")) {
        r->debug_printed = true;
        layout_report_rect(&lr, "misses", r->buttons[RB_MISSES]);
        layout_report_int(&lr, "nmisses", count_misses(log));
        layout_report_rect(&lr, "again", r->buttons[RB_AGAIN]);
        layout_report_rect(&lr, "back", r->buttons[RB_BACK]);
        layout_report_end(&lr);
    }
}

static void results_destroy(Scene *s)
{
    Results *r = s->state;
    for (int i = 0; i < ASK_MAX_VIEWS; i++)
        chart_free(&r->charts[i]);
    ask_free(&r->ask);
    play_log_free(r->log);
    app_scene_free(s);
}

Scene *scene_results_new(Game *g, PlayLog *log)
{
    if (log && log->review && log->nritems > 0 && log->sum.asked > 0)
        return scene_review_summary_new(g, log);
    return scene_results_answers_new(g, log);
}

void scene_results_select(Scene *s, int i)
{
    Results *r = s->state;
    if (i >= 0 && i < r->log->n)
        r->sel = i;
}

/* A chart the player zoomed is drawn again once the wheel rests. */
static void results_update(App *app, Scene *s, double dt)
{
    Results *r = s->state;
    chart_tick_all(app, r->charts, ASK_MAX_VIEWS, dt);
}

bool scene_results_legend(Scene *s, Rect *legend, Rect *chart)
{
    Results *r = s->state;
    *legend = r->ask.legend;
    *chart = r->chart_r;
    return r->ask.legend.h > 0;
}

Scene *scene_results_answers_new(Game *g, PlayLog *log)
{
    const Atlas *a = game_atlas(g);
    if (!log || !a)
        return NULL;
    static const Scene proto = {.name = "results", .event = results_event, .update = results_update,
                                .draw = results_draw, .destroy = results_destroy};
    Scene *s = app_scene_new(&proto, sizeof(Results));
    if (!s)
        return NULL;
    Results *r = s->state;
    r->g = g;
    r->log = log;
    r->sel = log->n ? 0 : -1;
    r->chart_for = -1;
    r->hover_row = r->hover_btn = r->pressed_btn = -1;
    for (int i = 0; i < ASK_MAX_VIEWS; i++) {
        chart_init(&r->charts[i], a, log->n ? log->items[0].q.view : VIEW_POSTERIOR);
        r->charts[i].detail = game_chart_detail(g);
        r->charts[i].show_landmarks = true;
        r->charts[i].fast_motion = true;   /* results_update ticks it */
    }
    /* the reveal only: no question is asked, nothing is given to a round */
    static const Question none;
    ask_init(&r->ask, g, r->charts, log->n ? &log->items[0].q : &none, NULL, NULL);
    return s;
}
