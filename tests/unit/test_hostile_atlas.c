/* test_hostile_atlas: the atlas validation rules that tests/unit/test_atlas_load.c does not
 * break, each broken once in a small atlas folder written to a temporary directory: the load
 * fails with a "file:line:" message naming the rule, and nothing crashes or leaks. Also
 * sizes (very long strings, 20001 points, a million-entry list) and values a Lua table can
 * hold that no atlas should (NaN keys, numbers as ids, nested self-references). */
#include "test.h"
#include "body/atlas.h"

#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

static char dir[64];
static char err[16384];

static const char *BODY_OK =
    "return {\n"
    "  regions = { \"neck\", \"back\" },\n"
    "  views = {\n"
    "    anterior = { silhouette = { { 0,170, -20,150, -20,0, 0,0, half = true } } },\n"
    "    posterior = { silhouette = { { 0,170, 20,150, 20,0, 0,0, half = true } } },\n"
    "    lateral_right = { silhouette = { { -10,0, 10,0, 10,170, -10,170 } } },\n"
    "  },\n"
    "  landmarks = { { id = \"c7\", name = \"C7\", posterior = { 0, 146.5 } } },\n"
    "}\n";

static const char *AREAS_OK =
    "return { areas = {\n"
    "  { id = \"neck_back\", name = \"Posterior neck\", posterior = { { 0,140, 10,140, 10,150, 0,150 } } },\n"
    "} }\n";

static const char *MUSCLE_OK =
    "return { muscles = {\n"
    "  { id = \"splenius\", name = \"Splenius\", layer = \"intermediate\", region = \"neck\",\n"
    "    palpation = \"Prone; find the band beside the spine.\",\n"
    "    sources = { \"A book\" },\n"
    "    outline = { posterior = { { 2,140, 8,140, 8,150, 2,150 } } },\n"
    "    trps = { { id = \"splenius_1\", frequency = \"common\", palpation = { position = \"prone\", technique = \"flat\" }, name = \"TrP1\", at = { posterior = { 5, 145 } },\n"
    "               essential = { posterior = { { 3,141, 7,141, 7,149, 3,149 } } } } } },\n"
    "} }\n";

static void put(const char *rel, const char *text)
{
    char path[256];
    snprintf(path, sizeof path, "%s/%s", dir, rel);
    FILE *f = fopen(path, "wb");
    CHECK_MSG(f != NULL, "cannot write %s", path);
    if (!f) return;
    fputs(text, f);
    fclose(f);
}

/* text with the first `from` replaced by `to`, in a malloc'd buffer */
static char *edit(const char *text, const char *from, const char *to)
{
    const char *p = strstr(text, from);
    if (!p) {
        fprintf(stderr, "test bug: '%s' is not in the template\n", from);
        return strdup(text);
    }
    size_t n = strlen(text) - strlen(from) + strlen(to) + 1;
    char *out = malloc(n);
    if (out) snprintf(out, n, "%.*s%s%s", (int)(p - text), text, to, p + strlen(from));
    return out;
}

typedef struct Broken {
    const char *name;
    char file;                        /* 'b' body.lua, 'a' areas.lua, 'm' muscles/m.lua */
    const char *from, *to;
    const char *needle1, *needle2;    /* both must be in the message */
} Broken;

