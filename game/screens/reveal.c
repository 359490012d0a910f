/* reveal: chart annotations shared by the answer views. Landmark names step clear of each
 * other (at most a few are drawn, so a short list of the rectangles taken will do). */
#include "screens/reveal.h"
#include "quiz/reveal_text.h"

#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

void reveal_draw_sides(Chart *c, Gfx *g, const UiTheme *t, const ChartPalette *p)
{
    if (c->view != VIEW_ANTERIOR && c->view != VIEW_POSTERIOR)
        return;   /* a lateral view shows one side: the caption says which */
    float k = t->scale;
    TextStyle big = ui_text(t, 22, FONT_BOLD, p->sides);
    TextStyle small = ui_text(t, 12, FONT_REGULAR, p->sides_dim);
    float pad = 10 * k;
    Rect r = c->rect;
    bool right_on_left = c->view == VIEW_ANTERIOR;
    float lh = text_line_height(g, big);
    text_draw(g, big, r.x + pad, r.y + pad, ALIGN_LEFT, right_on_left ? "R" : "L");
    text_draw(g, big, r.x + r.w - pad, r.y + pad, ALIGN_RIGHT, right_on_left ? "L" : "R");
    if (r.w > 300 * k) {
        text_draw(g, small, r.x + pad, r.y + pad + lh, ALIGN_LEFT, right_on_left ? "client's right" : "client's left");
        text_draw(g, small, r.x + r.w - pad, r.y + pad + lh, ALIGN_RIGHT, right_on_left ? "client's left" : "client's right");
    }
}

void reveal_caption_form(View v, bool brief, char *out, size_t len)
{
    char name[48];
    snprintf(name, sizeof name, "%s", atlas_view_title(v));
    if (name[0] >= 'a' && name[0] <= 'z')
        name[0] = (char)(name[0] - 32);
    if (v >= VIEW_BODY_COUNT) {   /* a regional view: its title ("Sole of the foot") */
        snprintf(out, len, "%s", name);
        return;
    }
    int sign = atlas_view_right_sign(v);
    if (sign != 0)
        snprintf(out, len, brief ? "%s: client's RIGHT on your %s" : "%s: the client's RIGHT is on your %s", name,
                 sign < 0 ? "left" : "right");
    else if (v == VIEW_LATERAL_RIGHT)
        snprintf(out, len, brief ? "%s: client's RIGHT side" : "%s: the client's RIGHT side, facing right", name);
    else
        snprintf(out, len, brief ? "%s: client's LEFT side" : "%s: the client's LEFT side, facing left", name);
}

const char *reveal_caption(View v)
{
    static char whole[VIEW_COUNT][128];
    if (v < 0 || v >= VIEW_COUNT)
        return "?";
    if (!whole[v][0])
        reveal_caption_form(v, false, whole[v], sizeof whole[v]);
    return whole[v];
}

RevealBanner reveal_draw_caption(Gfx *g, const UiTheme *t, Rect chart_rect, View v)
{
    RevealBanner b = {.lines = 1};
    float k = t->scale, bottom = chart_rect.y - 4 * k;
    char full[128], brief[128];
    reveal_caption_form(v, false, full, sizeof full);
    reveal_caption_form(v, true, brief, sizeof brief);
    const struct { const char *text; float size; } tries[] = {{full, 14}, {brief, 14}, {brief, 12}};
    for (size_t i = 0; i < sizeof tries / sizeof tries[0]; i++) {
        TextStyle st = ui_text(t, tries[i].size, FONT_BOLD, t->caption);
        Vec2 m = text_measure(g, st, tries[i].text);
        if (m.x <= chart_rect.w) {
            snprintf(b.text, sizeof b.text, "%s", tries[i].text);
            b.r = (Rect){chart_rect.x, bottom - m.y, m.x, m.y};
            text_draw(g, st, chart_rect.x, bottom, ALIGN_LEFT | ALIGN_BOTTOM, b.text);
            return b;
        }
    }
    /* a very narrow chart: the short form wrapped, on a dark band over the chart's top */
    TextStyle st = ui_text(t, 12, FONT_BOLD, t->caption);
    snprintf(b.text, sizeof b.text, "%s", brief);
    float pad = 4 * k, w = chart_rect.w;
    float h = text_draw_wrapped(g, st, (Rect){0, 0, w - 2 * pad, 0}, ALIGN_LEFT, b.text, false);
    b.r = (Rect){chart_rect.x, chart_rect.y, w, h + 2 * pad};
    b.lines = (int)(h / text_line_height(g, st) + 0.5f);
    gfx_fill_rect(g, b.r, RGBA(20, 30, 40, 220));
    text_draw_wrapped(g, st, ui_inset(b.r, pad), ALIGN_LEFT, b.text, true);
    return b;
}

