/* cmd_play: `trigger-trainer play QUIZ --stdio` plays one round over JSON lines (design.md
 * section 7): a question out, an answer in, a result out, ..., then a summary. QUIZ is a
 * quiz id (built-in, the player's folder, --quiz-dir) or a .lua file; `review` builds a
 * round from the player's due and weakest items. The round is played and saved by
 * quiz/play.c, so EOF or a script error loses nothing already answered. */
#include "cli/cli.h"

#include <errno.h>
#include <poll.h>
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
    int64_t clock_offset;         /* --now: seconds added to the system time */
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
        } else if (!strcmp(a, "--now") && has_value) {
            int64_t start;
            if (!cli_parse_when(argv[++i], &start))
                return cli_usage_error("play: --now wants YYYY-MM-DD, YYYY-MM-DDTHH:MM or Unix seconds, got '%s'",
                                       argv[i]);
            o->clock_offset = start - (int64_t)time(NULL);
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

/* The clock of the rounds a client plays: the system's (Unix seconds), moved by --now. */
static int64_t wall_clock(void *ctx)
{
    return (int64_t)time(NULL) + (ctx ? *(const int64_t *)ctx : 0);
}

static void print_errors(const QuizErrors *e)
{
    for (int i = 0; i < e->count; i++) fprintf(stderr, "%s\n", e->items[i]);
}

/* Lines from standard input, read with read(2) so that a wait can end at the round's
 * deadline (poll) without losing what a buffered reader would hold. */
typedef struct LineReader { char *buf; size_t len, cap, start; bool eof; } LineReader;

/* The next line into *out (without its newline; valid until the next call): 1, 0 at the end
 * of input, -1 when deadline_ms (CLOCK_MONOTONIC ms, or -1 for none) passes first. */
static int next_line(LineReader *r, int64_t deadline_ms, char **out)
{
    for (;;) {
        char *nl = r->len > r->start ? memchr(r->buf + r->start, '\n', r->len - r->start) : NULL;
        if (nl || (r->eof && r->len > r->start)) {
            char *line = r->buf + r->start;
            size_t n = nl ? (size_t)(nl - line) : r->len - r->start;
            r->start += n + (nl != NULL);
            line[n] = 0;
            while (n > 0 && line[n - 1] == '\r') line[--n] = 0;
            *out = line;
            return 1;
        }
        if (r->eof) return 0;
        if (r->start > 0) {   /* keep the unread part at the front */
            memmove(r->buf, r->buf + r->start, r->len - r->start);
            r->len -= r->start;
            r->start = 0;
        }
        if (r->len + 4096 + 1 > r->cap) {
            size_t cap = r->cap ? r->cap * 2 : 65536;
            char *nb = realloc(r->buf, cap);
            if (!nb) return 0;
            r->buf = nb;
            r->cap = cap;
        }
        if (deadline_ms >= 0) {
            int64_t left = deadline_ms - now_ms();
            struct pollfd pfd = {.fd = 0, .events = POLLIN};
            if (left <= 0 || poll(&pfd, 1, (int)(left > 1000000 ? 1000000 : left)) == 0) {
                if (now_ms() >= deadline_ms) return -1;
                continue;
            }
        }
        ssize_t got = read(0, r->buf + r->len, r->cap - r->len - 1);
        if (got < 0 && errno == EINTR) continue;
        if (got <= 0) r->eof = true;
        else r->len += (size_t)got;
    }
}

static void warn_store(const Play *p)
{
    if (play_warning(p)) fprintf(stderr, "trigger-trainer: %s\n", play_warning(p));
}

/* ctx.log(...) over stdio: {"type":"log","line":N,"message":"..."}. */
static void stdio_log(void *ud, const char *file, int line, const char *text)
{
    (void)ud, (void)file;
    json_t *o = json_object();
    json_object_set_new(o, "type", json_string("log"));
    json_object_set_new(o, "line", json_integer(line));
    json_object_set_new(o, "message", protocol_json_text(text));
    protocol_write(stdout, o);
}

/* A question as sent: its JSON, with the seconds left for the round when it has a limit. */
static json_t *question_json(const Question *q, int64_t deadline_ms)
{
    json_t *o = protocol_question(q);
    if (deadline_ms >= 0) {
        int64_t left = deadline_ms - now_ms();
        json_object_set_new(o, "time_left", protocol_json_cm(left > 0 ? (double)left / 1000.0 : 0));
    }
    return o;
}

/* {"hint":true}: the question's hint, or an error and the question again. */
static void send_hint(Play *play, const Question *q, int64_t deadline_ms)
{
    const char *hint = play_hint(play);
    if (!hint) {
        protocol_write(stdout, protocol_error("this question has no hint", false));
        protocol_write(stdout, question_json(q, deadline_ms));
        return;
    }
    json_t *o = json_object();
    json_object_set_new(o, "type", json_string("hint"));
    json_object_set_new(o, "n", json_integer(q->n));
    json_object_set_new(o, "hint", protocol_json_text(hint));
    protocol_write(stdout, o);
}

static void send_result(const Play *play, const Atlas *atlas, const PlayedQuestion *pq)
{
    json_t *res = protocol_result(&pq->q, &pq->res);
    if (pq->q.hint[0]) {
        json_object_set_new(res, "hint", protocol_json_text(pq->q.hint));
        json_object_set_new(res, "hint_used", json_boolean(pq->hint_used));
    }
    char words[2048];
    reveal_text(atlas, pq, words, sizeof words);   /* the reveal the game shows, in words */
    json_object_set_new(res, "reveal", protocol_json_text(words));
    protocol_write(stdout, res);
    if (play_failed((Play *)play)) protocol_write(stdout, protocol_error(play_error((Play *)play), true));
}

/* Plays the round: turns lines into answers and results into lines. Returns 0, or 1 when a
 * script error ended it. A quiz with time_limit_total ends when that time is up (the
 * question being asked is not answered). */
static int play_lines(Play *play, const Atlas *atlas, float total_seconds)
{
    ProtocolAnswer *pa = malloc(sizeof *pa);
    if (!pa) return 1;
    LineReader in = {0};
    PlayEnd how = PLAY_END_COMPLETED;
    int64_t deadline = total_seconds > 0 ? now_ms() + (int64_t)(total_seconds * 1000) : -1;
    const Question *q;
    while ((q = play_question(play))) {
        if (deadline >= 0 && now_ms() >= deadline) { how = PLAY_END_TIME_LIMIT; break; }
        if (protocol_write(stdout, question_json(q, deadline)) != 0) break;
        int64_t t0 = now_ms();
        const PlayedQuestion *pq = NULL;
        while (!pq) {
            char *l;
            int got = next_line(&in, deadline, &l);
            if (got < 0) { how = PLAY_END_TIME_LIMIT; goto end; }
            if (got == 0) { how = PLAY_END_EOF; goto end; }
            if (!*l) continue;
            if (protocol_is_hint_request(l)) {
                send_hint(play, q, deadline);
                continue;
            }
            char err[256];
            if (protocol_parse_answer(l, pa, err, sizeof err) != 0) {
                protocol_write(stdout, protocol_error(err, false));
                protocol_write(stdout, question_json(q, deadline));
                continue;
            }
            if (play_answer(play, &pa->answer, (int)(now_ms() - t0), &pq) != 0) {
                protocol_write(stdout, protocol_error(play_message(play), false));
                protocol_write(stdout, question_json(q, deadline));
                continue;
            }
            warn_store(play);
            if (!pq) { fprintf(stderr, "trigger-trainer: out of memory\n"); goto end; }
            send_result(play, atlas, pq);
        }
    }
end:
    free(in.buf);
    free(pa);
    play_finish(play, how);
    warn_store(play);
    const PlayLog *log = play_log(play);
    json_t *sum = protocol_summary(&log->sum, log->quiz_id, log->round_id, log->seed);
    if (!json_object_get(sum, "ended_by")) json_object_set_new(sum, "ended_by", json_string(play_end_name(log->ended_by)));
    protocol_write(stdout, sum);
    return log->sum.failed ? 1 : 0;
}

/* The review round: the player's items due today (docs/scoring.md). */
static Play *begin_review(QuizSet *set, const PlaySetup *setup)
{
    if (setup->player <= 0) return NULL;   /* said already: the player is not saved */
    PlayReview why;
    char err[QUIZ_FEEDBACK_MAX];
    Play *play = play_review(set, setup, &why, err, sizeof err);
    if (!play && why == PLAY_REVIEW_EMPTY)
        fprintf(stderr, "trigger-trainer: nothing to review yet: play a quiz first\n");
    else if (!play && why == PLAY_REVIEW_NONE_DUE)
        fprintf(stderr, "trigger-trainer: %s\n", err);
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
    int64_t player = store_player_ensure(store, o.player, wall_clock(&o.clock_offset));
    if (player < 0) fprintf(stderr, "trigger-trainer: player not saved: %s\n", store_error(store));

    PlaySetup setup = {.store = store, .player = player, .player_name = o.player,
                       .seed = o.has_seed ? o.seed : fresh_seed(), .now = wall_clock, .now_ctx = &o.clock_offset,
                       .log = stdio_log};
    play = review ? begin_review(set, &setup) : begin_quiz(set, &o, file, &errors, &setup);
    if (play) {
        warn_store(play);
        status = play_lines(play, atlas, play_quiz(play)->time_limit_total);
    }
done:
    play_end(play);
    store_close(store);
    quiz_set_unload(set);
    quiz_errors_free(&errors);
    atlas_unload(atlas);
    return status;
}
