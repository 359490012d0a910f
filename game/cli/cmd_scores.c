/* cmd_scores: `trigger-trainer scores [--player NAME] [--quiz ID] [--since YYYY-MM-DD]
 * [--data-dir DIR] [--csv | --export FILE]`. Without --csv, a table with one line per round
 * (player, date, quiz title, score over the planned questions, percent, and how the round
 * ended: unfinished rounds say so, pass marks say passed or not); with --csv, one row per
 * answer with the student's own answer (csv.h); --export writes a consistent copy of the
 * score file for a class report (SQLite's online backup, safe while the game writes). Reads
 * the file the game writes and never creates one: a folder that does not exist is an error. */
#include "cli/cli.h"
#include "body/atlas.h"
#include "quiz/quiz.h"
#include "records/csv.h"
#include "records/facts.h"
#include "store/paths.h"
#include "store/stats.h"
#include "store/store.h"
#include "engine/array.h"

#include <errno.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

typedef struct ScoresOptions {
    const char *player, *data_dir, *quiz, *export_to;
    int64_t since;
    bool csv;
} ScoresOptions;

static const char *const usage =
    "usage: trigger-trainer scores [--player NAME] [--quiz ID] [--since YYYY-MM-DD] [--data-dir DIR]\n"
    "                              [--csv | --export FILE]\n"
    "  saved rounds as a table; --csv: every answer as CSV; --export FILE: a copy of the score\n"
    "  file for `trigger-trainer report` (safe while the game is running)\n";

/* YYYY-MM-DD as the start of that day, local time (the table's dates are local). */
static bool parse_day(const char *s, int64_t *out)
{
    struct tm tm = {0};
    char tail;
    if (sscanf(s, "%4d-%2d-%2d%c", &tm.tm_year, &tm.tm_mon, &tm.tm_mday, &tail) != 3) return false;
    if (tm.tm_year < 1970 || tm.tm_mon < 1 || tm.tm_mon > 12 || tm.tm_mday < 1 || tm.tm_mday > 31) return false;
    int y = tm.tm_year, m = tm.tm_mon, d = tm.tm_mday;
    tm.tm_year -= 1900;
    tm.tm_mon -= 1;
    tm.tm_isdst = -1;
    time_t t = mktime(&tm);
    /* mktime normalises 2025-02-31 into March: refuse dates that do not exist */
    if (t == (time_t)-1 || tm.tm_year != y - 1900 || tm.tm_mon != m - 1 || tm.tm_mday != d) return false;
    *out = (int64_t)t;
    return true;
}

static int parse_options(int argc, char **argv, ScoresOptions *o)
{
    memset(o, 0, sizeof *o);
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        bool has_value = i + 1 < argc;
        if (!strcmp(a, "--csv")) o->csv = true;
        else if (!strcmp(a, "--player") && has_value) o->player = argv[++i];
        else if (!strcmp(a, "--data-dir") && has_value) o->data_dir = argv[++i];
        else if (!strcmp(a, "--quiz") && has_value) o->quiz = argv[++i];
        else if (!strcmp(a, "--export") && has_value) o->export_to = argv[++i];
        else if (!strcmp(a, "--since") && has_value) {
            if (!parse_day(argv[++i], &o->since))
                return cli_usage_error("scores: --since wants a date YYYY-MM-DD, got '%s'", argv[i]);
        } else if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
            fputs(usage, stdout);
            return -1;
        } else if (!strcmp(a, "--player") || !strcmp(a, "--data-dir") || !strcmp(a, "--quiz") ||
                   !strcmp(a, "--since") || !strcmp(a, "--export"))
            return cli_usage_error("scores: %s needs a value", a);
        else
            return cli_usage_error("scores: unknown option '%s'", a);
    }
    if (o->export_to && (o->csv || o->player || o->quiz || o->since))
        return cli_usage_error("scores: --export copies the whole score file (no --csv, --player, --quiz or --since)");
    return 0;
}

/* ---- quiz titles ---- */

/* Titles of rounds saved before schema v3 come from the quizzes installed here (built-in
 * and the player's folder), loaded only when such a round is shown. */
typedef struct Titles {
    Atlas *atlas;
    QuizSet *set;
    bool tried;
} Titles;

static const Atlas *titles_atlas(Titles *t)
{
    if (!t->atlas) {
        char err[512];
        t->atlas = atlas_load(atlas_default_dir(), err, sizeof err);
        if (!t->atlas) fprintf(stderr, "trigger-trainer: the atlas does not load: %s\n", err);
    }
    return t->atlas;
}

/* The quiz's title, or NULL when neither the round nor an installed quiz knows it. */
static const char *title_of(Titles *t, const char *quiz_id, const char *stored)
{
    if (stored && *stored) return stored;
    if (!quiz_id) return NULL;
    if (!strcmp(quiz_id, "review")) return "Review";
    if (!t->tried) {
        t->tried = true;
        const char *paths[] = {paths_quizzes_builtin(), paths_quizzes_user()};
        QuizErrors errors = {0};
        if (titles_atlas(t)) t->set = quiz_set_load(t->atlas, paths, 2, &errors);
        quiz_errors_free(&errors);
    }
    const Quiz *q = t->set ? quiz_set_find(t->set, quiz_id) : NULL;
    return q && q->title && *q->title ? q->title : NULL;
}

