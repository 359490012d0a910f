/* store_queue: every write (player, round start, answer, round end) is an operation put on
 * an in-memory queue and then written in its own BEGIN IMMEDIATE transaction; when the disk
 * refuses (read-only, full, busy too long, file missing) the queue keeps it and the next
 * call retries, so play never stops and nothing answered is lost while the program runs.
 * Ids handed out while an operation waits are provisional and mapped to the real ones once
 * written. The time of each write is the caller's `now` (Unix seconds): the store reads no
 * clock, so tools and tests can write history at fixed times. */
#include "store/store_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef enum OpType { OP_PLAYER, OP_ROUND_BEGIN, OP_ANSWER, OP_ROUND_END } OpType;

/* A round's end: StoreRoundEnd with its texts owned. */
typedef struct OpRoundEnd {
    int64_t round;
    int total, max, planned, pass_mark, passed;
    bool finished;
    char *ended_by, *title, *feedback, *error;
} OpRoundEnd;

/* A queued write: its kind, its place in the queue, when it happened, and its fields
 * (strings owned by the operation). */
struct Op {
    OpType type;
    uint64_t seq;
    int64_t time;
    union {
        struct { int64_t prov; char *name; } player;
        struct {
            int64_t prov, player;
            char *quiz_id, *quiz_hash;
            uint64_t seed;
            int nquestions;
        } round_begin;
        struct {
            int64_t round;
            int n, score, ms;
            char *kind, *muscle, *question, *answer, *result;
        } answer;
        OpRoundEnd round_end;
    } u;
};

static void op_free(Op *op)
{
    switch (op->type) {
    case OP_PLAYER:
        free(op->u.player.name);
        break;
    case OP_ROUND_BEGIN:
        free(op->u.round_begin.quiz_id);
        free(op->u.round_begin.quiz_hash);
        break;
    case OP_ANSWER:
        free(op->u.answer.kind);
        free(op->u.answer.muscle);
        free(op->u.answer.question);
        free(op->u.answer.answer);
        free(op->u.answer.result);
        break;
    case OP_ROUND_END:
        free(op->u.round_end.ended_by);
        free(op->u.round_end.title);
        free(op->u.round_end.feedback);
        free(op->u.round_end.error);
        break;
    }
}

static Op *op_push(Store *s, OpType type, int64_t now)
{
    if (s->nops == s->capops) {
        int cap = s->capops ? s->capops * 2 : 16;
        Op *ops = realloc(s->ops, (size_t)cap * sizeof *ops);
        if (!ops) return NULL;
        s->ops = ops;
        s->capops = cap;
    }
    Op *op = &s->ops[s->nops++];
    memset(op, 0, sizeof *op);
    op->type = type;
    op->seq = ++s->seq;
    op->time = now;
    return op;
}

static void op_pop_last(Store *s)
{
    op_free(&s->ops[--s->nops]);
}

/* ---- provisional ids ---- */

static int64_t prov_new(Store *s)
{
    if (s->nids == s->capids) {
        int cap = s->capids ? s->capids * 2 : 16;
        IdMap *ids = realloc(s->ids, (size_t)cap * sizeof *ids);
        if (!ids) return -1;
        s->ids = ids;
        s->capids = cap;
    }
    int64_t id = s->next_prov++;
    s->ids[s->nids++] = (IdMap){id, 0};
    return id;
}

int64_t store_id_real(const Store *s, int64_t id)
{
    if (id < STORE_PROVISIONAL_BASE) return id;
    for (int i = 0; i < s->nids; i++)
        if (s->ids[i].prov == id) return s->ids[i].real ? s->ids[i].real : id;
    return id;
}

static void id_resolve(Store *s, int64_t prov, int64_t real)
{
    for (int i = 0; i < s->nids; i++)
        if (s->ids[i].prov == prov) s->ids[i].real = real;
}

/* ---- writing one operation ---- */

