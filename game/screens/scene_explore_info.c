/* scene_explore_info: the right-hand panel of the atlas browser (scene_explore.c): the open
 * muscle's trigger points, how to palpate it (the client's position and the technique with
 * their pictograms, the steps numbered), notes and sources, scrolled inside the panel; with
 * no muscle open, what the screen offers; in symptom search, the search's list. */
#include "screens/scene_explore_internal.h"
#include "screens/pictogram.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

static float draw_para(Explore *e, Gfx *gfx, Rect box, float y, const char *title, const char *body)
{
    Game *g = e->g;
    float k = g->theme.scale;
    if (!body || !*body)
        return y;
    TextStyle h = game_text(g, 13, FONT_BOLD, g->theme.accent);
    TextStyle t = game_text(g, 14, FONT_REGULAR, g->theme.text);
    char fit[160];
    text_fit(gfx, h, title, box.w, fit, sizeof fit);
    text_draw(gfx, h, box.x, y, ALIGN_LEFT, fit);
    y += text_line_height(gfx, h) + 2 * k;
    y += text_draw_wrapped(gfx, t, (Rect){box.x, y, box.w, box.h}, ALIGN_LEFT, body, true);
    return y + 10 * k;
}

/* How to find it: the client's position and the technique, each with its pictogram, the
 * landmark to find first, then the steps numbered. */
static float draw_steps(Explore *e, Gfx *gfx, Rect box, float y)
{
    Game *g = e->g;
    float k = g->theme.scale;
    const AtlasPalpation *pp = explore_shown_palpation(e);
    if (!pp || pp->position < 0 || pp->technique < 0)
        return y;
    TextStyle h = game_text(g, 13, FONT_BOLD, g->theme.accent);
    TextStyle t = game_text(g, 14, FONT_REGULAR, g->theme.text);
    TextStyle b = game_text(g, 14, FONT_BOLD, g->theme.text);
    char buf[256];
    if (e->trp >= 0 && e->trp < e->muscle->ntrps)
        snprintf(buf, sizeof buf, "How to find %s", e->muscle->trps[e->trp].name);
    else
        snprintf(buf, sizeof buf, "How to find it");
    char fit[160];
    text_fit(gfx, h, buf, box.w, fit, sizeof fit);
    text_draw(gfx, h, box.x, y, ALIGN_LEFT, fit);
    y += text_line_height(gfx, h) + 4 * k;
    static const char *const positions[POS_COUNT] = {"Client prone", "Client supine", "Client side-lying",
                                                     "Client seated"};
    static const char *const techniques[TECH_COUNT] = {"flat against bone", "pincer grasp"};
    const char *ids[2] = {atlas_position_name((PalpPosition)pp->position),
                          atlas_technique_name((PalpTechnique)pp->technique)};
    const char *words[2] = {positions[pp->position], techniques[pp->technique]};
    float ph = 30 * k, x = box.x;
    for (int i = 0; i < 2; i++) {   /* [prone] Client prone   [flat] flat against bone */
        pictogram_draw(gfx, ids[i], (Rect){x, y, ph * 1.6f, ph}, g->theme.text, g->theme.text_dim);
        x += ph * 1.6f + 4 * k;
        x += text_draw(gfx, b, x, y + ph / 2, ALIGN_LEFT | ALIGN_MIDDLE, words[i]).x + 14 * k;
        if (i == 0 && x + ph * 1.6f + 120 * k > box.x + box.w) {   /* no room for both: two rows */
            x = box.x;
            y += ph + 4 * k;
        }
    }
    y += ph + 6 * k;
    if (pp->first) {
        char name[128];
        snprintf(name, sizeof name, "Start at: %s", pp->first->name ? pp->first->name : pp->first->id);
        y += text_draw_wrapped(gfx, b, (Rect){box.x, y, box.w, box.h}, ALIGN_LEFT, name, true) + 4 * k;
    }
    float indent = text_measure(gfx, b, "5.").x + 6 * k;
    for (int i = 0; i < pp->nsteps; i++) {
        snprintf(buf, sizeof buf, "%d.", i + 1);
        text_draw(gfx, b, box.x, y, ALIGN_LEFT, buf);
        y += text_draw_wrapped(gfx, t, (Rect){box.x + indent, y, box.w - indent, box.h}, ALIGN_LEFT, pp->steps[i], true) +
             3 * k;
    }
    return y + 10 * k;
}

