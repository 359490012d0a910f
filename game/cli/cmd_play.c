/* cmd_play: `trigger-trainer play QUIZ --stdio` plays one round over JSON lines (design.md
 * section 7): a question out, an answer in, a result out, ..., then a summary. QUIZ is a
 * quiz id (built-in, the player's folder, --quiz-dir) or a .lua file; `review` builds a
 * round from the player's due and weakest items. Every answer is saved as it is given, so
 * EOF or a script error loses nothing already answered. */
#include "cli/cli.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "body/atlas.h"
#include "quiz/protocol.h"
#include "quiz/quiz.h"
#include "store/store.h"

#define PLAY_MAX_DIRS 16
#define REVIEW_MAX 10

typedef struct PlayOptions {
    const char *quiz, *player, *data_dir, *atlas_dir;
    const char *dirs[PLAY_MAX_DIRS]; int ndirs;
    bool stdio, has_seed;
    uint64_t seed;
} PlayOptions;

static int parse_options(int argc, char **argv, PlayOptions *o)
{
    memset(o, 0, sizeof *o);
    o->player = "student";
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        bool has_value = i + 1 < argc;
        if (!strcmp(a, "--stdio")) o->stdio = true;
        else if (!strcmp(a, "--seed") && has_value) {
            char *end;
            errno = 0;
            o->seed = strtoull(argv[++i], &end, 10);
            if (errno || *end || !*argv[i] || argv[i][0] == '-')
                return cli_usage_error("play: --seed needs a whole number, got '%s'", argv[i]);
            o->has_seed = true;
        } else if (!strcmp(a, "--player") && has_value) o->player = argv[++i];
        else if (!strcmp(a, "--data-dir") && has_value) o->data_dir = argv[++i];
        else if (!strcmp(a, "--atlas") && has_value) o->atlas_dir = argv[++i];
        else if (!strcmp(a, "--quiz-dir") && has_value) {
            if (o->ndirs == PLAY_MAX_DIRS) return cli_usage_error("play: too many --quiz-dir");
            o->dirs[o->ndirs++] = argv[++i];
        } else if (a[0] == '-') return cli_usage_error("play: unknown option '%s' (or a missing value)", a);
        else if (!o->quiz) o->quiz = a;
        else return cli_usage_error("play: one quiz at a time ('%s' and '%s')", o->quiz, a);
    }
    if (!o->quiz) return cli_usage_error("play: name a quiz (an id, a .lua file or 'review')");
    if (!o->stdio) return cli_usage_error("play: add --stdio (the game plays quizzes from its menu)");
    if (!*o->player || strlen(o->player) > 60) return cli_usage_error("play: --player needs a name");
    return 0;
}

