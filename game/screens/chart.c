/* chart: camera, cached drawing and hit tests of a body chart. Body space is y-up cm;
 * screen space is y-down logical units: screen = rect centre + (body - centre) * scale with
 * y flipped. The base picture (silhouette, bones, muscles deep to superficial with their
 * fibres, details, landmarks) is drawn into a layer and reused; zones, trigger points,
 * answers and the layer control are drawn over it every frame. */
#include "screens/chart.h"
#include "screens/chart_internal.h"
#include "engine/text.h"
#include "engine/array.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#define MARGIN_CM 3.0f

void chart_init(Chart *c, const Atlas *a, View v)
{
    memset(c, 0, sizeof *c);
    c->atlas = a;
    c->view = v;
    c->zoom = 1;
    c->show_landmarks = false;
    c->show_sides = true;
    c->depth = LAYER_DEEP;
}

void chart_free(Chart *c)
{
    gfx_layer_destroy(c->layer);
    gfx_layer_destroy(c->over);
    free(c->tmp);
    memset(c, 0, sizeof *c);
}

void chart_invalidate(Chart *c) { c->layer_ok = false; }

static Rect figure_bounds(const Chart *c)
{
    Rect b = {-32, -1, 64, 172};
    const Shape *s = c->atlas ? &c->atlas->views[c->view].silhouette : NULL;
    if (s && s->count > 0) {
        b = geom_polygon_bounds(s->polys[0].pts, s->polys[0].n);
        for (int i = 1; i < s->count; i++) {
            Rect r = geom_polygon_bounds(s->polys[i].pts, s->polys[i].n);
            float x1 = fmaxf(b.x + b.w, r.x + r.w), y1 = fmaxf(b.y + b.h, r.y + r.h);
            b.x = fminf(b.x, r.x); b.y = fminf(b.y, r.y);
            b.w = x1 - b.x; b.h = y1 - b.y;
        }
    }
    return (Rect){b.x - MARGIN_CM, b.y - MARGIN_CM, b.w + 2 * MARGIN_CM, b.h + 2 * MARGIN_CM};
}

Rect chart_figure_bounds(const Chart *c) { return figure_bounds(c); }

void chart_fit(Chart *c)
{
    Rect b = figure_bounds(c);
    float sx = c->rect.w / b.w, sy = c->rect.h / b.h;
    c->fit_scale = fmaxf(0.01f, fminf(sx, sy));
    c->zoom = 1;
    c->centre = (Vec2){b.x + b.w / 2, b.y + b.h / 2};
    c->moved = false;
    c->moving = false;   /* a camera the screen sets is drawn at once */
    c->layer_ok = false;
}

void chart_set_view(Chart *c, View v)
{
    if (c->view == v)
        return;
    c->view = v;
    chart_fit(c);
}

void chart_set_rect(Chart *c, Rect r)
{
    bool never = c->fit_scale == 0;
    bool changed = r.x != c->rect.x || r.y != c->rect.y || r.w != c->rect.w || r.h != c->rect.h;
    if (!changed && !never)
        return;
    float old_zoom = c->zoom;
    Vec2 old_centre = c->centre;
    c->rect = r;
    chart_fit(c);
    if (!never) {   /* keep what the player was looking at */
        c->zoom = old_zoom;
        c->centre = old_centre;
    }
    gfx_layer_destroy(c->layer);
    gfx_layer_destroy(c->over);
    c->layer = c->over = NULL;
    c->layer_ok = c->over_ok = false;
}

static float scale_of(const Chart *c) { return c->fit_scale * c->zoom; }

Vec2 chart_to_screen(const Chart *c, Vec2 b)
{
    float s = scale_of(c);
    return (Vec2){c->rect.x + c->rect.w / 2 + (b.x - c->centre.x) * s,
                  c->rect.y + c->rect.h / 2 - (b.y - c->centre.y) * s};
}

Vec2 chart_to_body(const Chart *c, Vec2 p)
{
    float s = scale_of(c);
    return (Vec2){c->centre.x + (p.x - c->rect.x - c->rect.w / 2) / s,
                  c->centre.y - (p.y - c->rect.y - c->rect.h / 2) / s};
}

float chart_cm(const Chart *c, float cm) { return cm * scale_of(c); }

