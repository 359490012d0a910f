/* geom: plain 2-D geometry with no window: points, polygons, triangulation.
 * Polygons are arrays of Vec2, either winding, implicitly closed. Triangulation is ear
 * clipping after removing duplicate and collinear vertices, so concave and sloppy input
 * works; degenerate input yields zero triangles rather than failing. */
#ifndef GEOM_H
#define GEOM_H

#include <stdbool.h>

typedef struct Vec2 { float x, y; } Vec2;
typedef struct Rect { float x, y, w, h; } Rect;

float geom_polygon_area(const Vec2 *pts, int n);               /* signed: > 0 counter-clockwise (y up) */
bool  geom_point_in_polygon(Vec2 p, const Vec2 *pts, int n);   /* even-odd rule */
float geom_point_segment_distance(Vec2 p, Vec2 a, Vec2 b);
float geom_point_polygon_distance(Vec2 p, const Vec2 *pts, int n); /* 0 inside, else to the edge */
bool  geom_segments_cross(Vec2 a, Vec2 b, Vec2 c, Vec2 d);     /* proper or touching intersection */
bool  geom_polygon_is_simple(const Vec2 *pts, int n);          /* no edge crosses a non-adjacent edge */
Rect  geom_polygon_bounds(const Vec2 *pts, int n);
bool  geom_rect_contains(Rect r, Vec2 p);

/* Triangulates a simple polygon. Writes up to 3*(n-2) vertex indices into out_idx and
 * returns the number of triangles (0 for degenerate input). Triangles are counter-clockwise
 * in the polygon's own y-up sense regardless of input winding. */
int geom_triangulate(const Vec2 *pts, int n, int *out_idx);

/* Closed Catmull-Rom spline through pts, `steps` points per input edge. Returns the number
 * of points written to out (n * steps); out must hold that many. */
int geom_smooth_closed(const Vec2 *pts, int n, int steps, Vec2 *out);
/* Open Catmull-Rom spline (end points kept). Returns (n - 1) * steps + 1 points. */
int geom_smooth_open(const Vec2 *pts, int n, int steps, Vec2 *out);

#endif
