/* scene_review_summary: the end of a review round. Each item asked: its score against the
 * last one, and what the answer did to its schedule (a step and when it comes back,
 * mastered, practice ahead of the schedule, a miss asked again today); then what is still
 * due. "Next batch" opens the preview of the next due items (never ten more at once);
 * "See each answer" opens the usual results (each question's reveal again). It takes the
 * round's record (PlayLog, with the items in log->ritems). */
#include "screens/game.h"
#include "screens/scenes.h"
#include "screens/layout_report.h"
#include "quiz/play.h"
#include "store/review.h"
#include "quiz/review_text.h"
#include "quiz/reveal_text.h"
#include "store/store.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { SB_NEXT, SB_ANSWERS, SB_BACK, SB_COUNT };

typedef struct Summary {
    Game *g;
    PlayLog *log;
    int64_t now;
    StoreReviewCounts after;          /* the schedule now */
    bool counts_ok;
    Rect panel, rows, buttons[SB_COUNT];
    float row_h;
    int top, visible;
    int hover, pressed;
    bool debug_printed;
} Summary;

static void summary_layout(Summary *s, Vec2 sz)
{
    float k = s->g->theme.scale, m = 16 * k;
    float w = fminf(sz.x - 2 * m, 960 * k);
    float top = 150 * k, foot = 104 * k;
    s->panel = (Rect){(sz.x - w) / 2, top, w, sz.y - top - foot};
    s->rows = ui_inset(s->panel, 10 * k);
    s->row_h = 50 * k;
    s->visible = (int)fmaxf(1, floorf(s->rows.h / s->row_h));
    int n = s->log->nritems;
    float ph = fminf(s->panel.h, (float)(n < s->visible ? n : s->visible) * s->row_h + 20 * k);
    s->panel.h = ph;
    s->rows = ui_inset(s->panel, 10 * k);
    if (s->top > n - s->visible) s->top = n - s->visible;
    if (s->top < 0) s->top = 0;
    float bw = fminf(260 * k, (sz.x - 4 * m) / 3), bh = 46 * k, by = sz.y - 66 * k;
    float bx = (sz.x - 3 * bw - 2 * m) / 2;
    for (int b = 0; b < SB_COUNT; b++)
        s->buttons[b] = (Rect){bx + (float)b * (bw + m), by, bw, bh};
}

static bool more_due(const Summary *s) { return s->counts_ok && s->after.due > 0; }

static void go_next(App *app, Summary *s)
{
    if (!more_due(s)) {
        app_pop(app);
        return;
    }
    Scene *n = scene_review_new(s->g);
    if (n)
        app_replace(app, n);
}

static void go_answers(App *app, Summary *s)
{
    Scene *r = scene_results_answers_new(s->g, s->log);
    if (!r)
        return;
    s->log = NULL;   /* the results own it now */
    app_replace(app, r);
}

static int button_at(const Summary *s, float x, float y)
{
    for (int b = 0; b < SB_COUNT; b++)
        if (ui_hit(s->buttons[b], x, y))
            return b;
    return -1;
}

static void summary_event(App *app, Scene *sc, const InputEvent *e)
{
    Summary *s = sc->state;
    summary_layout(s, app->size);
    switch (e->type) {
    case EV_KEY_DOWN:
        if (e->key == KEY_ESCAPE || e->key == KEY_BACKSPACE) app_pop(app);
        else if (e->key == KEY_ENTER || e->key == KEY_SPACE || e->key == KEY_R || e->key == KEY_N) go_next(app, s);
        else if (e->key == KEY_A) go_answers(app, s);
        else if (e->key == KEY_UP && s->top > 0) { s->top--; app_redraw(app); }
        else if (e->key == KEY_DOWN) { s->top++; app_redraw(app); }
        break;
    case EV_WHEEL:
        s->top -= (int)e->dy;
        app_redraw(app);
        break;
    case EV_POINTER_MOVE: {
        int h = button_at(s, e->x, e->y);
        if (h != s->hover) {
            s->hover = h;
            app_redraw(app);
        }
        break;
    }
    case EV_POINTER_DOWN:
        if (e->button == BUTTON_LEFT || e->button == BUTTON_TOUCH) {
            s->pressed = button_at(s, e->x, e->y);
            app_redraw(app);
        }
        break;
    case EV_POINTER_UP: {
        int b = button_at(s, e->x, e->y);
        int was = s->pressed;
        s->pressed = -1;
        if (e->button == BUTTON_RIGHT) app_pop(app);
        else if (b >= 0 && b == was) {
            if (b == SB_NEXT) go_next(app, s);
            else if (b == SB_ANSWERS) go_answers(app, s);
            else app_pop(app);
        }
        break;
    }
    default:
        break;
    }
}

