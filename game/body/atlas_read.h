/* atlas_read: the toolkit the atlas readers share (private to game/body). A Loader holds the
 * atlas being built, the current file's text and the messages so far; the functions read
 * one kind of value from a Lua table with raw access, report every violation as
 * "file:line: message" (the line found by locating ids and keys in the text) and return
 * what they could read. They run inside a protected call: an allocation that fails raises. */
#ifndef ATLAS_READ_H
#define ATLAS_READ_H

#include <stdbool.h>
#include <stddef.h>
#include <lua.h>
#include "body/atlas.h"

#define NWRITTEN 7
/* anterior, posterior, lateral_right, then the regional views; lateral_left is the mirror */
extern const View written_views[NWRITTEN];
const char *written_view_list(void);           /* their names joined by ", " */

typedef struct Loader Loader;
typedef struct SrcIndex SrcIndex;   /* lines, quoted ids and words of a file: atlas_read.c */
typedef void (*ReaderFn)(Loader *ld, lua_State *L, int t);

struct Loader {
    Atlas *a;
    const char *dir;
    char path[1024];          /* dir/rel: how files are named in messages */
    char rel[256];
    char *text; size_t text_len;  /* the current file as read (for the sandbox) */
    bool text_owned;          /* text is the loader's (else the sources') */
    const struct AtlasSources *sources;   /* the files read at the start (atlas_cache.h), or NULL */
    bool sources_missed;      /* a file was read from disk anyway: keep nothing */
    void *scratch; size_t scratch_cap;   /* read_polygon's numbers and points (freed by atlas_load) */
    const char *src;          /* its text without a BOM, NUL-terminated, for line lookups */
    SrcIndex *ix;             /* made at the first lookup in a file; NULL: search the text */
    struct LineAsk *asks;     /* the lines asked for in this file (atlas_lines.c) */
    int nasks, asks_cap;
    char *ask_text; size_t ask_text_len, ask_text_cap;   /* their ids and keys */
    char *err; size_t errlen, errused;
    int nerrors, ndropped;
    int hint_line;            /* line of the last id found: fallback for id-less errors (0: none;
                                 may be a line reference, see ld_line) */
    bool have_areas;
    ReaderFn reader;          /* reads what the current file returned */
};

#define HINT(ld) ((ld)->hint_line != 0 ? (ld)->hint_line : 1)   /* a line or a reference */

