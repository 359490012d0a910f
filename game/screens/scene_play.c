/* scene_play: the quiz list. Each quiz shows its title, description, length (or
 * "generated"), time limit and the player's best score; mouse, wheel and keyboard (arrows,
 * Page Up/Down, Enter, Esc) choose one and start a round. F5 reloads the quiz scripts; the
 * list is rebuilt from the quiz set on every frame, so it never holds a stale quiz. A quiz
 * in which `check` found errors says so, and P (or a click on the footer's warning) opens
 * the panel that lists every problem of the quiz files, whole (game.h: quiz_problems). */
#include "screens/game.h"
#include "screens/layout_report.h"
#include "screens/scenes.h"
#include "quiz/quiz.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define PLAY_MAX 128

typedef struct Play {
    Game *g;
    const Quiz *quizzes[PLAY_MAX]; int n;
    int sel, top, hover, pressed;
    Rect list, rows;
    float row_h;
    int visible;
    bool debug_printed;
    bool problems_open; int problems_top;   /* the problems panel and its first line shown */
    Rect problems_line;                     /* the footer's warning (a click opens the panel) */
} Play;

/* Quizzes built in C (review rounds, shots) are not in the list. */
static bool listed(const Quiz *q) { return q->file && strcmp(q->file, q->id) != 0; }

static void collect(Play *p)
{
    QuizSet *set = game_quizzes(p->g);
    p->n = 0;
    for (int i = 0; set && i < quiz_set_count(set) && p->n < PLAY_MAX; i++) {
        const Quiz *q = quiz_set_at(set, i);
        if (listed(q))
            p->quizzes[p->n++] = q;
    }
    if (p->sel >= p->n) p->sel = p->n - 1;
    if (p->sel < 0 && p->n) p->sel = 0;
}

static void play_layout(Play *p, Vec2 sz)
{
    float k = p->g->theme.scale;
    float w = fminf(900 * k, sz.x - 32 * k);
    float top = 92 * k, bottom = sz.y - 40 * k;
    const char *const *items;
    if (game_quiz_problems(p->g, &items) > 0) bottom -= 22 * k;
    p->list = (Rect){(sz.x - w) / 2, top, w, bottom - top};
    p->rows = ui_inset(p->list, 8 * k);
    p->row_h = 74 * k;
    p->visible = (int)fmaxf(1, floorf(p->rows.h / p->row_h));
    if (p->sel < p->top) p->top = p->sel;
    if (p->sel >= p->top + p->visible) p->top = p->sel - p->visible + 1;
    if (p->top > p->n - p->visible) p->top = p->n - p->visible;
    if (p->top < 0) p->top = 0;
}

static Rect row_rect(const Play *p, int i)
{
    return (Rect){p->rows.x, p->rows.y + (float)(i - p->top) * p->row_h, p->rows.w, p->row_h - 6 * p->g->theme.scale};
}

static int row_at(const Play *p, float x, float y)
{
    for (int i = p->top; i < p->n && i < p->top + p->visible; i++)
        if (ui_hit(row_rect(p, i), x, y))
            return i;
    return -1;
}

static void start(App *app, Play *p, int i)
{
    if (i < 0 || i >= p->n)
        return;
    const Quiz *q = p->quizzes[i];
    Scene *s = scene_quiz_new(p->g, q, game_seed(p->g, q->id));
    if (s)
        app_push(app, s);
}

/* Keys and wheel while the problems panel is open; true when the event was its. */
static bool problems_event(App *app, Play *p, const InputEvent *e)
{
    const char *const *items;
    int n = game_quiz_problems(p->g, &items);
    if (e->type == EV_POINTER_UP && e->button == BUTTON_LEFT && n > 0 && !p->problems_open &&
        ui_hit(p->problems_line, e->x, e->y)) {
        p->problems_open = true;
        app_redraw(app);
        return true;
    }
    if (e->type == EV_KEY_DOWN && e->key == KEY_P && (n > 0 || p->problems_open)) {
        p->problems_open = !p->problems_open;
        app_redraw(app);
        return true;
    }
    if (!p->problems_open)
        return false;
    int top = p->problems_top;
    if (e->type == EV_KEY_DOWN) {
        switch (e->key) {
        case KEY_ESCAPE: case KEY_BACKSPACE: case KEY_ENTER: p->problems_open = false; break;
        case KEY_UP: top--; break;
        case KEY_DOWN: top++; break;
        case KEY_PAGEUP: top -= 5; break;
        case KEY_PAGEDOWN: top += 5; break;
        case KEY_HOME: top = 0; break;
        case KEY_END: top = n - 1; break;
        default: return true;
        }
    } else if (e->type == EV_WHEEL) {
        top -= (int)e->dy;
    } else if (e->type == EV_POINTER_UP) {
        p->problems_open = false;
    } else {
        return true;
    }
    p->problems_top = top >= n ? n - 1 : top < 0 ? 0 : top;
    app_redraw(app);
    return true;
}

