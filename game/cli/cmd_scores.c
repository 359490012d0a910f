/* cmd_scores: `trigger-trainer scores [--player NAME] [--data-dir DIR] [--csv]`. Without
 * --csv, a table with one line per round (player, date, quiz, score/max, percent);
 * with --csv, one row per answer (RFC 4180 quoting) for a spreadsheet. Reads the same
 * score file the game writes. */
#include "cli/cli.h"
#include "store/stats.h"
#include "store/store.h"

#include <jansson.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

typedef struct ScoresOptions {
    const char *player, *data_dir;
    bool csv;
} ScoresOptions;

static int parse_options(int argc, char **argv, ScoresOptions *o)
{
    memset(o, 0, sizeof *o);
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        bool has_value = i + 1 < argc;
        if (!strcmp(a, "--csv")) o->csv = true;
        else if (!strcmp(a, "--player") && has_value) o->player = argv[++i];
        else if (!strcmp(a, "--data-dir") && has_value) o->data_dir = argv[++i];
        else if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
            printf("usage: trigger-trainer scores [--player NAME] [--data-dir DIR] [--csv]\n"
                   "  saved rounds as a table, or with --csv every answer as CSV\n");
            return -1;
        } else if (!strcmp(a, "--player") || !strcmp(a, "--data-dir"))
            return cli_usage_error("scores: %s needs a value", a);
        else
            return cli_usage_error("scores: unknown option '%s'", a);
    }
    return 0;
}

/* ---- the table ---- */

typedef struct Row { char player[64], date[32], quiz[64], score[32], percent[32]; } Row;
typedef struct Table { Row *rows; int n, cap; } Table;

static int add_round(const StatsRound *r, void *ud)
{
    Table *t = ud;
    if (t->n == t->cap) {
        int cap = t->cap ? t->cap * 2 : 64;
        Row *rows = realloc(t->rows, (size_t)cap * sizeof *rows);
        if (!rows) return 1;
        t->rows = rows;
        t->cap = cap;
    }
    Row *w = &t->rows[t->n++];
    time_t when = (time_t)r->started;
    struct tm tm;
    snprintf(w->player, sizeof w->player, "%s", r->player_name ? r->player_name : "?");
    if (!localtime_r(&when, &tm) || !strftime(w->date, sizeof w->date, "%Y-%m-%d %H:%M", &tm))
        snprintf(w->date, sizeof w->date, "?");
    snprintf(w->quiz, sizeof w->quiz, "%s", r->quiz_id ? r->quiz_id : "?");
    snprintf(w->score, sizeof w->score, "%d/%d", r->total, r->max);
    if (r->max > 0)
        snprintf(w->percent, sizeof w->percent, "%d%%%s", (int)(100.0 * r->total / r->max + 0.5),
                 r->ended ? "" : " (unfinished)");
    else
        snprintf(w->percent, sizeof w->percent, "-%s", r->ended ? "" : " (unfinished)");
    return 0;
}

static int width(const Table *t, size_t offset, const char *head)
{
    int w = (int)strlen(head);
    for (int i = 0; i < t->n; i++) {
        int n = (int)strlen((const char *)&t->rows[i] + offset);
        if (n > w) w = n;
    }
    return w;
}

static int print_table(Store *s, int64_t player)
{
    Table t = {0};
    int n = stats_rounds(s, player, NULL, add_round, &t);
    if (n < 0 || n != t.n) {
        fprintf(stderr, "trigger-trainer: %s\n", n < 0 ? store_error(s) : "out of memory");
        free(t.rows);
        return 1;
    }
    if (t.n == 0) {
        printf("No rounds saved yet in %s.\n", store_path(s));
        free(t.rows);
        return 0;
    }
    int wp = width(&t, offsetof(Row, player), "player");
    int wd = width(&t, offsetof(Row, date), "date");
    int wq = width(&t, offsetof(Row, quiz), "quiz");
    int ws = width(&t, offsetof(Row, score), "score");
    printf("%-*s  %-*s  %-*s  %*s  %s\n", wp, "player", wd, "date", wq, "quiz", ws, "score", "percent");
    for (int i = 0; i < t.n; i++) {
        const Row *r = &t.rows[i];
        printf("%-*s  %-*s  %-*s  %*s  %s\n", wp, r->player, wd, r->date, wq, r->quiz, ws, r->score,
               r->percent);
    }
    free(t.rows);
    return 0;
}

