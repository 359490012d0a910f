/* game: the shared context: settings-driven theme and chart palette, the lazily loaded
 * atlas, on-screen messages (toasts), the common header of every screen, the player and
 * the clock. */
#include "screens/game.h"
#include "quiz/check.h"
#include "quiz/play.h"
#include "quiz/quiz.h"
#include "store/paths.h"
#include "store/stats.h"
#include "store/store.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <string.h>

static const UiTheme theme_base = {
    .bg_top = RGB(22, 44, 58), .bg_bottom = RGB(12, 24, 33),
    .panel = RGB(240, 236, 228), .panel_border = RGB(200, 192, 180),
    .text = RGB(30, 34, 40), .text_dim = RGB(110, 112, 118),
    .accent = RGB(196, 62, 52), .accent_hover = RGB(214, 84, 72), .accent_text = RGB(255, 255, 255),
    .focus = RGB(255, 196, 64), .danger = RGB(190, 40, 40), .ok = RGB(46, 140, 80),
    .warn = RGB(220, 150, 30),
    .title = RGB(250, 246, 240), .subtitle = RGB(190, 204, 212), .hint = RGB(150, 168, 178),
    .caption = RGB(214, 226, 234), .select = RGB(52, 86, 116), .frame = RGBA(0, 0, 0, 60), .track = RGBA(255, 255, 255, 40),
    .shade = RGBA(0, 0, 0, 150), .note = RGB(220, 230, 236), .legend = RGB(200, 210, 216),
    .notice = RGB(255, 190, 120), .fault = RGB(255, 150, 130), .modal = RGBA(0, 0, 0, 140),
    .scrollbar = RGBA(255, 255, 255, 90), .scrollbar_panel = RGBA(0, 0, 0, 80), .rule = RGBA(0, 0, 0, 30),
    .rule_selected = RGBA(255, 255, 255, 70), .bar_track = RGB(220, 214, 204), .field = RGB(255, 255, 255),
    .toast = RGBA(20, 24, 30, 230), .toast_text = RGB(255, 255, 255), .tooltip = RGBA(30, 34, 40, 210),
    .tooltip_text = RGB(255, 255, 255), .scale = 1,
};

/* Colour-blind safe variant: essential/spillover and good/bad rely on blue/orange and on
 * lightness, never on red against green alone. */
static const UiTheme theme_cb = {
    .bg_top = RGB(22, 40, 60), .bg_bottom = RGB(12, 22, 36),
    .panel = RGB(240, 238, 232), .panel_border = RGB(196, 192, 184),
    .text = RGB(28, 32, 40), .text_dim = RGB(106, 110, 118),
    .accent = RGB(0, 94, 184), .accent_hover = RGB(30, 120, 210), .accent_text = RGB(255, 255, 255),
    .focus = RGB(255, 176, 0), .danger = RGB(213, 94, 0), .ok = RGB(0, 114, 178),
    .warn = RGB(230, 159, 0),
    .title = RGB(250, 246, 240), .subtitle = RGB(190, 204, 212), .hint = RGB(150, 168, 178),
    .caption = RGB(214, 226, 234), .select = RGB(52, 86, 116), .frame = RGBA(0, 0, 0, 60), .track = RGBA(255, 255, 255, 40),
    .shade = RGBA(0, 0, 0, 150), .note = RGB(220, 230, 236), .legend = RGB(200, 210, 216),
    .notice = RGB(255, 190, 120), .fault = RGB(255, 150, 130), .modal = RGBA(0, 0, 0, 140),
    .scrollbar = RGBA(255, 255, 255, 90), .scrollbar_panel = RGBA(0, 0, 0, 80), .rule = RGBA(0, 0, 0, 30),
    .rule_selected = RGBA(255, 255, 255, 70), .bar_track = RGB(220, 214, 204), .field = RGB(255, 255, 255),
    .toast = RGBA(20, 24, 30, 230), .toast_text = RGB(255, 255, 255), .tooltip = RGBA(30, 34, 40, 210),
    .tooltip_text = RGB(255, 255, 255), .scale = 1,
};

