/* scene_sheet: printable atlas sheets. `chart:VIEW` shows one view with muscle outlines and
 * labelled landmarks; `muscle:ID` shows one muscle in every view where it or its pain
 * appears, highlighted, with its trigger points (X) and pain zones (essential solid,
 * spillover stippled) and a legend. Esc goes back. */
#include "screens/game.h"
#include "screens/scenes.h"
#include "screens/chart.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct Sheet {
    Game *g;
    const AtlasMuscle *muscle;     /* NULL: a plain chart */
    View views[VIEW_COUNT]; int nviews;
    Chart charts[VIEW_COUNT];
} Sheet;

static bool shows_in(const AtlasMuscle *m, View v)
{
    if (m->outline[SIDE_RIGHT][v].count)
        return true;
    for (int t = 0; t < m->ntrps; t++)
        if (m->trps[t].has_at[SIDE_RIGHT][v] || m->trps[t].essential[SIDE_RIGHT][v].count ||
            m->trps[t].spillover[SIDE_RIGHT][v].count)
            return true;
    return false;
}

static void sheet_event(App *app, Scene *s, const InputEvent *e)
{
    Sheet *sh = s->state;
    if (e->type == EV_KEY_DOWN && (e->key == KEY_ESCAPE || e->key == KEY_BACKSPACE)) {
        app_replace(app, scene_menu_new(sh->g));
        return;
    }
    for (int i = 0; i < sh->nviews; i++)
        if (chart_event(&sh->charts[i], e, sh->nviews == 1))
            app_redraw(app);
}

/* Landmark labels stand in two columns beside the figure, each column stacked top to bottom
 * so no two labels touch, with a thin leader to the point. A front or back view labels either
 * copy of a landmark (the right one or its mirror), so a label goes to whichever column leaves
 * it nearer its point; a side view keeps a label on its point's side unless the other column
 * is far freer (its leader then crosses the figure). */
typedef struct LabelItem { const char *name; Vec2 at[2]; bool has[2]; float want; int col; float y; } LabelItem;

static int label_item_cmp(const void *a, const void *b)
{
    float d = ((const LabelItem *)a)->want - ((const LabelItem *)b)->want;
    return (d > 0) - (d < 0);
}

static void draw_landmark_labels(Sheet *sh, Gfx *gfx, Chart *c)
{
    const Atlas *a = c->atlas;
    TextStyle st = game_text(sh->g, 11, FONT_REGULAR, sh->g->chart.landmark);
    float lh = text_line_height(gfx, st), gap = lh * 0.1f;
    bool lateral = c->view == VIEW_LATERAL_RIGHT || c->view == VIEW_LATERAL_LEFT;
    LabelItem *items = calloc((size_t)a->nlandmarks + 1, sizeof *items);
    if (!items)
        return;
    int n = 0;
    for (int i = 0; i < a->nlandmarks; i++) {
        const AtlasLandmark *l = &a->landmarks[i];
        LabelItem it = {.name = l->name && *l->name ? l->name : l->id};
        for (int s = 0; s < SIDE_COUNT; s++) {
            if (!chart_landmark_shown(c, l, (Side)s))
                continue;
            Vec2 p = chart_to_screen(c, l->at[s][c->view]);
            int col = lateral ? (l->at[s][c->view].x >= 0) : (p.x >= c->rect.x + c->rect.w / 2);
            if (!it.has[col] || lateral) { it.at[col] = p; it.has[col] = true; }
        }
        if (!it.has[0] && !it.has[1])
            continue;
        if (lateral) {   /* one copy: the other column reaches it across the figure */
            int own = it.has[1];
            it.at[!own] = it.at[own];
        }
        it.want = (it.has[0] ? it.at[0] : it.at[1]).y - lh / 2;
        items[n++] = it;
    }
    qsort(items, (size_t)n, sizeof *items, label_item_cmp);
    float bottom[2] = {-1e9f, -1e9f};
    for (int i = 0; i < n; i++) {
        LabelItem *it = &items[i];
        float best = 1e9f;
        for (int col = 0; col < 2; col++) {
            if (!lateral && !it->has[col] && !it->has[!col])
                continue;
            if (!lateral && !it->has[col])   /* a midline point: its mirror is itself */
                it->at[col] = it->at[!col];
            float y = fmaxf(it->at[col].y - lh / 2, bottom[col] + gap);
            float cost = y - (it->at[col].y - lh / 2);
            bool own = lateral ? it->has[col] : false;
            if (lateral && !own) cost += 3 * lh;
            if (cost < best - 0.01f || (cost < best + 0.01f && own)) { best = cost; it->col = col; it->y = y; }
        }
        bottom[it->col] = it->y + lh;
    }
    /* a column that runs off the bottom is pushed up from the end */
    for (int col = 0; col < 2; col++) {
        float limit = c->rect.y + c->rect.h;
        for (int i = n - 1; i >= 0; i--) {
            if (items[i].col != col)
                continue;
            if (items[i].y + lh > limit) items[i].y = limit - lh;
            limit = items[i].y - gap;
        }
    }
    /* the columns stand clear of the whole figure (hands included) */
    float lo = 0, hi = 0;
    const Shape *sil = &a->views[c->view].silhouette;
    for (int k = 0; k < sil->count; k++)
        for (int j = 0; j < sil->polys[k].n; j++) {
            lo = fminf(lo, sil->polys[k].pts[j].x);
            hi = fmaxf(hi, sil->polys[k].pts[j].x);
        }
    float left = chart_to_screen(c, (Vec2){lo, 0}).x - 10, right = chart_to_screen(c, (Vec2){hi, 0}).x + 10;
    for (int i = 0; i < n; i++) {
        LabelItem *it = &items[i];
        Vec2 p = it->at[it->col];
        Vec2 m = text_measure(gfx, st, it->name);
        float x = it->col ? right : left - m.x;
        Vec2 end = {it->col ? x - 2 : x + m.x + 2, it->y + lh / 2};
        gfx_line(gfx, p, end, 0.8f, gfx_alpha(sh->g->chart.landmark, 0.5f));
        text_draw(gfx, st, x, it->y, ALIGN_LEFT, it->name);
    }
    free(items);
}