/* "4 up a step (1 newly mastered), 2 missed: asked again today" */
static void summary_headline(const PlayLog *log, char *buf, size_t len)
{
    int step = 0, mastered = 0, early = 0, missed = 0, improved = 0, unasked = 0;
    for (int i = 0; i < log->nritems; i++) {
        const PlayReviewItem *it = &log->ritems[i];
        if (!it->answered) { unasked++; continue; }
        if (it->move == REVIEW_STEP) step++;
        else if (it->move == REVIEW_EARLY) early++;
        else missed++;
        if (it->move == REVIEW_STEP && it->after.repetitions == REVIEW_MASTERED_STEPS) mastered++;
        if (it->known && it->score > it->before.last_score) improved++;
    }
    char part[4][96];
    int np = 0;
    if (step) {
        snprintf(part[np], sizeof part[np], "%d up a step", step);
        if (mastered)
            snprintf(part[np] + strlen(part[np]), sizeof part[np] - strlen(part[np]), " (%d newly mastered)", mastered);
        np++;
    }
    if (early) snprintf(part[np++], sizeof part[0], "%d practised ahead of the schedule", early);
    if (missed) snprintf(part[np++], sizeof part[0], "%d missed: asked again today", missed);
    if (unasked) snprintf(part[np++], sizeof part[0], "%d not asked", unasked);
    size_t at = 0;
    buf[0] = 0;
    for (int i = 0; i < np && at < len; i++)
        at += (size_t)snprintf(buf + at, len - at, "%s%s", i ? ", " : "", part[i]);
    if (improved && at < len)
        snprintf(buf + at, len - at, "%s%d better than last time", np ? "; " : "", improved);
    if (!buf[0]) snprintf(buf, len, "No item was answered");
}

static void draw_rows(Summary *s, Gfx *gfx)
{
    Game *g = s->g;
    float k = g->theme.scale;
    ui_panel(gfx, &g->theme, s->panel);
    TextStyle name = game_text(g, 16, FONT_BOLD, g->theme.text);
    TextStyle kind = game_text(g, 14, FONT_REGULAR, g->theme.text_dim);
    TextStyle out = game_text(g, 14, FONT_REGULAR, g->theme.text);
    TextStyle score = game_text(g, 17, FONT_BOLD, g->theme.text);
    gfx_clip_push(gfx, s->rows);
    for (int i = s->top; i < s->log->nritems && i < s->top + s->visible; i++) {
        const PlayReviewItem *it = &s->log->ritems[i];
        Rect row = {s->rows.x, s->rows.y + (float)(i - s->top) * s->row_h, s->rows.w, s->row_h};
        if (i > s->top) gfx_line(gfx, (Vec2){row.x, row.y}, (Vec2){row.x + row.w, row.y}, 1, g->theme.rule);
        /* the score in the colour of its number (as in Results); what it did to the schedule
         * is said, in red for a reset, on the line below */
        Color c = !it->answered ? g->theme.text_dim : game_score_colour(g, it->score);
        char sc[48], fit[220];
        if (!it->answered) snprintf(sc, sizeof sc, "-");
        else if (it->known) snprintf(sc, sizeof sc, "%d \xe2\x86\x92 %d", it->before.last_score, it->score);
        else snprintf(sc, sizeof sc, "%d", it->score);
        score.color = c;
        float sw = text_measure(gfx, score, sc).x;
        text_draw(gfx, score, row.x + row.w - 8 * k, row.y + row.h / 2, ALIGN_RIGHT | ALIGN_MIDDLE, sc);
        float lw = row.w - sw - 40 * k;
        QuizKind qk;
        const char *kl = quiz_kind_parse(it->kind, &qk) ? quiz_kind(qk)->label : it->kind;
        const char *mn = reveal_muscle_name(game_atlas(g), it->muscle);
        text_fit(gfx, name, mn, lw * 0.7f, fit, sizeof fit);
        float y1 = row.y + 6 * k;
        Vec2 ns = text_draw(gfx, name, row.x + 8 * k, y1, ALIGN_LEFT, fit);
        text_draw(gfx, kind, row.x + 18 * k + ns.x, y1 + 2 * k, ALIGN_LEFT, kl);
        char words[200];
        review_outcome(it, s->now, words, sizeof words);
        out.color = it->answered && it->move == REVIEW_RESET ? g->theme.danger : g->theme.text;
        text_fit(gfx, out, words, lw, fit, sizeof fit);
        text_draw(gfx, out, row.x + 8 * k, y1 + text_line_height(gfx, name) + 2 * k, ALIGN_LEFT, fit);
    }
    gfx_clip_pop(gfx);
    if (s->log->nritems > s->visible) {   /* scroll position */
        int n = s->log->nritems;
        float h = s->rows.h * (float)s->visible / (float)n;
        float y = s->rows.y + (s->rows.h - h) * (float)s->top / (float)(n - s->visible);
        gfx_round_rect(gfx, (Rect){s->panel.x + s->panel.w - 5 * k, y, 3 * k, h}, 1.5f * k, g->theme.scrollbar_panel);
    }
}

