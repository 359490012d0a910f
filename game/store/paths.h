/* paths: where the game keeps and finds things, in one place: the data folder (scores,
 * settings, the player's own quizzes) and the files installed beside the binary (the
 * atlas, the built-in quizzes). */
#ifndef PATHS_H
#define PATHS_H

#include <stddef.h>

/* $XDG_DATA_HOME/trigger-trainer (an absolute XDG_DATA_HOME only, as the XDG spec says),
 * else $HOME/.local/share/trigger-trainer, else ./trigger-trainer-data. Static buffer. */
const char *paths_data_dir(void);

/* Where what is kept between runs goes: the charts' pictures (engine/gfx_cache.c) and the
 * loaded atlas (game/body/atlas_cache.c), each checked against what made it before use:
 * $TT_CACHE_DIR when set (empty: keep none, NULL), else $XDG_CACHE_HOME/trigger-trainer/layers
 * (absolute only), else $HOME/.cache/trigger-trainer/layers, else NULL. Static buffer. */
const char *paths_layer_cache_dir(void);

/* A folder installed with the game: $ENV_VAR/LEAF when that variable is set, else the
 * first that exists of <dir of the executable>/../share/trigger-trainer/LEAF (installed;
 * the install layout sets the relative path) and <dir of the executable>/../TREE_PATH (a
 * build folder in the source tree), else $TT_SOURCE_DIR (or the source tree the binary was
 * built from)/TREE_PATH. Found folders are written without "..". Writes into buf and
 * returns it. Example: paths_installed("TT_ASSETS", "atlas", "assets/atlas", buf, sizeof buf). */
const char *paths_installed(const char *env_var, const char *leaf, const char *tree_path, char *buf,
                            size_t len);

/* The built-in quiz folder: $TT_SCRIPTS/quizzes, else <exe dir>/../scripts/quizzes, else
 * the source tree's scripts/quizzes. Static buffer. */
const char *paths_quizzes_builtin(void);
/* The player's quiz folder: paths_data_dir()/quizzes. Static buffer. */
const char *paths_quizzes_user(void);

#endif
