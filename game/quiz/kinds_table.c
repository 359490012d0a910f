/* kinds_table: the question kinds' rows (kinds.h says what a row holds). One section per
 * kind holds everything particular to it: its prompt, its choices, its scoring and built-in
 * feedback, its JSON, its fields for on_answer and its reveal words; the table at the end
 * names them. Nothing includes this file: the runtime finds a row with quiz_kind() (kinds.c),
 * so the rows may use the runtime (round.h, protocol.h, reveal_text.h) without a cycle.
 * What all kinds share (the question's number, side and view, skips, the choices list, time
 * limits) is done once by the callers: round.c, protocol.c, reveal_text.c. */
#include "quiz/kinds.h"

#include <jansson.h>
#include <lua.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "quiz/protocol.h"
#include "quiz/reveal_text.h"
#include "quiz/round.h"
#include "quiz/words.h"

static void push_strings(lua_State *L, const char *const *items, int n)
{
    lua_createtable(L, n, 0);
    for (int i = 0; i < n; i++) {
        lua_pushstring(L, items[i]);
        lua_seti(L, -2, i + 1);
    }
}

/* The first trigger point of q's muscle drawn in its view and side, or NULL. */
static const AtlasTrp *first_shown(const Question *q)
{
    for (int i = 0; i < q->muscle->ntrps; i++)
        if (q->muscle->trps[i].has_at[q->side][q->view]) return &q->muscle->trps[i];
    return NULL;
}

/* ---- locate: click the trigger point of a named muscle --------------------------------- */

/* The fields every kind takes after its own: how long, how much it counts, a hint, kept by count. */
#define QUESTION_FIELDS "time_limit", "points", "hint", "always"

static const char *const locate_fields[] = {"muscle", "view", "side", "tolerance", "prompt", QUESTION_FIELDS, NULL};

static void locate_prompt(const Question *q, char *buf, size_t len)
{
    char mw[128];
    words_muscle(q->muscle, mw, sizeof mw);
    snprintf(buf, len, "Click %s trigger point of the client's %s %s (%s).", q->muscle->ntrps > 1 ? "a" : "the",
             atlas_side_name(q->side), mw, words_view(q->view));
}

static void locate_feedback(const Question *q, QuizResult *res)
{
    char *fb = res->feedback;
    size_t len = sizeof res->feedback;
    switch (res->verdict) {
    case LOCATE_WRONG_VIEW:
        snprintf(fb, len, "That click is in another view: the question asks the %s.", words_view(q->view));
        break;
    case LOCATE_WRONG_SIDE:
        snprintf(fb, len, "Wrong side: the question asks the client's %s side.", atlas_side_name(q->side));
        break;
    case LOCATE_NO_TRP:
        snprintf(fb, len, "This muscle has no trigger point in that view.");
        break;
    case LOCATE_OK:
        if (res->score == 100)
            snprintf(fb, len, "Right on it: %.1f cm away.", res->distance_cm);
        else if (res->score > 0)
            snprintf(fb, len, "%.1f cm from the trigger point (full marks within %.1f cm).", res->distance_cm,
                     SCORE_FINGERTIP_CM);
        else
            /* the tolerance as written (2.5 stays 2.5); the distance with a second decimal when
             * one would make it read as equal to the tolerance */
            snprintf(fb, len, "%.*f cm away: beyond the %g cm tolerance.",
                     roundf(res->distance_cm * 10) / 10 <= q->tolerance ? 2 : 1, res->distance_cm,
                     (double)q->tolerance);
        break;
    }
}

static int locate_score(Round *r, const Question *q, const Answer *a, QuizResult *out)
{
    (void)r;
    if (!a->skip) {
        LocateResult lr = score_locate(q->muscle, q->view, q->side, q->tolerance, a->view, a->click);
        out->score = lr.score;
        out->distance_cm = lr.verdict == LOCATE_OK ? lr.distance_cm : -1;
        out->verdict = lr.verdict;
        out->nearest = lr.nearest;
        locate_feedback(q, out);
    }
    /* the reveal shows where it was: a skip (or a click in no view) gets the first one shown */
    if (!out->nearest) out->nearest = first_shown(q);
    return 0;
}

