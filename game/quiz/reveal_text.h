/* reveal_text: the reveal of an answered question in words, from atlas data only: the
 * feedback, which side a wrong-side click was on, where the trigger point lies from the two
 * nearest landmarks ("4 cm below and 2 cm medial to the acromion"), the areas painted right.
 * The words per kind come from the kind's row (kinds.h); the screens draw the same landmarks
 * the words name (reveal_landmarks). No drawing here. */
#ifndef REVEAL_TEXT_H
#define REVEAL_TEXT_H

#include <stdbool.h>
#include <stddef.h>
#include "quiz/play.h"

/* The reveal of pq in words into buf. */
void reveal_text(const Atlas *a, const PlayedQuestion *pq, char *buf, size_t len);

/* The trigger point the reveal shows: the one a click was scored against, else the one
 * asked about. False when there is none or it is not drawn in the question's view. */
bool reveal_trp_at(const PlayedQuestion *pq, Vec2 *out);
/* Appends "The trigger point lies ..., ...." when a landmark is near it. */
void reveal_trp_place(const Atlas *a, const PlayedQuestion *pq, char *buf, size_t len);

typedef struct RevealLandmark { const AtlasLandmark *l; Vec2 at; float d; } RevealLandmark;
/* The (up to) two landmarks nearest p in view v, within 30 cm, on the same side as p or on
 * the midline (a landmark across the body says little) and reached along the skin (the
 * straight way runs at most 1.5 cm off the figure: not across the gap between a hanging arm
 * and the trunk), nearest first. Returns the count. */
int reveal_landmarks(const Atlas *a, View v, Vec2 p, RevealLandmark out[2]);
/* Where body point p lies from landmark l at `at` in view v: "3 cm below and 2 cm lateral to
 * the scapular spine" (the words of reveal_trp_place); with it, the landmark is named already
 * and called "it" ("3 cm below and 2 cm lateral to it"). */
void reveal_relation(View v, Vec2 p, const AtlasLandmark *l, Vec2 at, bool it, char *buf, size_t len);
/* A landmark's name as used in a sentence ("acromion"). */
void reveal_landmark_name(const AtlasLandmark *l, char *buf, size_t len);

/* The display name of a muscle id ("Upper trapezius"), or the id. */
const char *reveal_muscle_name(const Atlas *a, const char *id);
/* Which side of the client a body point is on in view v (front/back views only). */
bool reveal_side_of(View v, Vec2 body, Side *out);

#endif
