/* scene_explore: the atlas to browse. Left: muscles by region, filtered by the name typed
 * in the Find field (find_field.c). Middle: the chart in any of the views, framed on the open
 * muscle (its outline, trigger points and pain zones), which is highlighted, and the landmark
 * its palpation starts from. Right: what to know about it (trigger points, palpation with its
 * steps numbered, notes, sources) and "Quiz me on this muscle" (Q: a short drill, drill.c).
 * Symptom search mode (scene_symptom.c): paint where it hurts and get the muscles whose pain
 * zones overlap, ranked, each one a click (or Up/Down and Enter) away. TT_DEBUG_LAYOUT=1
 * reports where things are (layout_report.h). */
#include "screens/game.h"
#include "screens/scenes.h"
#include "screens/chart.h"
#include "screens/pictogram.h"
#include "screens/scene_symptom.h"
#include "screens/find_field.h"
#include "screens/layout_report.h"
#include "screens/scene_explore_internal.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const view_labels[VIEW_COUNT] = {"Front", "Back", "Right", "Left",
                                                    "Sole", "Inner leg", "Palm", "Dorsum"};

/* The list: every muscle under its region's heading, or those whose name holds the Find text. */
static void build_rows(Explore *e)
{
    e->nrows = 0;
    e->scroll = 0;
    const Atlas *a = e->atlas;
    for (int r = 0; r < a->nregions; r++) {
        bool any = false;
        for (int i = 0; i < a->nmuscles && e->nrows < MAX_ROWS - 1; i++) {
            if (strcmp(a->muscles[i].region, a->regions[r]) ||
                !find_field_matches(e->find.text, a->muscles[i].name, a->muscles[i].id))
                continue;
            if (!any) {
                e->rows[e->nrows++] = (Row){a->regions[r], NULL};
                any = true;
            }
            e->rows[e->nrows++] = (Row){NULL, &a->muscles[i]};
        }
    }
    e->focus = e->nrows > 1 ? 1 : -1;
    for (int i = 0; i < e->nrows; i++)   /* the open muscle keeps the focus when it is listed */
        if (e->muscle && e->rows[i].muscle == e->muscle)
            e->focus = i;
}

/* The first view in which the muscle shows a trigger point, preferring the current one. */
static View best_view(const AtlasMuscle *m, View current)
{
    if (atlas_muscle_has_trp_in(m, current, SIDE_RIGHT) || atlas_muscle_has_trp_in(m, current, SIDE_LEFT))
        return current;
    static const View order[] = {VIEW_POSTERIOR, VIEW_ANTERIOR, VIEW_LATERAL_RIGHT, VIEW_LEG_MEDIAL,
                                 VIEW_FOOT_PLANTAR, VIEW_HAND_PALMAR, VIEW_HAND_DORSAL};
    for (size_t i = 0; i < sizeof order / sizeof order[0]; i++)
        if (atlas_muscle_has_trp_in(m, order[i], SIDE_RIGHT))
            return order[i];
    return current;
}

/* Something of m can be seen in view v: its outline, a trigger point or a pain zone. */
bool explore_shows_in(const AtlasMuscle *m, View v)
{
    if (m->outline[SIDE_RIGHT][v].count)
        return true;
    for (int t = 0; t < m->ntrps; t++)
        if (m->trps[t].has_at[SIDE_RIGHT][v] || m->trps[t].essential[SIDE_RIGHT][v].count ||
            m->trps[t].spillover[SIDE_RIGHT][v].count)
            return true;
    return false;
}

/* The whole-body views are always offered; a regional one when the atlas draws it and the open
 * muscle has something in it (any, in symptom search or with no muscle open). */
static bool view_offered(const Explore *e, View v)
{
    if (!atlas_view_regional(v))
        return true;
    return atlas_view_present(e->atlas, v) && (e->symptom || !e->muscle || explore_shows_in(e->muscle, v));
}

/* In a side view, the open muscle's points or pain under the arm are shown with the arm left
 * out; A or the button puts it back. */
