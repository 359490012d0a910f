/* scene_review: starts a review round: the player's due items first, then the weakest
 * (play_review: questions built in C, not added to the loaded quizzes), played in the
 * quiz scene and saved under the quiz id "review". With nothing to review it shows a friendly
 * message instead. The menu pushes it, so leaving pops back to the menu. */
#include "screens/game.h"
#include "screens/scenes.h"
#include "quiz/play.h"
#include "store/store.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct Nothing { Game *g; char text[512]; Rect button; bool hover, pressed; } Nothing;

static void nothing_layout(Nothing *n, Vec2 sz)
{
    float k = n->g->theme.scale;
    float w = sz.x < 420 * k ? sz.x - 32 * k : 260 * k;
    n->button = (Rect){(sz.x - w) / 2, sz.y * 0.62f, w, 48 * k};
}

static void nothing_event(App *app, Scene *s, const InputEvent *e)
{
    Nothing *n = s->state;
    nothing_layout(n, app->size);
    bool on = ui_hit(n->button, e->x, e->y);
    if (e->type == EV_KEY_DOWN && (e->key == KEY_ESCAPE || e->key == KEY_ENTER || e->key == KEY_SPACE ||
                                   e->key == KEY_BACKSPACE)) {
        app_pop(app);
    } else if (e->type == EV_POINTER_MOVE && on != n->hover) {
        n->hover = on;
        app_redraw(app);
    } else if (e->type == EV_POINTER_DOWN) {
        n->pressed = on;
    } else if (e->type == EV_POINTER_UP) {
        if (on && n->pressed)
            app_pop(app);
        n->pressed = false;
    }
}

static void nothing_draw(App *app, Scene *s, Gfx *gfx)
{
    Nothing *n = s->state;
    Game *g = n->g;
    float k = g->theme.scale;
    nothing_layout(n, app->size);
    ui_background(gfx, &g->theme);
    game_draw_header(g, gfx, "Review", g->player_name[0] ? g->player_name : NULL);
    Vec2 sz = gfx_size(gfx);
    float w = sz.x - 64 * k < 640 * k ? sz.x - 64 * k : 640 * k;
    TextStyle big = game_text(g, 24, FONT_BOLD, g->theme.title);
    TextStyle st = game_text(g, 17, FONT_REGULAR, RGB(210, 222, 230));
    float y = sz.y * 0.3f;
    y += text_draw_wrapped(gfx, big, (Rect){(sz.x - w) / 2, y, w, sz.y}, ALIGN_CENTER, "Nothing to review yet", true);
    text_draw_wrapped(gfx, st, (Rect){(sz.x - w) / 2, y + 16 * k, w, n->button.y - y - 24 * k}, ALIGN_CENTER, n->text, true);
    ui_button(gfx, &g->theme, n->button, "Back to the menu", game_font(g, 18),
              UI_FOCUS | (n->hover ? UI_HOVER : 0) | (n->pressed ? UI_PRESSED : 0));
    game_draw_toast(g, gfx);
}

static Scene *nothing_new(Game *g, const char *text)
{
    static const Scene proto = {.name = "review", .event = nothing_event, .draw = nothing_draw};
    Scene *s = app_scene_new(&proto, sizeof(Nothing));
    if (!s)
        return NULL;
    Nothing *n = s->state;
    n->g = g;
    snprintf(n->text, sizeof n->text, "%.*s", (int)sizeof n->text - 1, text);   /* cut to the box */
    return s;
}

static int64_t game_clock(void *g) { return game_now(g); }

Scene *scene_review_new(Game *g)
{
    QuizSet *set = game_atlas(g) ? game_quizzes(g) : NULL;
    Store *store = game_store(g);
    int64_t player = game_player(g);
    if (!set)
        return nothing_new(g, "The atlas did not load, so there is nothing to review.");
    if (!store || player <= 0)
        return nothing_new(g, "Your scores cannot be read, so there is nothing to review.");
    PlaySetup su = {.store = store, .player = player, .player_name = g->player_name[0] ? g->player_name : "student",
                    .seed = game_seed(g, "review"), .now = game_clock, .now_ctx = g};
    PlayReview why;
    char err[QUIZ_FEEDBACK_MAX], msg[QUIZ_FEEDBACK_MAX + 64];
    Play *play = play_review(set, &su, &why, err, sizeof err);
    if (why == PLAY_REVIEW_EMPTY)
        return nothing_new(g, "Play a quiz first: every question you answer is scheduled here, the ones you "
                              "missed soonest.");
    if (why == PLAY_REVIEW_NONE_DUE)
        return nothing_new(g, "Nothing is due today: everything you have answered comes back on its day.");
    if (!play) {
        snprintf(msg, sizeof msg, "Your review schedule cannot be read: %s", err);
        return nothing_new(g, msg);
    }
    return scene_quiz_new_review(g, play);
}