void chart_zoom_at(Chart *c, Vec2 screen, float factor)
{
    float z = c->zoom * factor;
    if (z < 0.5f) z = 0.5f;
    if (z > 12) z = 12;
    Vec2 before = chart_to_body(c, screen);
    c->zoom = z;
    Vec2 after = chart_to_body(c, screen);
    /* keep the body point under the pointer where it was */
    c->centre.x += before.x - after.x;
    c->centre.y += before.y - after.y;
    chart_camera_moved(c);
}

void chart_pan(Chart *c, float dx, float dy)
{
    float s = scale_of(c);
    c->centre.x -= dx / s;
    c->centre.y += dy / s;
    Rect b = figure_bounds(c);   /* never lose the figure entirely */
    c->centre.x = fmaxf(b.x, fminf(b.x + b.w, c->centre.x));
    c->centre.y = fmaxf(b.y, fminf(b.y + b.h, c->centre.y));
    chart_camera_moved(c);
}

void chart_set_depth(Chart *c, AtlasLayer depth)
{
    if (depth < LAYER_SUPERFICIAL || depth >= LAYER_COUNT)
        depth = LAYER_DEEP;
    c->depth = depth;
}

void chart_show_muscle(Chart *c, const AtlasMuscle *m, Side side, bool focus)
{
    chart_set_depth(c, m ? m->layer : LAYER_DEEP);
    c->focus = m && focus ? m : NULL;
    c->focus_side = side;
}

static bool control_shown(const Chart *c)
{
    return c->layer_control && c->detail == CHART_FULL;
}

bool chart_event(Chart *c, const InputEvent *e, bool arrows_pan)
{
    Vec2 mid = {c->rect.x + c->rect.w / 2, c->rect.y + c->rect.h / 2};
    if (control_shown(c)) {
        if (e->type == EV_KEY_DOWN && e->key == KEY_D) {
            chart_set_depth(c, (AtlasLayer)((c->depth + 1) % LAYER_COUNT));
            return true;
        }
        if (e->type == EV_POINTER_DOWN && (e->button == BUTTON_LEFT || e->button == BUTTON_TOUCH))
            for (int l = 0; l < LAYER_COUNT; l++)
                if (c->layer_btn[l].w > 0 && ui_hit(c->layer_btn[l], e->x, e->y)) {
                    chart_set_depth(c, (AtlasLayer)l);
                    return true;
                }
    }
    switch (e->type) {
    case EV_WHEEL:
        if (!ui_hit(c->rect, e->x, e->y) || e->dy == 0)
            return false;
        chart_zoom_at(c, (Vec2){e->x, e->y}, powf(1.15f, e->dy));
        return true;
    case EV_PINCH:
        chart_zoom_at(c, (Vec2){e->x, e->y}, e->scale);
        return true;
    case EV_POINTER_DOWN:
        if ((e->button == BUTTON_RIGHT || e->button == BUTTON_MIDDLE) && ui_hit(c->rect, e->x, e->y)) {
            c->dragging = true;
            c->drag_last = (Vec2){e->x, e->y};
            c->drag_button = e->button;
        }
        return false;
    case EV_POINTER_MOVE:
        if (!c->dragging)
            return false;
        chart_pan(c, e->x - c->drag_last.x, e->y - c->drag_last.y);
        c->drag_last = (Vec2){e->x, e->y};
        return true;
    case EV_POINTER_UP:
        if (c->dragging && e->button == c->drag_button) c->dragging = false;
        return false;
    case EV_KEY_DOWN:
        switch (e->key) {
        case KEY_PLUS: chart_zoom_at(c, mid, 1.25f); return true;
        case KEY_MINUS: chart_zoom_at(c, mid, 0.8f); return true;
        case KEY_0: chart_fit(c); return true;
        case KEY_LEFT: if (arrows_pan) { chart_pan(c, 40, 0); return true; } return false;
        case KEY_RIGHT: if (arrows_pan) { chart_pan(c, -40, 0); return true; } return false;
        case KEY_UP: if (arrows_pan) { chart_pan(c, 0, 40); return true; } return false;
        case KEY_DOWN: if (arrows_pan) { chart_pan(c, 0, -40); return true; } return false;
        default: return false;
        }
    default:
        return false;
    }
}

/* ---- drawing ----------------------------------------------------------------------- */