static void auto_arm(Explore *e)
{
    bool hide = false;
    View v = e->chart.view;
    Side s = v == VIEW_LATERAL_LEFT ? SIDE_LEFT : SIDE_RIGHT;
    if (e->muscle && !e->symptom) {
        hide = atlas_hides_arm(e->muscle, NULL, s, v);
        for (int t = 0; t < e->muscle->ntrps; t++)
            hide = hide || ((e->trp < 0 || e->trp == t) && e->muscle->trps[t].under_arm[s][v]);
    }
    chart_set_arm_hidden(&e->chart, hide);
}

static void set_view(Explore *e, View v)
{
    if (!view_offered(e, v))
        return;
    chart_set_view(&e->chart, v);
    e->chart.highlight_side = v == VIEW_LATERAL_LEFT ? SIDE_LEFT : SIDE_RIGHT;
    auto_arm(e);
    e->frame_pending = true;
}

/* A view for trigger point t: one that shows its X and its essential zone together if there is
 * one (the current view first, so stepping through the points keeps the view when it can; the
 * gastrocnemius's instep point opens on the inner leg), else the current view if it shows either,
 * else a view with its X, else one with its zone. */
static View trp_view(const Explore *e, const AtlasTrp *t, View current)
{
    static const View order[] = {VIEW_POSTERIOR, VIEW_ANTERIOR, VIEW_LATERAL_RIGHT, VIEW_FOOT_PLANTAR,
                                 VIEW_LEG_MEDIAL, VIEW_HAND_PALMAR, VIEW_HAND_DORSAL};
    enum { NORDER = (int)(sizeof order / sizeof order[0]) };
    Side s = current == VIEW_LATERAL_LEFT ? SIDE_LEFT : SIDE_RIGHT;
    if (t->has_at[s][current] && t->essential[s][current].count)
        return current;
    for (int i = 0; i < NORDER; i++)
        if (t->has_at[SIDE_RIGHT][order[i]] && t->essential[SIDE_RIGHT][order[i]].count && view_offered(e, order[i]))
            return order[i];
    if (t->has_at[s][current] || t->essential[s][current].count)
        return current;
    for (int i = 0; i < NORDER; i++)
        if (t->has_at[SIDE_RIGHT][order[i]])
            return order[i];
    for (int i = 0; i < NORDER; i++)
        if (t->essential[SIDE_RIGHT][order[i]].count)
            return order[i];
    return current;
}

static void choose_trp(Explore *e, int t)
{
    e->trp = t;
    if (e->muscle && t >= 0 && t < e->muscle->ntrps) {
        View v = trp_view(e, &e->muscle->trps[t], e->chart.view);
        if (view_offered(e, v)) {
            chart_set_view(&e->chart, v);
            e->chart.highlight_side = v == VIEW_LATERAL_LEFT ? SIDE_LEFT : SIDE_RIGHT;
        }
    }
    auto_arm(e);
    e->frame_pending = true;
}

Side explore_shown_side(const Explore *e)
{
    return e->chart.view == VIEW_LATERAL_LEFT ? SIDE_LEFT : SIDE_RIGHT;
}

static void open_muscle(Explore *e, const AtlasMuscle *m)
{
    e->muscle = m;
    e->info_scroll = 0;
    e->trp = 0;   /* one pattern at a time, as the textbook draws them; -1 shows every X alone */
    e->symptom = false;
    if (!m) { e->chart.highlight = NULL; return; }
    chart_set_view(&e->chart, best_view(m, e->chart.view));
    e->chart.highlight = m;
    e->chart.highlight_side = explore_shown_side(e);
    auto_arm(e);
    if (m->ntrps > 0)
        choose_trp(e, 0);
    e->frame_pending = true;
    for (int i = 0; i < e->nrows; i++)
        if (e->rows[i].muscle == m) e->focus = i;
}

static void grow(Rect *b, bool *any, Vec2 p)
{
    if (!*any) {
        *b = (Rect){p.x, p.y, 0, 0};
        *any = true;
        return;
    }
    float x1 = fmaxf(b->x + b->w, p.x), y1 = fmaxf(b->y + b->h, p.y);
    b->x = fminf(b->x, p.x);
    b->y = fminf(b->y, p.y);
    b->w = x1 - b->x;
    b->h = y1 - b->y;
}

