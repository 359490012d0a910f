/* scene_help: the keys of the screen below, as an overlay. F1 opens it on every screen, and so
 * does the round "?" button every screen shows in its top right corner (help_on_event and
 * help_on_draw are the app's hooks, so no screen has to handle them itself). The lists are
 * written here, by the scene's name, in the words of the screens' own hints; a quiz adds the
 * keys of the answer being asked (click, paint or choice) or of its reveal. F1, Esc, Enter, ?
 * or a click closes it. */
#include "screens/game.h"
#include "screens/scenes.h"
#include "screens/help.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

typedef struct HelpKey { const char *keys, *what; } HelpKey;
typedef struct HelpPage { const char *scene, *title; HelpKey keys[16]; } HelpPage;

#define END {NULL, NULL}

static const HelpPage pages[] = {
    {"title", "Title", {{"Enter, Space, click", "go on to choose who is playing"}, {"Esc", "quit"}, END}},
    {"players", "Who is playing", {{"Up / Down", "choose a player"}, {"Enter", "play as that player, or create one"},
                                   {"F2 or R", "rename the chosen player"}, {"Del", "delete the chosen player (asks first)"},
                                   {"Esc", "back"}, END}},
    {"menu", "Main menu", {{"Up / Down", "move between the entries"}, {"Enter, Space, click", "open the entry"},
                           {"Esc", "back to who is playing"}, {"Quit", "asks before it closes the game"}, END}},
    {"play", "Choose a quiz", {{"Up / Down, PgUp / PgDn", "choose a quiz"}, {"Home / End", "first / last quiz"},
                               {"Enter, Space, click", "start it"}, {"P", "list the problems found in quiz files"},
                               {"F5", "reload the quiz files"}, {"Esc", "back to the menu"}, END}},
    {"results", "Results", {{"Up / Down", "see a question's reveal again"}, {"Wheel, + / -", "zoom the chart"},
                            {"Right-drag, Shift+arrows", "pan the chart"}, {"0", "fit the whole figure"},
                            {"Tab, a view's tab", "the next view of a question shown in several"},
                            {"R", "play again"}, {"Enter, Esc", "back"}, END}},
    {"explore", "Explore the atlas", {{"/ or a click on Find", "type a name to narrow the list (Enter opens the first, Esc clears)"},
                                      {"Up / Down, Enter", "choose a muscle in the list and open it"},
                                      {"Left / Right", "step through its trigger points"},
                                      {"Q", "quiz me on the open muscle"}, {"1-4, 5-8", "front, back, sides; regional views"},
                                      {"F", "frame the open muscle"}, {"Wheel, + / -", "zoom"},
                                      {"Right-drag, Shift+arrows", "pan"}, {"0", "fit the whole figure"},
                                      {"L", "landmarks on / off"}, {"A", "show or hide the arm (side views)"},
                                      {"S", "browse / symptom search"},
                                      {"Search: drag, C", "paint where it hurts, clear"},
                                      {"Search: Up / Down, Enter", "choose a result and open it (a click too)"}, {"Esc", "back"}, END}},
    {"progress", "Progress", {{"Up / Down", "choose a muscle to practise next"},
                              {"Enter, click", "start a short drill on it"}, {"Esc", "back to the menu"}, END}},
    {"settings", "Settings", {{"Up / Down", "choose a setting"}, {"Left / Right, Enter", "change it"},
                              {"Esc", "back to the menu"}, END}},
    {"review", "Review", {{"Enter, Esc", "back to the menu"}, END}},
    {"sheet", "Atlas sheet", {{"Esc", "back"}, END}},
    {"quiz", "a question", {{"Wheel, + / -", "zoom (about the keyboard cursor when it is shown)"},
                            {"Right-drag", "pan"}, {"0", "fit the whole figure"},
                            {"D", "layers: superficial, deeper, all"},
                            {"Tab", "the next view, when the question shows several"},
                            {"H", "show the hint (when the question has one)"}, {"S", "skip the question"},
                            {"Esc", "pause: asks before it quits the round"}, END}},
    {NULL, "Keys", {{"F1, ?", "these keys"}, {"Esc", "back"}, END}},
};

/* A question's keys: the ones every question shares (the "quiz" page), then its answer's. */
static const HelpKey quiz_click[] = {
    {"Click", "answer there"}, {"Arrows", "move the keyboard cursor 1 cm (Shift: 5 cm, Ctrl: 0.25 cm)"},
    {"Enter", "show the cursor, then answer at it"}, END};
