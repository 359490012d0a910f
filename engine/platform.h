/* platform: the window, the renderer and the event source; the only engine file besides
 * the drawing files that knows SDL. Headless runs use the offscreen (or dummy) video
 * driver with the software renderer and produce the same pixels every time. */
#ifndef PLATFORM_H
#define PLATFORM_H

#include <stdbool.h>
#include <stdint.h>
#include "gfx.h"
#include "input.h"

typedef struct PlatformConfig {
    const char *title;       /* of the window; NULL: none */
    int width, height;       /* logical size of the window (or of the headless frame) */
    bool headless;           /* no display: offscreen driver, software renderer, no vsync */
    bool fullscreen;
    float scale;             /* headless: pixels per logical unit (high-DPI tests); 0 = 1 */
    bool accelerated;        /* a window: a GPU renderer with vsync instead of the software one */
    const char *no_display_hint;   /* a window that cannot open: what to try instead, or NULL */
} PlatformConfig;

typedef struct Platform Platform;

Platform *platform_open(const PlatformConfig *cfg, char *err, int errlen);
void platform_close(Platform *p);
Gfx *platform_gfx(Platform *p);
Vec2 platform_size(const Platform *p);            /* logical size of the drawing area */
/* Next event, waiting at most timeout_ms (0 = do not wait, -1 = forever). false if none. */
bool platform_next_event(Platform *p, InputEvent *out, int timeout_ms);
void platform_present(Platform *p);
void platform_set_fullscreen(Platform *p, bool on);
bool platform_fullscreen(const Platform *p);
void platform_set_title(Platform *p, const char *title);
uint32_t platform_ms(const Platform *p);          /* since platform_open */
double platform_seconds(void);                    /* monotonic, high resolution */
void platform_wake(void);                         /* make a waiting platform_next_event return */
/* A message box when there is no renderer to draw an error screen; stderr always. */
void platform_fatal_message(const char *title, const char *msg);
const char *platform_video_driver(void);

#endif