/* ---- CSV ---- */

/* RFC 4180: quote a field holding a comma, quote, CR or LF (or edge spaces); double quotes. */
static void csv_field(FILE *f, const char *v, bool last)
{
    if (!v) v = "";
    bool quote = v[0] == ' ' || (v[0] && v[strlen(v) - 1] == ' ') || strpbrk(v, ",\"\r\n");
    if (quote) {
        fputc('"', f);
        for (const char *p = v; *p; p++) {
            if (*p == '"') fputc('"', f);
            fputc(*p, f);
        }
        fputc('"', f);
    } else {
        fputs(v, f);
    }
    fputc(last ? '\n' : ',', f);
}

static void csv_int(FILE *f, long long v, bool last)
{
    fprintf(f, "%lld%c", v, last ? '\n' : ',');
}

/* The question's prompt when the saved JSON has one, else the JSON text itself. */
static void csv_question(FILE *f, const char *question)
{
    json_t *j = question ? json_loads(question, 0, NULL) : NULL;
    const char *prompt = json_is_object(j) ? json_string_value(json_object_get(j, "prompt")) : NULL;
    csv_field(f, prompt ? prompt : question, false);
    json_decref(j);
}

static int csv_answer(const StatsAnswer *a, void *ud)
{
    FILE *f = ud;
    char when[32];
    time_t t = (time_t)a->time;
    struct tm tm;
    if (!gmtime_r(&t, &tm) || !strftime(when, sizeof when, "%Y-%m-%dT%H:%M:%SZ", &tm))
        snprintf(when, sizeof when, "%lld", (long long)a->time);
    csv_field(f, a->player_name, false);
    csv_field(f, when, false);
    csv_field(f, a->quiz_id, false);
    csv_question(f, a->question);
    csv_field(f, a->muscle, false);
    csv_field(f, a->kind, false);
    csv_int(f, a->score, false);
    csv_int(f, a->ms, false);
    csv_int(f, a->round_id, false);
    csv_int(f, a->n, true);
    return ferror(f) ? 1 : 0;
}

static int print_csv(Store *s, int64_t player)
{
    printf("player,time,quiz,question,muscle,kind,score,ms,round,n\n");
    if (stats_answers(s, player, csv_answer, stdout) < 0) {
        fprintf(stderr, "trigger-trainer: %s\n", store_error(s));
        return 1;
    }
    return 0;
}

int cmd_scores(int argc, char **argv)
{
    ScoresOptions o;
    int rc = parse_options(argc, argv, &o);
    if (rc) return rc < 0 ? 0 : rc;
    Store *s = store_open(o.data_dir);
    if (!s) {
        fprintf(stderr, "trigger-trainer: out of memory\n");
        return 1;
    }
    int status = 1;
    if (!store_db(s)) {
        /* store_open has already said why on stderr */
        goto done;
    }
    int64_t player = 0;
    if (o.player) {
        player = store_player_find(s, o.player);
        if (player < 0) {
            fprintf(stderr, "trigger-trainer: %s\n", store_error(s));
            goto done;
        }
        if (player == 0) {
            fprintf(stderr, "trigger-trainer: no player named '%s' in %s\n", o.player, store_path(s));
            goto done;
        }
    }
    status = o.csv ? print_csv(s, player) : print_table(s, player);
    if (fflush(stdout) != 0) status = 1;
done:
    store_close(s);
    return status;
}