static void play_event(App *app, Scene *s, const InputEvent *e)
{
    Play *p = s->state;
    collect(p);
    play_layout(p, app->size);
    if (problems_event(app, p, e))
        return;
    switch (e->type) {
    case EV_KEY_DOWN:
        switch (e->key) {
        case KEY_ESCAPE: case KEY_BACKSPACE: app_replace(app, scene_menu_new(p->g)); return;
        case KEY_UP: if (p->sel > 0) p->sel--; break;
        case KEY_DOWN: if (p->sel + 1 < p->n) p->sel++; break;
        case KEY_HOME: p->sel = 0; break;
        case KEY_END: p->sel = p->n - 1; break;
        case KEY_PAGEUP: p->sel = p->sel - p->visible < 0 ? 0 : p->sel - p->visible; break;
        case KEY_PAGEDOWN: p->sel = p->sel + p->visible >= p->n ? p->n - 1 : p->sel + p->visible; break;
        case KEY_ENTER: case KEY_SPACE: start(app, p, p->sel); return;
        case KEY_F5:
            game_reload_quizzes(p->g);
            collect(p);
            break;
        default: return;
        }
        play_layout(p, app->size);
        app_redraw(app);
        break;
    case EV_WHEEL:
        p->top -= (int)e->dy;
        if (p->top > p->n - p->visible) p->top = p->n - p->visible;
        if (p->top < 0) p->top = 0;
        if (p->sel < p->top) p->sel = p->top;
        if (p->sel >= p->top + p->visible) p->sel = p->top + p->visible - 1;
        app_redraw(app);
        break;
    case EV_POINTER_MOVE: {
        int h = row_at(p, e->x, e->y);
        if (h != p->hover) { p->hover = h; app_redraw(app); }
        break;
    }
    case EV_POINTER_DOWN:
        p->pressed = row_at(p, e->x, e->y);
        if (p->pressed >= 0) p->sel = p->pressed;
        break;
    case EV_POINTER_UP: {
        int h = row_at(p, e->x, e->y);
        if (h >= 0 && h == p->pressed && (e->button == BUTTON_LEFT || e->button == BUTTON_TOUCH))
            start(app, p, h);
        p->pressed = -1;
        break;
    }
    default:
        break;
    }
}