/* The widest landmark label of view v: a plain chart keeps two columns that wide free beside
 * the figure, so a wide figure (the two hands, the two feet) leaves its labels on screen. */
static float label_width(Sheet *sh, Gfx *gfx, View v)
{
    const Atlas *a = game_atlas(sh->g);
    TextStyle st = game_text(sh->g, 11, FONT_REGULAR, sh->g->chart.landmark);
    float w = 0;
    for (int i = 0; a && i < a->nlandmarks; i++) {
        const AtlasLandmark *l = &a->landmarks[i];
        if (l->has[SIDE_RIGHT][v] || l->has[SIDE_LEFT][v])
            w = fmaxf(w, text_measure(gfx, st, l->name && *l->name ? l->name : l->id).x);
    }
    return w;
}

static void sheet_draw(App *app, Scene *s, Gfx *gfx)
{
    Sheet *sh = s->state;
    Game *g = sh->g;
    float k = g->theme.scale;
    Vec2 sz = gfx_size(gfx);
    gfx_clear(gfx, g->chart.chart_bg);
    char title[160], sub[200];
    if (sh->muscle) {
        snprintf(title, sizeof title, "%s", sh->muscle->name);
        int n = sh->muscle->ntrps;
        snprintf(sub, sizeof sub, "%s - %d trigger point%s; the client's right side", sh->muscle->region, n,
                 n == 1 ? "" : "s");
    } else {
        snprintf(title, sizeof title, "Body chart: %s", atlas_view_title(sh->views[0]));
        snprintf(sub, sizeof sub, "Muscle outlines and landmarks; 170 cm reference figure");
    }
    TextStyle t = game_text(g, 24, FONT_BOLD, g->chart.sheet_title);
    TextStyle st = game_text(g, 14, FONT_REGULAR, g->chart.sheet_text);
    text_draw(gfx, t, 20 * k, 14 * k, ALIGN_LEFT, title);
    text_draw(gfx, st, 20 * k, 14 * k + text_line_height(gfx, t), ALIGN_LEFT, sub);
    float top = 14 * k + text_line_height(gfx, t) + text_line_height(gfx, st) + 10 * k;
    if (sh->muscle)   /* the legend sits top right: the view names go below it */
        top = fmaxf(top, 16 * k + 3 * (text_line_height(gfx, game_text(g, 13, FONT_REGULAR, st.color)) + 4 * k) + 6 * k);
    float w = (sz.x - 20 * k) / (float)sh->nviews;
    TextStyle vl = game_text(g, 14, FONT_BOLD, g->chart.view_label);
    for (int i = 0; i < sh->nviews; i++) {
        Chart *c = &sh->charts[i];
        Rect r = {10 * k + (float)i * w, top + 20 * k, w - 10 * k, sz.y - top - 30 * k};
        float lw = sh->muscle ? 0 : fminf(label_width(sh, gfx, c->view) + 24 * k, r.w * 0.3f);
        if (lw > 0 && r.w - 2 * lw >= r.w * 0.3f) {
            r.x += lw;
            r.w -= 2 * lw;
        }
        chart_set_rect(c, r);
        chart_draw(c, gfx, &g->chart);
        text_draw(gfx, vl, r.x + r.w / 2, top, ALIGN_CENTER, atlas_view_name(c->view));
        if (sh->muscle) {
            Side side = c->view == VIEW_LATERAL_LEFT ? SIDE_LEFT : SIDE_RIGHT;
            for (int tp = 0; tp < sh->muscle->ntrps; tp++)
                chart_draw_zones(c, gfx, &g->chart, &sh->muscle->trps[tp], side);
            gfx_clip_push(gfx, r);
            for (int tp = 0; tp < sh->muscle->ntrps; tp++)
                if (sh->muscle->trps[tp].has_at[side][c->view])
                    chart_draw_trp(c, gfx, sh->muscle->trps[tp].at[side][c->view], 1.8f, g->chart.trp);
            gfx_clip_pop(gfx);
        } else {
            draw_landmark_labels(sh, gfx, c);
        }
    }
    if (sh->muscle)
        chart_draw_legend(&sh->charts[0], gfx, &g->chart, &g->theme, (Vec2){sz.x - 190 * k, 16 * k});
    (void)app;
}

