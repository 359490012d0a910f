/* cmd_check: `trigger-trainer check [--atlas DIR] [--quiet] FILE...` validates quiz scripts the
 * way the game loads them (all files together, so duplicate ids show), then plays every quiz
 * that loads (quiz/check.h: rounds for several seeds and players, every hook run with every
 * kind of answer) and compares its id with the built-in quizzes and the player's folder.
 * Problems go to stdout as "file:line: message", warnings as "file:line: warning: ...", in
 * file and line order; ctx.log lines of a first round as "file:line: log: ..." (not with
 * --quiet); an ok line per good quiz to stderr. Exit 0 when there is no error (warnings
 * allowed), 1 when there is one (or the atlas does not load), 2 for usage errors. */
#include "cli/cli.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "body/atlas.h"
#include "quiz/check.h"
#include "quiz/explain.h"
#include "quiz/quiz.h"
#include "store/paths.h"

typedef struct CheckArgs {
    const char *atlas_dir;
    const char **files; int nfiles;
    bool quiet;
    int seeds;
} CheckArgs;

static int parse_args(int argc, char **argv, CheckArgs *a)
{
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--atlas")) {
            if (++i >= argc) return cli_usage_error("check: --atlas needs a directory");
            a->atlas_dir = argv[i];
        } else if (!strcmp(argv[i], "--seeds")) {
            char *end;
            if (++i >= argc || (a->seeds = (int)strtol(argv[i], &end, 10)) < 1 || a->seeds > 100 || *end)
                return cli_usage_error("check: --seeds needs a whole number from 1 to 100");
        } else if (!strcmp(argv[i], "--quiet") || !strcmp(argv[i], "-q")) {
            a->quiet = true;
        } else if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h")) {
            printf("usage: trigger-trainer check [--atlas DIR] [--seeds N] [--quiet] FILE...\n"
                   "Loads quiz scripts, then plays each one: rounds for N seeds (default %d) and two players,\n"
                   "every question answered right, wrong, half right, skipped, on the wrong side and out of\n"
                   "time, with the quiz's hooks (at most %.0f s per quiz). Prints file:line: message for every\n"
                   "problem, file:line: warning: ... for what a round silently does, and the ctx.log lines of\n"
                   "a first round (not with --quiet).\n"
                   "Exit status: 0 no errors (warnings allowed), 1 errors found, 2 usage error.\n",
                   CHECK_SEEDS, CHECK_SECONDS);
            return -1;
        } else if (argv[i][0] == '-' && argv[i][1]) {
            return cli_usage_error("check: unknown option '%s'", argv[i]);
        } else {
            a->files[a->nfiles++] = argv[i];
        }
    }
    if (a->nfiles == 0) return cli_usage_error("check: name at least one quiz file");
    return 0;
}

/* Sorts messages by file (in order of first appearance) and line, keeping the order of
 * messages on the same line. */
static void sort_messages(QuizErrors *m)
{
    int n = m->count;
    int *file = calloc((size_t)(n > 0 ? n : 1), sizeof *file), *line = calloc((size_t)(n > 0 ? n : 1), sizeof *line);
    if (!file || !line) { free(file); free(line); return; }
    for (int i = 0; i < n; i++) {
        size_t flen = 0;
        const char *text;
        if (!explain_split(m->items[i], &flen, &line[i], &text)) line[i] = 0;
        file[i] = i;
        for (int j = 0; j < i; j++)
            if (!strncmp(m->items[j], m->items[i], flen) && m->items[j][flen] == ':') { file[i] = file[j]; break; }
    }
    for (int i = 1; i < n; i++)   /* insertion sort: stable */
        for (int j = i; j > 0 && (file[j - 1] > file[j] || (file[j - 1] == file[j] && line[j - 1] > line[j])); j--) {
            char *t = m->items[j]; m->items[j] = m->items[j - 1]; m->items[j - 1] = t;
            int f = file[j]; file[j] = file[j - 1]; file[j - 1] = f;
            int l = line[j]; line[j] = line[j - 1]; line[j - 1] = l;
        }
    free(file);
    free(line);
}

static void append_all(QuizErrors *to, const QuizErrors *from)
{
    for (int i = 0; i < from->count; i++) quiz_errors_add(to, "%s", from->items[i]);
}

/* Quizzes of other folders the game loads with these files: the built-in ones (a clash is an
 * error) and the player's folder (a warning: a copy of the same quiz is often there). */
