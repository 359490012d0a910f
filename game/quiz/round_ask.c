/* round_ask: what a question asks. A spec of the plan becomes a Question with the round's
 * seeded generator (splitmix64): the side, the trigger point (common ones first), the views
 * its pattern needs, the choices (distractors that could be confused), the areas of its
 * zone and the prompt; and whether a spec can be asked at all in a view (round_spec_fits,
 * quiz_spec_init). */
#include "quiz/round.h"
#include "quiz/round_internal.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "quiz/pattern.h"
#include "quiz/words.h"

/* ---- the generator (splitmix64) and what fits a view ---- */

uint64_t round_rng_next(uint64_t *state)
{
    /* splitmix64 */
    uint64_t z = (*state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

uint64_t round_rng_below(uint64_t *state, uint64_t n)
{
    if (n <= 1) return 0;
    uint64_t limit = UINT64_MAX - UINT64_MAX % n;
    uint64_t x;
    do x = round_rng_next(state); while (x >= limit);
    return x % n;
}

/* A lateral view shows one side only. */
bool round_view_shows(View v, Side s)
{
    return pattern_view_shows(v, s);
}

/* Does trigger point t give what the kind needs in view v on side s? A kind that shows a
 * pattern needs one (an essential zone in some view) and takes a view of it: one holding part
 * of the zone, or, when the kind draws the X, the X's view too. */
static bool trp_fits(const QuizKindDef *k, const AtlasTrp *t, View v, Side s)
{
    if (k->needs == KIND_NEEDS_TRP) return t->has_at[s][v];
    if (k->needs == KIND_NEEDS_LANDMARK) return t->has_at[s][v] && t->palp.first && t->palp.first->has[s][v];
    if (!pattern_has_zone(t, s)) return false;
    return t->essential[s][v].count > 0 || (k->shows_trp && t->has_at[s][v]);
}

bool round_spec_fits(const QuizSpec *sp, View v, Side s)
{
    const AtlasMuscle *m = sp->muscle;
    const QuizKindDef *k = quiz_kind(sp->kind);
    if (!m || !round_view_shows(v, s)) return false;
    for (int i = 0; i < m->ntrps; i++)
        if ((!k->needs_trp || sp->trp == 0 || sp->trp == i + 1) && trp_fits(k, &m->trps[i], v, s))
            return true;
    return false;
}

bool quiz_spec_init(const Atlas *atlas, QuizKind kind, const char *muscle, QuizSpec *out)
{
    memset(out, 0, sizeof *out);
    out->kind = kind;
    out->muscle = atlas_muscle(atlas, muscle);
    out->tolerance = SCORE_DEFAULT_TOLERANCE_CM;
    bool choices = quiz_kind(kind)->has_choices;
    if (choices) out->nchoices = atlas->nmuscles < 4 ? atlas->nmuscles : 4;
    if (!out->muscle || (choices && out->nchoices < 2)) return false;
    for (int v = 0; v < VIEW_COUNT; v++)
        for (int sd = 0; sd < SIDE_COUNT; sd++)
            if (round_spec_fits(out, (View)v, (Side)sd)) return true;
    return false;
}


const BodyGrid *round_silhouette(Round *r, View v)
{
    return quiz_set_silhouette(r->quiz->set_, v);
}

const uint16_t *round_area_owners(Round *r, View v, bool arm_shown)
{
    return pattern_area_owners(quiz_set_areas(r->quiz->set_), v, arm_shown);
}

/* The atlas's map of named areas (the set's); NULL when out of memory. */
static PatternAreaMap *round_areas(Round *r)
{
    return quiz_set_areas(r->quiz->set_);
}

/* How a muscle would do as a distractor for q: -1 never (it could be the answer too, or it has
 * nothing in common with what is shown), 0 the best (it shares a named area with what is
 * shown), 1 fair (the same region). identify shows a pattern: shared areas are areas of the
 * shown essential zone that one of the muscle's patterns (essential or spillover, any view)
 * holds; a pattern of it overlapping the shown one by PATTERN_ALIKE or more rules it out.
 * name shows an X: shared means an X of the muscle, or its outline, in the named area under
 * the shown X; an X of it within a fingertip of the shown one rules it out. */
#define PATTERN_ALIKE 0.8f
static int distractor_tier(Round *r, const Question *q, const AtlasMuscle *m, const bool *shown_areas, int shown_area)
{
    PatternAreaMap *map = round_areas(r);
    const QuizKindDef *k = quiz_kind(q->kind);
    View all[VIEW_COUNT];
    int nall = 0;
    for (int v = 0; v < VIEW_COUNT; v++)
        if (pattern_view_shows((View)v, q->side)) all[nall++] = (View)v;
    bool shares = false;
    for (int i = 0; i < m->ntrps; i++) {
        const AtlasTrp *t = &m->trps[i];
        if (k->shows_zone) {
            if (pattern_overlap(q->trp, t, q->side, q->views, q->nviews) >= PATTERN_ALIKE) return -1;
            shares = shares || (shown_areas && pattern_touches(map, t, q->side, true, all, nall, shown_areas));
        } else if (t->has_at[q->side][q->view] && q->trp->has_at[q->side][q->view]) {
            Vec2 p = t->at[q->side][q->view], x = q->trp->at[q->side][q->view];
            if (hypotf(p.x - x.x, p.y - x.y) <= SCORE_FINGERTIP_CM) return -1;
            shares = shares || (shown_area >= 0 && pattern_area_at(map, q->view, p) == shown_area);
        }
    }
    if (!k->shows_zone && !shares && q->trp->has_at[q->side][q->view]) {
        const Shape *o = &m->outline[q->side][q->view];
        for (int i = 0; i < o->count && !shares; i++)
            shares = geom_point_in_polygon(q->trp->at[q->side][q->view], o->polys[i].pts, o->polys[i].n);
    }
    if (shares) return 0;
    return !strcmp(m->region, q->muscle->region) ? 1 : -1;
}

/* The answer, the quiz's distractors, then muscles whose patterns could be confused with the
 * one shown (sharing areas first, then the region; distractor_tier), each group in random
 * order; shuffled. */
static void pick_choices(Round *r, const QuizSpec *sp, Question *q)
{
    const Atlas *a = r->atlas;
    const char *picked[QUIZ_MAX_CHOICES];
    int n = 0;
    picked[n++] = sp->muscle->id;
    for (int i = 0; i < sp->ndistractors && n < sp->nchoices; i++) picked[n++] = sp->distractors[i]->id;
    int *cand = malloc((size_t)a->nmuscles * sizeof *cand), *tier = malloc((size_t)a->nmuscles * sizeof *tier);
    bool *shown = calloc((size_t)a->nareas + 1, sizeof *shown);
    PatternAreaMap *map = round_areas(r);
    if (n < sp->nchoices && cand && tier && shown && map && q->trp) {
        const QuizKindDef *k = quiz_kind(q->kind);
        int shown_area = -1;
        if (k->shows_zone) pattern_areas(map, q->trp, q->side, q->views, q->nviews, shown);
        else if (q->trp->has_at[q->side][q->view]) shown_area = pattern_area_at(map, q->view, q->trp->at[q->side][q->view]);
        for (int i = 0; i < a->nmuscles; i++) {
            bool taken = false;
            for (int j = 0; j < n; j++) taken |= !strcmp(picked[j], a->muscles[i].id);
            tier[i] = taken ? -1 : distractor_tier(r, q, &a->muscles[i], shown, shown_area);
        }
        for (int pass = 0; pass < 2 && n < sp->nchoices; pass++) {
            int nc = 0;
            for (int i = 0; i < a->nmuscles; i++)
                if (tier[i] == pass) cand[nc++] = i;
            while (nc > 0 && n < sp->nchoices) {
                int c = (int)round_rng_below(r->rng, (uint64_t)nc);
                picked[n++] = a->muscles[cand[c]].id;
                cand[c] = cand[--nc];
            }
        }
    }
    free(shown);
    free(tier);
    free(cand);
    for (int i = n - 1; i > 0; i--) {
        int j = (int)round_rng_below(r->rng, (uint64_t)i + 1);
        const char *t = picked[i];
        picked[i] = picked[j];
        picked[j] = t;
    }
    for (int i = 0; i < n; i++) q->choices[i] = picked[i];
    q->nchoices = n;
}

/* The essential zone's named areas over the question's views, by scoring a paint of the
 * zone itself: the areas found. */
static void zone_areas(Round *r, Question *q)
{
    BodyGrid *paint = malloc(sizeof *paint * (size_t)q->nviews);
    ReferPaint views[VIEW_COUNT];
    bool ok = paint != NULL;
    for (int i = 0; ok && i < q->nviews; i++) {
        const BodyGrid *sil = round_silhouette(r, q->views[i]);
        ok = sil != NULL;
        bodygrid_clear(&paint[i]);
        bodygrid_fill_shape(&paint[i], &q->trp->essential[q->side][q->views[i]]);
        views[i] = (ReferPaint){q->views[i], &paint[i], sil,
                                pattern_area_owners(round_areas(r), q->views[i], !q->trp->under_arm[q->side][q->views[i]])};
    }
    if (ok) {
        ReferResult rr = score_refer_views(r->atlas, q->trp, q->side, views, q->nviews);
        for (int i = 0; i < rr.nhit && q->nareas < SCORE_MAX_AREAS; i++) q->areas[q->nareas++] = rr.areas_hit[i];
    }
    free(paint);
}

/* The trigger point to ask about, at random among the muscle's that fit the spec (its view,
 * when it names one), weighted by frequency (pattern_weight: common 3, occasional 1, rare 0)
 * unless the spec names the trigger point. A rare one is asked only when the spec names it or
 * nothing else fits. */
static bool pick_trp(Round *r, const QuizSpec *sp, Question *q)
{
    const QuizKindDef *k = quiz_kind(sp->kind);
    const AtlasMuscle *m = sp->muscle;
    int fit[64], weight[64], nfit = 0, total = 0;
    for (int i = 0; i < m->ntrps && nfit < 64; i++) {
        if (sp->trp != 0 && sp->trp != i + 1) continue;
        bool fits = false;
        for (int v = 0; v < VIEW_COUNT && !fits; v++)
            fits = (!sp->has_view || sp->view == (View)v) && round_view_shows((View)v, q->side) &&
                   trp_fits(k, &m->trps[i], (View)v, q->side);
        if (!fits) continue;
        fit[nfit] = i;
        weight[nfit] = sp->trp ? 1 : pattern_weight(m->trps[i].frequency);
        total += weight[nfit++];
    }
    if (!nfit) return false;
    if (total == 0)   /* only rare ones fit the quiz's view */
        for (int i = 0; i < nfit; i++) total += weight[i] = 1;
    int pick = (int)round_rng_below(r->rng, (uint64_t)total), c = 0;
    while (pick >= weight[c]) pick -= weight[c++];
    q->trp = &m->trps[fit[c]];
    q->trp_index = fit[c] + 1;
    return true;
}

/* The views of a question whose trigger point is chosen: the pattern's views for a kind that
 * shows a pattern, else the quiz's view or the X's. */
static bool pick_views(Round *r, const QuizSpec *sp, Question *q)
{
    const QuizKindDef *k = quiz_kind(sp->kind);
    if (k->needs == KIND_NEEDS_ZONE) {
        PatternAreaMap *map = round_areas(r);
        q->nviews = map ? pattern_views(map, q->trp, q->side, sp->has_view ? (int)sp->view : -1, k->shows_trp, q->views)
                        : 0;
    } else {
        int v = sp->has_view ? (int)sp->view : pattern_trp_view(q->trp, q->side);
        if (v >= 0 && !trp_fits(k, q->trp, (View)v, q->side)) {   /* one giving what the kind needs */
            v = -1;
            for (int i = 0; i < VIEW_COUNT && v < 0; i++)
                if (round_view_shows((View)i, q->side) && trp_fits(k, q->trp, (View)i, q->side)) v = i;
        }
        if (v >= 0) q->views[0] = (View)v;
        q->nviews = v >= 0;
    }
    if (q->nviews == 0) return false;
    q->view = q->views[0];
    return true;
}

/* The quiz's prompt, with "{prompt}" standing for the generated text; else the generated one. */
static void write_prompt(const QuizKindDef *k, const QuizSpec *sp, Question *q)
{
    char gen[QUIZ_PROMPT_MAX];
    k->prompt(q, gen, sizeof gen);
    words_unnest(gen);   /* "(TrP1 (long head))" reads "(TrP1, long head)" */
    const char *at = strstr(sp->prompt, "{prompt}");
    if (!sp->prompt[0]) snprintf(q->prompt, sizeof q->prompt, "%s", gen);
    else if (!at) snprintf(q->prompt, sizeof q->prompt, "%s", sp->prompt);
    else {
        q->prompt[0] = 0;   /* cut at the buffer's end */
        words_append(q->prompt, sizeof q->prompt, "%.*s%s%s", (int)(at - sp->prompt), sp->prompt, gen, at + 8);
    }
}

bool round_resolve(Round *r, const QuizSpec *sp, Question *q)
{
    memset(q, 0, sizeof *q);
    q->kind = sp->kind;
    q->muscle = sp->muscle;
    q->tolerance = sp->tolerance;
    q->line = sp->line;
    q->time_limit = sp->time_limit > 0 ? sp->time_limit : r->quiz->time_limit;
    q->points = sp->has_points ? sp->points : 1;
    snprintf(q->hint, sizeof q->hint, "%s", sp->hint);
    if (sp->has_side) q->side = sp->side;
    else if (sp->has_view && sp->view == VIEW_LATERAL_RIGHT) q->side = SIDE_RIGHT;
    else if (sp->has_view && sp->view == VIEW_LATERAL_LEFT) q->side = SIDE_LEFT;
    else q->side = round_rng_below(r->rng, 2) ? SIDE_LEFT : SIDE_RIGHT;
    const QuizKindDef *k = quiz_kind(sp->kind);
    if (k->needs_trp) {
        /* the trigger point first (by frequency), then the views of what it shows */
        if (sp->has_view && !round_spec_fits(sp, sp->view, q->side)) return false;
        if (!pick_trp(r, sp, q) || !pick_views(r, sp, q)) return false;
    } else if (sp->has_view) {
        q->view = sp->view;
        if (!round_spec_fits(sp, q->view, q->side)) return false;
    } else {
        /* locate: the whole body first; a regional view when only it shows the muscle's
         * trigger points */
        const View order[] = {VIEW_POSTERIOR, VIEW_ANTERIOR,
                              q->side == SIDE_RIGHT ? VIEW_LATERAL_RIGHT : VIEW_LATERAL_LEFT,
                              VIEW_LEG_MEDIAL, VIEW_FOOT_PLANTAR, VIEW_HAND_PALMAR, VIEW_HAND_DORSAL};
        bool found = false;
        for (int i = 0; i < (int)(sizeof order / sizeof order[0]) && !found; i++)
            if (round_spec_fits(sp, order[i], q->side)) q->view = order[i], found = true;
        for (int v = 0; v < VIEW_COUNT && !found; v++)   /* views the list does not know yet */
            if (round_spec_fits(sp, (View)v, q->side)) q->view = (View)v, found = true;
        if (!found) return false;
    }
    if (!k->needs_trp) {
        q->views[0] = q->view;
        q->nviews = 1;
    }
    if (k->needs == KIND_NEEDS_LANDMARK) q->landmark = q->trp->palp.first;
    if (k->has_choices) pick_choices(r, sp, q);
    if (k->has_areas) zone_areas(r, q);
    write_prompt(k, sp, q);
    return true;
}
