/* test_patterns: referral patterns as the quizzes teach them, on the real atlas (issue 12):
 * questions that name no trigger point ask common patterns first and never a rare one, over
 * every view the pattern needs; a refer result never names an area twice, whatever is
 * painted; distractors could be confused with the answer but are never the same pattern
 * nor from elsewhere on the body. */
#include <stdlib.h>

#include "quiz/pattern.h"
#include "quiz/quiz.h"
#include "quiz/round.h"
#include "test.h"

#define SEEDS 40

static Atlas *atlas;
static QuizSet *set;

/* The question asked by a one-question round of kind about muscle (trp and view as given:
 * 0 and -1 leave them to the chooser), with seed; false when it cannot be asked. */
static bool ask(QuizKind kind, const char *muscle, int trp, int view, uint64_t seed, Question *out)
{
    QuizSpec sp;
    if (!quiz_spec_init(atlas, kind, muscle, &sp)) return false;
    sp.trp = trp;
    if (view >= 0) {
        sp.has_view = true;
        sp.view = (View)view;
    }
    RoundSpecs rs = {.id = "test-patterns", .title = "Patterns", .specs = &sp, .n = 1};
    char err[256];
    Round *r = round_begin_specs(set, &rs, seed, "tester", err, sizeof err);
    const Question *q = r ? round_question(r) : NULL;
    if (q) *out = *q;
    round_end(r);
    return q != NULL;
}

static bool shows(const Question *q, View v)
{
    for (int i = 0; i < q->nviews; i++)
        if (q->views[i] == v) return true;
    return false;
}

static int trp_number(const char *muscle, const char *trp_id)
{
    const AtlasMuscle *m = atlas_muscle(atlas, muscle);
    for (int i = 0; m && i < m->ntrps; i++)
        if (!strcmp(m->trps[i].id, trp_id)) return i + 1;
    return 0;
}

/* Infraspinatus: the front-of-shoulder pattern (its upper trigger points) in most rounds,
 * shown with the front of the shoulder and the X on the back. */
static void test_infraspinatus_default(void)
{
    static const QuizKind kinds[] = {QUIZ_REFER, QUIZ_IDENTIFY};
    int medial = trp_number("infraspinatus", "infraspinatus_3");
    CHECK(medial > 0 && atlas_trp(atlas, "infraspinatus_3", NULL)->frequency == FREQ_OCCASIONAL);
    for (int k = 0; k < 2; k++) {
        int front = 0, asked = 0;
        for (uint64_t seed = 1; seed <= SEEDS; seed++) {
            Question q;
            if (!ask(kinds[k], "infraspinatus", 0, -1, seed, &q)) continue;
            asked++;
            if (q.trp_index != medial) {
                front++;
                CHECK_MSG(shows(&q, VIEW_ANTERIOR), "seed %llu: %s question without the front view",
                          (unsigned long long)seed, quiz_kind_name(kinds[k]));
                if (kinds[k] == QUIZ_REFER)   /* the X is on the back: its view comes first */
                    CHECK(q.view == VIEW_POSTERIOR && q.nviews >= 2);
                else                          /* identify shows the pain only */
                    CHECK(q.view != VIEW_POSTERIOR);
            }
        }
        CHECK(asked == SEEDS);
        printf("%s infraspinatus: front of the shoulder in %d of %d rounds\n", quiz_kind_name(kinds[k]), front, asked);
        CHECK_MSG(front * 10 >= asked * 7, "%s: front of the shoulder in %d of %d", quiz_kind_name(kinds[k]), front,
                  asked);
    }
}

/* Never a rare trigger point unless the quiz names it; no muscle's occasional one more often
 * than its common ones; every refer and identify question shows its whole pattern. */
