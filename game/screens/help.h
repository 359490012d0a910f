/* help: the keys of every screen (scene_help.c). F1 and the "?" button in the top right
 * corner of every screen open them over the screen; the app calls these hooks before the
 * top scene hears an event and after the scenes are drawn. */
#ifndef HELP_H
#define HELP_H

#include <stdbool.h>
#include "screens/game.h"

bool help_on_event(App *app, const InputEvent *e);   /* true when F1 or the button was taken */
void help_on_draw(App *app, Gfx *g);                 /* the "?" button */
Rect help_button_rect(const Game *g, Vec2 size);     /* where it is: screens keep that corner free */

#endif
