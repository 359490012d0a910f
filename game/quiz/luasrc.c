/* luasrc: a small Lua tokenizer and the line finders built on it (see luasrc.h). Blocks are
 * matched the way Lua's grammar nests them: `function`, `if`, `do` (also the `do` of `for`
 * and `while`) and `repeat` open one; `end` (or `until`) closes it. */
#include "quiz/luasrc.h"
#include "engine/array.h"

#include <stdlib.h>
#include <string.h>

/* ---- tokens ---- */

static bool name_start(int c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; }
static bool name_char(int c) { return name_start(c) || (c >= '0' && c <= '9'); }
static bool digit(int c) { return c >= '0' && c <= '9'; }

static bool push_tok(LuaSrc *ls, int *cap, LuaTokKind kind, size_t start, size_t len, int line)
{
    LuaTok *t = array_grow(ls->toks, cap, ls->n + 1, sizeof *t);
    if (!t) return false;
    ls->toks = t;
    ls->toks[ls->n++] = (LuaTok){kind, (int)start, (int)len, line};
    return true;
}

/* At s[i] == '[': the level of a long bracket "[==[" (its '=' count), or -1 when not one. */
static int long_level(const char *s, size_t len, size_t i)
{
    size_t j = i + 1;
    while (j < len && s[j] == '=') j++;
    return j < len && s[j] == '[' ? (int)(j - i - 1) : -1;
}

/* Skips a long bracket of level lv starting at s[i]; counts lines. Returns the index after
 * it (len when unfinished); *content / *clen: the text inside. */
static size_t skip_long(const char *s, size_t len, size_t i, int lv, int *line, size_t *content, size_t *clen)
{
    size_t j = i + (size_t)lv + 2;
    *content = j;
    for (; j < len; j++) {
        if (s[j] == '\n') (*line)++;
        if (s[j] != ']') continue;
        size_t k = j + 1;
        while (k < len && s[k] == '=') k++;
        if (k < len && s[k] == ']' && (int)(k - j - 1) == lv) {
            *clen = j - *content;
            return k + 1;
        }
    }
    *clen = len - *content;
    return len;
}

static void measure_indents(LuaSrc *ls)
{
    int lines = 1;
    for (size_t i = 0; i < ls->len; i++) lines += ls->src[i] == '\n';
    ls->indent = calloc((size_t)lines + 2, sizeof *ls->indent);
    if (!ls->indent) return;
    ls->nlines = lines;
    int line = 1, col = 0;
    bool start = true;
    for (size_t i = 0; i < ls->len; i++) {
        char c = ls->src[i];
        if (c == '\n') { line++; col = 0; start = true; continue; }
        if (!start) continue;
        if (c == ' ') col++;
        else if (c == '\t') col += 4;
        else if (c != '\r') { ls->indent[line] = col; start = false; }
    }
}