static void test_frequency(void)
{
    int soleus3 = trp_number("soleus", "soleus_3");
    CHECK(soleus3 > 0 && atlas_trp(atlas, "soleus_3", NULL)->frequency == FREQ_RARE);
    for (int mi = 0; mi < atlas->nmuscles; mi++) {
        const AtlasMuscle *m = &atlas->muscles[mi];
        for (QuizKind k = QUIZ_REFER; k <= QUIZ_NAME; k++) {
            int rare = 0, occasional = 0, common = 0;
            for (uint64_t seed = 1; seed <= 8; seed++) {
                Question q;
                if (!ask(k, m->id, 0, -1, seed, &q)) continue;
                switch (q.trp->frequency) {
                case FREQ_RARE: rare++; break;
                case FREQ_OCCASIONAL: occasional++; break;
                default: common++; break;
                }
                CHECK(q.nviews >= 1 && q.views[0] == q.view);
                if (k != QUIZ_NAME) {
                    /* every view holding part of the zone is shown, or one showing its areas */
                    bool zone_shown = false;
                    for (int i = 0; i < q.nviews; i++) zone_shown |= q.trp->essential[q.side][q.views[i]].count > 0;
                    CHECK_MSG(zone_shown, "%s %s: no view of its zone", quiz_kind_name(k), q.trp->id);
                }
                if (k == QUIZ_REFER)
                    CHECK_MSG(q.trp->has_at[q.side][q.view] || !shows(&q, (View)pattern_trp_view(q.trp, q.side)) ||
                                  pattern_trp_view(q.trp, q.side) < 0,
                              "%s: the X's view is not first", q.trp->id);
            }
            CHECK_MSG(rare == 0, "%s %s: a rare trigger point asked %d times", quiz_kind_name(k), m->id, rare);
            (void)occasional, (void)common;
        }
    }
    for (uint64_t seed = 1; seed <= 200; seed++) {
        Question q;
        CHECK(ask(QUIZ_REFER, "soleus", 0, -1, seed, &q) && q.trp_index != soleus3);
        CHECK(ask(QUIZ_IDENTIFY, "soleus", 0, -1, seed, &q) && q.trp_index != soleus3);
    }
    Question q;
    CHECK(ask(QUIZ_REFER, "soleus", soleus3, -1, 1, &q) && q.trp_index == soleus3);   /* named: asked */
}

/* The audit's "never asked" table (section 2): with only the muscle named, every common trigger
 * point of those muscles is asked in some of 40 seeded refer and identify questions (the classic
 * patterns: infraspinatus's front of the shoulder, gastrocnemius's instep, gluteus minimus's
 * lateral leg, rectus abdominis's back bands, SCM's vertex and occiput, temporalis 2-4, deltoid's
 * anterior and middle points, gluteus medius 3, the psoas, the deep masseter). */
static void test_classic_patterns_asked(void)
{
    static const char *const muscles[] = {"infraspinatus", "gastrocnemius", "gluteus_minimus",
                                          "rectus_abdominis", "sternocleidomastoid", "temporalis", "deltoid",
                                          "gluteus_medius", "iliopsoas", "masseter"};
    static const QuizKind kinds[] = {QUIZ_REFER, QUIZ_IDENTIFY};
    for (size_t i = 0; i < sizeof muscles / sizeof muscles[0]; i++) {
        const AtlasMuscle *m = atlas_muscle(atlas, muscles[i]);
        CHECK_MSG(m != NULL, "%s is missing", muscles[i]);
        if (!m) continue;
        for (int k = 0; k < 2; k++) {
            int asked[64] = {0};
            for (uint64_t seed = 1; seed <= SEEDS; seed++) {
                Question q;
                if (ask(kinds[k], m->id, 0, -1, seed, &q) && q.trp_index >= 1 && q.trp_index <= 64)
                    asked[q.trp_index - 1]++;
            }
            for (int t = 0; t < m->ntrps && t < 64; t++)
                if (m->trps[t].frequency == FREQ_COMMON)
                    CHECK_MSG(asked[t] > 0, "%s: common trigger point '%s' never asked in %d default "
                              "questions", quiz_kind_name(kinds[k]), m->trps[t].id, SEEDS);
        }
    }
}

