/* luasrc: reads a quiz script's source as Lua tokens (names, strings, numbers, symbols, each
 * with its line; comments skipped) to find the line a message should point at: a field of a
 * constructor's table, the one string literal holding a value, the local that a name was
 * bound to, the `return` of a hook, the block a missing `end` left open. Lua itself knows
 * only the line of a call; an instructor needs the line to edit. Nothing here runs code. */
#ifndef LUASRC_H
#define LUASRC_H

#include <stdbool.h>
#include <stddef.h>

typedef enum LuaTokKind { LUATOK_NAME, LUATOK_STRING, LUATOK_NUMBER, LUATOK_SYMBOL } LuaTokKind;

typedef struct LuaTok {
    LuaTokKind kind;
    int start, len;                   /* bytes in the source; a string's content without quotes */
    int line;
} LuaTok;

typedef struct LuaSrc {
    const char *src; size_t len;      /* the caller's text, which must outlive this */
    LuaTok *toks; int n;
    int *indent; int nlines;          /* indent[line]: columns before the line's first character */
} LuaSrc;

/* Tokenizes src (stops quietly at anything it cannot read, e.g. an unfinished string).
 * false only when out of memory. */
bool luasrc_open(LuaSrc *ls, const char *src, size_t len);
void luasrc_close(LuaSrc *ls);

/* Is token i the name or symbol word? */
bool luasrc_is(const LuaSrc *ls, int i, const char *word);

/* The line of field `key = ...` in the table of the call `callee { ... }` (or `callee({...})`)
 * made on line call_line; 0 when not found. */
int luasrc_key_line(const LuaSrc *ls, int call_line, const char *callee, const char *key);
/* The line where item n (1-based) of the list `key = { ... }` in that table begins; 0 when
 * not found. */
int luasrc_item_line(const LuaSrc *ls, int call_line, const char *callee, const char *key, int n);
/* The line of the string literal whose text is `text` when exactly one in the file holds
 * it; 0 when none or several do. */
int luasrc_string_line(const LuaSrc *ls, const char *text);
/* The line where `name` was last bound at or before line `before`: `local name`, `local
 * function name`, a `for` variable or a function parameter (*is_local true), else an
 * assignment `name = ...` anywhere in the file (*is_local false). 0 when none. */
int luasrc_binding_line(const LuaSrc *ls, const char *name, int before, bool *is_local);
/* In the function whose `function` keyword is on line `first`: the line of its own `return`
 * that returns something other than a table or nil (key NULL), or of the first field `key =`
 * inside it (key given). 0 when not found. */
int luasrc_return_line(const LuaSrc *ls, int first, const char *key);
/* After a syntax error at line err_line: the block opener (`if`, `for`, `while`, `do`,
 * `function`, `repeat`) whose `end` seems missing, judged by indentation (an `end` less
 * indented than the line that opened its block closes an outer block). Returns its line and
 * its word in *word, or 0. */
int luasrc_unclosed_block(const LuaSrc *ls, int err_line, const char **word);
/* The line of the token before the first token on line `line` (where Lua's "near" points):
 * a missing comma belongs at the end of that line. 0 when there is none. */
int luasrc_line_before(const LuaSrc *ls, int line);

#endif