static void check_ids(const Atlas *atlas, const QuizSet *set, QuizErrors *errors, QuizErrors *warnings)
{
    const char *folders[2] = {paths_quizzes_builtin(), paths_quizzes_user()};
    for (int k = 0; k < 2; k++) {
        QuizErrors ignored = {0}, found = {0};
        QuizSet *other = quiz_set_load(atlas, &folders[k], 1, &ignored);
        if (other) check_id_clashes(set, other, k == 0 ? "the built-in quiz" : "the quiz in your folder", &found);
        for (int i = 0; i < found.count; i++) {
            if (k == 0) quiz_errors_add(errors, "%s", found.items[i]);
            else {   /* "file:line: quiz id ..." -> "file:line: warning: quiz id ..." */
                size_t flen;
                int line;
                const char *text;
                if (explain_split(found.items[i], &flen, &line, &text))
                    quiz_errors_add(warnings, "%.*s:%d: warning: %s", (int)flen, found.items[i], line, text);
            }
        }
        quiz_errors_free(&found);
        quiz_errors_free(&ignored);
        quiz_set_unload(other);
    }
}

int cmd_check(int argc, char **argv)
{
    CheckArgs a = {.files = calloc((size_t)argc, sizeof *a.files)};
    if (!a.files) return 1;
    int rc = parse_args(argc, argv, &a);
    if (rc) {
        free(a.files);
        return rc < 0 ? 0 : rc;
    }
    char err[1024] = "";
    const char *atlas_dir = a.atlas_dir ? a.atlas_dir : atlas_default_dir();
    Atlas *atlas = atlas_load(atlas_dir, err, sizeof err);
    if (!atlas) {
        fprintf(stderr, "trigger-trainer: the atlas does not load (%s): %s\n", atlas_dir, err);
        free(a.files);
        return 1;
    }
    QuizErrors errors = {0}, warnings = {0}, logs = {0};
    QuizSet *set = quiz_set_load(atlas, a.files, a.nfiles, &errors);
    int status = errors.count || !set ? 1 : 0;
    if (set && !errors.count && quiz_set_count(set) == 0) {   /* e.g. only folders without *.lua */
        fprintf(stderr, "trigger-trainer: check: no quiz found in %s%s\n", a.files[0], a.nfiles > 1 ? " ..." : "");
        status = 1;
    }
    if (set) check_ids(atlas, set, &errors, &warnings);
    int rounds = 0;
    for (int i = 0; set && i < quiz_set_count(set); i++) {
        const Quiz *q = quiz_set_at(set, i);
        CheckReport rep = {0};
        check_quiz(q, &(CheckOptions){.seeds = a.seeds, .logs = !a.quiet}, &rep);
        rounds += rep.rounds;
        append_all(&errors, &rep.errors);
        append_all(&warnings, &rep.warnings);
        append_all(&logs, &rep.logs);
        if (rep.stopped)
            fprintf(stderr, "%s: note: check stopped playing quiz '%s' after %.0f s (%d rounds played)\n", q->file,
                    q->id, CHECK_SECONDS, rep.rounds);
        if (!rep.errors.count && !a.quiet) {
            char questions[64], mark[32] = "";
            if (q->generated) snprintf(questions, sizeof questions, "generated questions");
            else if (q->count > 0 && q->count < q->nquestions)
                snprintf(questions, sizeof questions, "%d questions, %d per round", q->nquestions, q->count);
            else snprintf(questions, sizeof questions, "%d question%s", q->nquestions, q->nquestions == 1 ? "" : "s");
            if (q->pass_mark >= 0) snprintf(mark, sizeof mark, ", pass mark %d%%", q->pass_mark);
            fprintf(stderr, "%s: ok: quiz '%s' (%s%s), played %d rounds\n", q->file, q->id, questions, mark,
                    rep.rounds);
        }
        check_report_free(&rep);
    }
    if (errors.count) status = 1;
    int nerrors = errors.count;
    append_all(&errors, &warnings);
    sort_messages(&errors);
    for (int i = 0; i < errors.count; i++) printf("%s\n", errors.items[i]);
    if (!a.quiet)
        for (int i = 0; i < logs.count; i++) printf("%s\n", logs.items[i]);
    if (!a.quiet && (nerrors || warnings.count))
        fprintf(stderr, "trigger-trainer: check: %d error%s, %d warning%s (%d rounds played)\n", nerrors,
                nerrors == 1 ? "" : "s", warnings.count, warnings.count == 1 ? "" : "s", rounds);
    quiz_set_unload(set);
    quiz_errors_free(&errors);
    quiz_errors_free(&warnings);
    quiz_errors_free(&logs);
    atlas_unload(atlas);
    free(a.files);
    return status;
}