static const ChartPalette chart_base = {
    .skin = RGB(247, 231, 214), .skin_edge = RGB(120, 92, 78), .detail = RGBA(140, 108, 92, 200),
    .muscle = RGBA(200, 120, 110, 60), .muscle_edge = RGBA(150, 70, 62, 200),
    .highlight = RGBA(214, 150, 60, 110), .essential = RGB(204, 30, 30),
    .spillover = RGBA(236, 110, 100, 255), .trp = RGB(20, 20, 20), .landmark = RGB(40, 90, 170),
    .click = RGB(20, 110, 220), .paint = RGBA(40, 90, 220, 120), .chart_bg = RGB(252, 250, 246),
    .text = RGB(60, 60, 66), .label = RGB(30, 60, 130), .label_bg = RGBA(255, 255, 255, 215),
    .sides = RGB(40, 70, 120), .sides_dim = RGB(90, 96, 106), .halo = RGBA(255, 255, 255, 240),
    .sheet_title = RGB(40, 40, 46), .sheet_text = RGB(100, 100, 108), .view_label = RGB(90, 90, 98),
    .untried = RGB(150, 150, 150), .untried_fill = RGBA(150, 150, 150, 70), .mastery_edge = RGBA(80, 60, 50, 110),
    /* low -> high: red, amber, green */
    .weak = RGB(214, 62, 48), .learning = RGB(240, 180, 40), .mastered = RGB(46, 150, 80),
    .muscle_deep = RGBA(150, 62, 66, 60), .bone = RGBA(228, 224, 214, 210),
    .bone_edge = RGBA(128, 118, 108, 150),
    /* each with its own pattern too (reveal_verdicts.c): solid, stripes, hatching, cross-hatching */
    .found = RGB(30, 150, 70), .partly = RGB(225, 145, 0), .missed = RGB(125, 60, 190),
    .overshoot = RGB(215, 35, 35),
};

static const ChartPalette chart_cb = {
    .skin = RGB(240, 236, 228), .skin_edge = RGB(90, 90, 100), .detail = RGBA(110, 110, 120, 200),
    .muscle = RGBA(120, 140, 180, 60), .muscle_edge = RGBA(70, 90, 140, 200),
    .highlight = RGBA(230, 159, 0, 110), .essential = RGB(213, 94, 0),
    .spillover = RGBA(240, 170, 90, 255), .trp = RGB(0, 0, 0), .landmark = RGB(0, 114, 178),
    .click = RGB(0, 90, 200), .paint = RGBA(0, 114, 178, 120), .chart_bg = RGB(252, 252, 250),
    .text = RGB(60, 60, 66), .label = RGB(30, 60, 130), .label_bg = RGBA(255, 255, 255, 215),
    .sides = RGB(40, 70, 120), .sides_dim = RGB(90, 96, 106), .halo = RGBA(255, 255, 255, 240),
    .sheet_title = RGB(40, 40, 46), .sheet_text = RGB(100, 100, 108), .view_label = RGB(90, 90, 98),
    .untried = RGB(150, 150, 150), .untried_fill = RGBA(150, 150, 150, 70), .mastery_edge = RGBA(80, 60, 50, 110),
    /* orange -> blue */
    .weak = RGB(213, 94, 0), .learning = RGB(240, 228, 66), .mastered = RGB(0, 114, 178),
    .muscle_deep = RGBA(60, 80, 140, 60), .bone = RGBA(226, 226, 222, 210),
    .bone_edge = RGBA(110, 110, 118, 150),
    /* Okabe-Ito blue, sky blue, Tol's purple, vermillion; the patterns tell them apart too */
    .found = RGB(0, 114, 178), .partly = RGB(86, 180, 233), .missed = RGB(170, 68, 153),
    .overshoot = RGB(213, 94, 0),
};

void game_apply_settings(Game *g)
{
    g->theme = g->settings.colorblind ? theme_cb : theme_base;
    g->chart = g->settings.colorblind ? chart_cb : chart_base;
    float s = g->settings.ui_scale;
    s = (s >= 0.5f && s <= 3) ? s : 1;
    /* The screens are laid out for at least 640x480 logical units at scale 1: a big
     * interface scale on a small window would cut text off, so the window caps it. */
    if (g->app && g->app->size.x > 0 && g->app->size.y > 0) {
        float cap = fminf(g->app->size.x / 640.0f, g->app->size.y / 480.0f);
        if (cap < 1) cap = 1;
        if (s > cap) s = cap;
    }
    g->theme.scale = s;
}

void game_on_resize(App *app)
{
    game_apply_settings(game_of(app));
}

void game_init(Game *g, App *app)
{
    memset(g, 0, sizeof *g);
    g->app = app;
    g->settings.ui_scale = 1;
    game_apply_settings(g);
}

