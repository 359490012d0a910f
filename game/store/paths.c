/* paths: the default data folder, computed the same way by every part of the game. */
#include "store/paths.h"

#include <stdio.h>
#include <string.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

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

const char *paths_installed(const char *env_var, const char *leaf, const char *tree_path, char *buf,
                            size_t len)
{
    const char *env = getenv(env_var);
    if (env && *env) {
        snprintf(buf, len, "%s/%s", env, leaf);
        return buf;
    }
    char exe[4096];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n > 0) {
        exe[n] = 0;
        char *slash = strrchr(exe, '/');
        struct stat st;
        if (slash) {
            *slash = 0;
            snprintf(buf, len, "%s/../%s", exe, tree_path);
            if (stat(buf, &st) == 0 && S_ISDIR(st.st_mode))
                return buf;
        }
    }
    const char *src = getenv("TT_SOURCE_DIR");
    snprintf(buf, len, "%s/%s", src && *src ? src : TT_SOURCE_DIR, tree_path);
    return buf;
}

const char *paths_quizzes_builtin(void)
{
    static char buf[4200];
    return paths_installed("TT_SCRIPTS", "quizzes", "scripts/quizzes", buf, sizeof buf);
}

const char *paths_quizzes_user(void)
{
    static char buf[4200];
    snprintf(buf, sizeof buf, "%s/quizzes", paths_data_dir());
    return buf;
}