static Vec2 *screen_points(Chart *c, const Polygon *p)
{
    Vec2 *t = p->n > 0 ? array_grow(c->tmp, &c->cap_tmp, p->n, sizeof *t) : c->tmp;
    if (!t)
        return NULL;
    c->tmp = t;
    for (int i = 0; i < p->n; i++)
        c->tmp[i] = chart_to_screen(c, p->pts[i]);
    return c->tmp;
}

void chart_draw_shape(Chart *c, Gfx *g, const Shape *s, Color fill, Color edge)
{
    for (int i = 0; s && i < s->count; i++) {
        Vec2 *pts = screen_points(c, &s->polys[i]);
        if (!pts)
            return;
        if (fill.a) gfx_fill_polygon(g, pts, s->polys[i].n, fill);
        if (edge.a) gfx_polyline(g, pts, s->polys[i].n, 1.2f, true, edge);
    }
}

void chart_draw_stipple(Chart *c, Gfx *g, const Shape *s, Color fill, Color dots)
{
    float spacing = fmaxf(4.0f, chart_cm(c, 1.1f));
    float dot = fmaxf(1.6f, spacing * 0.28f);
    for (int i = 0; s && i < s->count; i++) {
        Vec2 *pts = screen_points(c, &s->polys[i]);
        if (!pts)
            return;
        int n = s->polys[i].n;
        if (fill.a) gfx_fill_polygon(g, pts, n, fill);
        gfx_stipple_polygon(g, pts, n, spacing, dot, dots);
    }
}

void chart_draw_trp(Chart *c, Gfx *g, Vec2 body, float size, Color col)
{
    Vec2 p = chart_to_screen(c, body);
    float h = fmaxf(5.0f, chart_cm(c, size)) / 2;
    Color halo = RGBA(255, 255, 255, 220);
    for (int pass = 0; pass < 2; pass++) {
        float w = pass ? 2.6f : 5.0f;
        Color k = pass ? col : halo;
        gfx_line(g, (Vec2){p.x - h, p.y - h}, (Vec2){p.x + h, p.y + h}, w, k);
        gfx_line(g, (Vec2){p.x - h, p.y + h}, (Vec2){p.x + h, p.y - h}, w, k);
    }
}

static const Shape *silhouette(const Chart *c) { return &c->atlas->views[c->view].silhouette; }

/* The figure is large, so it is filled as runs of pixels (gfx_fill_polygon), which needs no
 * triangles: triangulating its outline (ear clipping, quadratic in its points) was a tenth
 * of the start-up's CPU time, for triangles that were never drawn. */
static void fill_silhouette(Chart *c, Gfx *g, Color fill)
{
    const Shape *s = silhouette(c);
    for (int i = 0; i < s->count; i++) {
        Vec2 *pts = screen_points(c, &s->polys[i]);
        if (!pts)
            return;
        gfx_fill_polygon(g, pts, s->polys[i].n, fill);
    }
}

void chart_draw_muscle(Chart *c, Gfx *g, const ChartPalette *p, const AtlasMuscle *m, Side side)
{
    chart_draw_shape(c, g, &m->outline[side][c->view], p->highlight, p->muscle_edge);
}

static void draw_lines(Chart *c, Gfx *g, const Shape *s, float width, bool closed, Color col)
{
    for (int i = 0; i < s->count; i++) {
        Vec2 *pts = screen_points(c, &s->polys[i]);
        if (pts)
            gfx_polyline(g, pts, s->polys[i].n, width, closed, col);
    }
}

bool chart_landmark_shown(const Chart *c, const AtlasLandmark *l, Side s)
{
    if (!l->has[s][c->view])
        return false;
    if (!atlas_view_has_arm(c->atlas, c->view))
        return true;
    /* an arm landmark goes with the arm; a trunk landmark the drawn arm covers is not shown */
    return l->arm ? !c->hide_arm : c->hide_arm || !atlas_in_arm(c->atlas, c->view, l->at[s][c->view]);
}

