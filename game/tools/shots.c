/* shots: the scenes `trigger-trainer shot` can draw, each set up with sample data, and the
 * list `shot --list` prints. */
#include "tools/shots.h"
#include "tools/sample.h"
#include "screens/paint.h"
#include "screens/scenes.h"
#include "quiz/play.h"

#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static Scene *make_title(Game *g, const char *arg) {
    (void)arg;
    return scene_title_new(g);
}
static Scene *make_menu(Game *g, const char *arg) { (void)arg; return scene_menu_new(g); }

static Scene *make_players(Game *g, const char *arg) { (void)arg; return scene_players_new(g); }

static Scene *make_settings(Game *g, const char *arg) { (void)arg; return scene_settings_new(g); }

static Scene *make_chart(Game *g, const char *arg) { return scene_chart_new(g, arg); }
static Scene *make_muscle(Game *g, const char *arg) { return scene_muscle_new(g, arg); }
static Scene *make_explore(Game *g, const char *arg) { return scene_explore_new(g, arg); }

/* symptom search with pain painted over the upper trapezius pattern */
static Scene *make_symptom(Game *g, const char *arg)
{
    (void)arg;
    Scene *s = scene_explore_new(g, NULL);
    const AtlasTrp *t = s ? atlas_trp(game_atlas(g), "upper_trapezius_1", NULL) : NULL;
    Vec2 dabs[2048];
    int n = 0;
    if (t && t->essential[SIDE_RIGHT][VIEW_POSTERIOR].count) {
        const Polygon *p = &t->essential[SIDE_RIGHT][VIEW_POSTERIOR].polys[0];
        Rect b = geom_polygon_bounds(p->pts, p->n);
        for (float y = b.y + 1; y < b.y + b.h; y += 1.2f)
            for (float x = b.x + 0.5f; x < b.x + b.w; x += 1.2f)
                if (geom_point_in_polygon((Vec2){x, y}, p->pts, p->n) && n < 2048)
                    dabs[n++] = (Vec2){x, y};
    }
    if (s)
        scene_explore_search_paint(s, VIEW_POSTERIOR, dabs, n, 1.4f);
    return s;
}

static Scene *make_progress(Game *g, const char *arg) { (void)arg; return scene_progress_new(g); }

/* ---- the play screens, each set up with a short sample round ---------------------- */

/* Dabs over most of a refer question's essential zone, shifted a little so that the reveal
 * shows a miss. */
static void sample_paint(Scene *quiz)
{
    const Question *q = scene_quiz_asking(quiz);
    if (!q || !q->trp || quiz_kind(q->kind)->mode != ANSWER_PAINT)
        return;
    BodyGrid *z = malloc(sizeof *z);
    if (!z)
        return;
    for (int v = 0; v < q->nviews; v++) {   /* every view of the pattern */
        Paint *paint = scene_quiz_paint(quiz, q->views[v]);
        if (!paint)
            continue;
        bodygrid_clear(z);
        bodygrid_fill_shape(z, &q->trp->essential[q->side][q->views[v]]);
        for (float y = BODYGRID_Y0; y < 174; y += 1.5f)
            for (float x = BODYGRID_X0; x < 60; x += 1.5f)
                if (bodygrid_get(z, (Vec2){x, y}))
                    paint_add(paint, (Vec2){x + 0.8f, y - 0.6f}, 1.3f, false);
    }
    free(z);
}

static bool in_shape(const Shape *sh, Vec2 p)
{
    for (int i = 0; i < sh->count; i++)
        if (geom_point_in_polygon(p, sh->polys[i].pts, sh->polys[i].n))
            return true;
    return false;
}

/* A refer answer that earns every verdict: the named areas of the zone, as met view by
 * view, are painted in turn whole (found), half (partly) and not at all (missed, the rest);
 * and a small patch on the client's other side, the mirror image of the X in the first view
 * (overshoot). */
