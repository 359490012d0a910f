/* pictogram: small drawings of how the client lies (prone, supine, side-lying, seated) and
 * how the therapist palpates (flat against bone, pincer grasp), drawn with gfx shapes so
 * they scale with the interface and need no image files. Figures are made of limbs (thick
 * round-capped strokes) and a head, in a box whose height sets their size. */
#include "screens/pictogram.h"

#include <math.h>
#include <string.h>

typedef struct Pen { Gfx *g; Rect box; float u; Color ink, dim; } Pen;

/* A point of the box in units of its height (u), from its bottom left corner. */
static Vec2 at(const Pen *p, float x, float y) { return (Vec2){p->box.x + x * p->u, p->box.y + p->box.h - y * p->u}; }

static void limb(const Pen *p, float x0, float y0, float x1, float y1, float w, Color c)
{
    Vec2 a = at(p, x0, y0), b = at(p, x1, y1);
    gfx_line(p->g, a, b, w * p->u, c);
    gfx_disc(p->g, a, w * p->u / 2, c);
    gfx_disc(p->g, b, w * p->u / 2, c);
}

static void head(const Pen *p, float x, float y) { gfx_disc(p->g, at(p, x, y), 0.17f * p->u, p->ink); }

/* A treatment table: its top at height y from x0 to x1, and two legs. */
static void table(const Pen *p, float x0, float x1, float y)
{
    limb(p, x0, y, x1, y, 0.08f, p->dim);
    limb(p, x0 + 0.14f, y, x0 + 0.14f, 0.03f, 0.06f, p->dim);
    limb(p, x1 - 0.14f, y, x1 - 0.14f, 0.03f, 0.06f, p->dim);
}

/* Lying on the back: the nose and the toes point up. On the front: the face rests in the
 * table's face cradle (a ring under the head) and the feet hang over the end of the table,
 * toes down. */
static void lying(const Pen *p, bool supine)
{
    float top = 0.36f, y = top + 0.17f;
    if (supine) {
        table(p, 0.1f, 1.9f, top);
        head(p, 0.3f, y + 0.05f);
        gfx_disc(p->g, at(p, 0.3f, y + 0.24f), 0.07f * p->u, p->ink);          /* the nose */
        limb(p, 1.74f, y - 0.02f, 1.78f, y + 0.24f, 0.11f, p->ink);           /* feet, toes up */
    } else {
        table(p, 0.46f, 1.7f, top);
        gfx_circle(p->g, at(p, 0.28f, top), 0.14f * p->u, 0.06f * p->u, p->dim);   /* the face cradle */
        limb(p, 0.28f, top - 0.14f, 0.46f, top, 0.06f, p->dim);
        head(p, 0.28f, y + 0.02f);
        limb(p, 1.74f, y - 0.02f, 1.88f, y - 0.26f, 0.11f, p->ink);           /* feet over the end, toes down */
    }
    limb(p, 0.52f, y, 1.1f, y, 0.28f, p->ink);                                /* the trunk */
    limb(p, 1.1f, y - 0.02f, 1.74f, y - 0.02f, 0.17f, p->ink);                /* the legs */
}

/* Lying on one side, curled a little: hips and knees bent, the head on a pillow, the upper
 * arm resting in front. */
static void side_lying(const Pen *p)
{
    float top = 0.36f, y = top + 0.17f;
    table(p, 0.1f, 1.9f, top);
    Vec2 pillow = at(p, 0.12f, top + 0.2f);
    gfx_round_rect(p->g, (Rect){pillow.x, pillow.y, 0.38f * p->u, 0.16f * p->u}, 0.06f * p->u, p->dim);
    head(p, 0.32f, y + 0.2f);
    limb(p, 0.55f, y + 0.08f, 1.05f, y + 0.02f, 0.28f, p->ink);               /* the trunk */
    limb(p, 1.05f, y + 0.02f, 1.45f, y + 0.36f, 0.17f, p->ink);               /* the thigh, forward */
    limb(p, 1.45f, y + 0.36f, 1.8f, y + 0.0f, 0.14f, p->ink);                 /* the leg, back down */
    limb(p, 0.62f, y + 0.22f, 0.98f, y + 0.36f, 0.09f, p->ink);               /* the upper arm in front */
}

