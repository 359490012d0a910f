/* fuzz_protocol: the answer parser of `play --stdio` with JSON lines in. Every line of the
 * input is parsed as an answer; accepted answers are given to a round of a small quiz (one
 * question of each kind) on the real atlas, so that any answer the parser lets through is
 * scored. A refused line must come with a message; the round must stay usable. */
#include <math.h>

#include "fuzz_common.h"
#include "quiz/protocol.h"
#include "quiz/quiz.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);

static QuizSet *set;
static ProtocolAnswer *pa;

static const char QUIZ[] =
    "return quiz { id = \"fuzz-protocol\", title = \"Fuzz\", questions = {\n"
    "  locate { muscle = \"upper_trapezius\", view = \"posterior\", side = \"right\" },\n"
    "  refer { muscle = \"upper_trapezius\", trp = 1, view = \"posterior\" },\n"
    "  identify { muscle = \"infraspinatus\", choices = 4 },\n"
    "  name { muscle = \"levator_scapulae\", choices = 4 },\n"
    "} }\n";

static void unload(void)
{
    quiz_set_unload(set);
    free(pa);
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    const Atlas *atlas = fuzz_atlas();
    fuzz_write("protocol.lua", QUIZ, sizeof QUIZ - 1);
    char path[256];
    snprintf(path, sizeof path, "%s/protocol.lua", fuzz_dir());
    const char *paths[] = {path};
    QuizErrors errors = {0};
    set = quiz_set_load(atlas, paths, 1, &errors);
    for (int i = 0; i < errors.count; i++) fprintf(stderr, "%s\n", errors.items[i]);
    quiz_errors_free(&errors);
    pa = malloc(sizeof *pa);
    if (!set || quiz_set_count(set) != 1 || !pa) abort();
    atexit(unload);
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *text = malloc(size + 1);
    if (!text) return 0;
    memcpy(text, data, size);
    text[size] = 0;
    char err[512];
    Round *r = round_begin(quiz_set_at(set, 0), 7, "fuzz", err, sizeof err);
    if (!r) abort();
    for (char *line = text, *next; line; line = next) {
        next = strchr(line, '\n');
        if (next) *next++ = 0;
        if (!round_question(r)) break;
        err[0] = 0;
        if (protocol_parse_answer(line, pa, err, sizeof err) != 0) {
            if (!err[0]) abort();   /* a refusal always says why */
            continue;
        }
        if (pa->answer.has_click && !(fabsf(pa->answer.click.x) <= 1e4f && fabsf(pa->answer.click.y) <= 1e4f))
            abort();   /* a click is a point of the body frame, not 1e308 */
        QuizResult res;
        const Question *q = round_question(r);
        Question asked = *q;
        if (round_answer(r, &pa->answer, &res) == 0) {
            if (res.score < 0 || res.score > 100) abort();
            json_t *j = protocol_result(&asked, &res);
            char *s = protocol_text(j);
            json_decref(j);
            free(s);
        } else if (!round_message(r) || !round_message(r)[0]) {
            abort();
        }
    }
    QuizSummary sum;
    round_finish(r, "eof", &sum);
    round_end(r);
    free(text);
    return 0;
}