static void grow_shape(Rect *b, bool *any, const Shape *s)
{
    for (int i = 0; s && i < s->count; i++)
        for (int j = 0; j < s->polys[i].n; j++)
            grow(b, any, s->polys[i].pts[j]);
}

/* The camera on the open muscle in this view: its outline, the trigger points shown and their
 * zones, 4 cm around them, at least 24 cm of body; the whole figure when the view shows none. */
static void frame_muscle(Explore *e)
{
    Chart *c = &e->chart;
    e->frame_pending = false;
    chart_fit(c);
    if (!e->muscle || e->symptom)
        return;
    Side s = explore_shown_side(e);
    View v = c->view;
    Rect b = {0};
    bool any = false;
    grow_shape(&b, &any, &e->muscle->outline[s][v]);
    for (int t = 0; t < e->muscle->ntrps; t++) {
        const AtlasTrp *trp = &e->muscle->trps[t];
        if (e->trp >= 0 && e->trp != t)
            continue;
        if (trp->has_at[s][v])
            grow(&b, &any, trp->at[s][v]);
        grow_shape(&b, &any, &trp->essential[s][v]);
        grow_shape(&b, &any, &trp->spillover[s][v]);
    }
    if (!any)
        return;
    float w = fmaxf(b.w + 8, 24), h = fmaxf(b.h + 8, 24);
    float zoom = fminf(c->rect.w / (w * c->fit_scale), c->rect.h / (h * c->fit_scale));
    c->zoom = fmaxf(1, fminf(zoom, 8));
    c->centre = (Vec2){b.x + b.w / 2, b.y + b.h / 2};
    chart_invalidate(c);
}

static void layout(Explore *e, Gfx *gfx, Vec2 sz)
{
    float k = e->g->theme.scale, pad = 16 * k, top = 86 * k;
    float lw = fmaxf(170 * k, fminf(sz.x * 0.21f, 290 * k));
    float rw = fmaxf(220 * k, fminf(sz.x * 0.28f, 400 * k));
    if (lw + rw > sz.x * 0.62f) { float f = sz.x * 0.62f / (lw + rw); lw *= f; rw *= f; }
    float bh = 32 * k;
    e->mode_btn[0] = (Rect){pad, top, (lw - 6 * k) / 2, bh};
    e->mode_btn[1] = (Rect){pad + (lw + 6 * k) / 2, top, (lw - 6 * k) / 2, bh};
    float fh = 30 * k, ly = top + bh + 8 * k + fh + 6 * k;
    e->find.r = (Rect){pad, top + bh + 8 * k, lw, fh};
    e->list_box = (Rect){pad, ly, lw, sz.y - ly - pad};
    float cx = pad + lw + pad, cw = sz.x - cx - rw - 2 * pad;
    float vw = (cw - 3 * 6 * k) / 4, rows = 1;
    /* the whole body on the first row, the regional views on a second one below it */
    for (int v = 0; v < VIEW_COUNT; v++) {
        int row = v >= VIEW_BODY_COUNT, col = v % VIEW_BODY_COUNT;
        e->view_btn[v] = (Rect){cx + (float)col * (vw + 6 * k), top + (float)row * (bh * 0.8f + 6 * k), vw,
                                row ? bh * 0.8f : bh};
        if (row && atlas_view_present(e->atlas, (View)v))
            rows = 2;
    }
    float below = top + (rows > 1 ? bh * 1.8f + 6 * k : bh) + 8 * k;
    e->chart_box = (Rect){cx, below, cw, sz.y - below - pad};
    /* the legend in a strip of the chart's paper under the chart, never over the figure */
    float lh = gfx ? chart_legend_strip(gfx, &e->g->chart, &e->g->theme, e->chart_box, false) : 48 * k;
    e->legend_box = (Rect){cx, e->chart_box.y + e->chart_box.h - lh, cw, lh};
    float aw = 110 * k;
    e->arm_btn = (Rect){cx + cw - aw - 8 * k, below + 8 * k, aw, 26 * k};
    e->info_box = (Rect){sz.x - rw - pad, top, rw, sz.y - top - pad};
    e->row_h = 26 * k;
    chart_set_rect(&e->chart, (Rect){cx, below, cw, e->chart_box.h - lh});
    if (e->frame_pending && e->chart.rect.w > 0 && e->chart.rect.h > 0)
        frame_muscle(e);
}

