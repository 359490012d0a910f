/* platform: SDL window, renderer and events. Logical coordinates are window points; the
 * renderer's pixel size over the window size is the gfx scale (2 on a high-DPI screen).
 * Touch fingers become pointer events (button BUTTON_TOUCH) and two-finger gestures pinch
 * events; SDL's own mouse emulation of touch is switched off so nothing arrives twice. */
#include "platform.h"
#include "gfx_internal.h"

#include <SDL_ttf.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct Platform {
    SDL_Window *window;
    SDL_Renderer *renderer;
    Gfx *gfx;
    bool headless, fullscreen;
    float scale;
    int lw, lh;                     /* logical size */
    uint32_t start;
};

double platform_seconds(void)
{
    return (double)SDL_GetPerformanceCounter() / (double)SDL_GetPerformanceFrequency();
}

const char *platform_video_driver(void)
{
    const char *d = SDL_GetCurrentVideoDriver();
    return d ? d : "none";
}

static void update_scale(Platform *p)
{
    int ww, wh, pw, ph;
    SDL_GetWindowSize(p->window, &ww, &wh);
    if (SDL_GetRendererOutputSize(p->renderer, &pw, &ph) != 0 || pw <= 0) {
        pw = ww;
        ph = wh;
    }
    if (p->headless) {
        p->lw = (int)(pw / p->scale);
        p->lh = (int)(ph / p->scale);
        gfx_set_target_size(p->gfx, p->scale, pw, ph);
        return;
    }
    p->lw = ww > 0 ? ww : 1;
    p->lh = wh > 0 ? wh : 1;
    gfx_set_target_size(p->gfx, (float)pw / (float)p->lw, pw, ph);
}

Platform *platform_open(const PlatformConfig *cfg, char *err, int errlen)
{
    if (cfg->headless) {
        /* an explicit choice in the environment (offscreen or dummy) wins */
        const char *d = getenv("SDL_VIDEODRIVER");
        if (!d || (strcmp(d, "offscreen") && strcmp(d, "dummy")))
            SDL_SetHint(SDL_HINT_VIDEODRIVER, "offscreen");
    }
    /* the software renderer goes through Mesa's GL unless this is off (style.md: +97 MiB,
     * +60 ms start-up, +5 ms a frame) */
    SDL_SetHint(SDL_HINT_FRAMEBUFFER_ACCELERATION, "0");
    SDL_SetHint(SDL_HINT_TOUCH_MOUSE_EVENTS, "0");
    SDL_SetHint(SDL_HINT_MOUSE_TOUCH_EVENTS, "0");
    SDL_SetHint(SDL_HINT_VIDEO_X11_NET_WM_BYPASS_COMPOSITOR, "0");
    if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_EVENTS) != 0) {
        bool hint = !cfg->headless && cfg->no_display_hint;
        snprintf(err, (size_t)errlen, "cannot start the video system: %s%s%s%s", SDL_GetError(),
                 hint ? " (" : "", hint ? cfg->no_display_hint : "", hint ? ")" : "");
        return NULL;
    }
    Platform *p = calloc(1, sizeof *p);
    if (!p) {
        snprintf(err, (size_t)errlen, "out of memory");
        SDL_Quit();
        return NULL;
    }
    p->headless = cfg->headless;
    p->scale = cfg->headless && cfg->scale > 0 ? cfg->scale : 1;
    int w = cfg->width > 0 ? cfg->width : 1280, h = cfg->height > 0 ? cfg->height : 720;
    Uint32 flags = SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI;
    if (cfg->headless) {
        flags = SDL_WINDOW_HIDDEN;
        w = (int)(w * p->scale);
        h = (int)(h * p->scale);
    }
    if (cfg->fullscreen && !cfg->headless)
        flags |= SDL_WINDOW_FULLSCREEN_DESKTOP;
    p->window = SDL_CreateWindow(cfg->title ? cfg->title : "", SDL_WINDOWPOS_CENTERED,
                                 SDL_WINDOWPOS_CENTERED, w, h, flags);
    if (!p->window) {
        snprintf(err, (size_t)errlen, "cannot open a window: %s", SDL_GetError());
        platform_close(p);
        return NULL;
    }
    if (!cfg->headless)   /* headless frames are exactly the size asked for */
        SDL_SetWindowMinimumSize(p->window, 640, 480);
    Uint32 rflags = SDL_RENDERER_SOFTWARE;
    if (!cfg->headless && cfg->accelerated)
        rflags = SDL_RENDERER_ACCELERATED | SDL_RENDERER_PRESENTVSYNC;
    p->renderer = SDL_CreateRenderer(p->window, -1, rflags | SDL_RENDERER_TARGETTEXTURE);
    if (!p->renderer)
        p->renderer = SDL_CreateRenderer(p->window, -1, SDL_RENDERER_SOFTWARE);
    if (!p->renderer) {
        snprintf(err, (size_t)errlen, "cannot create a renderer: %s", SDL_GetError());
        platform_close(p);
        return NULL;
    }
    p->gfx = gfx_create(p->renderer, p->scale, w, h);
    if (!p->gfx) {
        snprintf(err, (size_t)errlen, "out of memory");
        platform_close(p);
        return NULL;
    }
    p->fullscreen = cfg->fullscreen && !cfg->headless;
    update_scale(p);
    p->start = SDL_GetTicks();
    if (!cfg->headless)
        SDL_StartTextInput();
    return p;
}

