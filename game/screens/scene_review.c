/* scene_review: the door to a review round. It opens on a preview of what is due today:
 * each item (muscle and kind of question), why it is due (missed when, or which step of the
 * schedule) and about how long the batch takes; Enter starts the round (play_review_items:
 * exactly the items shown, saved under the quiz id "review"). With nothing due it says when
 * items come back and offers extra practice on the weakest (which moves no schedule
 * forward); with nothing answered yet, it says how review fills up. The menu pushes it and
 * the round replaces it, so leaving the results pops back to the menu. */
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

typedef enum PreviewMode { PV_DUE, PV_PRACTICE, PV_EMPTY, PV_ERROR } PreviewMode;
enum { PB_START, PB_BACK, PB_COUNT };

typedef struct Preview {
    Game *g;
    PreviewMode mode;
    StoreReviewItem items[PLAY_REVIEW_MAX]; int n;
    StoreReviewCounts counts;
    int64_t now;
    char message[QUIZ_FEEDBACK_MAX + 64];
    Rect panel, rows, buttons[PB_COUNT];
    float row_h, head_y;
    int hover, pressed;
    bool debug_printed;
} Preview;

static int nbuttons(const Preview *p) { return p->n > 0 ? PB_COUNT : 1; }
static int button_index(const Preview *p, int b) { return p->n > 0 ? b : PB_BACK; }

static void preview_layout(Preview *p, Vec2 sz)
{
    float k = p->g->theme.scale, m = 16 * k;
    float w = fminf(sz.x - 2 * m, 900 * k);
    float x = (sz.x - w) / 2;
    p->head_y = 84 * k;
    float top = p->head_y + 86 * k, foot = 74 * k;
    p->row_h = fmaxf(30 * k, fminf(44 * k, (sz.y - top - foot - 60 * k) / (float)(p->n ? p->n : 1)));
    float h = p->n ? p->row_h * (float)p->n + 20 * k : 0;
    if (h > sz.y - top - foot - 8 * k) h = sz.y - top - foot - 8 * k;
    p->panel = (Rect){x, top, w, h};
    p->rows = ui_inset(p->panel, 10 * k);
    float bw = fminf(300 * k, (w - m) / 2), bh = 46 * k, by = sz.y - foot + 14 * k;
    p->buttons[PB_START] = (Rect){sz.x / 2 - bw - m / 2, by, bw, bh};
    p->buttons[PB_BACK] = (Rect){sz.x / 2 + m / 2, by, bw, bh};
    if (p->n == 0) p->buttons[PB_BACK] = (Rect){(sz.x - bw) / 2, by, bw, bh};
}

static void start(App *app, Preview *p)
{
    Game *g = p->g;
    QuizSet *set = game_atlas(g) ? game_quizzes(g) : NULL;
    if (!set || p->n == 0)
        return;
    PlaySetup su;
    game_play_setup(g, game_seed(g, "review"), true, &su);
    char err[QUIZ_FEEDBACK_MAX];
    Play *play = play_review_items(set, &su, p->items, p->n, p->mode == PV_PRACTICE ? "Extra practice" : "Review",
                                   err, sizeof err);
    if (!play) {
        game_toast(g, "The review round cannot begin: %s", err);
        return;
    }
    Scene *s = scene_quiz_new_review(g, play);
    if (s)
        app_replace(app, s);
}

static int button_at(const Preview *p, float x, float y)
{
    for (int i = 0; i < nbuttons(p); i++)
        if (ui_hit(p->buttons[button_index(p, i)], x, y))
            return button_index(p, i);
    return -1;
}

static void preview_event(App *app, Scene *s, const InputEvent *e)
{
    Preview *p = s->state;
    preview_layout(p, app->size);
    if (e->type == EV_POINTER_UP && e->button == BUTTON_RIGHT) {
        app_pop(app);
    } else if (e->type == EV_KEY_DOWN) {
        if (e->key == KEY_ESCAPE || e->key == KEY_BACKSPACE) app_pop(app);
        else if (e->key == KEY_ENTER || e->key == KEY_SPACE || (e->key == KEY_P && p->mode == PV_PRACTICE)) {
            if (p->n) start(app, p);
            else app_pop(app);
        }
    } else if (e->type == EV_POINTER_MOVE) {
        int h = button_at(p, e->x, e->y);
        if (h != p->hover) {
            p->hover = h;
            app_redraw(app);
        }
    } else if (e->type == EV_POINTER_DOWN && (e->button == BUTTON_LEFT || e->button == BUTTON_TOUCH)) {
        p->pressed = button_at(p, e->x, e->y);
        app_redraw(app);
    } else if (e->type == EV_POINTER_UP) {
        int b = button_at(p, e->x, e->y);
        if (b >= 0 && b == p->pressed) {
            if (b == PB_START) start(app, p);
            else app_pop(app);
            return;
        }
        p->pressed = -1;
        app_redraw(app);
    }
}

