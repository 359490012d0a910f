/* paint: circles in body space grouped into strokes; the grid is rebuilt from them after
 * each change and drawn as horizontal runs of cells, so what the student sees is exactly
 * what is scored. */
#include "screens/paint.h"
#include "engine/array.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

void paint_init(Paint *p) { memset(p, 0, sizeof *p); }

void paint_free(Paint *p)
{
    free(p->circles);
    free(p->strokes);
    free(p->grid);
    memset(p, 0, sizeof *p);
}

void paint_clear(Paint *p)
{
    p->n = p->nstrokes = 0;
    p->in_stroke = false;
    p->grid_ok = false;
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

bool paint_undo(Paint *p)
{
    paint_stroke_end(p);
    if (p->nstrokes == 0)
        return false;
    p->n = p->strokes[--p->nstrokes];
    p->grid_ok = false;
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
    if (p->n == 0)
        return;
    const BodyGrid *grid = paint_grid(p);
    if (!grid)
        return;
    /* one rectangle per screen row and run of cells: no gaps or double-blended seams at any
     * zoom, whatever the size of a cell on screen */
    gfx_clip_push(g, c->rect);
    float step = 1.0f / fmaxf(1.0f, gfx_scale(g));
    for (float sy = floorf(c->rect.y); sy < c->rect.y + c->rect.h; sy += step) {
        Vec2 b = chart_to_body(c, (Vec2){0, sy + step / 2});
        int row = (int)floorf((b.y - BODYGRID_Y0) / BODYGRID_CELL);
        if (row < 0 || row >= BODYGRID_H)
            continue;
        const uint8_t *cells = grid->cells + (size_t)row * BODYGRID_W;
        for (int col0 = 0; col0 < BODYGRID_W; col0++) {
            if (!cells[col0])
                continue;
            int col1 = col0;
            while (col1 + 1 < BODYGRID_W && cells[col1 + 1])
                col1++;
            float x0 = chart_to_screen(c, (Vec2){BODYGRID_X0 + (float)col0 * BODYGRID_CELL, 0}).x;
            float x1 = chart_to_screen(c, (Vec2){BODYGRID_X0 + (float)(col1 + 1) * BODYGRID_CELL, 0}).x;
            gfx_fill_rect(g, (Rect){x0, sy, x1 - x0, step}, col);
            col0 = col1;
        }
    }
    gfx_clip_pop(g);
}
