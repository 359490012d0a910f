/* scene_symptom: the symptom search of the explore scene: the student paints where it
 * hurts on the chart (the paint model of paint.c, one Paint per view) and gets the muscles
 * whose referred pain covers it, ranked (body/symptom.h), each a click away. The explore
 * scene switches to it (S, or its Search button) and draws the list, views and header
 * around it. */
#ifndef SCENE_SYMPTOM_H
#define SCENE_SYMPTOM_H

#include <stdbool.h>
#include "body/symptom.h"
#include "screens/game.h"
#include "screens/paint.h"

#define SYMPTOM_HITS 8

typedef struct SymptomSearch {
    Paint paint[VIEW_COUNT];
    bool painting;
    SymptomHit hits[SYMPTOM_HITS]; int nhits;
    Rect hit_btn[SYMPTOM_HITS];
    int focus;                        /* the result Up/Down chose (Enter opens it) */
} SymptomSearch;

void scene_symptom_init(SymptomSearch *s);
void scene_symptom_free(SymptomSearch *s);
void scene_symptom_clear(SymptomSearch *s);                       /* every view's paint */
/* Ranks the muscles for what is painted in the chart's view. */
void scene_symptom_rank(SymptomSearch *s, const Chart *c);
/* Pain painted without input (shots): n dabs of radius r at body points in view v. */
void scene_symptom_paint(SymptomSearch *s, View v, const Vec2 *at, int n, float r);
/* A pointer event in search mode: painting on the chart, a muscle found clicked (*open is
 * set to it). True when the search took the event (a redraw is due). */
bool scene_symptom_event(SymptomSearch *s, Chart *c, const InputEvent *e, const AtlasMuscle **open);
void scene_symptom_draw(SymptomSearch *s, Chart *c, Gfx *g, const Game *game);   /* the pain */
/* The info panel: what to do and the muscles found, in box (its clip is the caller's). */
void scene_symptom_draw_info(SymptomSearch *s, Gfx *g, Game *game, Rect box);

#endif
