/* check: playing a quiz as a class would, to find what only a round shows (see check.h).
 * Each round answers in one way throughout (all right, all wrong, ...) or in turns (each
 * question another way), for every seed and player; a script error is reported once, with
 * the hook, the question and the way it was answered, at the line Lua (or explain.c) names.
 * Answers are built from the atlas: a click on the trigger point (or beside it, far from it,
 * on the other side), paint over the essential zone (or half of it, elsewhere, the mirror
 * image), the right muscle or another one. */
#include "quiz/check.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "body/bodygrid.h"
#include "quiz/explain.h"
#include "quiz/luasrc.h"
#include "quiz/round.h"

typedef enum Outcome { OUT_RIGHT, OUT_WRONG, OUT_HALF, OUT_SKIPPED, OUT_WRONG_SIDE, OUT_TIMED_OUT, OUT_COUNT } Outcome;
static const char *const outcome_words[OUT_COUNT] = {"right", "wrong", "half right", "skipped", "wrong side",
                                                     "timed out"};
#define STRATEGY_TURNS OUT_COUNT      /* the last way of answering: each question another outcome */
#define CHECK_MAX_ERRORS 8            /* distinct errors per quiz before the play-through stops */
#define CHECK_MAX_LOGS 100

static const char *const default_players[] = {"student", "Zo\xc3\xab"};

