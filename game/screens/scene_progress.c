/* scene_progress: how the player is doing. A body map (front and back) with every muscle
 * coloured by its recent scores (never practised: grey), green only once its review items
 * are mastered (3 good answers on separate days, docs/scoring.md); a chart of round scores
 * over time that reads the same with one day of rounds as with months (each round, or the
 * mean per day or week, with dated ticks); and the weakest muscles to practise next. Data
 * comes from game/store/stats.h, read once on entry.
 * The map keeps the two whole-body views (docs/decisions.md): a muscle drawn only in a regional
 * view (the sole, the hand) is counted under the map and listed in "Practise next". A row of
 * "Practise next" (a click, or Up/Down and Enter) starts a short drill on that muscle
 * (drill.c); back from it, the screen reads the data again. */
#include "screens/game.h"
#include "screens/scenes.h"
#include "screens/chart.h"
#include "store/stats.h"
#include "store/store.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define MAX_MASTERY 128
#define MAX_POINTS 60
#define ROUND_POINTS 30                /* up to this many rounds: one point each */

typedef enum HistoryScale { BY_ROUND, BY_DAY, BY_WEEK } HistoryScale;

typedef struct Progress {
    Game *g;
    const Atlas *atlas;
    Chart charts[2];
    StatsMastery mastery[MAX_MASTERY]; int nmastery;
    StatsPoint points[MAX_POINTS]; int npoints;
    HistoryScale scale;
    int rounds[2];                    /* finished, unfinished */
    int mastered;                     /* muscles whose review items are all mastered */
    Rect rows[MAX_MASTERY]; int nrows; /* "Practise next" as drawn */
    int focus, hover;                 /* its row chosen by the keyboard, under the pointer */
    bool drilled;                     /* a drill was started from here: read the data again */
    GfxKeep kept;                     /* the history and "Practise next", kept on a large screen */
    Rect history, weakest;            /* where they go */
} Progress;

static void load_stats(Progress *p);

static Color mastery_colour(const Game *g, double m)
{
    /* weak -> mastered in the palette's colours (colour-blind: orange -> blue) */
    const ChartPalette *c = &g->chart;
    float t = (float)(m / 100.0);
    return t < 0.5f ? gfx_mix(c->weak, c->learning, t * 2) : gfx_mix(c->learning, c->mastered, (t - 0.5f) * 2);
}

/* The colour a muscle is drawn in: its recent scores, but the mastered green only once
 * spaced review says so (a run of good scores on one evening stays "learning"). */
static double shown_mastery(const StatsMastery *m)
{
    if (m->mastered) return fmax(m->mastery, 95);
    return fmin(m->mastery, 74);
}

static const StatsMastery *find_mastery(const Progress *p, const char *id)
{
    for (int i = 0; i < p->nmastery; i++)
        if (!strcmp(p->mastery[i].muscle, id))
            return &p->mastery[i];
    return NULL;
}

static int row_at(const Progress *p, float x, float y)
{
    for (int i = 0; i < p->nrows; i++)
        if (ui_hit(p->rows[i], x, y))
            return i;
    return -1;
}

static void drill(App *app, Progress *p, int i)
{
    Scene *d = i >= 0 && i < p->nrows ? scene_drill_new(p->g, p->mastery[i].muscle) : NULL;
    if (d) {
        p->drilled = true;
        app_push(app, d);
    }
}

static void progress_event(App *app, Scene *s, const InputEvent *e)
{
    Progress *p = s->state;
    if ((e->type == EV_KEY_DOWN && (e->key == KEY_ESCAPE || e->key == KEY_BACKSPACE)) ||
        (e->type == EV_POINTER_UP && e->button == BUTTON_RIGHT)) {
        app_replace(app, scene_menu_new(p->g));
    } else if (e->type == EV_KEY_DOWN && p->nrows > 0) {
        if (e->key == KEY_UP) p->focus = p->focus > 0 ? p->focus - 1 : 0;
        else if (e->key == KEY_DOWN) p->focus = p->focus + 1 < p->nrows ? p->focus + 1 : p->nrows - 1;
        else if (e->key == KEY_ENTER || e->key == KEY_SPACE) drill(app, p, p->focus);
        app_redraw(app);
    } else if (e->type == EV_POINTER_MOVE) {
        int h = row_at(p, e->x, e->y);
        if (h != p->hover) {
            p->hover = h;
            app_redraw(app);
        }
    } else if (e->type == EV_POINTER_UP && (e->button == BUTTON_LEFT || e->button == BUTTON_TOUCH)) {
        int i = row_at(p, e->x, e->y);
        if (i >= 0) {
            p->focus = i;
            drill(app, p, i);
        }
    }
}

