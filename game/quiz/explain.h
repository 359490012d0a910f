/* explain: Lua's error messages about a quiz script, reworded for instructors who are not
 * programmers and pointed at the line that needs the edit: a missing `end` names the block
 * it left open, a missing comma the line it belongs to, a local that hides a question
 * constructor (`local name = ...`) the line of that local. Lua's own words stay in the
 * message, in brackets, for those who know them. */
#ifndef EXPLAIN_H
#define EXPLAIN_H

#include <stdbool.h>
#include <stddef.h>

struct LuaSrc;

/* Rewrites msg ("file:line: text", the first line of a Lua error) in place when it can say
 * better; syntax: the error came from compiling the file (not from running it). Returns
 * true when it rewrote. */
bool explain_error(const struct LuaSrc *ls, bool syntax, char *msg, size_t len);
/* Lua shortens a long file name in its messages to "...end/of/path.lua:7: ..."; when path
 * ends with what is left, msg gets path back in place. */
void explain_full_path(char *msg, size_t len, const char *path);
/* Splits "file:line: text": the length of file, the line and where text starts. false when
 * msg has no such prefix. */
bool explain_split(const char *msg, size_t *file_len, int *line, const char **text);

#endif