bool luasrc_open(LuaSrc *ls, const char *s, size_t len)
{
    memset(ls, 0, sizeof *ls);
    ls->src = s;
    ls->len = len;
    int cap = 0, line = 1;
    size_t i = 0;
    while (i < len) {
        unsigned char c = (unsigned char)s[i];
        if (c == '\n') { line++; i++; continue; }
        if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v') { i++; continue; }
        bool ok = true;
        if (c == '-' && i + 1 < len && s[i + 1] == '-') {        /* comment */
            int lv = i + 2 < len && s[i + 2] == '[' ? long_level(s, len, i + 2) : -1;
            size_t content, clen;
            if (lv >= 0) i = skip_long(s, len, i + 2, lv, &line, &content, &clen);
            else while (i < len && s[i] != '\n') i++;
            continue;
        }
        if (c == '[' && long_level(s, len, i) >= 0) {            /* long string */
            int at = line;
            size_t content, clen;
            i = skip_long(s, len, i, long_level(s, len, i), &line, &content, &clen);
            ok = push_tok(ls, &cap, LUATOK_STRING, content, clen, at);
        } else if (c == '"' || c == '\'') {
            size_t j = i + 1;
            int at = line;
            while (j < len && s[j] != (char)c && s[j] != '\n') {
                if (s[j] == '\\' && j + 1 < len) {
                    if (s[j + 1] == '\n') line++;
                    j++;
                }
                j++;
            }
            if (j >= len || s[j] != (char)c) break;               /* unfinished: stop here */
            ok = push_tok(ls, &cap, LUATOK_STRING, i + 1, j - i - 1, at);
            i = j + 1;
        } else if (name_start(c)) {
            size_t j = i;
            while (j < len && name_char((unsigned char)s[j])) j++;
            ok = push_tok(ls, &cap, LUATOK_NAME, i, j - i, line);
            i = j;
        } else if (digit(c) || (c == '.' && i + 1 < len && digit((unsigned char)s[i + 1]))) {
            size_t j = i;
            while (j < len && (name_char((unsigned char)s[j]) || s[j] == '.' ||
                               ((s[j] == '+' || s[j] == '-') && strchr("eEpP", s[j - 1]))))
                j++;
            ok = push_tok(ls, &cap, LUATOK_NUMBER, i, j - i, line);
            i = j;
        } else {
            static const char *const multi[] = {"...", "==", "~=", "<=", ">=", "..", "::", "//", "<<", ">>", NULL};
            size_t n = 1;
            for (int k = 0; multi[k]; k++) {
                size_t ml = strlen(multi[k]);
                if (i + ml <= len && !memcmp(s + i, multi[k], ml)) { n = ml; break; }
            }
            ok = push_tok(ls, &cap, LUATOK_SYMBOL, i, n, line);
            i += n;
        }
        if (!ok) { luasrc_close(ls); return false; }
    }
    measure_indents(ls);
    if (!ls->indent) { luasrc_close(ls); return false; }
    return true;
}

void luasrc_close(LuaSrc *ls)
{
    free(ls->toks);
    free(ls->indent);
    memset(ls, 0, sizeof *ls);
}

static bool tok_eq(const LuaSrc *ls, int i, const char *word)
{
    const LuaTok *t = &ls->toks[i];
    size_t wl = strlen(word);
    return (size_t)t->len == wl && !memcmp(ls->src + t->start, word, wl);
}

bool luasrc_is(const LuaSrc *ls, int i, const char *word)
{
    return i >= 0 && i < ls->n && ls->toks[i].kind != LUATOK_STRING && ls->toks[i].kind != LUATOK_NUMBER &&
           tok_eq(ls, i, word);
}

static bool is_name(const LuaSrc *ls, int i, const char *word)
{
    return i >= 0 && i < ls->n && ls->toks[i].kind == LUATOK_NAME && (!word || tok_eq(ls, i, word));
}

/* ---- tables ---- */

/* The index of the '{' of `callee {` or `callee({` on line call_line, or -1. */
static int find_call(const LuaSrc *ls, int call_line, const char *callee)
{
    for (int i = 0; i < ls->n; i++) {
        if (ls->toks[i].line < call_line) continue;
        if (ls->toks[i].line > call_line) break;
        if (!is_name(ls, i, callee) || luasrc_is(ls, i - 1, ".") || luasrc_is(ls, i - 1, ":")) continue;
        if (luasrc_is(ls, i + 1, "{")) return i + 1;
        if (luasrc_is(ls, i + 1, "(") && luasrc_is(ls, i + 2, "{")) return i + 2;
    }
    return -1;
}

static int depth_step(const LuaSrc *ls, int i)
{
    if (luasrc_is(ls, i, "{") || luasrc_is(ls, i, "(") || luasrc_is(ls, i, "[")) return 1;
    if (luasrc_is(ls, i, "}") || luasrc_is(ls, i, ")") || luasrc_is(ls, i, "]")) return -1;
    return 0;
}