static int exec_player(Store *s, const Op *op)
{
    sqlite3_stmt *find = store_stmt(s, ST_PLAYER_FIND), *ins = store_stmt(s, ST_PLAYER_INSERT);
    if (!find || !ins) return SQLITE_ERROR;
    int rc = store_bind(find, "t", op->u.player.name);
    if (rc == SQLITE_OK) rc = sqlite3_step(find);
    int64_t id = rc == SQLITE_ROW ? sqlite3_column_int64(find, 0) : 0;
    store_stmt_done(find);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) return rc;
    if (!id) {
        rc = store_bind(ins, "ti", op->u.player.name, op->time);
        rc = rc == SQLITE_OK ? store_step_done(ins) : (store_stmt_done(ins), rc);
        if (rc != SQLITE_OK) return rc;
        id = sqlite3_last_insert_rowid(s->db);
    }
    id_resolve(s, op->u.player.prov, id);
    return SQLITE_OK;
}

static int exec_round_begin(Store *s, const Op *op)
{
    sqlite3_stmt *ins = store_stmt(s, ST_ROUND_INSERT);
    if (!ins) return SQLITE_ERROR;
    int64_t player = store_id_real(s, op->u.round_begin.player);
    int rc = store_bind(ins, "ittini", player, op->u.round_begin.quiz_id, op->u.round_begin.quiz_hash,
                        (int64_t)op->u.round_begin.seed, op->u.round_begin.nquestions, op->time);
    rc = rc == SQLITE_OK ? store_step_done(ins) : (store_stmt_done(ins), rc);
    if (rc != SQLITE_OK) return rc;
    id_resolve(s, op->u.round_begin.prov, sqlite3_last_insert_rowid(s->db));
    return store_meta_set_int(s, "last_player", player);
}

static int exec_answer(Store *s, const Op *op)
{
    sqlite3_stmt *who = store_stmt(s, ST_ROUND_PLAYER), *ins = store_stmt(s, ST_ANSWER_INSERT);
    if (!who || !ins) return SQLITE_ERROR;
    int64_t round = store_id_real(s, op->u.answer.round);
    int rc = store_bind(who, "i", round);
    if (rc == SQLITE_OK) rc = sqlite3_step(who);
    int64_t player = rc == SQLITE_ROW ? sqlite3_column_int64(who, 0) : 0;
    store_stmt_done(who);
    if (rc == SQLITE_DONE) {
        store_set_error(s, "answer %d names round %lld, which does not exist", op->u.answer.n, (long long)round);
        return SQLITE_CONSTRAINT;
    }
    if (rc != SQLITE_ROW) return rc;
    const char *kind = op->u.answer.kind, *muscle = op->u.answer.muscle;
    rc = store_bind(ins, "iinttttnnit", round, player, op->u.answer.n, kind ? kind : "", muscle,
                    op->u.answer.question, op->u.answer.answer, op->u.answer.score, op->u.answer.ms, op->time,
                    op->u.answer.result);
    rc = rc == SQLITE_OK ? store_step_done(ins) : (store_stmt_done(ins), rc);
    if (rc == SQLITE_OK && kind && kind[0] && muscle && muscle[0])
        rc = store_review_apply(s, player, muscle, kind, op->u.answer.score, op->time);
    return rc;
}