/* Q or the button: a short drill on the open muscle; its results come back here. */
static void quiz_me(App *app, Explore *e)
{
    Scene *d = e->muscle ? scene_drill_new(e->g, e->muscle->id) : NULL;
    if (d)
        app_push(app, d);
}

/* The Find field took an event: the list follows the text; Enter opens the first match. */
static void found_event(App *app, Explore *e, int what)
{
    if (what == FIND_CHANGED) {
        build_rows(e);
    } else if (what == FIND_ENTER || what == FIND_UP || what == FIND_DOWN) {
        if (what != FIND_ENTER) {
            int f = e->focus;
            do { f += what == FIND_UP ? -1 : 1; } while (f >= 0 && f < e->nrows && !e->rows[f].muscle);
            if (f >= 0 && f < e->nrows) e->focus = f;
        } else if (e->focus >= 0 && e->focus < e->nrows && e->rows[e->focus].muscle) {
            open_muscle(e, e->rows[e->focus].muscle);
        }
    }
    app_redraw(app);
}

static void rank(Explore *e)
{
    scene_symptom_rank(&e->search, &e->chart);
}

static int row_at(const Explore *e, float x, float y)
{
    if (!ui_hit(e->list_box, x, y))
        return -1;
    int r = (int)((y - e->list_box.y) / e->row_h + e->scroll);
    return r >= 0 && r < e->nrows ? r : -1;
}

static void keep_focus_visible(Explore *e)
{
    float visible = e->list_box.h / e->row_h;
    if (e->focus < e->scroll) e->scroll = (float)e->focus;
    if (e->focus > e->scroll + visible - 1) e->scroll = (float)e->focus - visible + 1;
    if (e->scroll < 0) e->scroll = 0;
}

static void move_focus(Explore *e, int step)
{
    int f = e->focus;
    do { f += step; } while (f >= 0 && f < e->nrows && !e->rows[f].muscle);
    if (f >= 0 && f < e->nrows) e->focus = f;
    keep_focus_visible(e);
}