static void locate_question_json(json_t *o, const Question *q)
{
    json_object_set_new(o, "muscle", json_string(q->muscle->id));
    json_object_set_new(o, "tolerance", protocol_json_cm(q->tolerance));
}

static void locate_result_json(json_t *o, const Question *q, const QuizResult *r)
{
    static const char *const verdicts[] = {"ok", "wrong_view", "wrong_side", "no_trp"};
    if (r->distance_cm >= 0) json_object_set_new(o, "distance_cm", protocol_json_cm(r->distance_cm));
    if (!r->skipped) json_object_set_new(o, "verdict", json_string(verdicts[r->verdict]));
    json_t *ans = json_object();
    json_object_set_new(ans, "muscle", json_string(q->muscle->id));
    json_object_set_new(ans, "view", json_string(atlas_view_name(q->view)));
    json_object_set_new(ans, "side", json_string(atlas_side_name(q->side)));
    if (r->nearest) json_object_set_new(ans, "trp", protocol_json_trp(r->nearest, q->side, q->view, true));
    json_object_set_new(o, "answer", ans);
}

static void locate_result_lua(lua_State *L, const Question *q, const QuizResult *r)
{
    (void)q;
    if (r->distance_cm < 0) return;
    lua_pushnumber(L, r->distance_cm);
    lua_setfield(L, -2, "distance_cm");
}

static void locate_reveal(const Atlas *a, const PlayedQuestion *pq, char *buf, size_t len)
{
    const QuizResult *r = &pq->res;
    Side s;
    if (r->verdict == LOCATE_WRONG_SIDE && pq->has_click && reveal_side_of(pq->click_view, pq->click, &s))
        words_append(buf, len, "You clicked the client's %s side; the question asks for the %s. ",
                     s == SIDE_LEFT ? "LEFT" : "RIGHT", pq->q.side == SIDE_LEFT ? "LEFT" : "RIGHT");
    else if (!(r->skipped && pq->timed_out))   /* "Time is up." says it */
        words_append(buf, len, "%s ", r->feedback);
    reveal_trp_place(a, pq, buf, len);
}

/* ---- refer: paint where a trigger point refers pain ------------------------------------ */

static const char *const refer_fields[] = {"muscle", "trp", "view", "side", "prompt", QUESTION_FIELDS, NULL};

static void refer_prompt(const Question *q, char *buf, size_t len)
{
    char mw[128], views[160];
    words_muscle(q->muscle, mw, sizeof mw);
    words_views(q->views, q->nviews, views, sizeof views);
    snprintf(buf, len, "Paint where this trigger point of the client's %s %s (%s) refers pain (%s).",
             atlas_side_name(q->side), mw, q->trp->name && *q->trp->name ? q->trp->name : q->trp->id, views);
}

/* "Found: a and b." for the areas with verdict v. */
static void verdict_list(const ReferResult *rr, AreaVerdict v, const char *title, char *buf, size_t len)
{
    const char *labels[SCORE_MAX_AREAS];
    int n = 0;
    for (int i = 0; i < rr->nareas; i++)
        if (rr->areas[i].verdict == v) labels[n++] = rr->areas[i].label;
    if (!n) return;
    char list[400];
    words_join(labels, n, list, sizeof list);
    words_append(buf, len, " %s: %s.", title, list);
}

