/* play: a round as played and saved (see play.h). The order of one answer: the round scores
 * it and runs on_answer; the record goes into the log; the question and the answer, as JSON
 * text made by protocol.c, go to the store in one transaction. A store that refuses a write
 * keeps it in memory (store.h): the round goes on and play_warning() says so. */
#include "quiz/play.h"
#include "quiz/review_text.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "engine/array.h"
#include "quiz/protocol.h"

struct Play {
    Round *round;
    PlayLog *log;
    Store *store;                     /* NULL when nothing is saved */
    int64_t (*now)(void *ctx);        /* the setup's clock: the time of every store write */
    void *now_ctx;
    bool finished;
    int64_t started;                  /* when the round began (its row is written with the first answer) */
    int64_t player;
    int nplanned_begin;
    bool hint_used;                   /* for the current question */
    char warning[512];
};

static const char *const end_names[PLAY_END_COUNT] = {
    [PLAY_END_COMPLETED] = "completed", [PLAY_END_QUIT] = "quit", [PLAY_END_EOF] = "eof",
    [PLAY_END_TIME_LIMIT] = "time_limit", [PLAY_END_SCRIPT_ERROR] = "script_error",
};

const char *play_end_name(PlayEnd e)
{
    return e >= 0 && e < PLAY_END_COUNT ? end_names[e] : "?";
}

/* ---- the record --------------------------------------------------------------------- */

PlayLog *play_log_new(void)
{
    PlayLog *log = calloc(1, sizeof *log);
    if (log) {
        log->round_id = -1;
        log->best_percent = -1;
    }
    return log;
}

void play_log_free(PlayLog *log)
{
    if (!log) return;
    for (int i = 0; i < log->n; i++)
        for (int k = 0; k < log->items[i].npaints; k++) free(log->items[i].paints[k].circles);
    free(log->items);
    free(log->ritems);
    free(log);
}

PlayedQuestion *play_log_add(PlayLog *log)
{
    PlayedQuestion *p = array_grow(log->items, &log->cap, log->n + 1, sizeof *p);
    if (!p) return NULL;
    log->items = p;
    PlayedQuestion *pq = &log->items[log->n++];
    memset(pq, 0, sizeof *pq);
    return pq;
}

/* ---- beginning ---------------------------------------------------------------------- */

/* Unix seconds from the setup's clock, else the system's. */
static int64_t setup_now(const PlaySetup *s)
{
    return s->now ? s->now(s->now_ctx) : (int64_t)time(NULL);
}

static int64_t play_now(const Play *p)
{
    return p->now ? p->now(p->now_ctx) : (int64_t)time(NULL);
}

static void warn(Play *p, const char *what)
{
    snprintf(p->warning, sizeof p->warning, "%s: %s", what, p->store ? store_error(p->store) : "no score file");
}

/* Wraps a begun round: the log and, when there is someone to save for, the store's row. */
static Play *play_wrap(Round *round, const PlaySetup *s, const char *store_id, const char *hash, bool review,
                       char *err, int errlen)
{
    Play *p = calloc(1, sizeof *p);
    PlayLog *log = play_log_new();
    if (!p || !log) {
        free(p);
        play_log_free(log);
        round_end(round);
        snprintf(err, (size_t)errlen, "out of memory");
        return NULL;
    }
    const Quiz *quiz = round_quiz(round);
    p->round = round;
    p->log = log;
    p->now = s->now;
    p->now_ctx = s->now_ctx;
    snprintf(log->quiz_id, sizeof log->quiz_id, "%s", store_id);
    snprintf(log->title, sizeof log->title, "%s", quiz->title && *quiz->title ? quiz->title : quiz->id);
    snprintf(log->hash, sizeof log->hash, "%s", hash);
    log->review = review;
    log->seed = round_seed(round);
    if (s->store && s->player > 0) {
        p->store = s->store;
        p->player = s->player;
        p->started = setup_now(s);
        p->nplanned_begin = round_count(round);
    }
    return p;
}

/* The round's row, written with its first answer: a round left before any answer is not
 * a round anyone played. */
static void save_round(Play *p)
{
    PlayLog *log = p->log;
    if (!p->store || log->round_id > 0 || p->player <= 0) return;
    log->round_id = store_round_begin(p->store, p->player, log->quiz_id, log->hash, log->seed, p->nplanned_begin,
                                      p->started);
    if (log->round_id < 0) {
        warn(p, "This round is not being saved");
        p->player = 0;   /* not again for every answer */
    }
}

