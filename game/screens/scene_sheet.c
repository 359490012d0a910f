/* scene_sheet: printable atlas sheets. `chart:VIEW` shows one view with bones, muscles layer
 * by layer and labelled landmarks (a front or back view as a wall chart: the client's left
 * half superficial, the right half every layer; `chart:VIEW:LAYER` one depth). `muscle:ID`
 * shows one figure per trigger point, as the textbook does: each framed on the region of its
 * pattern in every view the pattern needs (the X, the essential zone solid, the spillover
 * stippled), the muscle highlighted over the bones, with a legend. Esc goes back. */
#include "screens/game.h"
#include "screens/scenes.h"
#include "screens/chart.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SHEET_MAX_CHARTS 24
#define FIGURE_MAX_VIEWS 4

/* One trigger point's figure: its charts are charts[first .. first + n - 1]. */
typedef struct Figure { const AtlasTrp *trp; int first, n; } Figure;

typedef struct Sheet {
    Game *g;
    const AtlasMuscle *muscle;     /* NULL: a plain chart */
    View views[SHEET_MAX_CHARTS]; int nviews;
    Chart charts[SHEET_MAX_CHARTS];
    Figure figures[SHEET_MAX_CHARTS]; int nfigures;
    Rect laid_out;                 /* the area the figures were framed for */
} Sheet;

/* The views trigger point t needs: where its X is drawn first, then where its zones lie
 * (infraspinatus: the X on the back, the pain on the front of the shoulder). */
static int trp_views(const Atlas *a, const AtlasTrp *t, View out[FIGURE_MAX_VIEWS])
{
    static const View order[] = {VIEW_POSTERIOR, VIEW_ANTERIOR, VIEW_LATERAL_RIGHT, VIEW_FOOT_PLANTAR,
                                 VIEW_LEG_MEDIAL, VIEW_HAND_PALMAR, VIEW_HAND_DORSAL};
    enum { NORDER = sizeof order / sizeof order[0] };
    int n = 0;
    for (int i = 0; i < NORDER && n < FIGURE_MAX_VIEWS; i++)
        if (atlas_view_present(a, order[i]) && t->has_at[SIDE_RIGHT][order[i]])
            out[n++] = order[i];
    for (int i = 0; i < NORDER && n < FIGURE_MAX_VIEWS; i++) {
        bool zone = atlas_view_present(a, order[i]) &&
                    (t->essential[SIDE_RIGHT][order[i]].count || t->spillover[SIDE_RIGHT][order[i]].count);
        bool have = false;
        for (int k = 0; k < n; k++)
            have = have || out[k] == order[i];
        if (zone && !have)
            out[n++] = order[i];
    }
    return n;
}

static void grow(Rect *b, bool *has, Vec2 p)
{
    if (!*has) { *b = (Rect){p.x, p.y, 0, 0}; *has = true; return; }
    float x1 = fmaxf(b->x + b->w, p.x), y1 = fmaxf(b->y + b->h, p.y);
    b->x = fminf(b->x, p.x); b->y = fminf(b->y, p.y);
    b->w = x1 - b->x; b->h = y1 - b->y;
}

static void grow_shape(Rect *b, bool *has, const Shape *s)
{
    for (int i = 0; i < s->count; i++)
        for (int k = 0; k < s->polys[i].n; k++)
            grow(b, has, s->polys[i].pts[k]);
}

/* Frames a figure's chart on the region of the pattern: the X, both zones and the muscle,
 * with a margin, never less than a region a student recognises (30 cm). */
