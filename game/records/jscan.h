/* jscan: reading values out of a JSON text in place, without building a tree. Exports and
 * class reports read a few fields of hundreds of thousands of stored texts (results,
 * answers); a tree per text costs an allocation per value. Every function takes a pointer
 * to a value (leading white space allowed) and fails softly on text that is not JSON:
 * NULL, false or -1. Strings are unescaped (\uXXXX and surrogate pairs to UTF-8). */
#ifndef JSCAN_H
#define JSCAN_H

#include <stdbool.h>
#include <stddef.h>

const char *jscan_skip(const char *v);                              /* just past the value at v */
const char *jscan_key(const char *obj, const char *key);           /* the value of key in the object at obj */
bool jscan_string(const char *v, char *buf, size_t len);            /* a string value (cut to len - 1 bytes) */
bool jscan_number(const char *v, double *out);
int jscan_bool(const char *v);                                      /* 1 true, 0 false, -1 neither */
/* Arrays: the first element of the array at v, then each next one; NULL at the end. */
const char *jscan_first(const char *v);
const char *jscan_next(const char *elem);

#endif