/* The headline and the line under it. */
static void preview_words(const Preview *p, char *head, size_t hl, char *line, size_t ll)
{
    const StoreReviewCounts *c = &p->counts;
    char when[64] = "";
    if (c->next_due) review_when(c->next_due, p->now, when, sizeof when);
    int min = review_minutes(p->n, c->answer_ms);
    switch (p->mode) {
    case PV_DUE:
        snprintf(head, hl, "%d item%s due today", c->due, c->due == 1 ? "" : "s");
        if (c->due > p->n)
            snprintf(line, ll, "This batch: the first %d, about %d min (missed ones first). The other %d follow in "
                     "the next batch.", p->n, min, c->due - p->n);
        else
            snprintf(line, ll, "About %d min for %d question%s, missed ones first. Each comes back on its own day "
                     "after a good answer (60 or more).", min, p->n, p->n == 1 ? "" : "s");
        break;
    case PV_PRACTICE:
        snprintf(head, hl, "Nothing is due today");
        if (c->next_due)
            snprintf(line, ll, "Next: %d item%s back %s. Extra practice on your weakest now (about %d min) "
                     "moves no schedule forward; a miss is asked again soon.", c->next_count,
                     c->next_count == 1 ? "" : "s", when, min);
        else
            snprintf(line, ll, "Extra practice on your weakest (about %d min).", min);
        break;
    case PV_EMPTY:
        snprintf(head, hl, "Nothing to review yet");
        snprintf(line, ll, "Play a quiz first: every question you answer is scheduled here, the ones you missed "
                 "soonest.");
        break;
    default:
        snprintf(head, hl, "Review is not available");
        snprintf(line, ll, "%.*s", (int)ll - 1, p->message);   /* cut to the line, as before */
        break;
    }
}

static void draw_rows(Preview *p, Gfx *gfx)
{
    Game *g = p->g;
    float k = g->theme.scale;
    ui_panel(gfx, &g->theme, p->panel);
    TextStyle name = game_text(g, 16, FONT_BOLD, g->theme.text);
    TextStyle kind = game_text(g, 14, FONT_REGULAR, g->theme.text_dim);
    TextStyle why = game_text(g, 14, FONT_REGULAR, g->theme.text);
    gfx_clip_push(gfx, p->rows);
    int shown = (int)floorf(p->rows.h / p->row_h + 0.01f);
    for (int i = 0; i < p->n && i < shown; i++) {
        const StoreReviewItem *it = &p->items[i];
        Rect row = {p->rows.x, p->rows.y + (float)i * p->row_h, p->rows.w, p->row_h};
        if (i) gfx_line(gfx, (Vec2){row.x, row.y}, (Vec2){row.x + row.w, row.y}, 1, g->theme.rule);
        /* the last score's colour, as that number has on every screen */
        gfx_disc(gfx, (Vec2){row.x + 10 * k, row.y + row.h / 2}, 5 * k, game_score_colour(g, it->last_score));
        QuizKind qk;
        const char *kl = quiz_kind_parse(it->kind, &qk) ? quiz_kind(qk)->label : it->kind;
        char reason[160], fit[200], left[200];
        review_reason(it, p->now, reason, sizeof reason);
        float rw = fminf(row.w * 0.48f, text_measure(gfx, why, reason).x);
        text_fit(gfx, why, reason, rw, fit, sizeof fit);
        text_draw(gfx, why, row.x + row.w - 6 * k, row.y + row.h / 2, ALIGN_RIGHT | ALIGN_MIDDLE, fit);
        float lw = row.w - rw - 44 * k;
        const char *mn = reveal_muscle_name(game_atlas(g), it->muscle);
        snprintf(left, sizeof left, "%s", mn);
        float nw = text_measure(gfx, name, left).x;
        text_fit(gfx, name, left, lw * 0.75f, fit, sizeof fit);
        text_draw(gfx, name, row.x + 24 * k, row.y + row.h / 2, ALIGN_LEFT | ALIGN_MIDDLE, fit);
        float kx = row.x + 24 * k + fminf(nw, lw * 0.75f) + 10 * k;
        text_fit(gfx, kind, kl, row.x + 24 * k + lw - kx, fit, sizeof fit);
        text_draw(gfx, kind, kx, row.y + row.h / 2, ALIGN_LEFT | ALIGN_MIDDLE, fit);
    }
    gfx_clip_pop(gfx);
}

