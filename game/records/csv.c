/* csv: quoting and the per-answer rows (see csv.h). */
#include "records/csv.h"
#include "records/jscan.h"

#include <string.h>
#include <time.h>

void csv_field(FILE *f, const char *v, bool last)
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

void csv_int(FILE *f, long long v, bool last)
{
    fprintf(f, "%lld%c", v, last ? '\n' : ',');
}

void csv_bool(FILE *f, bool v, bool last)
{
    fprintf(f, "%s%c", v ? "true" : "false", last ? '\n' : ',');
}

static void csv_cm(FILE *f, bool has, double v)
{
    if (has) fprintf(f, "%.2f,", v);
    else fputc(',', f);
}

void csv_time_utc(long long t, char *buf, size_t len)
{
    time_t tt = (time_t)t;
    struct tm tm;
    if (!gmtime_r(&tt, &tm) || !strftime(buf, len, "%Y-%m-%dT%H:%M:%SZ", &tm)) snprintf(buf, len, "%lld", t);
}

/* Appends the UTF-8 bytes of code point c. */
void csv_answers_header(FILE *f)
{
    fputs("player,quiz,quiz_title,round,round_start,planned,finished,ended_by,passed,n,kind,muscle,trp,view,side,"
          "click_x,click_y,painted_cm2,painted_areas,chosen,score,correct,ms,time,question\n", f);
}

void csv_answer_row(FILE *f, const StatsAnswer *a, const char *title, const AnswerFacts *x)
{
    char when[32], started[32], prompt[600], areas[1024] = "";
    csv_field(f, a->player_name, false);
    csv_field(f, a->quiz_id, false);
    csv_field(f, title, false);
    csv_int(f, a->round_id, false);
    csv_time_utc(a->round_started, started, sizeof started);
    csv_field(f, started, false);
    csv_int(f, a->planned, false);
    csv_bool(f, a->finished, false);
    csv_field(f, a->ended_by, false);
    csv_field(f, a->passed < 0 ? "" : a->passed ? "true" : "false", false);
    csv_int(f, a->n, false);
    csv_field(f, a->kind, false);
    csv_field(f, a->muscle, false);
    csv_field(f, x->trp ? x->trp->id : NULL, false);
    csv_field(f, x->view >= 0 ? atlas_view_name((View)x->view) : NULL, false);
    csv_field(f, x->side >= 0 ? atlas_side_name((Side)x->side) : NULL, false);
    csv_cm(f, x->has_click, x->click.x);
    csv_cm(f, x->has_click, x->click.y);
    csv_cm(f, x->has_paint, x->painted_cm2);
    size_t used = 0;
    for (int i = 0; i < x->npainted && used < sizeof areas; i++) {
        int w = snprintf(areas + used, sizeof areas - used, "%s%s", i ? "; " : "", x->painted[i]->label);
        if (w < 0) break;
        used += (size_t)w;
    }
    csv_field(f, areas, false);
    csv_field(f, x->chosen, false);
    csv_int(f, a->score, false);
    csv_bool(f, x->correct, false);
    csv_int(f, a->ms, false);
    csv_time_utc(a->time, when, sizeof when);
    csv_field(f, when, false);
    /* the question's prompt: a key near the start of its text, read in place */
    csv_field(f, jscan_string(jscan_key(a->question, "prompt"), prompt, sizeof prompt) ? prompt : NULL, true);
}
