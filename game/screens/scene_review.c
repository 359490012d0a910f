/* scene_review: starts a review round: the player's due items first, then the weakest
 * (store_review_pick), turned into a quiz built in C (quiz_set_add) and played in the quiz
 * scene, saved under the quiz id "review". With nothing to review it shows a friendly
 * message instead. The menu pushes it, so leaving pops back to the menu. */
#include "screens/game.h"
#include "screens/quiz_view.h"
#include "store/store.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define REVIEW_ITEMS 10

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
    TextStyle big = game_text(g, 24, FONT_BOLD, RGB(250, 246, 240));
    TextStyle st = game_text(g, 17, FONT_REGULAR, RGB(210, 222, 230));
    float y = sz.y * 0.3f;
    y += text_draw_wrapped(gfx, big, (Rect){(sz.x - w) / 2, y, w, sz.y}, ALIGN_CENTER, "Nothing to review yet", true);
    text_draw_wrapped(gfx, st, (Rect){(sz.x - w) / 2, y + 16 * k, w, n->button.y - y - 24 * k}, ALIGN_CENTER, n->text, true);
    ui_button(gfx, &g->theme, n->button, "Back to the menu", game_font(g, 18),
              UI_FOCUS | (n->hover ? UI_HOVER : 0) | (n->pressed ? UI_PRESSED : 0));
    game_draw_toast(g, gfx);
}

static void nothing_destroy(Scene *s)
{
    free(s->state);
    free(s);
}

static Scene *nothing_new(Game *g, const char *text)
{
    Scene *s = calloc(1, sizeof *s);
    Nothing *n = calloc(1, sizeof *n);
    if (!s || !n) {
        free(s);
        free(n);
        return NULL;
    }
    n->g = g;
    snprintf(n->text, sizeof n->text, "%s", text);
    *s = (Scene){.name = "review", .state = n, .event = nothing_event, .draw = nothing_draw, .destroy = nothing_destroy};
    return s;
}

Scene *scene_review_new(Game *g)
{
    const Atlas *a = game_atlas(g);
    QuizSet *set = game_quizzes(g);
    Store *store = game_store(g);
    int64_t player = quiz_view_player(g);
    if (!a || !set)
        return nothing_new(g, "The atlas did not load, so there is nothing to review.");
    if (!store || player <= 0)
        return nothing_new(g, "Your scores cannot be read, so there is nothing to review.");
    StoreReviewItem items[REVIEW_ITEMS];
    int n = store_review_pick(store, player, game_now(g), REVIEW_ITEMS, items);
    if (n < 0) {
        char msg[512];
        snprintf(msg, sizeof msg, "Your review schedule cannot be read: %s", store_error(store));
        return nothing_new(g, msg);
    }
    QuizSpec specs[REVIEW_ITEMS];
    int ns = 0;
    for (int i = 0; i < n; i++) {
        QuizKind k;
        if (quiz_kind_parse(items[i].kind, &k) && quiz_spec_init(a, k, items[i].muscle, &specs[ns]))
            ns++;
    }
    if (ns == 0)
        return nothing_new(g, "Play a quiz first: every question you answer is scheduled here, the ones you "
                              "missed soonest.");
    /* each review round is a new quiz in the set; ids must stay unique */
    static int counter;
    const Quiz *quiz = NULL;
    for (int tries = 0; tries < 1000 && !quiz; tries++) {
        char id[32];
        snprintf(id, sizeof id, "review-%d", ++counter);
        if (!quiz_set_find(set, id))
            quiz = quiz_set_add(set, id, "Review", specs, ns);
        else
            continue;
        if (!quiz)
            break;
    }
    if (!quiz)
        return nothing_new(g, "The review round could not be made (out of memory).");
    return scene_quiz_new_review(g, quiz, quiz_view_seed(g->app, "review"));
}
