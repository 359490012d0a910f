/* settings: the player's preferences (DATA_DIR/settings.conf): window, interface scale,
 * palette, difficulty and the last player. Plain C, no window. */
#ifndef SETTINGS_H
#define SETTINGS_H

#include <stdbool.h>

typedef struct Settings {
    bool fullscreen;
    float ui_scale;          /* 0.75 .. 2 */
    bool colorblind;         /* a palette that does not rely on red/green */
    int difficulty;          /* 0 outlines+landmarks, 1 landmarks only, 2 bare silhouette */
    char player[64];         /* last player */
} Settings;

bool settings_load(Settings *s, const char *data_dir);   /* defaults kept for what is missing */
bool settings_save(const Settings *s, const char *data_dir);

#endif