/* In the table opened at index open: the index of the value of field key, or -1. */
static int find_key(const LuaSrc *ls, int open, const char *key, int *key_line)
{
    int depth = 1;
    for (int i = open + 1; i < ls->n && depth > 0; i++) {
        bool item_start = luasrc_is(ls, i - 1, "{") || luasrc_is(ls, i - 1, ",") || luasrc_is(ls, i - 1, ";");
        if (depth == 1 && item_start) {
            if (is_name(ls, i, key) && luasrc_is(ls, i + 1, "=")) {
                *key_line = ls->toks[i].line;
                return i + 2;
            }
            if (luasrc_is(ls, i, "[") && i + 3 < ls->n && ls->toks[i + 1].kind == LUATOK_STRING &&
                tok_eq(ls, i + 1, key) && luasrc_is(ls, i + 2, "]") && luasrc_is(ls, i + 3, "=")) {
                *key_line = ls->toks[i].line;
                return i + 4;
            }
        }
        depth += depth_step(ls, i);
    }
    return -1;
}

int luasrc_key_line(const LuaSrc *ls, int call_line, const char *callee, const char *key)
{
    int open = find_call(ls, call_line, callee), line = 0;
    if (open >= 0) find_key(ls, open, key, &line);
    return line;
}

int luasrc_item_line(const LuaSrc *ls, int call_line, const char *callee, const char *key, int n)
{
    int open = find_call(ls, call_line, callee), line = 0;
    int v = open >= 0 ? find_key(ls, open, key, &line) : -1;
    if (v < 0 || !luasrc_is(ls, v, "{") || n < 1) return 0;
    int depth = 1, item = 1;
    for (int i = v + 1; i < ls->n && depth > 0; i++) {
        if (depth == 1 && luasrc_is(ls, i, "}")) return 0;
        if (depth == 1 && item == n) return ls->toks[i].line;
        if (depth == 1 && (luasrc_is(ls, i, ",") || luasrc_is(ls, i, ";"))) item++;
        depth += depth_step(ls, i);
    }
    return 0;
}

int luasrc_string_line(const LuaSrc *ls, const char *text)
{
    int line = 0, count = 0;
    for (int i = 0; i < ls->n; i++)
        if (ls->toks[i].kind == LUATOK_STRING && tok_eq(ls, i, text)) {
            line = ls->toks[i].line;
            count++;
        }
    return count == 1 ? line : 0;
}

/* ---- bindings ---- */

/* Does the name list starting at index i (names separated by commas, each maybe followed by
 * an <attrib>) hold name? Stops at the first token that is not part of the list. */
static bool namelist_has(const LuaSrc *ls, int i, const char *name)
{
    while (is_name(ls, i, NULL)) {
        if (tok_eq(ls, i, name)) return true;
        i++;
        if (luasrc_is(ls, i, "<")) i += 3;                      /* <const>, <close> */
        if (!luasrc_is(ls, i, ",")) break;
        i++;
    }
    return false;
}

int luasrc_binding_line(const LuaSrc *ls, const char *name, int before, bool *is_local)
{
    int local_line = 0, global_line = 0;
    for (int i = 0; i < ls->n; i++) {
        const LuaTok *t = &ls->toks[i];
        bool binds = false;
        if (is_name(ls, i, "local")) {
            binds = is_name(ls, i + 1, "function") ? is_name(ls, i + 2, name) : namelist_has(ls, i + 1, name);
        } else if (is_name(ls, i, "for")) {
            binds = namelist_has(ls, i + 1, name);
        } else if (is_name(ls, i, "function")) {
            int p = i + 1;
            while (p < ls->n && !luasrc_is(ls, p, "(") && p < i + 8) p++;   /* function a.b:c( */
            if (luasrc_is(ls, p, "(")) binds = namelist_has(ls, p + 1, name);
            if (!binds && is_name(ls, i + 1, name) && luasrc_is(ls, i + 2, "(") && !global_line)
                global_line = t->line;                                         /* function name() */
        } else if (is_name(ls, i, name) && luasrc_is(ls, i + 1, "=") && !global_line) {
            bool key = luasrc_is(ls, i - 1, "{") || luasrc_is(ls, i - 1, ",") || luasrc_is(ls, i - 1, ";") ||
                       luasrc_is(ls, i - 1, ".") || luasrc_is(ls, i - 1, ":") || is_name(ls, i - 1, "local");
            if (!key) global_line = t->line;
        }
        if (binds && t->line <= before) local_line = t->line;
    }
    *is_local = local_line > 0;
    return local_line ? local_line : global_line;
}

