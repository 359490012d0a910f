/* chart: a body chart on screen: camera (fit, zoom about a point, pan), exact conversion
 * between screen and body coordinates, drawing (silhouette, bones, muscles layer by layer
 * with their fibres, details, landmarks, trigger points as X, essential zones solid and
 * spillover stippled, legend), the layer control, and hit tests (which muscle or named area
 * is under a point). The static picture is drawn once into a layer and reused until view,
 * camera, size, style, the layers shown or the muscle in focus change. */
#ifndef CHART_H
#define CHART_H

#include <stdbool.h>
#include "body/atlas.h"
#include "engine/gfx.h"
#include "engine/input.h"
#include "engine/ui.h"

typedef struct ChartPalette {
    Color skin, skin_edge, detail, muscle, muscle_edge, highlight, essential, spillover,
          trp, landmark, click, paint, chart_bg;
    Color text;                 /* words on a chart: the legend */
    Color label, label_bg;      /* a landmark's name in a reveal, and the chip behind it */
    Color sides, sides_dim;     /* "R" / "L" in the corners, "client's right" under them */
    Color halo;                 /* behind the marks of a reveal (a click, a landmark) */
    Color sheet_title, sheet_text, view_label;   /* words on an atlas sheet, a view's name */
    Color weak, learning, mastered;              /* mastery from low to high */
    Color untried, untried_fill, mastery_edge;   /* a muscle never practised; outlines */
    Color muscle_deep;          /* the deep layer's tone (superficial: muscle, between: a mix) */
    Color bone, bone_edge;      /* bones under the muscles: faint fill and outline */
    Color found, partly, missed, overshoot;      /* a refer reveal's verdict per area */
} ChartPalette;

typedef enum ChartDetail { CHART_FULL, CHART_LANDMARKS, CHART_BARE } ChartDetail;

typedef struct Chart {
    const Atlas *atlas;
    View view;
    Rect rect;                  /* on screen, logical units */
    float fit_scale;            /* logical units per cm when zoom == 1 */
    float zoom;                 /* 1 = the whole figure fits */
    Vec2 centre;                /* body point at the centre of rect */
    ChartDetail detail;
    bool show_landmarks;
    bool show_sides;            /* "R"/"L" marks */
    bool hide_arm;              /* side views: leave out the near arm to show the trunk beneath */
    const AtlasMuscle *highlight; Side highlight_side;
    /* Layers: muscles deeper than `depth` are not drawn (the layer control: superficial only,
     * down to intermediate, all). The muscle in focus (`focus`, else `highlight`) is drawn
     * over every layer and the others faded. */
    AtlasLayer depth;
    const AtlasMuscle *focus; Side focus_side;
    bool layer_control;         /* the control is shown and takes clicks, touches and D */
    bool split;                 /* a wall chart's halves: the client's left side superficial */
    Rect layer_btn[LAYER_COUNT];
    /* pan by dragging */
    bool dragging; Vec2 drag_last; int drag_button;
    bool moved;                 /* zoomed or panned by the player since the last fit: not kept */
    /* Drawn into the cached layer after the base picture, in the chart's coordinates: a
     * scene's static additions (progress's mastery colours) cost nothing per frame. */
    void (*decorate)(struct Chart *c, Gfx *g, void *ud); void *decorate_ud;
    /* cache: the figure's layer, drawn at the camera pic_* (chart_picture.c) */
    GfxLayer *layer; bool layer_ok;
    float layer_scale; Color layer_bg;
    AtlasLayer drawn_depth; const AtlasMuscle *drawn_focus; Side drawn_focus_side;
    unsigned long picture;      /* names what the layer holds: another number at each redraw */
    float pic_zoom, pic_fit; Vec2 pic_centre;
    /* the layer with what the screen draws over it (chart_draw_over), at the screen's pixels,
     * kept while the hash of that drawing stays over_key: on large charts, or on any when the
     * screen asks (keep_over) */
    GfxLayer *over; bool over_ok, over_stale, keep_over; uint64_t over_key[2];
    /* fast_motion: the screen ticks the chart (chart_tick), so while the player zooms or pans
     * (moving) the last picture is stretched to the camera, and drawn again once it rests */
    bool fast_motion, moving; double rest_s;
    Vec2 *tmp; int cap_tmp;
} Chart;