/* The score as its sum, then one list per verdict: every area named once. */
static void refer_feedback(QuizResult *res)
{
    const ReferResult *rr = &res->refer;
    int diff = rr->found_pct - rr->overshoot_pct;
    snprintf(res->feedback, sizeof res->feedback, "Found %d %% \u2212 overshoot %d %% = %d%s.", rr->found_pct,
             rr->overshoot_pct, rr->score, diff < 0 ? " (a score stops at 0)" : "");
    verdict_list(rr, AREA_FOUND, "Found", res->feedback, sizeof res->feedback);
    verdict_list(rr, AREA_PARTLY, "Partly found", res->feedback, sizeof res->feedback);
    verdict_list(rr, AREA_MISSED, "Missed", res->feedback, sizeof res->feedback);
    verdict_list(rr, AREA_OVERSHOOT, "Painted where this trigger point does not refer", res->feedback,
                 sizeof res->feedback);
}

static bool question_shows(const Question *q, View v)
{
    for (int i = 0; i < q->nviews; i++)
        if (q->views[i] == v) return true;
    return false;
}

static int refer_score(Round *r, const Question *q, const Answer *a, QuizResult *out)
{
    if (a->skip) return 0;
    ReferPaint views[VIEW_COUNT];
    for (int i = 0; i < q->nviews; i++) {
        views[i] = (ReferPaint){q->views[i], NULL, round_silhouette(r, q->views[i]),
                                round_area_owners(r, q->views[i], !q->trp->under_arm[q->side][q->views[i]])};
        if (!views[i].silhouette) return -1;
    }
    int n = answer_npaints(a);
    for (int i = 0; i < n; i++) {
        AnswerPaint p = answer_paint_at(a, i);
        if (!question_shows(q, p.view)) {
            char shown[160];
            words_views(q->views, q->nviews, shown, sizeof shown);
            snprintf(out->feedback, sizeof out->feedback, "That paint is in another view: the question shows the %s.",
                     shown);
            return 0;
        }
        for (int k = 0; k < q->nviews; k++)
            if (views[k].view == p.view) views[k].paint = p.grid;
    }
    out->refer = score_refer_views(round_atlas(r), q->trp, q->side, views, q->nviews);
    out->score = out->refer.score;
    refer_feedback(out);
    return 0;
}

static void refer_question_json(json_t *o, const Question *q)
{
    json_object_set_new(o, "muscle", json_string(q->muscle->id));
    json_t *trp = protocol_json_trp(q->trp, q->side, q->view, true);
    json_object_set_new(trp, "at", protocol_json_trp_at(q->trp, q->side, q->views, q->nviews));
    json_object_set_new(o, "trp", trp);
}

static void refer_result_json(json_t *o, const Question *q, const QuizResult *r)
{
    if (!r->skipped) {
        json_object_set_new(o, "areas_hit", protocol_json_strings(r->refer.areas_hit, r->refer.nhit));
        json_object_set_new(o, "areas_missed", protocol_json_strings(r->refer.areas_missed, r->refer.nmissed));
        json_object_set_new(o, "areas_outside", protocol_json_strings(r->refer.areas_outside, r->refer.noutside));
        json_t *areas = json_array();
        for (int i = 0; i < r->refer.nareas; i++) {
            const ReferArea *ra = &r->refer.areas[i];
            json_t *e = json_object();
            json_object_set_new(e, "area", json_string(ra->label));
            json_object_set_new(e, "verdict", json_string(score_verdict_name(ra->verdict)));
            json_object_set_new(e, "view", json_string(atlas_view_name(ra->view)));
            json_array_append_new(areas, e);
        }
        json_object_set_new(o, "areas", areas);
        json_object_set_new(o, "coverage", protocol_json_cm(r->refer.coverage));
        json_object_set_new(o, "found_percent", json_integer(r->refer.found_pct));
        json_object_set_new(o, "overshoot_percent", json_integer(r->refer.overshoot_pct));
    }
    json_t *ans = json_object();
    json_object_set_new(ans, "muscle", json_string(q->muscle->id));
    json_object_set_new(ans, "trp", json_string(q->trp->id));
    json_object_set_new(ans, "view", json_string(atlas_view_name(q->view)));
    json_object_set_new(ans, "views", protocol_json_views(q->views, q->nviews));
    json_object_set_new(ans, "side", json_string(atlas_side_name(q->side)));
    json_object_set_new(o, "answer", ans);
}

