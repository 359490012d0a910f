/* paths: the default data folder and the installed folders (atlas, built-in quizzes),
 * computed the same way by every part of the game. */
#include "store/paths.h"

#include <limits.h>
#include <stdbool.h>
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

const char *paths_layer_cache_dir(void)
{
    static char buf[4096];
    const char *own = getenv("TT_CACHE_DIR");
    const char *xdg = getenv("XDG_CACHE_HOME");
    const char *home = getenv("HOME");
    if (own)
        snprintf(buf, sizeof buf, "%s", own);
    else if (xdg && xdg[0] == '/')
        snprintf(buf, sizeof buf, "%s/trigger-trainer/layers", xdg);
    else if (home && home[0])
        snprintf(buf, sizeof buf, "%s/.cache/trigger-trainer/layers", home);
    else
        buf[0] = 0;
    return buf[0] ? buf : NULL;
}

/* The installed data folder seen from the folder of the executable (CMakeLists.txt sets it
 * from the install layout: ../share/trigger-trainer for PREFIX/bin and PREFIX/share). */
#ifndef TT_DATA_FROM_BIN
#define TT_DATA_FROM_BIN "../share/trigger-trainer"
#endif

/* buf = BASE/NAME when that is a folder, written without "..": true. */
static bool found_dir(char *buf, size_t len, const char *base, const char *name)
{
    char path[PATH_MAX], real[PATH_MAX];
    int n = snprintf(path, sizeof path, "%s/%s", base, name);
    struct stat st;
    if (n < 0 || (size_t)n >= sizeof path || stat(path, &st) != 0 || !S_ISDIR(st.st_mode))
        return false;
    snprintf(buf, len, "%s", realpath(path, real) ? real : path);
    return true;
}

const char *paths_installed(const char *env_var, const char *leaf, const char *tree_path, char *buf,
                            size_t len)
{
    const char *env = getenv(env_var);
    if (env && *env) {
        snprintf(buf, len, "%s/%s", env, leaf);
        return buf;
    }
    char exe[PATH_MAX], sub[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    char *slash = NULL;
    if (n > 0) {
        exe[n] = 0;
        slash = strrchr(exe, '/');
    }
    if (slash) {
        *slash = 0;
        /* installed: BIN/../share/trigger-trainer/LEAF, wherever the tree was moved */
        snprintf(sub, sizeof sub, "%s/%s", TT_DATA_FROM_BIN, leaf);
        if (found_dir(buf, len, exe, sub))
            return buf;
        /* a build folder inside the source tree: BUILD/../TREE_PATH */
        snprintf(sub, sizeof sub, "../%s", tree_path);
        if (found_dir(buf, len, exe, sub))
            return buf;
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