/* The muscles coloured by mastery: drawn once into each chart's cached layer (the data
 * is read on entry and does not change while the screen shows). */
static void draw_mastery(Chart *c, Gfx *gfx, void *ud)
{
    Progress *p = ud;
    for (int m = 0; m < p->atlas->nmuscles; m++) {
        const AtlasMuscle *mu = &p->atlas->muscles[m];
        const StatsMastery *ms = find_mastery(p, mu->id);
        Color fill = ms ? gfx_alpha(mastery_colour(p->g, shown_mastery(ms)), 0.75f) : p->g->chart.untried_fill;
        for (int s = 0; s < SIDE_COUNT; s++)
            chart_draw_shape(c, gfx, &mu->outline[s][c->view], fill, p->g->chart.mastery_edge);
    }
}

static void draw_map(Progress *p, Gfx *gfx, Rect box)
{
    Game *g = p->g;
    for (int i = 0; i < 2; i++) {
        Chart *c = &p->charts[i];
        chart_set_rect(c, (Rect){box.x + (float)i * box.w / 2, box.y, box.w / 2 - 6, box.h});
        c->decorate = draw_mastery;
        c->decorate_ud = p;
        chart_draw(c, gfx, &g->chart);
        TextStyle st = game_text(g, 14, FONT_BOLD, g->chart.view_label);
        text_draw(gfx, st, c->rect.x + 10, c->rect.y + 8, ALIGN_LEFT, i == 0 ? "Front" : "Back");
    }
}

/* A tick's date: the time of day when every point falls on one day, else the day (and the
 * year when the points cross one). */
static void tick_label(int64_t t, int64_t t0, int64_t t1, char *buf, size_t len)
{
    time_t tt = (time_t)t, a = (time_t)t0, b = (time_t)t1;
    struct tm tm, ta, tb;
    if (!localtime_r(&tt, &tm) || !localtime_r(&a, &ta) || !localtime_r(&b, &tb)) {
        snprintf(buf, len, "?");
        return;
    }
    const char *fmt = ta.tm_year == tb.tm_year && ta.tm_yday == tb.tm_yday ? "%H:%M"
                      : ta.tm_year == tb.tm_year ? "%e %b" : "%b %Y";
    if (!strftime(buf, len, fmt, &tm)) buf[0] = 0;
    if (buf[0] == ' ') memmove(buf, buf + 1, strlen(buf));
}