void chart_init(Chart *c, const Atlas *a, View v);
void chart_free(Chart *c);
void chart_set_view(Chart *c, View v);
void chart_set_rect(Chart *c, Rect r);          /* keeps the camera, refits if never set */
void chart_fit(Chart *c);
Rect chart_figure_bounds(const Chart *c);       /* the figure of the view, with a margin, cm */
void chart_invalidate(Chart *c);
void chart_set_arm_hidden(Chart *c, bool hidden);   /* side views: draw the near arm or not */
/* Is landmark l (side s) drawn: placed in the view, and not under the drawn arm nor on a hidden one. */
bool chart_landmark_shown(const Chart *c, const AtlasLandmark *l, Side s);
Vec2 chart_to_screen(const Chart *c, Vec2 body);
Vec2 chart_to_body(const Chart *c, Vec2 screen);
float chart_cm(const Chart *c, float cm);       /* a length in cm, on screen */
void chart_zoom_at(Chart *c, Vec2 screen, float factor);
void chart_pan(Chart *c, float dx, float dy);   /* screen units */
/* Handles wheel, pinch, +/-, 0 (fit), right/middle-drag, (when keys) arrows and, with the
 * layer control, its buttons and D. True when the picture changed. */
bool chart_event(Chart *c, const InputEvent *e, bool arrows_pan);

void chart_draw(Chart *c, Gfx *g, const ChartPalette *p);                 /* base picture */
/* The base picture with the muscle highlighted and what over draws (clipped to the chart):
 * what a screen draws over a chart that stays while the camera, the answer and the layers
 * shown stay (zones, trigger points, a reveal), never what follows the pointer. It is kept
 * with the picture in a layer while the hash of its drawing calls (gfx_hash_begin) stays the
 * same, so over runs every frame but draws only when something changed; over must draw the
 * same for the same state (a canvas notes its version: gfx_hash_note). */
typedef void (*ChartOverFn)(Chart *c, Gfx *g, void *ud);
void chart_draw_over(Chart *c, Gfx *g, const ChartPalette *p, ChartOverFn over, void *ud);
/* A chart the player zooms or pans (fast_motion) is drawn again CHART_REST_S after the last
 * step. Called from the screen's update: -1 when the camera is at rest, 0 when it just came
 * to rest (redraw now), else the seconds until it does (wake then). */
#define CHART_REST_S 0.15
double chart_tick(Chart *c, double dt);
/* A screen's update for its n charts (fast_motion set): ticks each, asks the app for the
 * frame at rest (app_redraw) or to wake when one is due (app_wake_in). */
struct App;
void chart_tick_all(struct App *app, Chart *charts, int n, double dt);
/* The layers a question about m shows (m's own and those above it) with m over the others
 * when focus; m NULL: every layer, no focus. */
void chart_show_muscle(Chart *c, const AtlasMuscle *m, Side side, bool focus);
void chart_set_depth(Chart *c, AtlasLayer depth);
/* The layer control in the chart's bottom right corner (when layer_control): three buttons,
 * the chosen depth selected. Its label names the key: "Layers (D)". */
void chart_draw_layer_control(Chart *c, Gfx *g, const UiTheme *t);
void chart_draw_shape(Chart *c, Gfx *g, const Shape *s, Color fill, Color edge);
void chart_draw_stipple(Chart *c, Gfx *g, const Shape *s, Color fill, Color dots);
void chart_draw_zones(Chart *c, Gfx *g, const ChartPalette *p, const AtlasTrp *t, Side side);
void chart_draw_trp(Chart *c, Gfx *g, Vec2 body, float size, Color col);
void chart_draw_legend(Chart *c, Gfx *g, const ChartPalette *p, const UiTheme *t, Vec2 at);   /* on a card */
/* The same legend in a strip of its own beside a chart (band: where it goes, its height unused),
 * its three items in a row, wrapped onto more rows when band.w is narrow. Returns the height
 * it takes; draws only when draw. A screen gives the strip room outside chart.rect, so the
 * legend never covers what the chart draws, however it is zoomed or panned. */
float chart_legend_strip(Gfx *g, const ChartPalette *p, const UiTheme *t, Rect band, bool draw);
/* The card behind legend lines w x h whose first line is at `at` (for lines added below it). */
Rect chart_legend_rect(const UiTheme *t, Vec2 at, float w, float h);
void chart_draw_muscle(Chart *c, Gfx *g, const ChartPalette *p, const AtlasMuscle *m, Side side);

const AtlasMuscle *chart_hit_muscle(const Chart *c, Vec2 screen, Side *side);
const AtlasArea *chart_hit_area(const Chart *c, Vec2 screen);

/* The title screen's picture: the back with upper trapezius TrP1 and its pain. */
bool chart_draw_emblem(Gfx *g, const Atlas *a, const ChartPalette *p, Rect box);

#endif
