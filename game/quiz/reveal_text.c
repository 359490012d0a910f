/* reveal_text: the reveal in words (see reveal_text.h). Landmark descriptions use the two
 * nearest landmarks of the view on the same side of the body (or on the midline). */
#include "quiz/reveal_text.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "quiz/kinds.h"
#include "quiz/words.h"
#include "engine/geom.h"

const char *reveal_muscle_name(const Atlas *a, const char *id)
{
    const AtlasMuscle *m = a && id ? atlas_muscle(a, id) : NULL;
    return m && m->name && *m->name ? m->name : id ? id : "?";
}

bool reveal_side_of(View v, Vec2 b, Side *out)
{
    /* anterior: the client's right is on the viewer's left; posterior: the opposite; the
     * regional views as their frames say; a side view shows one side */
    int sign = atlas_view_right_sign(v);
    if (sign == 0 || fabsf(b.x) < 0.5f)
        return false;
    *out = b.x * (float)sign > 0 ? SIDE_RIGHT : SIDE_LEFT;
    return true;
}

/* The length in cm of the straight way from a to b that runs off the figure (sampled every
 * 5 mm): a landmark a finger cannot reach along the skin (across the gap between a hanging
 * arm and the trunk) says little of where a point lies. */
static float off_figure_cm(const Shape *fig, Vec2 a, Vec2 b)
{
    float len = hypotf(b.x - a.x, b.y - a.y);
    int n = (int)(len / 0.5f) + 1, off = 0;
    for (int i = 1; i < n; i++) {
        float t = (float)i / (float)n;
        Vec2 q = {a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t};
        bool in = false;
        for (int k = 0; k < fig->count && !in; k++)
            in = geom_point_in_polygon(q, fig->polys[k].pts, fig->polys[k].n);
        off += !in;
    }
    return len * (float)off / (float)n;
}

int reveal_landmarks(const Atlas *a, View v, Vec2 p, RevealLandmark out[2])
{
    enum { MAX_NEAR = 64 };
    RevealLandmark near[MAX_NEAR];
    int nn = 0;
    for (int i = 0; a && i < a->nlandmarks; i++) {
        const AtlasLandmark *l = &a->landmarks[i];
        for (int s = 0; s < SIDE_COUNT; s++) {
            if (!l->has[s][v])
                continue;
            Vec2 at = l->at[s][v];
            bool lateral = v == VIEW_LATERAL_RIGHT || v == VIEW_LATERAL_LEFT;
            if (!lateral && fabsf(at.x) > 0.5f && (at.x < 0) != (p.x < 0))
                continue;
            float d = hypotf(at.x - p.x, at.y - p.y);
            if (d > 30)
                continue;
            /* kept nearest first; past MAX_NEAR the farthest go */
            if (nn == MAX_NEAR && near[MAX_NEAR - 1].d <= d)
                continue;
            int j = nn < MAX_NEAR ? nn++ : MAX_NEAR - 1;
            while (j > 0 && near[j - 1].d > d) {
                near[j] = near[j - 1];
                j--;
            }
            near[j] = (RevealLandmark){l, at, d};
            if (l->has[SIDE_LEFT][v] && !memcmp(&l->at[SIDE_LEFT][v], &l->at[SIDE_RIGHT][v], sizeof at))
                break;   /* a midline landmark is listed for both sides */
        }
    }
    /* the two nearest a finger reaches along the skin; the figure's outline may run a little
     * inside a landmark drawn on its edge (the hyoid in a side view) */
    const Shape *fig = a ? &a->views[v].silhouette : NULL;
    int n = 0;
    for (int i = 0; i < nn && n < 2; i++)
        if (!fig || fig->count == 0 || off_figure_cm(fig, p, near[i].at) <= 1.5f)
            out[n++] = near[i];
    return n;
}

void reveal_landmark_name(const AtlasLandmark *l, char *buf, size_t len)
{
    words_sentence(l->name && *l->name ? l->name : l->id, buf, len);
}