/* ---- framing ----------------------------------------------------------------------- */

typedef struct Box { Rect b; bool has; } Box;

static void grow(Box *x, Vec2 p)
{
    if (!x->has) {
        x->b = (Rect){p.x, p.y, 0, 0};
        x->has = true;
        return;
    }
    float x1 = fmaxf(x->b.x + x->b.w, p.x), y1 = fmaxf(x->b.y + x->b.h, p.y);
    x->b.x = fminf(x->b.x, p.x);
    x->b.y = fminf(x->b.y, p.y);
    x->b.w = x1 - x->b.x;
    x->b.h = y1 - x->b.y;
}

static void grow_shape(Box *x, const Shape *s)
{
    for (int i = 0; s && i < s->count; i++)
        for (int j = 0; j < s->polys[i].n; j++)
            grow(x, s->polys[i].pts[j]);
}

/* The camera on box x with pad cm around it, at least min cm wide and high, and margin
 * screen units between it and the chart's edges. */
static void look_at(Chart *c, const Box *x, float pad, float min, float max, float margin)
{
    Rect b = x->b;
    float w = fmaxf(b.w + 2 * pad, min), h = fmaxf(b.h + 2 * pad, min);
    float rw = fmaxf(c->rect.w * 0.5f, c->rect.w - 2 * margin),
          rh = fmaxf(c->rect.h * 0.5f, c->rect.h - 2 * margin);
    float zoom = fminf(rw / (w * c->fit_scale), rh / (h * c->fit_scale));
    /* barely closer than the whole figure: the whole figure reads better (a far miss) */
    c->zoom = zoom < 1.5f ? 1 : fminf(zoom, max);
    c->centre = (Vec2){b.x + b.w / 2, b.y + b.h / 2};
    /* no empty chart past the figure's edge while part of it is cut off at the other: a far
     * miss frames the whole figure, not a figure with its head cut off */
    Rect f = chart_figure_bounds(c);
    float hw = c->rect.w / (2 * c->fit_scale * c->zoom), hh = c->rect.h / (2 * c->fit_scale * c->zoom);
    c->centre.x = 2 * hw >= f.w ? f.x + f.w / 2 : fmaxf(f.x + hw, fminf(f.x + f.w - hw, c->centre.x));
    c->centre.y = 2 * hh >= f.h ? f.y + f.h / 2 : fmaxf(f.y + hh, fminf(f.y + f.h - hh, c->centre.y));
    chart_invalidate(c);
}