static const Broken cases[] = {
    /* lists and key tables */
    {"sources not a list", 'm', "sources = { \"A book\" }", "sources = \"A book\"", "m.lua:4:", "expected a list"},
    {"sources with a hole", 'm', "sources = { \"A book\" }", "sources = { \"A book\", nil, \"B\" }", "m.lua:4:", "entry 2"},
    {"sources with a key", 'm', "sources = { \"A book\" }", "sources = { \"A book\", page = 3 }", "m.lua:", "sources"},
    {"empty source", 'm', "sources = { \"A book\" }", "sources = { \"\" }", "m.lua:", "non-empty string"},
    {"number as source", 'm', "sources = { \"A book\" }", "sources = { 42 }", "m.lua:", "entry 1"},
    {"list entry in a key table", 'm', "region = \"neck\",", "region = \"neck\", \"stray\",", "m.lua:", "list entry"},
    {"muscles not a table", 'm', "return { muscles = {", "return { muscles = 5, x = {", "m.lua:1:", "muscles"},
    {"muscle not a table", 'm', "return { muscles = {\n", "return { muscles = { 5,\n", "m.lua:", "expected a table"},
    {"trp not a table", 'm', "trps = { {", "trps = { 7, {", "m.lua:", "must be a table"},
    {"missing trps", 'm', "trps = { {", "x_trps = { {", "m.lua:", "trps"},
    {"trp without id", 'm', "id = \"splenius_1\", ", "", "m.lua:", "'id'"},
    {"number as muscle id", 'm', "id = \"splenius\",", "id = 12,", "m.lua:", "id"},
    /* strings */
    {"empty name", 'm', "name = \"Splenius\"", "name = \"\"", "m.lua:2:", "non-empty string"},
    {"NUL in a name", 'm', "name = \"Splenius\"", "name = \"Sple\\0nius\"", "m.lua:2:", "NUL"},
    {"midline not a boolean", 'm', "region = \"neck\",", "region = \"neck\", midline = \"yes\",", "m.lua:2:", "true or false"},
    /* points and polygons */
    {"y outside the grid", 'm', "at = { posterior = { 5, 145 } }", "at = { posterior = { 5, 1e6 } }", "m.lua:6:", "body grid"},
    {"negative y", 'm', "at = { posterior = { 5, 145 } }", "at = { posterior = { 5, -50 } }", "m.lua:6:", "body grid"},
    {"point not a table", 'm', "at = { posterior = { 5, 145 } }", "at = { posterior = 5 }", "m.lua:6:", "point"},
    {"string in a point", 'm', "at = { posterior = { 5, 145 } }", "at = { posterior = { \"5\", 145 } }", "m.lua:6:", "number"},
    {"NaN in a point", 'm', "at = { posterior = { 5, 145 } }", "at = { posterior = { 0/0, 145 } }", "m.lua:6:", "finite"},
    {"at not a table", 'm', "at = { posterior = { 5, 145 } }", "at = true", "m.lua:", "table of views"},
    {"polygon not a table", 'm', "outline = { posterior = { { 2,140, 8,140, 8,150, 2,150 } } }",
     "outline = { posterior = { 5 } }", "m.lua:5:", "polygon"},
    {"polygons not a table", 'm', "outline = { posterior = { { 2,140, 8,140, 8,150, 2,150 } } }",
     "outline = { posterior = \"square\" }", "m.lua:5:", "list of polygons"},
    {"empty list of polygons", 'm', "outline = { posterior = { { 2,140, 8,140, 8,150, 2,150 } } }",
     "outline = { posterior = { } }", "m.lua:5:", "empty"},
    {"outline not a table", 'm', "outline = { posterior = { { 2,140, 8,140, 8,150, 2,150 } } }", "outline = 5",
     "m.lua:", "table of views"},
    {"views by position", 'm', "outline = { posterior = { { 2,140, 8,140, 8,150, 2,150 } } }",
     "outline = { { { 2,140, 8,140, 8,150, 2,150 } } }", "m.lua:5:", "view names"},
    {"smooth not a boolean", 'm', "8,150, 2,150 } } }", "8,150, 2,150, smooth = 1 } } }", "m.lua:5:", "true or false"},
    {"hole in a polygon", 'm', "{ 2,140, 8,140, 8,150, 2,150 }", "{ 2,140, nil, 8,140, 8,150, 2,150 }", "m.lua:5:", NULL},
    {"NaN key in a polygon", 'm', "8,150, 2,150 } } }", "8,150, 2,150, [0/0 == 0/0 and 1 or 99] = 1 } } }", "m.lua:5:", NULL},
    {"zone in a view not written", 'm', "essential = { posterior", "essential = { lateral_left", "m.lua:", "lateral_left"},
    /* body.lua and areas.lua */
    {"duplicate region", 'b', "\"neck\", \"back\"", "\"neck\", \"neck\"", "body.lua:2:", "duplicate region"},
    {"missing silhouette", 'b', "posterior = { silhouette = { { 0,170, 20,150, 20,0, 0,0, half = true } } },",
     "posterior = { },", "body.lua:", "silhouette"},
    {"landmark not a table", 'b', "landmarks = { {", "landmarks = { \"c7\", {", "body.lua:", "expected a table"},
    {"landmark without position", 'b', "posterior = { 0, 146.5 } }", "}", "body.lua:", "no position"},
    {"area not a table", 'a', "return { areas = {\n", "return { areas = { true,\n", "areas.lua:", "expected a table"},
    {"area without polygons", 'a', "posterior = { { 0,140, 10,140, 10,150, 0,150 } } }", "}", "areas.lua:", "no polygons"},
    {"body returns a string", 'b', "return {\n  regions", "do return \"body\" end return {\n  regions", "body.lua:", "table"},
    {"areas raise", 'a', "return { areas", "error({}) return { areas", "areas.lua:1:", NULL},
};

static void write_all(const char *body, const char *areas, const char *muscle)
{
    put("body.lua", body);
    put("areas.lua", areas);
    put("muscles/m.lua", muscle);
}

static void expect_fail(const char *name, const char *n1, const char *n2)
{
    Atlas *a = atlas_load(dir, err, sizeof err);
    CHECK_MSG(a == NULL, "%s: the broken atlas loaded", name);
    atlas_unload(a);
    CHECK_MSG(strstr(err, ":") != NULL && strlen(err) > 4, "%s: no message", name);
    if (n1) CHECK_MSG(strstr(err, n1) != NULL, "%s: message lacks \"%s\": %s", name, n1, err);
    if (n2) CHECK_MSG(strstr(err, n2) != NULL, "%s: message lacks \"%s\": %s", name, n2, err);
    if (getenv("TT_SHOW_ERRORS")) fprintf(stderr, "[%s] %s\n", name, err);
}