/* Landmarks of one layer (the arm's, or the rest). */
static void draw_landmarks(Chart *c, Gfx *g, const ChartPalette *p, bool arm)
{
    if (c->detail == CHART_BARE || !c->show_landmarks)
        return;
    bool has_arm = atlas_view_has_arm(c->atlas, c->view);
    for (int i = 0; i < c->atlas->nlandmarks; i++)
        for (int s = 0; s < SIDE_COUNT; s++) {
            const AtlasLandmark *l = &c->atlas->landmarks[i];
            if ((has_arm && l->arm != arm) || !chart_landmark_shown(c, l, (Side)s))
                continue;
            Vec2 q = chart_to_screen(c, l->at[s][c->view]);
            gfx_disc(g, q, 3.2f, RGBA(255, 255, 255, 230));
            gfx_circle(g, q, 3.2f, 1.5f, p->landmark);
        }
}

/* ---- bones and muscles, layer by layer -------------------------------------------- */

static void draw_bones(Chart *c, Gfx *g, const ChartPalette *p)
{
    const Atlas *a = c->atlas;
    for (int i = 0; i < a->nbones; i++) {
        const AtlasBone *b = &a->bones[i];
        for (int s = 0; s < (b->midline ? 1 : SIDE_COUNT); s++) {
            chart_draw_shape(c, g, &b->outline[s][c->view], p->bone, p->bone_edge);
            const Shape *ln = &b->lines[s][c->view];
            for (int k = 0; k < ln->count; k++) {
                Vec2 *pts = screen_points(c, &ln->polys[k]);
                if (pts)
                    gfx_polyline(g, pts, ln->polys[k].n, 1.3f, false, p->bone_edge);
            }
        }
    }
}

/* Fibre strokes: the guide lines of the atlas and, between two neighbouring guides, a few
 * lines made by blending them point by point (a fan between two edges of a fan-shaped
 * muscle), as many as fit at about 9 units apart on screen, at most 4, their ends kept a
 * little off the muscle's edge. */
#define FIBRE_SAMPLES 12
#define FIBRE_GAP 9.0f

/* body-space points evenly spaced along the polyline, by length */
static void resample(const Polygon *p, Vec2 out[FIBRE_SAMPLES])
{
    float len = 0;
    for (int i = 1; i < p->n; i++)
        len += hypotf(p->pts[i].x - p->pts[i - 1].x, p->pts[i].y - p->pts[i - 1].y);
    int seg = 1;
    float done = 0;
    for (int k = 0; k < FIBRE_SAMPLES; k++) {
        float want = len * (float)k / (FIBRE_SAMPLES - 1);
        for (;;) {
            float step = hypotf(p->pts[seg].x - p->pts[seg - 1].x, p->pts[seg].y - p->pts[seg - 1].y);
            if (seg >= p->n - 1 || done + step >= want)
                break;
            done += step;
            seg++;
        }
        Vec2 a = p->pts[seg - 1], b = p->pts[seg];
        float l = hypotf(b.x - a.x, b.y - a.y), t = l > 0 ? fminf(1, (want - done) / l) : 0;
        out[k] = (Vec2){a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t};
    }
}

static void blend(const Vec2 *a, const Vec2 *b, float t, Vec2 *out)
{
    for (int k = 0; k < FIBRE_SAMPLES; k++)
        out[k] = (Vec2){a[k].x + (b[k].x - a[k].x) * t, a[k].y + (b[k].y - a[k].y) * t};
}

static bool inside_shape(const Shape *s, Vec2 p)
{
    for (int i = 0; i < s->count; i++)
        if (geom_point_in_polygon(p, s->polys[i].pts, s->polys[i].n))
            return true;
    return false;
}

static void fibre_stroke(Chart *c, Gfx *g, const Vec2 *body, Color col)
{
    Vec2 pts[FIBRE_SAMPLES];
    for (int k = 0; k < FIBRE_SAMPLES; k++)
        pts[k] = chart_to_screen(c, body[k]);
    /* ends pulled in: strokes suggest the fibres, they do not reach the edge */
    Vec2 s = pts[0], e = pts[FIBRE_SAMPLES - 1];
    pts[0] = (Vec2){s.x + (pts[1].x - s.x) * 0.6f, s.y + (pts[1].y - s.y) * 0.6f};
    pts[FIBRE_SAMPLES - 1] = (Vec2){e.x + (pts[FIBRE_SAMPLES - 2].x - e.x) * 0.6f,
                                    e.y + (pts[FIBRE_SAMPLES - 2].y - e.y) * 0.6f};
    gfx_polyline(g, pts, FIBRE_SAMPLES, 0.9f, false, col);
}

