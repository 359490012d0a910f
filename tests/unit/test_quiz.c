/* test_quiz: the quiz runtime against the real atlas: good quizzes load, every broken
 * script gives the messages written at its top ("-- expect: file:line: message"), rounds are
 * deterministic per seed and never repeat, hooks that fail end the round with their message,
 * and an adaptive quiz asks again what was missed. */
#include <dirent.h>
#include <sys/stat.h>
#include <stdlib.h>
#include <unistd.h>

#include "quiz/check.h"
#include "quiz/protocol.h"
#include "quiz/quiz.h"
#include "quiz/round.h"
#include "store/paths.h"
#include "test.h"

static Atlas *atlas;

static QuizSet *load_good(QuizErrors *errors)
{
    const char *paths[] = {"tests/quiz/good"};
    return quiz_set_load(atlas, paths, 1, errors);
}

static void test_load_good(void)
{
    QuizErrors errors = {0};
    QuizSet *set = load_good(&errors);
    CHECK(set);
    CHECK_MSG(errors.count == 0, "%s", errors.count ? errors.items[0] : "");
    CHECK(quiz_set_count(set) == 12);
    const Quiz *q = quiz_set_find(set, "test-basic");
    CHECK(q && q->nquestions == 5 && !q->generated);
    CHECK(q && strlen(q->hash) == 16);
    CHECK(q && q->line == 2 && !strcmp(q->title, "Test: basic"));
    q = quiz_set_find(set, "test-generated");
    CHECK(q && q->generated);
    q = quiz_set_find(set, "test-repeat");
    CHECK(q && q->repeat);
    CHECK(quiz_set_find(set, "nope") == NULL);
    q = quiz_set_find(set, "test-count");
    CHECK(q && q->count == 2 && q->shuffle && q->nquestions == 4);
    CHECK(quiz_set_reload(set, &errors) == 12);
    CHECK(errors.count == 0);
    quiz_set_unload(set);
    quiz_errors_free(&errors);
}

static const char *basename_of(const char *path)
{
    const char *slash = strrchr(path, '/');
    return slash ? slash + 1 : path;
}

/* "tests/quiz/broken/x.lua:7: ..." as "x.lua:7: ...": the form the expect lines use. */
static void shorten(const char *msg, char *out, size_t len)
{
    char got[1024];
    snprintf(got, sizeof got, "%s", msg);
    got[strcspn(got, "\n")] = 0;
    const char *colon = strstr(got, ".lua:");
    if (!colon) {
        snprintf(out, len, "%s", got);
        return;
    }
    char path_part[600];
    snprintf(path_part, sizeof path_part, "%.*s", (int)(colon + 4 - got), got);
    snprintf(out, len, "%s%s", basename_of(path_part), colon + 4);
}

/* An expect line matches a message exactly, or as a prefix when it ends with "..." (for a
 * limit whose wording depends on which limit a loaded machine hits first). */
static bool expect_matches(const char *want, const char *got)
{
    size_t n = strlen(want);
    if (n > 3 && !strcmp(want + n - 3, "...")) return !strncmp(want, got, n - 3);
    return !strcmp(want, got);
}

/* Each fixture, loaded with the good ones (so duplicate ids show), then checked as
 * `trigger-trainer check` does (quiz/check.h: its id against the built-in quizzes, its
 * rounds played), must produce exactly the messages in its "-- expect:" lines. */
