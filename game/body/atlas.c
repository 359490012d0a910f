/* atlas: the body model once loaded: names of views, sides and the other enums (one table
 * of words, so every name and parser reads it), lookups by id, suggestions for misspelt ids,
 * and freeing. Loading and validating the files is atlas_load.c. */
#include "body/atlas.h"
#include "store/paths.h"

#include <stdlib.h>
#include <string.h>

/* ---- names ------------------------------------------------------------------------------ */

static const char *const view_words[VIEW_COUNT] = {"anterior", "posterior", "lateral_right", "lateral_left",
                                                   "foot_plantar", "leg_medial", "hand_palmar", "hand_dorsal"};
static const char *const side_words[SIDE_COUNT] = {"right", "left"};
static const char *const layer_words[LAYER_COUNT] = {"superficial", "intermediate", "deep"};
static const char *const frequency_words[FREQ_COUNT] = {"common", "occasional", "rare"};
static const char *const position_words[POS_COUNT] = {"prone", "supine", "side_lying", "seated"};
static const char *const technique_words[TECH_COUNT] = {"flat", "pincer"};

static const struct { const char *const *words; int count; } word_sets[ATLAS_WORDS_COUNT] = {
    [ATLAS_WORDS_VIEW] = {view_words, VIEW_COUNT},
    [ATLAS_WORDS_SIDE] = {side_words, SIDE_COUNT},
    [ATLAS_WORDS_LAYER] = {layer_words, LAYER_COUNT},
    [ATLAS_WORDS_FREQUENCY] = {frequency_words, FREQ_COUNT},
    [ATLAS_WORDS_POSITION] = {position_words, POS_COUNT},
    [ATLAS_WORDS_TECHNIQUE] = {technique_words, TECH_COUNT},
};

const char *const *atlas_words(AtlasWords set, int *count)
{
    *count = word_sets[set].count;
    return word_sets[set].words;
}

const char *atlas_word(AtlasWords set, int value)
{
    return value >= 0 && value < word_sets[set].count ? word_sets[set].words[value] : "?";
}

int atlas_word_parse(AtlasWords set, const char *word)
{
    for (int i = 0; word && i < word_sets[set].count; i++)
        if (!strcmp(word, word_sets[set].words[i]))
            return i;
    return -1;
}

const char *atlas_view_name(View v) { return atlas_word(ATLAS_WORDS_VIEW, (int)v); }
const char *atlas_side_name(Side s) { return atlas_word(ATLAS_WORDS_SIDE, (int)s); }
const char *atlas_layer_name(AtlasLayer l) { return atlas_word(ATLAS_WORDS_LAYER, (int)l); }
const char *atlas_frequency_name(AtlasFrequency f) { return atlas_word(ATLAS_WORDS_FREQUENCY, (int)f); }
const char *atlas_position_name(PalpPosition p) { return atlas_word(ATLAS_WORDS_POSITION, (int)p); }
const char *atlas_technique_name(PalpTechnique t) { return atlas_word(ATLAS_WORDS_TECHNIQUE, (int)t); }

bool atlas_view_parse(const char *name, View *out)
{
    int v = atlas_word_parse(ATLAS_WORDS_VIEW, name);
    if (v >= 0 && out)
        *out = (View)v;
    return v >= 0;
}

bool atlas_side_parse(const char *name, Side *out)
{
    int s = atlas_word_parse(ATLAS_WORDS_SIDE, name);
    if (s >= 0 && out)
        *out = (Side)s;
    return s >= 0;
}


const char *atlas_default_dir(void)
{
    static char buf[4200];
    return paths_installed("TT_ASSETS", "atlas", "assets/atlas", buf, sizeof buf);
}

/* ---- lookups ------------------------------------------------------------------------------ */

const AtlasMuscle *atlas_muscle(const Atlas *a, const char *id)
{
    for (int i = 0; a && id && i < a->nmuscles; i++)
        if (a->muscles[i].id && !strcmp(a->muscles[i].id, id))
            return &a->muscles[i];
    return NULL;
}

const AtlasTrp *atlas_trp(const Atlas *a, const char *id, const AtlasMuscle **muscle)
{
    for (int i = 0; a && id && i < a->nmuscles; i++)
        for (int k = 0; k < a->muscles[i].ntrps; k++)
            if (a->muscles[i].trps[k].id && !strcmp(a->muscles[i].trps[k].id, id)) {
                if (muscle) *muscle = &a->muscles[i];
                return &a->muscles[i].trps[k];
            }
    return NULL;
}

const AtlasLandmark *atlas_landmark(const Atlas *a, const char *id)
{
    for (int i = 0; a && id && i < a->nlandmarks; i++)
        if (a->landmarks[i].id && !strcmp(a->landmarks[i].id, id))
            return &a->landmarks[i];
    return NULL;
}

const AtlasBone *atlas_bone(const Atlas *a, const char *id)
{
    for (int i = 0; a && id && i < a->nbones; i++)
        if (a->bones[i].id && !strcmp(a->bones[i].id, id))
            return &a->bones[i];
    return NULL;
}

