/* cli: the command line of design.md section 7. Each command lives in game/cli/cmd_NAME.c (bench and shot in game/tools/)
 * as `int cmd_NAME(int argc, char **argv)` where argv[0] is the command name; it returns
 * the process exit status (0 ok, 1 failure, 2 usage error). */
#ifndef CLI_H
#define CLI_H

int cli_main(int argc, char **argv);
int cli_usage_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));  /* prints, returns 2 */

/* `--now WHEN`: YYYY-MM-DD or YYYY-MM-DDTHH:MM (local time) or Unix seconds, the time a
 * run starts at (the game's and play's clock then runs on from it): days of review
 * simulated without waiting for them. False when the text is none of these. */
#include <stdbool.h>
#include <stdint.h>
bool cli_parse_when(const char *text, int64_t *out);

int cmd_game(int argc, char **argv);
int cmd_shot(int argc, char **argv);
int cmd_check(int argc, char **argv);
int cmd_play(int argc, char **argv);
int cmd_atlas(int argc, char **argv);
int cmd_scores(int argc, char **argv);
int cmd_report(int argc, char **argv);
int cmd_bench(int argc, char **argv);

#endif