static const HelpKey quiz_paint[] = {
    {"Drag", "paint where the pain goes"},
    {"Arrows", "move the brush 1 cm (Shift: 5 cm, Ctrl: 0.25 cm); the view follows"},
    {"Space", "paint a dab at the brush"}, {"[ / ]", "smaller / bigger brush"},
    {"E", "eraser on / off"}, {"U, Ctrl+Z", "undo the last stroke (a Clear too)"}, {"C", "clear all paint"},
    {"Enter", "submit"}, END};
static const HelpKey quiz_choice[] = {
    {"1-6", "choose that answer (a muscle, a position, a technique)"}, {"Up / Down", "move between the answers"},
    {"Enter, Space", "choose the one in focus"}, END};
static const HelpKey quiz_reveal[] = {
    {"Enter, Space", "next question"}, {"Arrows", "pan the chart"}, END};

typedef struct Help {
    Game *g;
    const HelpPage *page;
    const HelpKey *extra;        /* a quiz: the answer's keys */
    const char *extra_title;
} Help;

static void close_help(App *app) { app_pop(app); }

static void help_event(App *app, Scene *s, const InputEvent *e)
{
    (void)s;
    if ((e->type == EV_KEY_DOWN && (e->key == KEY_ESCAPE || e->key == KEY_ENTER || e->key == KEY_F1 ||
                                    e->key == KEY_SPACE || e->key == KEY_BACKSPACE)) ||
        (e->type == EV_TEXT && !strcmp(e->text, "?")) ||
        (e->type == EV_POINTER_UP && (e->button == BUTTON_LEFT || e->button == BUTTON_TOUCH)))
        close_help(app);
}

/* Rows of "keys  what" in two columns when the window is wide enough; returns the height. */
static float draw_keys(Gfx *gfx, const Game *g, const HelpKey *keys, Rect box, float kw, bool draw)
{
    float k = g->theme.scale, y = box.y;
    TextStyle ks = game_text(g, 14, FONT_BOLD, g->theme.text);
    TextStyle ws = game_text(g, 14, FONT_REGULAR, g->theme.text);
    for (int i = 0; keys[i].keys; i++) {
        Rect kr = {box.x, y, kw - 10 * k, 0};
        Rect wr = {box.x + kw, y, box.w - kw, 0};
        float h1 = text_draw_wrapped(gfx, ks, kr, ALIGN_LEFT, keys[i].keys, false);
        float h2 = text_draw_wrapped(gfx, ws, wr, ALIGN_LEFT, keys[i].what, false);
        if (draw) {
            text_draw_wrapped(gfx, ks, (Rect){kr.x, y, kr.w, h1}, ALIGN_LEFT, keys[i].keys, true);
            text_draw_wrapped(gfx, ws, (Rect){wr.x, y, wr.w, h2}, ALIGN_LEFT, keys[i].what, true);
        }
        y += fmaxf(h1, h2) + 4 * k;
    }
    return y - box.y;
}

static void help_draw(App *app, Scene *s, Gfx *gfx)
{
    (void)app;
    Help *h = s->state;
    Game *g = h->g;
    float k = g->theme.scale;
    Vec2 sz = gfx_size(gfx);
    gfx_fill_rect(gfx, (Rect){0, 0, sz.x, sz.y}, g->theme.shade);
    float w = fminf(sz.x - 32 * k, 900 * k);
    bool two = h->extra && w > 700 * k;   /* a quiz's two lists side by side when they fit */
    float col = two ? (w - 48 * k - 24 * k) / 2 : w - 48 * k;
    float kw = fminf(col * 0.4f, 190 * k);
    TextStyle t = game_text(g, 22, FONT_BOLD, g->theme.text);
    TextStyle sub = game_text(g, 14, FONT_BOLD, g->theme.accent);
    TextStyle dim = game_text(g, 13, FONT_REGULAR, g->theme.text_dim);
    float th = text_line_height(gfx, t), sh = text_line_height(gfx, sub), dh = text_line_height(gfx, dim);
    float h1 = draw_keys(gfx, g, h->page->keys, (Rect){0, 0, col, 0}, kw, false);
    float h2 = h->extra ? draw_keys(gfx, g, h->extra, (Rect){0, 0, col, 0}, kw, false) : 0;
    float body = two ? fmaxf(h1, h2 + sh + 6 * k) : h1 + (h->extra ? h2 + sh + 16 * k : 0);
    float ph = fminf(sz.y - 24 * k, 24 * k + th + 14 * k + body + 12 * k + dh + 20 * k);
    Rect p = {(sz.x - w) / 2, (sz.y - ph) / 2, w, ph};
    ui_panel(gfx, &g->theme, p);
    gfx_clip_push(gfx, p);
    char title[96];
    snprintf(title, sizeof title, "Keys: %s", h->page->title);
    float x = p.x + 24 * k, y = p.y + 20 * k;
    text_draw(gfx, t, x, y, ALIGN_LEFT, title);
    y += th + 14 * k;
    float y0 = y;
    draw_keys(gfx, g, h->page->keys, (Rect){x, y, col, 0}, kw, true);
    if (h->extra) {
        float ex = two ? x + col + 24 * k : x, ey = two ? y0 : y0 + h1 + 12 * k;
        text_draw(gfx, sub, ex, ey, ALIGN_LEFT, h->extra_title);
        draw_keys(gfx, g, h->extra, (Rect){ex, ey + sh + 6 * k, col, 0}, kw, true);
    }
    text_draw(gfx, dim, p.x + p.w / 2, p.y + p.h - 14 * k, ALIGN_CENTER | ALIGN_BOTTOM,
              "F1, Esc or a click closes this");
    gfx_clip_pop(gfx);
}

