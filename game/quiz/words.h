/* words: the English the quiz runtime writes (prompts, feedback, reveals): view names, muscle
 * names inside a sentence, lists ("a, b and c"). Pure text, no atlas lookups. */
#ifndef WORDS_H
#define WORDS_H

#include <stddef.h>
#include "body/atlas.h"

const char *words_view(View v);    /* "back view"; "?" out of range */
/* "back view", "back view and front view", "back view, front view and right side view". */
void words_views(const View *views, int n, char *buf, size_t len);
/* "upper trapezius" from the muscle's name (or id, underscores as spaces): as used in a sentence. */
void words_muscle(const AtlasMuscle *m, char *buf, size_t len);
/* "levator scapulae" from "Levator scapulae": a name's capital dropped for the middle of a sentence. */
void words_sentence(const char *name, char *buf, size_t len);
/* "a, b and c" into buf; "a; b and c" when an item holds a comma itself ("left volar
 * forearm, ulnar side"), so the list stays readable. */
void words_join(const char *const *items, int n, char *buf, size_t len);
/* Parentheses never nest in what a student reads: a group inside another becomes ", x" and
 * two groups side by side become one, "(a) (b)" -> "(a; b)". In place. */
void words_unnest(char *s);
/* Appends to the text in buf (never past len). */
void words_append(char *buf, size_t len, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

#endif
