/* shots: the one list of scenes `shot` can draw, each set up with sample data. */
#ifndef SHOTS_H
#define SHOTS_H

#include "screens/game.h"

typedef struct ShotEntry {
    const char *name;            /* "title", "menu", "chart:" (prefix takes an argument) */
    const char *summary;
    Scene *(*make)(Game *g, const char *arg);
} ShotEntry;
const ShotEntry *shot_entries(int *count);
/* The entry for "name" or "prefix:arg" (arg set to the part after the colon). */
const ShotEntry *shot_find(const char *scene, const char **arg);

/* A quiz scene showing a question of a kind ("locate", "refer", "refer2": a two-view
 * pattern, ...) after two answered
 * well, with sample paint (refer) and optionally answered badly (reveal); a results screen
 * of a sample round; a quiz scene's question answered well or badly (a sample answer), or
 * a reveal moved on from. */
Scene *shot_quiz(Game *g, const char *kind, bool reveal, bool with_paint);
Scene *shot_results(Game *g);
/* The results of quiz:refer2's round (its two-view refer answered with the sample paint,
 * the rest well) with that question selected: every view again with its paint and verdicts. */
Scene *shot_results_refer2(Game *g);
/* The summary at the end of a review round of the sample player's due items, most answered
 * well, some missed. */
Scene *shot_review_summary(Game *g);
void shot_quiz_answer(Scene *quiz, bool good);

#endif
