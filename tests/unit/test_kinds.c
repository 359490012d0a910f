/* test_kinds: the question kinds table (quiz/kinds.c): every kind has every entry, names
 * and constructors round-trip, and the runtime asks the table: a question's JSON names its
 * kind, an answer of the wrong mode is refused in the row's words, and the reveal words come
 * from the row. */
#include <stdlib.h>

#include "quiz/kinds.h"
#include "quiz/play.h"
#include "quiz/protocol.h"
#include "quiz/reveal_text.h"
#include "quiz/round.h"
#include "quiz/words.h"
#include "test.h"

static Atlas *atlas;

static void test_every_entry(void)
{
    bool modes[ANSWER_MODE_COUNT] = {false};
    for (int i = 0; i < QUIZ_KIND_COUNT; i++) {
        const QuizKindDef *k = quiz_kind((QuizKind)i);
        CHECK_MSG(k->kind == (QuizKind)i, "row %d is kind %d", i, k->kind);
        CHECK(k->name && *k->name && k->label && *k->label && k->answer_words && *k->answer_words);
        CHECK_MSG(k->needs_words && *k->needs_words, "%s", k->name);
        CHECK_MSG(k->prompt && k->score && k->question_json && k->result_json && k->result_lua && k->reveal_words,
                  "%s lacks a function", k->name);
        CHECK_MSG(k->mode >= 0 && k->mode < ANSWER_MODE_COUNT, "%s", k->name);
        modes[k->mode] = true;
        CHECK_MSG(k->parts != 0, "%s takes no answer part", k->name);
        CHECK_MSG(!!(k->parts & ANSWER_PART_CHOICE) == (k->nchoices > 0) && k->nchoices <= ANSWER_MAX_CHOICES,
                  "%s: choice parts", k->name);
        CHECK_MSG(k->correct_at == 50 || k->correct_at == 100, "%s", k->name);
        /* each choice part is named and listed; a kind of several parts has an answer key */
        CHECK_MSG(!(k->parts & ANSWER_PART_CHOICE) == !k->choices, "%s: choices function", k->name);
        for (int c = 0; c < k->nchoices; c++)
            CHECK_MSG(k->choice_parts[c].name && k->choice_parts[c].list && k->choice_parts[c].ask, "%s part %d",
                      k->name, c);
        int nparts = !!(k->parts & ANSWER_PART_CLICK) + !!(k->parts & ANSWER_PART_PAINT) + k->nchoices;
        CHECK_MSG((nparts > 1) == (k->answer_key != NULL), "%s: answer key", k->name);
        for (int j = 0; j < i && k->answer_key; j++)
            CHECK_MSG(quiz_kind((QuizKind)j)->parts != k->parts || quiz_kind((QuizKind)j)->nchoices != k->nchoices ||
                          !quiz_kind((QuizKind)j)->answer_key,
                      "%s: the same parts as another kind", k->name);
        CHECK_MSG(k->has_choices == quiz_kind_has_field(k->kind, "choices"), "%s: choices field", k->name);
        CHECK_MSG(k->needs_trp == quiz_kind_has_field(k->kind, "trp"), "%s: trp field", k->name);
        CHECK(quiz_kind_has_field(k->kind, "muscle") && quiz_kind_has_field(k->kind, "prompt"));
        CHECK(!quiz_kind_has_field(k->kind, "nope"));
        for (int j = 0; j < i; j++) CHECK(strcmp(k->name, quiz_kind((QuizKind)j)->name));
    }
    for (int m = 0; m < ANSWER_MODE_COUNT; m++) CHECK_MSG(modes[m], "answer mode %d has no kind", m);
}

