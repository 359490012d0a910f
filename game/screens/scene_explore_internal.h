/* scene_explore_internal: what the atlas browser's files share (scene_explore.c: the list,
 * the chart, input; scene_explore_info.c: the info panel; scene_explore_chart.c: what goes over
 * the chart). Not for other screens. */
#ifndef SCENE_EXPLORE_INTERNAL_H
#define SCENE_EXPLORE_INTERNAL_H

#include "screens/game.h"
#include "screens/chart.h"
#include "screens/find_field.h"
#include "screens/scene_symptom.h"

#define MAX_ROWS 160

typedef struct Row { const char *heading; const AtlasMuscle *muscle; } Row;

typedef struct Explore {
    Game *g;
    const Atlas *atlas;
    Chart chart;
    Row rows[MAX_ROWS]; int nrows;
    int focus;                  /* row with keyboard focus */
    float scroll;               /* rows scrolled off the top */
    const AtlasMuscle *muscle;  /* open muscle or NULL */
    int trp;                    /* -1: all trigger points */
    bool symptom;               /* symptom search mode */
    SymptomSearch search;
    float info_scroll;          /* info panel scrolled by this much (logical units) */
    const AtlasArea *hover_area;       /* under the pointer, for the caption */
    const AtlasMuscle *hover_muscle;
    float info_height;          /* height of its content at the last draw */
    FindField find;             /* the name typed to filter the list */
    bool frame_pending;         /* frame the open muscle once the chart has its size */
    unsigned reported;          /* what the last layout report described */
    GfxKeep kept[3];            /* the list's column, the view buttons, the panel (gfx_keep_draw) */
    /* layout */
    Rect quiz_btn;
    Rect list_box, chart_box, legend_box, info_box, view_btn[VIEW_COUNT], mode_btn[2], trp_btn[8], arm_btn;
    int ntrp_btn;
    float row_h;
} Explore;

/* The palpation Explore shows: the chosen trigger point's, else the muscle's when it has
 * steps, else its first trigger point's. */
const AtlasPalpation *explore_shown_palpation(const Explore *e);
void explore_draw_info(Explore *e, Gfx *gfx);   /* the right-hand panel, in e->info_box */
Side explore_shown_side(const Explore *e);      /* the side the chart shows (the left lateral view: left) */
bool explore_shows_in(const AtlasMuscle *m, View v);   /* its outline, a trigger point or a zone is in v */
/* scene_explore_chart.c: over the chart, kept with its picture (a ChartOverFn, ud: the Explore),
 * and what is drawn over and around it every frame */
void explore_draw_chart_marks(Chart *c, Gfx *gfx, void *ud);
void explore_draw_chart_overlay(Explore *e, Gfx *gfx);

#endif
