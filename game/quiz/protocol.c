/* protocol: JSON encoding of questions, results and summaries, and the answer parser for
 * `play --stdio`. Questions never carry what would give the answer away: identify and
 * name questions omit the muscle and the trigger point's id. The fields particular to a
 * kind come from its row in the kinds table. */
#include "quiz/protocol.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

static double round2(double v) { return round(v * 100.0) / 100.0; }

json_t *protocol_json_cm(double v) { return json_real(round2(v)); }

/* A JSON string of text that scripts wrote (prompts, feedback, error messages): bytes that
 * are not UTF-8 become '?', so that the field is never dropped (json_string refuses them). */
json_t *protocol_json_text(const char *s)
{
    json_t *j = json_string(s);
    if (j) return j;
    size_t len = strlen(s), n = 0;
    char *clean = malloc(len + 1);
    if (!clean) return json_string("");
    for (size_t i = 0; i < len;) {
        size_t k = 4;
        while (k > 1 && (i + k > len || !(j = json_stringn(s + i, k)))) k--;
        if (k == 1 && !(j = json_stringn(s + i, 1))) { clean[n++] = '?'; i++; continue; }
        json_decref(j);
        memcpy(clean + n, s + i, k);
        n += k;
        i += k;
    }
    j = json_stringn(clean, n);
    free(clean);
    return j ? j : json_string("");
}

json_t *protocol_json_strings(const char *const *items, int n)
{
    json_t *a = json_array();
    for (int i = 0; i < n; i++) json_array_append_new(a, json_string(items[i]));
    return a;
}

json_t *protocol_json_shape(const Shape *s)
{
    json_t *polys = json_array();
    for (int i = 0; i < s->count; i++) {
        json_t *flat = json_array();
        for (int j = 0; j < s->polys[i].n; j++) {
            json_array_append_new(flat, json_real(round2(s->polys[i].pts[j].x)));
            json_array_append_new(flat, json_real(round2(s->polys[i].pts[j].y)));
        }
        json_array_append_new(polys, flat);
    }
    return polys;
}

json_t *protocol_json_trp(const AtlasTrp *t, Side side, View view, bool with_id)
{
    json_t *o = json_object();
    if (with_id) {
        json_object_set_new(o, "id", json_string(t->id));
        json_object_set_new(o, "name", json_string(t->name ? t->name : ""));
    }
    if (t->has_at[side][view]) {
        json_object_set_new(o, "x", json_real(round2(t->at[side][view].x)));
        json_object_set_new(o, "y", json_real(round2(t->at[side][view].y)));
    }
    return o;
}

json_t *protocol_json_trp_at(const AtlasTrp *t, Side side, const View *views, int nviews)
{
    json_t *o = json_object();
    for (int i = 0; i < nviews; i++) {
        if (!t->has_at[side][views[i]]) continue;
        json_t *xy = json_array();
        json_array_append_new(xy, json_real(round2(t->at[side][views[i]].x)));
        json_array_append_new(xy, json_real(round2(t->at[side][views[i]].y)));
        json_object_set_new(o, atlas_view_name(views[i]), xy);
    }
    return o;
}

json_t *protocol_json_views(const View *views, int nviews)
{
    json_t *a = json_array();
    for (int i = 0; i < nviews; i++) json_array_append_new(a, json_string(atlas_view_name(views[i])));
    return a;
}

