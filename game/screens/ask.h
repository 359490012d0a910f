/* ask: a question on the screen, under the quiz scene's header: the chart with what the
 * question shows, and the panel with the prompt, how to answer, Skip / Submit / Next and,
 * once answered, the score and the reveal in words. The answering itself is done by the
 * view of the kind's answer mode (quiz/kinds.h): ask_click.c (a point on the chart),
 * ask_paint.c (paint on the chart), ask_choice.c (one of a list: muscles, positions, ...). A view lays
 * out and draws its own controls, takes the input that answers, adds its part to the
 * answer, reports its layout for tests and draws the reveal of its mode (also on the
 * results screen). A kind whose answer has several parts (kinds.h: parts, nchoices) is
 * asked in steps, one view per part (the choices first, then paint, then a click); the
 * answer goes to the round (the scene's give) after the last step, and the reveal lists the
 * steps, a line from each view. The quiz scene
 * (scene_quiz.c) owns the round: which question, when to reveal, the clock. */
#ifndef ASK_H
#define ASK_H

#include <stdbool.h>
#include "quiz/kinds.h"
#include "quiz/play.h"
#include "screens/game.h"
#include "screens/layout_report.h"
#include "screens/paint.h"
#include "screens/reveal.h"

#define ASK_MAX_BUTTONS 10
#define ASK_MAX_STEPS 4
#define ASK_MAX_VIEWS VIEW_COUNT
#define ASK_UNDO_MAX 2048

/* Button ids: the scene's, then each view's own. */
enum { ASK_SKIP, ASK_SUBMIT, ASK_NEXT, ASK_HINT, ASK_TOOL };

typedef enum AskPhase { ASK_ASKING, ASK_REVEALED, ASK_STOPPED } AskPhase;   /* stopped: a script error */

struct AskView;

typedef struct AskButton {
    int id;
    const char *name, *label;         /* name: in the layout report */
    Rect r;
    float font;
    bool selected;
} AskButton;

/* What the scene and the views share while a question is asked or revealed. */
typedef struct Ask {
    Game *g;
    /* One chart per view of the question (q->views: a refer or identify question shows every
     * view of its pattern), side by side when the area is wide enough, else one at a time
     * under tabs. chart is the one answered in: under the pointer, or the tab shown. */
    Chart *chart;
    Chart *charts[ASK_MAX_VIEWS]; int ncharts, active;
    bool tabs;                        /* one chart at a time, with a tab per view */
    Rect tab_r[ASK_MAX_VIEWS];
    int drawing;                      /* the chart a view's draw is drawing (ask_draw) */
    const Question *q;                /* being asked or revealed */
    const QuizKindDef *kind;
    AskPhase phase;
    const struct AskView *steps[ASK_MAX_STEPS]; int nsteps, step;
    Answer answer;                    /* the parts given so far */
    /* the scene's: the whole answer to the round; false when refused (asked again) */
    bool (*give)(void *scene, const Answer *answer);
    void *scene;
    const PlayedQuestion *record;     /* once answered: what the round recorded, or NULL */
    bool last;                        /* the round's last question: Next goes to the results */
    bool hint_shown;                  /* the student asked for the question's hint (q->hint) */
    Rect panel, prompt_box;
    Rect legend;                      /* a reveal's legend in the panel (h 0: none) */
    RevealBanner banner;              /* the chart's orientation banner as last drawn */
    bool stacked;                     /* the panel is under the chart */
    AskButton buttons[ASK_MAX_BUTTONS]; int nbuttons, hover_btn, pressed_btn;
    /* the pointer (screen) and the keyboard cursor (body), for the views on the chart */
    Vec2 pointer; bool pointer_in;
    Vec2 cursor; bool cursor_on;
    bool cursor_moved;                /* the student moved the keyboard cursor: it is placed */
    bool timed_out;                   /* answered with what was placed when time ran out */
    /* ask_paint: the paint of each chart (paints[i] is in charts[i]'s view) */
    Paint paints[ASK_MAX_VIEWS]; float brush; bool eraser, painting;
    AnswerPaint answer_paints[ASK_MAX_VIEWS];
    unsigned char undo[ASK_UNDO_MAX]; int nundo;   /* the chart of each stroke, or a Clear */
    /* ask_choice: the options of the choice part asked (quiz_choices) and where they are */
    QuizChoices options;
    Rect choices[QUIZ_MAX_CHOICES]; int focus, hover;
} Ask;

