/* facts: a stored answer read back (see facts.h). The result text that play.c stores from
 * schema v3 on carries what was asked ("asked": muscle, trigger point, view, side) and how
 * it was judged; older answers are judged again here from the stored question and answer
 * with the atlas, as the round did (score_locate, score_refer). Painted areas come from
 * per-area cell lists made once per view, so an answer costs a raster of its own paint
 * plus a walk over the areas near it. */
#include "store/facts.h"

#include <jansson.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "quiz/protocol.h"
#include "quiz/score.h"

/* One area's cells in one view, with their bounding box (cell coordinates). */
typedef struct AreaCells {
    const AtlasArea *area;
    int *cells; int n;
    int x0, y0, x1, y1;
} AreaCells;

struct Facts {
    const Atlas *atlas;
    BodyGrid silhouette[VIEW_COUNT];
    AreaCells *areas[VIEW_COUNT]; int nareas[VIEW_COUNT];
    bool made[VIEW_COUNT];            /* silhouette and area cells made (on first use) */
    ProtocolAnswer *parsed;           /* the paint of the last answer */
    BodyGrid scratch;
    char chosen[128];
};

static const char *const verdict_names[FACTS_VERDICT_COUNT] = {"found", "partly", "missed", "overshoot"};

const char *facts_verdict_name(FactsVerdict v)
{
    return v >= 0 && v < FACTS_VERDICT_COUNT ? verdict_names[v] : "?";
}

Facts *facts_new(const Atlas *a)
{
    Facts *f = calloc(1, sizeof *f);
    if (!f) return NULL;
    f->atlas = a;
    f->parsed = malloc(sizeof *f->parsed);
    if (!f->parsed) {
        free(f);
        return NULL;
    }
    return f;
}

void facts_free(Facts *f)
{
    if (!f) return;
    for (int v = 0; v < VIEW_COUNT; v++) {
        for (int i = 0; i < f->nareas[v]; i++) free(f->areas[v][i].cells);
        free(f->areas[v]);
    }
    free(f->parsed);
    free(f);
}

/* The silhouette and the cells of every area of view v, once. */
static void make_view(Facts *f, View v)
{
    if (f->made[v]) return;
    f->made[v] = true;
    bodygrid_clear(&f->silhouette[v]);
    bodygrid_fill_shape(&f->silhouette[v], &f->atlas->views[v].silhouette);
    f->areas[v] = calloc((size_t)(f->atlas->nareas > 0 ? f->atlas->nareas : 1), sizeof *f->areas[v]);
    if (!f->areas[v]) return;
    for (int k = 0; k < f->atlas->nareas; k++) {
        const AtlasArea *ar = &f->atlas->areas[k];
        if (ar->shape[v].count == 0) continue;
        bodygrid_clear(&f->scratch);
        bodygrid_fill_shape(&f->scratch, &ar->shape[v]);
        bodygrid_and(&f->scratch, &f->silhouette[v]);
        int n = bodygrid_count(&f->scratch);
        if (n == 0) continue;
        AreaCells *ac = &f->areas[v][f->nareas[v]];
        ac->cells = malloc(sizeof *ac->cells * (size_t)n);
        if (!ac->cells) continue;
        ac->area = ar;
        ac->x0 = BODYGRID_W, ac->y0 = BODYGRID_H, ac->x1 = -1, ac->y1 = -1;
        for (int i = 0; i < BODYGRID_W * BODYGRID_H; i++) {
            if (!f->scratch.cells[i]) continue;
            int x = i % BODYGRID_W, y = i / BODYGRID_W;
            ac->cells[ac->n++] = i;
            if (x < ac->x0) ac->x0 = x;
            if (x > ac->x1) ac->x1 = x;
            if (y < ac->y0) ac->y0 = y;
            if (y > ac->y1) ac->y1 = y;
        }
        f->nareas[v]++;
    }
}

const AtlasArea *facts_area(const Facts *f, const char *label)
{
    for (int k = 0; label && k < f->atlas->nareas; k++)
        if (!strcmp(f->atlas->areas[k].label, label)) return &f->atlas->areas[k];
    return NULL;
}

static const char *jstr(json_t *o, const char *key)
{
    return json_string_value(json_object_get(o, key));
}