/* Two neighbouring guides are blended only when the line halfway between them lies wholly
 * inside the muscle: guides on two heads (gastrocnemius) or either side of a split
 * (hamstrings) stay apart. */
static void draw_fibres(Chart *c, Gfx *g, const Shape *f, const Shape *outline, Color col)
{
    Vec2 prev[FIBRE_SAMPLES] = {{0, 0}}, cur[FIBRE_SAMPLES], mid[FIBRE_SAMPLES];
    bool have_prev = false;
    for (int i = 0; i < f->count; i++) {
        if (f->polys[i].n < 2)
            continue;
        resample(&f->polys[i], cur);
        fibre_stroke(c, g, cur, col);
        if (have_prev) {
            blend(prev, cur, 0.5f, mid);
            bool inside = true;
            for (int k = 1; k < FIBRE_SAMPLES - 1 && inside; k++)
                inside = inside_shape(outline, mid[k]);
            float gap = chart_cm(c, hypotf(cur[FIBRE_SAMPLES / 2].x - prev[FIBRE_SAMPLES / 2].x,
                                           cur[FIBRE_SAMPLES / 2].y - prev[FIBRE_SAMPLES / 2].y));
            int n = inside ? (int)(gap / FIBRE_GAP) - 1 : 0;
            n = n < 0 ? 0 : n > 4 ? 4 : n;
            for (int k = 1; k <= n; k++) {
                blend(prev, cur, (float)k / (float)(n + 1), mid);
                fibre_stroke(c, g, mid, col);
            }
        }
        memcpy(prev, cur, sizeof prev);
        have_prev = true;
    }
}

static Color opacity(Color c, float a)
{
    c.a = (uint8_t)(255 * fmaxf(0, fminf(1, a)));
    return c;
}

static Color layer_tone(const ChartPalette *p, AtlasLayer l)
{
    float deep = l == LAYER_SUPERFICIAL ? 0 : l == LAYER_INTERMEDIATE ? 0.5f : 1;
    return opacity(gfx_mix(p->muscle, p->muscle_deep, deep), 1);
}

/* How a muscle is drawn: the deepest layer shown is solid with its fibres; the layers over it
 * are glass (a faint fill and their outline), so what lies beneath shows through and what
 * lies on top stays readable; the muscle in focus is solid over everything, the others
 * faded. */
typedef enum MuscleLook { LOOK_SOLID, LOOK_GLASS, LOOK_FADED } MuscleLook;

static void draw_one_muscle(Chart *c, Gfx *g, const ChartPalette *p, const AtlasMuscle *m, Side s, MuscleLook look)
{
    const Shape *o = &m->outline[s][c->view];
    if (o->count == 0)
        return;
    Color tone = layer_tone(p, m->layer);
    static const float fill_a[] = {0.5f, 0.1f, 0.07f}, edge_a[] = {0.9f, 0.75f, 0.28f};
    chart_draw_shape(c, g, o, opacity(tone, fill_a[look]), (Color){0});
    if (look == LOOK_SOLID)
        draw_fibres(c, g, &m->fibres[s][c->view], o, opacity(gfx_mix(tone, p->muscle_edge, 0.6f), 0.45f));
    chart_draw_shape(c, g, o, (Color){0}, gfx_alpha(p->muscle_edge, edge_a[look]));
}

/* The muscles of one layer of the figure: those that ride on the side view's arm, or the
 * others (every muscle in a view without an arm). */
static void draw_muscles(Chart *c, Gfx *g, const ChartPalette *p, bool arm)
{
    const Atlas *a = c->atlas;
    const AtlasMuscle *focus = c->drawn_focus;
    for (int l = LAYER_DEEP; l >= LAYER_SUPERFICIAL; l--)
        for (int s = 0; s < SIDE_COUNT; s++) {
            /* a split chart shows the client's left side as the superficial layer alone */
            int depth = c->split && s == SIDE_LEFT ? LAYER_SUPERFICIAL : (int)c->depth;
            if (l > depth)
                continue;
            MuscleLook look = focus ? LOOK_FADED : l == depth ? LOOK_SOLID : LOOK_GLASS;
            for (int i = 0; i < a->nmuscles; i++) {
                const AtlasMuscle *m = &a->muscles[i];
                if ((int)m->layer == l && m->on_arm[s][c->view] == arm && (m != focus || s != (int)c->drawn_focus_side))
                    draw_one_muscle(c, g, p, m, (Side)s, look);
            }
        }
    if (focus && focus->on_arm[c->drawn_focus_side][c->view] == arm)   /* over every layer, whatever its own */
        draw_one_muscle(c, g, p, focus, c->drawn_focus_side, LOOK_SOLID);
}