static void draw_history(Progress *p, Gfx *gfx, Rect box)
{
    Game *g = p->g;
    float k = g->theme.scale;
    ui_panel(gfx, &g->theme, box);
    TextStyle t = game_text(g, 16, FONT_BOLD, g->theme.text);
    const char *title = p->scale == BY_WEEK ? "Scores over time: weekly mean"
                        : p->scale == BY_DAY ? "Scores over time: daily mean" : "Scores over time: each round";
    char fit[160];
    text_fit(gfx, t, title, box.w - 28 * k, fit, sizeof fit);
    text_draw(gfx, t, box.x + 14 * k, box.y + 10 * k, ALIGN_LEFT, fit);
    TextStyle small = game_text(g, 11, FONT_REGULAR, g->theme.text_dim);
    Rect plot = {box.x + 44 * k, box.y + 40 * k, box.w - 64 * k, box.h - 74 * k};
    for (int pct = 0; pct <= 100; pct += 25) {
        float y = plot.y + plot.h * (1 - pct / 100.0f);
        gfx_line(gfx, (Vec2){plot.x, y}, (Vec2){plot.x + plot.w, y}, 1, g->theme.rule);
        char lab[8];
        snprintf(lab, sizeof lab, "%d%%", pct);
        text_draw(gfx, small, plot.x - 6 * k, y, ALIGN_RIGHT | ALIGN_MIDDLE, lab);
    }
    if (p->npoints == 0) {
        TextStyle d = game_text(g, 14, FONT_REGULAR, g->theme.text_dim);
        text_draw(gfx, d, plot.x + plot.w / 2, plot.y + plot.h / 2, ALIGN_CENTER | ALIGN_MIDDLE,
                  "Play a round to start your history");
        return;
    }
    int n = p->npoints;
    int64_t t0 = p->points[0].start, t1 = p->points[n - 1].start;
    /* each round evenly spaced, in order (a dozen rounds in one evening read as well as a
     * dozen over a month); days and weeks at their place in time, gaps showing */
    Vec2 pts[MAX_POINTS];
    for (int i = 0; i < n; i++) {
        float f = n == 1 ? 0.5f
                  : p->scale == BY_ROUND ? (float)i / (float)(n - 1)
                  : (float)(p->points[i].start - t0) / (float)(t1 > t0 ? t1 - t0 : 1);
        pts[i] = (Vec2){plot.x + 8 * k + (plot.w - 16 * k) * f,
                        plot.y + plot.h * (1 - (float)p->points[i].percent / 100.0f)};
    }
    if (n > 1)
        gfx_polyline(gfx, pts, n, 2.5f * k, false, g->theme.accent);
    float r = n > 40 ? 2.5f * k : 4 * k;
    for (int i = 0; i < n; i++)
        gfx_disc(gfx, pts[i], r, g->theme.accent);
    if (n == 1) {   /* one point says nothing about a trend: say what it is */
        char one[96];
        snprintf(one, sizeof one, "%.0f%% in your first finished round", p->points[0].percent);
        TextStyle d = game_text(g, 13, FONT_REGULAR, g->theme.text_dim);
        text_draw(gfx, d, pts[0].x, pts[0].y - 10 * k, ALIGN_CENTER | ALIGN_BOTTOM, one);
    }
    /* dated ticks: as many as fit, never overlapping, the first and the last always */
    char lab[32];
    tick_label(t0, t0, t1, lab, sizeof lab);
    float lw = text_measure(gfx, small, lab).x + 14 * k;
    tick_label(t1, t0, t1, lab, sizeof lab);
    lw = fmaxf(lw, text_measure(gfx, small, lab).x + 14 * k);
    int ticks = n == 1 ? 1 : (int)fminf((float)n, fmaxf(2, floorf(plot.w / lw)));
    float last_right = -1e9f;
    char prev[32] = "";
    for (int j = 0; j < ticks; j++) {
        int i = ticks == 1 ? 0 : (int)lroundf((float)j * (float)(n - 1) / (float)(ticks - 1));
        tick_label(p->points[i].start, t0, t1, lab, sizeof lab);
        float w = text_measure(gfx, small, lab).x;
        float x = fminf(fmaxf(pts[i].x - w / 2, plot.x - 20 * k), plot.x + plot.w + 16 * k - w);
        if (x < last_right + 6 * k || !strcmp(lab, prev))   /* two rounds on one day: one date */
            continue;
        snprintf(prev, sizeof prev, "%s", lab);
        gfx_line(gfx, (Vec2){pts[i].x, plot.y + plot.h}, (Vec2){pts[i].x, plot.y + plot.h + 4 * k}, 1,
                 g->theme.text_dim);
        text_draw(gfx, small, x, plot.y + plot.h + 6 * k, ALIGN_LEFT, lab);
        last_right = x + w;
    }
}