static void test_names(void)
{
    for (int i = 0; i < QUIZ_KIND_COUNT; i++) {
        const char *name = quiz_kind_name((QuizKind)i);
        QuizKind k = QUIZ_KIND_COUNT;
        CHECK(quiz_kind_parse(name, &k) && k == (QuizKind)i);
        CHECK(quiz_kind_find(name) == quiz_kind((QuizKind)i));
    }
    QuizKind k = QUIZ_NAME;
    CHECK(!quiz_kind_parse("palpitate", &k) && k == QUIZ_NAME);
    CHECK(!quiz_kind_parse(NULL, &k) && !quiz_kind_find("") && !quiz_kind_find("Locate"));
    CHECK_STR(quiz_kind_name(QUIZ_KIND_COUNT), "?");
    CHECK_STR(quiz_kind_name(QUIZ_LOCATE), "locate");
    CHECK_STR(quiz_kind_name(QUIZ_NAME), "name");
    char list[160];
    quiz_kind_list(list, sizeof list);
    CHECK_STR(list, "locate{}, refer{}, identify{}, name{} or palpate{}");
    /* answers of several parts are keyed by their kind, one per shape of parts */
    CHECK(quiz_kind_find_answer("palpate") == quiz_kind(QUIZ_PALPATE) && !quiz_kind_find_answer("locate") &&
          !quiz_kind_find_answer(NULL));
    CHECK(quiz_kind_of_parts(ANSWER_PART_CHOICE | ANSWER_PART_CLICK, 2) == quiz_kind(QUIZ_PALPATE));
    CHECK(!quiz_kind_of_parts(ANSWER_PART_CHOICE, 1) && !quiz_kind_of_parts(ANSWER_PART_CLICK, 0));
}

/* A constructor per row: each kind's name is a function in a quiz file's environment, and
 * a field the row does not list is refused. */
static void test_constructors(void)
{
    char path[] = "/tmp/tt-kinds-XXXXXX.lua";
    int fd = mkstemps(path, 4);
    CHECK(fd >= 0);
    FILE *f = fd >= 0 ? fdopen(fd, "w") : NULL;
    if (!f) return;
    fprintf(f, "return quiz { id = \"kinds\", title = \"Kinds\", questions = {\n");
    for (int i = 0; i < QUIZ_KIND_COUNT; i++)
        fprintf(f, "  %s { muscle = \"upper_trapezius\" },\n", quiz_kind_name((QuizKind)i));
    fprintf(f, "  locate { muscle = \"upper_trapezius\", choices = 3 },\n}}\n");
    fclose(f);
    const char *paths[] = {path};
    QuizErrors errors = {0};
    QuizSet *set = quiz_set_load(atlas, paths, 1, &errors);
    CHECK_MSG(errors.count == 1 && strstr(errors.items[0], "unknown field 'choices' in locate"), "%s",
              errors.count ? errors.items[0] : "no error");
    quiz_set_unload(set);
    quiz_errors_free(&errors);
    remove(path);
}

/* The questions of quiz id: each one's JSON names the kind and holds the row's fields; an
 * answer of another mode is refused with the row's words; a skip is a result. */
static void ask_rows(QuizSet *set, const char *id, bool seen[QUIZ_KIND_COUNT])
{
    const Quiz *quiz = set ? quiz_set_find(set, id) : NULL;
    PlaySetup su = {.player_name = "kinds", .seed = 7};
    char err[256];
    Play *p = quiz ? play_begin(quiz, &su, err, sizeof err) : NULL;
    CHECK_MSG(p, "%s", id);
    const Question *q;
    while (p && (q = play_question(p))) {
        const QuizKindDef *k = quiz_kind(q->kind);
        seen[q->kind] = true;
        json_t *o = protocol_question(q);
        CHECK_STR(json_string_value(json_object_get(o, "kind")), k->name);
        CHECK(!!json_object_get(o, "choices") == k->has_choices);
        CHECK(!!json_object_get(o, "zone") == k->shows_zone);
        for (int c = 0; c < k->nchoices; c++) {   /* each part's list, holding the right id */
            QuizChoices opts;
            quiz_choices(atlas, q, c, &opts);
            json_t *list = json_object_get(o, k->choice_parts[c].list);
            CHECK_MSG(json_array_size(list) == (size_t)opts.n && opts.n >= 2, "%s: %s", k->name, k->choice_parts[c].list);
            CHECK_MSG(opts.right && quiz_choices_find(&opts, opts.right) >= 0, "%s part %d: the right id listed", k->name, c);
            for (int i = 0; i < opts.n; i++) CHECK(opts.labels[i] && *opts.labels[i]);
        }
        CHECK(!!q->landmark == (k->needs == KIND_NEEDS_LANDMARK));
        json_decref(o);
        Answer wrong = {.view = q->view};
        if (k->mode == ANSWER_CLICK) wrong.choices[wrong.nchoices++] = q->muscle->id;
        else wrong.has_click = true;
        CHECK(play_answer(p, &wrong, 1, NULL) == -1);
        CHECK_MSG(strstr(play_message(p), k->answer_words) && strstr(play_message(p), k->name), "%s",
                  play_message(p));
        const PlayedQuestion *pq;
        CHECK(play_skip(p, false, 1, &pq) == 0 && pq && pq->res.skipped && pq->res.score == 0);
        json_t *r = pq ? protocol_result(&pq->q, &pq->res) : NULL;
        CHECK(r && json_is_true(json_object_get(r, "skipped")) && json_object_get(r, "answer"));
        json_decref(r);
        char words[2048];
        if (pq) reveal_text(atlas, pq, words, sizeof words);
        CHECK_MSG(pq && words[0], "%s: no reveal words", k->name);
    }
    play_end(p);
}