static bool is_file(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

static uint64_t fresh_seed(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    uint64_t s = (uint64_t)ts.tv_sec * 1000000007ULL ^ (uint64_t)ts.tv_nsec ^ ((uint64_t)getpid() << 32);
    return s % 1000000000000ULL;   /* short enough to type back with --seed */
}

static int64_t now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static void print_errors(const QuizErrors *e)
{
    for (int i = 0; i < e->count; i++) fprintf(stderr, "%s\n", e->items[i]);
}

/* The review quiz: the player's due items first, then the weakest. */
static const Quiz *make_review(QuizSet *set, Store *store, int64_t player)
{
    StoreReviewItem items[REVIEW_MAX];
    int n = store_review_pick(store, player, (int64_t)time(NULL), REVIEW_MAX, items);
    if (n < 0) {
        fprintf(stderr, "trigger-trainer: cannot read the review schedule: %s\n", store_error(store));
        return NULL;
    }
    QuizSpec specs[REVIEW_MAX];
    int ns = 0;
    for (int i = 0; i < n; i++) {
        QuizKind k;
        if (quiz_kind_parse(items[i].kind, &k) && quiz_spec_init(quiz_set_atlas(set), k, items[i].muscle, &specs[ns]))
            ns++;
    }
    if (!ns) {
        fprintf(stderr, "trigger-trainer: nothing to review yet: play a quiz first\n");
        return NULL;
    }
    return quiz_set_add(set, "review", "Review", specs, ns);
}

/* Reads one line (any length); NULL at EOF. */
static char *read_line(char **buf, size_t *cap)
{
    ssize_t n = getline(buf, cap, stdin);
    if (n < 0) return NULL;
    while (n > 0 && ((*buf)[n - 1] == '\n' || (*buf)[n - 1] == '\r')) (*buf)[--n] = 0;
    return *buf;
}

static void save_answer(Store *store, int64_t round_id, const Question *q, const QuizResult *res,
                        const char *answer_text, int ms)
{
    if (!store || round_id <= 0) return;
    json_t *qj = protocol_question(q);
    char *qtext = protocol_text(qj);
    json_decref(qj);
    StoreAnswer sa = {
        .round_id = round_id, .n = q->n, .kind = quiz_kind_name(q->kind), .muscle = q->muscle->id,
        .question = qtext ? qtext : "{}", .answer = answer_text, .score = res->score, .ms = ms,
    };
    if (store_answer_save(store, &sa) != 0)
        fprintf(stderr, "trigger-trainer: answer not saved yet: %s\n", store_error(store));
    free(qtext);
}

/* Plays the round: returns 0, or 1 when a script error ended it. */
static int play_round(Round *round, Store *store, int64_t round_id, const char *quiz_id)
{
    ProtocolAnswer *pa = malloc(sizeof *pa);
    if (!pa) return 1;
    char *line = NULL;
    size_t cap = 0;
    const Question *q;
    while ((q = round_question(round))) {
        if (protocol_write(stdout, protocol_question(q)) != 0) break;
        int64_t t0 = now_ms();
        bool answered = false;
        while (!answered) {
            char *l = read_line(&line, &cap);
            if (!l) goto eof;
            if (!*l) continue;
            char err[256];
            QuizResult res;
            if (protocol_parse_answer(l, pa, err, sizeof err) != 0) {
                protocol_write(stdout, protocol_error(err, false));
                protocol_write(stdout, protocol_question(q));
                continue;
            }
            Question asked = *q;
            if (round_answer(round, &pa->answer, &res) != 0) {
                protocol_write(stdout, protocol_error(round_message(round), false));
                protocol_write(stdout, protocol_question(q));
                continue;
            }
            answered = true;
            int ms = (int)(now_ms() - t0);
            save_answer(store, round_id, &asked, &res, l, ms);
            protocol_write(stdout, protocol_result(&asked, &res));
            if (round_failed(round)) protocol_write(stdout, protocol_error(round_error(round), true));
        }
    }
eof:
    free(line);
    free(pa);
    QuizSummary sum;
    round_finish(round, &sum);
    if (store && round_id > 0 && store_round_end(store, round_id, sum.score, sum.max) != 0)
        fprintf(stderr, "trigger-trainer: round total not saved: %s\n", store_error(store));
    protocol_write(stdout, protocol_summary(&sum, quiz_id, round_id, round_seed(round)));
    return sum.failed ? 1 : 0;
}

int cmd_play(int argc, char **argv)
{
    PlayOptions o;
    int rc = parse_options(argc, argv, &o);
    if (rc) return rc;

    char err[1024] = "";
    const char *atlas_dir = o.atlas_dir ? o.atlas_dir : atlas_default_dir();
    Atlas *atlas = atlas_load(atlas_dir, err, sizeof err);
    if (!atlas) {
        fprintf(stderr, "trigger-trainer: the atlas does not load (%s): %s\n", atlas_dir, err);
        return 1;
    }
    bool review = !strcmp(o.quiz, "review");
    size_t qlen = strlen(o.quiz);
    bool file = !review && (strchr(o.quiz, '/') || (qlen > 4 && !strcmp(o.quiz + qlen - 4, ".lua")) || is_file(o.quiz));
    const char *paths[PLAY_MAX_DIRS + 2];
    int npaths = 0;
    if (file) {
        paths[npaths++] = o.quiz;
    } else if (!review) {
        paths[npaths++] = quiz_builtin_dir();
        paths[npaths++] = quiz_user_dir();
        for (int i = 0; i < o.ndirs; i++) paths[npaths++] = o.dirs[i];
    }
    QuizErrors errors = {0};
    QuizSet *set = quiz_set_load(atlas, paths, npaths, &errors);
    Store *store = NULL;
    Round *round = NULL;
    int status = 1;
    if (!set) {
        print_errors(&errors);
        goto done;
    }
    store = store_open(o.data_dir);
    if (!store) {
        fprintf(stderr, "trigger-trainer: out of memory\n");
        goto done;
    }
    if (store_notice(store)) fprintf(stderr, "trigger-trainer: %s\n", store_notice(store));
    int64_t player = store_player_ensure(store, o.player);
    if (player < 0) fprintf(stderr, "trigger-trainer: player not saved: %s\n", store_error(store));

    const Quiz *quiz = NULL;
    if (review) quiz = player >= 0 ? make_review(set, store, player) : NULL;
    else if (file) quiz = quiz_set_count(set) == 1 ? quiz_set_at(set, 0) : NULL;
    else quiz = quiz_set_find(set, o.quiz);
    if (!quiz) {
        print_errors(&errors);
        if (!review) {
            fprintf(stderr, "trigger-trainer: no quiz '%s'%s\n", o.quiz, file ? " (the file does not load)" : "");
            if (!file && quiz_set_count(set)) {
                fprintf(stderr, "quizzes:");
                for (int i = 0; i < quiz_set_count(set); i++) fprintf(stderr, " %s", quiz_set_at(set, i)->id);
                fprintf(stderr, "\n");
            }
        }
        goto done;
    }
    if (errors.count)   /* other files' problems: a note only */
        fprintf(stderr, "trigger-trainer: note: %d problem%s in other quiz files (see `trigger-trainer check`)\n",
                errors.count, errors.count == 1 ? "" : "s");
    uint64_t seed = o.has_seed ? o.seed : fresh_seed();
    round = round_begin(quiz, seed, o.player, err, sizeof err);
    if (!round) {
        protocol_write(stdout, protocol_error(err, true));
        goto done;
    }
    int64_t round_id = player >= 0 ? store_round_begin(store, player, quiz->id, quiz->hash, seed, round_count(round)) : -1;
    if (round_id < 0) fprintf(stderr, "trigger-trainer: round not saved: %s\n", store_error(store));
    status = play_round(round, store, round_id, quiz->id);
done:
    round_end(round);
    store_close(store);
    quiz_set_unload(set);
    quiz_errors_free(&errors);
    atlas_unload(atlas);
    return status;
}