static void titles_free(Titles *t)
{
    quiz_set_unload(t->set);
    atlas_unload(t->atlas);
}

/* ---- the table ---- */

typedef struct Row { char player[64], date[32], quiz[160], score[32], percent[16], result[96]; } Row;
typedef struct Table { Row *rows; int n, cap; Titles *titles; int64_t since; } Table;

/* How a round ended, for the table: "completed", "passed (70%)", "unfinished: 1 of 10, quit". */
static void round_result(const StatsRound *r, char *buf, size_t len)
{
    if (!r->finished) {
        const char *how = !r->ended ? "interrupted" : r->ended_by ? r->ended_by : NULL;
        snprintf(buf, len, "unfinished: %d of %d%s%s", r->nanswers, r->planned, how ? ", " : "", how ? how : "");
    } else if (r->passed >= 0) {
        snprintf(buf, len, "%s (%d%%)", r->passed ? "passed" : "not passed", r->pass_mark);
    } else {
        snprintf(buf, len, "completed");
    }
}

static int add_round(const StatsRound *r, void *ud)
{
    Table *t = ud;
    if (r->started < t->since) return 0;
    Row *rows = array_grow(t->rows, &t->cap, t->n + 1, sizeof *rows);
    if (!rows) return 1;
    t->rows = rows;
    Row *w = &t->rows[t->n++];
    time_t when = (time_t)r->started;
    struct tm tm;
    snprintf(w->player, sizeof w->player, "%s", r->player_name ? r->player_name : "?");
    if (!localtime_r(&when, &tm) || !strftime(w->date, sizeof w->date, "%Y-%m-%d %H:%M", &tm))
        snprintf(w->date, sizeof w->date, "?");
    const char *title = title_of(t->titles, r->quiz_id, r->title);
    snprintf(w->quiz, sizeof w->quiz, "%s", title ? title : r->quiz_id ? r->quiz_id : "?");
    snprintf(w->score, sizeof w->score, "%d/%d", r->total, r->max);
    if (r->max > 0) snprintf(w->percent, sizeof w->percent, "%d%%", (int)(100.0 * r->total / r->max + 0.5));
    else snprintf(w->percent, sizeof w->percent, "-");
    round_result(r, w->result, sizeof w->result);
    return 0;
}

/* Columns a UTF-8 text takes in a terminal: combining marks take none, East Asian wide
 * characters two, every other character one (not its bytes: "Zoé" is 3). */
static int text_columns(const char *s)
{
    int w = 0;
    const unsigned char *p = (const unsigned char *)s;
    while (*p) {
        uint32_t c;
        int n = *p < 0x80 ? 1 : (*p >> 5) == 6 ? 2 : (*p >> 4) == 14 ? 3 : (*p >> 3) == 30 ? 4 : 1;
        c = n == 1 ? *p : (uint32_t)(*p & (0x7F >> n));
        for (int i = 1; i < n; i++) {
            if ((p[i] & 0xC0) != 0x80) { n = i; break; }
            c = c << 6 | (p[i] & 0x3F);
        }
        p += n;
        if ((c >= 0x300 && c < 0x370) || (c >= 0x1AB0 && c < 0x1B00) || (c >= 0x1DC0 && c < 0x1E00) ||
            (c >= 0x20D0 && c < 0x2100) || (c >= 0xFE20 && c < 0xFE30) || (c >= 0x200B && c < 0x2010))
            continue;
        bool wide = (c >= 0x1100 && c < 0x1160) || (c >= 0x2E80 && c < 0xA4D0) || (c >= 0xAC00 && c < 0xD7A4) ||
                    (c >= 0xF900 && c < 0xFB00) || (c >= 0xFE30 && c < 0xFE50) || (c >= 0xFF00 && c < 0xFF61) ||
                    (c >= 0xFFE0 && c < 0xFFE7) || (c >= 0x1F300 && c < 0x1F650) || (c >= 0x1F900 && c < 0x1FA00) ||
                    (c >= 0x20000 && c < 0x3FFFE);
        w += wide ? 2 : 1;
    }
    return w;
}

/* Prints s in a column of `width` terminal columns (right-aligned when right). */
static void cell(const char *s, int width, bool right, const char *after)
{
    int pad = width - text_columns(s);
    if (right) printf("%*s%s", pad > 0 ? pad : 0, "", s);
    else printf("%s%*s", s, pad > 0 ? pad : 0, "");
    fputs(after, stdout);
}

static int width(const Table *t, size_t offset, const char *head)
{
    int w = text_columns(head);
    for (int i = 0; i < t->n; i++) {
        int n = text_columns((const char *)&t->rows[i] + offset);
        if (n > w) w = n;
    }
    return w;
}

