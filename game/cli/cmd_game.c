/* cmd_game: `trigger-trainer [--data-dir DIR] [--quiz-dir DIR] [--size WxH] [--fullscreen]
 * [--now WHEN] [--record FILE] [--replay FILE [--headless] [--out F.png]]`: the game (--now:
 * its clock starts then, for days of review simulated). A replay feeds the
 * recorded events in order (each followed by an update and a frame) and ends the run;
 * headless replays drive whole rounds in tests. */
#include "cli/cli.h"
#include "screens/scenes.h"
#include "screens/session.h"

#include <stdio.h>
#include <string.h>
#include <time.h>

static int run_replay(Session *s, const char *path, const char *out)
{
    InputReplay r;
    char err[512];
    if (input_replay_load(&r, path, err, sizeof err) < 0) {
        fprintf(stderr, "trigger-trainer: replay: %s\n", err);
        return 1;
    }
    app_apply_pending(&s->app);
    for (int i = 0; i < r.count && !s->app.quit && s->app.depth > 0; i++) {
        app_dispatch(&s->app, &r.events[i]);
        app_update(&s->app, 0.016);
        app_draw(&s->app);
    }
    int rc = 0;
    if (out && !gfx_save_png(s->app.gfx, out)) {
        fprintf(stderr, "trigger-trainer: replay: cannot write '%s'\n", out);
        rc = 1;
    }
    input_replay_unload(&r);
    return rc;
}

int cmd_game(int argc, char **argv)
{
    SessionOptions o = {.width = 1280, .height = 720};
    const char *record = NULL, *replay = NULL, *out = NULL;
    int64_t start = 0;
    const char *quiz_dirs[8];
    int nquiz = 0;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--data-dir") && i + 1 < argc) o.data_dir = argv[++i];
        else if (!strcmp(argv[i], "--quiz-dir") && i + 1 < argc) {
            if (nquiz < 8) quiz_dirs[nquiz++] = argv[++i];
            else i++;
        } else if (!strcmp(argv[i], "--size") && i + 1 < argc) {
            if (!session_parse_size(argv[++i], &o.width, &o.height))
                return cli_usage_error("--size wants WIDTHxHEIGHT between 200 and 8192, got '%s'", argv[i]);
        } else if (!strcmp(argv[i], "--fullscreen")) o.fullscreen = true;
        else if (!strcmp(argv[i], "--headless")) o.headless = true;
        else if (!strcmp(argv[i], "--record") && i + 1 < argc) record = argv[++i];
        else if (!strcmp(argv[i], "--replay") && i + 1 < argc) replay = argv[++i];
        else if (!strcmp(argv[i], "--out") && i + 1 < argc) out = argv[++i];
        else if (!strcmp(argv[i], "--now") && i + 1 < argc) {
            if (!cli_parse_when(argv[++i], &start))
                return cli_usage_error("--now wants YYYY-MM-DD, YYYY-MM-DDTHH:MM or Unix seconds, got '%s'", argv[i]);
        }
        else return cli_usage_error("unknown option '%s'", argv[i]);
    }
    if (o.headless && !replay)
        return cli_usage_error("--headless goes with --replay FILE");
    Session s;
    int rc = session_open(&s, &o);
    if (rc)
        return rc;
    if (start)
        s.game.clock_offset = start - (int64_t)time(NULL);
    for (int i = 0; i < nquiz; i++)
        s.game.quiz_dirs[s.game.nquiz_dirs++] = quiz_dirs[i];
    if (record && !(s.app.recorder = input_record_open(record, "trigger-trainer input recording v1")))
        fprintf(stderr, "trigger-trainer: cannot record to '%s'; playing on without recording\n", record);
    app_push(&s.app, scene_title_new(&s.game));
    if (replay)
        rc = run_replay(&s, replay, out);
    else
        app_run(&s.app);
    input_record_close(s.app.recorder);
    s.app.recorder = NULL;
    session_close(&s);
    return rc;
}
