/* scene_players: who is playing. Lists the players (the last one focused), creates a new
 * one by typing a name, renames (F2 or R) and deletes (Delete, with a confirmation that
 * says what is lost). Enter continues to the main menu as the focused player. */
#include "screens/game.h"
#include "screens/scenes.h"
#include "store/store.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_PLAYERS 24

typedef enum Mode { MODE_LIST, MODE_NEW, MODE_RENAME } Mode;

typedef struct Players {
    Game *g;
    StorePlayer players[MAX_PLAYERS];
    char labels[MAX_PLAYERS][96];
    int count;
    UiList list;             /* players..., "New player" */
    Mode mode;
    char name[STORE_NAME_MAX];
    char message[160];
    int64_t pending_delete;
} Players;

static void refresh(Players *p)
{
    Store *s = game_store(p->g);
    int focus_id = p->list.focus;
    p->count = s ? store_player_list(s, p->players, MAX_PLAYERS) : 0;
    if (p->count < 0) p->count = 0;
    ui_list_clear(&p->list);
    int64_t last = s ? store_player_last(s) : 0;
    if (p->g->player_id) last = p->g->player_id;
    for (int i = 0; i < p->count; i++) {
        snprintf(p->labels[i], sizeof p->labels[i], "%d round%s played", p->players[i].rounds,
                 p->players[i].rounds == 1 ? "" : "s");
        ui_list_add(&p->list, p->players[i].name, p->labels[i]);
        if (p->players[i].id == last) focus_id = i;
    }
    ui_list_add(&p->list, "+ New player", "Type a name, then Enter");
    p->list.focus = (focus_id >= 0 && focus_id < p->list.count) ? focus_id : 0;
    if (p->count == 0) p->list.focus = 0;
}

static void layout(Players *p, Vec2 sz)
{
    float k = p->g->theme.scale;
    float w = fminf(520 * k, sz.x - 48 * k);
    float top = 120 * k, avail = sz.y - top - 110 * k;
    float item = 56 * k, gap = 8 * k;
    float total = (float)p->list.count * (item + gap) - gap;
    if (total > avail) {
        float f = avail / total;
        item *= f; gap *= f; total = avail;
    }
    ui_list_layout(&p->list, (Rect){(sz.x - w) / 2, top, w, total}, item, gap);
}

static void choose(App *app, Players *p, int i)
{
    if (i < 0 || i >= p->count)
        return;
    if (game_set_player(p->g, p->players[i].id))
        app_replace(app, scene_menu_new(p->g));
    else
        snprintf(p->message, sizeof p->message, "Could not choose that player: %s",
                 store_error(game_store(p->g)) ? store_error(game_store(p->g)) : "unknown error");
}

static void do_delete(App *app, void *arg)
{
    Players *p = arg;
    Store *s = game_store(p->g);
    if (s && store_player_delete(s, p->pending_delete) == 0) {
        if (p->g->player_id == p->pending_delete) {
            p->g->player_id = 0;
            p->g->player_name[0] = 0;
        }
        snprintf(p->message, sizeof p->message, "Player deleted.");
    } else {
        snprintf(p->message, sizeof p->message, "Could not delete: %s", s && store_error(s) ? store_error(s) : "?");
    }
    refresh(p);
    app_redraw(app);
}

static void submit_name(App *app, Players *p)
{
    Store *s = game_store(p->g);
    if (!store_player_name_valid(p->name)) {
        snprintf(p->message, sizeof p->message, "A name needs 1 to 63 letters, digits or spaces.");
        return;
    }
    if (p->mode == MODE_NEW) {
        if (store_player_find(s, p->name) > 0) {
            snprintf(p->message, sizeof p->message, "There is already a player called %s.", p->name);
            return;
        }
        int64_t id = store_player_ensure(s, p->name, game_now(p->g));
        if (id <= 0) {
            snprintf(p->message, sizeof p->message, "Could not save: %s", store_error(s) ? store_error(s) : "?");
            return;
        }
        game_set_player(p->g, id);
        game_toast(p->g, "Welcome, %s.", p->name);
        app_replace(app, scene_menu_new(p->g));   /* a new player wants to start, not to manage */
    } else {
        int i = p->list.focus;
        if (i >= 0 && i < p->count && store_player_rename(s, p->players[i].id, p->name) != 0) {
            snprintf(p->message, sizeof p->message, "Could not rename: %s", store_error(s) ? store_error(s) : "?");
            return;
        }
        if (i >= 0 && i < p->count && p->players[i].id == p->g->player_id)
            snprintf(p->g->player_name, sizeof p->g->player_name, "%s", p->name);
        snprintf(p->message, sizeof p->message, "Renamed.");
    }
    p->mode = MODE_LIST;
    refresh(p);
}

static void edit_event(App *app, Players *p, const InputEvent *e)
{
    if (e->type == EV_TEXT) {
        size_t n = strlen(p->name), add = strlen(e->text);
        if (n + add < sizeof p->name)
            memcpy(p->name + n, e->text, add + 1);
    } else if (e->type == EV_KEY_DOWN) {
        if (e->key == KEY_BACKSPACE) {
            size_t n = strlen(p->name);
            while (n > 0 && ((unsigned char)p->name[n - 1] & 0xC0) == 0x80) n--;   /* UTF-8 */
            if (n > 0) n--;
            p->name[n] = 0;
        } else if (e->key == KEY_ENTER) {
            submit_name(app, p);
        } else if (e->key == KEY_ESCAPE) {
            p->mode = MODE_LIST;
            p->message[0] = 0;
        }
    }
}

