/* test_fairness: is refer scoring fair to honest painting? Over every (trigger point, view)
 * of the real atlas where an essential zone is drawn (the client's right side; the left is
 * its mirror), five paints are scored:
 *   zone     the essential zone itself
 *   brush1   a 1 cm brush (radius, as the game shows it) with its centre on every cell of the zone
 *   brush2   the default brush (2 cm, PAINT_RADIUS_DEFAULT) the same way
 *   half     the upper half of the zone's cells
 *   all      the whole figure in that view
 * Targets (docs/scoring.md, "Is it fair?"): zone >= 90, brush1 >= 80 and brush2 >= 60 each
 * for at least 90 % of them, half within 25-75, all <= 10.
 * `test_fairness --table` prints the summary and the rows below target as Markdown, the
 * table docs/scoring.md shows. */
#include "test.h"
#include "quiz/pattern.h"
#include "quiz/score.h"

#include <stdlib.h>

#define DEFAULT_BRUSH_CM 2.0f        /* the game's PAINT_RADIUS_DEFAULT (screens/paint.h) */

enum { P_ZONE, P_BRUSH1, P_BRUSH2, P_HALF, P_ALL, P_COUNT };
static const char *const paint_names[P_COUNT] = {"zone", "1 cm brush", "default brush", "upper half", "whole view"};

typedef struct Row {
    const AtlasTrp *trp;
    View view;
    float zone_cm2;
    int score[P_COUNT];
} Row;

static Atlas *atlas;

/* Every cell of g as a disc of radius r into out. */
static void brush_over(BodyGrid *out, const BodyGrid *g, float r)
{
    bodygrid_clear(out);
    for (int j = 0; j < BODYGRID_H; j++)
        for (int i = 0; i < BODYGRID_W; i++)
            if (g->cells[j * BODYGRID_W + i])
                bodygrid_fill_disc(out, (Vec2){BODYGRID_X0 + ((float)i + 0.5f) * BODYGRID_CELL,
                                               BODYGRID_Y0 + ((float)j + 0.5f) * BODYGRID_CELL}, r);
}

/* The upper half of g's cells (from the top row down until half are taken). */
static void upper_half(BodyGrid *out, const BodyGrid *g)
{
    int total = bodygrid_count(g), taken = 0;
    bodygrid_clear(out);
    for (int j = BODYGRID_H - 1; j >= 0 && 2 * taken < total; j--)
        for (int i = 0; i < BODYGRID_W && 2 * taken < total; i++)
            if (g->cells[j * BODYGRID_W + i]) {
                out->cells[j * BODYGRID_W + i] = 1;
                taken++;
            }
}

typedef struct Grids { BodyGrid sil, zone, paint; } Grids;

static int measure(Row **rows)
{
    int n = 0, cap = 0;
    Grids *g = calloc(1, sizeof *g);
    PatternAreaMap *map = pattern_area_map_new(atlas);
    for (int v = 0; v < VIEW_COUNT; v++) {
        bodygrid_clear(&g->sil);
        bodygrid_fill_shape(&g->sil, &atlas->views[v].silhouette);
        for (int mi = 0; mi < atlas->nmuscles; mi++)
            for (int ti = 0; ti < atlas->muscles[mi].ntrps; ti++) {
                const AtlasTrp *t = &atlas->muscles[mi].trps[ti];
                if (t->essential[SIDE_RIGHT][v].count == 0) continue;
                bodygrid_clear(&g->zone);
                bodygrid_fill_shape(&g->zone, &t->essential[SIDE_RIGHT][v]);
                bodygrid_and(&g->zone, &g->sil);
                if (bodygrid_count(&g->zone) == 0) continue;
                if (n == cap) {
                    cap = cap ? cap * 2 : 64;
                    *rows = realloc(*rows, (size_t)cap * sizeof **rows);
                }
                Row *r = &(*rows)[n++];
                r->trp = t;
                r->view = (View)v;
                r->zone_cm2 = bodygrid_area_cm2(bodygrid_count(&g->zone));
                for (int p = 0; p < P_COUNT; p++) {
                    switch (p) {
                    case P_ZONE: g->paint = g->zone; break;
                    case P_BRUSH1: brush_over(&g->paint, &g->zone, 1.0f); break;
                    case P_BRUSH2: brush_over(&g->paint, &g->zone, DEFAULT_BRUSH_CM); break;
                    case P_HALF: upper_half(&g->paint, &g->zone); break;
                    default: g->paint = g->sil; break;
                    }
                    ReferPaint one = {(View)v, &g->paint, &g->sil,
                                      pattern_area_owners(map, (View)v, !t->under_arm[SIDE_RIGHT][v])};
                    r->score[p] = score_refer_views(atlas, t, SIDE_RIGHT, &one, 1).score;
                }
            }
    }
    pattern_area_map_free(map);
    free(g);
    return n;
}