static double now_seconds(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static bool has_item(const QuizErrors *e, const char *s)
{
    for (int i = 0; i < e->count; i++)
        if (!strcmp(e->items[i], s)) return true;
    return false;
}

/* ---- simulated answers ---- */

/* Where q's trigger point is drawn in its view and side (the first one that is). */
static bool trp_position(const Question *q, Vec2 *at)
{
    const AtlasTrp *t = q->trp && q->trp->has_at[q->side][q->view] ? q->trp : NULL;
    for (int i = 0; !t && i < q->muscle->ntrps; i++)
        if (q->muscle->trps[i].has_at[q->side][q->view]) t = &q->muscle->trps[i];
    if (t) *at = t->at[q->side][q->view];
    return t != NULL;
}

static void answer_click(const Question *q, Outcome o, Answer *a)
{
    Vec2 at = {0, 100};
    trp_position(q, &at);
    a->has_click = true;
    a->view = q->view;
    float half = (SCORE_FINGERTIP_CM + q->tolerance) / 2;
    switch (o) {
    case OUT_HALF: at.y += at.y > 85 ? -half : half; break;
    case OUT_WRONG: at.y += at.y > 85 ? -60 : 60; break;
    case OUT_WRONG_SIDE:
        if (q->view == VIEW_ANTERIOR || q->view == VIEW_POSTERIOR) at.x = -at.x;
        else a->view = atlas_view_mirror(q->view);
        break;
    default: break;
    }
    a->click = at;
}

/* The rows of g that hold set cells: [j0, j1]; false when none. */
static bool grid_rows(const BodyGrid *g, int *j0, int *j1)
{
    *j0 = BODYGRID_H;
    *j1 = -1;
    for (int j = 0; j < BODYGRID_H; j++)
        for (int i = 0; i < BODYGRID_W; i++)
            if (g->cells[j * BODYGRID_W + i]) {
                if (j < *j0) *j0 = j;
                *j1 = j;
                break;
            }
    return *j1 >= 0;
}

static void answer_paint(const Question *q, Outcome o, BodyGrid *g, Answer *a)
{
    const AtlasTrp *t = q->trp ? q->trp : q->muscle->ntrps ? &q->muscle->trps[0] : NULL;
    Side other = q->side == SIDE_RIGHT ? SIDE_LEFT : SIDE_RIGHT;
    bodygrid_clear(g);
    a->has_paint = true;
    a->paint = g;
    a->view = q->view;
    int j0, j1;
    if (t) bodygrid_fill_shape(g, &t->essential[q->side][q->view]);
    bool zone = grid_rows(g, &j0, &j1);
    switch (o) {
    case OUT_HALF:   /* the lower half of the zone's rows */
        if (zone) memset(&g->cells[((j0 + j1) / 2 + 1) * BODYGRID_W], 0, (size_t)(j1 - (j0 + j1) / 2) * BODYGRID_W);
        break;
    case OUT_WRONG: {
        float y = zone && BODYGRID_Y0 + BODYGRID_CELL * (float)(j0 + j1) / 2 > 85 ? 30 : 125;
        bodygrid_clear(g);
        bodygrid_fill_disc(g, (Vec2){-10, y}, 6);
        break;
    }
    case OUT_WRONG_SIDE:
        bodygrid_clear(g);
        if (q->view == VIEW_ANTERIOR || q->view == VIEW_POSTERIOR) {
            if (t) bodygrid_fill_shape(g, &t->essential[other][q->view]);
        } else {
            a->view = atlas_view_mirror(q->view);
            if (t) bodygrid_fill_shape(g, &t->essential[other][a->view]);
        }
        break;
    default: break;
    }
}

static void simulate(const Question *q, Outcome o, int ms, BodyGrid *g, Answer *a)
{
    const QuizKindDef *k = quiz_kind(q->kind);
    memset(a, 0, sizeof *a);
    a->ms = o == OUT_TIMED_OUT && q->time_limit > 0 ? (int)(q->time_limit * 1000) : ms;
    a->hint_used = q->hint[0] && (o == OUT_HALF || o == OUT_WRONG);
    if (o == OUT_SKIPPED || o == OUT_TIMED_OUT) {
        a->skip = true;
        a->timed_out = o == OUT_TIMED_OUT;
        return;
    }
    if (k->parts & ANSWER_PART_CLICK) answer_click(q, o, a);
    if (k->parts & ANSWER_PART_PAINT) answer_paint(q, o, g, a);
    /* each choice part: its right option, or another of its options (the kind's row says
     * what a part is chosen among: muscles, positions, techniques) */
    for (int i = 0; k->parts & ANSWER_PART_CHOICE && i < k->nchoices && i < ANSWER_MAX_CHOICES; i++) {
        QuizChoices opts;
        quiz_choices(NULL, q, i, &opts);   /* ids only: no labels needed */
        const char *other = NULL;
        for (int j = 0; j < opts.n && !other; j++)
            if (opts.right && strcmp(opts.ids[j], opts.right)) other = opts.ids[j];
        a->choices[a->nchoices++] = o == OUT_RIGHT || !other ? (opts.right ? opts.right : "") : other;
    }
}

/* ---- messages ---- */

typedef struct Play {
    const Quiz *quiz;
    const CheckOptions *o;
    CheckReport *out;
    QuizErrors seen;                  /* raw error messages already reported */
    int strategy;
    uint64_t seed;
    int player;
    bool limit;                       /* a limit error (time, memory): stop playing */
    bool warned_dropped, warned_count, warned_endless;
} Play;

static void describe_round(const Play *p, char *buf, size_t len)
{
    if (p->player) snprintf(buf, len, "seed %llu, player %s", (unsigned long long)p->seed, p->o->players[p->player]);
    else snprintf(buf, len, "seed %llu", (unsigned long long)p->seed);
}

/* Reports the error msg (a round's, "file:line: text") once per quiz, in context. */
static void report_error(Play *p, const char *msg, const char *hook, const Question *q, Outcome oc)
{
    if (has_item(&p->seen, msg)) return;
    quiz_errors_add(&p->seen, "%s", msg);
    if (strstr(msg, "script ran too long") || strstr(msg, "script used too much memory")) p->limit = true;
    size_t flen;
    int line;
    const char *text;
    if (!explain_split(msg, &flen, &line, &text)) {
        quiz_errors_add(&p->out->errors, "%s:%d: %s", p->quiz->file, p->quiz->line, msg);
        return;
    }
    char round[128], where[256] = "";
    describe_round(p, round, sizeof round);
    if (!strcmp(hook, "on_answer") && q)
        snprintf(where, sizeof where, "in on_answer after question %d (%s, %s; %s): ", q->n, quiz_kind_name(q->kind),
                 outcome_words[oc], round);
    else if (!strcmp(hook, "on_finish"))
        snprintf(where, sizeof where, "in on_finish (answers %s; %s): ",
                 p->strategy == STRATEGY_TURNS ? "of every kind in turn" : outcome_words[p->strategy], round);
    else if (!strcmp(hook, "questions"))
        snprintf(where, sizeof where, "in questions(ctx) (%s): ", round);
    const char *hint = "";
    if (!strcmp(hook, "on_answer") && ((strstr(text, "attempt to") && strstr(text, "a nil value")) ||
                                       strstr(text, "got nil")))
        hint = " (in on_answer, result.distance_cm is there only for a locate click in the right view and side, and "
               "areas_hit, areas_missed and areas_outside only for refer answers and parts for palpate answers that were not "
               "skipped: test a field "
               "before using it, e.g. `if result.distance_cm then ... end`)";
    else if (strstr(text, "script ran too long"))
        hint = " (an endless loop? e.g. waiting to draw 3 different muscles from a region that has 2)";
    quiz_errors_add(&p->out->errors, "%.*s:%d: %s%s%s", (int)flen, msg, line, where, text, hint);
}

static void log_line(void *ud, const char *file, int line, const char *text)
{
    CheckReport *out = ud;
    if (out->logs.count < CHECK_MAX_LOGS) quiz_errors_add(&out->logs, "%s:%d: log: %s", file, line, text);
    else if (out->logs.count == CHECK_MAX_LOGS) quiz_errors_add(&out->logs, "%s:%d: log: (more lines left out)", file, line);
}

/* The line of the hook's field `key` (again, ask) in quiz{}, else of the hook, else the quiz's. */
static int hook_key_line(const Quiz *quiz, const char *hook, const char *key)
{
    const LuaSrc *ls = quiz_source(quiz);
    int hl = ls ? luasrc_key_line(ls, quiz->line, "quiz", hook) : 0;
    int kl = hl ? luasrc_return_line(ls, hl, key) : 0;
    return kl ? kl : hl ? hl : quiz->line;
}

static int quiz_key_line(const Quiz *quiz, const char *key)
{
    const LuaSrc *ls = quiz_source(quiz);
    int l = ls ? luasrc_key_line(ls, quiz->line, "quiz", key) : 0;
    return l ? l : quiz->line;
}

/* What the plan of a finished round says: duplicates, count, a round that never ends. */
static void plan_warnings(Play *p, const Round *r)
{
    const RoundPlanStats *st = round_plan_stats(r);
    const Quiz *quiz = p->quiz;
    QuizErrors *w = &p->out->warnings;
    char round[128];
    describe_round(p, round, sizeof round);
    if (st->dropped && !p->warned_dropped) {
        p->warned_dropped = true;
        if (st->dropped_line == st->dropped_like_line)
            quiz_errors_add(w, "%s:%d: warning: this line makes the same question more than once in a round (%s): "
                            "the round asks it once (same kind, muscle, view, side and trp; prompt, tolerance and "
                            "the other fields do not count). Write repeats = true in quiz { } to ask every copy",
                            quiz->file, st->dropped_line, round);
        else
            quiz_errors_add(w, "%s:%d: warning: this question is dropped: it asks the same as line %d (same kind, "
                            "muscle, view, side and trp; prompt, tolerance and the other fields do not count). Write "
                            "repeats = true in quiz { } to ask both", quiz->file, st->dropped_line, st->dropped_like_line);
    }
    int available = st->written - st->dropped;
    if (quiz->count > available && !p->warned_count) {
        p->warned_count = true;
        char when[160] = "";
        if (quiz->generated) snprintf(when, sizeof when, " (%s)", round);
        quiz_errors_add(w, "%s:%d: warning: count is %d, but a round has only %d question%s to ask%s%s", quiz->file,
                        quiz_key_line(quiz, "count"), quiz->count, available, available == 1 ? "" : "s",
                        st->dropped ? " once duplicates are dropped" : "", when);
    }
    if (st->refused && !p->warned_endless) {
        p->warned_endless = true;
        const char *key = hook_key_line(quiz, "on_answer", "again") != hook_key_line(quiz, "on_answer", "ask") &&
                                  hook_key_line(quiz, "on_answer", "again") == quiz->line
                              ? "ask" : "again";
        quiz_errors_add(w, "%s:%d: warning: on_answer keeps adding questions with no end in sight: a student whose "
                        "answers are %s reached the limit of %d questions in a round (%s). Keep a count in ctx so "
                        "it stops (see the adaptive example in docs/quiz-api.md)", quiz->file,
                        hook_key_line(quiz, "on_answer", key),
                        p->strategy == STRATEGY_TURNS ? "of every kind in turn" : outcome_words[p->strategy],
                        QUIZ_MAX_QUESTIONS, round);
    }
}

/* ---- playing ---- */

typedef enum Played { PLAYED, PLAYED_OUT_OF_TIME, PLAYED_NOT_BEGUN } Played;

/* One round, answered the way p->strategy says. */
static Played play_round(Play *p, BodyGrid *grid, double deadline)
{
    char err[QUIZ_FEEDBACK_MAX];
    const char *player = p->o->players[p->player];
    Round *r = round_begin(p->quiz, p->seed, player, err, sizeof err);
    if (!r) {
        report_error(p, err, p->quiz->generated ? "questions" : "", NULL, OUT_RIGHT);
        return PLAYED_NOT_BEGUN;
    }
    p->out->rounds++;
    bool in_time = true;
    const Question *cur;
    while ((cur = round_question(r))) {
        Question q = *cur;
        Outcome oc = p->strategy == STRATEGY_TURNS ? (Outcome)((q.n + (int)p->seed) % OUT_COUNT) : (Outcome)p->strategy;
        Answer a;
        simulate(&q, oc, 1500 + 250 * q.n, grid, &a);
        QuizResult res;
        if (round_answer(r, &a, &res) != 0) round_skip(r, &res);   /* cannot happen; never stall */
        p->out->answers++;
        if (round_failed(r)) {
            int n;
            const char *hook = round_error_hook(r, &n);
            report_error(p, round_error(r), hook, &q, oc);
            break;
        }
        if (now_seconds() > deadline) { in_time = false; break; }
        /* once a round has been seen to grow to the limit, later rounds stop after 40
         * answers: every hook has run by then, and 200 answers a round is slow */
        if (p->warned_endless && q.n >= 40) break;
    }
    if (round_failed(r) && !strcmp(round_error_hook(r, NULL), ""))   /* a question could not be asked */
        report_error(p, round_error(r), "", NULL, OUT_RIGHT);
    bool failed = round_failed(r);
    QuizSummary sum;
    round_finish(r, NULL, &sum);
    if (!failed && sum.failed) report_error(p, sum.error, round_error_hook(r, NULL), NULL, OUT_RIGHT);
    if (in_time && !failed) plan_warnings(p, r);
    round_end(r);
    return in_time ? PLAYED : PLAYED_OUT_OF_TIME;
}

/* Questions marked `always` beyond count (a fixed list only). */
static void always_warning(const Quiz *quiz, QuizErrors *w)
{
    int always = 0;
    for (int i = 0; i < quiz->nquestions; i++) always += quiz->specs_[i].always;
    if (quiz->count > 0 && always > quiz->count)
        quiz_errors_add(w, "%s:%d: warning: %d questions are marked always, more than count (%d): only the first %d "
                        "are asked", quiz->file, quiz_key_line(quiz, "count"), always, quiz->count, quiz->count);
}

void check_quiz(const Quiz *quiz, const CheckOptions *opt, CheckReport *out)
{
    CheckOptions o = opt ? *opt : (CheckOptions){0};
    if (o.seeds <= 0) o.seeds = CHECK_SEEDS;
    if (!o.players || o.nplayers <= 0) { o.players = default_players; o.nplayers = 2; }
    if (o.seconds <= 0) o.seconds = CHECK_SECONDS;
    BodyGrid *grid = malloc(sizeof *grid);
    bool *skip = calloc((size_t)o.seeds * (size_t)o.nplayers, sizeof *skip);   /* questions(ctx) failed */
    if (!grid || !skip) {
        quiz_errors_add(&out->errors, "%s:%d: out of memory while checking", quiz->file, quiz->line);
        free(grid);
        free(skip);
        return;
    }
    always_warning(quiz, &out->warnings);
    Play p = {.quiz = quiz, .o = &o, .out = out};
    double deadline = now_seconds() + o.seconds;
    /* without hooks, answers change nothing but the score: one round per seed (and player,
     * which a questions function may read), each question answered another way */
    int first_strategy = quiz->hooks ? 0 : STRATEGY_TURNS;
    int players = quiz->hooks || quiz->generated ? o.nplayers : 1;
    for (p.strategy = first_strategy; p.strategy <= STRATEGY_TURNS; p.strategy++)
        for (int s = 0; s < o.seeds; s++)
            for (p.player = 0; p.player < players; p.player++) {
                if (p.limit || p.seen.count >= CHECK_MAX_ERRORS || skip[s * o.nplayers + p.player]) continue;
                if (now_seconds() > deadline) { out->stopped = true; goto done; }
                p.seed = (uint64_t)s + 1;
                bool first = p.strategy == first_strategy && s == 0 && p.player == 0;
                if (first && o.logs) quiz_set_log(quiz->set_, log_line, out);
                Played how = play_round(&p, grid, deadline);
                if (first) quiz_set_log(quiz->set_, NULL, NULL);
                /* a round that cannot begin (questions(ctx) fails) fails the same way for its
                 * seed and player however the student would answer */
                if (how == PLAYED_NOT_BEGUN) skip[s * o.nplayers + p.player] = true;
                if (how == PLAYED_OUT_OF_TIME) { out->stopped = true; goto done; }
            }
done:
    quiz_set_log(quiz->set_, NULL, NULL);
    quiz_errors_free(&p.seen);
    free(skip);
    free(grid);
}

void check_report_free(CheckReport *r)
{
    quiz_errors_free(&r->errors);
    quiz_errors_free(&r->warnings);
    quiz_errors_free(&r->logs);
}

/* ---- ids ---- */

static bool same_file(const char *a, const char *b)
{
    char ra[PATH_MAX], rb[PATH_MAX];
    if (realpath(a, ra) && realpath(b, rb)) return !strcmp(ra, rb);
    return !strcmp(a, b);
}

/* The path without "dir/../" detours (the built-in folder is found beside the binary). */
static const char *clean_path(const char *p, char out[PATH_MAX])
{
    return realpath(p, out) ? out : p;
}

void check_id_clashes(const QuizSet *set, const QuizSet *other, const char *where, QuizErrors *out)
{
    for (int i = 0; i < quiz_set_count(set); i++) {
        const Quiz *q = quiz_set_at(set, i);
        const Quiz *o = quiz_set_find(other, q->id);
        if (!o || same_file(q->file, o->file)) continue;
        char path[PATH_MAX];
        quiz_errors_add(out, "%s:%d: quiz id '%s' is already used by %s %s (\"%s\"): the game would list only one of "
                        "them; choose another id", q->file, quiz_key_line(q, "id"), q->id, where,
                        clean_path(o->file, path), o->title);
    }
}
