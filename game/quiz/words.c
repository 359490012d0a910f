/* words: the English the quiz runtime writes (see words.h). */
#include "quiz/words.h"

#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

const char *words_view(View v) { return atlas_view_title(v); }

void words_muscle(const AtlasMuscle *m, char *buf, size_t len)
{
    snprintf(buf, len, "%s", m->name && *m->name ? m->name : m->id);
    if (buf[0] >= 'A' && buf[0] <= 'Z' && !(buf[1] >= 'A' && buf[1] <= 'Z')) buf[0] = (char)(buf[0] - 'A' + 'a');
    for (char *p = buf; *p; p++) if (*p == '_') *p = ' ';
}

void words_sentence(const char *name, char *buf, size_t len)
{
    snprintf(buf, len, "%s", name);
    if (buf[0] >= 'A' && buf[0] <= 'Z' && buf[1] >= 'a' && buf[1] <= 'z') buf[0] = (char)(buf[0] - 'A' + 'a');
}

void words_append(char *buf, size_t len, const char *fmt, ...)
{
    size_t used = strlen(buf);
    if (used + 1 >= len) return;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf + used, len - used, fmt, ap);
    va_end(ap);
}

void words_join(const char *const *items, int n, char *buf, size_t len)
{
    bool commas = false;
    for (int i = 0; i < n; i++) commas = commas || strchr(items[i], ',');
    buf[0] = 0;
    for (int i = 0; i < n; i++)
        words_append(buf, len, "%s%s", i == 0 ? "" : i == n - 1 ? " and " : commas ? "; " : ", ", items[i]);
}

void words_views(const View *views, int n, char *buf, size_t len)
{
    const char *names[VIEW_COUNT];
    int k = 0;
    for (int i = 0; i < n && k < VIEW_COUNT; i++) names[k++] = words_view(views[i]);
    words_join(names, k, buf, len);
}

void words_unnest(char *s)
{
    char *w = s;
    int depth = 0;
    for (const char *r = s; *r; r++) {
        if (*r == '(') {
            if (depth == 0 && w - s >= 2 && w[-1] == ' ' && w[-2] == ')') {   /* "(a) (b)": one group */
                w -= 2;
                *w++ = ';';
                *w++ = ' ';
                depth++;
                continue;
            }
            if (depth > 0) {   /* "(x (y))" -> "(x, y)" */
                while (w > s && w[-1] == ' ')
                    w--;
                *w++ = ',';
                if (w <= r)   /* room for the space: never write ahead of what is read */
                    *w++ = ' ';
                depth++;
                continue;
            }
            depth++;
        } else if (*r == ')' && depth > 0) {
            depth--;
            if (depth > 0)
                continue;
        }
        *w++ = *r;
    }
    *w = 0;
}
