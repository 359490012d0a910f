/* find_field: the text field and its case-insensitive match (ASCII letters fold; other bytes
 * compare as they are, so accented names still match when typed the same way). */
#include "screens/find_field.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>

static char fold(char c) { return (char)tolower((unsigned char)c); }

static bool contains(const char *hay, const char *needle, bool underscore_space)
{
    size_t n = strlen(needle);
    for (const char *h = hay; *h; h++) {
        size_t i = 0;
        for (; i < n && h[i]; i++) {
            char a = underscore_space && h[i] == '_' ? ' ' : h[i];
            if (fold(a) != fold(needle[i]))
                break;
        }
        if (i == n)
            return true;
    }
    return n == 0;
}

bool find_field_matches(const char *text, const char *name, const char *id)
{
    if (!text || !*text)
        return true;
    return (name && contains(name, text, false)) || (id && contains(id, text, true));
}

/* Deletes the last UTF-8 character. */
static void backspace(char *s)
{
    size_t n = strlen(s);
    while (n > 0 && ((unsigned char)s[n - 1] & 0xC0) == 0x80)
        n--;
    if (n > 0)
        n--;
    s[n] = 0;
}

int find_field_event(FindField *f, const InputEvent *e)
{
    bool left = e->button == BUTTON_LEFT || e->button == BUTTON_TOUCH;
    if (e->type == EV_POINTER_DOWN && left) {
        bool in = ui_hit(f->r, e->x, e->y);
        if (in) {
            f->focused = true;
            return FIND_TAKEN;
        }
        f->focused = false;   /* a click elsewhere hands the keyboard back and goes on */
        return FIND_NONE;
    }
    if (e->type == EV_TEXT) {
        if (!f->focused) {
            if (strcmp(e->text, "/"))
                return FIND_NONE;
            f->focused = true;
            return FIND_TAKEN;
        }
        if ((unsigned char)e->text[0] < 0x20 || strlen(f->text) + strlen(e->text) >= sizeof f->text)
            return FIND_TAKEN;
        strcat(f->text, e->text);
        return FIND_CHANGED;
    }
    if (e->type != EV_KEY_DOWN || !f->focused)
        return FIND_NONE;
    switch (e->key) {
    case KEY_BACKSPACE:
        backspace(f->text);
        return FIND_CHANGED;
    case KEY_ESCAPE:
        if (f->text[0]) {
            f->text[0] = 0;
            return FIND_CHANGED;
        }
        f->focused = false;
        return FIND_TAKEN;
    case KEY_ENTER:
        f->focused = false;
        return FIND_ENTER;
    case KEY_TAB:
        f->focused = false;
        return FIND_TAKEN;
    case KEY_UP: return FIND_UP;
    case KEY_DOWN: return FIND_DOWN;
    default:
        return FIND_TAKEN;   /* letters arrive as keys too: they are the text's */
    }
}

void find_field_draw(const FindField *f, Gfx *gfx, const Game *g, const char *placeholder)
{
    float k = g->theme.scale;
    gfx_round_rect(gfx, f->r, 6 * k, RGB(255, 255, 255));
    gfx_round_rect_outline(gfx, f->r, 6 * k, f->focused ? 2.5f * k : 1, f->focused ? g->theme.focus : g->theme.panel_border);
    bool empty = !f->text[0];
    TextStyle st = game_text(g, 14, FONT_REGULAR, empty ? g->theme.text_dim : g->theme.text);
    char shown[64], fit[96];
    snprintf(shown, sizeof shown, "%s%s", empty ? "" : f->text, f->focused ? "|" : "");
    const char *s = empty && !f->focused ? placeholder : shown;
    if (empty && f->focused)
        s = "|";
    float pad = 8 * k;
    text_fit(gfx, st, s, f->r.w - 2 * pad, fit, sizeof fit);
    text_draw(gfx, st, f->r.x + pad, f->r.y + f->r.h / 2, ALIGN_LEFT | ALIGN_MIDDLE, fit);
}
