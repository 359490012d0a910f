/* cmd_play: `trigger-trainer play QUIZ --stdio` plays one round over JSON lines (design.md
 * section 7): a question out, an answer in, a result out, ..., then a summary. QUIZ is a
 * quiz id (built-in, the player's folder, --quiz-dir) or a .lua file; `review` builds a
 * round from the player's due and weakest items. The round is played and saved by
 * quiz/play.c, so EOF or a script error loses nothing already answered. */
#include "cli/cli.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "body/atlas.h"
#include "quiz/play.h"
#include "quiz/protocol.h"
#include "quiz/quiz.h"
#include "quiz/reveal_text.h"
#include "store/paths.h"
#include "store/store.h"

#define PLAY_MAX_DIRS 16

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

/* The clock of the rounds a client plays: the system's (Unix seconds). */
static int64_t wall_clock(void *ctx)
{
    (void)ctx;
    return (int64_t)time(NULL);
}

static void print_errors(const QuizErrors *e)
{
    for (int i = 0; i < e->count; i++) fprintf(stderr, "%s\n", e->items[i]);
}

/* Reads one line (any length); NULL at EOF. */
static char *read_line(char **buf, size_t *cap)
{
    ssize_t n = getline(buf, cap, stdin);
    if (n < 0) return NULL;
    while (n > 0 && ((*buf)[n - 1] == '\n' || (*buf)[n - 1] == '\r')) (*buf)[--n] = 0;
    return *buf;
}

static void warn_store(const Play *p)
{
    if (play_warning(p)) fprintf(stderr, "trigger-trainer: %s\n", play_warning(p));
}

/* Plays the round: turns lines into answers and results into lines. Returns 0, or 1 when a
 * script error ended it. */
static int play_lines(Play *play, const Atlas *atlas)
{
    ProtocolAnswer *pa = malloc(sizeof *pa);
    if (!pa) return 1;
    char *line = NULL;
    size_t cap = 0;
    PlayEnd how = PLAY_END_COMPLETED;
    const Question *q;
    while ((q = play_question(play))) {
        if (protocol_write(stdout, protocol_question(q)) != 0) break;
        int64_t t0 = now_ms();
        const PlayedQuestion *pq = NULL;
        while (!pq) {
            char *l = read_line(&line, &cap);
            if (!l) { how = PLAY_END_EOF; goto eof; }
            if (!*l) continue;
            char err[256];
            if (protocol_parse_answer(l, pa, err, sizeof err) != 0) {
                protocol_write(stdout, protocol_error(err, false));
                protocol_write(stdout, protocol_question(q));
                continue;
            }
            if (play_answer(play, &pa->answer, (int)(now_ms() - t0), &pq) != 0) {
                protocol_write(stdout, protocol_error(play_message(play), false));
                protocol_write(stdout, protocol_question(q));
                continue;
            }
            warn_store(play);
            if (!pq) { fprintf(stderr, "trigger-trainer: out of memory\n"); goto eof; }
            json_t *res = protocol_result(&pq->q, &pq->res);
            char words[2048];
            reveal_text(atlas, pq, words, sizeof words);   /* the reveal the game shows, in words */
            json_object_set_new(res, "reveal", protocol_json_text(words));
            protocol_write(stdout, res);
            if (play_failed(play)) protocol_write(stdout, protocol_error(play_error(play), true));
        }
    }
eof:
    free(line);
    free(pa);
    play_finish(play, how);
    warn_store(play);
    const PlayLog *log = play_log(play);
    protocol_write(stdout, protocol_summary(&log->sum, log->quiz_id, log->round_id, log->seed));
    return log->sum.failed ? 1 : 0;
}

/* The review round: the player's due items first, then the weakest. */
static Play *begin_review(QuizSet *set, const PlaySetup *setup)
{
    if (setup->player <= 0) return NULL;   /* said already: the player is not saved */
    PlayReview why;
    char err[QUIZ_FEEDBACK_MAX];
    Play *play = play_review(set, setup, &why, err, sizeof err);
    if (!play && why == PLAY_REVIEW_EMPTY)
        fprintf(stderr, "trigger-trainer: nothing to review yet: play a quiz first\n");
    else if (!play)
        fprintf(stderr, "trigger-trainer: cannot start the review round: %s\n", err);
    return play;
}

/* The round of the quiz named on the command line (an id, or the one quiz of a file). */
static Play *begin_quiz(QuizSet *set, const PlayOptions *o, bool file, const QuizErrors *errors,
                        const PlaySetup *setup)
{
    const Quiz *quiz = file ? (quiz_set_count(set) == 1 ? quiz_set_at(set, 0) : NULL) : quiz_set_find(set, o->quiz);
    if (!quiz) {
        print_errors(errors);
        fprintf(stderr, "trigger-trainer: no quiz '%s'%s\n", o->quiz, file ? " (the file does not load)" : "");
        if (!file && quiz_set_count(set)) {
            fprintf(stderr, "quizzes:");
            for (int i = 0; i < quiz_set_count(set); i++) fprintf(stderr, " %s", quiz_set_at(set, i)->id);
            fprintf(stderr, "\n");
        }
        return NULL;
    }
    if (errors->count)   /* other files' problems: a note only */
        fprintf(stderr, "trigger-trainer: note: %d problem%s in other quiz files (see `trigger-trainer check`)\n",
                errors->count, errors->count == 1 ? "" : "s");
    char err[QUIZ_FEEDBACK_MAX];
    Play *play = play_begin(quiz, setup, err, sizeof err);
    if (!play) protocol_write(stdout, protocol_error(err, true));
    return play;
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
        paths[npaths++] = paths_quizzes_builtin();
        paths[npaths++] = paths_quizzes_user();
        for (int i = 0; i < o.ndirs; i++) paths[npaths++] = o.dirs[i];
    }
    QuizErrors errors = {0};
    QuizSet *set = quiz_set_load(atlas, paths, npaths, &errors);
    Store *store = NULL;
    Play *play = NULL;
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
    int64_t player = store_player_ensure(store, o.player, wall_clock(NULL));
    if (player < 0) fprintf(stderr, "trigger-trainer: player not saved: %s\n", store_error(store));

    PlaySetup setup = {.store = store, .player = player, .player_name = o.player,
                       .seed = o.has_seed ? o.seed : fresh_seed(), .now = wall_clock};
    play = review ? begin_review(set, &setup) : begin_quiz(set, &o, file, &errors, &setup);
    if (play) {
        warn_store(play);
        status = play_lines(play, atlas);
    }
done:
    play_end(play);
    store_close(store);
    quiz_set_unload(set);
    quiz_errors_free(&errors);
    atlas_unload(atlas);
    return status;
}