json_t *protocol_question(const Question *q)
{
    json_t *o = json_object();
    json_object_set_new(o, "type", json_string("question"));
    json_object_set_new(o, "n", json_integer(q->n));
    json_object_set_new(o, "of", json_integer(q->of));
    json_object_set_new(o, "kind", json_string(quiz_kind_name(q->kind)));
    json_object_set_new(o, "prompt", protocol_json_text(q->prompt));
    json_object_set_new(o, "view", json_string(atlas_view_name(q->view)));
    json_object_set_new(o, "views", protocol_json_views(q->views, q->nviews));
    json_object_set_new(o, "side", json_string(atlas_side_name(q->side)));
    /* a side view shows what the question asks under the near arm with the arm left out */
    if (atlas_hides_arm(q->muscle, q->trp, q->side, q->view))
        json_object_set_new(o, "arm_hidden", json_true());
    quiz_kind(q->kind)->question_json(o, q);
    /* what each choice part is chosen among: "choices" (muscles), "positions", ... */
    const QuizKindDef *k = quiz_kind(q->kind);
    for (int part = 0; k->parts & ANSWER_PART_CHOICE && part < k->nchoices; part++) {
        QuizChoices c;
        quiz_choices(NULL, q, part, &c);
        if (c.n) json_object_set_new(o, k->choice_parts[part].list, protocol_json_strings(c.ids, c.n));
    }
    if (q->time_limit > 0) json_object_set_new(o, "time_limit", json_real(q->time_limit));
    if (q->points != 1) json_object_set_new(o, "points", json_real(q->points));
    if (q->hint[0]) json_object_set_new(o, "has_hint", json_true());   /* the text only when asked for */
    return o;
}

json_t *protocol_result(const Question *q, const QuizResult *r)
{
    json_t *o = json_object();
    json_object_set_new(o, "type", json_string("result"));
    json_object_set_new(o, "n", json_integer(r->n));
    json_object_set_new(o, "kind", json_string(quiz_kind_name(q->kind)));
    json_object_set_new(o, "score", json_integer(r->score));
    json_object_set_new(o, "correct", json_boolean(r->correct));
    json_object_set_new(o, "skipped", json_boolean(r->skipped));
    quiz_kind(q->kind)->result_json(o, q, r);
    json_object_set_new(o, "feedback", protocol_json_text(r->feedback));
    return o;
}

json_t *protocol_summary(const QuizSummary *s, const char *quiz_id, int64_t round_id, uint64_t seed)
{
    json_t *o = json_object();
    json_object_set_new(o, "type", json_string("summary"));
    json_object_set_new(o, "quiz", json_string(quiz_id));
    json_object_set_new(o, "score", json_integer(s->score));
    json_object_set_new(o, "max", json_integer(s->max));
    json_object_set_new(o, "percent", json_integer(s->percent));
    json_object_set_new(o, "asked", json_integer(s->asked));
    json_object_set_new(o, "answered", json_integer(s->answered));
    json_object_set_new(o, "skipped", json_integer(s->skipped));
    /* the round record (design.md section 8): unfinished rounds never pass */
    json_object_set_new(o, "planned", json_integer(s->planned));
    json_object_set_new(o, "finished", json_boolean(s->finished));
    json_object_set_new(o, "ended_by", json_string(s->ended_by[0] ? s->ended_by : "completed"));
    if (s->pass_mark >= 0) json_object_set_new(o, "pass_mark", json_integer(s->pass_mark));
    json_object_set_new(o, "passed", s->passed < 0 ? json_null() : json_boolean(s->passed == 1));
    json_object_set_new(o, "round_id", round_id > 0 ? json_integer(round_id) : json_null());
    char seedtxt[24];
    snprintf(seedtxt, sizeof seedtxt, "%llu", (unsigned long long)seed);
    json_object_set_new(o, "seed", json_string(seedtxt));
    if (s->feedback[0]) json_object_set_new(o, "feedback", protocol_json_text(s->feedback));
    if (s->failed) json_object_set_new(o, "error", protocol_json_text(s->error));
    return o;
}

json_t *protocol_error(const char *message, bool fatal)
{
    json_t *o = json_object();
    json_object_set_new(o, "type", json_string("error"));
    json_object_set_new(o, "message", protocol_json_text(message));
    if (fatal) json_object_set_new(o, "fatal", json_true());
    return o;
}

