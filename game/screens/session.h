/* session: opening and closing everything a window-backed run needs (platform, fonts,
 * game context, app) so that the game, `shot` and `bench` start the same way. */
#ifndef SESSION_H
#define SESSION_H

#include "screens/game.h"

typedef struct Session {
    Platform *platform;
    App app;
    Game game;
} Session;

typedef struct SessionOptions {
    int width, height;
    float scale;                 /* headless pixel scale */
    bool headless, fullscreen;
    const char *data_dir;        /* NULL: the default */
} SessionOptions;

/* Returns 0, or prints a clear message and returns the exit status to use. */
int session_open(Session *s, const SessionOptions *o);
void session_close(Session *s);
/* Parses "WxH" (each 200..8192). */
bool session_parse_size(const char *text, int *w, int *h);

#endif
