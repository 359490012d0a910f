/* text: UTF-8 text through SDL2_ttf with fonts found by fontconfig (DejaVu Sans from
 * default, else any sans face; the caller may name a file or another family). Each (face, pixel size, colour, string)
 * is rendered once into a texture and reused; the cache forgets the least recently used. */
#ifndef TEXT_H
#define TEXT_H

#include <stdbool.h>
#include "gfx.h"

typedef enum FontFace { FONT_REGULAR, FONT_BOLD, FONT_FACE_COUNT } FontFace;
typedef struct TextStyle { float size; FontFace face; Color color; } TextStyle;

enum {
    ALIGN_LEFT = 0, ALIGN_CENTER = 1, ALIGN_RIGHT = 2,      /* horizontal */
    ALIGN_TOP = 0, ALIGN_MIDDLE = 4, ALIGN_BOTTOM = 8,      /* vertical */
};

typedef struct TextConfig {
    const char *font_file;       /* a .ttf for both faces, or NULL: ask fontconfig */
    const char *family;          /* what to ask fontconfig for; NULL: "DejaVu Sans" */
    const char *missing_hint;    /* what to do when no font is found ("install ...") */
} TextConfig;

/* Finds the fonts (cfg may be NULL for the defaults); false with a message ("no font
 * found: " and the hint) when none is there. Must succeed before any other text call. */
bool text_init(Gfx *g, const TextConfig *cfg, char *err, int errlen);
const char *text_font_path(FontFace face);
void text_shutdown(void);                     /* after the last Gfx is gone */

Vec2  text_measure(Gfx *g, TextStyle st, const char *s);            /* logical size */
float text_line_height(Gfx *g, TextStyle st);
Vec2  text_draw(Gfx *g, TextStyle st, float x, float y, int align, const char *s);
/* Draws s wrapped to max_w; returns the height used. With draw false, only measures. */
float text_draw_wrapped(Gfx *g, TextStyle st, Rect box, int align, const char *s, bool draw);
/* Shortens s with an ellipsis so that it fits max_w; writes into out. */
void  text_fit(Gfx *g, TextStyle st, const char *s, float max_w, char *out, int outlen);
/* Draws s wrapped in box (left aligned), shrinking the font step by step down to 60% until
 * it fits; returns the height used. Text that still does not fit is clipped at the box. */
float text_draw_fit(Gfx *g, TextStyle st, Rect box, const char *s);
int   text_cache_count(const Gfx *g);

#endif