/* One question of each kind (test-basic, and test-palpate for the kind answered in parts). */
static void test_rows_asked(void)
{
    const char *paths[] = {"tests/quiz/good"};
    QuizErrors errors = {0};
    QuizSet *set = quiz_set_load(atlas, paths, 1, &errors);
    bool seen[QUIZ_KIND_COUNT] = {false};
    ask_rows(set, "test-basic", seen);
    ask_rows(set, "test-palpate", seen);
    for (int i = 0; i < QUIZ_KIND_COUNT; i++) CHECK_MSG(seen[i], "kind %s not asked", quiz_kind_name((QuizKind)i));
    quiz_set_unload(set);
    quiz_errors_free(&errors);
}

static void setup(void)
{
    char err[512];
    atlas = atlas_load(atlas_default_dir(), err, sizeof err);
    CHECK_MSG(atlas, "%s", err);
}

static void teardown(void) { atlas_unload(atlas); }

static int depth_max(const char *s)
{
    int d = 0, m = 0;
    for (; *s; s++) {
        if (*s == '(') m = ++d > m ? d : m;
        else if (*s == ')') d--;
    }
    return m;
}

/* Prompts never nest parentheses: words_unnest on the known cases, then every muscle's and
 * trigger point's generated locate and refer prompts as the round writes them. */
static void test_prompts_flat(void)
{
    char s[256];
    snprintf(s, sizeof s, "Paint where this trigger point of the client's right triceps brachii (TrP1 (long head)) refers pain (back view).");
    words_unnest(s);
    CHECK_STR(s, "Paint where this trigger point of the client's right triceps brachii (TrP1, long head) refers pain (back view).");
    snprintf(s, sizeof s, "left scalenes (anterior, middle, posterior) (Scalene TrPs (anterior and middle scalene)) refers");
    words_unnest(s);
    CHECK_STR(s, "left scalenes (anterior, middle, posterior; Scalene TrPs, anterior and middle scalene) refers");
    snprintf(s, sizeof s, "a(b(c))");
    words_unnest(s);
    CHECK_STR(s, "a(b,c)");
    snprintf(s, sizeof s, "no groups; (one) only");
    words_unnest(s);
    CHECK_STR(s, "no groups; (one) only");
    int checked = 0;
    for (int i = 0; atlas && i < atlas->nmuscles; i++) {
        const AtlasMuscle *m = &atlas->muscles[i];
        for (int t = 0; t < m->ntrps; t++) {
            for (int kind = 0; kind < 2; kind++) {
                Question q = {0};
                q.kind = kind ? QUIZ_REFER : QUIZ_LOCATE;
                q.muscle = m;
                q.trp = &m->trps[t];
                q.side = SIDE_RIGHT;
                q.view = VIEW_POSTERIOR;
                q.views[0] = VIEW_POSTERIOR;
                q.nviews = 1;
                char p[QUIZ_PROMPT_MAX];
                quiz_kind(q.kind)->prompt(&q, p, sizeof p);
                words_unnest(p);
                CHECK_MSG(depth_max(p) <= 1 && !strstr(p, ") ("), "nested: %s", p);
                checked++;
            }
        }
    }
    CHECK(checked > 100);
}

TEST_MAIN(T(setup), T(test_prompts_flat), T(test_every_entry), T(test_names), T(test_constructors), T(test_rows_asked), T(teardown))