bool atlas_muscle_has_trp_in(const AtlasMuscle *m, View v, Side s)
{
    if (!m || v < 0 || v >= VIEW_COUNT || s < 0 || s >= SIDE_COUNT)
        return false;
    for (int k = 0; k < m->ntrps; k++)
        if (m->trps[k].has_at[s][v])
            return true;
    return false;
}

/* Levenshtein distance, capped at 64 characters per word. */
static int edit_distance(const char *a, const char *b)
{
    int la = (int)strlen(a), lb = (int)strlen(b);
    if (la > 64 || lb > 64)
        return 1000;
    int row[65];
    for (int j = 0; j <= lb; j++)
        row[j] = j;
    for (int i = 1; i <= la; i++) {
        int diag = row[0];
        row[0] = i;
        for (int j = 1; j <= lb; j++) {
            int up = row[j];
            int best = diag + (a[i - 1] != b[j - 1]);
            if (row[j - 1] + 1 < best) best = row[j - 1] + 1;
            if (up + 1 < best) best = up + 1;
            row[j] = best;
            diag = up;
        }
    }
    return row[lb];
}

const char *atlas_suggest_muscle(const Atlas *a, const char *id)
{
    if (!a || !id || !*id)
        return NULL;
    const char *best = NULL;
    int bestd = 1000;
    for (int i = 0; i < a->nmuscles; i++) {
        if (!a->muscles[i].id)
            continue;
        int d = edit_distance(id, a->muscles[i].id);
        if (d < bestd) {
            bestd = d;
            best = a->muscles[i].id;
        }
    }
    int len = (int)strlen(id), limit = len / 3 > 2 ? len / 3 : 2;
    return best && bestd > 0 && bestd <= limit ? best : NULL;
}

/* ---- unloading ---------------------------------------------------------------------------- */

static void shape_free(Shape *s)
{
    for (int i = 0; i < s->count; i++)
        free(s->polys[i].pts);
    free(s->polys);
    s->polys = NULL;
    s->count = 0;
}

static void palpation_free(AtlasPalpation *p)
{
    for (int i = 0; i < p->nlandmarks; i++)
        free(p->landmarks[i]);
    free(p->landmarks);
    for (int i = 0; i < p->nsteps; i++)
        free(p->steps[i]);
    free(p->steps);
}


static void free_strings(char **s, int n)
{
    for (int i = 0; i < n; i++)
        free(s[i]);
    free(s);
}

void atlas_unload(Atlas *a)
{
    if (!a)
        return;
    if (a->kept) {   /* one block (atlas_cache.c) */
        free(a);
        return;
    }
    for (int v = 0; v < VIEW_COUNT; v++) {
        shape_free(&a->views[v].silhouette);
        shape_free(&a->views[v].details);
        shape_free(&a->views[v].arm);
        shape_free(&a->views[v].arm_details);
    }
    for (int i = 0; i < a->nmuscles; i++) {
        AtlasMuscle *m = &a->muscles[i];
        free(m->id); free(m->name); free(m->region); free(m->palpation);
        palpation_free(&m->palp);
        free((char *)m->file);
        free_strings(m->sources, m->nsources);
        for (int s = 0; s < SIDE_COUNT; s++)
            for (int v = 0; v < VIEW_COUNT; v++) {
                shape_free(&m->outline[s][v]);
                shape_free(&m->fibres[s][v]);
            }
        for (int k = 0; k < m->ntrps; k++) {
            AtlasTrp *t = &m->trps[k];
            free(t->id); free(t->name); free(t->note);
            free_strings(t->disputed, t->ndisputed);
            palpation_free(&t->palp);
            for (int s = 0; s < SIDE_COUNT; s++)
                for (int v = 0; v < VIEW_COUNT; v++) {
                    shape_free(&t->essential[s][v]);
                    shape_free(&t->spillover[s][v]);
                }
        }
        free(m->trps);
    }
    free(a->muscles);
    for (int i = 0; i < a->nareas; i++) {
        AtlasArea *ar = &a->areas[i];
        free(ar->id); free(ar->name); free(ar->label);
        for (int v = 0; v < VIEW_COUNT; v++)
            shape_free(&ar->shape[v]);
    }
    free(a->areas);
    for (int i = 0; i < a->nlandmarks; i++) {
        free(a->landmarks[i].id);
        free(a->landmarks[i].name);
    }
    free(a->landmarks);
    for (int i = 0; i < a->nbones; i++) {
        AtlasBone *b = &a->bones[i];
        free(b->id); free(b->name);
        free_strings(b->landmarks, b->nlandmarks);
        for (int s = 0; s < SIDE_COUNT; s++)
            for (int v = 0; v < VIEW_COUNT; v++) {
                shape_free(&b->outline[s][v]);
                shape_free(&b->lines[s][v]);
            }
    }
    free(a->bones);
    free_strings(a->regions, a->nregions);
    free(a);
}