typedef struct AskView {
    AnswerMode mode;
    const char *hint;                 /* how to answer, under the prompt */
    const char *step_hint;            /* the same when the view asks one part of several */
    float chart_share;                /* panel under the chart: the chart's share while asking */
    float frame_min;                  /* cm of body kept around what a question shows */
    bool submit;                      /* sent with Submit / Enter, not by the gesture itself */
    bool follows_pointer;             /* draws at the pointer: redraw as it moves over the chart */
    void (*begin)(Ask *a);            /* a new question, or this view's step of it */
    void (*end)(Ask *a);              /* answered: let go of what the view holds */
    /* Time ran out: puts what the student placed (paint, a moved cursor) into a->answer and
     * returns true; false when nothing is placed (then the question is skipped). */
    bool (*placed)(Ask *a);
    /* Lays out the view's controls in the panel p from y upwards; returns the new y. */
    float (*layout)(Ask *a, Rect p, float y, float bh, float gap);
    /* An event while asking; true when the view took it. */
    bool (*event)(Ask *a, App *app, const InputEvent *e, bool in_chart);
    void (*press)(Ask *a, App *app, int button);   /* ASK_SUBMIT or one of its own */
    void (*draw)(Ask *a, Gfx *gfx);                /* over the chart while asking */
    /* its controls in the panel; revealed: the record once answered, else NULL */
    void (*draw_panel)(Ask *a, Gfx *gfx, const PlayedQuestion *revealed);
    void (*report)(Ask *a, LayoutReport *r);       /* its part of the layout line */
    /* a kind asked in steps: the reveal lists them, a line per step; this view's line for
     * the part it asked (part: its choice part, -1 for a click or paint) in r, returning the
     * height used */
    float (*step_line)(Ask *a, Gfx *gfx, Rect r, int part, const PlayedQuestion *pq);
    unsigned frame;                                /* what its reveal frames (FRAME_*) */
    /* the reveal over the chart; paint: the answer's paint, or NULL */
    void (*draw_reveal)(Chart *c, Gfx *g, const UiTheme *t, const ChartPalette *p, const PlayedQuestion *pq,
                        Paint *paint);
    /* its reveal's legend on chart c (a screen without the panel: results), or NULL */
    void (*draw_legend)(Chart *c, Gfx *g, const UiTheme *t, const ChartPalette *p);
} AskView;

extern const AskView ask_click, ask_paint, ask_choice;

/* For the scene. charts: ASK_MAX_VIEWS charts (initialised) the question is shown on.
 * give(scene, answer) takes the answer to the round. */
void ask_init(Ask *a, Game *g, Chart *charts, const Question *q, bool (*give)(void *, const Answer *),
              void *scene);
void ask_free(Ask *a);
void ask_begin(Ask *a);                          /* *a->q is a new question: ask it */
/* The charts on the question's views (after ask_begin and ask_layout): each framed on what
 * the question shows in its view. */
void ask_frame_charts(Ask *a);
/* The charts on what the reveal of record shows in each view (all of the paint too). */
void ask_frame_reveals(Ask *a, const PlayedQuestion *record);
/* The reveal of pq alone, as the quiz showed it, on charts that no question is asked on
 * (the results screen): every view the question showed, the paint of each view copied into
 * a->paints, each chart framed on what its reveal shows. Lay them out with ask_layout_charts,
 * draw them with ask_draw_charts; ask_switch_views takes the tabs and Tab keys. pq must
 * outlive what is shown. */
void ask_show_record(Ask *a, const PlayedQuestion *pq);
/* The charts in r (the views' captions, or the tabs, in the caption high line above r):
 * side by side when each is wide enough, else one at a time under tabs. */
void ask_layout_charts(Ask *a, Rect r, float caption);
/* The charts as laid out: each view's question or reveal, its caption, or the tabs. */
void ask_draw_charts(Ask *a, Gfx *gfx);
/* A tab pressed, Tab / Shift+Tab, or the pointer into another chart side by side: that
 * view's chart becomes a->chart. True when the event was taken. */
bool ask_switch_views(Ask *a, App *app, const InputEvent *e);
/* Shows chart i (a tab, or the side-by-side chart answered in). */
void ask_set_active(Ask *a, int i);
/* The paint of the chart in view v, or NULL when the question does not show v. */
Paint *ask_paint_in(Ask *a, View v);
/* pq as seen in view v: the question's view set to v and the paint of that view, so a reveal
 * drawn for one view draws that view's part. */
PlayedQuestion ask_record_in(const PlayedQuestion *pq, View v);
/* Answered: the views let go; record is what the round kept (NULL if nothing), stopped
 * when a script error ended the round, last when no question follows. */
void ask_reveal(Ask *a, const PlayedQuestion *record, bool stopped, bool last);
/* The question's time ran out: what is placed is the answer (true once the round took it);
 * false when nothing is placed or the round refused it: the scene skips it as timed out. */
bool ask_time_up(Ask *a);
void ask_layout(Ask *a, Rect area);              /* the chart and the panel, in area */
void ask_draw(Ask *a, Gfx *gfx);
/* An event: the button of the scene that was pressed (ASK_SKIP, ASK_NEXT, ASK_HINT), ASK_TAKEN when
 * the chart or a view took it, ASK_NONE for the scene to handle. */
enum { ASK_NONE = -1, ASK_TAKEN = -2 };
int ask_event(Ask *a, App *app, const InputEvent *e);
void ask_report(Ask *a, LayoutReport *r);        /* the chart, the buttons, the view's part */
const struct AskView *ask_view_now(const Ask *a);   /* the step asking, else the kind's view */

const AskView *ask_view(AnswerMode m);
const AskView *ask_view_of(QuizKind k);          /* the view of the kind's answer mode */
/* The views that ask kind k, one per step, in order; returns how many. */
int ask_steps(QuizKind k, const AskView *out[ASK_MAX_STEPS]);

/* A chart framed on the reveal of pq as its kind's view frames it (pq in the chart's view:
 * ask_record_in). */
void ask_frame_reveal(Chart *c, const PlayedQuestion *pq);
/* A question framed before it is answered: what its kind shows, with room for the view. */
void ask_frame_question(Chart *c, const Question *q);

/* For the views: a button in the panel; the part given (the next step, or the answer to
 * the round); the keyboard cursor moved by (dx, dy) cm steps (shown at the chart's centre
 * the first time). */
void ask_button(Ask *a, int id, const char *name, const char *label, Rect r, float font);
void ask_answered(Ask *a);
void ask_move_cursor(Ask *a, App *app, float dx, float dy, int mods);
/* The arrow of a key as a cursor step (up is +y in body space); false for other keys. */
bool ask_arrow(Key k, float *dx, float *dy);

#endif
