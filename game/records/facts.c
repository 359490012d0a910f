/* facts: a stored answer read back (see facts.h). The result text that play.c stores from
 * schema v3 on carries what was asked ("asked": muscle, trigger point, view, side) and how
 * it was judged; older answers are judged again here from the stored question and answer
 * with the atlas, as the round did (score_locate, score_refer). Painted areas come from
 * per-area cell lists made once per view, so an answer costs a raster of its own paint
 * plus a walk over the areas near it. A class report reads some 150,000 answers, so the
 * texts the store writes are read in place (jscan.h) and the paint grid is cleared only
 * where the last answer painted; anything else (a hand-edited text, a form this reader
 * does not know) goes through jansson and protocol.c as before. */
#include "records/facts.h"

#include <jansson.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "quiz/protocol.h"
#include "quiz/score.h"
#include "records/jscan.h"

/* One area's cells in one view, with their bounding box (cell coordinates). */
typedef struct AreaCells {
    const AtlasArea *area;
    int *cells; int n;
    int x0, y0, x1, y1;
} AreaCells;

/* What an empty paint misses of a trigger point's zone in a view and side: a skipped
 * refer answer's verdicts, judged once. */
typedef struct SkipVerdicts {
    const AtlasTrp *trp; int side, view;
    const AtlasArea *areas[FACTS_MAX_AREAS]; FactsVerdict verdicts[FACTS_MAX_AREAS]; int n;
} SkipVerdicts;

#define FACTS_SKIP_CACHE 512

struct Facts {
    const Atlas *atlas;
    BodyGrid silhouette[VIEW_COUNT];
    AreaCells *areas[VIEW_COUNT]; int nareas[VIEW_COUNT];
    bool made[VIEW_COUNT];            /* silhouette and area cells made (on first use) */
    const AtlasArea **by_label;       /* the atlas's areas sorted by label */
    ProtocolAnswer *parsed;           /* an answer read by protocol.c (the slow path) */
    BodyGrid grid;                    /* the paint of the last answer read in place */
    int dirty_x0, dirty_y0, dirty_x1, dirty_y1;   /* where grid may hold paint (x1 < x0: nowhere) */
    PaintCircle *circles;             /* PROTOCOL_MAX_CIRCLES */
    SkipVerdicts *skips; int nskips;
    BodyGrid scratch;
    char chosen[128];
};

_Static_assert((int)FACTS_FOUND == (int)AREA_FOUND && (int)FACTS_PARTLY == (int)AREA_PARTLY &&
                   (int)FACTS_MISSED == (int)AREA_MISSED && (int)FACTS_OVERSHOOT == (int)AREA_OVERSHOOT,
               "a stored verdict is score.h's");

static const char *const verdict_names[FACTS_VERDICT_COUNT] = {"found", "partly", "missed", "overshoot"};

const char *facts_verdict_name(FactsVerdict v)
{
    return v >= 0 && v < FACTS_VERDICT_COUNT ? verdict_names[v] : "?";
}

static int cmp_label(const void *a, const void *b)
{
    return strcmp((*(const AtlasArea *const *)a)->label, (*(const AtlasArea *const *)b)->label);
}