/* ---- blocks ---- */

static bool opens_block(const LuaSrc *ls, int i)
{
    return is_name(ls, i, "function") || is_name(ls, i, "if") || is_name(ls, i, "do") || is_name(ls, i, "repeat");
}

static bool closes_block(const LuaSrc *ls, int i)
{
    return is_name(ls, i, "end") || is_name(ls, i, "until");
}

int luasrc_return_line(const LuaSrc *ls, int first, const char *key)
{
    int f = -1;
    for (int i = 0; i < ls->n && ls->toks[i].line <= first; i++)
        if (ls->toks[i].line == first && is_name(ls, i, "function")) { f = i; break; }
    if (f < 0) return 0;
    /* the stack of open blocks: 1 for a function, 0 for another block */
    char stack[256];
    int depth = 0, functions = 0;
    for (int i = f; i < ls->n; i++) {
        if (opens_block(ls, i)) {
            bool fn = is_name(ls, i, "function");
            if (depth < (int)sizeof stack) stack[depth] = fn;
            depth++;
            functions += fn;
        } else if (closes_block(ls, i)) {
            depth--;
            if (depth < (int)sizeof stack) functions -= stack[depth];
            if (depth == 0) break;
        } else if (key && is_name(ls, i, key) && luasrc_is(ls, i + 1, "=") &&
                   (luasrc_is(ls, i - 1, "{") || luasrc_is(ls, i - 1, ",") || luasrc_is(ls, i - 1, ";"))) {
            return ls->toks[i].line;
        } else if (!key && functions == 1 && is_name(ls, i, "return")) {
            static const char *const plain[] = {"{", "nil", "end", "else", "elseif", "until", ";", NULL};
            bool table_or_nil = i + 1 >= ls->n;
            for (int k = 0; !table_or_nil && plain[k]; k++) table_or_nil = luasrc_is(ls, i + 1, plain[k]);
            if (!table_or_nil) return ls->toks[i].line;
        }
    }
    return 0;
}

int luasrc_unclosed_block(const LuaSrc *ls, int err_line, const char **word)
{
    typedef struct Opener { const char *word; int line; } Opener;
    Opener stack[256];
    int depth = 0;
    const char *pending = NULL;   /* a `for` or `while` waiting for its `do` */
    int pending_line = 0;
    for (int i = 0; i < ls->n && ls->toks[i].line <= err_line; i++) {
        const LuaTok *t = &ls->toks[i];
        if (is_name(ls, i, "for") || is_name(ls, i, "while")) {
            pending = is_name(ls, i, "for") ? "for" : "while";
            pending_line = t->line;
        } else if (opens_block(ls, i)) {
            const char *w = is_name(ls, i, "function") ? "function" : is_name(ls, i, "if") ? "if"
                          : is_name(ls, i, "repeat") ? "repeat" : "do";
            int line = t->line;
            if (!strcmp(w, "do") && pending) { w = pending; line = pending_line; }
            pending = NULL;
            if (depth < (int)(sizeof stack / sizeof stack[0])) stack[depth] = (Opener){w, line};
            depth++;
        } else if (closes_block(ls, i) && depth > 0) {
            depth--;
            if (depth >= (int)(sizeof stack / sizeof stack[0])) continue;
            bool first_on_line = i == 0 || ls->toks[i - 1].line < t->line;
            int opened = stack[depth].line;
            if (first_on_line && opened < t->line && opened <= ls->nlines && t->line <= ls->nlines &&
                ls->indent[t->line] < ls->indent[opened]) {
                *word = stack[depth].word;
                return opened;
            }
        }
    }
    return 0;
}

int luasrc_line_before(const LuaSrc *ls, int line)
{
    for (int i = 0; i < ls->n; i++)
        if (ls->toks[i].line >= line) return i > 0 && ls->toks[i - 1].line < line ? ls->toks[i - 1].line : 0;
    return 0;
}
