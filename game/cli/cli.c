/* cli: dispatches `trigger-trainer COMMAND ...` to the cmd_* functions and prints usage.
 * No command starts the game. */
#include "cli/cli.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

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
    fprintf(f, "\nOptions for the game: --data-dir DIR, --quiz-dir DIR, --size WxH, --fullscreen,\n"
               "  --now YYYY-MM-DD[THH:MM] (start the clock then: the game and `play` take it)\n"
               "  --help     this text\n  --version  the version\n");
}

bool cli_parse_when(const char *text, int64_t *out)
{
    if (!text || !*text)
        return false;
    char *end;
    long long secs = strtoll(text, &end, 10);
    if (!*end && secs > 0) {
        *out = secs;
        return true;
    }
    struct tm tm = {0};
    int y, mo, d, h = 12, mi = 0;
    char tail;
    int n = sscanf(text, "%4d-%2d-%2dT%2d:%2d%c", &y, &mo, &d, &h, &mi, &tail);
    if (n != 5 && !(n == 3 && strlen(text) == 10))
        return false;
    if (y < 1971 || y > 9999 || mo < 1 || mo > 12 || d < 1 || d > 31 || h < 0 || h > 23 || mi < 0 || mi > 59)
        return false;
    tm.tm_year = y - 1900;
    tm.tm_mon = mo - 1;
    tm.tm_mday = d;
    tm.tm_hour = h;
    tm.tm_min = mi;
    tm.tm_isdst = -1;
    time_t t = mktime(&tm);
    if (t == (time_t)-1 || tm.tm_mday != d)   /* 2026-02-30 is no day */
        return false;
    *out = (int64_t)t;
    return true;
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
