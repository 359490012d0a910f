/* cmd_shot: `trigger-trainer shot SCENE --out FILE.png [--size WxH] [--scale S]` draws one
 * scene headless (offscreen driver, software renderer) and writes a PNG. Same input, same
 * pixels. `shot --list` names every scene. */
#include "cli/cli.h"
#include "screens/session.h"
#include "tools/sample.h"
#include "tools/shots.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* WIDTHxHEIGHT from 16 to 8192: smaller than a game window (200), for the icon's sizes. */
static bool shot_size(const char *text, int *w, int *h)
{
    char tail;
    if (sscanf(text, "%dx%d%c", w, h, &tail) != 2)
        return false;
    return *w >= 16 && *h >= 16 && *w <= 8192 && *h <= 8192;
}

int cmd_shot(int argc, char **argv)
{
    const char *scene = NULL, *out = NULL, *data_dir = NULL;
    int w = 1280, h = 720;
    float scale = 1;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--list")) {
            int n;
            const ShotEntry *e = shot_entries(&n);
            for (int k = 0; k < n; k++)
                printf("%-22s %s\n", e[k].name, e[k].summary);
            return 0;
        } else if (!strcmp(argv[i], "--out") && i + 1 < argc) {
            out = argv[++i];
        } else if (!strcmp(argv[i], "--size") && i + 1 < argc) {
            if (!shot_size(argv[++i], &w, &h))
                return cli_usage_error("--size wants WIDTHxHEIGHT between 16 and 8192, got '%s'", argv[i]);
        } else if (!strcmp(argv[i], "--scale") && i + 1 < argc) {
            scale = strtof(argv[++i], NULL);
            if (!(scale >= 0.5f && scale <= 4))
                return cli_usage_error("--scale wants a number from 0.5 to 4");
        } else if (!strcmp(argv[i], "--data-dir") && i + 1 < argc) {
            data_dir = argv[++i];
        } else if (argv[i][0] == '-') {
            return cli_usage_error("shot: unknown option '%s'", argv[i]);
        } else if (!scene) {
            scene = argv[i];
        } else {
            return cli_usage_error("shot: one scene at a time ('%s' and '%s')", scene, argv[i]);
        }
    }
    if (!scene || !out)
        return cli_usage_error("shot needs a SCENE and --out FILE.png (scenes: shot --list)");
    const char *arg = NULL;
    const ShotEntry *entry = shot_find(scene, &arg);
    if (!entry)
        return cli_usage_error("shot: unknown scene '%s' (see `trigger-trainer shot --list`)", scene);

    Session s;
    SessionOptions o = {.width = w, .height = h, .scale = scale, .headless = true, .data_dir = data_dir};
    int rc = session_open(&s, &o);
    if (rc)
        return rc;
    /* every shot is set up with the sample player and history unless real data is asked for */
    if (!data_dir && !sample_setup(&s.game))
        fprintf(stderr, "trigger-trainer: shot: could not set up the sample data%s%s\n",
                s.game.atlas_error[0] ? ": " : "", s.game.atlas_error);
    Scene *sc = entry->make(&s.game, arg);
    if (!sc) {
        fprintf(stderr, "trigger-trainer: shot: cannot set up scene '%s'%s%s\n", scene,
                s.game.atlas_error[0] ? ": " : "", s.game.atlas_error);
        session_close(&s);
        return 1;
    }
    app_push(&s.app, sc);
    app_apply_pending(&s.app);
    app_update(&s.app, 0);
    app_draw(&s.app);
    rc = gfx_save_png(s.app.gfx, out) ? 0 : 1;
    if (rc)
        fprintf(stderr, "trigger-trainer: shot: cannot write '%s'\n", out);
    session_close(&s);
    return rc;
}