static void draw_row(Gfx *gfx, Play *p, int i)
{
    Game *g = p->g;
    float k = g->theme.scale, pad = 14 * k;
    const Quiz *q = p->quizzes[i];
    Rect r = row_rect(p, i);
    int st = UI_NORMAL;
    if (i == p->hover) st |= UI_HOVER;
    if (i == p->sel) st |= UI_FOCUS;
    ui_button(gfx, &g->theme, r, "", game_font(g, 16), st);
    /* right column: length, time limit, best */
    char len[64], limit[64], best[64];
    if (q->generated) snprintf(len, sizeof len, "generated");
    else if (q->count > 0 && q->count < q->nquestions) snprintf(len, sizeof len, "%d per round (of %d)", q->count, q->nquestions);
    else snprintf(len, sizeof len, "%d question%s", q->nquestions, q->nquestions == 1 ? "" : "s");
    char total[32] = "";
    if (q->time_limit_total >= 60) snprintf(total, sizeof total, "%d min in all", (int)ceilf(q->time_limit_total / 60));
    else if (q->time_limit_total > 0) snprintf(total, sizeof total, "%.0f s in all", q->time_limit_total);
    if (q->time_limit > 0 && *total) snprintf(limit, sizeof limit, "%.0f s each, %s", q->time_limit, total);
    else if (q->time_limit > 0) snprintf(limit, sizeof limit, "%.0f s per question", q->time_limit);
    else if (*total) snprintf(limit, sizeof limit, "%s", total);
    else snprintf(limit, sizeof limit, "no time limit");
    if (q->pass_mark >= 0) snprintf(len + strlen(len), sizeof len - strlen(len), ", pass %d%%", q->pass_mark);
    /* the best is of finished rounds only; rounds counts every round played */
    int rounds = 0, b = game_best(g, q->id, &rounds);
    if (b >= 0) snprintf(best, sizeof best, "best %d%% (%d round%s)", b, rounds, rounds == 1 ? "" : "s");
    else if (rounds > 0) snprintf(best, sizeof best, "no round finished (%d played)", rounds);
    else snprintf(best, sizeof best, "not played yet");
    TextStyle title = game_text(g, 18, FONT_BOLD, g->theme.text);
    TextStyle desc = game_text(g, 14, FONT_REGULAR, g->theme.text_dim);
    TextStyle meta = game_text(g, 13, FONT_REGULAR, g->theme.text_dim);
    /* a best is a score: coloured as everywhere a score is (game_score_colour); no best, dim */
    TextStyle bestst = game_text(g, 14, FONT_BOLD, b >= 0 ? game_score_colour(g, b) : g->theme.text_dim);
    float mw = fmaxf(text_measure(gfx, meta, len).x, text_measure(gfx, meta, limit).x);
    mw = fmaxf(mw, text_measure(gfx, bestst, best).x);
    bool meta_col = r.w > 520 * k;
    float lw = r.w - 2 * pad - (meta_col ? mw + pad : 0);
    char fit[256];
    float lt = text_line_height(gfx, title), ld = text_line_height(gfx, desc);
    float y = r.y + (r.h - lt - ld) / 2;
    text_fit(gfx, title, q->title && *q->title ? q->title : q->id, lw, fit, sizeof fit);
    text_draw(gfx, title, r.x + pad, y, ALIGN_LEFT, fit);
    char line2[512];
    bool fails = game_quiz_fails(g, q->id);
    if (fails) {   /* `check` found errors in it: a round may stop with one */
        snprintf(line2, sizeof line2, "Check found errors in this quiz: P shows them");
        desc = game_text(g, 14, FONT_BOLD, g->theme.danger);
    } else if (meta_col) {
        snprintf(line2, sizeof line2, "%s", q->description ? q->description : "");
    } else {
        snprintf(line2, sizeof line2, "%s  |  %s  |  %s", best, len, limit);
    }
    text_fit(gfx, desc, line2, lw, fit, sizeof fit);
    text_draw(gfx, desc, r.x + pad, y + lt, ALIGN_LEFT, fit);
    if (meta_col) {
        float x = r.x + r.w - pad, lm = text_line_height(gfx, meta);
        float y0 = r.y + (r.h - 3 * lm) / 2;
        text_draw(gfx, bestst, x, y0, ALIGN_RIGHT, best);
        text_draw(gfx, meta, x, y0 + lm, ALIGN_RIGHT, len);
        text_draw(gfx, meta, x, y0 + 2 * lm, ALIGN_RIGHT, limit);
    }
}

/* The problems panel over the list: every problem, wrapped, from problems_top on. */
static void draw_problems(Gfx *gfx, Play *p, const char *const *items, int n)
{
    Game *g = p->g;
    float k = g->theme.scale;
    ui_panel(gfx, &g->theme, p->list);
    Rect box = ui_inset(p->list, 16 * k);
    TextStyle head = game_text(g, 17, FONT_BOLD, g->theme.text);
    TextStyle body = game_text(g, 14, FONT_REGULAR, g->theme.text);
    TextStyle warn = game_text(g, 14, FONT_REGULAR, g->theme.warn);
    char title[160];
    snprintf(title, sizeof title, "%d problem%s in the quiz files (from loading them and from `trigger-trainer check`)",
             n, n == 1 ? "" : "s");
    char fit[256];
    text_fit(gfx, head, title, box.w, fit, sizeof fit);
    text_draw(gfx, head, box.x, box.y, ALIGN_LEFT, fit);
    float y = box.y + text_line_height(gfx, head) + 8 * k, end = box.y + box.h - 20 * k;
    int i = p->problems_top;
    gfx_clip_push(gfx, (Rect){box.x, y, box.w, end - y});
    for (; i < n && y < end; i++) {
        TextStyle st = strstr(items[i], ": warning: ") ? warn : body;
        y += text_draw_wrapped(gfx, st, (Rect){box.x, y, box.w, end - y}, ALIGN_LEFT, items[i], true) + 6 * k;
    }
    gfx_clip_pop(gfx);
    char foot[128];
    snprintf(foot, sizeof foot, "%d-%d of %d  |  arrows and wheel scroll, P or Esc closes", p->problems_top + 1, i, n);
    TextStyle dim = game_text(g, 13, FONT_REGULAR, g->theme.text_dim);
    text_fit(gfx, dim, foot, box.w, fit, sizeof fit);
    text_draw(gfx, dim, box.x, box.y + box.h, ALIGN_LEFT | ALIGN_BOTTOM, fit);
}

