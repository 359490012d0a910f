/* test_reveal_place: where a reveal says a trigger point lies. Over every trigger point of the
 * atlas, in every view and side that draws it, the landmarks the words measure from are ones
 * a finger reaches along the skin: the straight way from the landmark to the point stays on
 * the figure (a forearm point is never placed from the iliac crest beside it, across the gap
 * between the hanging arm and the trunk). */
#include "test.h"
#include "body/atlas.h"
#include "quiz/reveal_text.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

static bool on_figure(const Shape *s, Vec2 p)
{
    for (int i = 0; i < s->count; i++)
        if (geom_point_in_polygon(p, s->polys[i].pts, s->polys[i].n))
            return true;
    return false;
}

/* The length in cm of a straight way from a to b that lies off the figure (sampled every 2 mm). */
static float off_cm(const Shape *s, Vec2 a, Vec2 b)
{
    float len = hypotf(b.x - a.x, b.y - a.y);
    int n = (int)(len / 0.2f) + 2, off = 0;
    for (int i = 0; i <= n; i++) {
        float t = (float)i / (float)n;
        if (!on_figure(s, (Vec2){a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t}))
            off++;
    }
    return len * (float)off / (float)(n + 1);
}

static void test_landmarks_reachable(void)
{
    char err[512];
    Atlas *a = atlas_load(atlas_default_dir(), err, sizeof err);
    CHECK_MSG(a != NULL, "%s", err);
    if (!a)
        return;
    int checked = 0, bad = 0;
    for (int mi = 0; mi < a->nmuscles; mi++) {
        const AtlasMuscle *m = &a->muscles[mi];
        for (int ti = 0; ti < m->ntrps; ti++) {
            const AtlasTrp *t = &m->trps[ti];
            for (int s = 0; s < SIDE_COUNT; s++)
                for (int v = 0; v < VIEW_COUNT; v++) {
                    if (!t->has_at[s][v])
                        continue;
                    RevealLandmark nr[2];
                    int n = reveal_landmarks(a, (View)v, t->at[s][v], nr);
                    for (int i = 0; i < n; i++) {
                        checked++;
                        float off = off_cm(&a->views[v].silhouette, t->at[s][v], nr[i].at);
                        if (off > 1.5f) {
                            bad++;
                            CHECK_MSG(bad > 12, "%s %s (%s, view %d): measured from %s across %.1f cm off the figure",
                                      m->id, t->id, s == SIDE_LEFT ? "left" : "right", v, nr[i].l->id, off);
                        }
                    }
                }
        }
    }
    CHECK_MSG(bad == 0, "%d of %d landmark references cross off the figure", bad, checked);
    CHECK(checked > 400);
    atlas_unload(a);
}

TEST_MAIN(T(test_landmarks_reachable))