void reveal_frame(Chart *c, const PlayedQuestion *pq, unsigned what, float min, float max)
{
    const Question *q = &pq->q;
    if (c->rect.w <= 0 || c->rect.h <= 0)
        return;
    chart_fit(c);
    Box x = {0};
    Vec2 at;
    bool has_trp = reveal_trp_at(pq, &at);
    if ((what & FRAME_TRP) && has_trp)
        grow(&x, at);
    if ((what & FRAME_CLICK) && pq->has_click && pq->click_view == q->view)
        grow(&x, pq->click);
    if ((what & FRAME_ZONES) && q->trp) {
        grow_shape(&x, &q->trp->essential[q->side][q->view]);
        grow_shape(&x, &q->trp->spillover[q->side][q->view]);
    }
    if (what & FRAME_OUTLINE)
        grow_shape(&x, &q->muscle->outline[q->side][q->view]);
    if (what & FRAME_PAINT) {   /* all of the paint on the figure: wrong paint is never off screen */
        Rect fig = chart_figure_bounds(c);
        for (int i = 0; i < pq->npaint; i++) {
            const PaintCircle *p = &pq->paint[i];
            if (!p->erase && geom_rect_contains(fig, (Vec2){p->x, p->y})) {
                grow(&x, (Vec2){p->x - p->r, p->y - p->r});
                grow(&x, (Vec2){p->x + p->r, p->y + p->r});
            }
        }
    }
    if (q->landmark && q->landmark->has[q->side][q->view])   /* where the question started */
        grow(&x, q->landmark->at[q->side][q->view]);
    if ((what & FRAME_LANDMARKS) && has_trp) {
        RevealLandmark nr[2];
        int n = reveal_landmarks(c->atlas, q->view, at, nr);
        for (int i = 0; i < n; i++)
            grow(&x, nr[i].at);
    }
    if (x.has)
        look_at(c, &x, 4, min, max, 36);
}

void reveal_frame_question(Chart *c, const Question *q, bool trp, bool zones, float min)
{
    if (c->rect.w <= 0 || c->rect.h <= 0)
        return;
    chart_fit(c);
    if (q->landmark && q->landmark->has[q->side][q->view] && !(trp || zones)) {
        /* the landmark to start from, with room around it to find the way */
        Box x = {0};
        grow(&x, q->landmark->at[q->side][q->view]);
        look_at(c, &x, 10, min, 4, 12);
        return;
    }
    bool at = q->trp && q->trp->has_at[q->side][q->view];
    if (!(trp || zones) || !q->trp || (!at && !zones))
        return;   /* nothing shown: finding the region is part of the question */
    Box x = {0};
    if (at)
        grow(&x, q->trp->at[q->side][q->view]);
    if (zones) {   /* a view of the pattern without the X: its part of the zones */
        grow_shape(&x, &q->trp->essential[q->side][q->view]);
        grow_shape(&x, &q->trp->spillover[q->side][q->view]);
    }
    if (x.has)
        look_at(c, &x, 10, min, 4, 12);
}

/* ---- marks ------------------------------------------------------------------------- */

typedef struct Labels { Rect taken[4]; int n; } Labels;