static void sample_paint_verdicts(Scene *quiz, const Atlas *a)
{
    const Question *q = scene_quiz_asking(quiz);
    if (!q || !q->trp || quiz_kind(q->kind)->mode != ANSWER_PAINT || !a)
        return;
    BodyGrid *z = malloc(sizeof *z);
    int *rank = calloc((size_t)a->nareas + 1, sizeof *rank),
        *seen = calloc((size_t)a->nareas + 1, sizeof *seen);
    int met = 0;
    for (int v = 0; z && rank && seen && v < q->nviews; v++) {
        View view = q->views[v];
        Paint *paint = scene_quiz_paint(quiz, view);
        if (!paint)
            continue;
        bodygrid_clear(z);
        bodygrid_fill_shape(z, &q->trp->essential[q->side][view]);
        paint_stroke_begin(paint);
        for (float y = BODYGRID_Y0; y < 174; y += 1.0f)
            for (float x = BODYGRID_X0; x < 60; x += 1.0f) {
                Vec2 p = {x, y};
                if (!bodygrid_get(z, p))
                    continue;
                int area = a->nareas;   /* none */
                for (int i = 0; i < a->nareas && area == a->nareas; i++)
                    if (!a->areas[i].arm && in_shape(&a->areas[i].shape[view], p))
                        area = i;
                if (!rank[area])
                    rank[area] = ++met;
                seen[area]++;
                if (rank[area] == 1 || (rank[area] == 2 && seen[area] % 2))
                    paint_add(paint, p, 0.7f, false);
            }
        paint_stroke_end(paint);
    }
    View v0 = q->views[0];
    Paint *first = scene_quiz_paint(quiz, v0);
    if (first && q->trp->has_at[q->side][v0] && v0 < VIEW_BODY_COUNT) {
        Vec2 x0 = q->trp->at[q->side][v0];
        paint_stroke_begin(first);   /* the mirror image: the other side, where it does not refer */
        for (float y = -1; y <= 1; y += 1.0f)
            paint_add(first, (Vec2){-x0.x, x0.y + y}, 1.0f, false);
        paint_stroke_end(first);
    }
    free(z);
    free(rank);
    free(seen);
}

void shot_quiz_answer(Scene *quiz, bool good)
{
    if (scene_quiz_next(quiz))
        return;
    const Question *q = scene_quiz_asking(quiz);
    if (!q)
        return;
    const QuizKindDef *k = quiz_kind(q->kind);
    Answer a = {.view = q->view};
    /* each choice part: the right option (the right muscle, position, ...); a wrong answer
     * gets its first part wrong */
    for (int i = 0; k->parts & ANSWER_PART_CHOICE && i < k->nchoices && i < ANSWER_MAX_CHOICES; i++) {
        QuizChoices c;
        quiz_choices(NULL, q, i, &c);
        const char *pick = NULL;
        for (int j = 0; j < c.n && !pick; j++)
            if ((good || i > 0) == (c.right && !strcmp(c.ids[j], c.right)))
                pick = c.ids[j];
        if (!pick)
            return;
        a.choices[a.nchoices++] = pick;
    }
    if (k->parts & ANSWER_PART_CLICK) {   /* near the trigger point asked (else the muscle's first
                                             in the view), or 3 cm off */
        const AtlasTrp *t = q->trp && q->trp->has_at[q->side][q->view] ? q->trp : NULL;
        for (int i = 0; !t && i < q->muscle->ntrps; i++)
            if (q->muscle->trps[i].has_at[q->side][q->view])
                t = &q->muscle->trps[i];
        if (!t)
            return;
        Vec2 b = t->at[q->side][q->view];
        a.has_click = true;
        a.click = good ? (Vec2){b.x + 0.6f, b.y - 0.5f} : (Vec2){b.x + 1.8f, b.y - 2.4f};
    }
    if (k->parts & ANSWER_PART_PAINT) {   /* the scene's paint, the sample's when there is none yet */
        if (!scene_quiz_painted(quiz))
            sample_paint(quiz);
        a.has_paint = true;
    }
    scene_quiz_answer(quiz, &a);
}

static bool shot_spec(const Atlas *a, QuizKind kind, const char *muscle, int view, int side, int trp, QuizSpec *out)
{
    if (!quiz_spec_init(a, kind, muscle, out))
        return false;
    QuizSpec fixed = *out;
    if (view >= 0) { fixed.has_view = true; fixed.view = (View)view; }
    if (side >= 0) { fixed.has_side = true; fixed.side = (Side)side; }
    fixed.trp = trp;
    if (kind == QUIZ_LOCATE) fixed.tolerance = 4;
    if (view < 0 || side < 0 || round_spec_fits(&fixed, fixed.view, fixed.side))
        *out = fixed;
    return true;
}

