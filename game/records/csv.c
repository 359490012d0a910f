/* csv: quoting and the per-answer rows (see csv.h). */
#include "records/csv.h"

#include <stdint.h>
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
static size_t put_utf8(char *out, size_t room, uint32_t c)
{
    char b[4];
    size_t n;
    if (c < 0x80) b[0] = (char)c, n = 1;
    else if (c < 0x800) b[0] = (char)(0xC0 | c >> 6), b[1] = (char)(0x80 | (c & 0x3F)), n = 2;
    else if (c < 0x10000)
        b[0] = (char)(0xE0 | c >> 12), b[1] = (char)(0x80 | ((c >> 6) & 0x3F)), b[2] = (char)(0x80 | (c & 0x3F)), n = 3;
    else
        b[0] = (char)(0xF0 | c >> 18), b[1] = (char)(0x80 | ((c >> 12) & 0x3F)), b[2] = (char)(0x80 | ((c >> 6) & 0x3F)),
        b[3] = (char)(0x80 | (c & 0x3F)), n = 4;
    if (n > room) return 0;
    memcpy(out, b, n);
    return n;
}

static int hex4(const char *p, uint32_t *out)
{
    uint32_t v = 0;
    for (int i = 0; i < 4; i++) {
        char c = p[i];
        v <<= 4;
        if (c >= '0' && c <= '9') v |= (uint32_t)(c - '0');
        else if (c >= 'a' && c <= 'f') v |= (uint32_t)(c - 'a' + 10);
        else if (c >= 'A' && c <= 'F') v |= (uint32_t)(c - 'A' + 10);
        else return -1;
    }
    *out = v;
    return 0;
}

bool csv_json_string(const char *json, const char *key, char *buf, size_t len)
{
    if (!json || !len) return false;
    char needle[64];
    snprintf(needle, sizeof needle, "\"%s\":\"", key);
    const char *p = strstr(json, needle);
    if (!p) return false;
    p += strlen(needle);
    size_t n = 0;
    while (*p && *p != '"' && n + 1 < len) {
        if (*p != '\\') {
            buf[n++] = *p++;
            continue;
        }
        p++;
        uint32_t c;
        switch (*p) {
        case 'n': c = '\n'; break;
        case 't': c = '\t'; break;
        case 'r': c = '\r'; break;
        case 'b': c = '\b'; break;
        case 'f': c = '\f'; break;
        case 'u':
            if (hex4(p + 1, &c) != 0) { buf[n] = 0; return true; }
            p += 4;
            if (c >= 0xD800 && c < 0xDC00 && p[1] == '\\' && p[2] == 'u') {   /* a surrogate pair */
                uint32_t lo;
                if (hex4(p + 3, &lo) == 0 && lo >= 0xDC00 && lo < 0xE000) {
                    c = 0x10000 + ((c - 0xD800) << 10) + (lo - 0xDC00);
                    p += 6;
                }
            }
            break;
        case 0: buf[n] = 0; return true;
        default: c = (unsigned char)*p;
        }
        n += put_utf8(buf + n, len - 1 - n, c);
        p++;
    }
    buf[n] = 0;
    return true;
}

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
    csv_field(f, csv_json_string(a->question, "prompt", prompt, sizeof prompt) ? prompt : NULL, true);
}