static int exec_round_end(Store *s, const Op *op)
{
    sqlite3_stmt *up = store_stmt(s, ST_ROUND_END);
    if (!up) return SQLITE_ERROR;
    int64_t round = store_id_real(s, op->u.round_end.round);
    const OpRoundEnd *e = &op->u.round_end;
    int rc = store_bind(up, "iinnnnt", round, op->time, e->total, e->max, e->planned, (int)e->finished, e->ended_by);
    /* NULL for a quiz with no pass mark (store_bind binds NULL for NULL text only) */
    if (rc == SQLITE_OK) rc = e->pass_mark < 0 ? sqlite3_bind_null(up, 8) : sqlite3_bind_int(up, 8, e->pass_mark);
    if (rc == SQLITE_OK) rc = e->passed < 0 ? sqlite3_bind_null(up, 9) : sqlite3_bind_int(up, 9, e->passed);
    if (rc == SQLITE_OK) rc = sqlite3_bind_text(up, 10, e->title, -1, SQLITE_STATIC);
    if (rc == SQLITE_OK) rc = sqlite3_bind_text(up, 11, e->feedback, -1, SQLITE_STATIC);
    if (rc == SQLITE_OK) rc = sqlite3_bind_text(up, 12, e->error, -1, SQLITE_STATIC);
    rc = rc == SQLITE_OK ? store_step_done(up) : (store_stmt_done(up), rc);
    if (rc == SQLITE_OK && sqlite3_changes(s->db) == 0) {
        store_set_error(s, "round %lld does not exist", (long long)round);
        return SQLITE_CONSTRAINT;
    }
    return rc;
}

static int op_exec(Store *s, const Op *op)
{
    int rc = store_tx_begin(s);
    if (rc != SQLITE_OK) return rc;
    switch (op->type) {
    case OP_PLAYER: rc = exec_player(s, op); break;
    case OP_ROUND_BEGIN: rc = exec_round_begin(s, op); break;
    case OP_ANSWER: rc = exec_answer(s, op); break;
    case OP_ROUND_END: rc = exec_round_end(s, op); break;
    }
    return store_tx_end(s, rc);
}

static const char *op_what(const Op *op)
{
    switch (op->type) {
    case OP_PLAYER: return "save the player";
    case OP_ROUND_BEGIN: return "start the round";
    case OP_ANSWER: return "save the answer";
    default: return "finish the round";
    }
}

/* ---- the queue ---- */

int store_flush(Store *s)
{
    if (!s) return -1;
    if (!s->db && store_open_file(s) != 0) return s->nops ? -1 : 0;
    while (s->nops > 0) {
        Op *op = &s->ops[0];
        int rc = op_exec(s, op);
        if (rc != SQLITE_OK) {
            if (store_rc_transient(rc)) {
                store_db_error(s, rc, op_what(op));
                return -1;
            }
            /* the operation itself is wrong: retrying would block the queue forever */
            if ((rc & 0xff) != SQLITE_CONSTRAINT || !s->error[0])
                store_db_error(s, rc, op_what(op));
            s->dropped_seq = op->seq;
        }
        op_free(op);
        memmove(s->ops, s->ops + 1, (size_t)(--s->nops) * sizeof *s->ops);
    }
    return 0;
}

/* Writes the queue with op at its end, and says how op itself went: 0 written, 1 kept,
 * -1 refused. */
static int submit(Store *s, uint64_t seq)
{
    s->error[0] = '\0';
    store_flush(s);
    if (s->dropped_seq == seq) return -1;
    for (int i = 0; i < s->nops; i++)
        if (s->ops[i].seq == seq) return 1;
    return 0;
}

int store_pending(const Store *s)
{
    return s ? s->nops : 0;
}

int store_need_db(Store *s)
{
    s->error[0] = '\0';
    if (store_flush(s) != 0 || !s->db) {
        if (!s->error[0]) store_set_error(s, "the score file %s is not open", s->path);
        return -1;
    }
    return 0;
}

void store_queue_close(Store *s)
{
    if (store_flush(s) != 0 && s->nops > 0) {
        int nanswers = 0;
        for (int i = 0; i < s->nops; i++) nanswers += s->ops[i].type == OP_ANSWER;
        fprintf(stderr, "trigger-trainer: %d answer(s) could not be saved: %s\n", nanswers, s->error);
    }
    for (int i = 0; i < s->nops; i++) op_free(&s->ops[i]);
    free(s->ops);
    free(s->ids);
    s->ops = NULL;
    s->ids = NULL;
    s->nops = s->nids = 0;
}