void chart_figure_draw(Chart *c, Gfx *g, const ChartPalette *p)
{
    const AtlasView *v = &c->atlas->views[c->view];
    fill_silhouette(c, g, p->skin);
    if (c->detail != CHART_BARE)
        draw_bones(c, g, p);
    if (c->detail == CHART_FULL)
        draw_muscles(c, g, p, false);
    draw_lines(c, g, &v->details, 1.1f, false, p->detail);
    draw_lines(c, g, &v->silhouette, 1.6f, true, p->skin_edge);
    draw_landmarks(c, g, p, false);
    /* the side view's near arm, over the trunk, unless the chart shows what lies under it */
    if (v->arm.count && !c->hide_arm) {
        for (int i = 0; i < v->arm.count; i++) {
            Vec2 *pts = screen_points(c, &v->arm.polys[i]);
            if (pts)
                gfx_fill_polygon(g, pts, v->arm.polys[i].n, p->skin);
        }
        if (c->detail == CHART_FULL)
            draw_muscles(c, g, p, true);
        draw_lines(c, g, &v->arm_details, 1.1f, false, p->detail);
        draw_lines(c, g, &v->arm, 1.6f, true, p->skin_edge);
        draw_landmarks(c, g, p, true);
    }
}

void chart_set_arm_hidden(Chart *c, bool hidden)
{
    if (c->hide_arm != hidden) {
        c->hide_arm = hidden;
        c->layer_ok = false;
    }
}

/* Drawn every frame, so drawn cheaply: opaque rectangles and cached strings (a rounded,
 * shadowed button costs about a tenth of a millisecond in software). */
void chart_draw_layer_control(Chart *c, Gfx *g, const UiTheme *t)
{
    static const char *const labels[LAYER_COUNT] = {"Superficial", "+ Deeper", "All layers"};
    memset(c->layer_btn, 0, sizeof c->layer_btn);
    float k = t->scale, bw = 92 * k, bh = 22 * k, pad = 8 * k, line = fmaxf(1, k);
    if (!control_shown(c) || c->rect.w < bw * 2.5f || c->rect.h < 6 * bh)
        return;
    float x = c->rect.x + c->rect.w - bw - pad, y = c->rect.y + c->rect.h - pad - LAYER_COUNT * bh;
    TextStyle head = {11 * k, FONT_BOLD, t->text_dim};
    text_draw(g, head, x + bw / 2, y - 3 * k, ALIGN_CENTER | ALIGN_BOTTOM, "Layers (D)");
    Rect box = {x - line, y - line, bw + 2 * line, LAYER_COUNT * bh + 2 * line};
    gfx_fill_rect(g, box, t->panel_border);
    for (int l = 0; l < LAYER_COUNT; l++) {
        Rect r = {x, y + (float)l * bh, bw, bh - (l < LAYER_COUNT - 1 ? line : 0)};
        bool on = (int)c->depth == l;
        gfx_fill_rect(g, r, on ? t->accent : t->panel);
        TextStyle st = {12 * k, on ? FONT_BOLD : FONT_REGULAR, on ? t->accent_text : t->text};
        text_draw(g, st, r.x + r.w / 2, r.y + r.h / 2, ALIGN_CENTER | ALIGN_MIDDLE, labels[l]);
        c->layer_btn[l] = (Rect){x, y + (float)l * bh, bw, bh};
    }
}

void chart_draw_zones(Chart *c, Gfx *g, const ChartPalette *p, const AtlasTrp *t, Side side)
{
    gfx_clip_push(g, c->rect);
    chart_draw_stipple(c, g, &t->spillover[side][c->view], gfx_alpha(p->spillover, 0.35f),
                       p->essential);
    chart_draw_shape(c, g, &t->essential[side][c->view], gfx_alpha(p->essential, 0.85f),
                     gfx_alpha(p->essential, 1));
    gfx_clip_pop(g);
}

