/* scene_confirm: a modal question over the current screen ("Quit this round?") with two
 * buttons. Enter or Y confirms, Escape or N cancels; the mouse works on the buttons. */
#include "screens/game.h"
#include "screens/scenes.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

typedef struct Confirm {
    Game *g;
    char question[256], yes[48];
    void (*done)(App *, void *);
    void *arg;
    UiList buttons;
} Confirm;

static Rect panel_rect(const Confirm *c, Vec2 sz)
{
    float k = c->g->theme.scale;
    float w = fminf(520 * k, sz.x - 40 * k), h = 200 * k;
    return (Rect){(sz.x - w) / 2, (sz.y - h) / 2, w, h};
}

static void layout(Confirm *c, Vec2 sz)
{
    float k = c->g->theme.scale;
    Rect p = panel_rect(c, sz);
    c->buttons.columns = true;
    ui_list_layout(&c->buttons, (Rect){p.x + 24 * k, p.y + p.h - 70 * k, p.w - 48 * k, 48 * k}, 48 * k, 16 * k);
}

static void finish(App *app, Confirm *c, bool yes)
{
    void (*done)(App *, void *) = c->done;
    void *arg = c->arg;
    app_pop(app);
    if (yes && done)
        done(app, arg);
}

static void confirm_event(App *app, Scene *s, const InputEvent *e)
{
    Confirm *c = s->state;
    if (e->type == EV_KEY_DOWN && e->key == KEY_Y) { finish(app, c, true); return; }
    if (e->type == EV_KEY_DOWN && e->key == KEY_N) { finish(app, c, false); return; }
    layout(c, app->size);
    bool changed = false;
    int r = ui_list_event(&c->buttons, e, &changed);
    if (changed) app_redraw(app);
    if (r == UI_BACK || r == 1) finish(app, c, false);
    else if (r == 0) finish(app, c, true);
}

static void confirm_draw(App *app, Scene *s, Gfx *gfx)
{
    Confirm *c = s->state;
    Game *g = c->g;
    Vec2 sz = gfx_size(gfx);
    gfx_fill_rect(gfx, (Rect){0, 0, sz.x, sz.y}, g->theme.modal);
    Rect p = panel_rect(c, sz);
    ui_panel(gfx, &g->theme, p);
    float k = g->theme.scale;
    TextStyle st = game_text(g, 20, FONT_BOLD, g->theme.text);
    text_draw_wrapped(gfx, st, (Rect){p.x + 24 * k, p.y + 24 * k, p.w - 48 * k, p.h}, ALIGN_LEFT, c->question, true);
    layout(c, app->size);
    ui_list_draw(&c->buttons, gfx, &g->theme, game_font(g, 18));
}

Scene *scene_confirm_new(Game *g, const char *question, const char *yes,
                         void (*done)(App *, void *), void *arg)
{
    static const Scene proto = {.name = "confirm", .overlay = true, .event = confirm_event, .draw = confirm_draw};
    Scene *s = app_scene_new(&proto, sizeof(Confirm));
    if (!s)
        return NULL;
    Confirm *c = s->state;
    c->g = g;
    snprintf(c->question, sizeof c->question, "%s", question);
    snprintf(c->yes, sizeof c->yes, "%s", yes ? yes : "Yes");
    c->done = done;
    c->arg = arg;
    ui_list_clear(&c->buttons);
    ui_list_add(&c->buttons, c->yes, NULL);
    ui_list_add(&c->buttons, "Cancel", NULL);
    c->buttons.focus = 1;   /* the safe answer is the default */
    return s;
}