static void explore_event(App *app, Scene *s, const InputEvent *ev)
{
    Explore *e = s->state;
    const AtlasMuscle *found = NULL;
    layout(e, app->gfx, app->size);
    int found_what = find_field_event(&e->find, ev);
    if (found_what != FIND_NONE) {   /* typing a name: the keys are the text's */
        found_event(app, e, found_what);
        return;
    }
    if (e->symptom && ev->type == EV_KEY_DOWN && (ev->key == KEY_UP || ev->key == KEY_DOWN || ev->key == KEY_ENTER)) {
        SymptomSearch *ss = &e->search;   /* the results, by keyboard */
        if (ev->key == KEY_ENTER && ss->focus >= 0 && ss->focus < ss->nhits) open_muscle(e, ss->hits[ss->focus].muscle);
        else if (ev->key == KEY_UP && ss->nhits) ss->focus = ss->focus > 0 ? ss->focus - 1 : 0;
        else if (ev->key == KEY_DOWN && ss->nhits) ss->focus = ss->focus + 1 < ss->nhits ? ss->focus + 1 : ss->nhits - 1;
        app_redraw(app);
        return;
    }
    if (chart_event(&e->chart, ev, (ev->mods & MOD_SHIFT) != 0)) {   /* Shift+arrows pan */
        app_redraw(app);
        return;
    }
    switch (ev->type) {
    case EV_KEY_DOWN:
        switch (ev->key) {
        case KEY_ESCAPE: app_replace(app, scene_menu_new(e->g)); return;
        case KEY_UP: move_focus(e, -1); break;
        case KEY_DOWN: move_focus(e, 1); break;
        case KEY_ENTER: case KEY_SPACE:
            if (e->focus >= 0 && e->focus < e->nrows && e->rows[e->focus].muscle)
                open_muscle(e, e->rows[e->focus].muscle);
            break;
        case KEY_1: case KEY_2: case KEY_3: case KEY_4: case KEY_5: case KEY_6: case KEY_7: case KEY_8:
            set_view(e, (View)(ev->key - KEY_1));
            if (e->symptom) rank(e);
            break;
        case KEY_A:
            if (atlas_view_has_arm(e->atlas, e->chart.view))
                chart_set_arm_hidden(&e->chart, !e->chart.hide_arm);
            break;
        case KEY_LEFT: case KEY_RIGHT:
            if (e->muscle && e->muscle->ntrps > 1) {
                int n = e->muscle->ntrps + 1, t = e->trp + 1;   /* 0 = all */
                t = (t + (ev->key == KEY_LEFT ? -1 : 1) + n) % n;
                choose_trp(e, t - 1);
            }
            break;
        case KEY_Q: quiz_me(app, e); return;
        case KEY_F: e->frame_pending = true; break;
        case KEY_S: e->symptom = !e->symptom; if (e->symptom) rank(e); auto_arm(e); break;
        case KEY_PAGEDOWN: e->info_scroll = fminf(fmaxf(0, e->info_height - e->info_box.h + 40), e->info_scroll + e->info_box.h * 0.8f); break;
        case KEY_PAGEUP: e->info_scroll = fmaxf(0, e->info_scroll - e->info_box.h * 0.8f); break;
        case KEY_C: scene_symptom_clear(&e->search); break;
        case KEY_L: e->chart.show_landmarks = !e->chart.show_landmarks; chart_invalidate(&e->chart); break;
        default: return;
        }
        app_redraw(app);
        return;
    case EV_WHEEL:
        if (ui_hit(e->info_box, ev->x, ev->y)) {
            float max = fmaxf(0, e->info_height - e->info_box.h + 40);
            e->info_scroll = fmaxf(0, fminf(max, e->info_scroll - ev->dy * 40));
            app_redraw(app);
            return;
        }
        if (ui_hit(e->list_box, ev->x, ev->y)) {
            e->scroll = fmaxf(0, fminf((float)e->nrows - 3, e->scroll - ev->dy * 3));
            app_redraw(app);
        }
        return;
    case EV_POINTER_DOWN:
        if (ev->button != BUTTON_LEFT && ev->button != BUTTON_TOUCH)
            return;
        for (int v = 0; v < VIEW_COUNT; v++)
            if (atlas_view_present(e->atlas, (View)v) && ui_hit(e->view_btn[v], ev->x, ev->y)) {
                set_view(e, (View)v);
                if (e->symptom) rank(e);
                app_redraw(app);
                return;
            }
        if (atlas_view_has_arm(e->atlas, e->chart.view) && ui_hit(e->arm_btn, ev->x, ev->y)) {
            chart_set_arm_hidden(&e->chart, !e->chart.hide_arm);
            app_redraw(app);
            return;
        }
        for (int m = 0; m < 2; m++)
            if (ui_hit(e->mode_btn[m], ev->x, ev->y)) {
                e->symptom = m == 1;
                if (e->symptom) rank(e);
                app_redraw(app);
                return;
            }
        for (int t = 0; !e->symptom && e->muscle && t < e->ntrp_btn; t++)   /* drawn only then */
            if (ui_hit(e->trp_btn[t], ev->x, ev->y)) { choose_trp(e, t - 1); app_redraw(app); return; }
        if (e->muscle && !e->symptom && ui_hit(e->quiz_btn, ev->x, ev->y) && ui_hit(e->info_box, ev->x, ev->y)) {
            quiz_me(app, e);
            return;
        }
        int r = row_at(e, ev->x, ev->y);
        if (r >= 0 && e->rows[r].muscle) { open_muscle(e, e->rows[r].muscle); app_redraw(app); return; }
        if (e->symptom && scene_symptom_event(&e->search, &e->chart, ev, &found)) {   /* a muscle found, or paint */
            if (found) open_muscle(e, found);
            app_redraw(app);
            return;
        }
        if (ui_hit(e->chart.rect, ev->x, ev->y)) {
            Side side;
            const AtlasMuscle *m = chart_hit_muscle(&e->chart, (Vec2){ev->x, ev->y}, &side);
            if (m) open_muscle(e, m);
            app_redraw(app);
        }
        return;
    case EV_POINTER_MOVE: {
        if (e->symptom && scene_symptom_event(&e->search, &e->chart, ev, &found))
            app_redraw(app);
        /* name what is under the pointer: the hit tests of the chart */
        Side side;
        const AtlasArea *ar = chart_hit_area(&e->chart, (Vec2){ev->x, ev->y});
        const AtlasMuscle *mu = chart_hit_muscle(&e->chart, (Vec2){ev->x, ev->y}, &side);
        if (ar != e->hover_area || mu != e->hover_muscle) {
            e->hover_area = ar;
            e->hover_muscle = mu;
            app_redraw(app);
        }
        return;
    }
    case EV_POINTER_UP:
        if (e->symptom && scene_symptom_event(&e->search, &e->chart, ev, &found))
            app_redraw(app);
        return;
    default:
        return;
    }
}