Rect chart_legend_rect(const UiTheme *t, Vec2 at, float w, float h)
{
    float pad = 6 * t->scale;
    return (Rect){at.x - pad, at.y - pad, w + 2 * pad, h + 2 * pad};
}

void chart_draw_legend(Chart *c, Gfx *g, const ChartPalette *p, const UiTheme *t, Vec2 at)
{
    TextStyle st = ui_text(t, 13, FONT_REGULAR, p->text);
    float k = t->scale, sw = 16 * k, lh = text_line_height(g, st) + 4 * k;
    /* on a card of the chart's own paper, so the words read over the figure */
    float tw = fmaxf(text_measure(g, st, "essential pain zone").x, text_measure(g, st, "spillover zone").x);
    gfx_round_rect(g, chart_legend_rect(t, at, sw + 6 * k + tw, 2 * lh + sw * 0.7f), 6 * k, gfx_alpha(p->chart_bg, 0.92f));
    Rect box = {at.x, at.y, sw, sw * 0.7f};
    gfx_fill_rect(g, box, gfx_alpha(p->essential, 0.85f));
    text_draw(g, st, at.x + sw + 6 * k, at.y + box.h / 2, ALIGN_MIDDLE, "essential pain zone");
    box.y += lh;
    gfx_fill_rect(g, box, gfx_alpha(p->spillover, 0.35f));
    for (int i = 0; i < 3; i++)
        for (int j = 0; j < 2; j++)
            gfx_fill_rect(g, (Rect){box.x + 2 + (float)i * 5 * k, box.y + 2 + (float)j * 5 * k, 2 * k, 2 * k}, p->essential);
    text_draw(g, st, at.x + sw + 6 * k, box.y + box.h / 2, ALIGN_MIDDLE, "spillover zone");
    (void)c;
    Vec2 xpos = {at.x + sw / 2, box.y + lh + box.h / 2};
    float h = 5 * k;
    gfx_line(g, (Vec2){xpos.x - h, xpos.y - h}, (Vec2){xpos.x + h, xpos.y + h}, 2.4f, p->trp);
    gfx_line(g, (Vec2){xpos.x - h, xpos.y + h}, (Vec2){xpos.x + h, xpos.y - h}, 2.4f, p->trp);
    text_draw(g, st, at.x + sw + 6 * k, xpos.y, ALIGN_MIDDLE, "trigger point");
}

/* One legend item at (x, y), its swatch then its words: 0 essential, 1 spillover, 2 trigger point. */
static void legend_item(Gfx *g, const ChartPalette *p, TextStyle st, float sw, float x, float y, int i,
                        const char *label)
{
    float k = st.size / 13.0f;
    Rect box = {x, y - sw * 0.35f, sw, sw * 0.7f};
    if (i == 0) {
        gfx_fill_rect(g, box, gfx_alpha(p->essential, 0.85f));
    } else if (i == 1) {
        gfx_fill_rect(g, box, gfx_alpha(p->spillover, 0.35f));
        for (int a = 0; a < 3; a++)
            for (int b = 0; b < 2; b++)
                gfx_fill_rect(g, (Rect){box.x + 2 + (float)a * 5 * k, box.y + 2 + (float)b * 5 * k, 2 * k, 2 * k},
                              p->essential);
    } else {
        float h = 5 * k, cx = x + sw / 2;
        gfx_line(g, (Vec2){cx - h, y - h}, (Vec2){cx + h, y + h}, 2.4f, p->trp);
        gfx_line(g, (Vec2){cx - h, y + h}, (Vec2){cx + h, y - h}, 2.4f, p->trp);
    }
    text_draw(g, st, x + sw + 6 * k, y, ALIGN_MIDDLE, label);
}