Facts *facts_new(const Atlas *a)
{
    Facts *f = calloc(1, sizeof *f);
    if (!f) return NULL;
    f->atlas = a;
    f->dirty_x1 = -1;
    f->parsed = malloc(sizeof *f->parsed);
    f->circles = malloc(sizeof *f->circles * PROTOCOL_MAX_CIRCLES);
    f->skips = calloc(FACTS_SKIP_CACHE, sizeof *f->skips);
    f->by_label = malloc(sizeof *f->by_label * (size_t)(a->nareas > 0 ? a->nareas : 1));
    if (!f->parsed || !f->circles || !f->skips || !f->by_label) {
        facts_free(f);
        return NULL;
    }
    for (int i = 0; i < a->nareas; i++) f->by_label[i] = &a->areas[i];
    qsort(f->by_label, (size_t)a->nareas, sizeof *f->by_label, cmp_label);
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
    free(f->circles);
    free(f->skips);
    free(f->by_label);
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
    if (!label) return NULL;
    AtlasArea key = {.label = (char *)label};
    const AtlasArea *kp = &key;
    const AtlasArea *const *hit = bsearch(&kp, f->by_label, (size_t)f->atlas->nareas, sizeof *f->by_label, cmp_label);
    return hit ? *hit : NULL;
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

/* ---- the answer ---- */

/* A coordinate protocol.c would take: finite, within 1e4 cm. */
static bool cm_ok(double v)
{
    return isfinite(v) && fabs(v) <= 1e4;
}

/* The paint at v into f->circles in the order protocol.c applies it: an eraser circle after
 * the first k painted ones. The store writes paint per view, {"views":{VIEW:[[x,y,r]..] or
 * VIEW:{"circles":[..],"erase":[[x,y,r,k]..]}, ..}}: the first view in the text is read
 * (a question's first view); the older one-view form {"view":..,"circles":..,"erase":..}
 * is read too. The count, or -1 when the text is neither form. */
static int scan_circles(Facts *f, const char *v, View *view)
{
    char name[32];
    const char *circles = NULL, *erase = NULL, *views = jscan_key(v, "views");
    if (views) {
        const char *first = NULL;
        for (int k = 0; k < VIEW_COUNT; k++) {
            const char *e = jscan_key(views, atlas_view_name((View)k));
            if (e && (!first || e < first)) first = e, *view = (View)k;
        }
        while (first && (*first == ' ' || *first == '\t' || *first == '\n' || *first == '\r')) first++;
        if (!first) return -1;
        if (*first == '[') circles = first;
        else circles = jscan_key(first, "circles"), erase = jscan_key(first, "erase");
    } else {
        circles = jscan_key(v, "circles"), erase = jscan_key(v, "erase");
        if (!jscan_string(jscan_key(v, "view"), name, sizeof name) || !atlas_view_parse(name, view)) return -1;
    }
    while (circles && (*circles == ' ' || *circles == '\t' || *circles == '\n' || *circles == '\r')) circles++;
    if (!circles || *circles != '[') return -1;
    int n = 0, painted = 0;
    const char *c = jscan_first(circles), *e = erase ? jscan_first(erase) : NULL;
    double after = 0;
    for (;;) {
        /* the erasers due after `painted` painted circles come first */
        while (e) {
            const char *k = jscan_first(e);
            double x, y, r;
            const char *kr = jscan_next(jscan_next(k)), *kk = jscan_next(kr);
            if (!k || !jscan_number(k, &x) || !jscan_number(jscan_next(k), &y) || !jscan_number(kr, &r) ||
                !jscan_number(kk, &after) || !cm_ok(x) || !cm_ok(y) || !(r >= 0 && r <= 100) || !(after >= 0 && after <= PROTOCOL_MAX_CIRCLES) ||
                after != floor(after) || n >= PROTOCOL_MAX_CIRCLES)
                return -1;
            if ((int)after != painted) break;
            f->circles[n++] = (PaintCircle){(float)x, (float)y, (float)r, true};
            e = jscan_next(e);
        }
        if (!c) break;
        const char *k = jscan_first(c);
        double x, y, r;
        if (!k || !jscan_number(k, &x) || !jscan_number(jscan_next(k), &y) || !jscan_number(jscan_next(jscan_next(k)), &r) ||
            !cm_ok(x) || !cm_ok(y) || !(r >= 0 && r <= 100) || n >= PROTOCOL_MAX_CIRCLES)
            return -1;
        f->circles[n++] = (PaintCircle){(float)x, (float)y, (float)r, false};
        painted++;
        c = jscan_next(c);
    }
    return e ? -1 : n;   /* an eraser left over: k out of order or too large */
}

/* The cells painted circles can reach (erasers only take paint away), clipped to the grid. */
static void circle_bounds(const PaintCircle *cs, int n, AnswerFacts *out)
{
    float x0 = 1e9f, y0 = 1e9f, x1 = -1e9f, y1 = -1e9f;
    for (int i = 0; i < n; i++) {
        const PaintCircle *c = &cs[i];
        if (c->erase) continue;
        if (c->x - c->r < x0) x0 = c->x - c->r;
        if (c->x + c->r > x1) x1 = c->x + c->r;
        if (c->y - c->r < y0) y0 = c->y - c->r;
        if (c->y + c->r > y1) y1 = c->y + c->r;
    }
    int cx0 = (int)floorf((x0 - BODYGRID_X0) / BODYGRID_CELL) - 1, cx1 = (int)ceilf((x1 - BODYGRID_X0) / BODYGRID_CELL) + 1;
    int cy0 = (int)floorf((y0 - BODYGRID_Y0) / BODYGRID_CELL) - 1, cy1 = (int)ceilf((y1 - BODYGRID_Y0) / BODYGRID_CELL) + 1;
    out->paint_x0 = cx0 < 0 ? 0 : cx0 >= BODYGRID_W ? BODYGRID_W : cx0;
    out->paint_y0 = cy0 < 0 ? 0 : cy0 >= BODYGRID_H ? BODYGRID_H : cy0;
    out->paint_x1 = cx1 >= BODYGRID_W ? BODYGRID_W - 1 : cx1 < 0 ? -1 : cx1;
    out->paint_y1 = cy1 >= BODYGRID_H ? BODYGRID_H - 1 : cy1 < 0 ? -1 : cy1;
}

/* Paint read in place into f->grid, cleared first where the last answer painted. */
static bool fast_paint(Facts *f, const char *v, AnswerFacts *out)
{
    View view;
    int n = scan_circles(f, v, &view);
    if (n < 0) return false;
    for (int y = f->dirty_y0; y <= f->dirty_y1 && f->dirty_x1 >= f->dirty_x0; y++)
        memset(f->grid.cells + y * BODYGRID_W + f->dirty_x0, 0, (size_t)(f->dirty_x1 - f->dirty_x0 + 1));
    bodygrid_paint(&f->grid, f->circles, n);
    circle_bounds(f->circles, n, out);
    f->dirty_x0 = out->paint_x0, f->dirty_y0 = out->paint_y0, f->dirty_x1 = out->paint_x1, f->dirty_y1 = out->paint_y1;
    out->has_paint = true;
    out->paint_view = view;
    out->paint = &f->grid;
    return true;
}

/* Any other paint form, through protocol.c. */
static void slow_paint(Facts *f, const char *text, AnswerFacts *out)
{
    char err[160];
    if (protocol_parse_answer(text, f->parsed, err, sizeof err) != 0 || !f->parsed->answer.has_paint ||
        f->parsed->answer.npaints < 1)
        return;
    /* paint per view: the first view painted (the one view of answers saved before questions
     * showed several; newer results carry their verdicts themselves) */
    out->has_paint = true;
    out->paint_view = f->parsed->paints[0].view;
    out->paint = f->parsed->paints[0].grid;
    circle_bounds(f->parsed->paints[0].circles, f->parsed->paints[0].ncircles, out);
}

/* The answer's own parts: a skip, a click, paint (rasterised), a choice. */
static void read_answer(Facts *f, const char *text, AnswerFacts *out)
{
    const char *v;
    char name[32];
    View view;
    if (!text) return;
    /* an answer of several parts holds them under its kind's key ({"palpate":{..,"click":..}}) */
    for (int k = 0; k < QUIZ_KIND_COUNT; k++) {
        const char *key = quiz_kind((QuizKind)k)->answer_key;
        if (key && (v = jscan_key(text, key))) {
            text = v;
            break;
        }
    }
    if ((v = jscan_key(text, "skip"))) {
        out->skipped = jscan_bool(v) == 1;
        out->timed_out = jscan_bool(jscan_key(text, "timeout")) == 1;
    } else if ((v = jscan_key(text, "click"))) {
        double x, y;
        if (jscan_string(jscan_key(v, "view"), name, sizeof name) && atlas_view_parse(name, &view) &&
            jscan_number(jscan_key(v, "x"), &x) && jscan_number(jscan_key(v, "y"), &y) && cm_ok(x) && cm_ok(y)) {
            out->has_click = true;
            out->click_view = view;
            out->click = (Vec2){(float)x, (float)y};
        }
    } else if ((v = jscan_key(text, "choice"))) {
        if (jscan_string(v, f->chosen, sizeof f->chosen)) out->chosen = f->chosen;
    } else if ((v = jscan_key(text, "paint"))) {
        if (!fast_paint(f, v, out)) slow_paint(f, text, out);
    }
}

/* cm2 of paint inside the figure and the areas holding at least FACTS_MIN_AREA_CELLS of
 * it, looking only where the circles reach */
static void measure_paint(Facts *f, AnswerFacts *out)
{
    View v = out->paint_view;
    make_view(f, v);
    const BodyGrid *p = out->paint;
    int x0 = out->paint_x0, y0 = out->paint_y0, x1 = out->paint_x1, y1 = out->paint_y1, n = 0;
    for (int y = y0; y <= y1; y++) {
        const uint8_t *row = p->cells + y * BODYGRID_W, *sil = f->silhouette[v].cells + y * BODYGRID_W;
        for (int x = x0; x <= x1; x++) n += row[x] & sil[x];
    }
    out->painted_cm2 = bodygrid_area_cm2(n);
    for (int k = 0; k < f->nareas[v] && out->npainted < FACTS_MAX_AREAS; k++) {
        const AreaCells *ac = &f->areas[v][k];
        if (ac->x1 < x0 || ac->x0 > x1 || ac->y1 < y0 || ac->y0 > y1) continue;
        int hits = 0;
        for (int i = 0; i < ac->n && hits < FACTS_MIN_AREA_CELLS; i++) hits += p->cells[ac->cells[i]];
        if (hits >= FACTS_MIN_AREA_CELLS) out->painted[out->npainted++] = ac->area;
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

static void add_verdicts(Facts *f, const char *list, FactsVerdict v, AnswerFacts *out)
{
    char label[160];
    for (const char *e = jscan_first(list); e; e = jscan_next(e))
        if (jscan_string(e, label, sizeof label)) add_verdict(out, facts_area(f, label), v);
}

/* refer verdicts from a stored result: the per-area list when it has one ({"area",
 * "verdict"} each), else the three label lists (hit = found, missed, outside = overshoot) */
static bool stored_verdicts(Facts *f, const char *res, AnswerFacts *out)
{
    const char *areas = jscan_key(res, "areas");
    char label[160], verdict[32];
    if (areas && *areas == '[') {
        for (const char *e = jscan_first(areas); e; e = jscan_next(e)) {
            if (!jscan_string(jscan_key(e, "verdict"), verdict, sizeof verdict) ||
                !jscan_string(jscan_key(e, "area"), label, sizeof label))
                continue;
            for (int k = 0; k < FACTS_VERDICT_COUNT; k++)
                if (!strcmp(verdict, verdict_names[k])) add_verdict(out, facts_area(f, label), (FactsVerdict)k);
        }
        return true;
    }
    const char *hit = jscan_key(res, "areas_hit");
    if (!hit || *hit != '[') return false;
    add_verdicts(f, hit, FACTS_FOUND, out);
    add_verdicts(f, jscan_key(res, "areas_missed"), FACTS_MISSED, out);
    add_verdicts(f, jscan_key(res, "areas_outside"), FACTS_OVERSHOOT, out);
    return true;
}

static void add_judged(Facts *f, const ReferResult *r, AnswerFacts *out)
{
    (void)f;
    for (int i = 0; i < r->nareas; i++) add_verdict(out, r->areas[i].area, (FactsVerdict)r->areas[i].verdict);
}

/* refer verdicts judged again from the paint: answers saved before results were stored,
 * and skipped ones (a skip's result lists no areas: everything in the zone is missed,
 * judged once per trigger point, side and view) */
static void judge_refer(Facts *f, AnswerFacts *out)
{
    if (!out->trp || out->view < 0 || out->side < 0) return;
    make_view(f, (View)out->view);
    if (out->has_paint) {
        ReferResult r = score_refer(f->atlas, out->trp, (Side)out->side, (View)out->view, out->paint,
                                    &f->silhouette[out->view]);
        add_judged(f, &r, out);
        return;
    }
    SkipVerdicts *sv = NULL;
    for (int i = 0; i < f->nskips && !sv; i++)
        if (f->skips[i].trp == out->trp && f->skips[i].side == out->side && f->skips[i].view == out->view) sv = &f->skips[i];
    if (!sv) {
        bodygrid_clear(&f->scratch);
        ReferResult r = score_refer(f->atlas, out->trp, (Side)out->side, (View)out->view, &f->scratch,
                                    &f->silhouette[out->view]);
        add_judged(f, &r, out);
        if (f->nskips == FACTS_SKIP_CACHE) return;
        sv = &f->skips[f->nskips++];
        *sv = (SkipVerdicts){.trp = out->trp, .side = out->side, .view = out->view, .n = out->nareas};
        memcpy(sv->areas, out->areas, sizeof *out->areas * (size_t)out->nareas);
        memcpy(sv->verdicts, out->verdicts, sizeof *out->verdicts * (size_t)out->nareas);
        return;
    }
    for (int i = 0; i < sv->n; i++) add_verdict(out, sv->areas[i], sv->verdicts[i]);
}

/* The views a stored question showed ("views", from questions that show a pattern in
 * several), into out; 0 when it lists none. */
static int question_views(const char *question, View out[VIEW_COUNT])
{
    const char *list = question ? jscan_key(question, "views") : NULL;
    int n = 0;
    char name[32];
    View v;
    for (const char *e = list ? jscan_first(list) : NULL; e && n < VIEW_COUNT; e = jscan_next(e))
        if (jscan_string(e, name, sizeof name) && atlas_view_parse(name, &v)) out[n++] = v;
    return n;
}

/* refer verdicts judged again over every view the question showed, from the answer's paint
 * per view (read through protocol.c). */
static void judge_refer_views(Facts *f, const char *answer, const View *views, int nviews, AnswerFacts *out)
{
    if (!out->trp || out->side < 0) return;
    char err[160];
    bool painted = answer && protocol_parse_answer(answer, f->parsed, err, sizeof err) == 0 &&
                   f->parsed->answer.has_paint;
    ReferPaint rp[VIEW_COUNT];
    for (int i = 0; i < nviews; i++) {
        make_view(f, views[i]);
        rp[i] = (ReferPaint){views[i], NULL, &f->silhouette[views[i]], NULL};
        for (int k = 0; painted && k < f->parsed->answer.npaints; k++)
            if (f->parsed->paints[k].view == views[i]) rp[i].paint = f->parsed->paints[k].grid;
        if (!rp[i].paint) {
            bodygrid_clear(&f->scratch);   /* nothing painted there */
            rp[i].paint = &f->scratch;
        }
    }
    ReferResult r = score_refer_views(f->atlas, out->trp, (Side)out->side, rp, nviews);
    add_judged(f, &r, out);
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
    /* identify: the zone shown is the trigger point's (its first point, to the 0.01 cm the
     * text keeps) */
    json_t *zone = json_array_get(json_object_get(json_object_get(q, "zone"), "essential"), 0);
    if (!out->trp && m && json_is_array(zone) && out->view >= 0 && out->side >= 0) {
        double x = json_number_value(json_array_get(zone, 0)), y = json_number_value(json_array_get(zone, 1));
        for (int i = 0; i < m->ntrps && !out->trp; i++) {
            const Shape *e = &m->trps[i].essential[out->side][out->view];
            if (e->count > 0 && e->polys[0].n > 0 && fabs(e->polys[0].pts[0].x - x) < 0.006 &&
                fabs(e->polys[0].pts[0].y - y) < 0.006)
                out->trp = &m->trps[i];
        }
    }
    /* a skipped locate: the first point shown, as the round reveals it */
    if (!out->trp && m && out->kind && out->kind->kind == QUIZ_LOCATE && out->view >= 0 && out->side >= 0)
        for (int i = 0; i < m->ntrps && !out->trp; i++)
            if (m->trps[i].has_at[out->side][out->view]) out->trp = &m->trps[i];
}

/* What was asked, from a v3 result's "asked" object: false when there is none. */
static bool read_asked(Facts *f, const char *res, AnswerFacts *out)
{
    const char *asked = res ? jscan_key(res, "asked") : NULL;
    if (!asked || *asked != '{') return false;
    char word[128];
    View v;
    Side sd;
    if (jscan_string(jscan_key(asked, "view"), word, sizeof word) && atlas_view_parse(word, &v)) out->view = (int)v;
    if (jscan_string(jscan_key(asked, "side"), word, sizeof word) && atlas_side_parse(word, &sd)) out->side = (int)sd;
    if (jscan_string(jscan_key(asked, "trp"), word, sizeof word)) out->trp = trp_by_id(f->atlas, word);
    return true;
}

void facts_read(Facts *f, const FactsInput *in, AnswerFacts *out)
{
    memset(out, 0, sizeof *out);
    out->view = out->side = -1;
    out->paint_x1 = -1;
    out->kind = in->kind ? quiz_kind_find(in->kind) : NULL;
    out->muscle = in->muscle ? atlas_muscle(f->atlas, in->muscle) : NULL;
    read_answer(f, in->answer, out);
    if (out->has_paint) measure_paint(f, out);

    const char *res = in->result;
    if (!read_asked(f, res, out)) {   /* before schema v3: from the question text */
        json_t *q = in->question ? json_loads(in->question, 0, NULL) : NULL;
        if (json_is_object(q)) read_view_side(q, out);
        old_trp(f, q, out);
        json_decref(q);
    }
    int correct = res ? jscan_bool(jscan_key(res, "correct")) : -1;
    if (correct >= 0) out->correct = correct == 1;
    else out->correct = !out->skipped && out->kind && in->score >= out->kind->correct_at;
    if (out->kind && out->kind->kind == QUIZ_REFER && !(res && stored_verdicts(f, res, out))) {
        View views[VIEW_COUNT];
        int nviews = question_views(in->question, views);
        if (nviews > 1) judge_refer_views(f, in->answer, views, nviews, out);
        else judge_refer(f, out);
    }
}