int protocol_write(FILE *f, json_t *obj)
{
    if (!obj) return -1;
    char *s = json_dumps(obj, JSON_COMPACT | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(7));
    json_decref(obj);
    if (!s) return -1;
    int rc = fprintf(f, "%s\n", s) < 0 || fflush(f) != 0 ? -1 : 0;
    free(s);
    return rc;
}

char *protocol_text(const json_t *obj)
{
    return json_dumps(obj, JSON_COMPACT | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(7));
}

/* ---- answers ---- */

char *protocol_answer_text(const Answer *a)
{
    json_t *root = json_object();
    if (!root) return NULL;
    if (a->skip) {
        json_object_set_new(root, "skip", json_true());
        if (a->timed_out) json_object_set_new(root, "timeout", json_true());
    }
    /* an answer of several parts is one object under its kind's key, each choice part by
     * its name: {"palpate":{"position":..,"technique":..,"click":{..}}} */
    unsigned parts = (a->has_click ? ANSWER_PART_CLICK : 0) | (a->has_paint ? ANSWER_PART_PAINT : 0) |
                     (a->nchoices ? ANSWER_PART_CHOICE : 0);
    const QuizKindDef *k = a->skip ? NULL : quiz_kind_of_parts(parts, a->nchoices);
    json_t *into = root;
    if (k) {
        into = json_object();
        json_object_set_new(root, k->answer_key, into);
        for (int i = 0; i < a->nchoices; i++)
            json_object_set_new(into, k->choice_parts[i].name, protocol_json_text(a->choices[i] ? a->choices[i] : ""));
    }
    if (!a->skip && a->has_click) {
        json_t *v = json_object();
        json_object_set_new(v, "view", json_string(atlas_view_name(a->view)));
        json_object_set_new(v, "x", protocol_json_cm(a->click.x));
        json_object_set_new(v, "y", protocol_json_cm(a->click.y));
        json_object_set_new(into, "click", v);
    }
    if (!a->skip && a->has_paint) {
        json_t *views = json_object();
        for (int p = 0; p < answer_npaints(a); p++) {
            AnswerPaint ap = answer_paint_at(a, p);
            json_t *circles = json_array(), *erase = json_array();
            for (int i = 0; i < ap.ncircles; i++) {
                const PaintCircle *c = &ap.circles[i];
                json_t *arr = json_array();
                json_array_append_new(arr, protocol_json_cm(c->x));
                json_array_append_new(arr, protocol_json_cm(c->y));
                json_array_append_new(arr, protocol_json_cm(c->r));
                if (c->erase) json_array_append_new(arr, json_integer((json_int_t)json_array_size(circles)));
                json_array_append_new(c->erase ? erase : circles, arr);
            }
            if (json_array_size(erase)) {
                json_t *v = json_object();
                json_object_set_new(v, "circles", circles);
                json_object_set_new(v, "erase", erase);
                json_object_set_new(views, atlas_view_name(ap.view), v);
            } else {
                json_decref(erase);
                json_object_set_new(views, atlas_view_name(ap.view), circles);
            }
        }
        json_t *v = json_object();
        json_object_set_new(v, "views", views);
        json_object_set_new(into, "paint", v);
    }
    if (!a->skip && !k && a->nchoices == 1) {
        json_object_set_new(root, "choice", protocol_json_text(a->choices[0] ? a->choices[0] : ""));
    } else if (!a->skip && !k && a->nchoices > 1) {
        json_t *list = json_array();
        for (int i = 0; i < a->nchoices; i++) json_array_append_new(list, protocol_json_text(a->choices[i] ? a->choices[i] : ""));
        json_object_set_new(root, "choices", list);
    }
    char *text = json_dumps(root, JSON_COMPACT);
    json_decref(root);
    return text;
}

static int fail(char *err, size_t errlen, const char *msg)
{
    snprintf(err, errlen, "%s", msg);
    return -1;
}

/* prefix, then the answer keys: "click, paint, choice, palpate or skip" (one per kind
 * answered in several parts). */