/* The question each quiz shot shows, by kind. */
static const struct {
    const char *name;
    QuizKind kind;
    const char *muscle;
    int view;
    Side side;
    int trp;
} shown[] = {
    {"locate", QUIZ_LOCATE, "upper_trapezius", VIEW_POSTERIOR, SIDE_LEFT, 0},
    {"refer", QUIZ_REFER, "upper_trapezius", VIEW_LATERAL_RIGHT, SIDE_RIGHT, 1},
    /* a pattern in two views: the X on the back, the pain down the side of the arm */
    {"refer2", QUIZ_REFER, "supraspinatus", -1, SIDE_RIGHT, 1},
    {"identify", QUIZ_IDENTIFY, "infraspinatus", VIEW_POSTERIOR, SIDE_RIGHT, 0},
    {"name", QUIZ_NAME, "levator_scapulae", VIEW_POSTERIOR, SIDE_RIGHT, 0},
    {"palpate", QUIZ_PALPATE, "infraspinatus", VIEW_POSTERIOR, SIDE_RIGHT, 1},
};

Scene *shot_quiz(Game *g, const char *kind, bool reveal, bool with_paint)
{
    const Atlas *a = game_atlas(g);
    QuizSet *set = a ? game_quizzes(g) : NULL;
    int which = -1;
    for (size_t i = 0; i < sizeof shown / sizeof shown[0]; i++)
        if (!strcmp(shown[i].name, kind))
            which = (int)i;
    if (!set || which < 0)
        return NULL;
    /* two questions answered well, then the one to show, then two more */
    QuizSpec specs[5];
    int n = 0;
    n += shot_spec(a, QUIZ_NAME, "sternocleidomastoid", VIEW_ANTERIOR, SIDE_RIGHT, 0, &specs[n]);
    n += shot_spec(a, QUIZ_IDENTIFY, "levator_scapulae", VIEW_POSTERIOR, SIDE_LEFT, 0, &specs[n]);
    n += shot_spec(a, shown[which].kind, shown[which].muscle, shown[which].view, (int)shown[which].side,
                   shown[which].trp, &specs[n]);
    n += shot_spec(a, QUIZ_LOCATE, "levator_scapulae", VIEW_POSTERIOR, SIDE_RIGHT, 0, &specs[n]);
    n += shot_spec(a, QUIZ_REFER, "infraspinatus", VIEW_POSTERIOR, SIDE_RIGHT, 0, &specs[n]);
    if (n < 3)
        return NULL;
    /* a round of these specs, not a quiz added to the set; a time limit shows the timer bar */
    char id[48], err[QUIZ_FEEDBACK_MAX];
    snprintf(id, sizeof id, "shot-%s", kind);
    RoundSpecs rs = {.id = id, .title = "Neck and shoulder", .specs = specs, .n = n, .time_limit = 30};
    PlaySetup su;
    game_play_setup(g, 42, false, &su);
    Play *play = play_begin_specs(set, &rs, &su, err, sizeof err);
    Scene *s = play ? scene_quiz_new_review(g, play) : NULL;
    if (!s)
        return NULL;
    shot_quiz_answer(s, true);
    shot_quiz_answer(s, true);   /* reveal of question 1 -> question 2 */
    shot_quiz_answer(s, true);
    shot_quiz_answer(s, true);   /* -> question 3, the one to show */
    if (with_paint && which == 2)
        sample_paint_verdicts(s, a);
    else if (with_paint)
        sample_paint(s);
    if (reveal)
        shot_quiz_answer(s, false);
    return s;
}

Scene *shot_results(Game *g)
{
    QuizSet *set = game_atlas(g) ? game_quizzes(g) : NULL;
    const Quiz *quiz = set ? quiz_set_find(set, "head-and-neck") : NULL;
    if (!quiz && set && quiz_set_count(set) > 0)
        quiz = quiz_set_at(set, 0);
    if (!quiz)
        return NULL;
    Scene *s = scene_quiz_new_offline(g, quiz, 42);
    if (!s)
        return NULL;
    /* answer everything, mostly well, then end the round */
    for (int i = 0; i < 2 * QUIZ_MAX_QUESTIONS; i++)
        shot_quiz_answer(s, i % 6 != 4);
    PlayLog *log = scene_quiz_take_log(s);
    s->destroy(s);
    if (!log)
        return NULL;
    log->seconds = 187;
    log->best_percent = game_best(g, log->quiz_id, NULL);
    Scene *r = scene_results_new(g, log);
    if (!r)
        play_log_free(log);
    return r;
}