static void draw_list(Explore *e, Gfx *gfx)
{
    Game *g = e->g;
    float k = g->theme.scale;
    ui_panel(gfx, &g->theme, e->list_box);
    gfx_clip_push(gfx, ui_inset(e->list_box, 4 * k));
    TextStyle head = game_text(g, 12, FONT_BOLD, g->theme.accent);
    TextStyle item = game_text(g, 15, FONT_REGULAR, g->theme.text);
    char fit[128];
    if (e->nrows == 0) {
        TextStyle d = game_text(g, 14, FONT_REGULAR, g->theme.text_dim);
        text_draw_wrapped(gfx, d, ui_inset(e->list_box, 12 * k), ALIGN_LEFT,
                          "No muscle's name holds that. Backspace or Esc changes it.", true);
    }
    for (int i = (int)e->scroll; i < e->nrows; i++) {
        float y = e->list_box.y + ((float)i - e->scroll) * e->row_h;
        if (y > e->list_box.y + e->list_box.h)
            break;
        Rect row = {e->list_box.x + 4 * k, y + 2 * k, e->list_box.w - 8 * k, e->row_h - 2 * k};
        if (e->rows[i].heading) {
            char up[64];
            snprintf(up, sizeof up, "%s", e->rows[i].heading);
            for (char *c = up; *c; c++) if (*c >= 'a' && *c <= 'z') *c -= 32;
            text_draw(gfx, head, row.x + 8 * k, row.y + row.h - 4 * k, ALIGN_BOTTOM, up);
            continue;
        }
        const AtlasMuscle *m = e->rows[i].muscle;
        bool open = m == e->muscle && !e->symptom;
        if (open) gfx_round_rect(gfx, row, 6 * k, g->theme.select);
        else if (i == e->focus) gfx_round_rect(gfx, row, 6 * k, gfx_mix(g->theme.panel, g->theme.accent, 0.15f));
        if (i == e->focus) gfx_round_rect_outline(gfx, row, 6 * k, 2, g->theme.focus);
        item.color = open ? g->theme.accent_text : g->theme.text;
        text_fit(gfx, item, m->name, row.w - 20 * k, fit, sizeof fit);
        text_draw(gfx, item, row.x + 12 * k, row.y + row.h / 2, ALIGN_MIDDLE, fit);
    }
    gfx_clip_pop(gfx);
}

/* The palpation Explore shows: the chosen trigger point's, else the muscle's when it has
 * steps, else its first trigger point's. */
const AtlasPalpation *explore_shown_palpation(const Explore *e)
{
    const AtlasMuscle *m = e->muscle;
    if (!m || m->ntrps == 0)
        return NULL;
    if (e->trp >= 0 && e->trp < m->ntrps)
        return &m->trps[e->trp].palp;
    return m->palp.nsteps ? &m->palp : &m->trps[0].palp;
}

/* TT_DEBUG_LAYOUT=1: a line each time what the screen shows changes: the mode, the open
 * muscle, the camera, the Find field, the visible rows, Quiz me and the search results. */