/* The quiz's view comes first; a pattern's other views follow; a view that adds nothing is
 * left out. */
static void test_views(void)
{
    Question q;
    int inf1 = trp_number("infraspinatus", "infraspinatus_1");
    CHECK(ask(QUIZ_REFER, "infraspinatus", inf1, VIEW_ANTERIOR, 1, &q));
    CHECK(q.views[0] == VIEW_ANTERIOR && shows(&q, VIEW_POSTERIOR));
    CHECK(ask(QUIZ_REFER, "infraspinatus", inf1, -1, 1, &q));
    CHECK(q.views[0] == VIEW_POSTERIOR && q.views[1] == VIEW_ANTERIOR);
    /* gastrocnemius TrP1: the X on the calf with the instep in another view, or the inner leg
     * showing both */
    int gas1 = trp_number("gastrocnemius", "gastrocnemius_1");
    CHECK(ask(QUIZ_REFER, "gastrocnemius", gas1, -1, 2, &q));
    CHECK((q.view == VIEW_POSTERIOR && q.nviews >= 2) ||
          (q.view == VIEW_LEG_MEDIAL && q.trp->essential[q.side][VIEW_LEG_MEDIAL].count > 0));
    CHECK(ask(QUIZ_IDENTIFY, "gastrocnemius", gas1, -1, 2, &q));
    CHECK(q.view != VIEW_POSTERIOR && q.trp->essential[q.side][q.view].count > 0);
    /* the views never repeat, and each shows the side asked */
    for (int mi = 0; mi < atlas->nmuscles; mi++)
        for (int t = 1; t <= atlas->muscles[mi].ntrps; t++) {
            if (!ask(QUIZ_REFER, atlas->muscles[mi].id, t, -1, 3, &q)) continue;
            for (int i = 0; i < q.nviews; i++) {
                CHECK(pattern_view_shows(q.views[i], q.side));
                for (int j = 0; j < i; j++) CHECK(q.views[i] != q.views[j]);
            }
        }
    /* locate and name keep one view */
    CHECK(ask(QUIZ_NAME, "infraspinatus", 0, -1, 1, &q) && q.nviews == 1 && q.trp->has_at[q.side][q.view]);
    CHECK(ask(QUIZ_LOCATE, "infraspinatus", 0, -1, 1, &q) && q.nviews == 1 && q.views[0] == q.view);
}

/* Many paints over every trigger point and its question's views: one verdict per area. */
static uint64_t rng = 12345;
static float rnd(float lo, float hi)
{
    rng = rng * 6364136223846793005ULL + 1442695040888963407ULL;
    return lo + (hi - lo) * (float)(rng >> 40) / (float)(1ULL << 24);
}