void platform_close(Platform *p)
{
    if (!p)
        return;
    gfx_destroy(p->gfx);
    if (p->renderer) SDL_DestroyRenderer(p->renderer);
    if (p->window) SDL_DestroyWindow(p->window);
    free(p);
    if (TTF_WasInit())
        TTF_Quit();
    gfx_image_close();
    SDL_Quit();
}

Gfx *platform_gfx(Platform *p) { return p->gfx; }
Vec2 platform_size(const Platform *p) { return (Vec2){(float)p->lw, (float)p->lh}; }
uint32_t platform_ms(const Platform *p) { return SDL_GetTicks() - p->start; }

void platform_present(Platform *p)
{
    text_cache_frame(p->gfx);
    SDL_RenderPresent(p->renderer);
}

void platform_set_fullscreen(Platform *p, bool on)
{
    if (p->headless)
        return;
    SDL_SetWindowFullscreen(p->window, on ? SDL_WINDOW_FULLSCREEN_DESKTOP : 0);
    p->fullscreen = on;
    update_scale(p);
}

bool platform_fullscreen(const Platform *p) { return p->fullscreen; }

void platform_set_title(Platform *p, const char *title) { SDL_SetWindowTitle(p->window, title); }

void platform_wake(void)
{
    SDL_Event e = {0};
    e.type = SDL_USEREVENT;
    SDL_PushEvent(&e);
}

static Key map_key(SDL_Keycode k)
{
    if (k >= SDLK_a && k <= SDLK_z) return (Key)(KEY_A + (k - SDLK_a));
    if (k >= SDLK_0 && k <= SDLK_9) return (Key)(KEY_0 + (k - SDLK_0));
    if (k >= SDLK_KP_1 && k <= SDLK_KP_9) return (Key)(KEY_1 + (k - SDLK_KP_1));
    switch (k) {
    case SDLK_KP_0: return KEY_0;
    case SDLK_UP: return KEY_UP;
    case SDLK_DOWN: return KEY_DOWN;
    case SDLK_LEFT: return KEY_LEFT;
    case SDLK_RIGHT: return KEY_RIGHT;
    case SDLK_RETURN: case SDLK_KP_ENTER: return KEY_ENTER;
    case SDLK_ESCAPE: return KEY_ESCAPE;
    case SDLK_TAB: return KEY_TAB;
    case SDLK_SPACE: return KEY_SPACE;
    case SDLK_BACKSPACE: return KEY_BACKSPACE;
    case SDLK_DELETE: return KEY_DELETE;
    case SDLK_HOME: return KEY_HOME;
    case SDLK_END: return KEY_END;
    case SDLK_PAGEUP: return KEY_PAGEUP;
    case SDLK_PAGEDOWN: return KEY_PAGEDOWN;
    case SDLK_PLUS: case SDLK_EQUALS: case SDLK_KP_PLUS: return KEY_PLUS;
    case SDLK_MINUS: case SDLK_KP_MINUS: return KEY_MINUS;
    case SDLK_F1: return KEY_F1;
    case SDLK_F2: return KEY_F2;
    case SDLK_F5: return KEY_F5;
    case SDLK_F11: return KEY_F11;
    case SDLK_F12: return KEY_F12;
    default: return KEY_NONE;
    }
}

static int map_mods(Uint16 m)
{
    return ((m & KMOD_SHIFT) ? MOD_SHIFT : 0) | ((m & KMOD_CTRL) ? MOD_CTRL : 0) |
           ((m & KMOD_ALT) ? MOD_ALT : 0);
}

