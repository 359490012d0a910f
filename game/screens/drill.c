/* drill: a short round on one muscle, what "Quiz me on this muscle" (Explore) and a
 * "Practise next" row (Progress) start. A few questions built in C (play_begin_specs), in
 * this order: locate each of its common trigger points (at most two; an occasional or rare
 * one only when it has no common one), refer for the first of them that has a pain zone,
 * identify (whose pain is this?) and name (whose trigger point is this?). Whatever the
 * atlas cannot ask for this muscle is left out. The round is saved under the quiz id
 * "drill:MUSCLE", so every answer also feeds the spaced review, and Results' "Play again"
 * starts the same drill. docs/screens.md says the same. */
#include "screens/game.h"
#include "screens/scenes.h"
#include "quiz/play.h"
#include "quiz/round.h"

#include <stdio.h>
#include <string.h>

/* Can the spec be asked in some view and side? */
static bool askable(const QuizSpec *s)
{
    for (int v = 0; v < VIEW_COUNT; v++)
        for (int sd = 0; sd < SIDE_COUNT; sd++)
            if (round_spec_fits(s, (View)v, (Side)sd))
                return true;
    return false;
}

/* Adds a question of kind k on trigger point trp (1-based, 0 = open) when it can be asked. */
static int add(const Atlas *a, QuizKind k, const AtlasMuscle *m, int trp, QuizSpec *out)
{
    if (!quiz_spec_init(a, k, m->id, out))
        return 0;
    if (trp > 0) {
        QuizSpec s = *out;
        s.trp = trp;
        if (!askable(&s))
            return 0;
        *out = s;
    }
    return 1;
}

static int drill_specs(const Atlas *a, const AtlasMuscle *m, QuizSpec *out, int max)
{
    int n = 0, located = 0, first = 0;
    for (int pass = 0; pass < 2 && located == 0; pass++)   /* common ones; else any */
        for (int t = 0; t < m->ntrps && located < 2 && n < max; t++) {
            if (pass == 0 && m->trps[t].frequency != FREQ_COMMON)
                continue;
            int got = add(a, QUIZ_LOCATE, m, t + 1, &out[n]);
            n += got;
            located += got;
            if (got && !first)
                first = t + 1;
        }
    if (n < max) {
        int got = first ? add(a, QUIZ_REFER, m, first, &out[n]) : 0;
        n += got ? got : add(a, QUIZ_REFER, m, 0, &out[n]);
    }
    if (n < max) n += add(a, QUIZ_IDENTIFY, m, 0, &out[n]);
    if (n < max) n += add(a, QUIZ_NAME, m, 0, &out[n]);
    return n;
}

Scene *scene_drill_new(Game *g, const char *muscle_id)
{
    const Atlas *a = game_atlas(g);
    QuizSet *set = a ? game_quizzes(g) : NULL;
    const AtlasMuscle *m = a ? atlas_muscle(a, muscle_id) : NULL;
    if (!set || !m) {
        game_toast(g, "No drill: %s", !a ? g->atlas_error : !m ? "the muscle is not in the atlas" : "no quizzes");
        return NULL;
    }
    QuizSpec specs[6];
    int n = drill_specs(a, m, specs, 6);
    if (n == 0) {
        game_toast(g, "The atlas cannot ask questions about %s yet", m->name);
        return NULL;
    }
    char id[160], title[200], err[QUIZ_FEEDBACK_MAX];
    snprintf(id, sizeof id, "drill:%s", m->id);
    snprintf(title, sizeof title, "Drill: %s", m->name);
    RoundSpecs rs = {.id = id, .title = title, .specs = specs, .n = n};
    PlaySetup su;
    game_play_setup(g, game_seed(g, id), true, &su);
    Play *play = play_begin_specs(set, &rs, &su, err, sizeof err);
    if (!play) {
        game_toast(g, "The drill cannot begin: %s", err);
        return NULL;
    }
    return scene_quiz_new_review(g, play);
}