static void draw_weakest(Progress *p, Gfx *gfx, Rect box)
{
    Game *g = p->g;
    float k = g->theme.scale;
    ui_panel(gfx, &g->theme, box);
    TextStyle t = game_text(g, 16, FONT_BOLD, g->theme.text);
    text_draw(gfx, t, box.x + 14 * k, box.y + 10 * k, ALIGN_LEFT, "Practise next");
    TextStyle hint = game_text(g, 12, FONT_REGULAR, g->theme.text_dim);
    if (p->nmastery > 0)   /* what a row does */
        text_draw(gfx, hint, box.x + box.w - 14 * k, box.y + 13 * k, ALIGN_RIGHT, "click: a short drill");
    TextStyle row = game_text(g, 14, FONT_REGULAR, g->theme.text);
    float y = box.y + 40 * k, lh = text_line_height(gfx, row) + 6 * k;
    char buf[160], fit[160];
    if (p->nmastery == 0)
        text_draw(gfx, row, box.x + 14 * k, y, ALIGN_LEFT, "Nothing yet.");
    p->nrows = 0;
    for (int i = 0; i < p->nmastery && y + lh < box.y + box.h; i++) {
        const AtlasMuscle *m = atlas_muscle(p->atlas, p->mastery[i].muscle);
        Rect rr = {box.x + 6 * k, y - 2 * k, box.w - 12 * k, lh};   /* the row: a click starts a drill */
        p->rows[p->nrows++] = rr;
        if (i == p->focus || i == p->hover)
            gfx_round_rect(gfx, rr, 5 * k, gfx_mix(g->theme.panel, g->theme.accent, i == p->hover ? 0.18f : 0.10f));
        if (i == p->focus)
            gfx_round_rect_outline(gfx, rr, 5 * k, 2, g->theme.focus);
        gfx_round_rect(gfx, (Rect){box.x + 14 * k, y + 3 * k, 12 * k, 12 * k}, 3 * k,
                       mastery_colour(g, shown_mastery(&p->mastery[i])));
        snprintf(buf, sizeof buf, "%s", m ? m->name : p->mastery[i].muscle);
        text_fit(gfx, row, buf, box.w - 100 * k, fit, sizeof fit);
        text_draw(gfx, row, box.x + 34 * k, y, ALIGN_LEFT, fit);
        snprintf(buf, sizeof buf, "%.0f%%", p->mastery[i].mastery);
        text_draw(gfx, row, box.x + box.w - 14 * k, y, ALIGN_RIGHT, buf);
        y += lh;
    }
}

static void draw_panels(Gfx *gfx, void *ud)
{
    Progress *p = ud;
    ui_background(gfx, &p->g->theme);
    draw_history(p, gfx, p->history);
    draw_weakest(p, gfx, p->weakest);
}

static void progress_draw(App *app, Scene *s, Gfx *gfx)
{
    Progress *p = s->state;
    if (p->drilled && app_top(app) == s)   /* back from a drill */
        load_stats(p);
    Game *g = p->g;
    float k = g->theme.scale;
    Vec2 sz = gfx_size(gfx);
    ui_background(gfx, &g->theme);
    char sub[300], unfinished[48] = "";
    if (p->rounds[1]) snprintf(unfinished, sizeof unfinished, " (and %d unfinished)", p->rounds[1]);
    /* the whole line when it fits; else without the name; else without what mastered means */
    TextStyle subst = game_text(g, 16, FONT_REGULAR, g->theme.subtitle);
    for (int form = 0; form < 3; form++) {
        snprintf(sub, sizeof sub, "%s%s%d round%s finished%s, %d muscle%s practised, %d mastered%s",
                 form ? "" : g->player_name[0] ? g->player_name : "No player", form ? "" : ": ", p->rounds[0],
                 p->rounds[0] == 1 ? "" : "s", unfinished, p->nmastery, p->nmastery == 1 ? "" : "s", p->mastered,
                 form < 2 ? " (3 correct on separate days)" : "");
        if (text_measure(gfx, subst, sub).x <= sz.x - 48 * k)
            break;
    }
    game_draw_header(g, gfx, "Progress", sub);
    float top = 86 * k, pad = 16 * k;
    float mapw = sz.x * 0.55f;
    /* muscles the front and back maps cannot show (drawn only in a regional view): a line
     * under the maps says how many */
    int off_map = 0;
    for (int i = 0; i < p->atlas->nmuscles; i++) {
        const AtlasMuscle *m = &p->atlas->muscles[i];
        bool mapped = m->outline[SIDE_RIGHT][VIEW_ANTERIOR].count || m->outline[SIDE_RIGHT][VIEW_POSTERIOR].count;
        bool regional = false;
        for (int v = VIEW_BODY_COUNT; v < VIEW_COUNT; v++)
            regional = regional || m->outline[SIDE_RIGHT][v].count;
        off_map += !mapped && regional;
    }
    float note_h = off_map ? 20 * k : 0;
    Rect map = {pad, top, mapw - pad, sz.y - top - pad - 26 * k - note_h};
    draw_map(p, gfx, map);
    if (off_map) {
        char note[120], fit[120];
        snprintf(note, sizeof note, "%d foot and hand muscle%s shown only in the sole and hand views", off_map,
                 off_map == 1 ? "" : "s");
        TextStyle ns = game_text(g, 12, FONT_REGULAR, RGB(200, 210, 216));
        text_fit(gfx, ns, note, map.w, fit, sizeof fit);
        text_draw(gfx, ns, map.x, map.y + map.h + 4 * k, ALIGN_LEFT, fit);
    }
    /* legend under the map */
    TextStyle lg = game_text(g, 12, FONT_REGULAR, g->theme.legend);
    float lx = pad, ly = sz.y - pad - 10 * k;
    const char *labels[] = {"weak", "learning", "mastered", "not practised"};
    const double vals[] = {10, 50, 95, -1};
    for (int i = 0; i < 4; i++) {
        Color c = vals[i] < 0 ? g->chart.untried : mastery_colour(g, vals[i]);
        gfx_round_rect(gfx, (Rect){lx, ly - 6 * k, 12 * k, 12 * k}, 3 * k, c);
        lx += 16 * k;
        lx += text_draw(gfx, lg, lx, ly, ALIGN_MIDDLE, labels[i]).x + 14 * k;
    }
    float rx = mapw + pad, rw = sz.x - rx - pad;
    float hh = (sz.y - top - pad) * 0.48f;
    p->history = (Rect){rx, top, rw, hh};
    p->weakest = (Rect){rx, top + hh + 12 * k, rw, sz.y - top - hh - 12 * k - pad};
    /* the right-hand column on its background, with a margin for the panels' shadows (the
     * map ends 16 units to the left) */
    gfx_keep_draw(&p->kept, gfx, (Rect){rx - 8 * k, top - 8 * k, sz.x - rx + 8 * k, sz.y - top + 8 * k},
                  GFX_KEEP_MIN_PIXELS, draw_panels, p);
    game_draw_toast(g, gfx);
    (void)app;
}