static bool meets(int p, int s)
{
    switch (p) {
    case P_ZONE: return s >= 90;
    case P_BRUSH1: return s >= 80;
    case P_BRUSH2: return s >= 60;
    case P_HALF: return s >= 25 && s <= 75;
    default: return s <= 10;
    }
}

/* share of rows each paint must meet its target for */
static const double required[P_COUNT] = {1.0, 0.9, 0.9, 1.0, 1.0};
static const char *const target_words[P_COUNT] = {"≥ 90", "≥ 80", "≥ 60", "25–75", "≤ 10"};

static int cmp_int(const void *a, const void *b)
{
    return *(const int *)a - *(const int *)b;
}

static void print_table(const Row *rows, int n)
{
    printf("| paint | target | meets it | lowest | median | highest |\n|---|---|---|---|---|---|\n");
    int *s = malloc(sizeof *s * (size_t)(n ? n : 1));
    for (int p = 0; p < P_COUNT; p++) {
        int ok = 0;
        for (int i = 0; i < n; i++) {
            s[i] = rows[i].score[p];
            ok += meets(p, s[i]);
        }
        qsort(s, (size_t)n, sizeof *s, cmp_int);
        printf("| %s | %s | %d of %d (%.0f %%) | %d | %d | %d |\n", paint_names[p], target_words[p], ok, n,
               100.0 * ok / (n ? n : 1), n ? s[0] : 0, n ? s[n / 2] : 0, n ? s[n - 1] : 0);
    }
    free(s);
    int nbelow = 0;
    for (int i = 0; i < n; i++) {
        bool below = false;
        for (int p = 0; p < P_COUNT; p++) below |= !meets(p, rows[i].score[p]);
        if (!below) continue;
        if (nbelow++ == 0)
            printf("\nBelow a target:\n\n| trigger point | view | zone cm² | zone | 1 cm | default | half | all |\n"
                   "|---|---|---|---|---|---|---|---|\n");
        printf("| %s | %s | %.1f | %d | %d | %d | %d | %d |\n", rows[i].trp->id, atlas_view_name(rows[i].view),
               (double)rows[i].zone_cm2, rows[i].score[P_ZONE], rows[i].score[P_BRUSH1], rows[i].score[P_BRUSH2],
               rows[i].score[P_HALF], rows[i].score[P_ALL]);
    }
    if (!nbelow) printf("\nEvery (trigger point, view) meets every target.\n");
}

int main(int argc, char **argv)
{
    char err[1024];
    atlas = atlas_load(atlas_default_dir(), err, sizeof err);
    if (!atlas) {
        fprintf(stderr, "atlas: %s\n", err);
        return 1;
    }
    Row *rows = NULL;
    int n = measure(&rows);
    CHECK(n > 100);
    if (argc > 1 && !strcmp(argv[1], "--table")) {
        print_table(rows, n);
    } else {
        for (int p = 0; p < P_COUNT; p++) {
            int ok = 0;
            for (int i = 0; i < n; i++) {
                if (meets(p, rows[i].score[p])) ok++;
                else if (required[p] >= 1.0)
                    CHECK_MSG(false, "%s in %s, %s: %d (target %s)", rows[i].trp->id, atlas_view_name(rows[i].view),
                              paint_names[p], rows[i].score[p], target_words[p]);
            }
            CHECK_MSG(ok >= required[p] * n, "%s meets %s for %d of %d (%.0f %%, needs %.0f %%)", paint_names[p],
                      target_words[p], ok, n, 100.0 * ok / n, 100 * required[p]);
        }
        printf("%d rows; %d checks, %d failed\n", n, test_checks_, test_failures_);
    }
    free(rows);
    atlas_unload(atlas);
    return test_failures_ ? 1 : 0;
}
