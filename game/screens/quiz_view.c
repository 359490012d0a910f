/* quiz_view: helpers shared by the play screens: the reveal (drawn and in words) and side
 * marks. */
#include "screens/quiz_view.h"
#include "screens/scenes.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "quiz/reveal_text.h"
#include "quiz/round.h"

const char *quiz_view_muscle_name(const Atlas *a, const char *id) { return reveal_muscle_name(a, id); }
bool quiz_view_side_of(View v, Vec2 b, Side *out) { return reveal_side_of(v, b, out); }

void quiz_view_reveal_text(const Atlas *a, const PlayedQuestion *pq, char *buf, size_t len)
{
    reveal_text(a, pq, buf, len);
}

/* ---- drawing ----------------------------------------------------------------------- */

void quiz_view_draw_sides(Chart *c, Gfx *g, const Game *game)
{
    if (c->view != VIEW_ANTERIOR && c->view != VIEW_POSTERIOR)
        return;   /* a lateral view shows one side: the caption says which */
    float k = game->theme.scale;
    TextStyle big = game_text(game, 22, FONT_BOLD, RGB(40, 70, 120));
    TextStyle small = game_text(game, 12, FONT_REGULAR, RGB(90, 96, 106));
    float pad = 10 * k;
    Rect r = c->rect;
    bool right_on_left = c->view == VIEW_ANTERIOR;
    float lh = text_line_height(g, big);
    text_draw(g, big, r.x + pad, r.y + pad, ALIGN_LEFT, right_on_left ? "R" : "L");
    text_draw(g, big, r.x + r.w - pad, r.y + pad, ALIGN_RIGHT, right_on_left ? "L" : "R");
    if (r.w > 300 * k) {
        text_draw(g, small, r.x + pad, r.y + pad + lh, ALIGN_LEFT, right_on_left ? "client's right" : "client's left");
        text_draw(g, small, r.x + r.w - pad, r.y + pad + lh, ALIGN_RIGHT, right_on_left ? "client's left" : "client's right");
    }
}

const char *quiz_view_caption(View v)
{
    switch (v) {
    case VIEW_ANTERIOR: return "Front view: the client's RIGHT is on your left";
    case VIEW_POSTERIOR: return "Back view: the client's RIGHT is on your right";
    case VIEW_LATERAL_RIGHT: return "Right side view: the client's RIGHT side, facing right";
    default: return "Left side view: the client's LEFT side, facing left";
    }
}

void quiz_view_draw_caption(Gfx *g, const Game *game, Rect chart_rect, View v)
{
    TextStyle st = game_text(game, 14, FONT_BOLD, RGB(214, 226, 234));
    char fit[160];
    text_fit(g, st, quiz_view_caption(v), chart_rect.w, fit, sizeof fit);
    text_draw(g, st, chart_rect.x, chart_rect.y - 4 * game->theme.scale, ALIGN_LEFT | ALIGN_BOTTOM, fit);
}

static void grow(Rect *b, bool *has, Vec2 p)
{
    if (!*has) {
        *b = (Rect){p.x, p.y, 0, 0};
        *has = true;
        return;
    }
    float x1 = fmaxf(b->x + b->w, p.x), y1 = fmaxf(b->y + b->h, p.y);
    b->x = fminf(b->x, p.x);
    b->y = fminf(b->y, p.y);
    b->w = x1 - b->x;
    b->h = y1 - b->y;
}

static void grow_shape(Rect *b, bool *has, const Shape *s)
{
    for (int i = 0; s && i < s->count; i++)
        for (int j = 0; j < s->polys[i].n; j++)
            grow(b, has, s->polys[i].pts[j]);
}

void quiz_view_focus(Chart *c, const PlayedQuestion *pq)
{
    const Question *q = &pq->q;
    if (c->rect.w <= 0 || c->rect.h <= 0)
        return;
    chart_fit(c);
    Rect b = {0};
    bool has = false;
    Vec2 at;
    bool has_trp = reveal_trp_at(pq, &at);
    if (has_trp)
        grow(&b, &has, at);
    if (q->kind == QUIZ_LOCATE && pq->has_click && pq->click_view == q->view)
        grow(&b, &has, pq->click);
    if ((q->kind == QUIZ_REFER || q->kind == QUIZ_IDENTIFY) && q->trp) {
        grow_shape(&b, &has, &q->trp->essential[q->side][q->view]);
        grow_shape(&b, &has, &q->trp->spillover[q->side][q->view]);
    }
    if (q->kind == QUIZ_NAME || q->kind == QUIZ_IDENTIFY)
        grow_shape(&b, &has, &q->muscle->outline[q->side][q->view]);
    if (q->kind != QUIZ_REFER && has_trp) {
        RevealLandmark nr[2];
        int n = reveal_landmarks(c->atlas, q->view, at, nr);
        for (int i = 0; i < n; i++)
            grow(&b, &has, nr[i].at);
    }
    if (!has)
        return;
    float pad = 8, min = 34;
    float w = fmaxf(b.w + 2 * pad, min), h = fmaxf(b.h + 2 * pad, min);
    float zoom = fminf(c->rect.w / (w * c->fit_scale), c->rect.h / (h * c->fit_scale));
    c->zoom = fmaxf(1, fminf(zoom, 6));
    c->centre = (Vec2){b.x + b.w / 2, b.y + b.h / 2};
    chart_invalidate(c);
}