/* messages */
void ld_append(Loader *ld, const char *text);    /* one finished message line */
void ld_error(Loader *ld, int line, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

/* Lines in the source. Every item read asks for the lines its messages would name, and
 * few messages are ever written: ld_line returns a reference (a negative int) to the
 * question, answered from the file's text only when a message or a stored line needs it
 * (ld_line_of). Lines and references go wherever a line goes; ld_error resolves them. They
 * are valid until the next ld_source_set. */
int line_at(const Loader *ld, const char *p);    /* line of position p in ld->src */
void ld_source_set(Loader *ld, const char *src); /* the file to look lines up in (NULL: none) */
const char *find_word(const char *from, const char *w);  /* w as a whole word, or NULL */
/* Line of the quoted id (its first or last occurrence), then of key1 and key2 after it;
 * falls back to the last id found (ld->hint_line when asked, or 1). */
int ld_line_ex(Loader *ld, const char *id, bool last, const char *key1, const char *key2);
int ld_line(Loader *ld, const char *id, const char *key1, const char *key2);
int ld_line_of(Loader *ld, int line);            /* the line number of a line or reference */

/* A regional view written in a file must be drawn in body.lua: false after reporting. */
bool ld_view_drawn(Loader *ld, View v, const char *what, int line);

/* small helpers */
/* buf = the strings up to NULL joined, cut to size as snprintf cuts: the "what" of messages
 * is made for every item read, and snprintf was a tenth of the reading. LD_CAT(buf, ...)
 * for an array buf. ld_int writes n in decimal into tmp. */
char *ld_cat(char *buf, size_t size, ...) __attribute__((sentinel));
#define LD_CAT(buf, ...) ld_cat((buf), sizeof(buf), __VA_ARGS__, (const char *)NULL)
const char *ld_int(int n, char tmp[16]);
void *ld_calloc(lua_State *L, size_t n, size_t size);   /* raises when out of memory */
char *ld_strdup(lua_State *L, const char *s);
bool is_snake_id(const char *s);                        /* [a-z][a-z0-9_]*, at most 64 */
int raw_field(lua_State *L, int t, const char *k);      /* pushes t[k] (raw), returns its type */
float mirror_x(float x);                                /* -x, never -0 */

/* tables, strings, enums */
/* Reports keys of table t that are not in allowed (NULL-terminated) and list entries. */
void check_keys(Loader *ld, lua_State *L, int t, const char *const *allowed, const char *what, int line);
/* Checks that t is a list (keys 1..n only); returns n or -1 after reporting. */
int check_list(Loader *ld, lua_State *L, int t, const char *what, int line);
/* Reads string field k of table t into *out (strdup). Returns false after reporting. */
bool get_string(Loader *ld, lua_State *L, int t, const char *k, bool required, const char *what, int line,
                char **out);
bool get_bool(Loader *ld, lua_State *L, int t, const char *k, const char *what, int line, bool *out);
/* List of non-empty strings at field k into *out / *nout. */
void get_string_list(Loader *ld, lua_State *L, int t, const char *k, bool required, const char *what, int line,
                     char ***out, int *nout);
/* String field k as one of the words of set (atlas_words); *out untouched when absent. */
void get_enum(Loader *ld, lua_State *L, int t, const char *k, AtlasWords set, const char *what, int line,
              int *out);
/* Reads the id field: present, snake_case. Returns the strdup'd id or NULL. */
char *read_id(Loader *ld, lua_State *L, int t, const char *kind, int index);

/* points, polygons, shapes, views */
bool read_point(Loader *ld, lua_State *L, int t, const char *what, int line, Vec2 *out);
/* Reads { x1, y1, ..., smooth = b, half = b } and expands it into out (C heap). */
bool read_polygon(Loader *ld, lua_State *L, int t, bool closed, bool allow_half, const char *what, int line,
                  Polygon *out);
/* Reads a list of polygons { {...}, {...} } into out. */
bool read_shape(Loader *ld, lua_State *L, int t, bool closed, bool allow_half, const char *what, int line,
                Shape *out);
void shape_copy(lua_State *L, const Shape *src, Shape *dst, bool mirror);
/* Checks that table t has only written view names as keys. */
void check_view_keys(Loader *ld, lua_State *L, int t, const char *what, int line);
/* Reads field k = { anterior = shape, ... } into sh[view] for the written views.
 * Returns the number of views present, or -1 after reporting. */
int read_view_shapes(Loader *ld, lua_State *L, int t, const char *k, bool closed, bool allow_half,
                     const char *what, const char *id, Shape sh[VIEW_COUNT]);
/* Reads k = { anterior = {x,y}, ... } into has/at of the right side; returns count or -1. */
int read_view_points(Loader *ld, lua_State *L, int t, const char *k, const char *what, const char *id,
                     bool has[SIDE_COUNT][VIEW_COUNT], Vec2 at[SIDE_COUNT][VIEW_COUNT]);
/* Makes the other side (and lateral_left) from the right side's written views.
 * A pointer, not an array parameter: GCC -O2 misreads the bound of the latter. */
void expand_sides(lua_State *L, Shape (*sh)[VIEW_COUNT], bool midline);
void expand_points(bool has[SIDE_COUNT][VIEW_COUNT], Vec2 at[SIDE_COUNT][VIEW_COUNT], bool midline);

bool landmark_known(const Atlas *a, const char *id);    /* an id of body.lua's landmarks */
/* Names of the *.lua files in dir (not hidden), sorted (strcmp). A missing folder is an
 * empty list; -1 when it cannot be read. */
int atlas_lua_files(const char *dir, char ***names, int *n);

/* the readers of each file (the returned table at t) */
void read_muscles(Loader *ld, lua_State *L, int t);     /* muscles/NAME.lua: atlas_muscles.c */
void read_bones(Loader *ld, lua_State *L, int t);       /* bones.lua: atlas_bones.c */

/* After loading: each palpation's first landmark found in the atlas (atlas_muscles.c). */
void atlas_palpation_resolve(Atlas *a);
/* After loading: which muscles, trigger points and zones ride on or lie under the near arm of
 * the side views (atlas_view.c). false when out of memory. */
bool atlas_view_classify_arm(Atlas *a);

#endif