static void report_layout(Explore *e)
{
    if (!layout_report_on())
        return;
    unsigned sig = 2166136261u;
    const void *parts[] = {e->muscle, e->search.nhits ? e->search.hits[0].muscle : NULL};
    for (size_t i = 0; i < sizeof parts / sizeof parts[0]; i++) sig = (sig ^ (unsigned)(uintptr_t)parts[i]) * 16777619u;
    int nums[] = {e->symptom, e->search.nhits, e->nrows, e->focus, (int)(e->chart.zoom * 100), (int)e->chart.view,
                  (int)e->scroll, e->find.focused};
    for (size_t i = 0; i < sizeof nums / sizeof nums[0]; i++) sig = (sig ^ (unsigned)nums[i]) * 16777619u;
    for (const char *c = e->find.text; *c; c++) sig = (sig ^ (unsigned char)*c) * 16777619u;
    if (sig == e->reported)
        return;
    e->reported = sig;
    LayoutReport r;
    if (!layout_report_begin(&r, "explore"))
        return;
    float k = e->g->theme.scale;
    layout_report_str(&r, "mode", e->symptom ? "symptom" : "browse");
    layout_report_str(&r, "muscle", e->muscle ? e->muscle->id : "");
    layout_report_str(&r, "view", atlas_view_name(e->chart.view));
    layout_report_num(&r, "zoom", e->chart.zoom, 2);
    layout_report_rect(&r, "chart", e->chart.rect);
    layout_report_rect(&r, "legend", e->legend_box);
    layout_report_rect(&r, "find", e->find.r);
    layout_report_str(&r, "find_text", e->find.text);
    if (e->muscle && !e->symptom)
        layout_report_rect(&r, "quiz", e->quiz_btn);
    layout_report_array_begin(&r, "rows");
    for (int i = (int)e->scroll; i < e->nrows; i++) {
        float y = e->list_box.y + ((float)i - e->scroll) * e->row_h;
        if (y + e->row_h > e->list_box.y + e->list_box.h)
            break;
        if (!e->rows[i].muscle)
            continue;
        layout_report_object_begin(&r, NULL);
        layout_report_str(&r, "id", e->rows[i].muscle->id);
        layout_report_rect(&r, "rect", (Rect){e->list_box.x + 4 * k, y + 2 * k, e->list_box.w - 8 * k, e->row_h - 2 * k});
        layout_report_object_end(&r);
    }
    layout_report_array_end(&r);
    layout_report_array_begin(&r, "hits");
    for (int i = 0; e->symptom && i < e->search.nhits; i++) {
        layout_report_object_begin(&r, NULL);
        layout_report_str(&r, "id", e->search.hits[i].muscle->id);
        layout_report_rect(&r, "rect", e->search.hit_btn[i]);
        layout_report_object_end(&r);
    }
    layout_report_array_end(&r);
    layout_report_end(&r);
}

/* The parts around the chart, each painting the background it covers: kept as pictures on
 * a large screen (gfx_keep_draw), where blending their words is most of a frame. */
static void draw_side(Gfx *gfx, void *ud)   /* Browse and Search, Find, the list */
{
    Explore *e = ud;
    Game *g = e->g;
    ui_background(gfx, &g->theme);
    ui_button(gfx, &g->theme, e->mode_btn[0], "Browse", game_font(g, 14), e->symptom ? UI_NORMAL : UI_SELECTED);
    ui_button(gfx, &g->theme, e->mode_btn[1], "Search", game_font(g, 14), e->symptom ? UI_SELECTED : UI_NORMAL);
    find_field_draw(&e->find, gfx, g, "Find a muscle: type its name");
    draw_list(e, gfx);
}

static void draw_views(Gfx *gfx, void *ud)   /* the view buttons over the chart */
{
    Explore *e = ud;
    Game *g = e->g;
    ui_background(gfx, &g->theme);
    for (int v = 0; v < VIEW_COUNT; v++)
        if (atlas_view_present(e->atlas, (View)v))
            ui_button(gfx, &g->theme, e->view_btn[v], view_labels[v], game_font(g, v < VIEW_BODY_COUNT ? 14 : 12),
                      e->chart.view == (View)v ? UI_SELECTED : view_offered(e, (View)v) ? UI_NORMAL : UI_DISABLED);
}

