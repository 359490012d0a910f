/* fuzz_quiz: quiz loading and validation with Lua source in. The input is written as a quiz
 * file and loaded against the real atlas in the real sandbox; every quiz that loads then
 * plays one round (generated questions and hooks run), answering each question in turn
 * with a skip, a click, a choice and a paint, so that hook and scoring paths run too. The
 * JSON sent for each question and result must keep the fields clients rely on (a script's
 * text that is not UTF-8 once made jansson drop "prompt" and "feedback"). */
#include "fuzz_common.h"
#include "quiz/protocol.h"
#include "quiz/quiz.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz_atlas();
    return 0;
}

static void play(const Quiz *quiz, uint64_t seed)
{
    char err[512];
    Round *r = round_begin(quiz, seed, "fuzz", err, sizeof err);
    if (!r) return;
    static BodyGrid grid;
    bodygrid_clear(&grid);
    const Question *q;
    QuizResult res;
    for (int i = 0; (q = round_question(r)) && i < QUIZ_MAX_QUESTIONS + 10; i++) {
        Answer a = {.skip = i % 4 == 3, .view = q->view};
        if (i % 4 == 0) a.has_click = true, a.click = q->trp ? q->trp->at[q->side][q->view] : (Vec2){0, 120};
        if (i % 4 == 1) { bodygrid_fill_disc(&grid, (Vec2){0, 120}, 10); a.has_paint = true, a.paint = &grid; }
        if (i % 4 == 2) a.choices[a.nchoices++] = q->nchoices ? q->choices[i % q->nchoices] : "upper_trapezius";
        Question asked = *q;
        json_t *jq = protocol_question(&asked);
        if (!json_object_get(jq, "prompt") || !json_object_get(jq, "kind")) abort();
        json_decref(jq);
        if (round_answer(r, &a, &res) != 0 && round_skip(r, &res) != 0) break;
        json_t *jr = protocol_result(&asked, &res);
        if (!json_object_get(jr, "feedback") || !json_object_get(jr, "score")) abort();
        json_decref(jr);
    }
    QuizSummary sum;
    round_finish(r, "eof", &sum);
    json_t *js = protocol_summary(&sum, quiz->id, 1, seed);
    if (!js || !json_object_get(js, "percent") || (sum.failed && !json_object_get(js, "error"))) abort();
    json_decref(js);
    round_end(r);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const Atlas *atlas = fuzz_atlas();
    fuzz_write("fuzz.lua", data, size);
    char path[256];
    snprintf(path, sizeof path, "%s/fuzz.lua", fuzz_dir());
    const char *paths[] = {path};
    QuizErrors errors = {0};
    QuizSet *set = quiz_set_load(atlas, paths, 1, &errors);
    for (int i = 0; i < errors.count; i++)
        if (!errors.items[i] || !strstr(errors.items[i], "fuzz.lua")) abort();   /* messages name the file */
    quiz_errors_free(&errors);
    for (int i = 0; i < quiz_set_count(set); i++) play(quiz_set_at(set, i), size);
    quiz_set_unload(set);
    return 0;
}