static void check_fixture(const char *path)
{
    char expected[8][600];
    int nexp = 0;
    FILE *f = fopen(path, "r");
    CHECK_MSG(f, "cannot open %s", path);
    if (!f) return;
    char line[800];
    while (fgets(line, sizeof line, f) && nexp < 8) {
        if (strncmp(line, "-- expect: ", 11)) continue;
        line[strcspn(line, "\n")] = 0;
        snprintf(expected[nexp++], sizeof expected[0], "%.590s", line + 11);
    }
    fclose(f);
    CHECK_MSG(nexp > 0, "%s has no expect line", path);
    const char *paths[] = {"tests/quiz/good", path};
    QuizErrors errors = {0};
    QuizSet *set = quiz_set_load(atlas, paths, 2, &errors);
    CHECK(set);
    const char *builtin_dir = paths_quizzes_builtin();
    QuizErrors ignored = {0};
    QuizSet *builtin = quiz_set_load(atlas, &builtin_dir, 1, &ignored);
    int good = 0;
    for (int i = 0; set && i < quiz_set_count(set); i++) {
        const Quiz *q = quiz_set_at(set, i);
        if (strcmp(q->file, path)) { good++; continue; }
        CheckReport rep = {0};
        check_quiz(q, NULL, &rep);
        for (int k = 0; k < rep.errors.count; k++) quiz_errors_add(&errors, "%s", rep.errors.items[k]);
        for (int k = 0; k < rep.warnings.count; k++) quiz_errors_add(&errors, "%s", rep.warnings.items[k]);
        check_report_free(&rep);
    }
    QuizErrors clashes = {0};
    if (set && builtin) check_id_clashes(set, builtin, "the built-in quiz", &clashes);
    for (int k = 0; k < clashes.count; k++)
        if (strstr(clashes.items[k], path)) quiz_errors_add(&errors, "%s", clashes.items[k]);
    CHECK_MSG(errors.count == nexp, "%s: %d messages, expected %d (first: %s)", path, errors.count, nexp,
              errors.count ? errors.items[0] : "none");
    for (int i = 0; i < nexp; i++) {
        bool found = false;
        for (int j = 0; j < errors.count && !found; j++) {
            char got[1024];
            shorten(errors.items[j], got, sizeof got);
            found = expect_matches(expected[i], got);
        }
        CHECK_MSG(found, "%s: missing message: %s (first: %s)", path, expected[i], errors.count ? errors.items[0] : "none");
    }
    CHECK(good == 12);   /* the good ones still load (one quiz per file in tests/quiz/good) */
    quiz_set_unload(builtin);
    quiz_set_unload(set);
    quiz_errors_free(&clashes);
    quiz_errors_free(&ignored);
    quiz_errors_free(&errors);
}

