/* quiz_header: the round's header. The seconds sit between "Question n of N" and the score,
 * and only when they fit there. */
#include "screens/quiz_header.h"
#include "screens/help.h"

#include <math.h>
#include <stdio.h>

/* The timer bar, and the seconds between left_edge and right_edge when they fit. */
static void draw_timer(Gfx *gfx, const Game *g, Rect band, Rect r, const QuizHeader *h, float left_edge,
                       float right_edge)
{
    float k = g->theme.scale;
    float limit = h->time_limit;
    float used = h->used;
    float left_s = fmaxf(0, limit - used), f = limit > 0 ? left_s / limit : 0;
    gfx_round_rect(gfx, r, r.h / 2, g->theme.track);
    Color col = f > 0.5f ? g->theme.ok : f > 0.2f ? g->theme.warn : g->theme.danger;
    if (f > 0)
        gfx_round_rect(gfx, (Rect){r.x, r.y, fmaxf(r.h, r.w * f), r.h}, r.h / 2, col);
    char secs[48];
    snprintf(secs, sizeof secs, h->asking ? "%.0f s left" : "answered in %.0f s", h->asking ? ceilf(left_s) : used);
    TextStyle ts = game_text(g, 16, FONT_BOLD, g->theme.title);
    float tw = text_measure(gfx, ts, secs).x;
    if (right_edge - left_edge >= tw)
        text_draw(gfx, ts, fmaxf(left_edge + tw / 2, fminf(band.w / 2, right_edge - tw / 2)), r.y - 8 * k,
                  ALIGN_CENTER | ALIGN_BOTTOM, secs);
}

void quiz_header_draw(Gfx *gfx, const Game *g, Rect band, Rect timer, const QuizHeader *h)
{
    float k = g->theme.scale;
    TextStyle t = game_text(g, 22, FONT_BOLD, g->theme.title);
    TextStyle sub = game_text(g, 15, FONT_REGULAR, g->theme.subtitle);
    TextStyle sc = game_text(g, 20, FONT_BOLD, g->theme.title);
    char right[96], sub_text[96] = "", fit[256];
    snprintf(right, sizeof right, "Score %d", h->score);
    Vec2 rm = text_measure(gfx, sc, right);
    float edge = help_button_rect(g, (Vec2){band.w, band.h}).x - 10 * k;   /* left of the "?" button */
    text_draw(gfx, sc, edge, 10 * k, ALIGN_RIGHT, right);
    if (h->streak >= 2) {
        char st[48];
        snprintf(st, sizeof st, "streak %d", h->streak);
        text_draw(gfx, sub, edge, 10 * k + rm.y, ALIGN_RIGHT, st);
    }
    text_fit(gfx, t, h->title ? h->title : "", edge - rm.x - 42 * k, fit, sizeof fit);
    text_draw(gfx, t, 18 * k, 8 * k, ALIGN_LEFT, fit);
    if (h->n <= 0)
        return;
    if (h->round_left >= 0)
        snprintf(sub_text, sizeof sub_text, "Question %d of %d  |  %d:%02d left", h->n, h->of,
                 (int)ceilf(h->round_left) / 60, (int)ceilf(h->round_left) % 60);
    else
        snprintf(sub_text, sizeof sub_text, "Question %d of %d", h->n, h->of);
    text_draw(gfx, sub, 18 * k, 8 * k + text_line_height(gfx, t), ALIGN_LEFT, sub_text);
    if (h->time_limit > 0)
        draw_timer(gfx, g, band, timer, h, 18 * k + text_measure(gfx, sub, sub_text).x + 16 * k,
                   edge - rm.x - 16 * k);
}