Play *play_begin(const Quiz *quiz, const PlaySetup *s, char *err, int errlen)
{
    if (quiz->set_) quiz_set_log(quiz->set_, s->log, s->log_ud);
    Round *round = round_begin(quiz, s->seed, s->player_name, err, errlen);
    return round ? play_wrap(round, s, quiz->id, quiz->hash, false, err, errlen) : NULL;
}

Play *play_begin_specs(QuizSet *set, const RoundSpecs *rs, const PlaySetup *s, char *err, int errlen)
{
    Round *round = round_begin_specs(set, rs, s->seed, s->player_name, err, errlen);
    return round ? play_wrap(round, s, rs->id, round_quiz(round)->hash, false, err, errlen) : NULL;
}

/* The item (muscle, kind) in the log's list, added with its state before the round
 * (`before`, or else read from the store) when it is new; NULL when out of memory or the
 * schedule cannot be read. */
static PlayReviewItem *review_item(Play *p, const char *muscle, const char *kind, const StoreReviewItem *before,
                                   int64_t now)
{
    PlayLog *log = p->log;
    for (int i = 0; i < log->nritems; i++)
        if (!strcmp(log->ritems[i].muscle, muscle) && !strcmp(log->ritems[i].kind, kind)) return &log->ritems[i];
    StoreReviewItem got;
    int known = 0;
    if (before) {
        got = *before;
        known = 1;
    } else {
        known = store_review_get(p->store, p->player, muscle, kind, &got);
        if (known < 0) return NULL;   /* not readable now (the queue is held): not tracked */
    }
    PlayReviewItem *r = array_grow(log->ritems, &log->capritems, log->nritems + 1, sizeof *r);
    if (!r) return NULL;
    log->ritems = r;
    PlayReviewItem *it = &log->ritems[log->nritems++];
    memset(it, 0, sizeof *it);
    snprintf(it->muscle, sizeof it->muscle, "%s", muscle);
    snprintf(it->kind, sizeof it->kind, "%s", kind);
    review_init(&it->before, now);
    if (known) {
        it->before = (ReviewState){.ease = got.ease, .interval_days = got.interval_days,
                                   .repetitions = got.repetitions, .due = got.due, .last_score = got.last_score};
        it->last_answer = got.last_answer;
        it->known = true;
    }
    it->after = it->before;
    return it;
}

static Play *review_begin(QuizSet *set, const PlaySetup *s, const QuizSpec *specs, int n,
                          const StoreReviewItem *items, const char *title, char *err, int errlen)
{
    RoundSpecs rs = {.id = "review", .title = title && *title ? title : "Review", .specs = specs, .n = n};
    Round *round = round_begin_specs(set, &rs, s->seed, s->player_name, err, errlen);
    Play *p = round ? play_wrap(round, s, "review", round_quiz(round)->hash, true, err, errlen) : NULL;
    if (p && p->store && p->player > 0) {   /* the items in the order asked, with their state now */
        int64_t now = setup_now(s);
        for (int i = 0; i < n; i++)
            review_item(p, specs[i].muscle->id, quiz_kind_name(specs[i].kind), items ? &items[i] : NULL, now);
    }
    return p;
}

Play *play_review_specs(QuizSet *set, const PlaySetup *s, const QuizSpec *specs, int n, const char *title,
                        char *err, int errlen)
{
    return review_begin(set, s, specs, n, NULL, title, err, errlen);
}

Play *play_review_items(QuizSet *set, const PlaySetup *s, const StoreReviewItem *items, int n, const char *title,
                        char *err, int errlen)
{
    QuizSpec specs[PLAY_REVIEW_MAX];
    StoreReviewItem kept[PLAY_REVIEW_MAX];
    int ns = 0;
    for (int i = 0; i < n && ns < PLAY_REVIEW_MAX; i++) {
        QuizKind k;
        if (quiz_kind_parse(items[i].kind, &k) && quiz_spec_init(quiz_set_atlas(set), k, items[i].muscle, &specs[ns]))
            kept[ns++] = items[i];
    }
    if (ns == 0) {
        snprintf(err, (size_t)errlen, "nothing to review: no item is in the atlas");
        return NULL;
    }
    return review_begin(set, s, specs, ns, kept, title, err, errlen);
}