static void play_draw(App *app, Scene *s, Gfx *gfx)
{
    Play *p = s->state;
    Game *g = p->g;
    float k = g->theme.scale;
    collect(p);
    play_layout(p, app->size);
    ui_background(gfx, &g->theme);
    char sub[160];
    snprintf(sub, sizeof sub, "Choose a quiz%s%s", g->player_name[0] ? "  |  player: " : "", g->player_name);
    game_draw_header(g, gfx, "Play", sub);
    gfx_clip_push(gfx, p->list);
    for (int i = p->top; i < p->n && i < p->top + p->visible; i++)
        draw_row(gfx, p, i);
    gfx_clip_pop(gfx);
    TextStyle st = game_text(g, 16, FONT_REGULAR, g->theme.note);
    if (p->n == 0) {
        const char *why = g->atlas ? "No quizzes found. Put quiz files in your quiz folder and press F5."
                                   : "The atlas did not load, so no quiz can be played.";
        text_draw_wrapped(gfx, st, ui_inset(p->list, 20 * k), ALIGN_CENTER, why, true);
    }
    if (p->n > p->visible) {   /* scroll position */
        float h = p->rows.h * (float)p->visible / (float)p->n;
        float y = p->rows.y + (p->rows.h - h) * (float)p->top / (float)(p->n - p->visible);
        gfx_round_rect(gfx, (Rect){p->list.x + p->list.w + 2 * k, y, 4 * k, h}, 2 * k, g->theme.scrollbar);
    }
    Vec2 sz = gfx_size(gfx);
    char fit[512];
    const char *const *items;
    int nproblems = game_quiz_problems(g, &items);
    p->problems_line = (Rect){0};
    if (nproblems > 0) {
        TextStyle warn = game_text(g, 13, FONT_BOLD, g->theme.notice);
        char line[160];
        snprintf(line, sizeof line, "%d problem%s in the quiz files: press P (or click here) to see %s", nproblems,
                 nproblems == 1 ? "" : "s", nproblems == 1 ? "it" : "them all");
        text_fit(gfx, warn, line, sz.x - 32 * k, fit, sizeof fit);
        Vec2 at = text_draw(gfx, warn, sz.x / 2, sz.y - 34 * k, ALIGN_CENTER | ALIGN_BOTTOM, fit);
        p->problems_line = (Rect){sz.x / 2 - at.x / 2, sz.y - 34 * k - at.y, at.x, at.y};
        if (p->problems_open)
            draw_problems(gfx, p, items, nproblems);
    }
    TextStyle foot = game_text(g, 13, FONT_REGULAR, g->theme.hint);
    text_fit(gfx, foot, "Arrows to move, Enter to play, Esc to go back, F5 reloads the quiz files", sz.x - 32 * k, fit,
             sizeof fit);
    text_draw(gfx, foot, sz.x / 2, sz.y - 12 * k, ALIGN_CENTER | ALIGN_BOTTOM, fit);
    game_draw_toast(g, gfx);
    LayoutReport lr;
    if (!p->debug_printed && layout_report_begin(&lr, "play")) {
        p->debug_printed = true;
        layout_report_array_begin(&lr, "quizzes");
        for (int i = p->top; i < p->n && i < p->top + p->visible; i++) {
            layout_report_object_begin(&lr, NULL);
            layout_report_str(&lr, "id", p->quizzes[i]->id);
            layout_report_int(&lr, "index", i);
            layout_report_rect(&lr, "rect", row_rect(p, i));
            layout_report_object_end(&lr);
        }
        layout_report_array_end(&lr);
        layout_report_int(&lr, "selected", p->sel);
        layout_report_int(&lr, "problems", nproblems);
        layout_report_int(&lr, "problems_open", p->problems_open);
        layout_report_end(&lr);
    }
}

Scene *scene_play_new(Game *g)
{
    static const Scene proto = {.name = "play", .event = play_event, .draw = play_draw};
    Scene *s = app_scene_new(&proto, sizeof(Play));
    if (!s)
        return NULL;
    Play *p = s->state;
    p->g = g;
    p->hover = p->pressed = -1;
    game_player(g);
    collect(p);
    return s;
}
