/* cli: dispatches `trigger-trainer COMMAND ...` to the cmd_* functions and prints usage.
 * No command starts the game. */
#include "cli/cli.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

typedef struct Command {
    const char *name;
    int (*run)(int argc, char **argv);
    const char *args, *summary;
} Command;

static const Command commands[] = {
    {"check",  cmd_check,  "FILE...",            "validate quiz scripts (file:line: message)"},
    {"play",   cmd_play,   "QUIZ --stdio",       "play a quiz over a JSON-lines protocol"},
    {"atlas",  cmd_atlas,  "--json | --list",    "the whole atlas in body space"},
    {"shot",   cmd_shot,   "SCENE --out F.png",  "render one scene headless (--list for scenes)"},
    {"scores", cmd_scores, "[--csv | --export F]", "saved results (--player, --quiz, --since)"},
    {"report", cmd_report, "--out DIR FILE...", "a class report from students' score files"},
    {"bench",  cmd_bench,  "[--json] [--quick]", "performance figures (--size WxH --frames N)"},
};

static void print_usage(FILE *f)
{
    fprintf(f, "usage: trigger-trainer [COMMAND] [OPTIONS]\n\n"
               "  trigger-trainer %-22s start the game\n", "");
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++) {
        char head[64];
        snprintf(head, sizeof head, "%s %s", commands[i].name, commands[i].args);
        fprintf(f, "  trigger-trainer %-22s %s\n", head, commands[i].summary);
    }
    fprintf(f, "\nOptions for the game: --data-dir DIR, --quiz-dir DIR, --size WxH, --fullscreen\n"
               "  --help     this text\n  --version  the version\n");
}

int cli_usage_error(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fprintf(stderr, "trigger-trainer: ");
    vfprintf(stderr, fmt, ap);
    fprintf(stderr, "\n\n");
    va_end(ap);
    print_usage(stderr);
    return 2;
}

int cli_main(int argc, char **argv)
{
    if (argc >= 2 && (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h") || !strcmp(argv[1], "help"))) {
        print_usage(stdout);
        return 0;
    }
    if (argc >= 2 && !strcmp(argv[1], "--version")) {
        printf("trigger-trainer %s\n", TT_VERSION);
        return 0;
    }
    if (argc < 2 || argv[1][0] == '-')
        return cmd_game(argc, argv);
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
        if (!strcmp(argv[1], commands[i].name))
            return commands[i].run(argc - 1, argv + 1);
    return cli_usage_error("unknown command '%s'", argv[1]);
}
