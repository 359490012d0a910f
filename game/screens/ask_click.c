/* ask_click: a point on the chart answers (locate, and palpate's last step): a click, or the
 * keyboard cursor moved with the arrows and Enter. The reveal shows the muscle, the scoring
 * rings around the trigger point, the landmarks the words name (a question that starts from a
 * landmark: that one, and the way from it to the trigger point), the trigger point and the
 * click. */
#include "screens/ask.h"
#include "screens/reveal.h"
#include "quiz/reveal_text.h"
#include "quiz/score.h"
#include "quiz/words.h"

static void answer_at(Ask *a, Vec2 body)
{
    a->answer.view = a->q->view;
    a->answer.has_click = true;
    a->answer.click = body;
    ask_answered(a);
}

static void click_begin(Ask *a) { a->cursor_on = false; }
static void click_end(Ask *a) { (void)a; }

/* A click answers at once, so only a keyboard cursor the student moved is left to take. */
static bool click_placed(Ask *a)
{
    if (!a->cursor_on || !a->cursor_moved)
        return false;
    a->answer.view = a->q->view;
    a->answer.has_click = true;
    a->answer.click = a->cursor;
    return true;
}

static float click_layout(Ask *a, Rect p, float y, float bh, float gap)
{
    (void)a; (void)p; (void)bh; (void)gap;
    return y;
}

static bool click_event(Ask *a, App *app, const InputEvent *e, bool in_chart)
{
    bool left = e->button == BUTTON_LEFT || e->button == BUTTON_TOUCH;
    if (e->type == EV_POINTER_UP && left && in_chart) {
        answer_at(a, chart_to_body(a->chart, (Vec2){e->x, e->y}));
        return true;
    }
    if (e->type != EV_KEY_DOWN)
        return false;
    float dx, dy;
    if (ask_arrow(e->key, &dx, &dy)) {
        ask_move_cursor(a, app, dx, dy, e->mods);
        return true;
    }
    if (e->key == KEY_ENTER) {
        /* the first Enter shows the cursor; it answers only once moved, so Enter pressed
         * twice (or after "Next (Enter)") never answers where the cursor happened to start */
        if (a->cursor_on && a->cursor_moved)
            answer_at(a, a->cursor);
        else if (a->cursor_on)
            game_toast(a->g, "Move the cursor with the arrow keys, then press Enter (or click)");
        else
            ask_move_cursor(a, app, 0, 0, 0);
        return true;
    }
    return false;
}

static void click_press(Ask *a, App *app, int button) { (void)a; (void)app; (void)button; }

static void click_draw(Ask *a, Gfx *gfx)
{
    if (!a->cursor_on)
        return;
    Color col = a->g->chart.click;
    Vec2 p = chart_to_screen(a->chart, a->cursor);
    float r = 10 * a->g->theme.scale;
    gfx_line(gfx, (Vec2){p.x - r, p.y}, (Vec2){p.x + r, p.y}, 2, col);
    gfx_line(gfx, (Vec2){p.x, p.y - r}, (Vec2){p.x, p.y + r}, 2, col);
    gfx_circle(gfx, p, r * 0.6f, 1.5f, col);
}

static void click_panel(Ask *a, Gfx *gfx, const PlayedQuestion *revealed) { (void)a; (void)gfx; (void)revealed; }

/* Where to click: the trigger point the question asks (palpate), else the muscle's first in
 * this view and side, and its mirror image (a wrong-side click). */
static void click_report(Ask *a, LayoutReport *r)
{
    const Question *q = a->q;
    for (int i = -1; i < q->muscle->ntrps; i++) {
        const AtlasTrp *t = i < 0 ? q->trp : &q->muscle->trps[i];
        if (t && t->has_at[q->side][q->view]) {
            Vec2 b = t->at[q->side][q->view];
            layout_report_point(r, "answer", chart_to_screen(a->chart, b), 2);
            layout_report_point(r, "answer_body", b, 2);
            layout_report_point(r, "mirror", chart_to_screen(a->chart, (Vec2){-b.x, b.y}), 2);
            break;
        }
    }
}

static void click_reveal(Chart *c, Gfx *g, const UiTheme *t, const ChartPalette *p, const PlayedQuestion *pq,
                         Paint *paint)
{
    (void)paint;
    const Question *q = &pq->q;
    Vec2 at;
    bool has_trp = reveal_trp_at(pq, &at);
    chart_draw_muscle(c, g, p, q->muscle, q->side);
    if (has_trp) {
        Vec2 s = chart_to_screen(c, at);
        gfx_circle(g, s, chart_cm(c, q->tolerance), 1.2f, gfx_alpha(t->ok, 0.6f));
        gfx_circle(g, s, chart_cm(c, SCORE_FINGERTIP_CM), 1.5f, t->ok);
        if (q->landmark)
            reveal_draw_start(c, g, t, p, q->landmark, q->side, &at);
        else
            reveal_draw_landmarks(c, g, t, p, q->view, at);
        chart_draw_trp(c, g, at, 2.2f, p->trp);
    }
    if (pq->has_click && pq->click_view == q->view)   /* over the X: a near miss stays visible */
        reveal_draw_click(c, g, t, p, pq->click, has_trp ? &at : NULL);
}

/* The click's line in a reveal of steps: where the trigger point lies from the landmark the
 * question started at, and how far the click was. */
static float click_step_line(Ask *a, Gfx *gfx, Rect r, int part, const PlayedQuestion *pq)
{
    (void)part;
    Game *g = a->g;
    const Question *q = &pq->q;
    const QuizResult *res = &pq->res;
    char text[600] = "", name[128];
    Vec2 at;
    if (q->landmark && reveal_trp_at(pq, &at) && q->landmark->has[q->side][q->view]) {
        char way[256];
        reveal_landmark_name(q->landmark, name, sizeof name);
        reveal_relation(q->view, at, q->landmark, q->landmark->at[q->side][q->view], true, way, sizeof way);
        snprintf(text, sizeof text, "Start at the %s: the trigger point lies %s. ", name, way);
    }
    Color c = g->theme.text;
    if (res->skipped) {
        words_append(text, sizeof text, "No click.");
    } else if (res->verdict == LOCATE_OK && res->distance_cm >= 0) {
        /* the distance's own score (in a palpation, this step's part), in the colour of scores */
        words_append(text, sizeof text, "You pressed %.1f cm away.", res->distance_cm);
        c = game_score_colour(g, score_locate_distance(res->distance_cm, q->tolerance));
    } else {
        words_append(text, sizeof text, "%s", res->verdict == LOCATE_WRONG_SIDE ? "You pressed on the other side."
                                                                              : "You pressed in another view.");
        c = game_score_colour(g, 0);
    }
    return text_draw_fit(gfx, game_text(g, 15, FONT_REGULAR, c), r, text);
}

const AskView ask_click = {
    .mode = ANSWER_CLICK,
    .hint = "Click where you would press. Keyboard: arrows move a cursor (Shift: 5 cm steps), + and - zoom on it, "
            "Enter answers, D layers. Full marks within 1.5 cm of the trigger point.",
    .step_hint = "Click where you would press (keyboard: arrows, then Enter).", .step_line = click_step_line,
    .chart_share = 0.6f, .frame_min = 56,
    .begin = click_begin, .end = click_end, .placed = click_placed, .layout = click_layout, .event = click_event, .press = click_press,
    .draw = click_draw, .draw_panel = click_panel, .report = click_report,
    .frame = FRAME_TRP | FRAME_CLICK | FRAME_LANDMARKS, .draw_reveal = click_reveal,
};