static void summary_draw(App *app, Scene *sc, Gfx *gfx)
{
    Summary *s = sc->state;
    Game *g = s->g;
    PlayLog *log = s->log;
    float k = g->theme.scale;
    Vec2 sz = gfx_size(gfx);
    summary_layout(s, app->size);
    ui_background(gfx, &g->theme);
    char title[200], sub[300], head[400], next[300], when[64];
    const QuizSummary *sum = &log->sum;
    if (sum->finished) snprintf(title, sizeof title, "%s: done", log->title);
    else snprintf(title, sizeof title, "%s: stopped after %d of %d", log->title, sum->asked, sum->planned);
    int t = (int)lround(log->seconds);
    snprintf(sub, sizeof sub, "%d of %d points  |  time %d min %02d s", sum->score, 100 * sum->asked, t / 60, t % 60);
    game_draw_header(g, gfx, title, sub);
    summary_headline(log, head, sizeof head);
    TextStyle big = game_text(g, 19, FONT_BOLD, g->theme.title);
    text_draw_wrapped(gfx, big, (Rect){s->panel.x, 86 * k, s->panel.w, 56 * k}, ALIGN_LEFT, head, true);
    draw_rows(s, gfx);
    if (!s->counts_ok) {
        snprintf(next, sizeof next, "The schedule cannot be read now.");
    } else if (s->after.due > 0) {
        snprintf(next, sizeof next, "Still due today: %d item%s (about %d min). Next batch: Enter.", s->after.due,
                 s->after.due == 1 ? "" : "s",
                 review_minutes(s->after.due < PLAY_REVIEW_MAX ? s->after.due : PLAY_REVIEW_MAX, s->after.answer_ms));
    } else if (s->after.next_due) {
        review_when(s->after.next_due, s->now, when, sizeof when);
        snprintf(next, sizeof next, "Nothing more is due today. Next: %d item%s back %s.", s->after.next_count,
                 s->after.next_count == 1 ? "" : "s", when);
    } else {
        snprintf(next, sizeof next, "Nothing more is due.");
    }
    TextStyle ns = game_text(g, 15, FONT_REGULAR, g->theme.note);
    char fit[320];
    text_fit(gfx, ns, next, sz.x - 32 * k, fit, sizeof fit);
    text_draw(gfx, ns, sz.x / 2, s->buttons[0].y - 14 * k, ALIGN_CENTER | ALIGN_BOTTOM, fit);
    const char *labels[SB_COUNT] = {more_due(s) ? "Next batch (Enter)" : "Done (Enter)", "See each answer (A)",
                                    "Back (Esc)"};
    for (int b = 0; b < SB_COUNT; b++) {
        int st = (b == s->hover ? UI_HOVER : 0) | (b == s->pressed ? UI_PRESSED : 0) | (b == SB_NEXT ? UI_FOCUS : 0);
        ui_button(gfx, &g->theme, s->buttons[b], labels[b], game_font(g, 17), st);
    }
    game_draw_toast(g, gfx);
    LayoutReport lr;
    if (!s->debug_printed && layout_report_begin(&lr, "review-summary")) {
        s->debug_printed = true;
        layout_report_int(&lr, "items", log->nritems);
        layout_report_int(&lr, "due", s->counts_ok ? s->after.due : -1);
        layout_report_rect(&lr, "next", s->buttons[SB_NEXT]);
        layout_report_rect(&lr, "answers", s->buttons[SB_ANSWERS]);
        layout_report_rect(&lr, "back", s->buttons[SB_BACK]);
        layout_report_end(&lr);
    }
}

static void summary_destroy(Scene *sc)
{
    Summary *s = sc->state;
    play_log_free(s->log);
    app_scene_free(sc);
}

Scene *scene_review_summary_new(Game *g, PlayLog *log)
{
    if (!log)
        return NULL;
    static const Scene proto = {.name = "review-summary", .event = summary_event, .draw = summary_draw,
                                .destroy = summary_destroy};
    Scene *sc = app_scene_new(&proto, sizeof(Summary));
    if (!sc)
        return NULL;
    Summary *s = sc->state;
    s->g = g;
    s->log = log;
    s->hover = s->pressed = -1;
    s->now = game_now(g);
    Store *st = g->player_id > 0 ? game_store(g) : NULL;
    s->counts_ok = st && store_review_counts(st, g->player_id, s->now, &s->after) == 0;
    return sc;
}
