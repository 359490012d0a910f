/* sample: the sample player and history for `shot`, `bench` and the documentation: a
 * scratch data dir with a sample player and two weeks of rounds at fixed times; the game
 * clock is fixed too. Removed again when the game shuts down. */
#ifndef SAMPLE_H
#define SAMPLE_H

#include <stdbool.h>
#include "screens/game.h"

bool sample_setup(Game *g);

#endif