static void frame_trp(Chart *c, const AtlasMuscle *m, const AtlasTrp *t)
{
    chart_fit(c);
    Rect b = {0};
    bool has = false;
    View v = c->view;
    if (t->has_at[SIDE_RIGHT][v])
        grow(&b, &has, t->at[SIDE_RIGHT][v]);
    grow_shape(&b, &has, &t->essential[SIDE_RIGHT][v]);
    grow_shape(&b, &has, &t->spillover[SIDE_RIGHT][v]);
    grow_shape(&b, &has, &m->outline[SIDE_RIGHT][v]);
    if (!has)
        return;
    float pad = 4, min = 30;
    float w = fmaxf(b.w + 2 * pad, min), h = fmaxf(b.h + 2 * pad, min);
    float zoom = fminf(c->rect.w / (w * c->fit_scale), c->rect.h / (h * c->fit_scale));
    c->zoom = fmaxf(1, fminf(zoom, 8));
    c->centre = (Vec2){b.x + b.w / 2, b.y + b.h / 2};
    chart_invalidate(c);
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
            if (!ui_hit(c->rect, p.x, p.y))
                continue;   /* zoomed or panned off the chart: no label over the page */
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

/* Which layers each half shows, on the line of the view's name: a split chart names both
 * halves, on their sides. */
static void draw_layer_captions(Sheet *sh, Gfx *gfx, Chart *c, float y)
{
    static const char *const shown[LAYER_COUNT] = {"superficial layer", "down to the intermediate layer",
                                                   "all layers"};
    TextStyle st = game_text(sh->g, 12, FONT_REGULAR, sh->g->chart.sheet_text);
    float k = sh->g->theme.scale, mid = c->rect.x + c->rect.w / 2, gap = 56 * k;
    y += 2 * k;
    bool muscles = false;
    for (int i = 0; i < c->atlas->nmuscles && !muscles; i++)   /* the left side view draws the left side */
        for (int s = 0; s < SIDE_COUNT; s++)
            muscles = muscles || c->atlas->muscles[i].outline[s][c->view].count > 0;
    if (!muscles)
        return;
    if (!c->split) {
        text_draw(gfx, st, mid + gap, y, ALIGN_LEFT, shown[c->depth]);
        return;
    }
    /* the client's left is on the viewer's left from behind, on the right from the front */
    bool left_first = c->view == VIEW_POSTERIOR;
    char l[96], r[96];
    snprintf(l, sizeof l, "client's left: %s", shown[LAYER_SUPERFICIAL]);
    snprintf(r, sizeof r, "client's right: %s", shown[c->depth]);
    text_draw(gfx, st, mid - gap, y, ALIGN_RIGHT, left_first ? l : r);
    text_draw(gfx, st, mid + gap, y, ALIGN_LEFT, left_first ? r : l);
}

/* Lays the figures out in rows (1 to 4, whichever gives the largest charts), each figure's
 * charts side by side under its caption, and frames each chart on its pattern. */
static void layout_figures(Sheet *sh, Rect area, float caption_h, float gap)
{
    int total = 0;
    for (int f = 0; f < sh->nfigures; f++)
        total += sh->figures[f].n;
    int best_rows = 1;
    float best = -1;
    int row_of[SHEET_MAX_CHARTS];
    for (int rows = 1; rows <= 4 && rows <= sh->nfigures; rows++) {
        /* fill rows in order, each up to its share of the charts */
        int r = 0, in_row = 0, widest = 0, done = 0;
        for (int f = 0; f < sh->nfigures; f++) {
            float share = (float)total * (float)(r + 1) / (float)rows;
            if (in_row > 0 && r < rows - 1 && (float)(done + sh->figures[f].n) > share + 0.5f) {
                r++;
                in_row = 0;
            }
            in_row += sh->figures[f].n;
            done += sh->figures[f].n;
            widest = in_row > widest ? in_row : widest;
        }
        float cw = area.w / (float)widest - gap, ch = area.h / (float)(r + 1) - caption_h - gap;
        float score = fminf(cw, ch);
        if (score > best + 1) { best = score; best_rows = rows; }
    }
    /* place them */
    int r = 0, in_row = 0, done = 0, rows_used = 1;
    for (int f = 0; f < sh->nfigures; f++) {
        float share = (float)total * (float)(r + 1) / (float)best_rows;
        if (in_row > 0 && r < best_rows - 1 && (float)(done + sh->figures[f].n) > share + 0.5f) {
            r++;
            in_row = 0;
            rows_used++;
        }
        row_of[f] = r;
        in_row += sh->figures[f].n;
        done += sh->figures[f].n;
    }
    float row_h = area.h / (float)rows_used;
    for (int row = 0; row < rows_used; row++) {
        int n = 0;
        for (int f = 0; f < sh->nfigures; f++)
            n += row_of[f] == row ? sh->figures[f].n : 0;
        float cw = area.w / (float)n, x = area.x;
        for (int f = 0; f < sh->nfigures; f++) {
            if (row_of[f] != row)
                continue;
            for (int k = 0; k < sh->figures[f].n; k++) {
                Chart *c = &sh->charts[sh->figures[f].first + k];
                chart_set_rect(c, (Rect){x + gap / 2, area.y + (float)row * row_h + caption_h, cw - gap,
                                         row_h - caption_h - gap});
                frame_trp(c, sh->muscle, sh->figures[f].trp);
                x += cw;
            }
        }
    }
    sh->laid_out = area;
}

static void draw_figures(Sheet *sh, Gfx *gfx, float top)
{
    Game *g = sh->g;
    float k = g->theme.scale;
    Vec2 sz = gfx_size(gfx);
    TextStyle cap = game_text(g, 14, FONT_BOLD, g->chart.sheet_title);
    TextStyle vl = game_text(g, 11, FONT_REGULAR, g->chart.view_label);
    float caption_h = text_line_height(gfx, cap) + 6 * k, gap = 12 * k;
    Rect area = {10 * k, top, sz.x - 20 * k, sz.y - top - 8 * k};
    if (area.x != sh->laid_out.x || area.y != sh->laid_out.y || area.w != sh->laid_out.w || area.h != sh->laid_out.h)
        layout_figures(sh, area, caption_h, gap);
    for (int f = 0; f < sh->nfigures; f++) {
        const Figure *fig = &sh->figures[f];
        Rect first = sh->charts[fig->first].rect, last = sh->charts[fig->first + fig->n - 1].rect;
        Rect box = {first.x - 4 * k, first.y - caption_h, last.x + last.w - first.x + 8 * k,
                    first.h + caption_h + 4 * k};
        gfx_round_rect_outline(gfx, box, 8 * k, 1, gfx_alpha(g->chart.sheet_text, 0.3f));
        char text[200], fit[200];
        snprintf(text, sizeof text, "%s - %s", fig->trp->name, atlas_frequency_name(fig->trp->frequency));
        text_fit(gfx, cap, text, box.w - 12 * k, fit, sizeof fit);
        text_draw(gfx, cap, box.x + box.w / 2, box.y + 3 * k, ALIGN_CENTER, fit);
        for (int i = 0; i < fig->n; i++) {
            Chart *c = &sh->charts[fig->first + i];
            chart_draw(c, gfx, &g->chart);
            chart_draw_zones(c, gfx, &g->chart, fig->trp, SIDE_RIGHT);
            if (fig->trp->has_at[SIDE_RIGHT][c->view]) {
                gfx_clip_push(gfx, c->rect);
                chart_draw_trp(c, gfx, fig->trp->at[SIDE_RIGHT][c->view], 1.8f, g->chart.trp);
                gfx_clip_pop(gfx);
            }
            text_draw(gfx, vl, c->rect.x + 4 * k, c->rect.y + c->rect.h - 2 * k, ALIGN_LEFT | ALIGN_BOTTOM,
                      atlas_view_title(c->view));
        }
    }
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
        snprintf(sub, sizeof sub, "%s - %d trigger point%s, one figure each; the client's right side",
                 sh->muscle->region, n, n == 1 ? "" : "s");
    } else {
        snprintf(title, sizeof title, "Body chart: %s", atlas_view_title(sh->views[0]));
        snprintf(sub, sizeof sub, "Bones, muscles layer by layer and landmarks; 170 cm reference figure");
    }
    TextStyle t = game_text(g, 24, FONT_BOLD, g->chart.sheet_title);
    TextStyle st = game_text(g, 14, FONT_REGULAR, g->chart.sheet_text);
    text_draw(gfx, t, 20 * k, 14 * k, ALIGN_LEFT, title);
    text_draw(gfx, st, 20 * k, 14 * k + text_line_height(gfx, t), ALIGN_LEFT, sub);
    float top = 14 * k + text_line_height(gfx, t) + text_line_height(gfx, st) + 10 * k;
    if (sh->muscle) {   /* the legend sits top right: the figures go below it */
        top = fmaxf(top, 16 * k + 3 * (text_line_height(gfx, game_text(g, 13, FONT_REGULAR, st.color)) + 4 * k) + 6 * k);
        draw_figures(sh, gfx, top);
        chart_draw_legend(&sh->charts[0], gfx, &g->chart, &g->theme, (Vec2){sz.x - 190 * k, 16 * k});
        (void)app;
        return;
    }
    TextStyle vl = game_text(g, 14, FONT_BOLD, g->chart.view_label);
    Chart *c = &sh->charts[0];
    Rect r = {10 * k, top + 20 * k, sz.x - 20 * k, sz.y - top - 30 * k};
    float lw = fminf(label_width(sh, gfx, c->view) + 24 * k, r.w * 0.3f);
    if (r.w - 2 * lw >= r.w * 0.3f) {   /* label columns kept free beside a wide figure */
        r.x += lw;
        r.w -= 2 * lw;
    }
    chart_set_rect(c, r);
    chart_draw(c, gfx, &g->chart);
    text_draw(gfx, vl, r.x + r.w / 2, top, ALIGN_CENTER, atlas_view_name(c->view));
    draw_landmark_labels(sh, gfx, c);
    draw_layer_captions(sh, gfx, c, top);
    (void)app;
}

