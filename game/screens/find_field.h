/* find_field: a one-line text field that filters a list as the student types (Explore's
 * "Find a muscle"). A click on it or "/" gives it the keyboard; then text goes into it,
 * Backspace deletes, Up/Down stay with the list, Enter and Tab hand the keyboard back (Enter
 * also opens the first match), Esc empties it, then hands the keyboard back. */
#ifndef FIND_FIELD_H
#define FIND_FIELD_H

#include <stdbool.h>
#include "screens/game.h"

typedef struct FindField {
    char text[48];
    bool focused;
    Rect r;                           /* on screen, set by its owner's layout */
} FindField;

enum { FIND_NONE, FIND_TAKEN, FIND_CHANGED, FIND_ENTER, FIND_UP, FIND_DOWN };
/* An event: FIND_NONE when the owner should handle it, else what happened. */
int find_field_event(FindField *f, const InputEvent *e);
void find_field_draw(const FindField *f, Gfx *gfx, const Game *g, const char *placeholder);
/* Does name (or id, "_" read as a space) contain text, ignoring case? An empty text matches all. */
bool find_field_matches(const char *text, const char *name, const char *id);

#endif
