/* cmd_report: `trigger-trainer report --out DIR FILE_OR_DATA_DIR...` merges students' score
 * files (from `scores --export`, or their data folders) into DIR/gradebook.csv,
 * DIR/answers.csv and DIR/report.html with its pictures beside it (docs/report.md). The
 * reading and counting is records/report.c, the pictures tools/report_draw.c, the page
 * tools/report_html.c. A file that cannot be read (damaged, foreign, newer) is named on
 * stderr and skipped; the report is still written and the exit status is 1. */
#include "cli/cli.h"
#include "body/atlas.h"
#include "records/report.h"
#include "tools/report_draw.h"
#include "tools/report_html.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

static const char *const usage =
    "usage: trigger-trainer report --out DIR [--quiet] FILE_OR_DATA_DIR...\n"
    "  merges students' score files (trigger-trainer scores --export FILE, or data folders) into\n"
    "  DIR/gradebook.csv, DIR/answers.csv and DIR/report.html with its pictures\n";

/* Progress on stderr for long runs: a line per tenth of the work, once there is enough. */
typedef struct Progress { bool quiet; int last_tenth; char last_what[64]; } Progress;

static void progress(const char *what, int done, int total, void *ud)
{
    Progress *p = ud;
    if (p->quiet || total < 20) return;
    if (strcmp(p->last_what, what)) {
        snprintf(p->last_what, sizeof p->last_what, "%s", what);
        p->last_tenth = 0;
    }
    int tenth = done * 10 / total;
    if (tenth > p->last_tenth) {
        p->last_tenth = tenth;
        fprintf(stderr, "trigger-trainer: report: %s: %d of %d\n", what, done, total);
    }
}

static int mkdir_p(const char *dir)
{
    char buf[4096];
    size_t n = strlen(dir);
    if (n == 0 || n >= sizeof buf) return -1;
    memcpy(buf, dir, n + 1);
    for (size_t i = 1; i <= n; i++)
        if (buf[i] == '/' || buf[i] == '\0') {
            char c = buf[i];
            buf[i] = '\0';
            if (mkdir(buf, 0755) != 0 && errno != EEXIST) return -1;
            buf[i] = c;
        }
    struct stat st;
    return stat(dir, &st) == 0 && S_ISDIR(st.st_mode) ? 0 : -1;
}

static FILE *open_out(const char *dir, const char *name, char *path, size_t len)
{
    snprintf(path, len, "%s/%s", dir, name);
    FILE *f = fopen(path, "w");
    if (!f) fprintf(stderr, "trigger-trainer: report: cannot write %s: %s\n", path, strerror(errno));
    return f;
}

static bool close_out(FILE *f, const char *path)
{
    bool ok = !ferror(f);
    if (fclose(f) != 0) ok = false;
    if (!ok) fprintf(stderr, "trigger-trainer: report: could not write %s\n", path);
    return ok;
}

int cmd_report(int argc, char **argv)
{
    const char *out = NULL;
    Progress prog = {0};
    const char **inputs = calloc((size_t)argc, sizeof *inputs);
    int ninputs = 0;
    if (!inputs) return 1;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--out") && i + 1 < argc) out = argv[++i];
        else if (!strcmp(argv[i], "--quiet") || !strcmp(argv[i], "-q")) prog.quiet = true;
        else if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h")) {
            fputs(usage, stdout);
            free(inputs);
            return 0;
        } else if (argv[i][0] == '-' && argv[i][1]) {
            free(inputs);
            return cli_usage_error("report: unknown option '%s' (or a missing value)", argv[i]);
        } else inputs[ninputs++] = argv[i];
    }
    if (!out || ninputs == 0) {
        free(inputs);
        return cli_usage_error("report needs --out DIR and at least one score file or data folder");
    }
    char err[1024];
    Atlas *atlas = atlas_load(atlas_default_dir(), err, sizeof err);
    if (!atlas) {
        fprintf(stderr, "trigger-trainer: the atlas does not load: %s\n", err);
        free(inputs);
        return 1;
    }
    int status = 1;
    Report *r = report_new(atlas);
    FILE *f = NULL;
    char path[4200];
    if (!r) {
        fprintf(stderr, "trigger-trainer: out of memory\n");
        goto done;
    }
    if (mkdir_p(out) != 0) {
        fprintf(stderr, "trigger-trainer: report: cannot make the folder %s: %s\n", out, strerror(errno));
        goto done;
    }
    r->progress = progress;
    r->progress_ud = &prog;
    for (int i = 0; i < ninputs; i++)
        if (report_add(r, inputs[i]) != 0) goto done;

    /* answers.csv is written as the answers are read */
    if (!(f = open_out(out, "answers.csv", path, sizeof path))) goto done;
    int skipped = report_read(r, f);
    bool ok = close_out(f, path);
    f = NULL;
    if (skipped < 0) {
        fprintf(stderr, "trigger-trainer: out of memory\n");
        goto done;
    }
    for (int i = 0; i < r->nfiles; i++)
        if (!r->files[i].ok) fprintf(stderr, "trigger-trainer: report: skipped %s: it %s\n", r->files[i].path, r->files[i].why);

    if (!(f = open_out(out, "gradebook.csv", path, sizeof path))) goto done;
    ok = report_write_gradebook(r, f) == 0 && ok;
    ok = close_out(f, path) && ok;
    f = NULL;

    int pictures = report_draw(r, out, progress, &prog, err, sizeof err);
    if (pictures < 0) fprintf(stderr, "trigger-trainer: report: pictures: %s\n", err);

    if (!(f = open_out(out, "report.html", path, sizeof path))) goto done;
    ok = report_html_write(r, f, pictures >= 0, (long long)time(NULL)) == 0 && ok;
    ok = close_out(f, path) && ok;
    f = NULL;
    if (!prog.quiet)
        fprintf(stderr, "trigger-trainer: report: %d students, %d rounds, %d answers from %d of %d files -> %s\n",
                r->nstudents, r->nrounds, r->answers, r->nfiles - skipped, r->nfiles, path);
    status = ok && skipped == 0 && pictures >= 0 ? 0 : 1;
done:
    if (f) fclose(f);
    report_free(r);
    atlas_unload(atlas);
    free(inputs);
    return status;
}