void game_shutdown(Game *g)
{
    quiz_set_unload(g->quizzes);
    g->quizzes = NULL;
    for (int i = 0; i < 2; i++) {
        struct QuizErrors **l = i ? &g->quiz_failing : &g->quiz_problems;
        quiz_errors_free(*l);
        free(*l);
        *l = NULL;
    }
    store_close(g->store);
    g->store = NULL;
    if (g->on_shutdown)
        g->on_shutdown(g);
    atlas_unload(g->atlas);
    g->atlas = NULL;
}

Store *game_store(Game *g)
{
    if (!g->store_tried) {
        g->store_tried = true;
        g->store = store_open(g->data_dir);
        if (g->store && store_notice(g->store))
            game_toast(g, "%s", store_notice(g->store));
        else if (g->store && store_error(g->store))
            game_toast(g, "%s", store_error(g->store));
    }
    return g->store;
}

/* The quiz files' problems: those found loading (errs), then what check finds when it plays
 * each quiz that is not built in (lighter than the command: two seeds, one player, 5 s a
 * quiz; the built-in ones are checked before they ship). */
static void note_quiz_problems(Game *g, const QuizErrors *errs)
{
    if (!g->quiz_problems) g->quiz_problems = calloc(1, sizeof *g->quiz_problems);
    if (!g->quiz_failing) g->quiz_failing = calloc(1, sizeof *g->quiz_failing);
    if (!g->quiz_problems || !g->quiz_failing) return;
    quiz_errors_free(g->quiz_problems);
    quiz_errors_free(g->quiz_failing);
    for (int i = 0; i < errs->count; i++) {
        quiz_errors_add(g->quiz_problems, "%s", errs->items[i]);
        fprintf(stderr, "trigger-trainer: %s\n", errs->items[i]);
    }
    const char *builtin = paths_quizzes_builtin();
    size_t blen = strlen(builtin);
    for (int i = 0; g->quizzes && i < quiz_set_count(g->quizzes); i++) {
        const Quiz *q = quiz_set_at(g->quizzes, i);
        if (!q->file || !strncmp(q->file, builtin, blen)) continue;
        CheckReport rep = {0};
        check_quiz(q, &(CheckOptions){.seeds = 2, .nplayers = 1, .players = (const char *[]){"student"}, .seconds = 5},
                   &rep);
        if (rep.errors.count) quiz_errors_add(g->quiz_failing, "%s", q->id);
        for (int k = 0; k < rep.errors.count; k++) quiz_errors_add(g->quiz_problems, "%s", rep.errors.items[k]);
        for (int k = 0; k < rep.warnings.count; k++) quiz_errors_add(g->quiz_problems, "%s", rep.warnings.items[k]);
        check_report_free(&rep);
    }
}

int game_quiz_problems(Game *g, const char *const **items)
{
    game_quizzes(g);
    *items = g->quiz_problems ? (const char *const *)g->quiz_problems->items : NULL;
    return g->quiz_problems ? g->quiz_problems->count : 0;
}

bool game_quiz_fails(Game *g, const char *id)
{
    for (int i = 0; g->quiz_failing && i < g->quiz_failing->count; i++)
        if (!strcmp(g->quiz_failing->items[i], id)) return true;
    return false;
}

static void load_quizzes(Game *g)
{
    const Atlas *a = game_atlas(g);
    if (!a)
        return;
    const char *paths[10];
    int n = 0;
    paths[n++] = paths_quizzes_builtin();
    paths[n++] = paths_quizzes_user();
    for (int i = 0; i < g->nquiz_dirs && n < 10; i++)
        paths[n++] = g->quiz_dirs[i];
    QuizErrors errs = {0};
    g->quizzes = quiz_set_load(a, paths, n, &errs);
    note_quiz_problems(g, &errs);   /* the quiz list, where they load, says so and shows them */
    quiz_errors_free(&errs);
}

QuizSet *game_quizzes(Game *g)
{
    if (!g->quizzes_tried) {
        g->quizzes_tried = true;
        load_quizzes(g);
    }
    return g->quizzes;
}

