/* app: the scene stack and the main loop. C owns the loop: events -> update -> draw ->
 * present, drawing only when something changed and blocking on events when idle. Stack
 * changes requested from inside a scene take effect after the current callback returns,
 * so a scene may pop itself safely. */
#ifndef APP_H
#define APP_H

#include <stdbool.h>
#include <stddef.h>
#include "gfx.h"
#include "input.h"
#include "platform.h"

typedef struct App App;
typedef struct Scene Scene;
typedef struct AppPending { int op; Scene *scene; } AppPending;

struct Scene {
    const char *name;
    void *state;
    bool overlay;                                         /* the scene below shows through */
    void (*enter)(App *app, Scene *s);
    void (*leave)(App *app, Scene *s);
    void (*event)(App *app, Scene *s, const InputEvent *e);
    void (*update)(App *app, Scene *s, double dt);
    void (*draw)(App *app, Scene *s, Gfx *g);
    void (*destroy)(Scene *s);                            /* frees state and s */
};

#define APP_MAX_SCENES 16

struct App {
    Platform *platform;
    Gfx *gfx;
    Vec2 size;                      /* logical size of the screen */
    Scene *stack[APP_MAX_SCENES];
    int depth;
    bool quit, dirty;
    double animate_until;           /* keep drawing frames until this time (seconds) */
    double wake_at;                 /* redraw once at this time (timers), 0 = none */
    void *user;                     /* the game's context */
    void (*on_resize)(App *app);    /* after the size changed, before the scene hears of it */
    /* before the top scene hears an event: true when the game took it (keys every screen
     * shares, such as F1 for help) */
    bool (*on_event)(App *app, const InputEvent *e);
    void (*on_draw)(App *app, Gfx *g);   /* after the scenes: what every screen shows over them */
    InputRecorder *recorder;
    double frame_ms_last;           /* cost of the last drawn frame */
    long frames_drawn;
    uint32_t now_ms;                /* event clock: real time, or the replay's */
    /* pending stack operations */
    AppPending pending[APP_MAX_SCENES];
    int npending;
};

/* A new scene: a copy of proto (name, overlay, callbacks) whose state points at state_size
 * zeroed bytes allocated with it; NULL when out of memory. A NULL proto->destroy becomes
 * app_scene_free, which frees the scene and its state in one go (a scene with more to free
 * frees that, then calls app_scene_free). */
Scene *app_scene_new(const Scene *proto, size_t state_size);
void app_scene_free(Scene *s);

void app_init(App *app, Platform *p, void *user);
void app_shutdown(App *app);                         /* pops and destroys every scene */
Scene *app_top(const App *app);
void app_push(App *app, Scene *s);
void app_pop(App *app);
void app_replace(App *app, Scene *s);                /* pop then push */
void app_reset(App *app, Scene *s);                  /* pop everything, then push */
void app_redraw(App *app);                           /* something changed: draw a frame */
void app_animate(App *app, double seconds);          /* draw continuously for a while */
void app_wake_in(App *app, double seconds);          /* draw once after a delay */
void app_dispatch(App *app, const InputEvent *e);    /* feed one event to the top scene */
void app_apply_pending(App *app);
void app_update(App *app, double dt);
void app_draw(App *app);                             /* draw the stack (no present) */
void app_run(App *app);                              /* until quit or empty stack */

#endif
