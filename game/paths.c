/* paths: the default data folder, computed the same way by every part of the game. */
#include "paths.h"

#include <stdio.h>
#include <stdlib.h>

const char *paths_data_dir(void)
{
    static char buf[4096];
    const char *xdg = getenv("XDG_DATA_HOME");
    const char *home = getenv("HOME");
    if (xdg && xdg[0] == '/')
        snprintf(buf, sizeof buf, "%s/trigger-trainer", xdg);
    else if (home && home[0])
        snprintf(buf, sizeof buf, "%s/.local/share/trigger-trainer", home);
    else
        snprintf(buf, sizeof buf, "./trigger-trainer-data");
    return buf;
}