/* view, side (and for locate the tolerance) of a question or an "asked" object */
static void read_view_side(json_t *o, AnswerFacts *out)
{
    View v;
    Side s;
    if (out->view < 0 && jstr(o, "view") && atlas_view_parse(jstr(o, "view"), &v)) out->view = (int)v;
    if (out->side < 0 && jstr(o, "side") && atlas_side_parse(jstr(o, "side"), &s)) out->side = (int)s;
}

static const AtlasTrp *trp_by_id(const Atlas *a, const char *id)
{
    return id ? atlas_trp(a, id, NULL) : NULL;
}

/* The answer's own parts: a skip, a click, paint (rasterised), a choice. */
static void read_answer(Facts *f, const char *text, AnswerFacts *out)
{
    json_t *a = text ? json_loads(text, 0, NULL) : NULL;
    if (!json_is_object(a)) {
        json_decref(a);
        return;
    }
    json_t *v;
    View view;
    if (json_is_true(json_object_get(a, "skip"))) {
        out->skipped = true;
        out->timed_out = json_is_true(json_object_get(a, "timeout"));
    } else if ((v = json_object_get(a, "click")) && jstr(v, "view") && atlas_view_parse(jstr(v, "view"), &view)) {
        out->has_click = true;
        out->click_view = view;
        out->click = (Vec2){(float)json_number_value(json_object_get(v, "x")),
                            (float)json_number_value(json_object_get(v, "y"))};
    } else if ((v = json_object_get(a, "choice")) && json_is_string(v)) {
        snprintf(f->chosen, sizeof f->chosen, "%s", json_string_value(v));
        out->chosen = f->chosen;
    } else if (json_object_get(a, "paint")) {
        char err[160];
        if (protocol_parse_answer(text, f->parsed, err, sizeof err) == 0 && f->parsed->answer.has_paint) {
            out->has_paint = true;
            out->paint_view = f->parsed->answer.view;
            out->paint = &f->parsed->grid;
        }
    }
    json_decref(a);
}

/* cm2 of paint inside the figure and the areas holding at least FACTS_MIN_AREA_CELLS of it */
static void measure_paint(Facts *f, AnswerFacts *out)
{
    View v = out->paint_view;
    make_view(f, v);
    const BodyGrid *p = out->paint;
    out->painted_cm2 = bodygrid_area_cm2(bodygrid_count_and(p, &f->silhouette[v]));
    int x0 = BODYGRID_W, y0 = BODYGRID_H, x1 = -1, y1 = -1;
    for (int y = 0; y < BODYGRID_H; y++) {
        const uint8_t *row = p->cells + y * BODYGRID_W;
        for (int x = 0; x < BODYGRID_W; x++) {
            if (!row[x]) continue;
            if (x < x0) x0 = x;
            if (x > x1) x1 = x;
            if (y < y0) y0 = y;
            y1 = y;
        }
    }
    for (int k = 0; k < f->nareas[v] && out->npainted < FACTS_MAX_AREAS; k++) {
        const AreaCells *ac = &f->areas[v][k];
        if (ac->x1 < x0 || ac->x0 > x1 || ac->y1 < y0 || ac->y0 > y1) continue;
        int n = 0;
        for (int i = 0; i < ac->n && n < FACTS_MIN_AREA_CELLS; i++) n += p->cells[ac->cells[i]];
        if (n >= FACTS_MIN_AREA_CELLS) out->painted[out->npainted++] = ac->area;
    }
}

static void add_verdict(AnswerFacts *out, const AtlasArea *ar, FactsVerdict v)
{
    if (!ar || out->nareas >= FACTS_MAX_AREAS) return;
    for (int i = 0; i < out->nareas; i++)
        if (out->areas[i] == ar) return;   /* one verdict per area: the first list wins */
    out->areas[out->nareas] = ar;
    out->verdicts[out->nareas++] = v;
}

static void add_verdicts(Facts *f, json_t *list, FactsVerdict v, AnswerFacts *out)
{
    size_t i;
    json_t *e;
    json_array_foreach(list, i, e) add_verdict(out, facts_area(f, json_string_value(e)), v);
}

/* refer verdicts from a stored result: the per-area list when it has one, else the three
 * label lists (hit = found, missed, outside = overshoot) */
