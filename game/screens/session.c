/* session: one place that opens platform, fonts, game context and app, in that order, and
 * closes them in reverse. Failures become one clear line and an exit status. */
#include "screens/session.h"
#include "store/paths.h"
#include "screens/help.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>


bool session_parse_size(const char *text, int *w, int *h)
{
    char tail;
    if (!text || sscanf(text, "%dx%d%c", w, h, &tail) != 2)
        return false;
    return *w >= 200 && *h >= 200 && *w <= 8192 && *h <= 8192;
}

int session_open(Session *s, const SessionOptions *o)
{
    memset(s, 0, sizeof *s);
    char err[512];
    game_init(&s->game, &s->app);
    snprintf(s->game.data_dir, sizeof s->game.data_dir, "%s",
             o->data_dir ? o->data_dir : paths_data_dir());
    s->game.headless = o->headless;
    if (!o->headless)
        settings_load(&s->game.settings, s->game.data_dir);
    game_apply_settings(&s->game);
    /* TT_RENDERER=accelerated asks for a GPU renderer; TT_FONT=FILE.ttf for another font */
    const char *renderer = getenv("TT_RENDERER");
    PlatformConfig pc = {.title = "Trigger Trainer", .width = o->width, .height = o->height,
                         .headless = o->headless, .scale = o->scale,
                         .fullscreen = o->fullscreen || (!o->headless && s->game.settings.fullscreen),
                         .accelerated = renderer && !strcmp(renderer, "accelerated"),
                         .no_display_hint = "no display? try `trigger-trainer shot` for headless use"};
    s->platform = platform_open(&pc, err, sizeof err);
    if (!s->platform) {
        platform_fatal_message("Trigger Trainer", err);
        return 1;
    }
    TextConfig tc = {.font_file = getenv("TT_FONT"),
                     .missing_hint = "install a TrueType font (Debian: apt-get install fonts-dejavu-core) "
                                     "or set TT_FONT to a .ttf file"};
    if (!text_init(platform_gfx(s->platform), &tc, err, sizeof err)) {
        platform_fatal_message("Trigger Trainer", err);
        platform_close(s->platform);
        s->platform = NULL;
        return 1;
    }
    gfx_layer_cache_dir(platform_gfx(s->platform), paths_layer_cache_dir());
    app_init(&s->app, s->platform, &s->game);
    s->app.on_resize = game_on_resize;
    s->app.on_event = help_on_event;
    s->app.on_draw = help_on_draw;
    game_apply_settings(&s->game);   /* now that the window's size is known */
    return 0;
}

void session_close(Session *s)
{
    app_shutdown(&s->app);
    game_shutdown(&s->game);
    platform_close(s->platform);
    s->platform = NULL;
    text_shutdown();
}