Play *play_review(QuizSet *set, const PlaySetup *s, PlayReview *why, char *err, int errlen)
{
    *why = PLAY_REVIEW_ERROR;
    if (!s->store || s->player <= 0) {
        snprintf(err, (size_t)errlen, "no player to review for");
        return NULL;
    }
    int64_t now = setup_now(s);
    StoreReviewItem items[PLAY_REVIEW_MAX];
    StoreReviewCounts counts;
    if (store_review_counts(s->store, s->player, now, &counts) != 0) {
        snprintf(err, (size_t)errlen, "%s", store_error(s->store));
        return NULL;
    }
    int n = counts.due ? store_review_due(s->store, s->player, review_day_end(now), PLAY_REVIEW_MAX, items) : 0;
    if (n < 0) {
        snprintf(err, (size_t)errlen, "%s", store_error(s->store));
        return NULL;
    }
    if (n == 0) {
        *why = counts.items ? PLAY_REVIEW_NONE_DUE : PLAY_REVIEW_EMPTY;
        char when[64] = "";
        if (counts.next_due) review_when(counts.next_due, now, when, sizeof when);
        if (!counts.items) snprintf(err, (size_t)errlen, "nothing to review yet");
        else if (counts.next_due)
            snprintf(err, (size_t)errlen, "nothing is due today; next: %d item%s %s", counts.next_count,
                     counts.next_count == 1 ? "" : "s", when);
        else snprintf(err, (size_t)errlen, "nothing is due today");
        return NULL;
    }
    Play *p = play_review_items(set, s, items, n, "Review", err, errlen);
    if (p) *why = PLAY_REVIEW_OK;
    return p;
}

/* ---- answering ---------------------------------------------------------------------- */

const Question *play_question(Play *p)
{
    return p->finished ? NULL : round_question(p->round);
}

/* Copies what the answer holds into the record (the answer's pointers are the caller's). */
static void record_answer(PlayedQuestion *pq, const Answer *a)
{
    pq->timed_out = a->skip && a->timed_out;
    if (a->skip) return;
    if (a->has_click) {
        pq->has_click = true;
        pq->click = a->click;
        pq->click_view = a->view;
    }
    for (int i = 0; i < answer_npaints(a) && pq->npaints < VIEW_COUNT; i++) {
        AnswerPaint ap = answer_paint_at(a, i);
        PlayedPaint *pp = &pq->paints[pq->npaints];
        if (ap.ncircles <= 0 || !(pp->circles = malloc(sizeof *pp->circles * (size_t)ap.ncircles))) continue;
        memcpy(pp->circles, ap.circles, sizeof *pp->circles * (size_t)ap.ncircles);
        pp->n = ap.ncircles;
        pp->view = ap.view;
        pq->npaints++;
        if (ap.view == pq->q.view) {
            pq->paint = pp->circles;
            pq->npaint = pp->n;
        }
    }
    for (int i = 0; i < a->nchoices && i < ANSWER_MAX_CHOICES; i++)
        snprintf(pq->choices[pq->nchoices++], sizeof pq->choices[0], "%s", a->choices[i] ? a->choices[i] : "");
}

/* What was asked, in the stored result: muscle, trigger point (the one shown, or for
 * locate the one the click was scored against), view and side, so that exports and class
 * reports read every kind the same way (identify and name questions hide them). */
static json_t *asked_json(const Question *q, const QuizResult *res)
{
    const AtlasTrp *t = q->trp ? q->trp : res->nearest;
    json_t *o = json_object();
    json_object_set_new(o, "muscle", json_string(q->muscle->id));
    json_object_set_new(o, "trp", t ? json_string(t->id) : json_null());
    json_object_set_new(o, "view", json_string(atlas_view_name(q->view)));
    json_object_set_new(o, "side", json_string(atlas_side_name(q->side)));
    return o;
}

