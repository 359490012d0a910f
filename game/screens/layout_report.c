/* layout_report: a small streaming JSON writer to stderr, enough for the layout lines. */
#include "screens/layout_report.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

bool layout_report_on(void)
{
    const char *e = getenv("TT_DEBUG_LAYOUT");
    return e && *e && strcmp(e, "0") != 0;
}

static void put_string(const char *s)
{
    fputc('"', stderr);
    for (; s && *s; s++) {
        if (*s == '"' || *s == '\\')
            fputc('\\', stderr);
        if ((unsigned char)*s >= 0x20)
            fputc(*s, stderr);
    }
    fputc('"', stderr);
}

/* the comma before every member but the first, and the key of an object member */
static void member(LayoutReport *r, const char *key)
{
    if (r->item[r->depth])
        fputc(',', stderr);
    r->item[r->depth] = true;
    if (key) {
        put_string(key);
        fputc(':', stderr);
    }
}

static void open_level(LayoutReport *r, const char *key, char c)
{
    member(r, key);
    fputc(c, stderr);
    if (r->depth + 1 < (int)(sizeof r->item / sizeof r->item[0]))
        r->depth++;
    r->item[r->depth] = false;
}

static void close_level(LayoutReport *r, char c)
{
    fputc(c, stderr);
    if (r->depth > 0)
        r->depth--;
}

bool layout_report_begin(LayoutReport *r, const char *name)
{
    memset(r, 0, sizeof *r);
    if (!layout_report_on())
        return false;
    fputc('{', stderr);
    layout_report_str(r, "layout", name);
    return true;
}

void layout_report_end(LayoutReport *r)
{
    fputs("}\n", stderr);
    r->depth = 0;
}

void layout_report_str(LayoutReport *r, const char *key, const char *v)
{
    member(r, key);
    put_string(v);
}

void layout_report_int(LayoutReport *r, const char *key, int v)
{
    member(r, key);
    fprintf(stderr, "%d", v);
}

void layout_report_num(LayoutReport *r, const char *key, double v, int decimals)
{
    member(r, key);
    fprintf(stderr, "%.*f", decimals, v);
}

void layout_report_rect(LayoutReport *r, const char *key, Rect v)
{
    member(r, key);
    fprintf(stderr, "[%.1f,%.1f,%.1f,%.1f]", v.x, v.y, v.w, v.h);
}

void layout_report_point(LayoutReport *r, const char *key, Vec2 p, int decimals)
{
    member(r, key);
    fprintf(stderr, "[%.*f,%.*f]", decimals, p.x, decimals, p.y);
}

void layout_report_array_begin(LayoutReport *r, const char *key) { open_level(r, key, '['); }
void layout_report_array_end(LayoutReport *r) { close_level(r, ']'); }
void layout_report_object_begin(LayoutReport *r, const char *key) { open_level(r, key, '{'); }
void layout_report_object_end(LayoutReport *r) { close_level(r, '}'); }
