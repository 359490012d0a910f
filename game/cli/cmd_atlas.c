/* cmd_atlas: `trigger-trainer atlas [--json | --list [--trps ...]] [--dir DIR]`: loads the
 * atlas and writes it whole as one JSON document, or a table with one muscle a line, or
 * (--trps) one trigger point a line with the number `trp = n` takes and the areas its pain
 * covers: what atlas.trigger_points { } gives a quiz, with the same filters. A load error
 * prints every message and exits 1; a bad option prints the usage and exits 2. */
#include "cli/cli.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "body/atlas.h"
#include "body/atlas_json.h"
#include "body/trp_areas.h"

#define ATLAS_ERR_BYTES 65536

static void print_help(void)
{
    printf("usage: trigger-trainer atlas [--json | --list [--trps [FILTERS]]] [--dir DIR]\n"
           "  --list     one muscle a line: id, region, trigger points, views (the default)\n"
           "  --trps     with --list: one trigger point a line: muscle, the number trp = n takes, id,\n"
           "             name, frequency, views, the areas of its pain (essential; spillover)\n"
           "             filters, as atlas.trigger_points { } in a quiz: --muscle ID, --region R,\n"
           "             --area WORD (e.g. knee), --view V, --frequency F\n"
           "  --json     the whole atlas in body space (cm) as one JSON document\n"
           "  --dir DIR  load the atlas folder DIR instead of %s\n",
           atlas_default_dir());
}

typedef struct TrpArgs { bool on; const char *muscle, *region, *area, *view, *frequency; } TrpArgs;

static void join_areas(const AtlasArea *const *areas, int n, char *buf, size_t len)
{
    buf[0] = 0;
    for (int i = 0; i < n; i++) {
        size_t used = strlen(buf);
        snprintf(buf + used, len - used, "%s%s", i ? ", " : "", trp_area_word(areas[i]));
    }
}

/* --list --trps: the filters checked as the Lua API checks them; 2 for a bad one. */
static int print_trps(const Atlas *a, const TrpArgs *ta)
{
    TrpFilter f = TRP_FILTER_ANY;
    if (ta->muscle && !(f.muscle = atlas_muscle(a, ta->muscle)))
        return cli_usage_error("atlas: unknown muscle '%s'%s%s%s", ta->muscle,
                               atlas_suggest_muscle(a, ta->muscle) ? " (did you mean '" : "",
                               atlas_suggest_muscle(a, ta->muscle) ? atlas_suggest_muscle(a, ta->muscle) : "",
                               atlas_suggest_muscle(a, ta->muscle) ? "'?)" : "");
    if ((f.region = ta->region)) {
        bool known = false;
        for (int i = 0; i < a->nregions; i++) known |= !strcmp(a->regions[i], f.region);
        if (!known) return cli_usage_error("atlas: unknown region '%s'", f.region);
    }
    View v;
    if (ta->view && !atlas_view_parse(ta->view, &v)) return cli_usage_error("atlas: unknown view '%s'", ta->view);
    if (ta->view) f.view = (int)v;
    if (ta->frequency && (f.frequency = atlas_word_parse(ATLAS_WORDS_FREQUENCY, ta->frequency)) < 0)
        return cli_usage_error("atlas: unknown frequency '%s' (common, occasional, rare)", ta->frequency);
    if ((f.area = ta->area) && !trp_area_known(a, f.area))
        return cli_usage_error("atlas: no area is named '%s'", f.area);
    TrpAreas *areas = trp_areas_new(a);
    if (!areas) {
        fprintf(stderr, "trigger-trainer: out of memory\n");
        return 1;
    }
    printf("%-28s %3s  %-30s %-14s %-10s %-28s %s\n", "muscle", "trp", "id", "name", "frequency", "views",
           "pain: essential areas; spillover areas");
    int n = 0;
    for (int i = 0; i < a->nmuscles; i++)
        for (int k = 0; k < a->muscles[i].ntrps; k++) {
            if (!trp_filter_match(areas, a, i, k, &f)) continue;
            const AtlasMuscle *m = &a->muscles[i];
            const AtlasTrp *t = &m->trps[k];
            char views[128] = "", ess[1024], spill[1024];
            for (int w = 0; w < VIEW_COUNT; w++)
                if (t->has_at[SIDE_RIGHT][w] || t->has_at[SIDE_LEFT][w]) {
                    strncat(views, *views ? "," : "", sizeof views - strlen(views) - 1);
                    strncat(views, atlas_view_name((View)w), sizeof views - strlen(views) - 1);
                }
            const TrpAreaList *l = trp_areas_of(areas, i, k);
            join_areas(l->essential, l->nessential, ess, sizeof ess);
            join_areas(l->spillover, l->nspillover, spill, sizeof spill);
            printf("%-28s %3d  %-30s %-14s %-10s %-28s %s%s%s\n", m->id, k + 1, t->id, t->name ? t->name : "",
                   atlas_frequency_name(t->frequency), views, ess, *spill ? "; " : "", spill);
            n++;
        }
    printf("%d trigger point%s\n", n, n == 1 ? "" : "s");
    trp_areas_free(areas);
    return 0;
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
    TrpArgs ta = {0};
    for (int i = 1; i < argc; i++) {
        const char **trp_value = !strcmp(argv[i], "--muscle") ? &ta.muscle : !strcmp(argv[i], "--region") ? &ta.region
                                 : !strcmp(argv[i], "--area") ? &ta.area : !strcmp(argv[i], "--view") ? &ta.view
                                 : !strcmp(argv[i], "--frequency") ? &ta.frequency : NULL;
        if (trp_value) {
            if (i + 1 >= argc) return cli_usage_error("atlas: %s needs a value", argv[i]);
            *trp_value = argv[++i];
        } else if (!strcmp(argv[i], "--trps"))
            ta.on = true;
        else if (!strcmp(argv[i], "--json"))
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
    if (json && ta.on)
        return cli_usage_error("atlas: --trps goes with --list, not --json");
    if (!ta.on && (ta.muscle || ta.region || ta.area || ta.view || ta.frequency))
        return cli_usage_error("atlas: --muscle, --region, --area, --view and --frequency filter --list --trps");
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
    } else if (ta.on) {
        status = print_trps(a, &ta);
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
