/* atlas: the body model. Loads assets/atlas/ (*.lua files) (plain Lua tables run with an empty
 * environment), validates every field, and expands what the files write once (the
 * subject's right side, smoothed outlines) into ready-to-use polygons for both sides and
 * every view: four of the whole body, four regional ones with their own frames. Everything is in body space: centimetres, y up from the floor, x to the
 * viewer's right (design.md section 2). Loading never aborts: errors come back as text
 * "file:line: message" and the caller decides. */
#ifndef ATLAS_H
#define ATLAS_H

#include <stdbool.h>
#include "engine/geom.h"

/* The whole-body views come first, then the regional ones (docs/atlas-format.md gives each
 * regional frame: origin, axes, where the right side lies). VIEW_COUNT stays last. */
typedef enum View {
    VIEW_ANTERIOR, VIEW_POSTERIOR, VIEW_LATERAL_RIGHT, VIEW_LATERAL_LEFT,
    VIEW_FOOT_PLANTAR, VIEW_LEG_MEDIAL, VIEW_HAND_PALMAR, VIEW_HAND_DORSAL,
    VIEW_COUNT
} View;
#define VIEW_BODY_COUNT 4             /* the whole-body views: 0 .. VIEW_BODY_COUNT - 1 */
typedef enum Side { SIDE_RIGHT, SIDE_LEFT, SIDE_COUNT } Side;

/* How deep a muscle lies: charts draw deep under intermediate under superficial. */
typedef enum AtlasLayer { LAYER_SUPERFICIAL, LAYER_INTERMEDIATE, LAYER_DEEP, LAYER_COUNT } AtlasLayer;
/* How often a trigger point is found (the textbooks' "most common", "less common", "rare"). */
typedef enum AtlasFrequency { FREQ_COMMON, FREQ_OCCASIONAL, FREQ_RARE, FREQ_COUNT } AtlasFrequency;
/* How the client lies and how the therapist presses. */
typedef enum PalpPosition { POS_PRONE, POS_SUPINE, POS_SIDE_LYING, POS_SEATED, POS_COUNT } PalpPosition;
typedef enum PalpTechnique { TECH_FLAT, TECH_PINCER, TECH_COUNT } PalpTechnique;

/* Structured palpation: position and technique (-1 when not given), the landmarks to find
 * first (landmark ids), short steps in the project's own words. */
typedef struct AtlasPalpation {
    int position;                     /* PalpPosition or -1 */
    int technique;                    /* PalpTechnique or -1 */
    char **landmarks; int nlandmarks;
    const struct AtlasLandmark *first;   /* landmarks[0] in the atlas (NULL when none): found first */
    char **steps; int nsteps;
} AtlasPalpation;

typedef struct Polygon { Vec2 *pts; int n; } Polygon;
typedef struct Shape { Polygon *polys; int count; } Shape; /* several polygons in one view; count 0 = absent */

typedef struct AtlasTrp {
    char *id;                         /* unique in the atlas, e.g. "upper_trapezius_1" */
    char *name;                       /* "TrP1", "central TrP", ... */
    char *note;                       /* may be NULL: where sources disagree, what varies */
    char **disputed; int ndisputed;   /* area ids of documented variants (never marked wrong) */
    AtlasFrequency frequency;         /* common when the file does not say */
    AtlasPalpation palp;              /* its own, else the muscle's (filled in by the loader) */
    /* side views: its position or its essential zone lies under the near arm (drawn over the
     * trunk), so a chart hides the arm to show it (atlas_view.c decides by geometry) */
    bool under_arm[SIDE_COUNT][VIEW_COUNT];
    bool has_at[SIDE_COUNT][VIEW_COUNT];
    Vec2 at[SIDE_COUNT][VIEW_COUNT];
    Shape essential[SIDE_COUNT][VIEW_COUNT];
    Shape spillover[SIDE_COUNT][VIEW_COUNT];
    int line;                         /* where it is defined in its file */
} AtlasTrp;

typedef struct AtlasMuscle {
    char *id, *name, *region, *palpation;  /* palpation: the prose note */
    AtlasLayer layer;                 /* superficial when the file does not say */
    AtlasPalpation palp;              /* the muscle-wide structured palpation (fields may be unset) */
    char **sources; int nsources;
    Shape outline[SIDE_COUNT][VIEW_COUNT];
    /* side views: the muscle lies on the near arm (drawn and hidden with it), or under it
     * (a trigger point or part of the outline covered by the arm); atlas_view.c */
    bool on_arm[SIDE_COUNT][VIEW_COUNT], under_arm[SIDE_COUNT][VIEW_COUNT];
    /* optional guide lines of the fibre direction (open polylines inside the outline): a
     * chart draws a few strokes along and between them, as textbook figures do */
    Shape fibres[SIDE_COUNT][VIEW_COUNT];
    AtlasTrp *trps; int ntrps;
    bool midline;                     /* one muscle straddling both sides: left == right */
    const char *file; int line;       /* file relative to the atlas folder ("muscles/neck.lua"), line of its id */
} AtlasMuscle;

typedef struct AtlasArea {
    char *id;                         /* "temple"; the same id on both sides */
    char *name;                       /* "Temple" */
    char *label;                      /* "right temple", "left temple" or "occiput" (midline) */
    Side side; bool midline;
    bool arm;                         /* in the side views it lies on the near arm, not the trunk */
    Shape shape[VIEW_COUNT];
} AtlasArea;

typedef struct AtlasLandmark {
    char *id, *name;
    bool arm;                         /* rides on the near arm in the side views */
    bool has[SIDE_COUNT][VIEW_COUNT];
    Vec2 at[SIDE_COUNT][VIEW_COUNT];
} AtlasLandmark;