static void players_event(App *app, Scene *s, const InputEvent *e)
{
    Players *p = s->state;
    if (p->mode != MODE_LIST) {
        edit_event(app, p, e);
        app_redraw(app);
        return;
    }
    layout(p, app->size);
    if (e->type == EV_KEY_DOWN && (e->key == KEY_F2 || e->key == KEY_R) && p->list.focus < p->count) {
        p->mode = MODE_RENAME;
        snprintf(p->name, sizeof p->name, "%s", p->players[p->list.focus].name);
        app_redraw(app);
        return;
    }
    if (e->type == EV_KEY_DOWN && e->key == KEY_DELETE && p->list.focus < p->count) {
        char q[200];
        const StorePlayer *pl = &p->players[p->list.focus];
        p->pending_delete = pl->id;
        snprintf(q, sizeof q, "Delete %s and all %d of their rounds? This cannot be undone.", pl->name, pl->rounds);
        app_push(app, scene_confirm_new(p->g, q, "Delete", do_delete, p));
        return;
    }
    bool changed = false;
    int r = ui_list_event(&p->list, e, &changed);
    if (changed) app_redraw(app);
    if (r == UI_BACK)
        app_replace(app, scene_title_new(p->g));
    else if (r == p->count) {
        p->mode = MODE_NEW;
        p->name[0] = 0;
        p->message[0] = 0;
    } else if (r >= 0)
        choose(app, p, r);
}

static void players_draw(App *app, Scene *s, Gfx *gfx)
{
    Players *p = s->state;
    Game *g = p->g;
    float k = g->theme.scale;
    Vec2 sz = gfx_size(gfx);
    ui_background(gfx, &g->theme);
    game_draw_header(g, gfx, "Who is playing?", "Each player has their own scores and review schedule");
    layout(p, app->size);
    ui_list_draw(&p->list, gfx, &g->theme, game_font(g, 19));
    TextStyle foot = game_text(g, 13, FONT_REGULAR, g->theme.hint);
    text_draw(gfx, foot, sz.x / 2, sz.y - 12 * k, ALIGN_CENTER | ALIGN_BOTTOM,
              "Enter: play as   F2: rename   Delete: remove   Esc: back");
    if (p->message[0]) {
        TextStyle m = game_text(g, 16, FONT_BOLD, g->theme.focus);
        text_draw(gfx, m, sz.x / 2, sz.y - 44 * k, ALIGN_CENTER | ALIGN_BOTTOM, p->message);
    }
    if (p->mode != MODE_LIST) {
        gfx_fill_rect(gfx, (Rect){0, 0, sz.x, sz.y}, g->theme.modal);
        float w = fminf(520 * k, sz.x - 40 * k), h = 170 * k;
        Rect box = {(sz.x - w) / 2, (sz.y - h) / 2, w, h};
        ui_panel(gfx, &g->theme, box);
        TextStyle t = game_text(g, 19, FONT_BOLD, g->theme.text);
        text_draw(gfx, t, box.x + 24 * k, box.y + 20 * k, ALIGN_LEFT,
                  p->mode == MODE_NEW ? "New player's name" : "New name");
        Rect field = {box.x + 24 * k, box.y + 62 * k, w - 48 * k, 44 * k};
        gfx_round_rect(gfx, field, 8 * k, g->theme.field);
        gfx_round_rect_outline(gfx, field, 8 * k, 2, g->theme.accent);
        char shown[STORE_NAME_MAX + 4];
        snprintf(shown, sizeof shown, "%s|", p->name);
        TextStyle in = game_text(g, 19, FONT_REGULAR, g->theme.text);
        char fit[160];
        text_fit(gfx, in, shown, field.w - 20 * k, fit, sizeof fit);
        text_draw(gfx, in, field.x + 10 * k, field.y + field.h / 2, ALIGN_MIDDLE, fit);
        TextStyle hint = game_text(g, 13, FONT_REGULAR, g->theme.text_dim);
        text_draw(gfx, hint, box.x + 24 * k, box.y + h - 16 * k, ALIGN_BOTTOM,
                  "Enter to save, Esc to cancel");
        if (p->message[0]) {
            TextStyle m = game_text(g, 14, FONT_BOLD, g->theme.danger);
            text_draw(gfx, m, box.x + w - 24 * k, box.y + h - 16 * k, ALIGN_RIGHT | ALIGN_BOTTOM, p->message);
        }
    }
    game_draw_toast(g, gfx);
}

Scene *scene_players_new(Game *g)
{
    static const Scene proto = {.name = "players", .event = players_event, .draw = players_draw};
    Scene *s = app_scene_new(&proto, sizeof(Players));
    if (!s)
        return NULL;
    Players *p = s->state;
    p->g = g;
    refresh(p);
    if (p->count == 0) {   /* nobody yet: go straight to typing a name */
        p->mode = MODE_NEW;
    }
    return s;
}