static bool stored_verdicts(Facts *f, json_t *res, AnswerFacts *out)
{
    json_t *areas = json_object_get(res, "areas");
    if (json_is_array(areas)) {
        size_t i;
        json_t *e;
        json_array_foreach(areas, i, e) {
            const char *verdict = jstr(e, "verdict");
            for (int k = 0; verdict && k < FACTS_VERDICT_COUNT; k++)
                if (!strcmp(verdict, verdict_names[k])) add_verdict(out, facts_area(f, jstr(e, "area")), (FactsVerdict)k);
        }
        return true;
    }
    json_t *hit = json_object_get(res, "areas_hit");
    if (!json_is_array(hit)) return false;
    add_verdicts(f, hit, FACTS_FOUND, out);
    add_verdicts(f, json_object_get(res, "areas_missed"), FACTS_MISSED, out);
    add_verdicts(f, json_object_get(res, "areas_outside"), FACTS_OVERSHOOT, out);
    return true;
}

/* refer verdicts judged again from the paint (answers saved before results were stored) */
static void judge_refer(Facts *f, AnswerFacts *out)
{
    if (!out->trp || out->view < 0 || out->side < 0) return;
    make_view(f, (View)out->view);
    ReferResult r = {0};
    if (out->has_paint) {
        r = score_refer(f->atlas, out->trp, (Side)out->side, (View)out->view, out->paint, &f->silhouette[out->view]);
    } else {
        bodygrid_clear(&f->scratch);   /* skipped: every area of the zone missed */
        r = score_refer(f->atlas, out->trp, (Side)out->side, (View)out->view, &f->scratch, &f->silhouette[out->view]);
    }
    for (int i = 0; i < r.nhit; i++) add_verdict(out, facts_area(f, r.areas_hit[i]), FACTS_FOUND);
    for (int i = 0; i < r.nmissed; i++) add_verdict(out, facts_area(f, r.areas_missed[i]), FACTS_MISSED);
    for (int i = 0; i < r.noutside; i++) add_verdict(out, facts_area(f, r.areas_outside[i]), FACTS_OVERSHOOT);
}

/* Before schema v3: the trigger point from the question (refer, name: by position) or
 * from the click (locate: the nearest one, as scored). */
static void old_trp(Facts *f, json_t *q, AnswerFacts *out)
{
    json_t *t = json_object_get(q, "trp");
    if (json_is_object(t)) out->trp = trp_by_id(f->atlas, jstr(t, "id"));
    const AtlasMuscle *m = out->muscle;
    if (!out->trp && m && json_is_object(t) && out->view >= 0 && out->side >= 0) {
        double x = json_number_value(json_object_get(t, "x")), y = json_number_value(json_object_get(t, "y"));
        for (int i = 0; i < m->ntrps; i++) {
            const AtlasTrp *c = &m->trps[i];
            if (c->has_at[out->side][out->view] && fabs(c->at[out->side][out->view].x - x) < 0.05 && fabs(c->at[out->side][out->view].y - y) < 0.05)
                out->trp = c;
        }
    }
    if (!out->trp && m && out->has_click && out->view >= 0 && out->side >= 0) {
        json_t *tol = json_object_get(q, "tolerance");
        float tolerance = json_is_number(tol) ? (float)json_number_value(tol) : SCORE_DEFAULT_TOLERANCE_CM;
        out->trp = score_locate(m, (View)out->view, (Side)out->side, tolerance, out->click_view, out->click).nearest;
    }
}

void facts_read(Facts *f, const FactsInput *in, AnswerFacts *out)
{
    memset(out, 0, sizeof *out);
    out->view = out->side = -1;
    out->kind = in->kind ? quiz_kind_find(in->kind) : NULL;
    out->muscle = in->muscle ? atlas_muscle(f->atlas, in->muscle) : NULL;
    read_answer(f, in->answer, out);
    if (out->has_paint) measure_paint(f, out);

    json_t *res = in->result ? json_loads(in->result, 0, NULL) : NULL;
    json_t *asked = json_object_get(res, "asked");
    json_t *q = NULL;
    if (json_is_object(asked)) {
        read_view_side(asked, out);
        out->trp = trp_by_id(f->atlas, jstr(asked, "trp"));
    } else {
        q = in->question ? json_loads(in->question, 0, NULL) : NULL;
        if (json_is_object(q)) read_view_side(q, out);
        old_trp(f, q, out);
    }
    json_t *correct = json_object_get(res, "correct");
    if (json_is_boolean(correct)) out->correct = json_is_true(correct);
    else out->correct = !out->skipped && out->kind && in->score >= out->kind->correct_at;
    if (out->kind && out->kind->kind == QUIZ_REFER && !(json_is_object(res) && stored_verdicts(f, res, out)))
        judge_refer(f, out);
    json_decref(res);
    json_decref(q);
}
