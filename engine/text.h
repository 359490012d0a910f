/* text: UTF-8 text through SDL2_ttf with fonts found by fontconfig (DejaVu Sans from
 * Debian's fonts-dejavu-core, else any sans face). Each (face, pixel size, colour, string)
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

/* Finds the fonts; false with a message ("no font found: install fonts-dejavu-core") when
 * none is there. Must succeed before any other text call. */
bool text_init(Gfx *g, char *err, int errlen);
const char *text_font_path(FontFace face);
void text_shutdown(void);                     /* after the last Gfx is gone */

Vec2  text_measure(Gfx *g, TextStyle st, const char *s);            /* logical size */
float text_line_height(Gfx *g, TextStyle st);
Vec2  text_draw(Gfx *g, TextStyle st, float x, float y, int align, const char *s);
/* Draws s wrapped to max_w; returns the height used. With draw false, only measures. */
float text_draw_wrapped(Gfx *g, TextStyle st, Rect box, int align, const char *s, bool draw);
/* Shortens s with an ellipsis so that it fits max_w; writes into out. */
void  text_fit(Gfx *g, TextStyle st, const char *s, float max_w, char *out, int outlen);
int   text_cache_count(const Gfx *g);

#endif