static void progress_destroy(Scene *s)
{
    Progress *p = s->state;
    chart_free(&p->charts[0]);
    chart_free(&p->charts[1]);
    gfx_keep_free(&p->kept);
    app_scene_free(s);
}

/* Finished and unfinished rounds: the history plots finished ones only. */
static int count_round(const StatsRound *r, void *ud)
{
    ((int *)ud)[r->finished ? 0 : 1]++;
    return 0;
}

Scene *scene_progress_new(Game *g)
{
    const Atlas *a = game_atlas(g);
    if (!a) {
        game_toast(g, "The atlas did not load: %s", g->atlas_error);
        return NULL;
    }
    static const Scene proto = {.name = "progress", .event = progress_event, .draw = progress_draw,
                                .destroy = progress_destroy};
    Scene *s = app_scene_new(&proto, sizeof(Progress));
    if (!s)
        return NULL;
    Progress *p = s->state;
    p->g = g;
    p->atlas = a;
    for (int i = 0; i < 2; i++) {
        chart_init(&p->charts[i], a, i == 0 ? VIEW_ANTERIOR : VIEW_POSTERIOR);
        p->charts[i].detail = CHART_BARE;
    }
    p->hover = -1;
    load_stats(p);
    return s;
}

/* What the screen shows, from the store: on entry, and back from a drill started here. */
static void load_stats(Progress *p)
{
    Game *g = p->g;
    p->drilled = false;
    p->nmastery = p->npoints = p->rounds[0] = p->rounds[1] = p->mastered = 0;
    for (int i = 0; i < 2; i++)
        chart_invalidate(&p->charts[i]);
    Store *st = game_store(g);
    if (st && g->player_id > 0) {
        p->nmastery = stats_mastery(st, g->player_id, p->mastery, MAX_MASTERY);
        if (p->nmastery < 0) p->nmastery = 0;
        for (int i = 0; i < p->nmastery; i++)
            p->mastered += p->mastery[i].mastered;
        /* each round while there are few; else the mean per day, per week past two months */
        p->scale = BY_ROUND;
        p->npoints = stats_over_time(st, g->player_id, 1, p->points, MAX_POINTS);
        if (p->npoints > ROUND_POINTS) {
            int64_t span = p->points[p->npoints - 1].start - p->points[0].start;
            p->scale = span > 60 * 86400 ? BY_WEEK : BY_DAY;
            p->npoints = stats_over_time(st, g->player_id, p->scale == BY_WEEK ? 7 * 86400 : 86400, p->points,
                                         MAX_POINTS);
        }
        if (p->npoints < 0) p->npoints = 0;
        stats_rounds(st, g->player_id, NULL, count_round, p->rounds);
    }
}