static void draw_info(Gfx *gfx, void *ud)   /* the panel on the right */
{
    Explore *e = ud;
    ui_background(gfx, &e->g->theme);
    explore_draw_info(e, gfx);
}

static void explore_draw(App *app, Scene *s, Gfx *gfx)
{
    Explore *e = s->state;
    Game *g = e->g;
    float k = g->theme.scale;
    ui_background(gfx, &g->theme);
    game_draw_header(g, gfx, "Explore the atlas",
                     e->symptom ? "Symptom search: paint where it hurts" : "Muscles, trigger points and their referred pain");
    layout(e, app->gfx, app->size);
    /* each part with a margin for its shadows, clear of the others (16 units apart) */
    float top = e->mode_btn[0].y - 8 * k, cx = e->chart_box.x, cw = e->chart_box.w;
    gfx_keep_draw(&e->kept[0], gfx, (Rect){0, top, e->list_box.x + e->list_box.w + 8 * k, app->size.y - top},
                  GFX_KEEP_MIN_PIXELS, draw_side, e);
    gfx_keep_draw(&e->kept[1], gfx, (Rect){cx - 6 * k, top, cw + 12 * k, e->chart_box.y - 2 * k - top},
                  GFX_KEEP_MIN_PIXELS, draw_views, e);
    e->chart.detail = CHART_FULL;
    chart_draw_over(&e->chart, gfx, &g->chart, explore_draw_chart_marks, e);
    explore_draw_chart_overlay(e, gfx);
    if (!e->symptom)
        chart_draw_layer_control(&e->chart, gfx, &g->theme);
    float ix = e->info_box.x - 8 * k;
    gfx_keep_draw(&e->kept[2], gfx, (Rect){ix, top, app->size.x - ix, app->size.y - top}, GFX_KEEP_MIN_PIXELS,
                  draw_info, e);
    game_draw_toast(g, gfx);
    report_layout(e);
}

static void explore_update(App *app, Scene *s, double dt)
{
    Explore *e = s->state;
    chart_tick_all(app, &e->chart, 1, dt);
}

static void explore_destroy(Scene *s)
{
    Explore *e = s->state;
    chart_free(&e->chart);
    for (int i = 0; i < 3; i++)
        gfx_keep_free(&e->kept[i]);
    scene_symptom_free(&e->search);
    app_scene_free(s);
}

Scene *scene_explore_new(Game *g, const char *muscle_id)
{
    const Atlas *a = game_atlas(g);
    if (!a) {
        game_toast(g, "The atlas did not load: %s", g->atlas_error);
        return NULL;
    }
    static const Scene proto = {.name = "explore", .event = explore_event, .update = explore_update,
                                .draw = explore_draw, .destroy = explore_destroy};
    Scene *s = app_scene_new(&proto, sizeof(Explore));
    if (!s)
        return NULL;
    Explore *e = s->state;
    e->g = g;
    e->atlas = a;
    e->trp = -1;
    scene_symptom_init(&e->search);
    chart_init(&e->chart, a, VIEW_POSTERIOR);
    e->chart.layer_control = true;
    e->chart.fast_motion = true;   /* explore_update ticks it */
    e->chart.keep_over = true;     /* the open muscle's marks are not drawn at every frame */
    build_rows(e);
    if (muscle_id && !strncmp(muscle_id, "symptom", 7)) {
        e->symptom = true;
    } else if (muscle_id && *muscle_id) {
        const AtlasMuscle *m = atlas_muscle(a, muscle_id);
        if (m) open_muscle(e, m);
    }
    return s;
}

void scene_explore_search_paint(Scene *s, View v, const Vec2 *at, int n, float r)
{
    Explore *e = s->state;
    e->symptom = true;
    set_view(e, v);
    scene_symptom_paint(&e->search, v, at, n, r);
    rank(e);
}
