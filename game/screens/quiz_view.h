/* quiz_view: what the play screens share: the reveal drawn over a chart and told in words
 * (distance, landmarks, sides, areas) and side marks on charts. */
#ifndef QUIZ_VIEW_H
#define QUIZ_VIEW_H

#include <stdbool.h>
#include <stdint.h>
#include "screens/chart.h"
#include "screens/game.h"
#include "screens/paint.h"
#include "quiz/play.h"
#include "quiz/quiz.h"


/* "R" / "L" marks in the chart's corners on the correct sides for a front or back view. */
void quiz_view_draw_sides(Chart *c, Gfx *g, const Game *game);
/* A line above a chart naming the view and where the client's sides are. */
const char *quiz_view_caption(View v);
void quiz_view_draw_caption(Gfx *g, const Game *game, Rect chart_rect, View v);
/* Zooms the chart onto what the reveal shows (trigger point, click, zones, landmarks). */
void quiz_view_focus(Chart *c, const PlayedQuestion *pq);
/* Frames a question: the whole figure for locate, else the region around the trigger
 * point (and zone) with enough body around it to recognise it. */
void quiz_view_focus_question(Chart *c, const Question *q);
/* The reveal over the chart: the trigger point (X), the click, the landmarks named in the
 * words, the zones and the paint, the muscle. paint may be NULL. */
void quiz_view_draw_reveal(Chart *c, Gfx *g, Game *game, const PlayedQuestion *pq, Paint *paint);
/* The reveal in words, a muscle's display name, the side of a body point: reveal_text,
 * reveal_muscle_name and reveal_side_of (quiz/reveal_text.h), which stdio shares. */
void quiz_view_reveal_text(const Atlas *a, const PlayedQuestion *pq, char *buf, size_t len);
const char *quiz_view_muscle_name(const Atlas *a, const char *id);
bool quiz_view_side_of(View v, Vec2 body, Side *out);

/* The quiz scene for a review round begun with play_review (it takes the play), and
 * without the store (shots). */
Scene *scene_quiz_new_review(Game *g, Play *play);
Scene *scene_quiz_new_offline(Game *g, const struct Quiz *quiz, uint64_t seed);
/* Drives a quiz scene without input (shots, tests): paints most of a refer zone; answers
 * the current question well or badly (or moves on from a reveal); ends the round and takes
 * its record (the caller frees it). */
void scene_quiz_sample_paint(Scene *s);
void scene_quiz_sample_answer(Scene *s, bool good);
PlayLog *scene_quiz_take_log(Scene *s);

/* `shot` helpers: a quiz scene with one question of a kind ("locate", "refer", ...),
 * optionally answered with a sample answer (reveal); a results screen of a sample round. */
Scene *quiz_view_shot_quiz(Game *g, const char *kind, bool reveal, bool with_paint);
Scene *quiz_view_shot_results(Game *g);

#endif
