/* ui: a theme and a few widgets (buttons, vertical lists, panels) that work the same with
 * mouse, touch and keyboard alone: arrows move the focus, Enter activates, Escape backs out.
 * Widgets keep their own small state; layout is explicit rectangles in logical units. */
#ifndef UI_H
#define UI_H

#include <stdbool.h>
#include "gfx.h"
#include "input.h"
#include "text.h"

typedef struct UiTheme {
    Color bg_top, bg_bottom, panel, panel_border, text, text_dim, accent, accent_hover,
          accent_text, focus, danger, ok, warn;
    /* words straight on the background: a screen's title, the line under it, the key
     * hints at its foot, the caption above a chart */
    Color title, subtitle, hint, caption;
    Color note, legend;               /* sentences and legends on the background */
    Color notice, fault;              /* a warning, an error, on the background */
    Color select;                     /* a chosen row in a list: neither good nor bad (not danger) */
    Color frame;                      /* the line around a chart */
    Color track;                      /* the empty part of a bar on the background */
    Color shade, modal;               /* over a screen behind a message, behind a dialog */
    Color scrollbar, scrollbar_panel; /* on the background, on a panel */
    Color rule, rule_selected;        /* thin lines and bar tracks on a panel (a selected row) */
    Color bar_track;                  /* an opaque bar track on a panel */
    Color field;                      /* a text field */
    Color toast, toast_text, tooltip, tooltip_text;
    float scale;                      /* interface scale: multiplies sizes */
} UiTheme;

enum { UI_NORMAL = 0, UI_HOVER = 1, UI_FOCUS = 2, UI_PRESSED = 4, UI_DISABLED = 8, UI_SELECTED = 16 };
enum { UI_NONE = -1, UI_BACK = -2 };
#define UI_LIST_MAX 32

bool ui_hit(Rect r, float x, float y);
TextStyle ui_text(const UiTheme *t, float size, FontFace face, Color c);   /* size times the scale */
Rect ui_inset(Rect r, float d);
void ui_background(Gfx *g, const UiTheme *t);
void ui_panel(Gfx *g, const UiTheme *t, Rect r);
void ui_button(Gfx *g, const UiTheme *t, Rect r, const char *label, float font, int state);

typedef struct UiList {
    const char *labels[UI_LIST_MAX];
    const char *hints[UI_LIST_MAX];   /* optional second line, or NULL */
    bool disabled[UI_LIST_MAX];
    int count, focus, hover, pressed;
    Rect rects[UI_LIST_MAX];
    bool columns;                     /* lay out in a grid of two columns when true */
} UiList;

void ui_list_clear(UiList *l);
int  ui_list_add(UiList *l, const char *label, const char *hint);
void ui_list_layout(UiList *l, Rect area, float item_h, float gap);
/* Returns the index activated (click or Enter), UI_BACK (Escape) or UI_NONE. *changed is
 * set when hover or focus moved (a redraw is due). */
int  ui_list_event(UiList *l, const InputEvent *e, bool *changed);
void ui_list_draw(UiList *l, Gfx *g, const UiTheme *t, float font);

#endif