Scene *shot_results_refer2(Game *g)
{
    Scene *s = shot_quiz(g, "refer2", true, true);
    if (!s)
        return NULL;
    for (int i = 0; i < 2 * QUIZ_MAX_QUESTIONS; i++)   /* the two questions after it, well */
        shot_quiz_answer(s, true);
    PlayLog *log = scene_quiz_take_log(s);
    s->destroy(s);
    if (!log)
        return NULL;
    log->seconds = 94;
    Scene *r = scene_results_answers_new(g, log);
    if (!r) {
        play_log_free(log);
        return NULL;
    }
    scene_results_select(r, 2);   /* the two-view refer question */
    return r;
}

static Scene *make_play(Game *g, const char *arg) { (void)arg; return scene_play_new(g); }
static Scene *make_quiz_locate(Game *g, const char *arg) { (void)arg; return shot_quiz(g, "locate", false, false); }
static Scene *make_quiz_locate_reveal(Game *g, const char *arg) { (void)arg; return shot_quiz(g, "locate", true, false); }
static Scene *make_quiz_refer(Game *g, const char *arg) { (void)arg; return shot_quiz(g, "refer", false, true); }
static Scene *make_quiz_refer_reveal(Game *g, const char *arg) { (void)arg; return shot_quiz(g, "refer", true, true); }
static Scene *make_quiz_refer2(Game *g, const char *arg) { (void)arg; return shot_quiz(g, "refer2", false, true); }
static Scene *make_quiz_refer2_reveal(Game *g, const char *arg) { (void)arg; return shot_quiz(g, "refer2", true, true); }
static Scene *make_quiz_identify(Game *g, const char *arg) { (void)arg; return shot_quiz(g, "identify", false, false); }
static Scene *make_quiz_name(Game *g, const char *arg) { (void)arg; return shot_quiz(g, "name", false, false); }
static Scene *make_quiz_identify_reveal(Game *g, const char *arg) { (void)arg; return shot_quiz(g, "identify", true, false); }
static Scene *make_quiz_name_reveal(Game *g, const char *arg) { (void)arg; return shot_quiz(g, "name", true, false); }
static Scene *make_quiz_palpate(Game *g, const char *arg) { (void)arg; return shot_quiz(g, "palpate", false, false); }
static Scene *make_quiz_palpate_reveal(Game *g, const char *arg) { (void)arg; return shot_quiz(g, "palpate", true, false); }
static Scene *make_results(Game *g, const char *arg) { (void)arg; return shot_results(g); }
static Scene *make_results_refer2(Game *g, const char *arg) { (void)arg; return shot_results_refer2(g); }
/* The review round the preview starts (the sample player's items due today). */
static Scene *review_round(Game *g)
{
    QuizSet *set = game_atlas(g) ? game_quizzes(g) : NULL;
    if (!set)
        return NULL;
    PlaySetup su;
    game_play_setup(g, game_seed(g, "review"), true, &su);
    PlayReview why;
    char err[QUIZ_FEEDBACK_MAX];
    Play *play = play_review(set, &su, &why, err, sizeof err);
    if (!play)
        fprintf(stderr, "trigger-trainer: shot: no review round: %s\n", err);
    return play ? scene_quiz_new_review(g, play) : NULL;
}

static Scene *make_review(Game *g, const char *arg) { (void)arg; return review_round(g); }
static Scene *make_review_preview(Game *g, const char *arg) { (void)arg; return scene_review_new(g); }

Scene *shot_review_summary(Game *g)
{
    Scene *s = review_round(g);
    if (!s)
        return NULL;
    for (int i = 0; i < 2 * PLAY_REVIEW_MAX; i++) {
        const Question *q = scene_quiz_asking(s);
        shot_quiz_answer(s, i % 6 != 2);
        if (q && scene_quiz_asking(s) == q) {   /* a pattern the sample paint misses: skipped */
            Answer skip = {.skip = true};
            scene_quiz_answer(s, &skip);
        }
    }
    g->toast[0] = 0;
    PlayLog *log = scene_quiz_take_log(s);
    s->destroy(s);
    if (!log)
        return NULL;
    log->seconds = 143;
    Scene *r = scene_results_new(g, log);
    if (!r)
        play_log_free(log);
    return r;
}

static Scene *make_review_summary(Game *g, const char *arg) { (void)arg; return shot_review_summary(g); }