static int fail_keys(char *err, size_t errlen, const char *prefix)
{
    snprintf(err, errlen, "%sclick, paint, choice, ", prefix);
    for (int k = 0; k < QUIZ_KIND_COUNT; k++)
        if (quiz_kind((QuizKind)k)->answer_key)
            snprintf(err + strlen(err), errlen - strlen(err), "%s, ", quiz_kind((QuizKind)k)->answer_key);
    snprintf(err + strlen(err) - 2, errlen - strlen(err) + 2, " or skip ({\"hint\":true} asks for the question's hint)");
    return -1;
}

static bool get_number(json_t *v, double *out)
{
    if (!json_is_number(v)) return false;
    *out = json_number_value(v);
    return isfinite(*out) && fabs(*out) <= 1e4;   /* body space is about 200 cm across */
}

static int parse_view(json_t *obj, View *out, char *err, size_t errlen)
{
    json_t *v = json_object_get(obj, "view");
    if (!json_is_string(v))
        return fail(err, errlen, "\"view\" is missing: one of anterior, posterior, lateral_right, lateral_left");
    if (!atlas_view_parse(json_string_value(v), out))
        return fail(err, errlen, "unknown view: use anterior, posterior, lateral_right or lateral_left");
    return 0;
}

/* [x, y, r] (or [x, y, r, k] with_after) into c; false when it is not one. */
static bool parse_circle(json_t *c, bool with_after, PaintCircle *out, int *after)
{
    double x, y, r, k = 0;
    size_t n = with_after ? 4 : 3;
    if (!json_is_array(c) || json_array_size(c) != n || !get_number(json_array_get(c, 0), &x) ||
        !get_number(json_array_get(c, 1), &y) || !get_number(json_array_get(c, 2), &r) || r < 0 || r > 100)
        return false;
    if (with_after && (!json_is_integer(json_array_get(c, 3)) || !get_number(json_array_get(c, 3), &k) || k < 0))
        return false;
    *out = (PaintCircle){(float)x, (float)y, (float)r, with_after};
    if (after) *after = (int)k;
    return true;
}

/* The circles of one view: "circles" [[x,y,r],...] with an optional "erase" [[x,y,r,k],...]
 * (an eraser circle applied after the first k painted ones, in order of k), appended to
 * out->circles from *used on; fills paint. what names the view in messages. */
static int parse_circles(json_t *circles, json_t *erase, const char *what, ProtocolAnswer *out, int *used,
                         AnswerPaint *paint, char *err, size_t errlen)
{
    if (!json_is_array(circles)) {
        snprintf(err, errlen, "%spaint needs circles: [[x,y,r],...]", what);
        return -1;
    }
    if (erase && !json_is_array(erase)) {
        snprintf(err, errlen, "%serase must be a list [[x,y,r,k],...]", what);
        return -1;
    }
    size_t ncircles = json_array_size(circles), nerase = erase ? json_array_size(erase) : 0;
    if ((size_t)*used + ncircles + nerase > PROTOCOL_MAX_CIRCLES) return fail(err, errlen, "too many circles (at most 20000)");
    int n = *used, last = 0;
    size_t e = 0;
    for (size_t i = 0; i <= ncircles; i++) {
        /* the eraser circles that came after the first i painted ones */
        PaintCircle ec;
        int after;
        while (e < nerase) {
            if (!parse_circle(json_array_get(erase, e), true, &ec, &after) || after < last || after > (int)ncircles) {
                snprintf(err, errlen, "%serase[%zu] must be [x, y, r, k] with 0 <= r <= 100 and k in order", what, e);
                return -1;
            }
            if (after != (int)i) break;
            last = after;
            out->circles[n++] = ec;
            e++;
        }
        if (i == ncircles) break;
        if (!parse_circle(json_array_get(circles, i), false, &out->circles[n++], NULL)) {
            snprintf(err, errlen, "%scircles[%zu] must be [x, y, r] with 0 <= r <= 100", what, i);
            return -1;
        }
    }
    paint->circles = out->circles + *used;
    paint->ncircles = n - *used;
    *used = n;
    return 0;
}