void explore_draw_info(Explore *e, Gfx *gfx)
{
    Game *g = e->g;
    float k = g->theme.scale;
    ui_panel(gfx, &g->theme, e->info_box);
    Rect box = ui_inset(e->info_box, 16 * k);
    /* content scrolls inside the panel, above a band kept for the "more" hint */
    gfx_clip_push(gfx, (Rect){e->info_box.x, e->info_box.y + 4 * k, e->info_box.w, e->info_box.h - 30 * k});
    float y = box.y;
    char buf[512];
    if (e->symptom) {
        scene_symptom_draw_info(&e->search, gfx, g, box);
        gfx_clip_pop(gfx);
        return;
    }
    if (!e->muscle) {
        TextStyle t = game_text(g, 20, FONT_BOLD, g->theme.text);
        text_draw(gfx, t, box.x, y, ALIGN_LEFT, "Choose a muscle");
        y += text_line_height(gfx, t) + 6 * k;
        TextStyle d = game_text(g, 14, FONT_REGULAR, g->theme.text_dim);
        snprintf(buf, sizeof buf, "%d muscles and their trigger points. Pick one in the list, or click a muscle on the chart. "
                 "1-4 switch views (5-8: sole, inner leg, palm, back of the hand), wheel or +/- zoom, right-drag pans, "
                 "D shows deeper layers, L shows landmarks, A shows or hides the arm in a side view, S searches by symptom. "
                 "Type a name in Find (or press /) to narrow the list; F1 lists every key.",
                 e->atlas->nmuscles);
        text_draw_wrapped(gfx, d, (Rect){box.x, y, box.w, box.h}, ALIGN_LEFT, buf, true);
        gfx_clip_pop(gfx);
        return;
    }
    const AtlasMuscle *m = e->muscle;
    y -= e->info_scroll;
    float y0 = y;
    TextStyle t = game_text(g, 22, FONT_BOLD, g->theme.text);
    y += text_draw_wrapped(gfx, t, (Rect){box.x, y, box.w, 200}, ALIGN_LEFT, m->name, true);
    TextStyle d = game_text(g, 14, FONT_REGULAR, g->theme.text_dim);
    snprintf(buf, sizeof buf, "%s - %d trigger point%s", m->region, m->ntrps, m->ntrps == 1 ? "" : "s");
    text_draw(gfx, d, box.x, y, ALIGN_LEFT, buf);
    y += text_line_height(gfx, d) + 8 * k;
    e->quiz_btn = (Rect){box.x, y, fminf(box.w, 260 * k), 32 * k};
    const char *ql = "Quiz me on this muscle (Q)";
    if (text_measure(gfx, game_text(g, 14, FONT_BOLD, g->theme.text), ql).x > e->quiz_btn.w - 16 * k)
        ql = "Quiz me (Q)";
    ui_button(gfx, &g->theme, e->quiz_btn, ql, game_font(g, 14), UI_FOCUS);
    y += e->quiz_btn.h + 10 * k;
    /* trigger point chips: All, TrP1, TrP2 ... */
    e->ntrp_btn = 0;
    float x = box.x, chip_h = 28 * k;
    for (int t2 = -1; t2 < m->ntrps && e->ntrp_btn < 8; t2++) {
        const char *label = t2 < 0 ? "All points" : m->trps[t2].name;
        TextStyle cs = game_text(g, 13, FONT_BOLD, g->theme.text);
        float w = fminf(box.w, text_measure(gfx, cs, label).x + 20 * k);
        if (x + w > box.x + box.w) { x = box.x; y += chip_h + 6 * k; }
        Rect r = {x, y, w, chip_h};
        e->trp_btn[e->ntrp_btn++] = r;
        ui_button(gfx, &g->theme, r, label, game_font(g, 13), e->trp == t2 ? UI_SELECTED : UI_NORMAL);
        x += w + 6 * k;
    }
    y += chip_h + 12 * k;
    if (e->trp >= 0 && e->trp < m->ntrps) {
        const AtlasTrp *trp = &m->trps[e->trp];
        bool seen = false;
        for (int v = 0; v < VIEW_COUNT; v++) seen |= trp->has_at[SIDE_RIGHT][v];
        if (!seen) y = draw_para(e, gfx, box, y, "Where", "Deep: palpate as the note says.");
        if (trp->note) y = draw_para(e, gfx, box, y, "Note", trp->note);
    } else {
        for (int t2 = 0; t2 < m->ntrps; t2++)
            if (m->trps[t2].note) {
                snprintf(buf, sizeof buf, "Note on %s", m->trps[t2].name);
                y = draw_para(e, gfx, box, y, buf, m->trps[t2].note);
                break;
            }
    }
    y = draw_steps(e, gfx, box, y);
    y = draw_para(e, gfx, box, y, "Palpation", m->palpation);
    buf[0] = 0;
    for (int i = 0; i < m->nsources; i++) {
        size_t used = strlen(buf);
        snprintf(buf + used, sizeof buf - used, "%s%s", i ? "; " : "", m->sources[i]);
    }
    y = draw_para(e, gfx, box, y, "Sources", buf);
    e->info_height = y - y0;
    gfx_clip_pop(gfx);
    if (y > e->info_box.y + e->info_box.h - 30 * k) {   /* say that there is more below */
        TextStyle more = game_text(g, 12, FONT_BOLD, g->theme.accent);
        text_draw(gfx, more, e->info_box.x + e->info_box.w - 16 * k, e->info_box.y + e->info_box.h - 8 * k,
                  ALIGN_RIGHT | ALIGN_BOTTOM, "more: wheel or PgDn");
    }
}
