/* ui: drawing and input handling of the few widgets the game needs. */
#include "ui.h"

#include <math.h>
#include <string.h>

bool ui_hit(Rect r, float x, float y)
{
    return x >= r.x && x < r.x + r.w && y >= r.y && y < r.y + r.h;
}

TextStyle ui_text(const UiTheme *t, float size, FontFace face, Color c)
{
    return (TextStyle){size * t->scale, face, c};
}

Rect ui_inset(Rect r, float d)
{
    return (Rect){r.x + d, r.y + d, r.w - 2 * d, r.h - 2 * d};
}

void ui_background(Gfx *g, const UiTheme *t)
{
    Vec2 s = gfx_size(g);
    gfx_gradient_rect(g, (Rect){0, 0, s.x, s.y}, t->bg_top, t->bg_bottom);
}

/* The shadow of rounded rectangle r (radius rad) offset by dx, dy > 0, under an opaque
 * fill of r drawn next: only its right and bottom edges show, so only they are drawn, in
 * two clips that meet on a whole pixel (blending the hidden middle cost about a
 * millisecond per panel in software). A translucent fill gets the whole shadow. */
static void shadow(Gfx *g, Rect r, float rad, float dx, float dy, Color c, Color fill)
{
    Rect s = {r.x + dx, r.y + dy, r.w, r.h};
    if (fill.a < 255) {
        gfx_round_rect(g, s, rad, c);
        return;
    }
    float sc = gfx_scale(g);
    float bx = floorf((r.x + r.w - rad) * sc) / sc;
    gfx_clip_push(g, (Rect){bx, r.y, r.x + r.w + dx + 1 - bx, r.h + dy + 1});
    gfx_round_rect(g, s, rad, c);
    gfx_clip_pop(g);
    gfx_clip_push(g, (Rect){r.x, r.y + r.h - rad, bx - r.x, rad + dy + 1});
    gfx_round_rect(g, s, rad, c);
    gfx_clip_pop(g);
}

void ui_panel(Gfx *g, const UiTheme *t, Rect r)
{
    float rad = 12 * t->scale;
    shadow(g, r, rad, 2, 4, RGBA(0, 0, 0, 40), t->panel);
    gfx_round_rect(g, r, rad, t->panel);
    gfx_round_rect_outline(g, r, rad, 1, t->panel_border);
}

void ui_button(Gfx *g, const UiTheme *t, Rect r, const char *label, float font, int state)
{
    float rad = 10 * t->scale;
    Color fill = t->panel, text = t->text;
    if (state & (UI_SELECTED | UI_PRESSED)) { fill = t->accent; text = t->accent_text; }
    else if (state & (UI_HOVER | UI_FOCUS)) fill = gfx_mix(t->panel, t->accent, 0.18f);
    if (state & UI_DISABLED) text = t->text_dim;
    shadow(g, r, rad, 1, 3, RGBA(0, 0, 0, 35), fill);
    gfx_round_rect(g, r, rad, fill);
    if (state & UI_FOCUS)
        gfx_round_rect_outline(g, ui_inset(r, -3), rad + 3, 2.5f * t->scale, t->focus);
    else
        gfx_round_rect_outline(g, r, rad, 1, t->panel_border);
    char fit[256];
    TextStyle st = {font, FONT_BOLD, text};
    text_fit(g, st, label, r.w - 16 * t->scale, fit, sizeof fit);
    text_draw(g, st, r.x + r.w / 2, r.y + r.h / 2, ALIGN_CENTER | ALIGN_MIDDLE, fit);
}

void ui_list_clear(UiList *l)
{
    memset(l, 0, sizeof *l);
    l->hover = -1;
    l->pressed = -1;
}

int ui_list_add(UiList *l, const char *label, const char *hint)
{
    if (l->count >= UI_LIST_MAX)
        return -1;
    l->labels[l->count] = label;
    l->hints[l->count] = hint;
    return l->count++;
}

