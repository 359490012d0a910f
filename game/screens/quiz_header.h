/* quiz_header: the band over a round: the quiz's title, "Question n of N" (and the time left
 * for the round when the quiz limits it), the score and streak, and the timer bar of a timed
 * question (seconds left while asking, the time the
 * answer took once answered). */
#ifndef QUIZ_HEADER_H
#define QUIZ_HEADER_H

#include <stdbool.h>
#include "screens/game.h"

typedef struct QuizHeader {
    const char *title;
    int score, streak;
    int n, of;                 /* the question; n = 0 before the first */
    float time_limit, used;    /* seconds; no bar when time_limit is 0 */
    bool asking;               /* false once answered */
    float round_left;          /* seconds left for the whole round (time_limit_total), -1: no limit */
} QuizHeader;

/* Draws the header in band (the screen's top), with the timer bar in timer. */
void quiz_header_draw(Gfx *gfx, const Game *g, Rect band, Rect timer, const QuizHeader *h);

#endif