float chart_legend_strip(Gfx *g, const ChartPalette *p, const UiTheme *t, Rect band, bool draw)
{
    static const char *const labels[3] = {"essential pain zone", "spillover zone", "trigger point"};
    TextStyle st = ui_text(t, 13, FONT_REGULAR, p->text);
    float k = t->scale, sw = 16 * k, gap = 18 * k, pad = 10 * k, lh = text_line_height(g, st) + 6 * k;
    float x = band.x + pad, y = band.y + 4 * k + lh / 2, h = 8 * k + lh;
    for (int i = 0; i < 3; i++) {
        float w = sw + 6 * k + text_measure(g, st, labels[i]).x;
        if (i && x + w > band.x + band.w - pad) {   /* wrap */
            x = band.x + pad;
            y += lh;
            h += lh;
        }
        if (draw)
            legend_item(g, p, st, sw, x, y, i, labels[i]);
        x += w + gap;
    }
    return h;
}

/* ---- hit tests --------------------------------------------------------------------- */

static bool in_shape(const Shape *s, Vec2 b, float *area)
{
    for (int i = 0; i < s->count; i++)
        if (geom_point_in_polygon(b, s->polys[i].pts, s->polys[i].n)) {
            if (area) *area = fabsf(geom_polygon_area(s->polys[i].pts, s->polys[i].n));
            return true;
        }
    return false;
}

const AtlasMuscle *chart_hit_muscle(const Chart *c, Vec2 screen, Side *side)
{
    if (!c->atlas || !ui_hit(c->rect, screen.x, screen.y))
        return NULL;
    Vec2 b = chart_to_body(c, screen);
    const AtlasMuscle *best = NULL;
    float best_area = INFINITY;
    bool on_arm = !c->hide_arm && atlas_in_arm(c->atlas, c->view, b);
    const AtlasMuscle *focus = c->focus ? c->focus : c->highlight;
    for (int i = 0; i < c->atlas->nmuscles; i++)
        for (int s = 0; s < SIDE_COUNT; s++) {
            const AtlasMuscle *m = &c->atlas->muscles[i];
            int depth = c->split && s == SIDE_LEFT ? LAYER_SUPERFICIAL : (int)c->depth;
            if ((int)m->layer > depth && m != focus)
                continue;   /* not drawn: a hidden layer is not what the player points at */
            float a;
            /* what the drawn arm covers is the arm's; a hidden arm's muscles are not there */
            bool arm = c->atlas->muscles[i].on_arm[s][c->view];
            if ((arm && c->hide_arm) || (on_arm && !arm))
                continue;
            /* the smallest outline wins: a small muscle drawn over a big one is what the
             * player points at */
            if (in_shape(&m->outline[s][c->view], b, &a) && a < best_area) {
                best = &c->atlas->muscles[i];
                best_area = a;
                if (side) *side = (Side)s;
            }
        }
    return best;
}

const AtlasArea *chart_hit_area(const Chart *c, Vec2 screen)
{
    if (!c->atlas || !ui_hit(c->rect, screen.x, screen.y))
        return NULL;
    Vec2 b = chart_to_body(c, screen);
    if (!in_shape(&c->atlas->views[c->view].silhouette, b, NULL))
        return NULL;
    /* in a side view, the arm's areas over the drawn arm, the trunk's elsewhere */
    bool has_arm = atlas_view_has_arm(c->atlas, c->view);
    bool on_arm = has_arm && !c->hide_arm && atlas_in_arm(c->atlas, c->view, b);
    for (int i = 0; i < c->atlas->nareas; i++)
        if ((!has_arm || c->atlas->areas[i].arm == on_arm) && in_shape(&c->atlas->areas[i].shape[c->view], b, NULL))
            return &c->atlas->areas[i];
    return NULL;
}

bool chart_draw_emblem(Gfx *g, const Atlas *a, const ChartPalette *p, Rect box)
{
    if (!a || a->views[VIEW_POSTERIOR].silhouette.count == 0)
        return false;
    Chart c;
    chart_init(&c, a, VIEW_POSTERIOR);
    c.detail = CHART_LANDMARKS;   /* the bones, no landmark dots, no muscles */
    c.rect = box;
    chart_fit(&c);
    chart_draw(&c, g, p);
    const AtlasTrp *t = atlas_trp(a, "upper_trapezius_1", NULL);
    if (t) {
        chart_draw_zones(&c, g, p, t, SIDE_RIGHT);
        if (t->has_at[SIDE_RIGHT][VIEW_POSTERIOR])
            chart_draw_trp(&c, g, t->at[SIDE_RIGHT][VIEW_POSTERIOR], 2.2f, p->trp);
    }
    chart_free(&c);
    return true;
}
