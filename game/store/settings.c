/* settings: the player's preferences in DATA_DIR/settings.conf, "key = value" lines.
 * Unknown keys and bad values are ignored (defaults kept) so a hand-edited file never
 * stops the game; saving writes a temporary file and renames it over the old one. */
#include "store/settings.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static void path_of(char *out, size_t len, const char *dir)
{
    snprintf(out, len, "%s/settings.conf", dir);
}

bool settings_load(Settings *s, const char *data_dir)
{
    char path[1200], line[256];
    path_of(path, sizeof path, data_dir);
    FILE *f = fopen(path, "r");
    if (!f)
        return false;
    while (fgets(line, sizeof line, f)) {
        char key[64], val[128];
        if (sscanf(line, " %63[a-z_] = %127[^\n]", key, val) != 2)
            continue;
        if (!strcmp(key, "fullscreen")) s->fullscreen = !strcmp(val, "true");
        else if (!strcmp(key, "colorblind")) s->colorblind = !strcmp(val, "true");
        else if (!strcmp(key, "ui_scale")) {
            float v = strtof(val, NULL);
            if (v >= 0.75f && v <= 2.0f) s->ui_scale = v;
        } else if (!strcmp(key, "difficulty")) {
            int v = atoi(val);
            if (v >= 0 && v <= 2) s->difficulty = v;
        } else if (!strcmp(key, "player"))
            snprintf(s->player, sizeof s->player, "%.63s", val);
    }
    fclose(f);
    return true;
}

bool settings_save(const Settings *s, const char *data_dir)
{
    char path[1200], tmp[1300];
    if (mkdir(data_dir, 0700) != 0 && errno != EEXIST)
        return false;
    path_of(path, sizeof path, data_dir);
    snprintf(tmp, sizeof tmp, "%s.tmp", path);
    FILE *f = fopen(tmp, "w");
    if (!f)
        return false;
    fprintf(f, "# Trigger Trainer settings\nfullscreen = %s\nui_scale = %.2f\ncolorblind = %s\n"
               "difficulty = %d\nplayer = %s\n",
            s->fullscreen ? "true" : "false", s->ui_scale, s->colorblind ? "true" : "false",
            s->difficulty, s->player);
    bool ok = fflush(f) == 0;
    ok = (fclose(f) == 0) && ok;
    if (!ok || rename(tmp, path) != 0) {
        remove(tmp);
        return false;
    }
    return true;
}