static void refer_result_lua(lua_State *L, const Question *q, const QuizResult *r)
{
    (void)q;
    if (r->skipped) return;
    push_strings(L, r->refer.areas_hit, r->refer.nhit);
    lua_setfield(L, -2, "areas_hit");
    push_strings(L, r->refer.areas_missed, r->refer.nmissed);
    lua_setfield(L, -2, "areas_missed");
    push_strings(L, r->refer.areas_outside, r->refer.noutside);
    lua_setfield(L, -2, "areas_outside");
    lua_createtable(L, r->refer.nareas, 0);
    for (int i = 0; i < r->refer.nareas; i++) {
        lua_createtable(L, 0, 3);
        lua_pushstring(L, r->refer.areas[i].label);
        lua_setfield(L, -2, "area");
        lua_pushstring(L, score_verdict_name(r->refer.areas[i].verdict));
        lua_setfield(L, -2, "verdict");
        lua_pushstring(L, atlas_view_name(r->refer.areas[i].view));
        lua_setfield(L, -2, "view");
        lua_seti(L, -2, i + 1);
    }
    lua_setfield(L, -2, "areas");
    lua_pushinteger(L, r->refer.found_pct);
    lua_setfield(L, -2, "found_percent");
    lua_pushinteger(L, r->refer.overshoot_pct);
    lua_setfield(L, -2, "overshoot_percent");
}

static void refer_reveal(const Atlas *a, const PlayedQuestion *pq, char *buf, size_t len)
{
    (void)a;
    words_append(buf, len, "%s ", pq->res.feedback);   /* the sum and every area's verdict */
}

/* ---- identify and name: pick the muscle ------------------------------------------------ */

static const char *const choice_fields[] = {"muscle", "trp", "view", "side", "choices", "prompt", QUESTION_FIELDS,
                                            NULL};

static void identify_prompt(const Question *q, char *buf, size_t len)
{
    char areas[200], views[160];
    words_join(q->areas, q->nareas, areas, sizeof areas);
    words_views(q->views, q->nviews, views, sizeof views);
    snprintf(buf, len, "The client feels pain on the %s side%s%s (%s). Which muscle's trigger point refers it?",
             atlas_side_name(q->side), q->nareas ? " over the " : "", areas, views);
}

static void name_prompt(const Question *q, char *buf, size_t len)
{
    snprintf(buf, len, "Which muscle has the trigger point shown on the client's %s side (%s)?",
             atlas_side_name(q->side), words_view(q->view));
}

static int choice_score(Round *r, const Question *q, const Answer *a, QuizResult *out)
{
    (void)r;
    if (a->skip) return 0;
    bool right = !strcmp(a->choices[0], q->muscle->id);
    out->score = right ? 100 : 0;
    char mw[128];
    words_muscle(q->muscle, mw, sizeof mw);
    snprintf(out->feedback, sizeof out->feedback, right ? "Right: %s." : "No: it is the %s.", mw);
    return 0;
}

static json_t *zone_json(const Question *q, View v)
{
    json_t *zone = json_object();
    json_object_set_new(zone, "essential", protocol_json_shape(&q->trp->essential[q->side][v]));
    json_object_set_new(zone, "spillover", protocol_json_shape(&q->trp->spillover[q->side][v]));
    return zone;
}

static void identify_question_json(json_t *o, const Question *q)
{
    json_object_set_new(o, "zone", zone_json(q, q->view));
    json_t *zones = json_object();   /* the zone in every view shown */
    for (int i = 0; i < q->nviews; i++) json_object_set_new(zones, atlas_view_name(q->views[i]), zone_json(q, q->views[i]));
    json_object_set_new(o, "zones", zones);
    json_object_set_new(o, "areas", protocol_json_strings(q->areas, q->nareas));
}

static void name_question_json(json_t *o, const Question *q)
{
    json_object_set_new(o, "trp", protocol_json_trp(q->trp, q->side, q->view, false));   /* no id: it names the muscle */
}