/* {"view":..,"circles":[...],"erase":[...]} (one view) or {"views":{VIEW:[[x,y,r],...] or
 * VIEW:{"circles":[...],"erase":[...]}, ...}} (paint per view). */
static int parse_paint(json_t *v, ProtocolAnswer *out, char *err, size_t errlen)
{
    if (!json_is_object(v))
        return fail(err, errlen, "paint must be an object {\"views\":{\"posterior\":[[x,y,r],...]}} or "
                                 "{\"view\":..,\"circles\":[[x,y,r],...]}");
    json_t *views = json_object_get(v, "views");
    int used = 0, n = 0;
    if (!views) {
        if (parse_view(v, &out->paints[0].view, err, errlen) != 0) return -1;
        if (parse_circles(json_object_get(v, "circles"), json_object_get(v, "erase"), "", out, &used, &out->paints[0],
                          err, errlen) != 0)
            return -1;
        n = 1;
    } else {
        if (!json_is_object(views) || json_object_size(views) == 0)
            return fail(err, errlen, "paint views must be an object {\"posterior\":[[x,y,r],...], ...}");
        if (json_object_size(v) != 1) return fail(err, errlen, "paint with views takes no other field");
        const char *name;
        json_t *one;
        json_object_foreach(views, name, one) {
            View view;
            char what[64];
            if (!atlas_view_parse(name, &view)) {
                snprintf(err, errlen, "unknown view '%.40s' in paint views", name);
                return -1;
            }
            snprintf(what, sizeof what, "%s: ", name);
            out->paints[n].view = view;
            json_t *circles = json_is_object(one) ? json_object_get(one, "circles") : one;
            json_t *erase = json_is_object(one) ? json_object_get(one, "erase") : NULL;
            if (parse_circles(circles, erase, what, out, &used, &out->paints[n], err, errlen) != 0) return -1;
            n++;
        }
    }
    for (int i = 0; i < n; i++) {
        bodygrid_clear(&out->grids[i]);
        bodygrid_paint(&out->grids[i], out->paints[i].circles, out->paints[i].ncircles);
        out->paints[i].grid = &out->grids[i];
    }
    out->answer.has_paint = true;
    out->answer.view = out->paints[0].view;
    out->answer.paints = out->paints;
    out->answer.npaints = n;
    return 0;
}

bool protocol_is_hint_request(const char *line)
{
    json_t *root = json_loads(line, JSON_REJECT_DUPLICATES, NULL);
    bool hint = json_is_object(root) && json_object_size(root) == 1 && json_is_true(json_object_get(root, "hint"));
    json_decref(root);
    return hint;
}

static int parse_click(json_t *v, ProtocolAnswer *out, char *err, size_t errlen)
{
    double x, y;
    if (!json_is_object(v)) return fail(err, errlen, "click must be an object {\"view\":..,\"x\":..,\"y\":..}");
    if (parse_view(v, &out->answer.view, err, errlen) != 0) return -1;
    if (!get_number(json_object_get(v, "x"), &x) || !get_number(json_object_get(v, "y"), &y))
        return fail(err, errlen, "click needs numbers x and y (body space, cm)");
    out->answer.has_click = true;
    out->answer.click = (Vec2){(float)x, (float)y};
    return 0;
}

/* {KEY:{PART:id,...,"click":{..}}}: the answer of a kind answered in several parts (its row's
 * answer_key), each choice part by its name, then the click or paint it takes. */
