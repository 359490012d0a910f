/* scenes: the constructor of every scene, the one place screens construct each other (a
 * screen pushes the next one) and the tools reach them. Constructors return NULL when out
 * of memory or their data is missing (a toast then says why). A few scenes can also be
 * driven without input, for shots, the bench and tests. */
#ifndef SCENES_H
#define SCENES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "screens/game.h"

struct Quiz;
struct Question;
struct Answer;
struct Paint;
struct PlayLog;
struct Play;

Scene *scene_title_new(Game *g);
Scene *scene_menu_new(Game *g);
int scene_menu_due(Scene *menu);   /* the items due today its Review entry shows (-1 unknown) */
Scene *scene_players_new(Game *g);                        /* choose / create / rename / delete */
Scene *scene_settings_new(Game *g);
Scene *scene_progress_new(Game *g);
Scene *scene_icon_new(Game *g);                           /* the application icon */
/* A confirmation overlay: question, yes/no; on yes calls done(arg). */
Scene *scene_confirm_new(Game *g, const char *question, const char *yes, void (*done)(App *, void *), void *arg);
/* The keys of the screen `under` as an overlay (F1 or the "?" button; screens/help.h). */
Scene *scene_help_new(Game *g, Scene *under);

/* The atlas sheets (scene_sheet.c): one muscle in every view it shows; one view with
 * outlines and landmarks. */
Scene *scene_muscle_new(Game *g, const char *muscle_id);
Scene *scene_chart_new(Game *g, const char *view_name);

/* The atlas browser; muscle_id opens a muscle (may be NULL), "symptom" opens the search. */
Scene *scene_explore_new(Game *g, const char *muscle_id);
/* Its symptom search without input: pain painted at n body points of view v (radius r cm),
 * then the muscles ranked. */
void scene_explore_search_paint(Scene *explore, View v, const Vec2 *at, int n, float r);

/* Playing. The quiz list; a round of a quiz (seed: game_seed); the review preview (what is
 * due, why, how long; Enter starts the round; a message when nothing is due); the results of
 * a round (takes the record, freed with the scene). */
Scene *scene_play_new(Game *g);
Scene *scene_quiz_new(Game *g, const struct Quiz *quiz, uint64_t seed);
Scene *scene_review_new(Game *g);
Scene *scene_results_new(Game *g, struct PlayLog *log);   /* a review round: its summary first */
Scene *scene_results_answers_new(Game *g, struct PlayLog *log);   /* every answer, whatever the round */
void scene_results_select(Scene *results, int i);   /* shows question i's reveal again (0: the first) */
/* Where the last drawn frame put a refer reveal's legend and the chart area; false when no
 * legend was laid out (tests: the legend never covers the chart). */
bool scene_results_legend(Scene *results, Rect *legend, Rect *chart);
/* The end of a review round: each item's score and next due day, what is still due. */
Scene *scene_review_summary_new(Game *g, struct PlayLog *log);
/* The line under the results' title: the total over the planned questions, pass or not,
 * "unfinished: N of M answered, quit early" for a round left early (never "finished"), the
 * best, the time; for a round with no answer, that nothing was saved. */
void scene_results_subtitle(const struct PlayLog *log, const char *when, char *sub, size_t len);
/* A round the caller began (play_review, play_begin_specs: the scene takes the play); a
 * round of a quiz that is not saved (bench). */
Scene *scene_quiz_new_review(Game *g, struct Play *play);
Scene *scene_quiz_new_offline(Game *g, const struct Quiz *quiz, uint64_t seed);
/* A short drill on one muscle (drill.c): locate, refer, identify and name questions on it,
 * saved under "drill:MUSCLE"; NULL (a toast says why) when none can be asked. */
Scene *scene_drill_new(Game *g, const char *muscle_id);

/* A quiz scene without input: the question waiting for an answer (NULL during a reveal,
 * an error or at the end); the paint of that question (a refer answer is painted here);
 * an answer given as the player would (a paint answer submits the scene's paint); from a
 * reveal on to the next question (false at the end: it never leaves the scene by itself);
 * the round ended and its record taken (the caller frees it). */
const struct Question *scene_quiz_asking(Scene *quiz);
struct Paint *scene_quiz_paint(Scene *quiz, View v);   /* the paint in view v, NULL: not shown */
bool scene_quiz_painted(Scene *quiz);                   /* paint in any view */
void scene_quiz_answer(Scene *quiz, const struct Answer *a);
bool scene_quiz_next(Scene *quiz);
struct PlayLog *scene_quiz_take_log(Scene *quiz);
/* What the quiz scene is waiting for, for its help: "click", "paint", "choice" or "reveal". */
const char *scene_quiz_help_mode(Scene *quiz);
/* The keyboard cursor on screen and the chart's rectangle; false while no cursor is shown. */
bool scene_quiz_cursor(Scene *quiz, Vec2 *screen, Rect *chart);

#endif
