/* cmd_atlas: `trigger-trainer atlas [--json | --list] [--dir DIR]`: loads the atlas and
 * writes it whole as one JSON document, or a table with one muscle a line. A load error
 * prints every message and exits 1; a bad option prints the usage and exits 2. */
#include "cli/cli.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "body/atlas.h"
#include "body/atlas_json.h"

#define ATLAS_ERR_BYTES 65536

static void print_help(void)
{
    printf("usage: trigger-trainer atlas [--json | --list] [--dir DIR]\n"
           "  --list     one muscle a line: id, region, trigger points, views (the default)\n"
           "  --json     the whole atlas in body space (cm) as one JSON document\n"
           "  --dir DIR  load the atlas folder DIR instead of %s\n",
           atlas_default_dir());
}

static void print_list(const Atlas *a)
{
    int ntrps = 0;
    printf("%-30s %-10s %4s  %s\n", "muscle", "region", "trps", "views");
    for (int i = 0; i < a->nmuscles; i++) {
        const AtlasMuscle *m = &a->muscles[i];
        char views[128] = "";
        for (int v = 0; v < VIEW_COUNT; v++) {
            bool shown = m->outline[SIDE_RIGHT][v].count > 0 || atlas_muscle_has_trp_in(m, (View)v, SIDE_RIGHT) ||
                         m->outline[SIDE_LEFT][v].count > 0 || atlas_muscle_has_trp_in(m, (View)v, SIDE_LEFT);
            if (shown) {
                strncat(views, *views ? "," : "", sizeof views - strlen(views) - 1);
                strncat(views, atlas_view_name((View)v), sizeof views - strlen(views) - 1);
            }
        }
        printf("%-30s %-10s %4d  %s\n", m->id, m->region, m->ntrps, views);
        ntrps += m->ntrps;
    }
    printf("%d muscles, %d trigger points, %d areas\n", a->nmuscles, ntrps, a->nareas);
}

int cmd_atlas(int argc, char **argv)
{
    const char *dir = NULL;
    bool json = false, list = false;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--json"))
            json = true;
        else if (!strcmp(argv[i], "--list"))
            list = true;
        else if (!strcmp(argv[i], "--dir") && i + 1 < argc)
            dir = argv[++i];
        else if (!strncmp(argv[i], "--dir=", 6))
            dir = argv[i] + 6;
        else if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h")) {
            print_help();
            return 0;
        } else if (!strcmp(argv[i], "--dir"))
            return cli_usage_error("atlas: --dir needs a folder");
        else
            return cli_usage_error("atlas: unknown option '%s' (use --json, --list or --dir DIR)", argv[i]);
    }
    if (json && list)
        return cli_usage_error("atlas: choose --json or --list, not both");
    if (!dir)
        dir = atlas_default_dir();
    char *err = malloc(ATLAS_ERR_BYTES);
    if (!err) {
        fprintf(stderr, "trigger-trainer: out of memory\n");
        return 1;
    }
    Atlas *a = atlas_load(dir, err, ATLAS_ERR_BYTES);
    if (!a) {
        fprintf(stderr, "trigger-trainer: the atlas in %s does not load:\n%s\n", dir, err);
        free(err);
        return 1;
    }
    free(err);
    int status = 0;
    if (json) {
        json_t *doc = atlas_json(a);
        if (!doc || json_dumpf(doc, stdout, JSON_COMPACT | JSON_REAL_PRECISION(6)) != 0) {
            fprintf(stderr, "trigger-trainer: cannot write the atlas as JSON\n");
            status = 1;
        }
        json_decref(doc);
        fputc('\n', stdout);
    } else {
        print_list(a);
    }
    if (fflush(stdout) != 0 || ferror(stdout)) {
        fprintf(stderr, "trigger-trainer: cannot write to standard output\n");
        status = 1;
    }
    atlas_unload(a);
    return status;
}