static void test_setup(void)
{
    snprintf(dir, sizeof dir, "/tmp/tt_hostile_atlas_XXXXXX");
    CHECK(mkdtemp(dir) != NULL);
    char path[128];
    snprintf(path, sizeof path, "%s/muscles", dir);
    CHECK(mkdir(path, 0755) == 0);
    write_all(BODY_OK, AREAS_OK, MUSCLE_OK);
    Atlas *a = atlas_load(dir, err, sizeof err);
    CHECK_MSG(a != NULL, "the template atlas must load: %s", err);
    atlas_unload(a);
}

static void test_rules(void)
{
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        const Broken *c = &cases[i];
        const char *src = c->file == 'b' ? BODY_OK : c->file == 'a' ? AREAS_OK : MUSCLE_OK;
        char *text = edit(src, c->from, c->to);
        CHECK(text != NULL);
        if (!text) continue;
        write_all(c->file == 'b' ? text : BODY_OK, c->file == 'a' ? text : AREAS_OK, c->file == 'm' ? text : MUSCLE_OK);
        free(text);
        expect_fail(c->name, c->needle1, c->needle2);
    }
    write_all(BODY_OK, AREAS_OK, MUSCLE_OK);
}

/* sizes: 20001 points, a list of a million sources, a 100 KB muscle id */
static void test_sizes(void)
{
    size_t cap = 400000;
    char *poly = malloc(cap);
    CHECK(poly != NULL);
    if (!poly) return;
    size_t n = (size_t)snprintf(poly, cap, "{ ");
    for (int i = 0; i < 20001 && n + 40 < cap; i++)
        n += (size_t)snprintf(poly + n, cap - n, "%d,%d, ", 2 + i % 5, 140 + (i % 7));
    snprintf(poly + n, cap - n, "}");
    char *text = edit(MUSCLE_OK, "{ 2,140, 8,140, 8,150, 2,150 }", poly);
    free(poly);
    if (text) { put("muscles/m.lua", text); free(text); }
    expect_fail("20001 points", "m.lua:5:", "too many points");

    text = edit(MUSCLE_OK, "return { muscles", "local s = {} for i = 1, 1000000 do s[i] = \"b\" end\nreturn { muscles");
    char *text2 = text ? edit(text, "sources = { \"A book\" }", "sources = s") : NULL;
    if (text2) { put("muscles/m.lua", text2); free(text2); }
    free(text);
    expect_fail("a million sources", "m.lua:", NULL);

    /* a 100 KB id and a 9000-byte palpation note, written out (the files have no string library) */
    char *big = malloc(100020);
    CHECK(big != NULL);
    if (!big) return;
    snprintf(big, 100020, "id = \"%0*d\",", 100000, 0);
    text = edit(MUSCLE_OK, "id = \"splenius\",", big);
    if (text) { put("muscles/m.lua", text); free(text); }
    expect_fail("a 100 KB id", "m.lua:", "...' is not snake_case");
    CHECK_MSG(strlen(err) < sizeof err, "message stays in its buffer");
    int len = snprintf(big, 100020, "palpation = \"");
    memset(big + len, 'x', 9000);
    snprintf(big + len + 9000, 100020 - (size_t)len - 9000, "\"");
    text = edit(MUSCLE_OK, "palpation = \"Prone; find the band beside the spine.\"", big);
    free(big);
    if (text) { put("muscles/m.lua", text); free(text); }
    expect_fail("palpation too long", "m.lua:", "too long");
    write_all(BODY_OK, AREAS_OK, MUSCLE_OK);
}

/* a message buffer of one byte, and of none: no overflow, no crash */
static void test_small_buffers(void)
{
    put("muscles/m.lua", "return { muscles = 5 }\n");
    char one[1] = {'x'};
    Atlas *a = atlas_load(dir, one, sizeof one);
    CHECK(a == NULL && one[0] == 0);
    atlas_unload(a);
    a = atlas_load(dir, NULL, 0);
    CHECK(a == NULL);
    atlas_unload(a);
    write_all(BODY_OK, AREAS_OK, MUSCLE_OK);
}

static void test_cleanup(void)
{
    const char *files[] = {"muscles/m.lua", "body.lua", "areas.lua", "muscles"};
    for (size_t i = 0; i < sizeof files / sizeof files[0]; i++) {
        char path[256];
        snprintf(path, sizeof path, "%s/%s", dir, files[i]);
        CHECK(remove(path) == 0);
    }
    CHECK(rmdir(dir) == 0);
}

TEST_MAIN(T(test_setup), T(test_rules), T(test_sizes), T(test_small_buffers), T(test_cleanup))