static int name_cmp(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

/* Every fixture of a folder; at least min of them. */
static void check_fixtures(const char *dir, int min)
{
    DIR *d = opendir(dir);
    CHECK_MSG(d, "cannot open %s", dir);
    if (!d) return;
    char *names[128];
    int n = 0;
    struct dirent *e;
    while ((e = readdir(d)) && n < 128)
        if (strstr(e->d_name, ".lua")) names[n++] = strdup(e->d_name);
    closedir(d);
    qsort(names, (size_t)n, sizeof *names, name_cmp);
    CHECK(n >= min);
    for (int i = 0; i < n; i++) {
        char path[512];
        snprintf(path, sizeof path, "%s/%s", dir, names[i]);
        check_fixture(path);
        free(names[i]);
    }
}

static void test_broken_messages(void) { check_fixtures("tests/quiz/broken", 30); }
static void test_warning_messages(void) { check_fixtures("tests/quiz/warnings", 2); }

/* A key naming what a question asks, to compare rounds. */
static void question_key(const Question *q, char *buf, size_t len)
{
    snprintf(buf, len, "%s/%s/%s/%s/%d", quiz_kind_name(q->kind), q->muscle->id, atlas_view_name(q->view),
             atlas_side_name(q->side), q->trp_index);
    for (int i = 0; i < q->nchoices; i++) {
        size_t used = strlen(buf);
        snprintf(buf + used, len - used, "+%s", q->choices[i]);
    }
}

/* Plays a round by skipping; writes the keys joined into out. Returns the questions asked. */
static int skip_round(const Quiz *quiz, uint64_t seed, char *out, size_t len)
{
    char err[512];
    Round *r = round_begin(quiz, seed, "tester", err, sizeof err);
    CHECK_MSG(r, "%s", err);
    if (!r) return 0;
    out[0] = 0;
    int n = 0;
    const Question *q;
    while ((q = round_question(r))) {
        char key[512];
        question_key(q, key, sizeof key);
        size_t used = strlen(out);
        snprintf(out + used, len - used, "%s;", key);
        QuizResult res;
        CHECK(round_skip(r, &res) == 0);
        CHECK(res.skipped && res.score == 0);
        n++;
    }
    QuizSummary sum;
    round_finish(r, "eof", &sum);
    CHECK(sum.asked == n && sum.skipped == n && sum.score == 0 && !sum.failed);
    round_end(r);
    return n;
}

static void test_generated_deterministic(void)
{
    QuizErrors errors = {0};
    QuizSet *set = load_good(&errors);
    const Quiz *q = quiz_set_find(set, "test-generated");
    CHECK(q);
    if (!q) { quiz_set_unload(set); quiz_errors_free(&errors); return; }
    static char a[8192], b[8192];
    int na = skip_round(q, 42, a, sizeof a);
    int nb = skip_round(q, 42, b, sizeof b);
    CHECK(na > 1 && na == nb);
    CHECK_STR(a, b);
    bool differs = false;
    for (uint64_t seed = 1; seed < 20 && !differs; seed++) {
        skip_round(q, seed, b, sizeof b);
        differs = strcmp(a, b) != 0;
    }
    CHECK(differs);
    /* the neck muscles once each, the duplicate dropped, plus the name question */
    int neck = 0;
    for (int i = 0; i < atlas->nmuscles; i++) neck += !strcmp(atlas->muscles[i].region, "neck");
    CHECK_MSG(na == neck + 1, "asked %d, neck muscles %d", na, neck);
    /* never the same question twice */
    char *save = NULL;
    char *copy = strdup(a);
    char *keys[256];
    int nk = 0;
    for (char *t = strtok_r(copy, ";", &save); t && nk < 256; t = strtok_r(NULL, ";", &save)) keys[nk++] = t;
    for (int i = 0; i < nk; i++)
        for (int j = i + 1; j < nk; j++) CHECK_MSG(strcmp(keys[i], keys[j]), "repeated: %s", keys[i]);
    free(copy);

    /* count: two of four, not always the same two */
    const Quiz *cq = quiz_set_find(set, "test-count");
    CHECK(cq && skip_round(cq, 1, a, sizeof a) == 2);
    bool other_pair = false;
    for (uint64_t seed = 2; cq && seed < 20 && !other_pair; seed++) {
        CHECK(skip_round(cq, seed, b, sizeof b) == 2);
        other_pair = strcmp(a, b) != 0;
    }
    CHECK(other_pair);

    const Quiz *rq = quiz_set_find(set, "test-repeat");
    CHECK(rq && skip_round(rq, 1, a, sizeof a) == 2);
    quiz_set_unload(set);
    quiz_errors_free(&errors);
}

static const AtlasTrp *visible_trp(const AtlasMuscle *m, View v, Side s)
{
    for (int i = 0; i < m->ntrps; i++)
        if (m->trps[i].has_at[s][v]) return &m->trps[i];
    return NULL;
}

static void test_static_round_scores(void)
{
    QuizErrors errors = {0};
    QuizSet *set = load_good(&errors);
    const Quiz *quiz = quiz_set_find(set, "test-basic");
    char err[512];
    Round *r = quiz ? round_begin(quiz, 7, "tester", err, sizeof err) : NULL;
    CHECK(r);
    if (!r) { quiz_set_unload(set); quiz_errors_free(&errors); return; }
    QuizResult res;

    const Question *q = round_question(r);
    CHECK(q && q->kind == QUIZ_LOCATE && q->n == 1 && q->of == 5);
    CHECK(q && q->view == VIEW_POSTERIOR && q->side == SIDE_RIGHT);
    CHECK(q && strstr(q->prompt, "client's right upper trapezius"));
    Answer wrong = {.choices = {"masseter"}, .nchoices = 1};
    CHECK(round_answer(r, &wrong, &res) == -1);
    CHECK(strstr(round_message(r), "answer with a click"));
    const AtlasTrp *t = visible_trp(q->muscle, q->view, q->side);
    CHECK(t);
    Answer click = {.has_click = true, .view = VIEW_POSTERIOR, .click = t ? t->at[SIDE_RIGHT][VIEW_POSTERIOR] : (Vec2){0, 0}};
    CHECK(round_answer(r, &click, &res) == 0);
    CHECK(res.score == 100 && res.correct && res.distance_cm < 0.01f);

    q = round_question(r);
    CHECK(q && q->kind == QUIZ_REFER && q->trp_index == 1 && q->trp == &q->muscle->trps[0]);
    /* the pattern is all its views: the quiz's view first, then the side view holding the
     * temple and jaw */
    CHECK(q && q->nviews >= 2 && q->views[0] == VIEW_POSTERIOR && q->view == VIEW_POSTERIOR);
    BodyGrid *paint = malloc(sizeof *paint * VIEW_COUNT);
    AnswerPaint views[VIEW_COUNT];
    for (int i = 0; q && i < q->nviews; i++) {
        bodygrid_clear(&paint[i]);
        bodygrid_fill_shape(&paint[i], &q->trp->essential[q->side][q->views[i]]);
        views[i] = (AnswerPaint){q->views[i], NULL, 0, &paint[i]};
    }
    Answer pa = {.has_paint = true, .paints = views, .npaints = q ? q->nviews : 0};
    CHECK(round_answer(r, &pa, &res) == 0);
    CHECK_MSG(res.score >= 90, "refer score %d", res.score);
    CHECK(res.refer.nmissed == 0 && res.refer.noutside == 0 && res.refer.nhit >= 3);
    free(paint);

    q = round_question(r);
    CHECK(q && q->kind == QUIZ_IDENTIFY && q->side == SIDE_LEFT && q->nchoices == 4);
    bool listed = false;
    for (int i = 0; q && i < q->nchoices; i++) listed |= !strcmp(q->choices[i], "levator_scapulae");
    CHECK(listed);
    Answer notlisted = {.choices = {"no_such_muscle"}, .nchoices = 1};
    CHECK(round_answer(r, &notlisted, &res) == -1);
    Answer right = {.choices = {"levator_scapulae"}, .nchoices = 1};
    CHECK(round_answer(r, &right, &res) == 0);
    CHECK(res.score == 100 && res.correct && !strcmp(res.answer, "levator_scapulae"));

    q = round_question(r);
    CHECK(q && q->kind == QUIZ_NAME && q->nchoices == 3 && q->view == VIEW_ANTERIOR && q->trp);
    const char *other = NULL;
    for (int i = 0; q && i < q->nchoices; i++)
        if (strcmp(q->choices[i], "sternocleidomastoid")) other = q->choices[i];
    Answer wrongc = {.choices = {other}, .nchoices = 1};
    CHECK(other && round_answer(r, &wrongc, &res) == 0);
    CHECK(res.score == 0 && !res.correct);

    q = round_question(r);
    CHECK(q && q->kind == QUIZ_LOCATE && q->side == SIDE_LEFT);
    Answer far = {.has_click = true, .view = VIEW_POSTERIOR, .click = {-10, 20}};
    CHECK(round_answer(r, &far, &res) == 0);
    CHECK(res.score == 0);
    CHECK(round_question(r) == NULL);
    QuizSummary sum;
    round_finish(r, "eof", &sum);
    CHECK(sum.asked == 5 && sum.max == 500 && !sum.failed);
    CHECK_MSG(sum.score >= 290 && sum.score <= 300, "score %d", sum.score);
    round_end(r);
    quiz_set_unload(set);
    quiz_errors_free(&errors);
}

static void test_hook_errors(void)
{
    QuizErrors errors = {0};
    QuizSet *set = load_good(&errors);
    char err[512];

    const Quiz *q = quiz_set_find(set, "test-hook-error");
    Round *r = q ? round_begin(q, 1, "tester", err, sizeof err) : NULL;
    CHECK(r);
    if (r) {
        QuizResult res;
        CHECK(round_skip(r, &res) == 0 && !round_failed(r));
        CHECK(round_skip(r, &res) == 0);
        CHECK(round_failed(r));
        CHECK_MSG(round_error(r) && strstr(round_error(r), "hook_error.lua:12: on_answer broke on purpose"), "%s",
                  round_error(r) ? round_error(r) : "(none)");
        CHECK(round_question(r) == NULL);
        QuizSummary sum;
        round_finish(r, "eof", &sum);
        CHECK(sum.failed && sum.asked == 2 && strstr(sum.error, "broke on purpose"));
        round_end(r);
    }

    q = quiz_set_find(set, "test-questions-error");
    r = q ? round_begin(q, 1, "tester", err, sizeof err) : NULL;
    CHECK(q && !r);
    CHECK_MSG(strstr(err, "questions_error.lua:7: tolerance must be a number, got string"), "%s", err);
    round_end(r);

    q = quiz_set_find(set, "test-finish-error");
    r = q ? round_begin(q, 1, "tester", err, sizeof err) : NULL;
    CHECK(r);
    if (r) {
        QuizResult res;
        CHECK(round_skip(r, &res) == 0 && !round_failed(r) && round_question(r) == NULL);
        QuizSummary sum;
        round_finish(r, "eof", &sum);
        CHECK(sum.failed && sum.asked == 1);
        CHECK_MSG(strstr(sum.error, "finish_error.lua:7: attempt to index a nil value"), "%s", sum.error);
        round_end(r);
    }

    q = quiz_set_find(set, "test-bad-reply");
    r = q ? round_begin(q, 1, "tester", err, sizeof err) : NULL;
    CHECK(r);
    if (r) {
        QuizResult res;
        CHECK(round_skip(r, &res) == 0 && round_failed(r));
        CHECK_MSG(strstr(round_error(r), "bad_reply.lua:10: on_answer: again must be true or a question, got string"),
                  "%s", round_error(r));
        round_end(r);
    }

    q = quiz_set_find(set, "test-atlas-write");
    r = q ? round_begin(q, 1, "tester", err, sizeof err) : NULL;
    CHECK(q && !r);
    CHECK_MSG(strstr(err, "atlas is read-only"), "%s", err);
    round_end(r);
    quiz_set_unload(set);
    quiz_errors_free(&errors);
}

static void test_adaptive_reasks(void)
{
    QuizErrors errors = {0};
    QuizSet *set = load_good(&errors);
    const Quiz *q = quiz_set_find(set, "test-adaptive");
    char err[512];
    Round *r = q ? round_begin(q, 3, "tester", err, sizeof err) : NULL;
    CHECK(r);
    if (!r) { quiz_set_unload(set); quiz_errors_free(&errors); return; }
    QuizResult res;
    const Question *first = round_question(r);
    const AtlasMuscle *m1 = first ? first->muscle : NULL;
    CHECK(round_skip(r, &res) == 0);
    CHECK_MSG(strstr(res.feedback, "again later"), "%s", res.feedback);
    CHECK(round_count(r) == 3);
    /* the second is answered right: not asked again */
    const Question *second = round_question(r);
    const AtlasTrp *t = second ? visible_trp(second->muscle, second->view, second->side) : NULL;
    CHECK(t);
    Answer click = {.has_click = true, .view = VIEW_POSTERIOR, .click = t ? t->at[SIDE_RIGHT][VIEW_POSTERIOR] : (Vec2){0, 0}};
    CHECK(round_answer(r, &click, &res) == 0 && res.score == 100);
    CHECK(round_count(r) == 3);
    const Question *again = round_question(r);
    CHECK(again && again->n == 3 && again->of == 3 && again->muscle == m1);
    CHECK(round_skip(r, &res) == 0);
    CHECK_MSG(strstr(res.feedback, "answer 3"), "%s", res.feedback);
    CHECK(round_question(r) == NULL);
    QuizSummary sum;
    round_finish(r, "eof", &sum);
    CHECK(sum.asked == 3 && sum.score == 100 && !sum.failed);
    CHECK_STR(sum.feedback, "finished 3 3");
    round_end(r);
    quiz_set_unload(set);
    quiz_errors_free(&errors);
}

static void test_protocol_answers(void)
{
    ProtocolAnswer *pa = malloc(sizeof *pa);
    char err[256];
    CHECK(protocol_parse_answer("{\"click\":{\"view\":\"posterior\",\"x\":1.5,\"y\":140}}", pa, err, sizeof err) == 0);
    CHECK(pa->answer.has_click && pa->answer.view == VIEW_POSTERIOR && pa->answer.click.y == 140.0f);
    CHECK(protocol_parse_answer("{\"paint\":{\"view\":\"anterior\",\"circles\":[[0,100,2]]}}", pa, err, sizeof err) == 0);
    CHECK(pa->answer.has_paint && bodygrid_count(&pa->grids[0]) > 40);
    CHECK(protocol_parse_answer("{\"choice\":\"masseter\"}", pa, err, sizeof err) == 0);
    CHECK(pa->answer.nchoices == 1 && !strcmp(pa->answer.choices[0], "masseter"));
    CHECK(protocol_parse_answer("{\"skip\":true}", pa, err, sizeof err) == 0 && pa->answer.skip);
    const char *bad[] = {"", "nope", "[]", "{}", "{\"skip\":false}", "{\"click\":{\"view\":\"top\",\"x\":1,\"y\":2}}",
                         "{\"click\":{\"view\":\"anterior\",\"x\":\"1\",\"y\":2}}", "{\"paint\":{\"view\":\"anterior\"}}",
                         "{\"paint\":{\"view\":\"anterior\",\"circles\":[[1,2]]}}", "{\"choice\":3}",
                         "{\"skip\":true,\"choice\":\"x\"}", "{\"dance\":1}"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        err[0] = 0;
        CHECK_MSG(protocol_parse_answer(bad[i], pa, err, sizeof err) == -1 && err[0], "accepted: %s", bad[i]);
    }
    free(pa);
}

/* A quiz written to a temporary file and loaded alone; NULL (with the errors shown) when it
 * does not load. */
static QuizSet *load_text(const char *src, char *path, size_t len)
{
    snprintf(path, len, "/tmp/tt-test-quiz-%d.lua", (int)getpid());
    FILE *f = fopen(path, "w");
    if (!f) return NULL;
    fputs(src, f);
    fclose(f);
    QuizErrors errors = {0};
    const char *paths[] = {path};
    QuizSet *set = quiz_set_load(atlas, paths, 1, &errors);
    CHECK_MSG(errors.count == 0, "%s", errors.count ? errors.items[0] : "");
    quiz_errors_free(&errors);
    return set;
}

/* points weigh the score and the max; always survives count; {prompt} keeps the generated
 * text; a question's time_limit and hint reach the question; the tolerance reads as written. */
static void test_question_fields(void)
{
    char path[256], err[512];
    QuizSet *set = load_text(
        "return quiz { id = 'fields', title = 'Fields', time_limit = 30, count = 2,\n"
        "  questions = {\n"
        "    locate { muscle = 'upper_trapezius', view = 'posterior', side = 'right', tolerance = 2.5, points = 3,\n"
        "             time_limit = 12, hint = 'Above the acromion.', prompt = 'Case 1: {prompt}' },\n"
        "    locate { muscle = 'levator_scapulae', view = 'posterior', side = 'right' },\n"
        "    locate { muscle = 'splenius_capitis', side = 'right' },\n"
        "    locate { muscle = 'masseter', side = 'right', always = true, points = 0 },\n"
        "  } }\n", path, sizeof path);
    const Quiz *q = set ? quiz_set_find(set, "fields") : NULL;
    CHECK(q != NULL);
    for (uint64_t seed = 1; q && seed <= 6; seed++) {   /* count = 2: masseter (always) is always one */
        Round *r = round_begin(q, seed, "tester", err, sizeof err);
        CHECK_MSG(r, "%s", err);
        if (!r) continue;
        bool masseter = false, first = false;
        const Question *qq;
        QuizResult res;
        while ((qq = round_question(r))) {
            masseter |= !strcmp(qq->muscle->id, "masseter");
            if (!strcmp(qq->muscle->id, "upper_trapezius")) {
                first = true;
                CHECK(qq->time_limit == 12 && qq->points == 3 && !strcmp(qq->hint, "Above the acromion."));
                CHECK_MSG(!strncmp(qq->prompt, "Case 1: Click ", 14) && strstr(qq->prompt, "upper trapezius"), "%s",
                          qq->prompt);
                const AtlasTrp *t = visible_trp(qq->muscle, VIEW_POSTERIOR, SIDE_RIGHT);
                Vec2 at = t ? t->at[SIDE_RIGHT][VIEW_POSTERIOR] : (Vec2){0, 0};
                Answer a = {.has_click = true, .view = VIEW_POSTERIOR, .click = {at.x, at.y - 2.6f}};
                CHECK(round_answer(r, &a, &res) == 0);
                CHECK_MSG(res.score == 0 && strstr(res.feedback, "beyond the 2.5 cm tolerance"), "%s", res.feedback);
            } else {
                CHECK(qq->time_limit == 30 && !qq->hint[0]);
                CHECK(round_skip(r, &res) == 0);
            }
        }
        QuizSummary sum;
        round_finish(r, "eof", &sum);
        CHECK(masseter && sum.asked == 2);
        /* masseter counts 0, upper trapezius 300, the others 100 */
        CHECK_MSG(sum.max == (first ? 300 : 100) && sum.score == 0, "max %d (first %d)", sum.max, first);
        round_end(r);
    }
    quiz_set_unload(set);
    remove(path);
}

/* atlas.trigger_points: the fields and filters of design.md section 8, and its messages. */
static void test_trigger_points(void)
{
    char path[256], err[512];
    QuizSet *set = load_text(
        "return quiz { id = 'tp', title = 'TP', questions = function(ctx)\n"
        "  local ut = atlas.trigger_points { muscle = 'upper_trapezius' }\n"
        "  assert(#ut == 2 and ut[1].number == 1 and ut[2].number == 2, 'two, numbered')\n"
        "  assert(ut[1].id == 'upper_trapezius_1' and ut[1].muscle == 'upper_trapezius' and ut[1].frequency == 'common')\n"
        "  local temple = false\n"
        "  for _, a in ipairs(ut[1].areas) do temple = temple or a == 'temple' end\n"
        "  assert(temple, 'TrP1 refers to the temple')\n"
        "  assert(#ut[1].views > 0 and type(ut[1].spillover_areas) == 'table', 'views and spillover')\n"
        "  local knee = atlas.trigger_points { area = 'knee' }\n"
        "  assert(#knee >= 10, 'knee patterns: ' .. #knee)\n"
        "  for _, t in ipairs(knee) do assert(atlas.muscle(t.muscle).region ~= 'neck', t.id) end\n"
        "  local rare = atlas.trigger_points { frequency = 'rare' }\n"
        "  for _, t in ipairs(rare) do assert(t.frequency == 'rare') end\n"
        "  local neck = atlas.trigger_points { region = 'neck', view = 'posterior' }\n"
        "  for _, t in ipairs(neck) do assert(atlas.muscle(t.muscle).region == 'neck') end\n"
        "  assert(#atlas.trigger_points() > #knee)\n"
        "  assert(not pcall(function() ut[1].number = 3 end), 'read-only')\n"
        "  return { refer { muscle = knee[1].muscle, trp = knee[1].number } }\n"
        "end }\n", path, sizeof path);
    const Quiz *q = set ? quiz_set_find(set, "tp") : NULL;
    Round *r = q ? round_begin(q, 1, "tester", err, sizeof err) : NULL;
    CHECK_MSG(r, "%s", err);
    round_end(r);
    quiz_set_unload(set);
    static const struct { const char *call, *says; } bad[] = {
        {"atlas.trigger_points { area = 'kne' }", "atlas.trigger_points: no area is named 'kne'"},
        {"atlas.trigger_points { muscle = 'masseterr' }", "unknown muscle 'masseterr' (did you mean 'masseter'?)"},
        {"atlas.trigger_points { frequancy = 'rare' }", "unknown filter 'frequancy' (did you mean 'frequency'?)"},
        {"atlas.trigger_points { frequency = 'often' }", "unknown frequency 'often'"},
        {"atlas.muscles { region = 'Neck' }", "unknown region 'Neck' (did you mean 'neck'?)"},
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        char src[512];
        snprintf(src, sizeof src, "return quiz { id = 'bad', title = 'Bad', questions = function(ctx)\n  local x = %s\n"
                 "  return { locate { muscle = 'masseter' } } end }\n", bad[i].call);
        set = load_text(src, path, sizeof path);
        q = set ? quiz_set_find(set, "bad") : NULL;
        r = q ? round_begin(q, 1, "tester", err, sizeof err) : NULL;
        CHECK(q && !r);
        CHECK_MSG(strstr(err, ".lua:2: ") && strstr(err, bad[i].says), "%s: %s", bad[i].call, err);
        round_end(r);
        quiz_set_unload(set);
    }
    remove(path);
}

static void test_hash_and_dirs(void)
{
    char h[17];
    quiz_content_hash("", 0, h);
    CHECK_STR(h, "cbf29ce484222325");
    quiz_content_hash("a", 1, h);
    CHECK_STR(h, "af63dc4c8601ec8c");
    CHECK(strstr(paths_quizzes_builtin(), "quizzes"));
    CHECK(strstr(paths_quizzes_user(), "trigger-trainer/quizzes"));
}

/* A regional view in a quiz: on a small atlas whose only trigger point is drawn on the sole,
 * `locate` asked in foot_plantar (and by default, as no whole-body view shows it) is scored in
 * that frame, both feet: the left foot is the mirror of the right, and a click on the other foot
 * is the wrong side. */
static void write_text(const char *dir, const char *name, const char *text)
{
    char path[512];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *f = fopen(path, "w");
    CHECK_MSG(f != NULL, "cannot write %s", path);
    if (f) { fputs(text, f); fclose(f); }
}

static void test_regional_locate(void)
{
    char root[64] = "/tmp/tt_quiz_regional_XXXXXX", dir[128], err[1024];
    CHECK(mkdtemp(root) != NULL);
    snprintf(dir, sizeof dir, "%s/muscles", root);
    mkdir(dir, 0755);
    write_text(root, "body.lua",
        "return { regions = { \"leg\" }, views = {\n"
        "  anterior = { silhouette = { { 0,170, -20,150, -20,0, 0,0, half = true } } },\n"
        "  posterior = { silhouette = { { 0,170, 20,150, 20,0, 0,0, half = true } } },\n"
        "  lateral_right = { silhouette = { { -10,0, 10,0, 10,170, -10,170 } } },\n"
        "  foot_plantar = { silhouette = { { -13,0, -5,0, -4,25, -14,25 } } },\n"
        "} }\n");
    write_text(dir, "foot.lua",
        "return { muscles = { { id = \"abductor_hallucis\", name = \"Abductor hallucis\", region = \"leg\",\n"
        "  layer = \"superficial\", sources = { \"A book\" },\n"
        "  palpation = { text = \"Along the inner border of the sole, above the arch.\", position = \"supine\",\n"
        "                technique = \"flat\" },\n"
        "  outline = { foot_plantar = { { -7,2, -5,2, -5,16, -7,16 } } },\n"
        "  trps = { { id = \"abductor_hallucis_1\", frequency = \"common\", at = { foot_plantar = { -6, 9 } },\n"
        "    essential = { foot_plantar = { { -8,1, -5,1, -5,6, -8,6 } } } } } } } }\n");
    char quiz[128];
    snprintf(quiz, sizeof quiz, "%s/q.lua", root);
    write_text(root, "q.lua",
        "return quiz { id = \"sole\", title = \"Sole\", questions = {\n"
        "  locate { muscle = \"abductor_hallucis\", view = \"foot_plantar\", side = \"left\" },\n"
        "  locate { muscle = \"abductor_hallucis\", side = \"right\" },\n"
        "} }\n");
    Atlas *a = atlas_load(root, err, sizeof err);
    CHECK_MSG(a != NULL, "regional atlas: %s", err);
    QuizErrors errors = {0};
    const char *paths[] = {quiz};
    QuizSet *set = a ? quiz_set_load(a, paths, 1, &errors) : NULL;
    CHECK_MSG(set && errors.count == 0, "%s", errors.count ? errors.items[0] : "no set");
    const Quiz *qz = set ? quiz_set_find(set, "sole") : NULL;
    Round *r = qz ? round_begin(qz, 1, "tester", err, sizeof err) : NULL;
    CHECK(r != NULL);
    if (r) {
        QuizResult res;
        const Question *q = round_question(r);
        CHECK(q && q->view == VIEW_FOOT_PLANTAR && q->side == SIDE_LEFT && strstr(q->prompt, "sole of the foot"));
        Answer onright = {.has_click = true, .view = VIEW_FOOT_PLANTAR, .click = {-6, 9}};
        CHECK(round_answer(r, &onright, &res) == 0 && res.score == 0);   /* the other foot */
        q = round_question(r);
        CHECK(q && q->view == VIEW_FOOT_PLANTAR && q->side == SIDE_RIGHT);   /* the default view */
        Answer right = {.has_click = true, .view = VIEW_FOOT_PLANTAR, .click = {-6.2f, 9.3f}};
        CHECK(round_answer(r, &right, &res) == 0 && res.score == 100 && res.correct);
        CHECK(round_question(r) == NULL);
        QuizSummary sum;
        round_finish(r, "completed", &sum);
        CHECK(sum.asked == 2 && sum.score == 100);
        round_end(r);
    }
    /* the left foot's point is the mirror of the right one's */
    const AtlasTrp *t = a ? atlas_trp(a, "abductor_hallucis_1", NULL) : NULL;
    CHECK(t && t->has_at[SIDE_LEFT][VIEW_FOOT_PLANTAR] && t->at[SIDE_LEFT][VIEW_FOOT_PLANTAR].x == 6);
    quiz_set_unload(set);
    quiz_errors_free(&errors);
    atlas_unload(a);
    const char *files[] = {"muscles/foot.lua", "muscles", "body.lua", "q.lua", ""};
    for (size_t i = 0; i < sizeof files / sizeof files[0]; i++) {
        char path[256];
        snprintf(path, sizeof path, "%s/%s", root, files[i]);
        remove(path);
    }
}

static void run_all(void);

int main(void)
{
    char err[1024];
    atlas = atlas_load(atlas_default_dir(), err, sizeof err);
    if (!atlas) {
        fprintf(stderr, "atlas: %s\n", err);
        printf("0 passed, 1 failed\n");
        return 1;
    }
    run_all();
    int rc = test_failures_ ? 1 : 0;
    atlas_unload(atlas);
    return rc;
}

static void run_all(void)
{
    static const TestCase cases[] = {
        T(test_load_good), T(test_broken_messages), T(test_warning_messages), T(test_generated_deterministic),
        T(test_static_round_scores), T(test_hook_errors), T(test_adaptive_reasks),
        T(test_protocol_answers), T(test_hash_and_dirs), T(test_question_fields), T(test_trigger_points),
        T(test_regional_locate),
    };
    test_run_all_(cases, (int)(sizeof cases / sizeof cases[0]));
}