/* ---- the writes ---- */

static int64_t out_of_memory(Store *s, Op *op)
{
    if (op) op_pop_last(s);
    store_set_error(s, "out of memory");
    return -1;
}

int64_t store_player_ensure(Store *s, const char *name, int64_t now)
{
    if (!s) return -1;
    if (!store_player_name_valid(name)) {
        store_set_error(s, "a player name has 1 to %d characters, no leading or trailing spaces",
                        STORE_NAME_MAX - 1);
        return -1;
    }
    int64_t prov = prov_new(s);
    Op *op = prov < 0 ? NULL : op_push(s, OP_PLAYER, now);
    if (!op || !(op->u.player.name = store_dup(name))) return out_of_memory(s, op);
    op->u.player.prov = prov;
    return submit(s, op->seq) < 0 ? -1 : store_id_real(s, prov);
}

int64_t store_round_begin(Store *s, int64_t player, const char *quiz_id, const char *quiz_hash,
                          uint64_t seed, int nquestions, int64_t now)
{
    if (!s || player <= 0 || !quiz_id) return -1;
    int64_t prov = prov_new(s);
    Op *op = prov < 0 ? NULL : op_push(s, OP_ROUND_BEGIN, now);
    if (!op || !(op->u.round_begin.quiz_id = store_dup(quiz_id)) ||
        (quiz_hash && !(op->u.round_begin.quiz_hash = store_dup(quiz_hash))))
        return out_of_memory(s, op);
    op->u.round_begin.prov = prov;
    op->u.round_begin.player = player;
    op->u.round_begin.seed = seed;
    op->u.round_begin.nquestions = nquestions;
    return submit(s, op->seq) < 0 ? -1 : store_id_real(s, prov);
}

int store_answer_save(Store *s, const StoreAnswer *a, int64_t now)
{
    if (!s || !a || a->round_id <= 0) return -1;
    Op *op = op_push(s, OP_ANSWER, now);
    if (!op || (a->kind && !(op->u.answer.kind = store_dup(a->kind))) ||
        (a->muscle && !(op->u.answer.muscle = store_dup(a->muscle))) ||
        (a->question && !(op->u.answer.question = store_dup(a->question))) ||
        (a->answer && !(op->u.answer.answer = store_dup(a->answer))) ||
        (a->result && !(op->u.answer.result = store_dup(a->result))))
        return (int)out_of_memory(s, op);
    op->u.answer.round = a->round_id;
    op->u.answer.n = a->n;
    op->u.answer.score = a->score < 0 ? 0 : a->score > 100 ? 100 : a->score;
    op->u.answer.ms = a->ms < 0 ? 0 : a->ms;
    return submit(s, op->seq) == 0 ? 0 : -1;
}

/* A copy of an optional text: true when src is NULL or copied. */
static bool dup_opt(char **dst, const char *src)
{
    return !src || (*dst = store_dup(src));
}

int store_round_end(Store *s, int64_t round_id, const StoreRoundEnd *e, int64_t now)
{
    if (!s || round_id <= 0 || !e) return -1;
    Op *op = op_push(s, OP_ROUND_END, now);
    if (!op) return (int)out_of_memory(s, NULL);
    OpRoundEnd *w = &op->u.round_end;
    if (!dup_opt(&w->ended_by, e->ended_by) || !dup_opt(&w->title, e->title) ||
        !dup_opt(&w->feedback, e->feedback) || !dup_opt(&w->error, e->error))
        return (int)out_of_memory(s, op);
    w->round = round_id;
    w->total = e->total;
    w->max = e->max;
    w->planned = e->planned;
    w->finished = e->finished;
    w->pass_mark = e->pass_mark < 0 ? -1 : e->pass_mark;
    /* an unfinished round never counts as passed */
    w->passed = e->passed < 0 ? -1 : e->passed && e->finished;
    return submit(s, op->seq) == 0 ? 0 : -1;
}
