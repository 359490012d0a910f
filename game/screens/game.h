/* game: the context every scene shares (theme, settings, atlas, score store, messages,
 * the player, the clock). Scenes reach it through app->user; their constructors are in
 * screens/scenes.h. */
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
struct QuizErrors;
struct Store;
struct PlaySetup;

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
    /* what is wrong with the quiz files, each "file:line: message": every problem found while
     * loading, then what `check` finds when it plays the player's own quizzes (quiz/check.h) */
    struct QuizErrors *quiz_problems;
    struct QuizErrors *quiz_failing;   /* ids of loaded quizzes in which check found errors */
    int64_t player_id;       /* 0 until a player is chosen */
    char player_name[64];
    char toast[256]; double toast_until;
    int menu_focus;          /* the main menu's entry last chosen: it opens there again */
    bool headless;           /* shot / replay: no real window */
    bool sample;             /* shot: sample player and data in a scratch directory */
    int64_t fixed_now;       /* non-zero: the time game_now() returns */
    int64_t clock_offset;    /* seconds added to the real time (`--now`) */
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
int game_quiz_problems(Game *g, const char *const **items); /* g->quiz_problems as a list; its length */
bool game_quiz_fails(Game *g, const char *id);           /* check found errors in this quiz */
bool game_set_player(Game *g, int64_t id);               /* choose (and remember) a player */
float game_font(const Game *g, float size);              /* size times the interface scale */
TextStyle game_text(const Game *g, float size, FontFace face, Color c);
/* The one colour of a score out of 100 wherever a screen colours one (a reveal, Results, the
 * best of a quiz, Review): green from 80, amber from 40, red below (docs/screens.md, Colours).
 * The same number never gets two colours, whatever the kind counts as correct. */
#define GAME_SCORE_GOOD 80
#define GAME_SCORE_FAIR 40
Color game_score_colour(const Game *g, int score);
void game_toast(Game *g, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void game_draw_toast(Game *g, Gfx *gfx);
void game_draw_header(Game *g, Gfx *gfx, const char *title, const char *subtitle);
/* A message over the whole screen (shaded): a title, the message, what happens next. */
void game_draw_error(Game *g, Gfx *gfx, const char *title, const char *message, const char *after);

/* The clock scenes use for "now" (Unix seconds): the real time (plus clock_offset, set by
 * `--now`), or g->fixed_now when a tool fixed it (sample data for shots, so the same command
 * draws the same pixels). */
int64_t game_now(const Game *g);

/* The player to save rounds for: the chosen one, else the last name in the settings, else
 * "Student" (created and chosen). 0 when the store cannot say. */
int64_t game_player(Game *g);
/* The chosen player's best finished-round percent for a quiz id (and how many rounds were
 * played, finished or not: an unfinished round is never a best);
 * -1 when never finished or no player is chosen. */
int game_best(Game *g, const char *quiz_id, int *rounds);
/* A round's seed from the event clock: different in every live game, the same in a
 * replay, short enough to type back with `play --seed`. */
uint64_t game_seed(Game *g, const char *quiz_id);
/* Who plays a round (quiz/play.h): the player, the clock and, when save is true, the
 * store and the player's id (created when needed); when false nothing is saved (shots). */
void game_play_setup(Game *g, uint64_t seed, bool save, struct PlaySetup *out);
/* How much of the body a chart shows while playing: the difficulty setting. */
ChartDetail game_chart_detail(const Game *g);


#endif
