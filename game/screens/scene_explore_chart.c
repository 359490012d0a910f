/* scene_explore_chart: what the atlas browser draws over and around its chart: the open
 * muscle's zones, trigger points and where palpation starts (kept with the chart's picture),
 * then every frame the symptom search, the side marks, the legend strip, the arm's button
 * and the name of what is under the pointer. */
#include "screens/reveal.h"
#include "screens/scene_explore_internal.h"

#include <stdio.h>

/* Over the chart's picture, kept with it (chart_draw_over): the open muscle's zones, its
 * trigger points and where palpation starts. */
void explore_draw_chart_marks(Chart *c, Gfx *gfx, void *ud)
{
    Explore *e = ud;
    Game *g = e->g;
    View v = c->view;
    if (!e->muscle || e->symptom)
        return;
    /* the atlas describes one side; the chart shows the client's right (or, in the left
     * lateral view, the left) */
    if (e->trp >= 0 && e->trp < e->muscle->ntrps)   /* never several patterns merged */
        chart_draw_zones(c, gfx, &g->chart, &e->muscle->trps[e->trp], explore_shown_side(e));
    gfx_clip_push(gfx, c->rect);
    for (int t = 0; t < e->muscle->ntrps; t++) {
        const AtlasTrp *trp = &e->muscle->trps[t];
        Side s = explore_shown_side(e);
        if ((e->trp < 0 || e->trp == t) && trp->has_at[s][v])
            chart_draw_trp(c, gfx, trp->at[s][v], 1.8f, g->chart.trp);
    }
    /* where palpation starts: the first landmark, with the way to the chosen trigger point */
    const AtlasPalpation *pp = explore_shown_palpation(e);
    const AtlasTrp *chosen = e->trp >= 0 && e->trp < e->muscle->ntrps ? &e->muscle->trps[e->trp] : NULL;
    Side s = explore_shown_side(e);
    if (pp && pp->first)
        reveal_draw_start(c, gfx, &g->theme, &g->chart, pp->first, s,
                          chosen && chosen->has_at[s][v] ? &chosen->at[s][v] : NULL);
    gfx_clip_pop(gfx);
}

/* Over the chart, drawn every frame: the symptom search, the side marks, the legend, the
 * arm's button, what is under the pointer. */
void explore_draw_chart_overlay(Explore *e, Gfx *gfx)
{
    Game *g = e->g;
    Chart *c = &e->chart;
    View v = c->view;
    if (e->symptom)
        scene_symptom_draw(&e->search, c, gfx, g);
    if (e->muscle && !e->symptom && !explore_shows_in(e->muscle, v)) {   /* say so rather than show nothing */
        char note[200], fit[200];
        snprintf(note, sizeof note, "%s is not drawn in this view", e->muscle->name);
        TextStyle ns = game_text(g, 14, FONT_BOLD, RGB(255, 255, 255));
        float kk = g->theme.scale;
        text_fit(gfx, ns, note, c->rect.w - 40 * kk, fit, sizeof fit);
        Vec2 m = text_measure(gfx, ns, fit);
        Rect r = {c->rect.x + (c->rect.w - m.x) / 2 - 10 * kk, c->rect.y + c->rect.h / 2 - m.y, m.x + 20 * kk, m.y + 12 * kk};
        gfx_round_rect(gfx, r, 6 * kk, RGBA(30, 34, 40, 220));
        text_draw(gfx, ns, r.x + 10 * kk, r.y + 6 * kk, ALIGN_LEFT, fit);
    }
    /* side marks: which of the client's sides is where */
    float k = g->theme.scale;
    TextStyle st = game_text(g, 16, FONT_BOLD, g->theme.text_dim);
    const char *left = NULL, *right = NULL;
    if (atlas_view_right_sign(v) < 0) { left = "R"; right = "L"; }
    else if (atlas_view_right_sign(v) > 0) { left = "L"; right = "R"; }
    if (left) {
        text_draw(gfx, st, c->rect.x + 10 * k, c->rect.y + 8 * k, ALIGN_LEFT, left);
        text_draw(gfx, st, c->rect.x + c->rect.w - 10 * k, c->rect.y + 8 * k, ALIGN_RIGHT, right);
    } else {
        text_draw(gfx, st, c->rect.x + 10 * k, c->rect.y + 8 * k, ALIGN_LEFT,
                  v == VIEW_LATERAL_RIGHT ? "Client's right side" : "Client's left side");
    }
    gfx_fill_rect(gfx, e->legend_box, g->chart.chart_bg);
    gfx_line(gfx, (Vec2){e->legend_box.x + 8 * k, e->legend_box.y}, (Vec2){e->legend_box.x + e->legend_box.w - 8 * k, e->legend_box.y},
             1, gfx_alpha(g->chart.text, 0.25f));
    chart_legend_strip(gfx, &g->chart, &g->theme, e->legend_box, true);
    if (atlas_view_has_arm(e->atlas, v))   /* the side view's arm: shown over the trunk, or left out */
        ui_button(gfx, &g->theme, e->arm_btn, c->hide_arm ? "Show arm (A)" : "Hide arm (A)", game_font(g, 13), UI_NORMAL);
    if (e->hover_area || e->hover_muscle) {
        char cap[200], fit[200];
        snprintf(cap, sizeof cap, "%s%s%s", e->hover_area ? e->hover_area->label : "",
                 e->hover_area && e->hover_muscle ? " - " : "", e->hover_muscle ? e->hover_muscle->name : "");
        TextStyle hs = game_text(g, 13, FONT_BOLD, g->theme.tooltip_text);
        text_fit(gfx, hs, cap, c->rect.w - 80 * k, fit, sizeof fit);
        Vec2 m = text_measure(gfx, hs, fit);
        Rect r = {c->rect.x + (c->rect.w - m.x) / 2 - 8 * k, c->rect.y + 6 * k, m.x + 16 * k, m.y + 6 * k};
        gfx_round_rect(gfx, r, 6 * k, g->theme.tooltip);
        text_draw(gfx, hs, r.x + 8 * k, r.y + 3 * k, ALIGN_LEFT, fit);
    }
}

