/* scene_menu: the main menu. Works with the mouse, touch and the keyboard alone (arrows,
 * Enter, Escape). Review leads with what is due today (a badge and its line), read from the
 * schedule on entry. It opens on the entry chosen last (g->menu_focus), and Quit asks first. */
#include "screens/game.h"
#include "screens/scenes.h"
#include "quiz/play.h"
#include "quiz/review_text.h"
#include "store/store.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>

typedef struct Menu {
    Game *g;
    UiList list;
    int due;                   /* items due today, -1 when the schedule cannot be read */
    char review_hint[200];
    double hint_ms;            /* when it was read: read again when the menu shows after a while
                                * (back from a round, the schedule has moved) */
} Menu;

enum { M_PLAY, M_REVIEW, M_EXPLORE, M_PROGRESS, M_SETTINGS, M_QUIT };

static void menu_layout(Menu *m, Vec2 sz)
{
    float k = m->g->theme.scale;
    float w = fminf(520 * k, sz.x - 48 * k);
    float item = 62 * k, gap = 10 * k;
    float total = (float)m->list.count * (item + gap) - gap;
    float top = 110 * k;
    float avail = sz.y - top - 40 * k;
    if (total > avail) {   /* small windows: shrink the entries rather than cut them off */
        float f = avail / total;
        item *= f; gap *= f; total = avail;
    }
    ui_list_layout(&m->list, (Rect){(sz.x - w) / 2, top + (avail - total) / 2, w, total}, item, gap);
}

static void quit_confirmed(App *app, void *arg)
{
    (void)arg;
    app->quit = true;
}

static void activate(App *app, Menu *m, int i)
{
    Game *g = m->g;
    g->menu_focus = i;
    switch (i) {
    case M_QUIT: app_push(app, scene_confirm_new(g, "Quit Trigger Trainer? Your scores are saved.", "Quit",
                                                 quit_confirmed, NULL)); break;
    case M_PLAY: app_replace(app, scene_play_new(g)); break;
    case M_REVIEW: app_push(app, scene_review_new(g)); break;   /* results pop back here */
    case M_EXPLORE: app_replace(app, scene_explore_new(g, NULL)); break;
    case M_PROGRESS: app_replace(app, scene_progress_new(g)); break;
    case M_SETTINGS: app_replace(app, scene_settings_new(g)); break;
    default: break;
    }
}

static void menu_event(App *app, Scene *s, const InputEvent *e)
{
    Menu *m = s->state;
    bool changed = false;
    menu_layout(m, app->size);
    int r = ui_list_event(&m->list, e, &changed);
    if (changed) app_redraw(app);
    if (m->list.focus >= 0)
        m->g->menu_focus = m->list.focus;
    if (r == UI_BACK)
        app_replace(app, scene_players_new(m->g));
    else if (r >= 0)
        activate(app, m, r);
}

static void review_hint(Menu *m);

static void menu_draw(App *app, Scene *s, Gfx *gfx)
{
    Menu *m = s->state;
    Game *g = m->g;
    if ((double)app->now_ms - m->hint_ms > 1000) {
        review_hint(m);
        m->hint_ms = (double)app->now_ms;
    }
    ui_background(gfx, &g->theme);
    char sub[120];
    snprintf(sub, sizeof sub, "Playing as %s", g->player_name[0] ? g->player_name : "nobody yet");
    game_draw_header(g, gfx, "Trigger Trainer", sub);
    menu_layout(m, app->size);
    ui_list_draw(&m->list, gfx, &g->theme, game_font(g, 20));
    if (m->due > 0) {   /* the badge: how many are due, on the Review entry */
        float k = g->theme.scale;
        Rect r = m->list.rects[M_REVIEW];
        char num[32];
        snprintf(num, sizeof num, "%d due", m->due);
        TextStyle bs = game_text(g, 16, FONT_BOLD, RGB(255, 255, 255));
        Vec2 ts = text_measure(gfx, bs, num);
        float bh = fminf(28 * k, r.h - 8 * k), bw = ts.x + 20 * k;
        Rect b = {r.x + r.w - bw - 14 * k, r.y + (r.h - bh) / 2, bw, bh};
        gfx_round_rect(gfx, b, bh / 2, RGB(206, 92, 36));
        text_draw(gfx, bs, b.x + b.w / 2, b.y + b.h / 2, ALIGN_CENTER | ALIGN_MIDDLE, num);
    }
    Vec2 sz = gfx_size(gfx);
    TextStyle foot = game_text(g, 13, FONT_REGULAR, g->theme.hint);
    text_draw(gfx, foot, sz.x / 2, sz.y - 12 * g->theme.scale, ALIGN_CENTER | ALIGN_BOTTOM,
              "Arrows to move, Enter to choose, Esc to go back, F1 for the keys");
    game_draw_toast(g, gfx);
}

/* Review's line: what is due today and how long it takes, else when something comes back. */
static void review_hint(Menu *m)
{
    Game *g = m->g;
    Store *st = g->player_id > 0 ? game_store(g) : NULL;
    StoreReviewCounts c;
    m->due = -1;
    snprintf(m->review_hint, sizeof m->review_hint, "Spaced review of what you missed");
    if (!st || store_review_counts(st, g->player_id, game_now(g), &c) != 0)
        return;
    m->due = c.due;
    int64_t now = game_now(g);
    char when[64];
    if (c.due > 0) {
        int batch = c.due < PLAY_REVIEW_MAX ? c.due : PLAY_REVIEW_MAX;
        snprintf(m->review_hint, sizeof m->review_hint, "%d item%s due today, about %d min%s", c.due,
                 c.due == 1 ? "" : "s", review_minutes(batch, c.answer_ms),
                 c.due > PLAY_REVIEW_MAX ? " for the first 10" : "");
    } else if (c.next_due) {
        review_when(c.next_due, now, when, sizeof when);
        snprintf(m->review_hint, sizeof m->review_hint, "Nothing due today; %d back %s", c.next_count, when);
    } else if (c.items == 0) {
        snprintf(m->review_hint, sizeof m->review_hint, "What you answer comes back here, missed items first");
    }
}

int scene_menu_due(Scene *s)
{
    return ((Menu *)s->state)->due;
}

Scene *scene_menu_new(Game *g)
{
    static const Scene proto = {.name = "menu", .event = menu_event, .draw = menu_draw};
    Scene *s = app_scene_new(&proto, sizeof(Menu));
    if (!s)
        return NULL;
    Menu *m = s->state;
    m->g = g;
    review_hint(m);
    m->hint_ms = g->app ? (double)g->app->now_ms : 0;
    ui_list_clear(&m->list);
    ui_list_add(&m->list, "Play", "Quizzes: locate trigger points, paint referred pain");
    ui_list_add(&m->list, "Review", m->review_hint);
    ui_list_add(&m->list, "Explore", "Browse the atlas; search by symptom");
    ui_list_add(&m->list, "Progress", "Mastery map and scores over time");
    ui_list_add(&m->list, "Settings", "Display, interface scale, colours");
    ui_list_add(&m->list, "Quit", NULL);
    if (g->menu_focus > 0 && g->menu_focus < m->list.count)
        m->list.focus = g->menu_focus;
    return s;
}
