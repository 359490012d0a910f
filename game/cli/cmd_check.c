/* cmd_check: `trigger-trainer check [--atlas DIR] FILE...` validates quiz scripts against
 * the atlas the way the game loads them (all files together, so duplicate ids show) and
 * prints every problem as "file:line: message". Exit 0 when every file is valid, 1 when
 * not (or the atlas does not load), 2 for usage errors. */
#include "cli/cli.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "body/atlas.h"
#include "quiz/quiz.h"

int cmd_check(int argc, char **argv)
{
    const char *atlas_dir = NULL;
    const char **files = calloc((size_t)argc, sizeof *files);
    int nfiles = 0;
    bool quiet = false;
    if (!files) return 1;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--atlas")) {
            if (++i >= argc) { free(files); return cli_usage_error("check: --atlas needs a directory"); }
            atlas_dir = argv[i];
        } else if (!strcmp(argv[i], "--quiet") || !strcmp(argv[i], "-q")) {
            quiet = true;
        } else if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h")) {
            printf("usage: trigger-trainer check [--atlas DIR] [--quiet] FILE...\n"
                   "Validates quiz scripts; prints file:line: message for every problem.\n"
                   "Exit status: 0 all valid, 1 problems found, 2 usage error.\n");
            free(files);
            return 0;
        } else if (argv[i][0] == '-' && argv[i][1]) {
            free(files);
            return cli_usage_error("check: unknown option '%s'", argv[i]);
        } else {
            files[nfiles++] = argv[i];
        }
    }
    if (nfiles == 0) {
        free(files);
        return cli_usage_error("check: name at least one quiz file");
    }
    char err[1024] = "";
    if (!atlas_dir) atlas_dir = atlas_default_dir();
    Atlas *atlas = atlas_load(atlas_dir, err, sizeof err);
    if (!atlas) {
        fprintf(stderr, "trigger-trainer: the atlas does not load (%s): %s\n", atlas_dir, err);
        free(files);
        return 1;
    }
    QuizErrors errors = {0};
    QuizSet *set = quiz_set_load(atlas, files, nfiles, &errors);
    for (int i = 0; i < errors.count; i++) printf("%s\n", errors.items[i]);
    int status = errors.count || !set ? 1 : 0;
    if (set && !errors.count && quiz_set_count(set) == 0) {   /* e.g. only folders without *.lua */
        fprintf(stderr, "trigger-trainer: check: no quiz found in %s%s\n", files[0], nfiles > 1 ? " ..." : "");
        status = 1;
    }
    if (set && !quiet) {
        for (int i = 0; i < quiz_set_count(set); i++) {
            const Quiz *q = quiz_set_at(set, i);
            char questions[32], mark[32] = "";
            if (q->generated) snprintf(questions, sizeof questions, "generated questions");
            else snprintf(questions, sizeof questions, "%d question%s", q->nquestions, q->nquestions == 1 ? "" : "s");
            if (q->pass_mark >= 0) snprintf(mark, sizeof mark, ", pass mark %d%%", q->pass_mark);
            fprintf(stderr, "%s: ok: quiz '%s' (%s%s)\n", q->file, q->id, questions, mark);
        }
    }
    quiz_set_unload(set);
    quiz_errors_free(&errors);
    atlas_unload(atlas);
    free(files);
    return status;
}