static void sheet_destroy(Scene *s)
{
    Sheet *sh = s->state;
    for (int i = 0; i < sh->nviews; i++)
        chart_free(&sh->charts[i]);
    app_scene_free(s);
}

/* A chart the player zoomed is drawn again once the wheel rests. */
static void sheet_update(App *app, Scene *s, double dt)
{
    Sheet *sh = s->state;
    chart_tick_all(app, sh->charts, sh->nviews, dt);
}

static Scene *sheet_new(Game *g, const AtlasMuscle *m, View only)
{
    const Atlas *a = game_atlas(g);
    static const Scene proto = {.name = "sheet", .event = sheet_event, .update = sheet_update, .draw = sheet_draw,
                                .destroy = sheet_destroy};
    Scene *s = a ? app_scene_new(&proto, sizeof(Sheet)) : NULL;
    if (!s)
        return NULL;
    Sheet *sh = s->state;
    sh->g = g;
    sh->muscle = m;
    if (m) {   /* one figure per trigger point, in the views its pattern needs */
        for (int t = 0; t < m->ntrps && sh->nviews < SHEET_MAX_CHARTS; t++) {
            View v[FIGURE_MAX_VIEWS];
            int n = trp_views(a, &m->trps[t], v);
            if (n > SHEET_MAX_CHARTS - sh->nviews)
                n = SHEET_MAX_CHARTS - sh->nviews;
            if (n == 0)
                continue;
            sh->figures[sh->nfigures++] = (Figure){&m->trps[t], sh->nviews, n};
            for (int i = 0; i < n; i++)
                sh->views[sh->nviews++] = v[i];
        }
    } else {
        sh->views[sh->nviews++] = only;
    }
    for (int i = 0; i < sh->nviews; i++) {
        Chart *c = &sh->charts[i];
        chart_init(c, a, sh->views[i]);
        /* a figure: bones and the muscle over them; the chart sheet: everything */
        c->detail = m ? CHART_LANDMARKS : CHART_FULL;
        c->show_landmarks = !m;
        c->highlight = m;
        c->highlight_side = SIDE_RIGHT;
        c->fast_motion = true;   /* sheet_update ticks it */
    }
    /* a muscle or a pattern under the side view's arm is shown with the arm left out */
    for (int f = 0; f < sh->nfigures; f++)
        for (int k = 0; k < sh->figures[f].n; k++) {
            int i = sh->figures[f].first + k;
            bool under = atlas_hides_arm(m, NULL, SIDE_RIGHT, sh->views[i]) ||
                         atlas_hides_arm(m, sh->figures[f].trp, SIDE_RIGHT, sh->views[i]);
            chart_set_arm_hidden(&sh->charts[i], under);
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

/* "VIEW" or "VIEW:LAYER": the layer is the deepest shown (superficial, intermediate, deep) */
Scene *scene_chart_new(Game *g, const char *view_name)
{
    char name[64];
    snprintf(name, sizeof name, "%s", view_name);
    char *colon = strchr(name, ':');
    int depth = LAYER_DEEP;
    if (colon) {
        *colon = 0;
        depth = atlas_word_parse(ATLAS_WORDS_LAYER, colon + 1);
        if (depth < 0) {
            fprintf(stderr, "trigger-trainer: unknown layer '%s' (superficial, intermediate, deep)\n", colon + 1);
            return NULL;
        }
    }
    View v;
    if (!atlas_view_parse(name, &v)) {
        int n;
        const char *const *words = atlas_words(ATLAS_WORDS_VIEW, &n);
        char list[256] = "";
        for (int i = 0; i < n; i++)
            snprintf(list + strlen(list), sizeof list - strlen(list), "%s%s", i ? ", " : "", words[i]);
        fprintf(stderr, "trigger-trainer: unknown view '%s' (%s)\n", name, list);
        return NULL;
    }
    Scene *s = sheet_new(g, NULL, v);
    if (s) {   /* a front or back wall chart shows both halves unless a layer was asked for */
        Chart *c = &((Sheet *)s->state)->charts[0];
        chart_set_depth(c, (AtlasLayer)depth);
        c->split = !colon && (v == VIEW_ANTERIOR || v == VIEW_POSTERIOR);
    }
    return s;
}