void game_reload_quizzes(Game *g)
{
    if (!g->quizzes) {
        g->quizzes_tried = false;
        game_quizzes(g);
        return;
    }
    QuizErrors errs = {0};
    int n = quiz_set_reload(g->quizzes, &errs);
    note_quiz_problems(g, &errs);
    int problems = g->quiz_problems ? g->quiz_problems->count : 0;
    if (problems)
        game_toast(g, "Reloaded %d quizzes; %d problem%s: P shows %s", n, problems, problems == 1 ? "" : "s",
                   problems == 1 ? "it" : "them");
    else
        game_toast(g, "Reloaded %d quizzes", n);
    quiz_errors_free(&errs);
}

bool game_set_player(Game *g, int64_t id)
{
    Store *s = game_store(g);
    if (!s || id <= 0 || store_player_name(s, id, g->player_name, sizeof g->player_name) != 0)
        return false;
    g->player_id = id;
    store_player_select(s, id);
    snprintf(g->settings.player, sizeof g->settings.player, "%s", g->player_name);
    if (!g->headless)
        settings_save(&g->settings, g->data_dir);
    return true;
}

const Atlas *game_atlas(Game *g)
{
    if (!g->atlas_tried) {
        g->atlas_tried = true;
        g->atlas = atlas_load(atlas_default_dir(), g->atlas_error, sizeof g->atlas_error);
        if (!g->atlas)
            fprintf(stderr, "trigger-trainer: atlas: %s\n", g->atlas_error);
    }
    return g->atlas;
}

float game_font(const Game *g, float size) { return size * g->theme.scale; }

TextStyle game_text(const Game *g, float size, FontFace face, Color c)
{
    return ui_text(&g->theme, size, face, c);
}

Color game_score_colour(const Game *g, int score)
{
    return score >= GAME_SCORE_GOOD ? g->theme.ok : score >= GAME_SCORE_FAIR ? g->theme.warn : g->theme.danger;
}

void game_toast(Game *g, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(g->toast, sizeof g->toast, fmt, ap);
    va_end(ap);
    g->toast_until = platform_seconds() + 2.5;
    app_wake_in(g->app, 2.6);
    app_redraw(g->app);
}

/* A message drawn over the top band of the screen, where titles are and no button is (the
 * "?" button's corners stay clear): it never hides a control. Two lines when it is long. */
void game_draw_toast(Game *g, Gfx *gfx)
{
    if (!g->toast[0] || (!g->headless && platform_seconds() > g->toast_until))
        return;
    Vec2 s = gfx_size(gfx);
    float k = g->theme.scale;
    TextStyle st = game_text(g, 17, FONT_BOLD, g->theme.toast_text);
    Vec2 m = text_measure(gfx, st, g->toast);
    float pad = 12 * k, maxw = s.x - 2 * 56 * k;
    float w = fminf(m.x + 2 * pad, maxw);
    float h = text_draw_wrapped(gfx, st, (Rect){0, 0, w - 2 * pad, 0}, ALIGN_CENTER, g->toast, false);
    float lh = text_line_height(gfx, st);
    if (h > 2 * lh + 1) {   /* longer than two lines: the second ends cut */
        TextStyle small = game_text(g, 14, FONT_BOLD, g->theme.toast_text);
        st = small;
        h = fminf(text_draw_wrapped(gfx, st, (Rect){0, 0, w - 2 * pad, 0}, ALIGN_CENTER, g->toast, false),
                  2 * text_line_height(gfx, st));
    }
    Rect r = {(s.x - w) / 2, 6 * k, w, h + 2 * pad};
    gfx_round_rect(gfx, r, 10 * k, g->theme.toast);
    gfx_clip_push(gfx, r);
    text_draw_wrapped(gfx, st, (Rect){r.x + pad, r.y + pad, w - 2 * pad, h}, ALIGN_CENTER, g->toast, true);
    gfx_clip_pop(gfx);
}

