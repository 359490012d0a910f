/* quizapi_internal: what the files of the Lua quiz API share (quizapi.c,
 * quizapi_question.c): the context upvalue, reporting a problem at the script's line, and
 * checking a constructor's fields. Not for the rest of the game (quiz.h is the API). */
#ifndef QUIZAPI_INTERNAL_H
#define QUIZAPI_INTERNAL_H

#include <stddef.h>
#include "quiz/quiz.h"

struct lua_State;
struct LuaSrc;

QuizApiContext *quizapi_ctx(struct lua_State *L);   /* upvalue 1 of every API function */
/* "file:line:" of the calling script into buf, its line into *line (0 unknown). */
void quizapi_where(struct lua_State *L, char *buf, size_t len, int *line);
/* The tokenized source of the calling script (NULL unknown), its calling line in *call_line. */
const struct LuaSrc *quizapi_caller_source(struct lua_State *L, QuizApiContext *c, int *call_line);

/* A problem at the calling line: collected while a file loads (c->errors), raised in a round
 * (these then do not return). _at: at a known line; _key: at the line of field key of the
 * constructor being called (c->callee); _value: at the line of the one string literal holding
 * value, naming the call that used it. */
void quizapi_report(struct lua_State *L, QuizApiContext *c, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
void quizapi_report_at(struct lua_State *L, QuizApiContext *c, int line, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
void quizapi_report_key(struct lua_State *L, QuizApiContext *c, const char *key, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
void quizapi_report_value(struct lua_State *L, QuizApiContext *c, const char *value, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

const char *quizapi_closest(const char *s, const char *const *names);   /* a near name or NULL */
void quizapi_join_names(const char *const *names, char *buf, size_t len);   /* "a, b, c" */
/* Reports every key of the table at idx that is not one of fields (NULL-terminated). */
void quizapi_check_fields(struct lua_State *L, QuizApiContext *c, int idx, const char *what,
                          const char *const *fields);
/* Pushes field k of the table at idx and returns its type (LUA_TNIL when absent); a wrong
 * type (want: a LUA_T*, or -1 for any) is reported and nil pushed instead. */
int quizapi_get_field(struct lua_State *L, QuizApiContext *c, int idx, const char *k, int want, const char *what);

/* quizapi_question.c */
int quizapi_question_new(struct lua_State *L);   /* locate{...}, ...: upvalues ctx and the kind */
void quizapi_question_install(struct lua_State *L);   /* the questions' metatable */

#endif