void ui_list_layout(UiList *l, Rect area, float item_h, float gap)
{
    int cols = l->columns ? 2 : 1;
    float w = (area.w - gap * (float)(cols - 1)) / (float)cols;
    for (int i = 0; i < l->count; i++) {
        int c = i % cols, r = i / cols;
        l->rects[i] = (Rect){area.x + (float)c * (w + gap), area.y + (float)r * (item_h + gap), w, item_h};
    }
}

static int find(const UiList *l, float x, float y)
{
    for (int i = 0; i < l->count; i++)
        if (ui_hit(l->rects[i], x, y))
            return i;
    return -1;
}

static void move_focus(UiList *l, int step)
{
    if (l->count == 0)
        return;
    int f = l->focus;
    for (int k = 0; k < l->count; k++) {
        f = (f + step + l->count) % l->count;
        if (!l->disabled[f])
            break;
    }
    l->focus = f;
}

int ui_list_event(UiList *l, const InputEvent *e, bool *changed)
{
    int cols = l->columns ? 2 : 1;
    bool ch = false;
    int result = UI_NONE;
    switch (e->type) {
    case EV_POINTER_MOVE: {
        int h = find(l, e->x, e->y);
        if (h != l->hover) { l->hover = h; ch = true; }
        break;
    }
    case EV_POINTER_DOWN: {
        int h = find(l, e->x, e->y);
        if (h >= 0 && !l->disabled[h]) { l->pressed = h; l->focus = h; ch = true; }
        break;
    }
    case EV_POINTER_UP: {
        int h = find(l, e->x, e->y);
        if (h >= 0 && h == l->pressed && !l->disabled[h])
            result = h;
        if (l->pressed >= 0) ch = true;
        l->pressed = -1;
        break;
    }
    case EV_KEY_DOWN:
        switch (e->key) {
        case KEY_UP: move_focus(l, -cols); ch = true; break;
        case KEY_DOWN: move_focus(l, cols); ch = true; break;
        case KEY_LEFT: if (cols > 1) { move_focus(l, -1); ch = true; } break;
        case KEY_RIGHT: if (cols > 1) { move_focus(l, 1); ch = true; } break;
        case KEY_TAB: move_focus(l, (e->mods & MOD_SHIFT) ? -1 : 1); ch = true; break;
        case KEY_HOME: l->focus = 0; ch = true; break;
        case KEY_END: l->focus = l->count - 1; ch = true; break;
        case KEY_ENTER: case KEY_SPACE:
            if (l->focus >= 0 && l->focus < l->count && !l->disabled[l->focus])
                result = l->focus;
            break;
        case KEY_ESCAPE: case KEY_BACKSPACE: result = UI_BACK; break;
        default: break;
        }
        break;
    default:
        break;
    }
    if (changed) *changed = ch;
    return result;
}

void ui_list_draw(UiList *l, Gfx *g, const UiTheme *t, float font)
{
    for (int i = 0; i < l->count; i++) {
        int st = UI_NORMAL;
        if (i == l->hover) st |= UI_HOVER;
        if (i == l->focus) st |= UI_FOCUS;
        if (i == l->pressed) st |= UI_PRESSED;
        if (l->disabled[i]) st |= UI_DISABLED;
        Rect r = l->rects[i];
        if (!l->hints[i]) {
            ui_button(g, t, r, l->labels[i], font, st);
            continue;
        }
        /* two-line entry: label and a dimmer hint, left aligned */
        ui_button(g, t, r, "", font, st);
        bool inv = st & (UI_PRESSED | UI_SELECTED);
        TextStyle a = {font, FONT_BOLD, inv ? t->accent_text : t->text};
        TextStyle b = {font * 0.72f, FONT_REGULAR, inv ? t->accent_text : t->text_dim};
        char fit[256];
        float pad = 16 * t->scale, la = text_line_height(g, a), lb = text_line_height(g, b);
        float y = r.y + (r.h - la - lb) / 2;
        text_fit(g, a, l->labels[i], r.w - 2 * pad, fit, sizeof fit);
        text_draw(g, a, r.x + pad, y, ALIGN_LEFT, fit);
        text_fit(g, b, l->hints[i], r.w - 2 * pad, fit, sizeof fit);
        text_draw(g, b, r.x + pad, y + la, ALIGN_LEFT, fit);
    }
}