void game_draw_error(Game *g, Gfx *gfx, const char *title, const char *message, const char *after)
{
    float k = g->theme.scale;
    Vec2 sz = gfx_size(gfx);
    gfx_fill_rect(gfx, (Rect){0, 0, sz.x, sz.y}, g->theme.shade);
    float w = fminf(640 * k, sz.x - 40 * k);
    TextStyle t = game_text(g, 20, FONT_BOLD, g->theme.danger);
    TextStyle mono = game_text(g, 14, FONT_REGULAR, g->theme.text);
    TextStyle dim = game_text(g, 14, FONT_REGULAR, g->theme.text_dim);
    float inner = w - 48 * k;
    float h1 = text_line_height(gfx, t);
    float h2 = text_draw_wrapped(gfx, mono, (Rect){0, 0, inner, 0}, ALIGN_LEFT, message, false);
    float h3 = text_draw_wrapped(gfx, dim, (Rect){0, 0, inner, 0}, ALIGN_LEFT, after, false);
    float h = fminf(sz.y - 40 * k, h1 + h2 + h3 + 80 * k);
    Rect p = {(sz.x - w) / 2, (sz.y - h) / 2, w, h};
    ui_panel(gfx, &g->theme, p);
    gfx_clip_push(gfx, p);
    float y = p.y + 24 * k;
    text_draw(gfx, t, p.x + 24 * k, y, ALIGN_LEFT, title);
    y += h1 + 12 * k;
    y += text_draw_wrapped(gfx, mono, (Rect){p.x + 24 * k, y, inner, h2}, ALIGN_LEFT, message, true) + 12 * k;
    text_draw_wrapped(gfx, dim, (Rect){p.x + 24 * k, y, inner, h3}, ALIGN_LEFT, after, true);
    gfx_clip_pop(gfx);
}

void game_draw_header(Game *g, Gfx *gfx, const char *title, const char *subtitle)
{
    Vec2 s = gfx_size(gfx);
    float k = g->theme.scale;
    TextStyle t = game_text(g, 30, FONT_BOLD, g->theme.title);
    char fit[256];
    text_fit(gfx, t, title, s.x - 48 * k, fit, sizeof fit);
    text_draw(gfx, t, 24 * k, 18 * k, ALIGN_LEFT, fit);
    if (subtitle) {
        TextStyle st = game_text(g, 16, FONT_REGULAR, g->theme.subtitle);
        text_fit(gfx, st, subtitle, s.x - 48 * k, fit, sizeof fit);
        text_draw(gfx, st, 24 * k, 18 * k + text_line_height(gfx, t), ALIGN_LEFT, fit);
    }
}

int64_t game_now(const Game *g)
{
    return g->fixed_now ? g->fixed_now : (int64_t)time(NULL) + g->clock_offset;
}

int64_t game_player(Game *g)
{
    if (g->player_id > 0)
        return g->player_id;
    Store *s = game_store(g);
    if (!s)
        return 0;
    int64_t id = store_player_last(s);
    if (id <= 0)
        id = store_player_ensure(s, g->settings.player[0] ? g->settings.player : "Student", game_now(g));
    if (id > 0 && !game_set_player(g, id))
        g->player_id = id;   /* provisional ids have no name on disk yet */
    return id > 0 ? id : 0;
}

int game_best(Game *g, const char *quiz_id, int *rounds)
{
    if (rounds)
        *rounds = 0;
    Store *s = g->player_id > 0 ? game_store(g) : NULL;
    if (!s)
        return -1;
    StatsQuiz *all = malloc(sizeof *all * 512);
    if (!all)
        return -1;
    int n = stats_quiz_best(s, g->player_id, all, 512), best = -1;
    for (int i = 0; i < n; i++)
        if (!strcmp(all[i].quiz_id, quiz_id)) {
            best = (int)lround(all[i].best_percent);
            if (rounds)
                *rounds = all[i].rounds + all[i].unfinished;
        }
    free(all);
    return best;
}

uint64_t game_seed(Game *g, const char *quiz_id)
{
    static uint64_t counter;   /* two rounds in the same millisecond still differ */
    uint64_t h = 1469598103934665603ULL;
    for (const char *p = quiz_id; p && *p; p++)
        h = (h ^ (uint8_t)*p) * 1099511628211ULL;
    h ^= ((uint64_t)g->app->now_ms + 1) * 0x9E3779B97F4A7C15ULL;
    h ^= ++counter * 0xBF58476D1CE4E5B9ULL;
    h ^= h >> 31;
    return h % 1000000000000ULL;
}

static int64_t clock_of(void *g) { return game_now(g); }

void game_play_setup(Game *g, uint64_t seed, bool save, PlaySetup *out)
{
    *out = (PlaySetup){.player_name = g->player_name[0] ? g->player_name : "student", .seed = seed,
                       .now = clock_of, .now_ctx = g};
    if (save && game_atlas(g)) {
        out->player = game_player(g);
        out->store = game_store(g);
    }
}

ChartDetail game_chart_detail(const Game *g)
{
    int d = g->settings.difficulty;
    return d <= 0 ? CHART_FULL : d == 1 ? CHART_LANDMARKS : CHART_BARE;
}
