/* app: scene stack and main loop. The loop waits in platform_next_event when nothing is
 * animating (an idle game costs no CPU), wakes for timers, and draws a frame only when an
 * event, a timer or an animation asked for one. */
#include "app.h"

#include <math.h>
#include <stdalign.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

enum { OP_PUSH, OP_POP, OP_RESET };

Scene *app_scene_new(const Scene *proto, size_t state_size)
{
    /* the state follows the scene in one block, aligned for any type */
    size_t head = (sizeof(Scene) + alignof(max_align_t) - 1) / alignof(max_align_t) * alignof(max_align_t);
    if (state_size > SIZE_MAX - head)
        return NULL;
    Scene *s = calloc(1, head + state_size);
    if (!s)
        return NULL;
    *s = *proto;
    s->state = state_size ? (char *)s + head : NULL;
    if (!s->destroy)
        s->destroy = app_scene_free;
    return s;
}

void app_scene_free(Scene *s)
{
    free(s);
}

void app_init(App *app, Platform *p, void *user)
{
    memset(app, 0, sizeof *app);
    app->platform = p;
    app->gfx = p ? platform_gfx(p) : NULL;
    app->size = p ? platform_size(p) : (Vec2){1280, 720};
    app->user = user;
    app->dirty = true;
}

Scene *app_top(const App *app) { return app->depth ? app->stack[app->depth - 1] : NULL; }

static void queue(App *app, int op, Scene *s)
{
    if (app->npending < APP_MAX_SCENES) {
        app->pending[app->npending].op = op;
        app->pending[app->npending].scene = s;
        app->npending++;
    } else if (s && s->destroy) {
        s->destroy(s);
    }
}

void app_push(App *app, Scene *s) { if (s) queue(app, OP_PUSH, s); }
void app_pop(App *app) { queue(app, OP_POP, NULL); }
void app_replace(App *app, Scene *s) { queue(app, OP_POP, NULL); app_push(app, s); }
void app_reset(App *app, Scene *s) { queue(app, OP_RESET, NULL); app_push(app, s); }

static void pop_one(App *app)
{
    Scene *s = app->stack[--app->depth];
    if (s->leave) s->leave(app, s);
    if (s->destroy) s->destroy(s);
}

void app_apply_pending(App *app)
{
    /* operations may queue more (enter pushing a child): loop until quiet */
    for (int guard = 0; app->npending && guard < 8; guard++) {
        int n = app->npending;
        AppPending ops[APP_MAX_SCENES];
        memcpy(ops, app->pending, sizeof ops[0] * (size_t)n);
        app->npending = 0;
        for (int i = 0; i < n; i++) {
            if (ops[i].op == OP_POP && app->depth)
                pop_one(app);
            else if (ops[i].op == OP_RESET)
                while (app->depth) pop_one(app);
            else if (ops[i].op == OP_PUSH) {
                if (app->depth == APP_MAX_SCENES) {
                    if (ops[i].scene->destroy) ops[i].scene->destroy(ops[i].scene);
                    continue;
                }
                app->stack[app->depth++] = ops[i].scene;
                if (ops[i].scene->enter) ops[i].scene->enter(app, ops[i].scene);
            }
        }
        app->dirty = true;
    }
}

void app_shutdown(App *app)
{
    app_apply_pending(app);
    while (app->depth)
        pop_one(app);
    for (int i = 0; i < app->npending; i++)
        if (app->pending[i].scene && app->pending[i].scene->destroy)
            app->pending[i].scene->destroy(app->pending[i].scene);
    app->npending = 0;
}

void app_redraw(App *app) { app->dirty = true; }

void app_animate(App *app, double seconds)
{
    double until = platform_seconds() + seconds;
    if (until > app->animate_until)
        app->animate_until = until;
    app->dirty = true;
}

void app_wake_in(App *app, double seconds)
{
    double at = platform_seconds() + seconds;
    if (app->wake_at == 0 || at < app->wake_at)
        app->wake_at = at;
}

void app_dispatch(App *app, const InputEvent *e)
{
    if (e->type == EV_NONE)
        return;
    app->now_ms = e->ms;
    if (app->recorder)
        input_record_event(app->recorder, e);
    if (e->type == EV_RESIZE) {
        if (app->platform)
            app->size = platform_size(app->platform);
        else
            app->size = (Vec2){e->x, e->y};
        if (app->on_resize)
            app->on_resize(app);
    }
    if (e->type == EV_QUIT) {
        app->quit = true;
        return;
    }
    Scene *top = app_top(app);
    if (app->on_event && app->on_event(app, e))
        top = NULL;
    if (top && top->event)
        top->event(app, top, e);
    /* any input may change what is shown; pointer motion without buttons only when the
     * scene says so (hover) through app_redraw */
    if (!(e->type == EV_POINTER_MOVE && e->button == 0))
        app->dirty = true;
    app_apply_pending(app);
}

void app_update(App *app, double dt)
{
    Scene *top = app_top(app);
    if (top && top->update)
        top->update(app, top, dt);
    app_apply_pending(app);
}

void app_draw(App *app)
{
    if (!app->gfx || app->depth == 0)
        return;
    double t0 = platform_seconds();
    int first = app->depth - 1;
    while (first > 0 && app->stack[first]->overlay)
        first--;
    for (int i = first; i < app->depth; i++)
        if (app->stack[i]->draw)
            app->stack[i]->draw(app, app->stack[i], app->gfx);
    if (app->on_draw)
        app->on_draw(app, app->gfx);
    app->frame_ms_last = (platform_seconds() - t0) * 1000.0;
    app->frames_drawn++;
}

void app_run(App *app)
{
    const double frame = 1.0 / 60.0;
    double last = platform_seconds(), last_frame = 0;
    app_apply_pending(app);
    while (!app->quit && app->depth > 0) {
        double now = platform_seconds();
        int timeout;
        if (now < app->animate_until)   /* animating: pace frames at 60 Hz, events still wake us */
            timeout = (int)fmax(0, ceil((last_frame + frame - now) * 1000.0));
        else if (app->dirty)
            timeout = 0;
        else if (app->wake_at > 0)
            timeout = (int)fmax(1, ceil((app->wake_at - now) * 1000.0));
        else
            timeout = -1;    /* nothing to do: sleep until the user does something */
        InputEvent e;
        if (platform_next_event(app->platform, &e, timeout)) {
            app_dispatch(app, &e);
            while (platform_next_event(app->platform, &e, 0))
                app_dispatch(app, &e);
        }
        now = platform_seconds();
        if (app->wake_at > 0 && now >= app->wake_at) {
            app->wake_at = 0;
            app->dirty = true;
        }
        app_update(app, now - last);
        last = now;
        bool animating = now < app->animate_until;
        if (app->dirty || (animating && now - last_frame >= frame * 0.9)) {
            app->dirty = false;
            app_draw(app);
            platform_present(app->platform);
            last_frame = now;
        }
    }
}