/* Converts one SDL event; false for events the game does not care about. */
static bool convert(Platform *p, const SDL_Event *e, InputEvent *out)
{
    memset(out, 0, sizeof *out);
    out->ms = platform_ms(p);
    switch (e->type) {
    case SDL_QUIT:
        out->type = EV_QUIT;
        return true;
    case SDL_WINDOWEVENT:
        if (e->window.event == SDL_WINDOWEVENT_SIZE_CHANGED || e->window.event == SDL_WINDOWEVENT_EXPOSED) {
            update_scale(p);
            out->type = EV_RESIZE;
            out->x = (float)p->lw;
            out->y = (float)p->lh;
            return true;
        }
        return false;
    case SDL_MOUSEBUTTONDOWN: case SDL_MOUSEBUTTONUP:
        if (e->button.which == SDL_TOUCH_MOUSEID)
            return false;
        out->type = e->type == SDL_MOUSEBUTTONDOWN ? EV_POINTER_DOWN : EV_POINTER_UP;
        out->x = (float)e->button.x;
        out->y = (float)e->button.y;
        out->button = e->button.button == SDL_BUTTON_LEFT ? BUTTON_LEFT
                    : e->button.button == SDL_BUTTON_RIGHT ? BUTTON_RIGHT : BUTTON_MIDDLE;
        return true;
    case SDL_MOUSEMOTION:
        if (e->motion.which == SDL_TOUCH_MOUSEID)
            return false;
        out->type = EV_POINTER_MOVE;
        out->x = (float)e->motion.x;
        out->y = (float)e->motion.y;
        out->dx = (float)e->motion.xrel;
        out->dy = (float)e->motion.yrel;
        out->button = (e->motion.state & SDL_BUTTON_LMASK) ? BUTTON_LEFT
                    : (e->motion.state & SDL_BUTTON_RMASK) ? BUTTON_RIGHT : 0;
        return true;
    case SDL_MOUSEWHEEL: {
        int mx, my;
        SDL_GetMouseState(&mx, &my);
        out->type = EV_WHEEL;
        out->x = (float)mx;
        out->y = (float)my;
        out->dy = e->wheel.preciseY != 0 ? e->wheel.preciseY : (float)e->wheel.y;
        if (e->wheel.direction == SDL_MOUSEWHEEL_FLIPPED) out->dy = -out->dy;
        return true;
    }
    case SDL_FINGERDOWN: case SDL_FINGERUP: case SDL_FINGERMOTION:
        out->type = e->type == SDL_FINGERDOWN ? EV_POINTER_DOWN
                  : e->type == SDL_FINGERUP ? EV_POINTER_UP : EV_POINTER_MOVE;
        out->x = e->tfinger.x * (float)p->lw;
        out->y = e->tfinger.y * (float)p->lh;
        out->dx = e->tfinger.dx * (float)p->lw;
        out->dy = e->tfinger.dy * (float)p->lh;
        out->button = BUTTON_TOUCH;
        return SDL_GetNumTouchFingers(e->tfinger.touchId) <= 1 || e->type == SDL_FINGERUP;
    case SDL_MULTIGESTURE:
        if (e->mgesture.numFingers != 2 || e->mgesture.dDist == 0)
            return false;
        out->type = EV_PINCH;
        out->x = e->mgesture.x * (float)p->lw;
        out->y = e->mgesture.y * (float)p->lh;
        out->scale = 1.0f + e->mgesture.dDist * 2.0f;
        if (out->scale <= 0.1f) out->scale = 0.1f;
        return true;
    case SDL_KEYDOWN: case SDL_KEYUP:
        out->type = e->type == SDL_KEYDOWN ? EV_KEY_DOWN : EV_KEY_UP;
        out->key = map_key(e->key.keysym.sym);
        out->mods = map_mods(e->key.keysym.mod);
        out->repeat = e->key.repeat != 0;
        return out->key != KEY_NONE;
    case SDL_TEXTINPUT:
        out->type = EV_TEXT;
        snprintf(out->text, sizeof out->text, "%s", e->text.text);
        return true;
    default:
        return false;
    }
}

bool platform_next_event(Platform *p, InputEvent *out, int timeout_ms)
{
    SDL_Event e;
    for (;;) {
        int got = timeout_ms < 0 ? SDL_WaitEvent(&e)
                : timeout_ms == 0 ? SDL_PollEvent(&e) : SDL_WaitEventTimeout(&e, timeout_ms);
        if (!got)
            return false;
        if (e.type == SDL_USEREVENT) {
            out->type = EV_NONE;
            return true;
        }
        if (convert(p, &e, out))
            return true;
        timeout_ms = 0;   /* an ignored event: look at what else is queued, do not wait again */
    }
}

void platform_fatal_message(const char *title, const char *msg)
{
    fprintf(stderr, "%s: %s\n", title, msg);
    const char *d = getenv("SDL_VIDEODRIVER");
    if (d && (!strcmp(d, "offscreen") || !strcmp(d, "dummy")))
        return;
    if (getenv("DISPLAY") || getenv("WAYLAND_DISPLAY"))
        SDL_ShowSimpleMessageBox(SDL_MESSAGEBOX_ERROR, title, msg, NULL);
}
