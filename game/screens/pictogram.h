/* pictogram: small vector drawings for the words of a palpation (quiz/kinds.h choice
 * options): how the client lies ("prone", "supine", "side_lying", "seated") and how the
 * therapist palpates ("flat", "pincer"). A choice view draws one beside an option whose id
 * has one; nothing else knows which ids those are. */
#ifndef PICTOGRAM_H
#define PICTOGRAM_H

#include <stdbool.h>
#include "engine/gfx.h"

/* Is there a pictogram for this id? */
bool pictogram_known(const char *id);
/* Draws it centred in box (a 2:1.25 figure as large as fits): the figure in ink, the
 * furniture (table, stool, bone) in dim. false when there is none for id. */
bool pictogram_draw(Gfx *g, const char *id, Rect box, Color ink, Color dim);

#endif
