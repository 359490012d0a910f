/* facts: what one stored answer says, read back from the score file's texts (the question,
 * the answer and the result as JSON, docs/storage.md) with the atlas: the trigger point,
 * view and side asked, the student's own answer (click, paint as cm2 and areas, muscle
 * chosen), correct or not, and for refer questions a verdict per area. `scores --csv` and
 * the class report read every answer through here. Answers saved before schema v3 have no
 * stored result: what it held is computed again from the stored paint or click with the
 * atlas (score.h), so old and new answers read the same. Window-free, no I/O. */
#ifndef FACTS_H
#define FACTS_H

#include <stdbool.h>
#include "body/atlas.h"
#include "body/bodygrid.h"
#include "quiz/kinds.h"

#define FACTS_MAX_AREAS 64
#define FACTS_MIN_AREA_CELLS 4        /* an area counts as painted from 1 cm2 (4 cells) of paint */

/* A refer verdict per area (design.md section 8). */
typedef enum FactsVerdict { FACTS_FOUND, FACTS_PARTLY, FACTS_MISSED, FACTS_OVERSHOOT, FACTS_VERDICT_COUNT } FactsVerdict;
const char *facts_verdict_name(FactsVerdict v);   /* "found", "partly", "missed", "overshoot" */

/* One stored answer as the store keeps it (texts may be NULL). */
typedef struct FactsInput {
    const char *kind, *muscle;        /* answers.kind, answers.muscle (the muscle asked) */
    const char *question, *answer, *result;   /* the JSON texts; result NULL before schema v3 */
    int score;
} FactsInput;

typedef struct AnswerFacts {
    const QuizKindDef *kind;          /* NULL: a kind this program does not know */
    const AtlasMuscle *muscle;        /* asked (the right answer of identify/name); NULL unknown */
    const AtlasTrp *trp;              /* asked (refer/identify/name) or scored against (locate); NULL unknown */
    int view, side;                   /* View and Side asked, -1 unknown */
    bool skipped, timed_out, correct;
    bool has_click; View click_view; Vec2 click;
    bool has_paint; View paint_view;
    float painted_cm2;                /* paint inside the figure */
    const AtlasArea *painted[FACTS_MAX_AREAS]; int npainted;   /* areas with 1 cm2 of paint or more */
    const char *chosen;               /* the muscle id chosen (identify/name), NULL; valid until the next read */
    /* refer: one verdict per named area (found, partly, missed or painted in overshoot) */
    const AtlasArea *areas[FACTS_MAX_AREAS]; FactsVerdict verdicts[FACTS_MAX_AREAS]; int nareas;
    const BodyGrid *paint;            /* the paint rasterised (has_paint), valid until the next read */
    int paint_x0, paint_y0, paint_x1, paint_y1;   /* its painted cells' bounds (x1 < x0: none) */
} AnswerFacts;

typedef struct Facts Facts;

Facts *facts_new(const Atlas *a);     /* NULL when out of memory */
void facts_free(Facts *f);
/* Reads one answer. Never fails on bad texts: what cannot be read is left unknown. */
void facts_read(Facts *f, const FactsInput *in, AnswerFacts *out);
/* The atlas area with this label ("right temple"), or NULL. */
const AtlasArea *facts_area(const Facts *f, const char *label);

#endif