static void test_one_verdict_per_area(void)
{
    BodyGrid *paint = malloc(sizeof *paint * VIEW_COUNT), *sil = malloc(sizeof *sil * VIEW_COUNT);
    for (int v = 0; v < VIEW_COUNT; v++) {
        bodygrid_clear(&sil[v]);
        bodygrid_fill_shape(&sil[v], &atlas->views[v].silhouette);
    }
    PatternAreaMap *map = pattern_area_map_new(atlas);
    int results = 0, areas = 0;
    for (int mi = 0; mi < atlas->nmuscles; mi++)
        for (int ti = 0; ti < atlas->muscles[mi].ntrps; ti++) {
            const AtlasTrp *t = &atlas->muscles[mi].trps[ti];
            View views[VIEW_COUNT];
            int nv = pattern_views(map, t, SIDE_RIGHT, -1, true, views);
            for (int trial = 0; trial < 6; trial++) {
                ReferPaint rp[VIEW_COUNT];
                for (int i = 0; i < nv; i++) {
                    View v = views[i];
                    bodygrid_clear(&paint[i]);
                    if (trial % 2 == 0) bodygrid_fill_shape(&paint[i], &t->essential[SIDE_RIGHT][v]);
                    /* strokes: some on the zone's edge, some anywhere on the figure */
                    Rect b = atlas->views[v].silhouette.count
                                 ? geom_polygon_bounds(atlas->views[v].silhouette.polys[0].pts,
                                                       atlas->views[v].silhouette.polys[0].n)
                                 : (Rect){-30, 0, 60, 170};
                    for (int k = 0; k < 3 + trial * 4; k++)
                        bodygrid_fill_disc(&paint[i], (Vec2){rnd(b.x, b.x + b.w), rnd(b.y, b.y + b.h)}, rnd(0.5f, 6));
                    if (trial == 5) memset(paint[i].cells, 1, sizeof paint[i].cells);
                    rp[i] = (ReferPaint){v, &paint[i], &sil[v], pattern_area_owners(map, v, !t->under_arm[SIDE_RIGHT][v])};
                }
                ReferResult r = score_refer_views(atlas, t, SIDE_RIGHT, rp, nv);
                results++;
                areas += r.nareas;
                for (int i = 0; i < r.nareas; i++)
                    for (int j = 0; j < i; j++)
                        CHECK_MSG(strcmp(r.areas[i].label, r.areas[j].label), "%s: %s twice", t->id, r.areas[i].label);
                const char *const *lists[3] = {r.areas_hit, r.areas_missed, r.areas_outside};
                int counts[3] = {r.nhit, r.nmissed, r.noutside};
                for (int a = 0; a < 3; a++)
                    for (int b = a + 1; b < 3; b++)
                        for (int i = 0; i < counts[a]; i++)
                            for (int j = 0; j < counts[b]; j++)
                                CHECK_MSG(strcmp(lists[a][i], lists[b][j]), "%s: %s in two lists", t->id, lists[a][i]);
                CHECK(r.nhit + r.nmissed + r.noutside == r.nareas);
                CHECK(r.score == (r.found_pct - r.overshoot_pct < 0 ? 0 : r.found_pct - r.overshoot_pct));
                if (trial == 5) CHECK_MSG(r.score <= 10, "%s: everything painted scores %d", t->id, r.score);
            }
        }
    printf("%d refer results, %d areas named, each once\n", results, areas);
    pattern_area_map_free(map);
    free(sil);
    free(paint);
}

static bool listed(const Question *q, const char *id)
{
    for (int i = 0; i < q->nchoices; i++)
        if (!strcmp(q->choices[i], id)) return true;
    return false;
}

