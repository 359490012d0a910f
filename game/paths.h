/* paths: where the game keeps and finds things, in one place: the data folder (scores,
 * settings, the player's own quizzes) and the files installed beside the binary. */
#ifndef PATHS_H
#define PATHS_H

/* $XDG_DATA_HOME/trigger-trainer (an absolute XDG_DATA_HOME only, as the XDG spec says),
 * else $HOME/.local/share/trigger-trainer, else ./trigger-trainer-data. Static buffer. */
const char *paths_data_dir(void);

#endif