static void choice_result_json(json_t *o, const Question *q, const QuizResult *r)
{
    (void)r;
    json_object_set_new(o, "answer", json_string(q->muscle->id));
}

static void choice_result_lua(lua_State *L, const Question *q, const QuizResult *r)
{
    (void)L, (void)q, (void)r;   /* the chosen muscle is `answer`, as for every kind */
}

/* The one choice part: a muscle among the question's choices. */
static void muscle_choices(const Atlas *a, const Question *q, int part, QuizChoices *out)
{
    (void)part;
    for (int i = 0; i < q->nchoices && i < QUIZ_MAX_CHOICES; i++) {
        out->ids[out->n] = q->choices[i];
        out->labels[out->n++] = reveal_muscle_name(a, q->choices[i]);
    }
    out->right = q->muscle->id;
}

static void choice_reveal(const Atlas *a, const PlayedQuestion *pq, char *buf, size_t len)
{
    const QuizResult *r = &pq->res;
    char right[128], chosen[128];
    words_sentence(reveal_muscle_name(a, r->answer), right, sizeof right);
    words_sentence(reveal_muscle_name(a, pq->nchoices ? pq->choices[0] : ""), chosen, sizeof chosen);
    if (r->skipped)
        words_append(buf, len, "It is the %s. ", right);
    else if (r->correct)
        words_append(buf, len, "Right: the %s. ", right);
    else
        words_append(buf, len, "You chose the %s; it is the %s. ", chosen, right);
    const char *fb = r->feedback;   /* the quiz's own comment follows the built-in one */
    const char *dot = strstr(fb, ". ");
    if (dot && (!strncmp(fb, "Right:", 6) || !strncmp(fb, "No:", 3)))
        words_append(buf, len, "%s ", dot + 2);
    reveal_trp_place(a, pq, buf, len);
}

/* ---- palpate: the client's position, the technique, then where to press ---------------- */

static const char *const palpate_fields[] = {"muscle", "trp", "view", "side", "tolerance", "prompt", QUESTION_FIELDS, NULL};
static const char *const position_labels[POS_COUNT] = {"Prone", "Supine", "Side-lying", "Seated"};
static const char *const position_words[POS_COUNT] = {"prone", "supine", "side-lying", "seated"};
static const char *const technique_labels[TECH_COUNT] = {"Flat: press against bone", "Pincer: grasp between fingers"};
static const char *const technique_words[TECH_COUNT] = {"flat (press against bone)", "pincer (grasp between thumb and fingers)"};

/* "prone, right", "prone (you chose supine)", "prone (not answered)" */
static void part_words(char *buf, size_t len, const char *right_word, bool ok, const char *chosen)
{
    if (ok)
        snprintf(buf, len, "%s, right", right_word);
    else if (chosen)
        snprintf(buf, len, "%s (you chose %s)", right_word, chosen);
    else
        snprintf(buf, len, "%s (not answered)", right_word);
}

static void palpate_choices(const Atlas *a, const Question *q, int part, QuizChoices *out)
{
    (void)a;
    AtlasWords set = part == 0 ? ATLAS_WORDS_POSITION : ATLAS_WORDS_TECHNIQUE;
    int n;
    const char *const *ids = atlas_words(set, &n);
    for (int i = 0; i < n && i < QUIZ_MAX_CHOICES; i++) {
        out->ids[out->n] = ids[i];
        out->labels[out->n++] = part == 0 ? position_labels[i] : technique_labels[i];
    }
    out->right = atlas_word(set, part == 0 ? q->trp->palp.position : q->trp->palp.technique);
}

static const char *trp_words(const AtlasTrp *t) { return t->name && *t->name ? t->name : t->id; }

