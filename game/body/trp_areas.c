/* trp_areas: the areas of every trigger point's zones (see trp_areas.h). Per view, each
 * area's cells inside the silhouette are listed once; each zone is rasterised once and the
 * lists are counted against it, so the whole atlas costs a few hundred rasterisations. */
#include "body/trp_areas.h"

#include <ctype.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "body/atlas_json.h"
#include "body/bodygrid.h"

struct TrpAreas {
    int *first;                       /* first[m]: index of muscle m's first trigger point */
    TrpAreaList *lists; int n;
};

typedef struct AreaCells { const AtlasArea *area; int *cells; int n; } AreaCells;

static bool list_add(const AtlasArea ***list, int *n, const AtlasArea *a)
{
    for (int i = 0; i < *n; i++)
        if ((*list)[i] == a) return true;
    const AtlasArea **l = realloc(*list, (size_t)(*n + 1) * sizeof *l);
    if (!l) return false;
    l[(*n)++] = a;
    *list = l;
    return true;
}

static bool in_list(const AtlasArea *const *list, int n, const AtlasArea *a)
{
    for (int i = 0; i < n; i++)
        if (list[i] == a) return true;
    return false;
}

/* The cells of each right-side or midline area of view v inside the silhouette. */
static AreaCells *area_cells(const Atlas *a, View v, const BodyGrid *sil, BodyGrid *tmp, int *count)
{
    AreaCells *out = calloc((size_t)(a->nareas > 0 ? a->nareas : 1), sizeof *out);
    *count = 0;
    if (!out) return NULL;
    for (int k = 0; k < a->nareas; k++) {
        const AtlasArea *ar = &a->areas[k];
        if (ar->shape[v].count == 0 || (!ar->midline && ar->side != SIDE_RIGHT)) continue;
        bodygrid_clear(tmp);
        bodygrid_fill_shape(tmp, &ar->shape[v]);
        bodygrid_and(tmp, sil);
        int n = bodygrid_count(tmp);
        AreaCells *ac = &out[(*count)++];
        ac->area = ar;
        ac->cells = malloc((size_t)(n > 0 ? n : 1) * sizeof *ac->cells);
        if (!ac->cells) continue;
        for (int c = 0; c < BODYGRID_W * BODYGRID_H; c++)
            if (tmp->cells[c]) ac->cells[ac->n++] = c;
    }
    return out;
}

/* Adds to *list the areas that zone s covers (at least min cells), except those in skip. */
static bool zone_areas(const Shape *s, const AreaCells *ac, int nac, BodyGrid *zone, int min,
                       const AtlasArea ***list, int *n, const AtlasArea *const *skip, int nskip)
{
    if (s->count == 0) return true;
    bodygrid_clear(zone);
    bodygrid_fill_shape(zone, s);
    for (int k = 0; k < nac; k++) {
        int hit = 0;
        for (int i = 0; i < ac[k].n && hit < min; i++) hit += zone->cells[ac[k].cells[i]];
        if (hit >= min && !in_list(skip, nskip, ac[k].area) && !list_add(list, n, ac[k].area)) return false;
    }
    return true;
}

