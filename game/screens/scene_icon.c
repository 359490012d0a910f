/* scene_icon: the application icon (assets/icons/trigger-trainer.png is this scene, shot at
 * 256x256): a referred-pain blot with the trigger point's X, the chart convention. */
#include "screens/game.h"
#include "screens/scenes.h"

#include <math.h>
#include <stdlib.h>

static void icon_draw(App *app, Scene *s, Gfx *gfx)
{
    const Game *g = *(Game **)s->state;
    Vec2 sz = gfx_size(gfx);
    float d = fminf(sz.x, sz.y), x0 = (sz.x - d) / 2, y0 = (sz.y - d) / 2;
    gfx_clear(gfx, RGBA(0, 0, 0, 0));
    gfx_round_rect(gfx, (Rect){x0 + d * 0.04f, y0 + d * 0.04f, d * 0.92f, d * 0.92f}, d * 0.2f, g->theme.bg_top);
    Vec2 c = {x0 + d * 0.5f, y0 + d * 0.5f};
    gfx_disc(gfx, c, d * 0.33f, gfx_alpha(g->chart.spillover, 0.55f));
    gfx_disc(gfx, c, d * 0.22f, g->chart.essential);
    float h = d * 0.1f;
    gfx_line(gfx, (Vec2){c.x - h, c.y - h}, (Vec2){c.x + h, c.y + h}, d * 0.05f, RGB(255, 255, 255));
    gfx_line(gfx, (Vec2){c.x - h, c.y + h}, (Vec2){c.x + h, c.y - h}, d * 0.05f, RGB(255, 255, 255));
    (void)app;
}

Scene *scene_icon_new(Game *g)
{
    static const Scene proto = {.name = "icon", .draw = icon_draw};
    Scene *s = app_scene_new(&proto, sizeof(Game *));
    if (s)
        *(Game **)s->state = g;
    return s;
}