static bool overlaps(Rect a, Rect b)
{
    return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

static void draw_label(Gfx *g, const UiTheme *t, const ChartPalette *p, Labels *ls, Vec2 at, const char *s, Rect clip)
{
    TextStyle st = ui_text(t, 12, FONT_BOLD, p->label);
    Vec2 m = text_measure(g, st, s);
    float k = t->scale, pad = 3 * k;
    float x = at.x + 8 * k, y = at.y - m.y / 2;
    if (x + m.x + pad > clip.x + clip.w)
        x = at.x - 8 * k - m.x;
    /* never past the chart's edges: a label cut off says nothing */
    x = fmaxf(clip.x + 2 * pad, fminf(x, clip.x + clip.w - m.x - 2 * pad));
    y = fmaxf(clip.y + pad, fminf(y, clip.y + clip.h - m.y - pad));
    for (int tries = 0; tries < 6; tries++) {   /* step clear of the labels already drawn */
        Rect me = {x - pad, y - pad / 2, m.x + 2 * pad, m.y + pad};
        bool hit = false;
        for (int i = 0; i < ls->n; i++)
            if (overlaps(me, ls->taken[i])) {
                hit = true;
                y = ls->taken[i].y + ls->taken[i].h + pad / 2 + 1;
            }
        if (!hit)
            break;
        if (y + m.y + pad > clip.y + clip.h)   /* no room below: above the others instead */
            y = fmaxf(clip.y + pad, at.y - m.y * (float)(tries + 2));
    }
    Rect chip = {x - pad, y - pad / 2, m.x + 2 * pad, m.y + pad};
    if (ls->n < 4)
        ls->taken[ls->n++] = chip;
    gfx_round_rect(g, chip, 4 * k, p->label_bg);
    text_draw(g, st, x, y, ALIGN_LEFT, s);
}

void reveal_draw_landmarks(Chart *c, Gfx *g, const UiTheme *t, const ChartPalette *p, View v, Vec2 at)
{
    RevealLandmark nr[2];
    int n = reveal_landmarks(c->atlas, v, at, nr);
    Labels ls = {0};
    for (int i = 0; i < n; i++) {
        Vec2 s = chart_to_screen(c, nr[i].at);
        if (!ui_hit(c->rect, s.x, s.y))
            continue;
        gfx_disc(g, s, 4.5f, p->halo);
        gfx_circle(g, s, 4.5f, 2, p->landmark);
        char name[128];
        reveal_landmark_name(nr[i].l, name, sizeof name);
        char *paren = strstr(name, " (");
        if (paren)
            *paren = 0;
        draw_label(g, t, p, &ls, s, name, c->rect);
    }
}

void reveal_draw_start(Chart *c, Gfx *g, const UiTheme *t, const ChartPalette *p, const AtlasLandmark *l, Side side,
                       const Vec2 *to)
{
    if (!l || !l->has[side][c->view])
        return;
    float k = t->scale;
    Vec2 s = chart_to_screen(c, l->at[side][c->view]);
    if (to) {   /* the way from the landmark to the trigger point, in dashes */
        Vec2 e = chart_to_screen(c, *to);
        float len = hypotf(e.x - s.x, e.y - s.y), dash = 6 * k;
        for (float d = 0; len > 0 && d < len; d += 2 * dash) {
            float d1 = fminf(d + dash, len);
            gfx_line(g, (Vec2){s.x + (e.x - s.x) * d / len, s.y + (e.y - s.y) * d / len},
                     (Vec2){s.x + (e.x - s.x) * d1 / len, s.y + (e.y - s.y) * d1 / len}, 2 * k, p->landmark);
        }
    }
    gfx_disc(g, s, 8 * k, p->halo);
    gfx_circle(g, s, 8 * k, 2.5f * k, p->landmark);
    gfx_disc(g, s, 3.5f * k, p->landmark);
    char name[128];
    reveal_landmark_name(l, name, sizeof name);
    /* without what the parentheses add: "sternal notch", "spine of the scapula" */
    char *paren = strstr(name, " (");
    char *close = paren ? strchr(paren, ')') : NULL;
    if (close)
        memmove(paren, close + 1, strlen(close + 1) + 1);
    else if (paren)
        *paren = 0;
    /* the name clear of the ring, on the right unless the chart's edge is there */
    float w = text_measure(g, ui_text(t, 12, FONT_BOLD, p->label), name).x + 3 * k;
    bool right = s.x + 12 * k + w <= c->rect.x + c->rect.w;
    Labels ls = {0};
    draw_label(g, t, p, &ls, (Vec2){s.x + (right ? 4 : -4) * k, s.y}, name, c->rect);
}

void reveal_draw_click(Chart *c, Gfx *g, const UiTheme *t, const ChartPalette *p, Vec2 click, const Vec2 *trp)
{
    float k = t->scale;
    Vec2 s = chart_to_screen(c, click);
    if (trp)
        gfx_line(g, s, chart_to_screen(c, *trp), 2 * k, gfx_alpha(p->click, 0.7f));
    gfx_disc(g, s, 6 * k, p->halo);
    gfx_disc(g, s, 4.5f * k, p->click);
}