/* The one place an answer is written to the store. */
static void save_answer(Play *p, const Question *q, const QuizResult *res, const Answer *a, int ms)
{
    save_round(p);
    if (!p->store || p->log->round_id <= 0) return;
    json_t *qj = protocol_question(q), *rj = protocol_result(q, res);
    if (rj) json_object_set_new(rj, "asked", asked_json(q, res));
    char *qtext = qj ? protocol_text(qj) : NULL, *rtext = rj ? protocol_text(rj) : NULL;
    json_decref(qj);
    json_decref(rj);
    char *atext = protocol_answer_text(a);
    StoreAnswer sa = {
        .round_id = p->log->round_id, .n = q->n, .kind = quiz_kind_name(q->kind), .muscle = q->muscle->id,
        .question = qtext ? qtext : "{}", .answer = atext ? atext : "{}", .score = res->score, .ms = ms,
        .result = rtext,
    };
    int64_t now = play_now(p);
    /* what the answer does to the schedule, as the store computes it in the same save */
    PlayReviewItem *it = review_item(p, q->muscle->id, sa.kind, NULL, now);
    if (it) {
        it->move = review_update(&it->after, res->score, now);
        it->answered = true;
        it->score = res->score;
    }
    if (store_answer_save(p->store, &sa, now) != 0) warn(p, "Answer kept in memory, not saved yet");
    free(qtext);
    free(atext);
    free(rtext);
}

int play_answer(Play *p, const Answer *a, int ms, const PlayedQuestion **out)
{
    p->warning[0] = 0;
    if (out) *out = NULL;
    const Question *cur = play_question(p);
    if (!cur) return round_answer(p->round, a, &(QuizResult){0});   /* refused: "the round is over" */
    Question asked = *cur;
    QuizResult res;
    Answer given = *a;
    given.ms = ms;
    given.hint_used = p->hint_used;
    if (round_answer(p->round, &given, &res) != 0) return -1;
    p->hint_used = false;
    PlayedQuestion *pq = play_log_add(p->log);
    if (pq) {
        pq->q = asked;
        pq->res = res;
        pq->ms = ms;
        pq->hint_used = given.hint_used;
        record_answer(pq, a);
    }
    save_answer(p, &asked, &res, a, ms);
    if (out) *out = pq;
    return 0;
}

int play_skip(Play *p, bool timed_out, int ms, const PlayedQuestion **out)
{
    Answer a = {.skip = true, .timed_out = timed_out};
    return play_answer(p, &a, ms, out);
}

const char *play_hint(Play *p)
{
    const Question *q = play_question(p);
    if (!q || !q->hint[0]) return NULL;
    p->hint_used = true;
    return q->hint;
}

/* ---- ending ------------------------------------------------------------------------- */

void play_finish(Play *p, PlayEnd ended_by)
{
    if (p->finished) return;
    p->warning[0] = 0;
    PlayLog *log = p->log;
    round_finish(p->round, play_end_name(ended_by), &log->sum);
    p->finished = true;
    log->totalled = true;
    log->ended_by = PLAY_END_QUIT;
    for (int e = 0; e < PLAY_END_COUNT; e++)
        if (!strcmp(log->sum.ended_by, end_names[e])) log->ended_by = (PlayEnd)e;
    log->quit = log->ended_by == PLAY_END_QUIT;
    if (log->sum.failed) snprintf(log->error, sizeof log->error, "%s", log->sum.error);
    const QuizSummary *sum = &log->sum;
    StoreRoundEnd end = {
        .total = sum->score, .max = sum->max, .planned = sum->planned, .finished = sum->finished,
        .ended_by = sum->ended_by, .pass_mark = sum->pass_mark, .passed = sum->passed,
        .title = log->title, .feedback = sum->feedback[0] ? sum->feedback : NULL,
        .error = sum->failed ? sum->error : NULL,
    };
    if (p->store && log->round_id > 0 && store_round_end(p->store, log->round_id, &end, play_now(p)) != 0)
        warn(p, "Round total not saved yet");
}

PlayLog *play_log(Play *p) { return p->log; }

PlayLog *play_take_log(Play *p)
{
    if (!p->finished && p->log) play_finish(p, PLAY_END_QUIT);
    PlayLog *log = p->log;
    p->log = NULL;
    return log;
}

void play_end(Play *p)
{
    if (!p) return;
    if (!p->finished && p->log) play_finish(p, PLAY_END_QUIT);
    round_end(p->round);
    play_log_free(p->log);
    free(p);
}

int play_count(const Play *p) { return round_count(p->round); }
const Quiz *play_quiz(const Play *p) { return round_quiz(p->round); }
bool play_failed(const Play *p) { return round_failed(p->round); }
const char *play_error(const Play *p) { return round_error(p->round); }
const char *play_message(const Play *p) { return round_message(p->round); }
const char *play_warning(const Play *p) { return p->warning[0] ? p->warning : NULL; }