/* A trigger point's name inside a sentence: "upper medial TrP (below the spine)", "TrP1". */
static void trp_sentence(const AtlasTrp *t, char *buf, size_t len)
{
    const char *name = trp_words(t);
    bool acronym = false;   /* "TrP1" keeps its capital */
    for (const char *p = name + 1; *p && *p != ' '; p++) acronym |= *p >= 'A' && *p <= 'Z';
    if (acronym) snprintf(buf, len, "%s", name);
    else words_sentence(name, buf, len);
}

static void palpate_prompt(const Question *q, char *buf, size_t len)
{
    char mw[128], tw[128], lw[128] = "";
    words_muscle(q->muscle, mw, sizeof mw);
    trp_sentence(q->trp, tw, sizeof tw);
    if (q->landmark) reveal_landmark_name(q->landmark, lw, sizeof lw);
    snprintf(buf, len, "Palpate the client's %s %s (%s), %s: position, technique, then where to press from the "
             "marked %s.", atlas_side_name(q->side), mw, words_view(q->view), tw, lw);
}

static int palpate_score(Round *r, const Question *q, const Answer *a, QuizResult *out)
{
    (void)r;
    out->nearest = q->trp;
    out->palpate = (PalpateResult){0, 0, 0, -1, -1};
    if (a->skip) return 0;
    const AtlasPalpation *pp = &q->trp->palp;
    LocateResult lr = score_locate_trp(q->trp, q->muscle->midline, q->view, q->side, q->tolerance, a->view, a->click);
    int pos = atlas_word_parse(ATLAS_WORDS_POSITION, a->choices[0]);
    int tech = atlas_word_parse(ATLAS_WORDS_TECHNIQUE, a->choices[1]);
    out->palpate = score_palpate(pp->position, pp->technique, pos, tech, lr.score);
    out->score = out->palpate.position + out->palpate.technique + out->palpate.location;
    out->distance_cm = lr.verdict == LOCATE_OK ? lr.distance_cm : -1;
    out->verdict = lr.verdict;
    /* "Position: prone, right. Technique: pincer (grasp ...) (you chose flat). 1.9 cm from the
     * trigger point ...": the right word first, then what was chosen, said as chosen */
    char pw[80], tw[120];
    part_words(pw, sizeof pw, position_words[pp->position], out->palpate.position > 0, pos < 0 ? NULL : position_words[pos]);
    part_words(tw, sizeof tw, technique_words[pp->technique], out->palpate.technique > 0,
               tech < 0 ? NULL : atlas_technique_name((PalpTechnique)tech));
    char parts[400];
    snprintf(parts, sizeof parts, "Position: %s. Technique: %s.", pw, tw);
    QuizResult where = *out;
    where.score = lr.score;
    locate_feedback(q, &where);
    snprintf(out->feedback, sizeof out->feedback, "%s ", parts);
    words_append(out->feedback, sizeof out->feedback, "%s", where.feedback);
    return 0;
}

/* {"id","name","x","y"} of the landmark a palpate question starts from. */
static json_t *landmark_json(const Question *q)
{
    json_t *o = json_object();
    const AtlasLandmark *l = q->landmark;
    json_object_set_new(o, "id", json_string(l->id));
    json_object_set_new(o, "name", json_string(l->name ? l->name : l->id));
    json_object_set_new(o, "x", protocol_json_cm(l->at[q->side][q->view].x));
    json_object_set_new(o, "y", protocol_json_cm(l->at[q->side][q->view].y));
    return o;
}

static void palpate_question_json(json_t *o, const Question *q)
{
    json_t *trp = json_object();   /* named, not placed: where it lies is the question */
    json_object_set_new(trp, "id", json_string(q->trp->id));
    json_object_set_new(trp, "name", json_string(trp_words(q->trp)));
    json_object_set_new(o, "muscle", json_string(q->muscle->id));
    json_object_set_new(o, "trp", trp);
    json_object_set_new(o, "tolerance", protocol_json_cm(q->tolerance));
    json_object_set_new(o, "landmark", landmark_json(q));
}