TrpAreas *trp_areas_new(const Atlas *a)
{
    TrpAreas *t = calloc(1, sizeof *t);
    BodyGrid *g = malloc(3 * sizeof *g);   /* silhouette, scratch, zone */
    if (!t || !g || !(t->first = calloc((size_t)a->nmuscles + 1, sizeof *t->first))) goto fail;
    for (int m = 0; m < a->nmuscles; m++) t->first[m + 1] = t->first[m] + a->muscles[m].ntrps;
    t->n = t->first[a->nmuscles];
    if (!(t->lists = calloc((size_t)(t->n > 0 ? t->n : 1), sizeof *t->lists))) goto fail;
    int min = (int)ceilf(ATLAS_JSON_MIN_OVERLAP_CM2 / (BODYGRID_CELL * BODYGRID_CELL));
    for (int pass = 0; pass < 2; pass++)   /* essential areas in every view first, then spillover */
        for (int v = 0; v < VIEW_COUNT; v++) {
            bodygrid_clear(&g[0]);
            bodygrid_fill_shape(&g[0], &a->views[v].silhouette);
            int nac;
            AreaCells *ac = area_cells(a, (View)v, &g[0], &g[1], &nac);
            bool ok = ac != NULL;
            for (int m = 0; ok && m < a->nmuscles; m++)
                for (int i = 0; ok && i < a->muscles[m].ntrps; i++) {
                    const AtlasTrp *trp = &a->muscles[m].trps[i];
                    TrpAreaList *l = &t->lists[t->first[m] + i];
                    ok = pass == 0 ? zone_areas(&trp->essential[SIDE_RIGHT][v], ac, nac, &g[2], min, &l->essential,
                                                &l->nessential, NULL, 0)
                                   : zone_areas(&trp->spillover[SIDE_RIGHT][v], ac, nac, &g[2], min, &l->spillover,
                                                &l->nspillover, l->essential, l->nessential);
                }
            for (int k = 0; ac && k < nac; k++) free(ac[k].cells);
            free(ac);
            if (!ok) goto fail;
        }
    free(g);
    return t;
fail:
    free(g);
    trp_areas_free(t);
    return NULL;
}

void trp_areas_free(TrpAreas *t)
{
    if (!t) return;
    for (int i = 0; t->lists && i < t->n; i++) {
        free(t->lists[i].essential);
        free(t->lists[i].spillover);
    }
    free(t->lists);
    free(t->first);
    free(t);
}

const TrpAreaList *trp_areas_of(const TrpAreas *t, int muscle, int trp)
{
    static const TrpAreaList none;
    if (!t || muscle < 0 || trp < 0) return &none;
    int i = t->first[muscle] + trp;
    return i < t->first[muscle + 1] ? &t->lists[i] : &none;
}

const char *trp_area_word(const AtlasArea *area)
{
    const char *l = area->label ? area->label : area->id;
    return !area->midline && !strncmp(l, "right ", 6) ? l + 6 : !area->midline && !strncmp(l, "left ", 5) ? l + 5 : l;
}

/* " words of s " in lower case, anything but letters and digits as one space. */
static void normalize(const char *s, char *out, size_t len)
{
    size_t n = 0;
    out[n++] = ' ';
    for (; s && *s && n + 2 < len; s++) {
        unsigned char c = (unsigned char)*s;
        if (isalnum(c)) out[n++] = (char)tolower(c);
        else if (out[n - 1] != ' ') out[n++] = ' ';
    }
    if (out[n - 1] != ' ') out[n++] = ' ';
    out[n] = 0;
}

bool trp_filter_match(const TrpAreas *t, const Atlas *a, int muscle, int trp, const TrpFilter *f)
{
    const AtlasMuscle *m = &a->muscles[muscle];
    const AtlasTrp *tp = &m->trps[trp];
    if ((f->muscle && f->muscle != m) || (f->region && strcmp(m->region, f->region))) return false;
    if (f->frequency >= 0 && (int)tp->frequency != f->frequency) return false;
    if (f->view >= 0 && !tp->has_at[SIDE_RIGHT][f->view] && !tp->has_at[SIDE_LEFT][f->view]) return false;
    if (!f->area) return true;
    const TrpAreaList *l = trp_areas_of(t, muscle, trp);
    for (int i = 0; i < l->nessential; i++)
        if (trp_area_matches(l->essential[i], f->area)) return true;
    return false;
}

bool trp_area_known(const Atlas *a, const char *word)
{
    for (int i = 0; i < a->nareas; i++)
        if (trp_area_matches(&a->areas[i], word)) return true;
    return false;
}

bool trp_area_matches(const AtlasArea *area, const char *word)
{
    char w[128], id[160], name[160];
    normalize(word, w, sizeof w);
    if (!strcmp(w, " ")) return false;
    normalize(area->id, id, sizeof id);
    normalize(area->name, name, sizeof name);
    return strstr(id, w) || strstr(name, w);
}