/* "4 cm below and 2 cm medial to the acromion" */
static void relation_words(View v, Vec2 p, const RevealLandmark *nr, char *buf, size_t len)
{
    char name[128];
    reveal_landmark_name(nr->l, name, sizeof name);
    float dy = p.y - nr->at.y;
    float dx;
    const char *hword;
    if (v == VIEW_LATERAL_RIGHT || v == VIEW_LATERAL_LEFT) {
        float fwd = v == VIEW_LATERAL_RIGHT ? 1 : -1;   /* the face is at x > 0 in lateral_right */
        dx = (p.x - nr->at.x) * fwd;
        hword = dx >= 0 ? "in front of" : "behind";
    } else if (fabsf(nr->at.x) <= 0.5f) {
        dx = fabsf(p.x);   /* from a midline landmark every way out is lateral */
        hword = "lateral to";
    } else {
        dx = fabsf(p.x) - fabsf(nr->at.x);
        hword = dx >= 0 ? "lateral to" : "medial to";
    }
    const char *vword = dy >= 0 ? "above" : "below";
    /* the regional frames: |x| grows away from the middle, where the big toes and thumbs are;
     * in the inner-leg view it grows toward the toes */
    if (v == VIEW_HAND_PALMAR || v == VIEW_HAND_DORSAL) {
        vword = dy >= 0 ? "distal to" : "proximal to";
        hword = dx >= 0 ? "toward the little finger from" : "toward the thumb from";
    } else if (v == VIEW_FOOT_PLANTAR) {
        vword = dy >= 0 ? "toward the toes from" : "toward the heel from";
    } else if (v == VIEW_LEG_MEDIAL) {
        dx = fabsf(p.x) - fabsf(nr->at.x);
        hword = dx >= 0 ? "in front of" : "behind";
    }
    int ady = (int)lroundf(fabsf(dy)), adx = (int)lroundf(fabsf(dx));
    if (ady == 0 && adx == 0)
        snprintf(buf, len, "right at the %s", name);
    else if (adx == 0)
        snprintf(buf, len, "%d cm %s the %s", ady, vword, name);
    else if (ady == 0)
        snprintf(buf, len, "%d cm %s the %s", adx, hword, name);
    else
        snprintf(buf, len, "%d cm %s and %d cm %s the %s", ady, vword, adx, hword, name);
}

void reveal_relation(View v, Vec2 p, const AtlasLandmark *l, Vec2 at, bool it, char *buf, size_t len)
{
    RevealLandmark nr = {l, at, hypotf(at.x - p.x, at.y - p.y)};
    relation_words(v, p, &nr, buf, len);
    char name[128], tail[140];
    reveal_landmark_name(l, name, sizeof name);
    snprintf(tail, sizeof tail, " the %s", name);
    size_t n = strlen(buf), t = strlen(tail);
    if (it && n > t && !strcmp(buf + n - t, tail))
        snprintf(buf + n - t, len - (n - t), " it");
}

bool reveal_trp_at(const PlayedQuestion *pq, Vec2 *out)
{
    const AtlasTrp *t = pq->res.nearest ? pq->res.nearest : pq->q.trp;
    if (!t || !t->has_at[pq->q.side][pq->q.view])
        return false;
    *out = t->at[pq->q.side][pq->q.view];
    return true;
}

void reveal_trp_place(const Atlas *a, const PlayedQuestion *pq, char *buf, size_t len)
{
    Vec2 at;
    RevealLandmark nr[2];
    int n = reveal_trp_at(pq, &at) ? reveal_landmarks(a, pq->q.view, at, nr) : 0;
    if (n == 0)
        return;
    char w1[200], w2[200];
    relation_words(pq->q.view, at, &nr[0], w1, sizeof w1);
    if (n > 1) {
        relation_words(pq->q.view, at, &nr[1], w2, sizeof w2);
        words_append(buf, len, "The trigger point lies %s, %s.", w1, w2);
    } else {
        words_append(buf, len, "The trigger point lies %s.", w1);
    }
}

void reveal_text(const Atlas *a, const PlayedQuestion *pq, char *buf, size_t len)
{
    buf[0] = 0;
    if (pq->timed_out)
        words_append(buf, len, "Time is up. ");
    quiz_kind(pq->q.kind)->reveal_words(a, pq, buf, len);
    if (pq->q.hint[0]) {
        size_t used = strlen(buf);
        words_append(buf, len, "%s%s: %s", used && buf[used - 1] != ' ' ? " " : "",
                     pq->hint_used ? "Hint (asked for)" : "Hint", pq->q.hint);
    }
    size_t n = strlen(buf);
    while (n > 0 && buf[n - 1] == ' ')
        buf[--n] = 0;
}
