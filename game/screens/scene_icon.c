/* scene_icon: the application icon (assets/icons/trigger-trainer.png is this scene, shot at
 * 256x256): a referred-pain blot with the trigger point's X, the chart convention. */
#include "screens/game.h"

#include <math.h>
#include <stdlib.h>

static void icon_draw(App *app, Scene *s, Gfx *gfx)
{
    Game *g = s->state;
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

static void icon_destroy(Scene *s) { free(s); }

Scene *scene_icon_new(Game *g)
{
    Scene *s = calloc(1, sizeof *s);
    if (!s)
        return NULL;
    *s = (Scene){.name = "icon", .state = g, .draw = icon_draw, .destroy = icon_destroy};
    return s;
}
