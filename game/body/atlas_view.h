/* atlas_view: what a view shows, on the body grid. The side views draw the near arm as its own
 * layer over the trunk; these helpers say which cells it covers and which part of a named area
 * can be seen with the arm drawn or hidden (the view properties themselves are in atlas.h). */
#ifndef ATLAS_VIEW_H
#define ATLAS_VIEW_H

#include "body/bodygrid.h"

/* The cells on the near arm of view v (none when the view has no arm layer); out is cleared. */
void atlas_view_arm_grid(const Atlas *a, View v, BodyGrid *out);

/* ORs into g the cells of area ar that can be seen in view v: in a side view with its arm
 * drawn, an area on the arm over the arm and a trunk area off it; with the arm hidden, trunk
 * areas only. In other views, the area as drawn. `arm` is atlas_view_arm_grid's result for v
 * (NULL when the view has no arm); `tmp` is scratch. Not clipped to the silhouette. */
void atlas_view_area_grid(const Atlas *a, const AtlasArea *ar, View v, bool arm_shown, const BodyGrid *arm,
                          BodyGrid *tmp, BodyGrid *g);

/* Is area ar drawn in view v with the arm shown or hidden (an arm area vanishes with the arm)? */
bool atlas_view_area_visible(const Atlas *a, const AtlasArea *ar, View v, bool arm_shown);

/* owner[c] = 1 + the index of the first area holding cell c of view v as a chart shows it (arm
 * drawn or hidden), 0 for none; owner has BODYGRID_W * BODYGRID_H entries. false when out of
 * memory (owner is then all 0). */
bool atlas_view_area_owners(const Atlas *a, View v, bool arm_shown, uint16_t *owner);

#endif