static void palpate_result_json(json_t *o, const Question *q, const QuizResult *r)
{
    static const char *const verdicts[] = {"ok", "wrong_view", "wrong_side", "no_trp"};
    const AtlasPalpation *pp = &q->trp->palp;
    if (!r->skipped) {
        json_t *parts = json_object();
        json_object_set_new(parts, "position", json_integer(r->palpate.position));
        json_object_set_new(parts, "technique", json_integer(r->palpate.technique));
        json_object_set_new(parts, "location", json_integer(r->palpate.location));
        json_object_set_new(o, "parts", parts);
        json_object_set_new(o, "verdict", json_string(verdicts[r->verdict]));
    }
    if (r->distance_cm >= 0) json_object_set_new(o, "distance_cm", protocol_json_cm(r->distance_cm));
    json_t *ans = json_object();
    json_object_set_new(ans, "muscle", json_string(q->muscle->id));
    json_object_set_new(ans, "view", json_string(atlas_view_name(q->view)));
    json_object_set_new(ans, "side", json_string(atlas_side_name(q->side)));
    json_object_set_new(ans, "trp", protocol_json_trp(q->trp, q->side, q->view, true));
    json_object_set_new(ans, "position", json_string(atlas_position_name((PalpPosition)pp->position)));
    json_object_set_new(ans, "technique", json_string(atlas_technique_name((PalpTechnique)pp->technique)));
    json_object_set_new(ans, "landmark", landmark_json(q));
    json_object_set_new(ans, "steps", protocol_json_strings((const char *const *)pp->steps, pp->nsteps));
    json_object_set_new(o, "answer", ans);
}

static void palpate_result_lua(lua_State *L, const Question *q, const QuizResult *r)
{
    (void)q;
    if (r->skipped) return;
    lua_createtable(L, 0, 3);
    lua_pushinteger(L, r->palpate.position);
    lua_setfield(L, -2, "position");
    lua_pushinteger(L, r->palpate.technique);
    lua_setfield(L, -2, "technique");
    lua_pushinteger(L, r->palpate.location);
    lua_setfield(L, -2, "location");
    lua_setfield(L, -2, "parts");
    if (r->distance_cm < 0) return;
    lua_pushnumber(L, r->distance_cm);
    lua_setfield(L, -2, "distance_cm");
}

/* The feedback, then the way from the first landmark to the trigger point: "From the
 * acromion: 3 cm below and 2 cm medial to the acromion." */
static void palpate_reveal(const Atlas *a, const PlayedQuestion *pq, char *buf, size_t len)
{
    (void)a;
    const Question *q = &pq->q;
    const QuizResult *r = &pq->res;
    if (!(r->skipped && pq->timed_out)) words_append(buf, len, "%s ", r->feedback);
    Side s;
    if (r->verdict == LOCATE_WRONG_SIDE && pq->has_click && reveal_side_of(pq->click_view, pq->click, &s))
        words_append(buf, len, "You clicked the client's %s side. ", s == SIDE_LEFT ? "LEFT" : "RIGHT");
    if (r->skipped) {
        const AtlasPalpation *pp = &q->trp->palp;
        words_append(buf, len, "The client lies %s; the technique is %s. ", position_words[pp->position],
                     technique_words[pp->technique]);
    }
    if (q->landmark && q->trp->has_at[q->side][q->view]) {
        char name[128], way[256];
        reveal_landmark_name(q->landmark, name, sizeof name);
        reveal_relation(q->view, q->trp->at[q->side][q->view], q->landmark, q->landmark->at[q->side][q->view], true,
                        way, sizeof way);
        words_append(buf, len, "Find the %s first: the trigger point lies %s.", name, way);
    }
}

/* ---- the table ------------------------------------------------------------------------- */

#define MUSCLE_PART {"choice", "choices", "Which muscle?"}