/* A bone (or part of one) that palpation uses, from bones.lua: drawn faintly under the
 * muscles. `outline` polygons are filled, `lines` (ridges, borders, crests) are stroked. */
typedef struct AtlasBone {
    char *id, *name;
    char **landmarks; int nlandmarks; /* landmark ids it carries: drawn through them (tests) */
    Shape outline[SIDE_COUNT][VIEW_COUNT];
    Shape lines[SIDE_COUNT][VIEW_COUNT];
    bool midline;                     /* written whole (sacrum): left == right, drawn once */
    int line;                         /* of its id in bones.lua */
} AtlasBone;

typedef struct AtlasView {
    Shape silhouette;                 /* the whole figure, both sides; count 0: the view is absent */
    Shape details;                    /* open polylines drawn as thin lines (face, fingers, ...) */
    Shape arm;                        /* side views: the near arm with its hand, drawn over the
                                       * trunk, inside the silhouette; a chart may hide it */
    Shape arm_details;                /* lines drawn on the arm (creases, nails) */
} AtlasView;

typedef struct Atlas {
    AtlasView views[VIEW_COUNT];
    AtlasMuscle *muscles; int nmuscles;
    AtlasArea *areas; int nareas;     /* bilateral areas appear twice, once per side */
    AtlasLandmark *landmarks; int nlandmarks;
    AtlasBone *bones; int nbones;     /* in drawing order, from bones.lua */
    char **regions; int nregions;     /* in display order */
    bool kept;                        /* read from the copy kept between runs: one block */
} Atlas;

/* Loads every file in dir (body.lua, areas.lua, bones.lua, every muscles/NAME.lua). On failure returns NULL
 * and writes "file:line: message" into err. A loaded atlas is kept between runs in
 * paths_layer_cache_dir() ($TT_CACHE_DIR empty: not kept) and read from there while every
 * file has the same bytes and the program is the same (atlas_cache.h): the same atlas. */
Atlas *atlas_load(const char *dir, char *err, int errlen);
void atlas_unload(Atlas *atlas);

/* The words files, exports and quiz scripts use for each enum, in one table: the names and
 * parsers below all read it, and readers list the valid words from it. */
typedef enum AtlasWords {
    ATLAS_WORDS_VIEW, ATLAS_WORDS_SIDE, ATLAS_WORDS_LAYER, ATLAS_WORDS_FREQUENCY,
    ATLAS_WORDS_POSITION, ATLAS_WORDS_TECHNIQUE, ATLAS_WORDS_COUNT
} AtlasWords;
const char *const *atlas_words(AtlasWords set, int *count); /* the words, in enum order */
const char *atlas_word(AtlasWords set, int value);          /* "?" when out of range */
int atlas_word_parse(AtlasWords set, const char *word);     /* the value, or -1 */

const char *atlas_view_name(View v);               /* "anterior", ... */
bool atlas_view_parse(const char *name, View *out);
const char *atlas_side_name(Side s);               /* "right" / "left" */
bool atlas_side_parse(const char *name, Side *out);
View atlas_view_mirror(View v);                    /* lateral_right <-> lateral_left, others same */
bool atlas_view_regional(View v);                  /* foot_plantar, leg_medial, hand_palmar, hand_dorsal */
/* Where the subject's right side lies: -1 at x < 0 (anterior, foot_plantar, leg_medial,
 * hand_palmar), +1 at x > 0 (posterior, hand_dorsal), 0 in the side views (one side each). */
int atlas_view_right_sign(View v);
/* y is the height above the floor, as in the whole-body views (leg_medial too): heights of
 * one trigger point can be compared between such views. */
bool atlas_view_body_heights(View v);
const char *atlas_view_title(View v);              /* "front view", "sole of the foot", ... */
bool atlas_view_present(const Atlas *a, View v);   /* body.lua draws it (a silhouette) */
bool atlas_view_has_arm(const Atlas *a, View v);   /* a side view with its near arm drawn */
bool atlas_in_arm(const Atlas *a, View v, Vec2 p); /* p lies on the near arm */
/* Does a chart of a question about m (trigger point t, or any of m's when NULL) hide the arm? */
bool atlas_hides_arm(const AtlasMuscle *m, const AtlasTrp *t, Side s, View v);

const char *atlas_layer_name(AtlasLayer l);        /* "superficial", "intermediate", "deep" */
const char *atlas_frequency_name(AtlasFrequency f);/* "common", "occasional", "rare" */
const char *atlas_position_name(PalpPosition p);   /* "prone", "supine", "side_lying", "seated" */
const char *atlas_technique_name(PalpTechnique t); /* "flat", "pincer" */

const AtlasMuscle *atlas_muscle(const Atlas *a, const char *id);
const AtlasTrp *atlas_trp(const Atlas *a, const char *id, const AtlasMuscle **muscle);
const AtlasLandmark *atlas_landmark(const Atlas *a, const char *id);
const AtlasBone *atlas_bone(const Atlas *a, const char *id);
/* true when some trigger point of m can be seen in view v on side s */
bool atlas_muscle_has_trp_in(const AtlasMuscle *m, View v, Side s);
/* Closest muscle id suggestion for a misspelt one (edit distance), or NULL. */
const char *atlas_suggest_muscle(const Atlas *a, const char *id);

/* Default location of the atlas: $TT_ASSETS/atlas, else <exe dir>/../assets/atlas, else
 * the source tree's assets/atlas. Returns a static buffer. */
const char *atlas_default_dir(void);

#endif
