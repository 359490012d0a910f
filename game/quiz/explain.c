/* explain: rewording Lua errors for instructors (see explain.h). Each case recognises Lua's
 * message by its fixed words and finds the line to edit with luasrc. */
#include "quiz/explain.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "quiz/kinds.h"
#include "quiz/luasrc.h"

bool explain_split(const char *msg, size_t *file_len, int *line, const char **text)
{
    for (const char *p = strchr(msg, ':'); p; p = strchr(p + 1, ':')) {
        const char *d = p + 1;
        int n = 0;
        while (*d >= '0' && *d <= '9') n = n * 10 + (*d++ - '0');
        if (d > p + 1 && *d == ':' && n < 10000000) {
            *file_len = (size_t)(p - msg);
            *line = n;
            *text = d[1] == ' ' ? d + 2 : d + 1;
            return true;
        }
    }
    return false;
}

void explain_full_path(char *msg, size_t len, const char *path)
{
    size_t flen;
    int line;
    const char *text;
    if (!path || strncmp(msg, "...", 3) || !explain_split(msg, &flen, &line, &text) || flen <= 3) return;
    size_t tail = flen - 3, plen = strlen(path);
    if (tail > plen || strncmp(path + plen - tail, msg + 3, tail)) return;
    char *out = malloc(len);
    if (!out) return;
    snprintf(out, len, "%s%s", path, msg + flen);
    snprintf(msg, len, "%s", out);
    free(out);
}

/* Is name a question constructor or quiz? */
static bool constructor(const char *name)
{
    return !strcmp(name, "quiz") || quiz_kind_find(name) != NULL;
}

/* The first token of line `line` is `word`? */
static bool first_on_line(const LuaSrc *ls, int line, const char *word)
{
    for (int i = 0; i < ls->n; i++)
        if (ls->toks[i].line >= line)
            return ls->toks[i].line == line && (size_t)ls->toks[i].len == strlen(word) &&
                   !memcmp(ls->src + ls->toks[i].start, word, strlen(word));
    return false;
}

static bool explain_syntax(const LuaSrc *ls, const char *file, int line, const char *text, char *out, size_t len)
{
    const char *word;
    int open = luasrc_unclosed_block(ls, line, &word);
    if (open > 0) {
        if (!strcmp(word, "repeat"))
            snprintf(out, len, "%s:%d: this 'repeat' has no 'until' (Lua stopped at line %d: %s)", file, open, line, text);
        else if (!strcmp(word, "function"))
            snprintf(out, len, "%s:%d: this function has no 'end': add one where the function finishes (Lua stopped "
                     "at line %d: %s)", file, open, line, text);
        else
            snprintf(out, len, "%s:%d: this '%s' has no 'end': add one where its block finishes (Lua stopped at "
                     "line %d: %s)", file, open, word, line, text);
        return true;
    }
    const char *near = strstr(text, " near '");
    if ((!strncmp(text, "'then' expected near '='", 24) || !strncmp(text, "'do' expected near '='", 22))) {
        snprintf(out, len, "%s:%d: to compare two values write '==' ('=' gives a variable a value) (Lua: %s)", file,
                 line, text);
        return true;
    }
    if (!strncmp(text, "'}' expected", 12) && near) {
        char tok[64];
        snprintf(tok, sizeof tok, "%s", near + 7);
        char *q = strrchr(tok, '\'');
        if (q) *q = 0;
        int before = first_on_line(ls, line, tok) ? luasrc_line_before(ls, line) : 0;
        if (before > 0)
            snprintf(out, len, "%s:%d: a ',' seems to be missing at the end of this line (Lua stopped at line %d: %s)",
                     file, before, line, text);
        else
            snprintf(out, len, "%s:%d: a ',' seems to be missing before '%s' (Lua: %s)", file, line, tok, text);
        return true;
    }
    return false;
}

/* "attempt to call a string value (local 'name')" where name is a constructor. */
static bool explain_hidden(const LuaSrc *ls, const char *file, int line, const char *text, char *out, size_t len)
{
    char type[32], scope[32], name[64];
    if (sscanf(text, "attempt to call a %31s value (%31s '%63[^']')", type, scope, name) != 3 || !constructor(name))
        return false;
    const char *what = !strcmp(name, "quiz") ? "quiz" : "question";
    char rename[80];
    snprintf(rename, sizeof rename, "%s", !strcmp(name, "name") ? "muscle_name" : "my_");
    if (strcmp(name, "name")) snprintf(rename, sizeof rename, "my_%s", name);
    bool is_local;
    int bound = luasrc_binding_line(ls, name, line, &is_local);
    if (bound > 0 && is_local)
        snprintf(out, len, "%s:%d: this local '%s' hides the %s{} %s constructor, so %s { ... } at line %d calls a %s "
                 "instead: give the local another name (e.g. '%s')", file, bound, name, name, what, name, line, type,
                 rename);
    else if (bound > 0)
        snprintf(out, len, "%s:%d: this line gives '%s' a new value, replacing the %s{} %s constructor, so %s { ... } "
                 "at line %d calls a %s: use another name (e.g. '%s')", file, bound, name, name, what, name, line, type,
                 rename);
    else
        snprintf(out, len, "%s:%d: '%s' is the %s{} %s constructor, but here it is a %s: a variable of the script "
                 "has taken its name (rename it, e.g. '%s')", file, line, name, name, what, type, rename);
    return true;
}

bool explain_error(const LuaSrc *ls, bool syntax, char *msg, size_t len)
{
    size_t flen;
    int line;
    const char *text;
    if (!ls || !explain_split(msg, &flen, &line, &text)) return false;
    char file[1024];
    snprintf(file, sizeof file, "%.*s", (int)flen, msg);
    char *out = malloc(len);
    if (!out) return false;
    bool done = syntax ? explain_syntax(ls, file, line, text, out, len) : explain_hidden(ls, file, line, text, out, len);
    if (done) snprintf(msg, len, "%s", out);
    free(out);
    return done;
}
