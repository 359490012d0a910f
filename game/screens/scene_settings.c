/* scene_settings: display and play preferences, saved to the data directory as soon as
 * they change: fullscreen, interface scale, a colour-blind safe palette and the chart
 * difficulty. Enter or a click cycles a value; Left/Right step it. */
#include "screens/game.h"
#include "screens/scenes.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>

static const float scales[] = {0.75f, 1.0f, 1.25f, 1.5f, 2.0f};
static const char *const difficulty_names[] = {
    "Muscle outlines and landmarks", "Landmarks only", "Bare silhouette (like a real back)"};

enum { S_FULLSCREEN, S_SCALE, S_PALETTE, S_DIFFICULTY, S_BACK, S_COUNT };

typedef struct Settings_ { Game *g; UiList list; char hints[S_COUNT][96]; } SettingsScene;

static void describe(SettingsScene *s)
{
    const Settings *st = &s->g->settings;
    snprintf(s->hints[S_FULLSCREEN], 96, "%s", st->fullscreen ? "On" : "Off (window)");
    if (s->g->theme.scale < st->ui_scale - 0.01f)
        snprintf(s->hints[S_SCALE], 96, "%d %% (%d %% in this small window)", (int)lroundf(st->ui_scale * 100),
                 (int)lroundf(s->g->theme.scale * 100));
    else
        snprintf(s->hints[S_SCALE], 96, "%d %%", (int)lroundf(st->ui_scale * 100));
    snprintf(s->hints[S_PALETTE], 96, "%s", st->colorblind ? "Colour-blind safe (blue/orange)" : "Standard (red zones)");
    snprintf(s->hints[S_DIFFICULTY], 96, "%s", difficulty_names[st->difficulty % 3]);
    snprintf(s->hints[S_BACK], 96, "Settings are saved as you change them");
}

static void layout(SettingsScene *s, Vec2 sz)
{
    float k = s->g->theme.scale;
    float w = fminf(560 * k, sz.x - 48 * k), top = 110 * k, avail = sz.y - top - 50 * k;
    float item = 64 * k, gap = 10 * k, total = S_COUNT * (item + gap) - gap;
    if (total > avail) { float f = avail / total; item *= f; gap *= f; total = avail; }
    ui_list_layout(&s->list, (Rect){(sz.x - w) / 2, top, w, total}, item, gap);
}

static void change(App *app, SettingsScene *s, int which, int step)
{
    Game *g = s->g;
    Settings *st = &g->settings;
    switch (which) {
    case S_FULLSCREEN:
        st->fullscreen = !st->fullscreen;
        if (app->platform) {
            platform_set_fullscreen(app->platform, st->fullscreen);
            app->size = platform_size(app->platform);
        }
        break;
    case S_SCALE: {
        int i = 0, n = (int)(sizeof scales / sizeof scales[0]);
        while (i < n - 1 && scales[i] < st->ui_scale - 0.01f) i++;
        i = (i + step + n) % n;
        st->ui_scale = scales[i];
        break;
    }
    case S_PALETTE: st->colorblind = !st->colorblind; break;
    case S_DIFFICULTY: st->difficulty = (st->difficulty + step + 3) % 3; break;
    default: return;
    }
    game_apply_settings(g);
    if (!g->headless && !settings_save(st, g->data_dir))
        game_toast(g, "Could not save settings in %s", g->data_dir);
    describe(s);
    app_redraw(app);
}

static void settings_event(App *app, Scene *sc, const InputEvent *e)
{
    SettingsScene *s = sc->state;
    layout(s, app->size);
    if (e->type == EV_KEY_DOWN && (e->key == KEY_LEFT || e->key == KEY_RIGHT)) {
        change(app, s, s->list.focus, e->key == KEY_LEFT ? -1 : 1);
        return;
    }
    bool changed = false;
    int r = ui_list_event(&s->list, e, &changed);
    if (changed) app_redraw(app);
    if (r == UI_BACK || r == S_BACK)
        app_replace(app, scene_menu_new(s->g));
    else if (r >= 0)
        change(app, s, r, 1);
}

static void settings_draw(App *app, Scene *sc, Gfx *gfx)
{
    SettingsScene *s = sc->state;
    Game *g = s->g;
    ui_background(gfx, &g->theme);
    game_draw_header(g, gfx, "Settings", "Enter or click to change; Left/Right to step");
    layout(s, app->size);
    ui_list_draw(&s->list, gfx, &g->theme, game_font(g, 19));
    /* a sample of the chart colours in the chosen palette */
    Vec2 sz = gfx_size(gfx);
    float k = g->theme.scale;
    Rect last = s->list.rects[S_COUNT - 1];
    float y = last.y + last.h + 16 * k;
    if (y + 30 * k < sz.y) {
        TextStyle t = game_text(g, 14, FONT_REGULAR, g->theme.legend);
        float x = last.x;
        gfx_fill_rect(gfx, (Rect){x, y, 22 * k, 16 * k}, g->chart.essential);
        x += 28 * k;
        x += text_draw(gfx, t, x, y + 8 * k, ALIGN_MIDDLE, "essential zone").x + 18 * k;
        gfx_fill_rect(gfx, (Rect){x, y, 22 * k, 16 * k}, g->chart.spillover);
        x += 28 * k;
        x += text_draw(gfx, t, x, y + 8 * k, ALIGN_MIDDLE, "spillover").x + 18 * k;
        gfx_fill_rect(gfx, (Rect){x, y, 22 * k, 16 * k}, g->theme.ok);
        x += 28 * k;
        text_draw(gfx, t, x, y + 8 * k, ALIGN_MIDDLE, "good answer");
    }
    game_draw_toast(g, gfx);
}

Scene *scene_settings_new(Game *g)
{
    static const Scene proto = {.name = "settings", .event = settings_event, .draw = settings_draw};
    Scene *sc = app_scene_new(&proto, sizeof(SettingsScene));
    if (!sc)
        return NULL;
    SettingsScene *s = sc->state;
    s->g = g;
    describe(s);
    ui_list_clear(&s->list);
    ui_list_add(&s->list, "Fullscreen", s->hints[S_FULLSCREEN]);
    ui_list_add(&s->list, "Interface scale", s->hints[S_SCALE]);
    ui_list_add(&s->list, "Colours", s->hints[S_PALETTE]);
    ui_list_add(&s->list, "Chart difficulty", s->hints[S_DIFFICULTY]);
    ui_list_add(&s->list, "Back", s->hints[S_BACK]);
    return sc;
}
