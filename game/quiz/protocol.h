/* protocol: the JSON-lines protocol of `play --stdio` (design.md section 7, docs/quiz-api.md):
 * questions, results, summaries and errors out; answers in. Also used to store what was
 * asked and answered as JSON text. */
#ifndef PROTOCOL_H
#define PROTOCOL_H

#include <jansson.h>
#include <stdint.h>
#include <stdio.h>
#include "quiz/round.h"

#define PROTOCOL_MAX_CIRCLES 20000    /* painted and erased circles in one answer */

typedef struct ProtocolAnswer {
    Answer answer;                    /* its pointers point into this struct */
    AnswerPaint paints[VIEW_COUNT];   /* paint per view (answer.paints) */
    BodyGrid grids[VIEW_COUNT];
    PaintCircle circles[PROTOCOL_MAX_CIRCLES];   /* every view's, one after the other */
    char choice[128];
    char choices[ANSWER_MAX_CHOICES][64];   /* the choice parts of an answer of several parts */
} ProtocolAnswer;

/* Is the line the request {"hint":true} (the student asks for the question's hint)? */
bool protocol_is_hint_request(const char *line);
/* Parses one answer line. Returns 0, or -1 with a message for the player in err. */
int protocol_parse_answer(const char *line, ProtocolAnswer *out, char *err, size_t errlen);
/* The canonical JSON text of an answer, the one form the store keeps (whether it came from
 * the game or from a client), and one that protocol_parse_answer reads back: {"skip":true}
 * (with "timeout":true when time ran out), {"click":{"view","x","y"}},
 * {"paint":{"views":{VIEW:[[x,y,r]...], ...}}} (a view whose paint was erased in part:
 * VIEW:{"circles":[[x,y,r]...],"erase":[[x,y,r,k]...]}, an eraser circle applied after the
 * first k painted ones), {"choice":id}. Paint is always written per view, in the answer's
 * order, even when it came in the one-view form {"paint":{"view","circles","erase"}} (which
 * the parser still reads); an answer of several parts under its kind's key (kinds.h:
 * answer_key), {"palpate":{"position":..,"technique":..,"click":{..}}}. Numbers are rounded
 * to 0.01 cm. The caller frees it; NULL when out of memory. */
char *protocol_answer_text(const Answer *a);

/* Questions and results: the fields every kind has, then the kind's own (kinds.h). */
json_t *protocol_question(const Question *q);
json_t *protocol_result(const Question *q, const QuizResult *r);
json_t *protocol_summary(const QuizSummary *s, const char *quiz_id, int64_t round_id, uint64_t seed);
json_t *protocol_error(const char *message, bool fatal);

/* Writes obj as one line and flushes; takes the reference. Returns 0 or -1. */
int protocol_write(FILE *f, json_t *obj);
/* Compact JSON text of obj (caller frees with free()); takes no reference. */
char *protocol_text(const json_t *obj);

/* Pieces of the wire format, for the kinds' fields. text: a string written by a script
 * (bytes that are not UTF-8 become '?'); cm: a number rounded to 0.01; strings: a list;
 * shape: a list of flat [x1,y1,x2,y2,...] polygons; trp: {"id","name","x","y"} of a trigger
 * point in a view and side (x, y left out when it is not drawn there; no id: with_id false). */
json_t *protocol_json_text(const char *s);
json_t *protocol_json_cm(double v);
json_t *protocol_json_strings(const char *const *items, int n);
json_t *protocol_json_shape(const Shape *s);
json_t *protocol_json_trp(const AtlasTrp *t, Side side, View view, bool with_id);
/* {VIEW:[x,y], ...}: where the trigger point is drawn, for each of the views that draw it. */
json_t *protocol_json_trp_at(const AtlasTrp *t, Side side, const View *views, int nviews);
/* ["posterior","anterior"]: view names. */
json_t *protocol_json_views(const View *views, int nviews);

#endif