static void preview_draw(App *app, Scene *s, Gfx *gfx)
{
    Preview *p = s->state;
    Game *g = p->g;
    float k = g->theme.scale;
    Vec2 sz = gfx_size(gfx);
    preview_layout(p, app->size);
    ui_background(gfx, &g->theme);
    char sub[160];
    snprintf(sub, sizeof sub, "%s%s", g->player_name[0] ? "Playing as " : "", g->player_name);
    game_draw_header(g, gfx, p->mode == PV_PRACTICE ? "Review: extra practice" : "Review", sub[0] ? sub : NULL);
    char head[160], line[sizeof p->message + 512];
    preview_words(p, head, sizeof head, line, sizeof line);
    float w = p->panel.w, x = p->panel.x;
    TextStyle big = game_text(g, 26, FONT_BOLD, g->theme.title);
    TextStyle st = game_text(g, 15, FONT_REGULAR, g->theme.note);
    float y = p->head_y;
    if (p->n == 0)
        y = sz.y * 0.3f;
    y += text_draw_wrapped(gfx, big, (Rect){x, y, w, 40 * k}, p->n ? ALIGN_LEFT : ALIGN_CENTER, head, true);
    text_draw_wrapped(gfx, st, (Rect){x, y + 6 * k, w, p->n ? p->panel.y - y - 10 * k : sz.y * 0.3f},
                      p->n ? ALIGN_LEFT : ALIGN_CENTER, line, true);
    if (p->n)
        draw_rows(p, gfx);
    /* the schedule at a glance, above the buttons */
    if (p->counts.items) {
        char foot[200];
        snprintf(foot, sizeof foot, "Mastered: %d of %d item%s (%d correct on separate days)", p->counts.mastered,
                 p->counts.items, p->counts.items == 1 ? "" : "s", REVIEW_MASTERED_STEPS);
        TextStyle fs = game_text(g, 14, FONT_REGULAR, g->theme.hint);
        text_draw(gfx, fs, sz.x / 2, p->buttons[PB_BACK].y - 10 * k, ALIGN_CENTER | ALIGN_BOTTOM, foot);
    }
    const char *labels[PB_COUNT] = {p->mode == PV_PRACTICE ? "Practise these (Enter)" : "Start review (Enter)",
                                    p->n ? "Back (Esc)" : "Back to the menu"};
    for (int i = 0; i < nbuttons(p); i++) {
        int b = button_index(p, i);
        int state = (b == p->hover ? UI_HOVER : 0) | (b == p->pressed ? UI_PRESSED : 0) | (i == 0 ? UI_FOCUS : 0);
        ui_button(gfx, &g->theme, p->buttons[b], labels[b], game_font(g, 18), state);
    }
    game_draw_toast(g, gfx);
    LayoutReport lr;
    if (!p->debug_printed && layout_report_begin(&lr, "review-preview")) {
        p->debug_printed = true;
        layout_report_int(&lr, "items", p->n);
        layout_report_int(&lr, "due", p->counts.due);
        layout_report_rect(&lr, "start", p->n ? p->buttons[PB_START] : (Rect){0, 0, 0, 0});
        layout_report_rect(&lr, "back", p->buttons[PB_BACK]);
        layout_report_end(&lr);
    }
}

Scene *scene_review_new(Game *g)
{
    static const Scene proto = {.name = "review", .event = preview_event, .draw = preview_draw};
    Scene *s = app_scene_new(&proto, sizeof(Preview));
    if (!s)
        return NULL;
    Preview *p = s->state;
    p->g = g;
    p->hover = p->pressed = -1;
    p->now = game_now(g);
    p->mode = PV_ERROR;
    Store *store = game_atlas(g) ? game_store(g) : NULL;
    int64_t player = store ? game_player(g) : 0;
    if (!game_atlas(g)) {
        snprintf(p->message, sizeof p->message, "The atlas did not load, so there is nothing to review.");
    } else if (!store || player <= 0) {
        snprintf(p->message, sizeof p->message, "Your scores cannot be read, so there is nothing to review.");
    } else if (store_review_counts(store, player, p->now, &p->counts) != 0) {
        snprintf(p->message, sizeof p->message, "Your review schedule cannot be read: %s", store_error(store));
    } else if (p->counts.items == 0) {
        p->mode = PV_EMPTY;
    } else {
        int64_t until = review_day_end(p->now);
        p->mode = p->counts.due ? PV_DUE : PV_PRACTICE;
        p->n = p->counts.due ? store_review_due(store, player, until, PLAY_REVIEW_MAX, p->items)
                             : store_review_weakest(store, player, until, PLAY_REVIEW_MAX, p->items);
        if (p->n < 0) {
            p->n = 0;
            p->mode = PV_ERROR;
            snprintf(p->message, sizeof p->message, "Your review schedule cannot be read: %s", store_error(store));
        }
    }
    return s;
}