/* Distractors over the atlas: never the same pattern, never from nowhere near. */
static void test_distractors(void)
{
    PatternAreaMap *map = pattern_area_map_new(atlas);
    bool *shown = calloc((size_t)atlas->nareas, sizeof *shown);
    int questions = 0, short_lists = 0;
    for (int mi = 0; mi < atlas->nmuscles; mi++) {
        const AtlasMuscle *m = &atlas->muscles[mi];
        for (uint64_t seed = 1; seed <= 3; seed++) {
            Question q;
            if (!ask(QUIZ_IDENTIFY, m->id, 0, -1, seed, &q)) continue;
            questions++;
            CHECK(listed(&q, m->id));
            if (q.nchoices < 4) short_lists++;
            memset(shown, 0, sizeof *shown * (size_t)atlas->nareas);
            pattern_areas(map, q.trp, q.side, q.views, q.nviews, shown);
            View all[VIEW_COUNT];
            int nall = 0;
            for (int v = 0; v < VIEW_COUNT; v++)
                if (pattern_view_shows((View)v, q.side)) all[nall++] = (View)v;
            for (int c = 0; c < q.nchoices; c++) {
                const AtlasMuscle *d = atlas_muscle(atlas, q.choices[c]);
                if (d == m || !d) continue;
                bool shares = !strcmp(d->region, m->region);
                for (int t = 0; t < d->ntrps; t++) {
                    float o = pattern_overlap(q.trp, &d->trps[t], q.side, q.views, q.nviews);
                    CHECK_MSG(o < 0.8f, "%s: distractor %s overlaps %.0f %%", q.trp->id, d->trps[t].id, 100 * o);
                    shares |= pattern_touches(map, &d->trps[t], q.side, true, all, nall, shown);
                }
                CHECK_MSG(shares, "%s: distractor %s has no area and no region in common", q.trp->id, d->id);
            }
        }
    }
    /* the pairs the review found indistinguishable never meet */
    static const char *const pairs[][2] = {{"rhomboids", "lower_trapezius"}, {"adductor_brevis", "adductor_longus"},
                                           {"gemelli", "piriformis"}};
    for (size_t p = 0; p < sizeof pairs / sizeof pairs[0]; p++)
        for (int w = 0; w < 2; w++)
            for (uint64_t seed = 1; seed <= 30; seed++) {
                Question q;
                const char *a = pairs[p][w], *b = pairs[p][1 - w];
                if (!atlas_muscle(atlas, a) || !atlas_muscle(atlas, b)) continue;
                if (!ask(QUIZ_IDENTIFY, a, 0, -1, seed, &q)) continue;
                /* only when the patterns shown are alike: the lower trapezius's TrP3 is not */
                bool alike = false;
                const AtlasMuscle *bm = atlas_muscle(atlas, b);
                for (int t = 0; t < bm->ntrps; t++)
                    alike |= pattern_overlap(q.trp, &bm->trps[t], q.side, q.views, q.nviews) >= 0.8f;
                if (alike) CHECK_MSG(!listed(&q, b), "%s shown with %s as a choice", q.trp->id, b);
            }
    /* a forehead pattern gets no gluteal distractor */
    for (uint64_t seed = 1; seed <= 20; seed++) {
        Question q;
        if (ask(QUIZ_IDENTIFY, "sternocleidomastoid", 0, -1, seed, &q))
            for (int c = 0; c < q.nchoices; c++)
                CHECK_MSG(strncmp(q.choices[c], "gluteus", 7), "%s for %s", q.choices[c], q.trp->id);
    }
    /* name: no distractor with a trigger point within a fingertip of the one shown */
    for (int mi = 0; mi < atlas->nmuscles; mi++) {
        Question q;
        if (!ask(QUIZ_NAME, atlas->muscles[mi].id, 0, -1, 1, &q)) continue;
        Vec2 x = q.trp->at[q.side][q.view];
        for (int c = 0; c < q.nchoices; c++) {
            const AtlasMuscle *d = atlas_muscle(atlas, q.choices[c]);
            if (d == q.muscle) continue;
            for (int t = 0; t < d->ntrps; t++)
                if (d->trps[t].has_at[q.side][q.view])
                    CHECK(hypotf(d->trps[t].at[q.side][q.view].x - x.x, d->trps[t].at[q.side][q.view].y - x.y) > 1.5f);
        }
    }
    printf("%d identify questions, %d with fewer than 4 choices\n", questions, short_lists);
    CHECK(short_lists * 10 <= questions);
    free(shown);
    pattern_area_map_free(map);
}

int main(void)
{
    char err[1024];
    atlas = atlas_load(atlas_default_dir(), err, sizeof err);
    if (!atlas) {
        fprintf(stderr, "atlas: %s\n", err);
        return 1;
    }
    QuizErrors errors = {0};
    const char *paths[] = {"tests/quiz/good"};
    set = quiz_set_load(atlas, paths, 1, &errors);
    static const TestCase cases[] = {T(test_infraspinatus_default), T(test_frequency),
                                     T(test_classic_patterns_asked), T(test_views),
                                     T(test_one_verdict_per_area), T(test_distractors)};
    int rc = set ? test_run_all_(cases, (int)(sizeof cases / sizeof cases[0])) : 1;
    quiz_set_unload(set);
    quiz_errors_free(&errors);
    atlas_unload(atlas);
    return rc;
}