static Scene *make_icon(Game *g, const char *arg) { (void)arg; return scene_icon_new(g); }
/* The keys of a refer question (F1): the question goes under the overlay. */
static Scene *make_help(Game *g, const char *arg)
{
    (void)arg;
    Scene *quiz = shot_quiz(g, "refer", false, true);
    Scene *help = quiz ? scene_help_new(g, quiz) : NULL;
    if (!help) {
        if (quiz) quiz->destroy(quiz);
        return NULL;
    }
    app_push(g->app, quiz);
    return help;
}

static const ShotEntry entries[] = {
    {"title", "the title screen", make_title},
    {"menu", "the main menu, with the sample player's items due today on Review", make_menu},
    {"players", "choose or create a player", make_players},
    {"settings", "display and play preferences", make_settings},
    {"chart:", "chart:VIEW, one view with outlines and landmarks (anterior, posterior, lateral_right, lateral_left, "
               "foot_plantar, leg_medial, hand_palmar, hand_dorsal)", make_chart},
    {"muscle:", "muscle:ID, a muscle with its trigger points and pain zones in every view", make_muscle},
    {"explore", "the atlas browser; explore:ID opens a muscle", make_explore},
    {"explore:", "explore:ID, the atlas browser with a muscle open", make_explore},
    {"symptom", "symptom search with pain painted and the muscles found", make_symptom},
    {"progress", "mastery map and scores over time (sample player)", make_progress},
    {"icon", "the application icon (shot icon --size 256x256)", make_icon},
    {"play", "the quiz list with the player's best scores", make_play},
    {"quiz:locate", "a locate question (click the trigger point), timer running", make_quiz_locate},
    {"quiz:locate-reveal", "a locate answer revealed: trigger point, click, distance, landmarks", make_quiz_locate_reveal},
    {"quiz:refer", "a refer question with paint, on every view of its pattern", make_quiz_refer},
    {"quiz:refer-reveal", "a refer answer revealed: one verdict per area in colour and pattern, in every view",
     make_quiz_refer_reveal},
    {"quiz:refer2", "a refer question on a pattern in two views (supraspinatus: the X on the back, the pain down "
                    "the side of the arm), painted",
     make_quiz_refer2},
    {"quiz:refer2-reveal", "that answer revealed: found, partly, missed and overshoot in their colours and patterns",
     make_quiz_refer2_reveal},
    {"quiz:identify", "an identify question: a pain pattern and muscles to choose from", make_quiz_identify},
    {"quiz:name", "a name question: a trigger point and muscles to choose from", make_quiz_name},
    {"quiz:identify-reveal", "an identify answer revealed (a wrong choice, the right muscle shown)", make_quiz_identify_reveal},
    {"quiz:name-reveal", "a name answer revealed (a wrong choice, the right muscle shown)", make_quiz_name_reveal},
    {"quiz:palpate", "a palpate question: the client's position to choose, the landmark to start from", make_quiz_palpate},
    {"quiz:palpate-reveal", "a palpate answer revealed step by step (a wrong position), the way from the landmark",
     make_quiz_palpate_reveal},
    {"results", "results of a sample round, first question revealed again", make_results},
    {"results-refer2", "the results of quiz:refer2's round, its two-view refer question shown again: every view "
                       "with its paint and verdicts",
     make_results_refer2},
    {"review", "the first question of a review round (the sample player's items due today)", make_review},
    {"review-preview", "what Review opens on: the items due today, why each is due, how long it takes",
     make_review_preview},
    {"review-summary", "the end of a review round: each item's score and when it comes back, what is still due",
     make_review_summary},
    {"help", "the keys of the screen (F1 or ?), here over a refer question", make_help},
};

const ShotEntry *shot_entries(int *count)
{
    *count = (int)(sizeof entries / sizeof entries[0]);
    return entries;
}

const ShotEntry *shot_find(const char *scene, const char **arg)
{
    int n;
    const ShotEntry *e = shot_entries(&n);
    for (int i = 0; i < n; i++) {
        size_t len = strlen(e[i].name);
        bool prefix = e[i].name[len - 1] == ':';
        if (prefix ? !strncmp(scene, e[i].name, len) && scene[len] : !strcmp(scene, e[i].name)) {
            *arg = scene + (prefix ? len : strlen(scene));
            return &e[i];
        }
    }
    return NULL;
}