/* Sitting on a stool, facing right, the forearms on the thighs. */
static void seated(const Pen *p)
{
    float x = 0.8f;
    limb(p, x - 0.3f, 0.4f, x + 0.5f, 0.4f, 0.08f, p->dim);                   /* the stool */
    limb(p, x - 0.18f, 0.4f, x - 0.18f, 0.03f, 0.06f, p->dim);
    limb(p, x + 0.38f, 0.4f, x + 0.38f, 0.03f, 0.06f, p->dim);
    limb(p, x, 0.55f, x + 0.02f, 0.92f, 0.28f, p->ink);                       /* the trunk */
    head(p, x + 0.04f, 1.07f);
    limb(p, x, 0.53f, x + 0.5f, 0.53f, 0.17f, p->ink);                        /* the thigh */
    limb(p, x + 0.5f, 0.53f, x + 0.53f, 0.1f, 0.14f, p->ink);                 /* the leg */
    limb(p, x + 0.53f, 0.07f, x + 0.7f, 0.07f, 0.09f, p->ink);                /* the foot */
    limb(p, x + 0.06f, 0.86f, x + 0.18f, 0.68f, 0.09f, p->ink);               /* the arm */
    limb(p, x + 0.18f, 0.68f, x + 0.46f, 0.66f, 0.09f, p->ink);
}

/* A fingertip pressing the muscle flat against the bone under it: the muscle dips under it. */
static void flat(const Pen *p)
{
    float w = p->box.w / p->u, mid = w / 2;
    Vec2 bone = at(p, 0.2f, 0.26f);
    gfx_round_rect(p->g, (Rect){bone.x, bone.y, (w - 0.4f) * p->u, 0.16f * p->u}, 0.06f * p->u, p->dim);
    Vec2 muscle[5] = {at(p, 0.22f, 0.42f), at(p, mid - 0.3f, 0.42f), at(p, mid, 0.34f), at(p, mid + 0.3f, 0.42f),
                      at(p, w - 0.22f, 0.42f)};
    gfx_polyline(p->g, muscle, 5, 0.13f * p->u, false, gfx_alpha(p->ink, 0.5f));
    limb(p, mid + 0.22f, 1.12f, mid, 0.52f, 0.26f, p->ink);             /* the finger, its pad on the muscle */
}

/* Thumb and finger closing on a fold of muscle lifted from the body. */
static void pincer(const Pen *p)
{
    float w = p->box.w / p->u, mid = w / 2;
    limb(p, 0.2f, 0.14f, w - 0.2f, 0.14f, 0.09f, p->dim);               /* the body below */
    Vec2 fold[10];
    for (int i = 0; i < 10; i++) {   /* the lifted fold: a rounded bump */
        float a = (float)M_PI * (float)i / 9.0f;
        fold[i] = at(p, mid - 0.26f * cosf(a), 0.16f + 0.55f * sinf(a));
    }
    gfx_fill_polygon(p->g, fold, 10, gfx_alpha(p->ink, 0.5f));
    limb(p, mid - 0.7f, 1.05f, mid - 0.34f, 0.46f, 0.22f, p->ink);      /* the thumb */
    limb(p, mid + 0.7f, 1.05f, mid + 0.34f, 0.46f, 0.22f, p->ink);      /* the finger */
}

bool pictogram_known(const char *id)
{
    static const char *const ids[] = {"prone", "supine", "side_lying", "seated", "flat", "pincer"};
    for (size_t i = 0; id && i < sizeof ids / sizeof ids[0]; i++)
        if (!strcmp(id, ids[i]))
            return true;
    return false;
}

bool pictogram_draw(Gfx *g, const char *id, Rect box, Color ink, Color dim)
{
    if (!pictogram_known(id) || box.w <= 0 || box.h <= 0)
        return false;
    /* the drawings are 2 units wide and 1.25 high: fit that in the box, centred */
    float u = fminf(box.h / 1.25f, box.w / 2.0f);
    Pen p = {g, {box.x + (box.w - 2 * u) / 2, box.y + (box.h - 1.25f * u) / 2, 2 * u, 1.25f * u}, u, ink, dim};
    if (!strcmp(id, "prone")) lying(&p, false);
    else if (!strcmp(id, "supine")) lying(&p, true);
    else if (!strcmp(id, "side_lying")) side_lying(&p);
    else if (!strcmp(id, "seated")) seated(&p);
    else if (!strcmp(id, "flat")) flat(&p);
    else pincer(&p);
    return true;
}
