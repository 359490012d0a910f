/* game: the context every scene shares (theme, settings, atlas, score store, messages)
 * and the constructors of the scenes. Scenes reach it through app->user. */
#ifndef GAME_H
#define GAME_H

#include <stdbool.h>
#include <stdint.h>
#include "engine/app.h"
#include "body/atlas.h"
#include "engine/text.h"
#include "engine/ui.h"
#include "screens/chart.h"
#include "store/settings.h"

struct Quiz;
struct QuizSet;
struct Store;

typedef struct Game Game;
struct Game {
    App *app;
    UiTheme theme;
    ChartPalette chart;
    Settings settings;
    char data_dir[1024];
    const char *quiz_dirs[8]; int nquiz_dirs;
    Atlas *atlas; bool atlas_tried; char atlas_error[1024];
    struct Store *store; bool store_tried;
    struct QuizSet *quizzes; bool quizzes_tried;
    char quiz_errors[4096];  /* the problems found while loading quizzes, one per line */
    int64_t player_id;       /* 0 until a player is chosen */
    char player_name[64];
    char toast[256]; double toast_until;
    bool headless;           /* shot / replay: no real window */
    bool sample;             /* shot: sample player and data in a scratch directory */
    int64_t fixed_now;       /* non-zero: the time game_now() returns */
    void (*on_shutdown)(struct Game *g);  /* a tool's clean-up, run by game_shutdown */
};

static inline Game *game_of(App *app) { return (Game *)app->user; }

void game_init(Game *g, App *app);
void game_shutdown(Game *g);
void game_apply_settings(Game *g);                       /* theme and palette from settings */
void game_on_resize(App *app);                           /* the window caps the interface scale */
const Atlas *game_atlas(Game *g);                        /* loads on first use; NULL + atlas_error */
struct Store *game_store(Game *g);                       /* opens on first use (never NULL unless OOM) */
struct QuizSet *game_quizzes(Game *g);                   /* built-in + user + --quiz-dir; NULL without atlas */
void game_reload_quizzes(Game *g);                       /* F5: only when no round is active */
bool game_set_player(Game *g, int64_t id);               /* choose (and remember) a player */
float game_font(const Game *g, float size);              /* size times the interface scale */
TextStyle game_text(const Game *g, float size, FontFace face, Color c);
void game_toast(Game *g, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void game_draw_toast(Game *g, Gfx *gfx);
void game_draw_header(Game *g, Gfx *gfx, const char *title, const char *subtitle);

/* The clock scenes use for "now" (Unix seconds): the real time, or g->fixed_now when a
 * tool fixed it (sample data for shots, so the same command draws the same pixels). */
int64_t game_now(const Game *g);

/* Scenes. Constructors return NULL when out of memory or their data is missing (a toast
 * then says why). */
Scene *scene_title_new(Game *g);
Scene *scene_menu_new(Game *g);
Scene *scene_players_new(Game *g);                       /* choose / create / rename / delete */
Scene *scene_settings_new(Game *g);
Scene *scene_explore_new(Game *g, const char *muscle_id);/* muscle_id may be NULL */
Scene *scene_progress_new(Game *g);
Scene *scene_muscle_new(Game *g, const char *muscle_id);  /* one muscle in every view it shows */
Scene *scene_chart_new(Game *g, const char *view_name);   /* one view, outlines and landmarks */
Scene *scene_icon_new(Game *g);                           /* the application icon */
void explore_sample_symptom(Scene *explore);             /* shot: pain painted, results listed */
Scene *scene_play_new(Game *g);                          /* the quiz list */
Scene *scene_quiz_new(Game *g, const struct Quiz *quiz, uint64_t seed);
Scene *scene_review_new(Game *g);                        /* a review round, or a message when nothing is due */
/* A confirmation overlay: question, yes/no; on yes calls done(arg). */
Scene *scene_confirm_new(Game *g, const char *question, const char *yes, void (*done)(App *, void *), void *arg);


#endif
