/* scene_symptom: symptom search. A fixed 2 cm brush; dabs closer than 0.6 cm to the last one
 * of a stroke are skipped (a smaller answer, the same picture). The pain is drawn as the
 * discs it was painted with; the ranking uses the same discs rasterised (paint_grid). */
#include "screens/scene_symptom.h"

#include <math.h>
#include <stdio.h>

#define BRUSH_CM 2.0f

void scene_symptom_init(SymptomSearch *s)
{
    *s = (SymptomSearch){0};
    for (int v = 0; v < VIEW_COUNT; v++)
        paint_init(&s->paint[v]);
}

void scene_symptom_free(SymptomSearch *s)
{
    for (int v = 0; v < VIEW_COUNT; v++)
        paint_free(&s->paint[v]);
}

void scene_symptom_clear(SymptomSearch *s)
{
    for (int v = 0; v < VIEW_COUNT; v++)
        paint_clear(&s->paint[v]);
    s->nhits = 0;
}

void scene_symptom_rank(SymptomSearch *s, const Chart *c)
{
    const BodyGrid *grid = paint_grid(&s->paint[c->view]);
    s->nhits = grid ? symptom_rank(c->atlas, c->view, grid, s->hits, SYMPTOM_HITS) : 0;
    s->focus = 0;
}

void scene_symptom_paint(SymptomSearch *s, View v, const Vec2 *at, int n, float r)
{
    for (int i = 0; i < n; i++)
        if (!paint_add(&s->paint[v], at[i], r, false))
            break;
}

static void dab(SymptomSearch *s, Chart *c, Vec2 screen)
{
    if (!ui_hit(c->rect, screen.x, screen.y))
        return;
    Paint *p = &s->paint[c->view];
    Vec2 b = chart_to_body(c, screen);
    if (p->n > 0 && hypotf(p->circles[p->n - 1].x - b.x, p->circles[p->n - 1].y - b.y) < 0.6f)
        return;
    paint_add(p, b, BRUSH_CM, false);
}

bool scene_symptom_event(SymptomSearch *s, Chart *c, const InputEvent *e, const AtlasMuscle **open)
{
    *open = NULL;
    switch (e->type) {
    case EV_POINTER_DOWN:
        for (int h = 0; h < s->nhits; h++)
            if (ui_hit(s->hit_btn[h], e->x, e->y)) {
                *open = s->hits[h].muscle;
                return true;
            }
        if (!ui_hit(c->rect, e->x, e->y))
            return false;
        s->painting = true;
        paint_stroke_begin(&s->paint[c->view]);
        dab(s, c, (Vec2){e->x, e->y});
        return true;
    case EV_POINTER_MOVE:
        if (!s->painting)
            return false;
        dab(s, c, (Vec2){e->x, e->y});
        return true;
    case EV_POINTER_UP:
        if (!s->painting)
            return false;
        s->painting = false;
        paint_stroke_end(&s->paint[c->view]);
        scene_symptom_rank(s, c);
        return true;
    default:
        return false;
    }
}

void scene_symptom_draw(SymptomSearch *s, Chart *c, Gfx *g, const Game *game)
{
    const Paint *p = &s->paint[c->view];
    gfx_clip_push(g, c->rect);
    for (int i = 0; i < p->n; i++)
        gfx_disc(g, chart_to_screen(c, (Vec2){p->circles[i].x, p->circles[i].y}), chart_cm(c, p->circles[i].r),
                 game->chart.paint);
    gfx_clip_pop(g);
}

void scene_symptom_draw_info(SymptomSearch *s, Gfx *gfx, Game *g, Rect box)
{
    float k = g->theme.scale, y = box.y;
    char buf[512], fit[256];
    TextStyle t = game_text(g, 20, FONT_BOLD, g->theme.text);
    y += text_draw_wrapped(gfx, t, (Rect){box.x, y, box.w, 100 * k}, ALIGN_LEFT, "Where does it hurt?", true) + 4 * k;
    TextStyle d = game_text(g, 14, FONT_REGULAR, g->theme.text_dim);
    y += text_draw_wrapped(gfx, d, (Rect){box.x, y, box.w, 200}, ALIGN_LEFT,
        "Paint the painful area on the chart. The muscles whose referred pain covers it are listed here, best match first: "
        "click one (or Up/Down, Enter) to open it. C clears.", true) + 10 * k;
    if (s->nhits == 0) {
        bool painted = false;
        for (int v = 0; v < VIEW_COUNT; v++)
            painted |= s->paint[v].n > 0;
        text_draw_wrapped(gfx, d, (Rect){box.x, y, box.w, 100}, ALIGN_LEFT,
            painted ? "No referral pattern in this view covers that area." : "Nothing painted yet.", true);
    }
    for (int i = 0; i < s->nhits; i++) {
        float bh = 44 * k;
        if (y + bh > box.y + box.h) { s->hit_btn[i] = (Rect){0, 0, 0, 0}; continue; }
        s->hit_btn[i] = (Rect){box.x, y, box.w, bh};
        ui_button(gfx, &g->theme, s->hit_btn[i], "", game_font(g, 15), i == s->focus ? UI_FOCUS : UI_NORMAL);
        TextStyle n = game_text(g, 15, FONT_BOLD, g->theme.text);
        snprintf(buf, sizeof buf, "%d. %s", i + 1, s->hits[i].muscle->name);
        /* a bar for how much of the pain this pattern explains: beside the name, or under it
         * in a narrow panel so that the name keeps the width */
        bool narrow = box.w < 300 * k;
        float bw = narrow ? box.w - 20 * k : 56 * k;
        text_fit(gfx, n, buf, narrow ? box.w - 20 * k : box.w - 80 * k, fit, sizeof fit);
        text_draw(gfx, n, box.x + 10 * k, narrow ? y + bh / 2 - 4 * k : y + bh / 2, ALIGN_MIDDLE, fit);
        Rect bar = narrow ? (Rect){box.x + 10 * k, y + bh - 12 * k, bw, 6 * k}
                          : (Rect){box.x + box.w - bw - 10 * k, y + bh / 2 - 5 * k, bw, 10 * k};
        gfx_round_rect(gfx, bar, bar.h / 2, g->theme.bar_track);
        gfx_round_rect(gfx, (Rect){bar.x, bar.y, fmaxf(bar.h, bw * fminf(1, s->hits[i].score)), bar.h}, bar.h / 2, g->chart.essential);
        y += bh + 6 * k;
    }
}
