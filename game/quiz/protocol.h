/* protocol: the JSON-lines protocol of `play --stdio` (design.md section 7, docs/quiz-api.md):
 * questions, results, summaries and errors out; answers in. Also used to store what was
 * asked and answered as JSON text. */
#ifndef PROTOCOL_H
#define PROTOCOL_H

#include <jansson.h>
#include <stdint.h>
#include <stdio.h>
#include "quiz/quiz.h"

typedef struct ProtocolAnswer {
    Answer answer;                    /* answer.paint points at grid; answer.choice at choice */
    BodyGrid grid;
    char choice[128];
} ProtocolAnswer;

/* Parses one answer line. Returns 0, or -1 with a message for the player in err. */
int protocol_parse_answer(const char *line, ProtocolAnswer *out, char *err, size_t errlen);

json_t *protocol_question(const Question *q);
json_t *protocol_result(const Question *q, const QuizResult *r);
json_t *protocol_summary(const QuizSummary *s, const char *quiz_id, int64_t round_id, uint64_t seed);
json_t *protocol_error(const char *message, bool fatal);

/* Writes obj as one line and flushes; takes the reference. Returns 0 or -1. */
int protocol_write(FILE *f, json_t *obj);
/* Compact JSON text of obj (caller frees with free()); takes no reference. */
char *protocol_text(const json_t *obj);

#endif