static int print_table(Store *s, const ScoresOptions *o, int64_t player, Titles *titles)
{
    Table t = {.titles = titles, .since = o->since};
    int n = stats_rounds(s, player, o->quiz, add_round, &t);
    if (n < 0) {
        fprintf(stderr, "trigger-trainer: %s\n", store_error(s));
        free(t.rows);
        return 1;
    }
    if (t.n == 0) {
        printf("No rounds saved%s yet in %s.\n", o->quiz || o->since ? " that match" : "", store_path(s));
        free(t.rows);
        return 0;
    }
    static const struct { const char *head; size_t off; bool right; } cols[] = {
        {"player", offsetof(Row, player), false}, {"date", offsetof(Row, date), false},
        {"quiz", offsetof(Row, quiz), false},     {"score", offsetof(Row, score), true},
        {"percent", offsetof(Row, percent), true}, {"result", offsetof(Row, result), false},
    };
    enum { NCOLS = sizeof cols / sizeof cols[0] };
    int w[NCOLS];
    for (int c = 0; c < NCOLS; c++) w[c] = c == NCOLS - 1 ? 0 : width(&t, cols[c].off, cols[c].head);
    for (int c = 0; c < NCOLS; c++) cell(cols[c].head, w[c], cols[c].right, c == NCOLS - 1 ? "\n" : "  ");
    for (int i = 0; i < t.n; i++)
        for (int c = 0; c < NCOLS; c++)
            cell((const char *)&t.rows[i] + cols[c].off, w[c], cols[c].right, c == NCOLS - 1 ? "\n" : "  ");
    free(t.rows);
    return 0;
}

/* ---- CSV ---- */

typedef struct CsvRun { Facts *facts; Titles *titles; } CsvRun;

static int csv_answer(const StatsAnswer *a, void *ud)
{
    CsvRun *run = ud;
    FactsInput in = {.kind = a->kind, .muscle = a->muscle, .question = a->question, .answer = a->answer,
                     .result = a->result, .score = a->score};
    AnswerFacts x;
    facts_read(run->facts, &in, &x);
    csv_answer_row(stdout, a, title_of(run->titles, a->quiz_id, a->title), &x);
    return ferror(stdout) ? 1 : 0;
}

static int print_csv(Store *s, const ScoresOptions *o, int64_t player, Titles *titles)
{
    const Atlas *atlas = titles_atlas(titles);
    Facts *facts = atlas ? facts_new(atlas) : NULL;
    if (!facts) return 1;
    csv_answers_header(stdout);
    CsvRun run = {facts, titles};
    StatsFilter f = {.player = player, .quiz_id = o->quiz, .since = o->since};
    int n = stats_answers(s, &f, csv_answer, &run);
    facts_free(facts);
    if (n < 0) {
        fprintf(stderr, "trigger-trainer: %s\n", store_error(s));
        return 1;
    }
    return 0;
}

/* ---- the command ---- */

int cmd_scores(int argc, char **argv)
{
    ScoresOptions o;
    int rc = parse_options(argc, argv, &o);
    if (rc) return rc < 0 ? 0 : rc;
    const char *dir = o.data_dir ? o.data_dir : store_default_dir();
    /* read, never create: a folder or a file that is not there holds no scores */
    struct stat st;
    int missing = stat(dir, &st) != 0 ? errno : !S_ISDIR(st.st_mode) ? ENOTDIR : 0;
    if (missing) {
        if (o.data_dir || o.export_to) {
            fprintf(stderr, "trigger-trainer: scores: no folder %s (%s); nothing was created\n", dir,
                    missing == ENOENT ? "it does not exist" : strerror(missing));
            return 1;
        }
        printf("No rounds saved yet (there is no %s).\n", dir);
        return 0;
    }
    char path[4200];
    snprintf(path, sizeof path, "%s/%s", dir, STORE_FILE_NAME);
    if (stat(path, &st) != 0) {
        if (o.export_to) {
            fprintf(stderr, "trigger-trainer: scores: no score file in %s: nothing to export\n", dir);
            return 1;
        }
        printf("No rounds saved yet in %s.\n", path);
        return 0;
    }
    if (o.export_to) {
        char err[1024];
        if (store_export(path, o.export_to, err, sizeof err) != 0) {
            fprintf(stderr, "trigger-trainer: scores: %s\n", err);
            return 1;
        }
        fprintf(stderr, "trigger-trainer: exported %s to %s\n", path, o.export_to);
        return 0;
    }
    Store *s = store_open(dir);
    if (!s) {
        fprintf(stderr, "trigger-trainer: out of memory\n");
        return 1;
    }
    int status = 1;
    Titles titles = {0};
    if (!store_db(s)) goto done;   /* store_open has already said why on stderr */
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
    status = o.csv ? print_csv(s, &o, player, &titles) : print_table(s, &o, player, &titles);
    if (fflush(stdout) != 0) status = 1;
done:
    titles_free(&titles);
    store_close(s);
    return status;
}