Scene *scene_help_new(Game *g, Scene *under)
{
    static const Scene proto = {.name = "help", .overlay = true, .event = help_event, .draw = help_draw};
    Scene *s = app_scene_new(&proto, sizeof(Help));
    if (!s)
        return NULL;
    Help *h = s->state;
    h->g = g;
    const char *name = under ? under->name : "";
    size_t n = sizeof pages / sizeof pages[0];
    h->page = &pages[n - 1];
    for (size_t i = 0; i + 1 < n; i++)
        if (!strcmp(pages[i].scene, name))
            h->page = &pages[i];
    if (!strcmp(name, "quiz")) {
        const char *mode = scene_quiz_help_mode(under);
        h->extra = !strcmp(mode, "paint") ? quiz_paint : !strcmp(mode, "choice") ? quiz_choice
                   : !strcmp(mode, "reveal") ? quiz_reveal : quiz_click;
        h->extra_title = !strcmp(mode, "paint") ? "Painting (refer questions)"
                         : !strcmp(mode, "choice") ? "Choosing an answer"
                         : !strcmp(mode, "reveal") ? "After the answer" : "Clicking a point (locate questions)";
    }
    return s;
}

/* ---- the app's hooks --------------------------------------------------------------- */

/* Screens without the button: overlays (they have their own keys), the title and the atlas
 * sheets (pictures on paper for shots; F1 still works there). */
static bool wants_button(const App *app)
{
    Scene *top = app_top(app);
    return top && !top->overlay && strcmp(top->name, "title") && strcmp(top->name, "icon") &&
           strcmp(top->name, "sheet");
}

Rect help_button_rect(const Game *g, Vec2 size)
{
    float k = g->theme.scale, d = 30 * k;
    return (Rect){size.x - d - 10 * k, 8 * k, d, d};
}

static void open_help(App *app)
{
    Scene *top = app_top(app);
    if (!top || !strcmp(top->name, "help"))
        return;
    Scene *h = scene_help_new(game_of(app), top);
    if (h)
        app_push(app, h);
}

bool help_on_event(App *app, const InputEvent *e)
{
    Scene *top = app_top(app);
    if (!top || !strcmp(top->name, "help") || !strcmp(top->name, "icon"))
        return false;
    if (e->type == EV_KEY_DOWN && e->key == KEY_F1) {
        open_help(app);
        return true;
    }
    bool left = e->button == BUTTON_LEFT || e->button == BUTTON_TOUCH;
    if (wants_button(app) && left && (e->type == EV_POINTER_DOWN || e->type == EV_POINTER_UP) &&
        ui_hit(help_button_rect(game_of(app), app->size), e->x, e->y)) {
        if (e->type == EV_POINTER_UP)
            open_help(app);
        return true;   /* the press too: the screen below must not act on it */
    }
    return false;
}

void help_on_draw(App *app, Gfx *gfx)
{
    if (!wants_button(app))
        return;
    Game *g = game_of(app);
    Rect r = help_button_rect(g, gfx_size(gfx));
    float k = g->theme.scale;
    Vec2 c = {r.x + r.w / 2, r.y + r.h / 2};
    gfx_disc(gfx, c, r.w / 2, RGBA(255, 255, 255, 40));
    gfx_circle(gfx, c, r.w / 2, 1.5f * k, RGBA(255, 255, 255, 150));
    text_draw(gfx, game_text(g, 17, FONT_BOLD, g->theme.title), c.x, c.y, ALIGN_CENTER | ALIGN_MIDDLE, "?");
}