static int parse_whole(const QuizKindDef *k, json_t *v, ProtocolAnswer *out, char *err, size_t errlen)
{
    char shape[300] = "";
    for (int i = 0; i < k->nchoices; i++)
        snprintf(shape + strlen(shape), sizeof shape - strlen(shape), "%s\"%s\":..", i ? "," : "", k->choice_parts[i].name);
    if (k->parts & ANSWER_PART_CLICK) snprintf(shape + strlen(shape), sizeof shape - strlen(shape), ",\"click\":{..}");
    if (k->parts & ANSWER_PART_PAINT) snprintf(shape + strlen(shape), sizeof shape - strlen(shape), ",\"paint\":{..}");
    if (!json_is_object(v)) {
        snprintf(err, errlen, "%s must be an object {%s}", k->answer_key, shape);
        return -1;
    }
    size_t known = 0;
    for (int i = 0; i < k->nchoices; i++) {
        json_t *c = json_object_get(v, k->choice_parts[i].name);
        if (!json_is_string(c) || json_string_length(c) >= sizeof out->choices[i]) {
            snprintf(err, errlen, "%s needs %s: a string (%s {%s})", k->answer_key, k->choice_parts[i].name,
                     k->answer_key, shape);
            return -1;
        }
        snprintf(out->choices[i], sizeof out->choices[i], "%s", json_string_value(c));
        out->answer.choices[out->answer.nchoices++] = out->choices[i];
        known++;
    }
    json_t *c = json_object_get(v, "click"), *p = json_object_get(v, "paint");
    if (k->parts & ANSWER_PART_CLICK) {
        if (!c) {
            snprintf(err, errlen, "%s needs a click (%s {%s})", k->answer_key, k->answer_key, shape);
            return -1;
        }
        if (parse_click(c, out, err, errlen) != 0) return -1;
        known++;
    }
    if (k->parts & ANSWER_PART_PAINT) {
        if (!p) {
            snprintf(err, errlen, "%s needs paint (%s {%s})", k->answer_key, k->answer_key, shape);
            return -1;
        }
        if (parse_paint(p, out, err, errlen) != 0) return -1;
        known++;
    }
    if (json_object_size(v) != known) {
        snprintf(err, errlen, "%s takes only {%s}", k->answer_key, shape);
        return -1;
    }
    return 0;
}

int protocol_parse_answer(const char *line, ProtocolAnswer *out, char *err, size_t errlen)
{
    json_error_t jerr;
    json_t *root = json_loads(line, JSON_REJECT_DUPLICATES, &jerr);
    memset(&out->answer, 0, sizeof out->answer);
    out->choice[0] = 0;
    memset(out->choices, 0, sizeof out->choices);
    if (!root) {
        snprintf(err, errlen, "not JSON: %s (column %d)", jerr.text, jerr.column);
        return -1;
    }
    int rc = -1;
    json_t *v;
    if (!json_is_object(root) || json_object_size(root) != 1) {
        fail_keys(err, errlen, "an answer is an object with one key: ");
    } else if ((v = json_object_get(root, "skip"))) {
        if (!json_is_true(v)) fail(err, errlen, "skip must be true");
        else out->answer.skip = true, rc = 0;
    } else if ((v = json_object_get(root, "choice"))) {
        if (!json_is_string(v) || json_string_length(v) >= sizeof out->choice)
            fail(err, errlen, "choice must be a muscle id string");
        else {
            snprintf(out->choice, sizeof out->choice, "%s", json_string_value(v));
            out->answer.choices[0] = out->choice;
            out->answer.nchoices = 1;
            rc = 0;
        }
    } else if ((v = json_object_get(root, "click"))) {
        rc = parse_click(v, out, err, errlen);
    } else if ((v = json_object_get(root, "paint"))) {
        rc = parse_paint(v, out, err, errlen);
    } else if (quiz_kind_find_answer(json_object_iter_key(json_object_iter(root)))) {
        rc = parse_whole(quiz_kind_find_answer(json_object_iter_key(json_object_iter(root))),
                         json_object_iter_value(json_object_iter(root)), out, err, errlen);
    } else {
        fail_keys(err, errlen, "unknown answer: use ");
    }
    json_decref(root);
    return rc;
}