static void sheet_destroy(Scene *s)
{
    Sheet *sh = s->state;
    for (int i = 0; i < sh->nviews; i++)
        chart_free(&sh->charts[i]);
    app_scene_free(s);
}

static Scene *sheet_new(Game *g, const AtlasMuscle *m, View only)
{
    const Atlas *a = game_atlas(g);
    static const Scene proto = {.name = "sheet", .event = sheet_event, .draw = sheet_draw, .destroy = sheet_destroy};
    Scene *s = a ? app_scene_new(&proto, sizeof(Sheet)) : NULL;
    if (!s)
        return NULL;
    Sheet *sh = s->state;
    sh->g = g;
    sh->muscle = m;
    if (m) {
        /* the whole-body views, then the regional ones the muscle or its pain reaches */
        static const View order[] = {VIEW_ANTERIOR, VIEW_POSTERIOR, VIEW_LATERAL_RIGHT, VIEW_FOOT_PLANTAR,
                                     VIEW_LEG_MEDIAL, VIEW_HAND_PALMAR, VIEW_HAND_DORSAL};
        for (size_t i = 0; i < sizeof order / sizeof order[0]; i++)
            if (a->views[order[i]].silhouette.count && shows_in(m, order[i]))
                sh->views[sh->nviews++] = order[i];
    } else {
        sh->views[sh->nviews++] = only;
    }
    for (int i = 0; i < sh->nviews; i++) {
        chart_init(&sh->charts[i], a, sh->views[i]);
        sh->charts[i].detail = m ? CHART_BARE : CHART_FULL;
        sh->charts[i].show_landmarks = !m;
        sh->charts[i].highlight = m;
        sh->charts[i].highlight_side = SIDE_RIGHT;
        /* a muscle or pain under the side view's arm is shown with the arm left out */
        if (m) {
            bool under = atlas_hides_arm(m, NULL, SIDE_RIGHT, sh->views[i]);
            for (int t = 0; t < m->ntrps; t++)
                under = under || m->trps[t].under_arm[SIDE_RIGHT][sh->views[i]];
            chart_set_arm_hidden(&sh->charts[i], under);
        }
    }
    return s;
}

Scene *scene_muscle_new(Game *g, const char *muscle_id)
{
    const Atlas *a = game_atlas(g);
    const AtlasMuscle *m = a ? atlas_muscle(a, muscle_id) : NULL;
    if (!m) {
        const char *hint = a ? atlas_suggest_muscle(a, muscle_id) : NULL;
        fprintf(stderr, "trigger-trainer: unknown muscle '%s'%s%s%s\n", muscle_id,
                hint ? " (did you mean '" : "", hint ? hint : "", hint ? "'?)" : "");
        return NULL;
    }
    return sheet_new(g, m, VIEW_ANTERIOR);
}

Scene *scene_chart_new(Game *g, const char *view_name)
{
    View v;
    if (!atlas_view_parse(view_name, &v)) {
        int n;
        const char *const *words = atlas_words(ATLAS_WORDS_VIEW, &n);
        char list[256] = "";
        for (int i = 0; i < n; i++)
            snprintf(list + strlen(list), sizeof list - strlen(list), "%s%s", i ? ", " : "", words[i]);
        fprintf(stderr, "trigger-trainer: unknown view '%s' (%s)\n", view_name, list);
        return NULL;
    }
    return sheet_new(g, NULL, v);
}
