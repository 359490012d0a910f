/* paint: circles in body space grouped into strokes; the grid is rebuilt from them after
 * each change for scoring. A Clear moves the circles aside instead of dropping them, so
 * undo can bring them back. */
#include "screens/paint.h"
#include "screens/reveal_verdicts.h"
#include "engine/array.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

void paint_init(Paint *p) { memset(p, 0, sizeof *p); }

static void drop_cleared(Paint *p)
{
    for (int i = 0; i < p->ncleared; i++) {
        free(p->cleared[i].circles);
        free(p->cleared[i].strokes);
    }
    p->ncleared = 0;
}

void paint_free(Paint *p)
{
    drop_cleared(p);
    free(p->cleared);
    free(p->circles);
    free(p->strokes);
    free(p->grid);
    if (p->look) {
        paint_canvas_free(p->look);
        free(p->look);
    }
    if (p->verdicts) {
        verdict_free(p->verdicts);
        free(p->verdicts);
    }
    memset(p, 0, sizeof *p);
}

void paint_clear(Paint *p)
{
    p->n = p->nstrokes = 0;
    p->in_stroke = false;
    p->grid_ok = false;
    p->version++;
    drop_cleared(p);
}

bool paint_wipe(Paint *p)
{
    paint_stroke_end(p);
    if (p->n == 0)
        return false;
    PaintCleared *c = array_grow(p->cleared, &p->capcleared, p->ncleared + 1, sizeof *c);
    if (!c)
        return false;
    p->cleared = c;
    PaintCleared k = {malloc(sizeof *k.circles * (size_t)p->n), p->n,
                      malloc(sizeof *k.strokes * (size_t)(p->nstrokes + 1)), p->nstrokes};
    if (!k.circles || !k.strokes) {
        free(k.circles);
        free(k.strokes);
        return false;
    }
    memcpy(k.circles, p->circles, sizeof *k.circles * (size_t)p->n);
    memcpy(k.strokes, p->strokes, sizeof *k.strokes * (size_t)p->nstrokes);
    p->cleared[p->ncleared++] = k;
    p->n = p->nstrokes = 0;
    p->grid_ok = false;
    p->version++;
    return true;
}

bool paint_empty(const Paint *p)
{
    for (int i = 0; i < p->n; i++)
        if (!p->circles[i].erase)
            return false;
    return true;
}

static bool push_stroke(Paint *p)
{
    int *s = array_grow(p->strokes, &p->capstrokes, p->nstrokes + 1, sizeof *s);
    if (!s)
        return false;
    p->strokes = s;
    p->strokes[p->nstrokes++] = p->n;
    return true;
}

static bool push_circle(Paint *p, PaintCircle c)
{
    if (p->n >= PAINT_MAX)
        return false;
    PaintCircle *n = array_grow(p->circles, &p->cap, p->n + 1, sizeof *n);
    if (!n)
        return false;
    p->circles = n;
    p->circles[p->n++] = c;
    p->grid_ok = false;
    return true;
}

bool paint_copy(Paint *dst, const PaintCircle *circles, int n)
{
    paint_clear(dst);
    if (n > 0 && !push_stroke(dst))
        return false;
    for (int i = 0; i < n; i++)
        if (!push_circle(dst, circles[i]))
            return false;
    return true;
}

void paint_stroke_begin(Paint *p)
{
    if (!p->in_stroke && push_stroke(p))
        p->in_stroke = true;
}

bool paint_add(Paint *p, Vec2 b, float r, bool erase)
{
    bool single = !p->in_stroke;
    if (single)
        paint_stroke_begin(p);
    bool ok = true;
    int first = p->nstrokes ? p->strokes[p->nstrokes - 1] : 0;
    if (p->n > first) {   /* fill the gap from the previous circle of this stroke */
        PaintCircle last = p->circles[p->n - 1];
        float dx = b.x - last.x, dy = b.y - last.y, d = sqrtf(dx * dx + dy * dy);
        float step = fmaxf(0.25f, r * 0.5f);
        int k = (int)(d / step);
        for (int i = 1; i < k && ok && i < 400; i++) {
            float t = (float)i / (float)k;
            ok = push_circle(p, (PaintCircle){last.x + dx * t, last.y + dy * t, r, erase});
        }
    }
    if (ok)
        ok = push_circle(p, (PaintCircle){b.x, b.y, r, erase});
    if (single)
        paint_stroke_end(p);
    return ok;
}

void paint_stroke_end(Paint *p)
{
    if (!p->in_stroke)
        return;
    p->in_stroke = false;
    if (p->nstrokes && p->strokes[p->nstrokes - 1] == p->n)
        p->nstrokes--;   /* an empty stroke leaves nothing to undo */
}

/* Puts back what the last Clear took (the paint is empty: every stroke after it is undone). */
static bool unwipe(Paint *p)
{
    PaintCleared *k = &p->cleared[p->ncleared - 1];
    PaintCircle *c = array_grow(p->circles, &p->cap, k->n, sizeof *c);
    int *s = c ? array_grow(p->strokes, &p->capstrokes, k->nstrokes, sizeof *s) : NULL;
    if (c) p->circles = c;
    if (s) p->strokes = s;
    if (!c || !s)
        return false;
    memcpy(p->circles, k->circles, sizeof *c * (size_t)k->n);
    memcpy(p->strokes, k->strokes, sizeof *s * (size_t)k->nstrokes);
    p->n = k->n;
    p->nstrokes = k->nstrokes;
    free(k->circles);
    free(k->strokes);
    p->ncleared--;
    return true;
}

bool paint_undo(Paint *p)
{
    paint_stroke_end(p);
    if (p->nstrokes > 0)
        p->n = p->strokes[--p->nstrokes];
    else if (p->ncleared == 0 || !unwipe(p))
        return false;
    p->grid_ok = false;
    p->version++;
    return true;
}

const BodyGrid *paint_grid(Paint *p)
{
    if (!p->grid && !(p->grid = malloc(sizeof *p->grid)))
        return NULL;
    if (!p->grid_ok) {
        bodygrid_clear(p->grid);
        for (int i = 0; i < p->n; i++) {
            const PaintCircle *c = &p->circles[i];
            if (c->erase)
                bodygrid_erase_disc(p->grid, (Vec2){c->x, c->y}, c->r);
            else
                bodygrid_fill_disc(p->grid, (Vec2){c->x, c->y}, c->r);
        }
        p->grid_ok = true;
    }
    return p->grid;
}

void paint_draw(Paint *p, Chart *c, Gfx *g, Color col)
{
    if (p->n == 0 && !p->look)
        return;
    if (!p->look && !(p->look = calloc(1, sizeof *p->look)))
        return;
    paint_canvas_draw(p->look, p->circles, p->n, p->version, c, g, col);
}