static Rect label_taken[4];
static int nlabel_taken;

static bool overlaps(Rect a, Rect b)
{
    return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

static void draw_label(Gfx *g, const Game *game, Vec2 at, const char *s, Rect clip)
{
    TextStyle st = game_text(game, 12, FONT_BOLD, RGB(30, 60, 130));
    Vec2 m = text_measure(g, st, s);
    float pad = 3 * game->theme.scale;
    float x = at.x + 8 * game->theme.scale, y = at.y - m.y / 2;
    if (x + m.x + pad > clip.x + clip.w)
        x = at.x - 8 * game->theme.scale - m.x;
    for (int tries = 0; tries < 6; tries++) {   /* step clear of the labels already drawn */
        Rect me = {x - pad, y - pad / 2, m.x + 2 * pad, m.y + pad};
        bool hit = false;
        for (int i = 0; i < nlabel_taken; i++)
            if (overlaps(me, label_taken[i])) {
                hit = true;
                y = label_taken[i].y + label_taken[i].h + pad / 2 + 1;
            }
        if (!hit)
            break;
    }
    if (nlabel_taken < 4)
        label_taken[nlabel_taken++] = (Rect){x - pad, y - pad / 2, m.x + 2 * pad, m.y + pad};
    gfx_round_rect(g, (Rect){x - pad, y - pad / 2, m.x + 2 * pad, m.y + pad}, 4 * game->theme.scale,
                   RGBA(255, 255, 255, 215));
    text_draw(g, st, x, y, ALIGN_LEFT, s);
}

static void draw_landmarks_named(Chart *c, Gfx *g, const Game *game, View v, Vec2 at)
{
    RevealLandmark nr[2];
    int n = reveal_landmarks(c->atlas, v, at, nr);
    nlabel_taken = 0;
    for (int i = 0; i < n; i++) {
        Vec2 p = chart_to_screen(c, nr[i].at);
        if (!ui_hit(c->rect, p.x, p.y))
            continue;
        gfx_disc(g, p, 4.5f, RGBA(255, 255, 255, 240));
        gfx_circle(g, p, 4.5f, 2, game->chart.landmark);
        char name[128];
        reveal_landmark_name(nr[i].l, name, sizeof name);
        char *paren = strstr(name, " (");
        if (paren)
            *paren = 0;
        draw_label(g, game, p, name, c->rect);
    }
}

void quiz_view_draw_reveal(Chart *c, Gfx *g, Game *game, const PlayedQuestion *pq, Paint *paint)
{
    const Question *q = &pq->q;
    const ChartPalette *pal = &game->chart;
    float k = game->theme.scale;
    Vec2 at;
    bool has_trp = reveal_trp_at(pq, &at);
    gfx_clip_push(g, c->rect);
    switch (q->kind) {
    case QUIZ_LOCATE:
        chart_draw_muscle(c, g, pal, q->muscle, q->side);
        if (has_trp) {
            Vec2 s = chart_to_screen(c, at);
            gfx_circle(g, s, chart_cm(c, q->tolerance), 1.2f, gfx_alpha(game->theme.ok, 0.6f));
            gfx_circle(g, s, chart_cm(c, SCORE_FINGERTIP_CM), 1.5f, game->theme.ok);
            draw_landmarks_named(c, g, game, q->view, at);
        }
        if (has_trp)
            chart_draw_trp(c, g, at, 2.2f, pal->trp);
        if (pq->has_click && pq->click_view == q->view) {   /* over the X: a near miss stays visible */
            Vec2 p = chart_to_screen(c, pq->click);
            if (has_trp)
                gfx_line(g, p, chart_to_screen(c, at), 2 * k, gfx_alpha(pal->click, 0.7f));
            gfx_disc(g, p, 6 * k, RGBA(255, 255, 255, 240));
            gfx_disc(g, p, 4.5f * k, pal->click);
        }
        break;
    case QUIZ_REFER:
        chart_draw_zones(c, g, pal, q->trp, q->side);
        if (paint)
            paint_draw(paint, c, g, pal->paint);
        if (has_trp)
            chart_draw_trp(c, g, at, 2.2f, pal->trp);
        if (c->rect.h < 300 * k || c->rect.w < 320 * k)
            break;   /* a small chart: the legend would hide it */
        chart_draw_legend(c, g, game, (Vec2){c->rect.x + 10 * k, c->rect.y + c->rect.h - 90 * k});
        if (paint) {   /* one more legend line: the student's paint */
            TextStyle st = game_text(game, 13, FONT_REGULAR, RGB(60, 60, 66));
            Rect sw = {c->rect.x + 10 * k, c->rect.y + c->rect.h - 22 * k, 16 * k, 11 * k};
            gfx_fill_rect(g, sw, pal->paint);
            text_draw(g, st, sw.x + sw.w + 6 * k, sw.y + sw.h / 2, ALIGN_MIDDLE, "your paint");
        }
        break;
    case QUIZ_IDENTIFY:
    case QUIZ_NAME:
        chart_draw_muscle(c, g, pal, q->muscle, q->side);
        if (q->kind == QUIZ_IDENTIFY)
            chart_draw_zones(c, g, pal, q->trp, q->side);
        if (has_trp) {
            draw_landmarks_named(c, g, game, q->view, at);   /* the ones the words name */
            chart_draw_trp(c, g, at, 2.2f, pal->trp);
        }
        break;
    default:
        break;
    }
    gfx_clip_pop(g);
}

void quiz_view_focus_question(Chart *c, const Question *q)
{
    if (c->rect.w <= 0 || c->rect.h <= 0)
        return;
    chart_fit(c);
    if (q->kind == QUIZ_LOCATE || !q->trp || !q->trp->has_at[q->side][q->view])
        return;   /* locate: finding the region is part of the question */
    Rect b = {0};
    bool has = false;
    Vec2 at = q->trp->at[q->side][q->view];
    grow(&b, &has, at);
    if (q->kind == QUIZ_IDENTIFY) {
        grow_shape(&b, &has, &q->trp->essential[q->side][q->view]);
        grow_shape(&b, &has, &q->trp->spillover[q->side][q->view]);
    }
    /* enough of the body around it that the region is recognisable, and room to paint */
    float min = q->kind == QUIZ_REFER ? 80 : 56, pad = 10;
    float w = fmaxf(b.w + 2 * pad, min), h = fmaxf(b.h + 2 * pad, min);
    float zoom = fminf(c->rect.w / (w * c->fit_scale), c->rect.h / (h * c->fit_scale));
    c->zoom = fmaxf(1, fminf(zoom, 4));
    c->centre = (Vec2){b.x + b.w / 2, b.y + b.h / 2};
    chart_invalidate(c);
}

/* ---- shots ------------------------------------------------------------------------- */

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

Scene *quiz_view_shot_quiz(Game *g, const char *kind, bool reveal, bool with_paint)
{
    const Atlas *a = game_atlas(g);
    QuizSet *set = a ? game_quizzes(g) : NULL;
    QuizKind k;
    if (!set || !quiz_kind_parse(kind, &k))
        return NULL;
    /* two questions answered well, then the one to show, then two more */
    QuizSpec specs[5];
    int n = 0;
    n += shot_spec(a, QUIZ_NAME, "sternocleidomastoid", VIEW_ANTERIOR, SIDE_RIGHT, 0, &specs[n]);
    n += shot_spec(a, QUIZ_IDENTIFY, "levator_scapulae", VIEW_POSTERIOR, SIDE_LEFT, 0, &specs[n]);
    switch (k) {
    case QUIZ_LOCATE: n += shot_spec(a, k, "upper_trapezius", VIEW_POSTERIOR, SIDE_LEFT, 0, &specs[n]); break;
    case QUIZ_REFER: n += shot_spec(a, k, "upper_trapezius", VIEW_LATERAL_RIGHT, SIDE_RIGHT, 1, &specs[n]); break;
    case QUIZ_IDENTIFY: n += shot_spec(a, k, "infraspinatus", VIEW_POSTERIOR, SIDE_RIGHT, 0, &specs[n]); break;
    default: n += shot_spec(a, k, "levator_scapulae", VIEW_POSTERIOR, SIDE_RIGHT, 0, &specs[n]); break;
    }
    n += shot_spec(a, QUIZ_LOCATE, "levator_scapulae", VIEW_POSTERIOR, SIDE_RIGHT, 0, &specs[n]);
    n += shot_spec(a, QUIZ_REFER, "infraspinatus", VIEW_POSTERIOR, SIDE_RIGHT, 0, &specs[n]);
    char id[48];
    snprintf(id, sizeof id, "shot-%s", kind);
    const Quiz *quiz = quiz_set_find(set, id);
    if (!quiz && n < 3)
        return NULL;
    if (!quiz)
        quiz = quiz_set_add(set, id, "Neck and shoulder", specs, n);
    if (!quiz)
        return NULL;
    ((Quiz *)quiz)->time_limit = 30;   /* our own quiz: shows the timer bar */
    Scene *s = scene_quiz_new_offline(g, quiz, 42);
    if (!s)
        return NULL;
    scene_quiz_sample_answer(s, true);
    scene_quiz_sample_answer(s, true);   /* reveal of question 1 -> question 2 */
    scene_quiz_sample_answer(s, true);
    scene_quiz_sample_answer(s, true);   /* -> question 3, the one to show */
    if (with_paint)
        scene_quiz_sample_paint(s);
    if (reveal)
        scene_quiz_sample_answer(s, false);
    return s;
}

Scene *quiz_view_shot_results(Game *g)
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
        scene_quiz_sample_answer(s, i % 6 != 4);
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
