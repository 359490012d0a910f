/* scene_util.h: what the headless scene tests share: a rendered frame, a colour count that
 * tells a blank screen, and the comparison with a golden image (tests/golden/NAME-WxH.png,
 * ':' in names written as '_'; TT_UPDATE_GOLDEN=1 rewrites the goldens instead). */
#ifndef SCENE_UTIL_H
#define SCENE_UTIL_H

#include "test.h"

#include <SDL.h>
#include <SDL_image.h>
#include <stdint.h>
#include <stdlib.h>

typedef struct Shot { uint8_t *px; int w, h; } Shot;

static inline int distinct_colours(const Shot *s)
{
    /* coarse histogram: 4 bits per channel */
    static uint8_t seen[4096];
    memset(seen, 0, sizeof seen);
    int n = 0;
    for (int i = 0; i < s->w * s->h; i++) {
        const uint8_t *p = s->px + 4 * i;
        int k = (p[0] >> 4) << 8 | (p[1] >> 4) << 4 | (p[2] >> 4);
        if (!seen[k]) { seen[k] = 1; n++; }
    }
    return n;
}

/* Fails when more than max_share of the pixels differ by more than 32 in some channel. */
static inline void compare_golden(const Shot *s, const char *name, double max_share)
{
    char path[512], file[128];
    snprintf(file, sizeof file, "%s", name);
    for (char *c = file; *c; c++) if (*c == ':') *c = '_';
    snprintf(path, sizeof path, "tests/golden/%s-%dx%d.png", file, s->w, s->h);
    if (getenv("TT_UPDATE_GOLDEN")) {
        SDL_Surface *out = SDL_CreateRGBSurfaceWithFormatFrom(s->px, s->w, s->h, 32, s->w * 4,
                                                              SDL_PIXELFORMAT_ABGR8888);
        CHECK(out && IMG_SavePNG(out, path) == 0);
        SDL_FreeSurface(out);
        printf("wrote %s\n", path);
        return;
    }
    SDL_Surface *raw = IMG_Load(path);
    CHECK_MSG(raw != NULL, "missing golden %s (TT_UPDATE_GOLDEN=1 to create)", path);
    if (!raw)
        return;
    SDL_Surface *g = SDL_ConvertSurfaceFormat(raw, SDL_PIXELFORMAT_ABGR8888, 0);
    SDL_FreeSurface(raw);
    CHECK(g && g->w == s->w && g->h == s->h);
    if (g && g->w == s->w && g->h == s->h) {
        long differ = 0;
        for (int y = 0; y < s->h; y++) {
            const uint8_t *a = s->px + 4 * y * s->w, *b = (const uint8_t *)g->pixels + y * g->pitch;
            for (int x = 0; x < s->w; x++)
                for (int c = 0; c < 3; c++)
                    if (abs(a[4 * x + c] - b[4 * x + c]) > 32) { differ++; break; }
        }
        double share = (double)differ / ((double)s->w * s->h);
        CHECK_MSG(share < max_share, "%s differs from its golden in %.2f%% of pixels", path, share * 100);
    }
    SDL_FreeSurface(g);
}

#endif
