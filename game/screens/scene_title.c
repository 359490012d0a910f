/* scene_title: the first screen: the name, what the game teaches, and a chart of the back
 * with one trigger point and its pain pattern as the emblem. Any key or click goes on. */
#include "screens/game.h"
#include "screens/scenes.h"
#include "screens/chart.h"

#include <stdio.h>
#include <stdlib.h>

typedef struct Title { Game *g; } Title;

/* The title's own lettering: the game's name, the tag line, the blurb and the version, the
 * same on either palette's background. */
static const Color name_colour = RGB(252, 248, 242), tagline_colour = RGB(232, 180, 160),
                   blurb_colour = RGB(196, 210, 218), version_colour = RGB(120, 140, 150);

static void title_event(App *app, Scene *s, const InputEvent *e)
{
    Title *t = s->state;
    if ((e->type == EV_KEY_DOWN && e->key == KEY_ESCAPE)) {
        app->quit = true;
        return;
    }
    if ((e->type == EV_KEY_DOWN && !e->repeat) || e->type == EV_POINTER_UP)
        app_replace(app, scene_players_new(t->g));
}

static void draw_emblem(Game *g, Gfx *gfx, Rect box)
{
    const Atlas *a = game_atlas(g);
    if (a && chart_draw_emblem(gfx, a, &g->chart, box))
        return;
    /* no atlas: a target with an X, the sign charts use for a trigger point */
    Vec2 c = {box.x + box.w / 2, box.y + box.h / 2};
    float r = (box.w < box.h ? box.w : box.h) * 0.35f;
    for (int i = 3; i >= 1; i--)
        gfx_disc(gfx, c, r * (float)i / 3, i % 2 ? g->chart.essential : g->chart.chart_bg);
    gfx_line(gfx, (Vec2){c.x - r / 4, c.y - r / 4}, (Vec2){c.x + r / 4, c.y + r / 4}, 4, g->chart.trp);
    gfx_line(gfx, (Vec2){c.x - r / 4, c.y + r / 4}, (Vec2){c.x + r / 4, c.y - r / 4}, 4, g->chart.trp);
}

static void title_draw(App *app, Scene *s, Gfx *gfx)
{
    (void)app;
    Title *t = s->state;
    Game *g = t->g;
    float k = g->theme.scale;
    Vec2 sz = gfx_size(gfx);
    ui_background(gfx, &g->theme);
    bool wide = sz.x > sz.y * 1.15f;
    Rect art = wide ? (Rect){sz.x * 0.55f, sz.y * 0.08f, sz.x * 0.4f, sz.y * 0.84f}
                    : (Rect){sz.x * 0.2f, sz.y * 0.42f, sz.x * 0.6f, sz.y * 0.46f};
    draw_emblem(g, gfx, art);
    float x = wide ? sz.x * 0.08f : sz.x * 0.5f;
    int al = wide ? ALIGN_LEFT : ALIGN_CENTER;
    float y = wide ? sz.y * 0.30f : sz.y * 0.10f;
    float tw = wide ? sz.x * 0.46f : sz.x * 0.9f;
    TextStyle big = game_text(g, 64, FONT_BOLD, name_colour);
    while (big.size > 20 && text_measure(gfx, big, "Trigger Trainer").x > tw) big.size *= 0.9f;
    y += text_draw(gfx, big, x, y, al, "Trigger Trainer").y;
    TextStyle sub = game_text(g, 21, FONT_REGULAR, tagline_colour);
    Rect para = {wide ? x : sz.x * 0.05f, y + 6 * k, tw, 200};
    y += 6 * k + text_draw_wrapped(gfx, sub, para, al,
        "Find the trigger point. Paint where it hurts.", true);
    TextStyle body = game_text(g, 17, FONT_REGULAR, blurb_colour);
    para.y = y + 14 * k;
    const Atlas *a = game_atlas(g);
    char blurb[300];
    snprintf(blurb, sizeof blurb, "Learn the common myofascial trigger points of %d muscles and the areas their "
             "pain refers to, on clinical body charts, scored in real centimetres.", a ? a->nmuscles : 0);
    y = para.y + text_draw_wrapped(gfx, body, para, al, a ? blurb :
        "Learn where myofascial trigger points lie and where their pain refers, on clinical body charts.", true);
    TextStyle hint = game_text(g, 18, FONT_BOLD, g->theme.focus);
    text_draw(gfx, hint, x, y + 30 * k, al, "Press Enter or click to begin");
    TextStyle foot = game_text(g, 13, FONT_REGULAR, version_colour);
    text_draw(gfx, foot, 16 * k, sz.y - 12 * k, ALIGN_LEFT | ALIGN_BOTTOM, "v" TT_VERSION);
    text_draw(gfx, foot, sz.x - 16 * k, sz.y - 12 * k, ALIGN_RIGHT | ALIGN_BOTTOM,
              "Charts after Travell & Simons' conventions");
    game_draw_toast(g, gfx);
}

Scene *scene_title_new(Game *g)
{
    static const Scene proto = {.name = "title", .event = title_event, .draw = title_draw};
    Scene *s = app_scene_new(&proto, sizeof(Title));
    if (s)
        ((Title *)s->state)->g = g;
    return s;
}