const QuizKindDef quiz_kind_table[QUIZ_KIND_COUNT] = {
    [QUIZ_LOCATE] = {
        .kind = QUIZ_LOCATE, .name = "locate", .label = "Locate",
        .mode = ANSWER_CLICK, .parts = ANSWER_PART_CLICK, .answer_words = "a click", .fields = locate_fields,
        .needs_trp = false, .needs = KIND_NEEDS_TRP, .needs_words = "trigger point", .correct_at = 50,
        .prompt = locate_prompt, .score = locate_score, .question_json = locate_question_json,
        .result_json = locate_result_json, .result_lua = locate_result_lua, .reveal_words = locate_reveal,
    },
    [QUIZ_REFER] = {
        .kind = QUIZ_REFER, .name = "refer", .label = "Refer",
        .mode = ANSWER_PAINT, .parts = ANSWER_PART_PAINT, .answer_words = "a painted region", .fields = refer_fields,
        .needs_trp = true, .needs = KIND_NEEDS_ZONE, .needs_words = "trigger point or referred-pain zone",
        .shows_trp = true,
        .correct_at = 50,
        .prompt = refer_prompt, .score = refer_score, .question_json = refer_question_json,
        .result_json = refer_result_json, .result_lua = refer_result_lua, .reveal_words = refer_reveal,
    },
    [QUIZ_IDENTIFY] = {
        .kind = QUIZ_IDENTIFY, .name = "identify", .label = "Identify",
        .mode = ANSWER_CHOICE, .parts = ANSWER_PART_CHOICE, .nchoices = 1, .choice_parts = {MUSCLE_PART},
        .answer_words = "a choice", .choices = muscle_choices,
        .fields = choice_fields, .needs_trp = true, .needs = KIND_NEEDS_ZONE, .needs_words = "referred-pain zone",
        .shows_zone = true, .has_choices = true, .has_areas = true, .correct_at = 100,
        .prompt = identify_prompt, .score = choice_score, .question_json = identify_question_json,
        .result_json = choice_result_json, .result_lua = choice_result_lua, .reveal_words = choice_reveal,
    },
    [QUIZ_NAME] = {
        .kind = QUIZ_NAME, .name = "name", .label = "Name",
        .mode = ANSWER_CHOICE, .parts = ANSWER_PART_CHOICE, .nchoices = 1, .choice_parts = {MUSCLE_PART},
        .answer_words = "a choice", .choices = muscle_choices,
        .fields = choice_fields, .needs_trp = true, .needs = KIND_NEEDS_TRP, .needs_words = "trigger point shown",
        .shows_trp = true, .has_choices = true, .correct_at = 100,
        .prompt = name_prompt, .score = choice_score, .question_json = name_question_json,
        .result_json = choice_result_json, .result_lua = choice_result_lua, .reveal_words = choice_reveal,
    },
    [QUIZ_PALPATE] = {
        .kind = QUIZ_PALPATE, .name = "palpate", .label = "Palpate",
        .mode = ANSWER_CLICK, .parts = ANSWER_PART_CHOICE | ANSWER_PART_CLICK, .nchoices = 2,
        .choice_parts = {{"position", "positions", "How does the client lie?"},
                         {"technique", "techniques", "How do you palpate it?"}},
        .answer_key = "palpate", .answer_words = "a position, a technique and a click", .choices = palpate_choices,
        .fields = palpate_fields, .needs_trp = true, .needs = KIND_NEEDS_LANDMARK,
        .needs_words = "trigger point drawn with its first palpation landmark", .correct_at = 50,
        .prompt = palpate_prompt, .score = palpate_score, .question_json = palpate_question_json,
        .result_json = palpate_result_json, .result_lua = palpate_result_lua, .reveal_words = palpate_reveal,
    },
};

void quiz_choices(const Atlas *a, const Question *q, int part, QuizChoices *out)
{
    memset(out, 0, sizeof *out);
    const QuizKindDef *k = quiz_kind(q->kind);
    if (k->choices && part >= 0 && part < k->nchoices) k->choices(a, q, part, out);
}

int quiz_choices_find(const QuizChoices *c, const char *id)
{
    for (int i = 0; id && i < c->n; i++)
        if (!strcmp(c->ids[i], id)) return i;
    return -1;
}
