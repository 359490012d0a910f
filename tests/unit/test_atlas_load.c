/* The atlas loader on small atlas folders written to a temporary directory: a valid one
 * (expansion of half, smooth and mirrored sides) and one broken copy per validation rule,
 * each giving its "file:line: ... 'id'" message and no crash, including hostile files
 * (endless loops, huge allocations, function calls, bytecode). */
#include "test.h"
#include "body/atlas.h"

#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

static char root[64];
static char err[16384];

static const char *BODY =
    "return {\n"
    "  regions = { \"neck\", \"back\" },\n"
    "  views = {\n"
    "    anterior = { silhouette = { { 0,170, -20,150, -20,0, 0,0, half = true } } },\n"
    "    posterior = { silhouette = { { 0,170, 20,150, 20,0, 0,0, half = true } },\n"
    "                  details = { { 1,100, 2,101, 3,100, smooth = true } } },\n"
    "    lateral_right = { silhouette = { { -10,0, 10,0, 10,170, -10,170 } } },\n"
    "  },\n"
    "  landmarks = {\n"
    "    { id = \"c7\", name = \"C7\", posterior = { 0, 146.5 }, lateral_right = { -6.5, 146.5 } },\n"
    "    { id = \"acromion\", name = \"Acromion\", posterior = { 19.5, 139.5 } },\n"
    "  },\n"
    "}\n";

static const char *AREAS =
    "return { areas = {\n"
    "  { id = \"neck_back\", name = \"Posterior neck\", posterior = { { 0,140, 10,140, 10,150, 0,150 } },\n"
    "    lateral_right = { { -9,140, 0,140, 0,150, -9,150 } } },\n"
    "  { id = \"occiput\", name = \"Occiput\", midline = true,\n"
    "    posterior = { { 0,150, 8,150, 8,160, 0,160, half = true } }, lateral_right = { { -9,150, 0,150, 0,160 } } },\n"
    "} }\n";

/* line numbers matter: the tests below expect them */
static const char *MUSCLE =
    "return { muscles = {\n"                                                                     /* 1 */
    "  { id = \"upper_trapezius\", name = \"Upper trapezius\", layer = \"superficial\", region = \"neck\",\n" /* 2 */
    "    palpation = \"Patient prone; pinch the free border between thumb and fingers.\",\n"      /* 3 */
    "    sources = { \"A book\" },\n"                                                            /* 4 */
    "    outline = { posterior = { { 2,140, 15,140, 15,146, 2,146 } } },\n"                      /* 5 */
    "    trps = { { id = \"upper_trapezius_1\", frequency = \"common\",\n"                         /* 6 */
    "               palpation = { position = \"prone\", technique = \"pincer\" },\n"               /* 7 */
    "               name = \"TrP1\", at = { posterior = { 10, 143 } },\n"                           /* 8 */
    "               essential = { posterior = { { 8,140, 12,140, 12,146, 8,146 } } } } } },\n"  /* 9 */
    "} }\n";                                                                                     /* 10 */

static void write_file(const char *rel, const char *text, size_t len)
{
    char path[256];
    snprintf(path, sizeof path, "%s/%s", root, rel);
    FILE *f = fopen(path, "wb");
    CHECK_MSG(f != NULL, "cannot write %s", path);
    if (!f)
        return;
    fwrite(text, 1, len, f);
    fclose(f);
}

/* The largest template text; a copy of replaced()'s result is this large too, or gcc's
 * Release build (-O3, -Werror) stops on a possible truncation. */
#define TEXT_MAX 8192

/* text with the first `from` replaced by `to` (static buffer) */
static const char *replaced(const char *text, const char *from, const char *to)
{
    static char buf[TEXT_MAX];
    const char *p = strstr(text, from);
    if (!p) {
        fprintf(stderr, "test bug: '%s' not in the template\n", from);
        snprintf(buf, sizeof buf, "%s", text);
        return buf;
    }
    snprintf(buf, sizeof buf, "%.*s%s%s", (int)(p - text), text, to, p + strlen(from));
    return buf;
}

static void write_atlas(const char *body, const char *areas, const char *muscle)
{
    char path[256];
    snprintf(path, sizeof path, "%s/muscles", root);
    mkdir(path, 0755);
    if (body) write_file("body.lua", body, strlen(body));
    else { snprintf(path, sizeof path, "%s/body.lua", root); unlink(path); }
    if (areas) write_file("areas.lua", areas, strlen(areas));
    else { snprintf(path, sizeof path, "%s/areas.lua", root); unlink(path); }
    if (muscle) write_file("muscles/m.lua", muscle, strlen(muscle));
    else { snprintf(path, sizeof path, "%s/muscles/m.lua", root); unlink(path); }
}

/* Loads root; the load must fail with a message holding every one of the needles. */
static void expect_error(const char *name, const char *needle1, const char *needle2, const char *needle3)
{
    Atlas *a = atlas_load(root, err, sizeof err);
    CHECK_MSG(a == NULL, "%s: the broken atlas loaded", name);
    if (getenv("TT_SHOW_ERRORS"))
        fprintf(stderr, "[%s]\n%s\n", name, err);
    atlas_unload(a);
    const char *needles[] = {needle1, needle2, needle3};
    for (int i = 0; i < 3; i++)
        CHECK_MSG(!needles[i] || strstr(err, needles[i]), "%s: message lacks \"%s\": %s", name, needles[i], err);
}

static void broken_muscle(const char *name, const char *from, const char *to, const char *n1, const char *n2,
                          const char *n3)
{
    write_atlas(BODY, AREAS, replaced(MUSCLE, from, to));
    expect_error(name, n1, n2, n3);
}

static void test_valid_atlas(void)
{
    write_atlas(BODY, AREAS, MUSCLE);
    Atlas *a = atlas_load(root, err, sizeof err);
    CHECK_MSG(a != NULL, "valid atlas: %s", err);
    if (!a)
        return;
    CHECK(a->nmuscles == 1 && a->nregions == 2 && a->nlandmarks == 2);
    /* half: 4 written points, both ends on the axis, become 6 */
    CHECK(a->views[VIEW_ANTERIOR].silhouette.count == 1 && a->views[VIEW_ANTERIOR].silhouette.polys[0].n == 6);
    CHECK(a->views[VIEW_LATERAL_LEFT].silhouette.polys[0].pts[0].x == 10);
    /* smooth open detail: (3 - 1) * 8 + 1 points */
    CHECK(a->views[VIEW_POSTERIOR].details.polys[0].n == 17);
    CHECK(a->views[VIEW_LATERAL_LEFT].details.count == 0);
    /* areas: bilateral twice, midline once */
    CHECK(a->nareas == 3);
    CHECK_STR(a->areas[0].label, "right posterior neck");
    CHECK_STR(a->areas[1].label, "left posterior neck");
    CHECK_STR(a->areas[2].label, "occiput");
    CHECK(a->areas[1].shape[VIEW_LATERAL_LEFT].count == 1 && a->areas[1].shape[VIEW_LATERAL_RIGHT].count == 0);
    CHECK(a->areas[0].shape[VIEW_LATERAL_LEFT].count == 0);
    CHECK(a->areas[2].shape[VIEW_LATERAL_LEFT].count == 1 && a->areas[2].shape[VIEW_LATERAL_RIGHT].count == 1);
    CHECK(a->areas[2].shape[VIEW_POSTERIOR].polys[0].n == 6);
    const AtlasMuscle *m = atlas_muscle(a, "upper_trapezius");
    CHECK(m != NULL);
    if (m) {
        CHECK(m->outline[SIDE_LEFT][VIEW_POSTERIOR].count == 1);
        CHECK(m->outline[SIDE_LEFT][VIEW_POSTERIOR].polys[0].pts[1].x == -15);
        CHECK(m->outline[SIDE_LEFT][VIEW_ANTERIOR].count == 0);
        CHECK(m->ntrps == 1 && m->trps[0].has_at[SIDE_LEFT][VIEW_POSTERIOR]);
        CHECK(m->trps[0].at[SIDE_LEFT][VIEW_POSTERIOR].x == -10);
        CHECK(!m->trps[0].has_at[SIDE_LEFT][VIEW_LATERAL_RIGHT]);
        CHECK(m->line == 2);
        CHECK_STR(m->file, "muscles/m.lua");
        CHECK(atlas_muscle_has_trp_in(m, VIEW_POSTERIOR, SIDE_LEFT));
        CHECK(!atlas_muscle_has_trp_in(m, VIEW_ANTERIOR, SIDE_RIGHT));
    }
    const AtlasMuscle *owner = NULL;
    CHECK(atlas_trp(a, "upper_trapezius_1", &owner) != NULL && owner == m);
    CHECK_STR(atlas_suggest_muscle(a, "upper_trapezus"), "upper_trapezius");
    CHECK(atlas_suggest_muscle(a, "gastrocnemius") == NULL);
    const AtlasLandmark *c7 = atlas_landmark(a, "c7");
    CHECK(c7 && c7->has[SIDE_LEFT][VIEW_POSTERIOR] && c7->at[SIDE_LEFT][VIEW_POSTERIOR].x == 0);
    CHECK(c7 && c7->has[SIDE_LEFT][VIEW_LATERAL_LEFT] && c7->at[SIDE_LEFT][VIEW_LATERAL_LEFT].x == 6.5f);
    CHECK(c7 && !signbit(c7->at[SIDE_LEFT][VIEW_POSTERIOR].x));
    atlas_unload(a);
}

static void test_names(void)
{
    View v;
    Side s;
    CHECK(atlas_view_parse("lateral_left", &v) && v == VIEW_LATERAL_LEFT);
    CHECK(!atlas_view_parse("front", &v));
    CHECK_STR(atlas_view_name(VIEW_POSTERIOR), "posterior");
    CHECK(atlas_side_parse("left", &s) && s == SIDE_LEFT);
    CHECK(!atlas_side_parse("middle", &s));
    CHECK_STR(atlas_side_name(SIDE_RIGHT), "right");
    CHECK(atlas_view_mirror(VIEW_LATERAL_RIGHT) == VIEW_LATERAL_LEFT);
    CHECK(atlas_view_mirror(VIEW_ANTERIOR) == VIEW_ANTERIOR);
}

static void test_optional_files(void)
{
    write_atlas(BODY, NULL, NULL);
    Atlas *a = atlas_load(root, err, sizeof err);
    CHECK_MSG(a != NULL, "body.lua alone should load: %s", err);
    atlas_unload(a);
    write_atlas(NULL, AREAS, MUSCLE);
    expect_error("no body.lua", "body.lua: cannot open", NULL, NULL);
    char missing[128];
    snprintf(missing, sizeof missing, "%s/nowhere", root);
    Atlas *b = atlas_load(missing, err, sizeof err);
    CHECK(b == NULL && strstr(err, "no such atlas folder"));
    /* a UTF-8 byte order mark is fine */
    char bom[4096];
    snprintf(bom, sizeof bom, "\xEF\xBB\xBF%s", MUSCLE);
    write_atlas(BODY, AREAS, bom);
    a = atlas_load(root, err, sizeof err);
    CHECK_MSG(a != NULL, "BOM: %s", err);
    atlas_unload(a);
}

static void test_lua_errors(void)
{
    broken_muscle("syntax error", "region = \"neck\",", "region = \"neck\"", "muscles/m.lua:3:", "near 'palpation'", NULL);
    broken_muscle("runtime error", "{ \"A book\" }", "{ \"A book\" .. nil }", "muscles/m.lua:4:", "concatenate", NULL);
    write_atlas(BODY, AREAS, "return 42\n");
    expect_error("not a table", "muscles/m.lua:1:", "must return a table", "number");
    write_atlas(BODY, AREAS, "x = 1\n");
    expect_error("returns nothing", "must return a table", "nil", NULL);
    write_atlas(BODY, AREAS, replaced(MUSCLE, "return {", "print(\"hello\")\nreturn {"));
    expect_error("a function call", "muscles/m.lua:1:", "global 'print'", NULL);
    write_atlas(BODY, AREAS, replaced(MUSCLE, "return {", "local n = (\"x\"):rep(100)\nreturn {"));
    expect_error("a string method", "muscles/m.lua:1:", "attempt to index", NULL);
    write_atlas(BODY, AREAS, replaced(MUSCLE, "return {", "local n = setmetatable({}, {})\nreturn {"));
    expect_error("setmetatable", "muscles/m.lua:1:", "setmetatable", NULL);
    write_atlas(BODY, AREAS, replaced(MUSCLE, "return {", "local x = 0\nwhile true do x = x + 1 end\nreturn {"));
    expect_error("endless loop", "muscles/m.lua:2:", "runs too long", NULL);
    write_atlas(BODY, AREAS, replaced(MUSCLE, "return {", "local s = \"x\"\nfor i = 1, 40 do s = s .. s end\nreturn {"));
    expect_error("huge string", "muscles/m.lua:", "more than 64 MiB", NULL);
    write_atlas(BODY, AREAS, replaced(MUSCLE, "return {", "local t = {}\nfor i = 1, 1e9 do t[i] = i end\nreturn {"));
    expect_error("huge table", "muscles/m.lua:2:", NULL, NULL);
    static const char bytecode[] = "\x1bLuaT\x00\x19\x93\r\n\x1a\n\x04\x08\x08";
    write_atlas(BODY, AREAS, NULL);
    write_file("muscles/m.lua", bytecode, sizeof bytecode - 1);
    expect_error("bytecode", "muscles/m.lua", "binary", NULL);
    /* larger than the source cap */
    size_t big = (size_t)5 << 20;
    char *text = malloc(big);
    if (text) {
        memset(text, ' ', big);
        memcpy(text, "return {}", 9);
        write_file("muscles/m.lua", text, big);
        free(text);
        expect_error("huge file", "muscles/m.lua", "larger than", NULL);
    }
}

static void test_validation(void)
{
    broken_muscle("unknown key", "name = \"Upper trapezius\",", "name = \"Upper trapezius\", colour = \"red\",",
                  "muscles/m.lua:2:", "unknown key 'colour'", "'upper_trapezius'");
    broken_muscle("bad id", "id = \"upper_trapezius\",", "id = \"Upper-Trapezius\",", "muscles/m.lua:2:",
                  "'Upper-Trapezius'", "snake_case");
    broken_muscle("missing id", "id = \"upper_trapezius\",", "", "muscles/m.lua:", "missing 'id'", NULL);
    broken_muscle("unknown region", "region = \"neck\"", "region = \"tail\"", "muscles/m.lua:2:", "unknown region 'tail'",
                  "'upper_trapezius'");
    broken_muscle("unknown view", "outline = { posterior", "outline = { ventral", "muscles/m.lua:5:",
                  "unknown view 'ventral'", "'upper_trapezius'");
    broken_muscle("lateral_left written", "outline = { posterior", "outline = { lateral_left", "muscles/m.lua:5:",
                  "mirroring", "'upper_trapezius'");
    broken_muscle("odd count", "15,146, 2,146 }", "15,146, 2 }", "muscles/m.lua:5:", "odd count", "'upper_trapezius'");
    broken_muscle("NaN", "15,146, 2,146 }", "15,146, 2,0/0 }", "muscles/m.lua:5:", "not a finite number",
                  "'upper_trapezius'");
    broken_muscle("huge number", "15,146, 2,146 }", "15,146, 1e300,146 }", "muscles/m.lua:5:", "outside the body grid",
                  "'upper_trapezius'");
    broken_muscle("infinity", "15,146, 2,146 }", "15,146, 1/0,146 }", "muscles/m.lua:5:", "not a finite number", NULL);
    broken_muscle("string in a polygon", "15,146, 2,146 }", "15,146, 2,\"146\" }", "muscles/m.lua:5:",
                  "must be a number", NULL);
    broken_muscle("two points", "{ 2,140, 15,140, 15,146, 2,146 }", "{ 2,140, 15,140 }", "muscles/m.lua:5:",
                  "at least 3", "'upper_trapezius'");
    broken_muscle("flat polygon", "posterior = { { 2,140, 15,140, 15,146, 2,146 } }",
                  "posterior = { 2,140, 15,140, 15,146, 2,146 }", "muscles/m.lua:5:", "flat list", NULL);
    broken_muscle("half in a muscle", "15,146, 2,146 }", "15,146, 2,146, half = true }", "muscles/m.lua:5:",
                  "'half'", "'upper_trapezius'");
    broken_muscle("bad polygon key", "15,146, 2,146 }", "15,146, 2,146, smoth = true }", "muscles/m.lua:5:",
                  "unknown key 'smoth'", NULL);
    broken_muscle("no position", "at = { posterior = { 10, 143 } },", "", "muscles/m.lua:6:", "no position",
                  "'upper_trapezius_1'");
    broken_muscle("bad position", "{ 10, 143 }", "{ 10, 143, 5 }", "muscles/m.lua:8:", "exactly 2 numbers",
                  "'upper_trapezius_1'");
    broken_muscle("no zone", "essential = { posterior", "spillover = { posterior", "muscles/m.lua:6:", "no essential zone",
                  "'upper_trapezius_1'");
    broken_muscle("missing sources", "sources = { \"A book\" },", "", "muscles/m.lua:2:", "missing 'sources'",
                  "'upper_trapezius'");
    broken_muscle("empty sources", "sources = { \"A book\" },", "sources = { },", "muscles/m.lua:4:", "empty",
                  "'upper_trapezius'");
    broken_muscle("missing palpation", "palpation = \"Patient prone; pinch the free border between thumb and fingers.\",",
                  "", "muscles/m.lua:", "missing 'palpation'", "'upper_trapezius'");
    broken_muscle("no trps", "trps = { {", "trps = { }, x = { {", "muscles/m.lua:", "'trps' is empty",
                  "'upper_trapezius'");
    broken_muscle("bad trp id", "\"upper_trapezius_1\"", "\"upper trapezius 1\"", "muscles/m.lua:6:", "'upper trapezius 1'",
                  "snake_case");
    broken_muscle("unknown disputed area", "name = \"TrP1\",", "name = \"TrP1\", disputed = { \"temple\" },",
                  "muscles/m.lua:8:", "disputed area 'temple'", NULL);
    broken_muscle("name not a string", "name = \"Upper trapezius\"", "name = 7", "muscles/m.lua:2:",
                  "'name' must be a string", "'upper_trapezius'");
    broken_muscle("unknown top-level key", "return { muscles", "return { musles = {}, muscles", "muscles/m.lua:1:",
                  "unknown key 'musles'", NULL);
}

static void test_duplicates(void)
{
    char two[TEXT_MAX];
    const char *entry = strstr(MUSCLE, "  { id");
    const char *end = strstr(MUSCLE, "} }\n");
    snprintf(two, sizeof two, "return { muscles = {\n%.*s%.*s} }\n", (int)(end - entry), entry, (int)(end - entry), entry);
    write_atlas(BODY, AREAS, two);
    expect_error("duplicate muscle", "muscles/m.lua:10:", "duplicate muscle id 'upper_trapezius'", NULL);
    CHECK_MSG(strstr(err, "duplicate trigger point id 'upper_trapezius_1'") != NULL, "duplicate trp: %s", err);
    /* every violation is listed, not just the first */
    char both[TEXT_MAX], copy[TEXT_MAX];
    snprintf(both, sizeof both, "%s", replaced(MUSCLE, "region = \"neck\"", "region = \"tail\""));
    snprintf(copy, sizeof copy, "%s", replaced(both, "sources = { \"A book\" },", ""));
    write_atlas(BODY, AREAS, copy);
    expect_error("two errors", "unknown region 'tail'", "missing 'sources'", NULL);
    write_atlas(BODY, replaced(AREAS, "id = \"occiput\"", "id = \"neck_back\""), MUSCLE);
    expect_error("duplicate area", "areas.lua:4:", "duplicate area id 'neck_back'", NULL);
    write_atlas(replaced(BODY, "id = \"acromion\"", "id = \"c7\""), AREAS, MUSCLE);
    expect_error("duplicate landmark", "body.lua:11:", "duplicate landmark id 'c7'", NULL);
}

static void test_body_and_areas(void)
{
    write_atlas(replaced(BODY, "    lateral_right = { silhouette = { { -10,0, 10,0, 10,170, -10,170 } } },\n", ""), AREAS,
                MUSCLE);
    expect_error("missing view", "body.lua:", "missing view 'lateral_right'", NULL);
    write_atlas(replaced(BODY, "\"neck\", \"back\"", "\"neck\", \"Back\""), AREAS, MUSCLE);
    expect_error("bad region", "body.lua:2:", "snake_case", NULL);
    write_atlas(replaced(BODY, "posterior = { 0, 146.5 }", "posterior = { 0 }"), AREAS, MUSCLE);
    expect_error("bad landmark", "body.lua:10:", "landmark 'c7'", "exactly 2 numbers");
    write_atlas(BODY, replaced(AREAS, "name = \"Occiput\",", ""), MUSCLE);
    expect_error("area without a name", "areas.lua:4:", "area 'occiput'", "missing 'name'");
    write_atlas(BODY, replaced(AREAS, "{ { -9,150, 0,150, 0,160 } }", "{ { -9,150, 0,150, 0,160, 1,2,3 } }"), MUSCLE);
    expect_error("odd area", "areas.lua:5:", "area 'occiput'", "odd count");
}

/* Cut and damaged copies of the valid files: each loads or fails with a file:line message. */
static void check_mutant(const char *what, int pos, bool muscle_file)
{
    Atlas *a = atlas_load(root, err, sizeof err);
    const char *name = muscle_file ? "muscles/m.lua" : "areas.lua";
    CHECK_MSG(a != NULL || (strstr(err, name) && strlen(err) > strlen(root) + 8),
              "%s at %d: no useful message: %s", what, pos, err);
    atlas_unload(a);
}

static void test_damaged_files(void)
{
    static const char marks[] = "{},\"=-x.";
    char text[4096];
    for (int f = 0; f < 2; f++) {
        const char *src = f == 0 ? MUSCLE : AREAS, *file = f == 0 ? "muscles/m.lua" : "areas.lua";
        write_atlas(BODY, AREAS, MUSCLE);
        size_t len = strlen(src);
        for (size_t cut = 0; cut < len; cut += 2) {
            snprintf(text, sizeof text, "%.*s", (int)cut, src);
            write_file(file, text, strlen(text));
            check_mutant("cut", (int)cut, f == 0);
        }
        for (size_t pos = 0; pos < len; pos += 3)
            for (size_t k = 0; k < sizeof marks - 1; k += 2) {
                snprintf(text, sizeof text, "%s", src);
                text[pos] = marks[(k + pos) % (sizeof marks - 1)];
                write_file(file, text, strlen(text));
                check_mutant("changed byte", (int)pos, f == 0);
            }
    }
}

static void cleanup(void)
{
    const char *files[] = {"muscles/m.lua", "body.lua", "areas.lua", "muscles", ""};
    for (size_t i = 0; i < sizeof files / sizeof files[0]; i++) {
        char path[256];
        snprintf(path, sizeof path, "%s/%s", root, files[i]);
        if (remove(path) != 0 && i < 3)
            continue;
    }
    rmdir(root);
}

static void test_setup(void)
{
    snprintf(root, sizeof root, "/tmp/tt_atlas_load_XXXXXX");
    CHECK(mkdtemp(root) != NULL);
}

/* Atlas v2 fields: layer, frequency and structured palpation (a trigger point takes what it
 * does not say from its muscle), and their validation. */
static void test_v2_fields(void)
{
    char m2[TEXT_MAX];
    snprintf(m2, sizeof m2, "%s", replaced(MUSCLE, "palpation = \"Patient prone; pinch the free border between thumb and fingers.\",",
        "layer = \"intermediate\", palpation = { text = \"Pinch it.\", position = \"seated\", technique = \"pincer\","
        " landmarks = { \"c7\", \"acromion\" }, steps = { \"Find C7.\", \"Pinch.\" } },"));
    char both[TEXT_MAX];
    snprintf(both, sizeof both, "%s", replaced(m2, "name = \"TrP1\",", "name = \"TrP1\", frequency = \"rare\", palpation = { position = \"prone\" },"));
    write_atlas(BODY, AREAS, both);
    Atlas *a = atlas_load(root, err, sizeof err);
    CHECK_MSG(a != NULL, "v2 atlas: %s", err);
    if (a) {
        const AtlasMuscle *m = &a->muscles[0];
        CHECK(m->layer == LAYER_INTERMEDIATE);
        CHECK_STR(m->palpation, "Pinch it.");
        CHECK(m->palp.position == POS_SEATED && m->palp.technique == TECH_PINCER && m->palp.nlandmarks == 2);
        const AtlasTrp *t = &m->trps[0];
        CHECK(t->frequency == FREQ_RARE);
        CHECK(t->palp.position == POS_PRONE);            /* its own */
        CHECK(t->palp.technique == TECH_PINCER);         /* the muscle's */
        CHECK(t->palp.nsteps == 2 && !strcmp(t->palp.steps[1], "Pinch."));
        CHECK_STR(atlas_layer_name(m->layer), "intermediate");
        CHECK_STR(atlas_frequency_name(t->frequency), "rare");
        CHECK_STR(atlas_position_name(POS_SIDE_LYING), "side_lying");
        atlas_unload(a);
    }
    /* layer and frequency are required; every trigger point ends with a position and a technique */
    broken_muscle("missing layer", "layer = \"superficial\", ", "", "muscles/m.lua:2:",
                  "muscle 'upper_trapezius': missing 'layer' (superficial, intermediate or deep)", NULL);
    broken_muscle("missing frequency", "frequency = \"common\",", "", "muscles/m.lua:6:",
                  "trigger point 'upper_trapezius_1': missing 'frequency' (common, occasional or rare)", NULL);
    broken_muscle("no palpation position", "position = \"prone\", ", "", "muscles/m.lua:7:",
                  "'upper_trapezius_1': no palpation position", "prone, supine, side_lying or seated");
    broken_muscle("no palpation technique", ", technique = \"pincer\"", "", "muscles/m.lua:7:",
                  "'upper_trapezius_1': no palpation technique", "flat or pincer");
    broken_muscle("no palpation table at all", "palpation = { position = \"prone\", technique = \"pincer\" },", "",
                  "muscles/m.lua:6:", "no palpation position", "no palpation technique");
    /* the muscle's table is enough: its trigger points take position and technique from it */
    char own[TEXT_MAX];   /* replaced() has one buffer: copy before replacing again */
    snprintf(own, sizeof own, "%s", replaced(MUSCLE, "palpation = { position = \"prone\", technique = \"pincer\" },", ""));
    write_atlas(BODY, AREAS, replaced(own, "palpation = \"Patient prone; pinch the free border between thumb and fingers.\",",
                                      "palpation = { text = \"Pinch it.\", position = \"side_lying\", technique = \"flat\" },"));
    a = atlas_load(root, err, sizeof err);
    CHECK_MSG(a != NULL, "muscle palpation inherited: %s", err);
    CHECK(a && a->muscles[0].trps[0].palp.position == POS_SIDE_LYING && a->muscles[0].trps[0].palp.technique == TECH_FLAT);
    atlas_unload(a);
    broken_muscle("bad layer", "region = \"neck\",", "region = \"neck\", layer = \"middle\",", "muscles/m.lua:2:",
                  "'layer' must be one of superficial, intermediate, deep", "'middle'");
    broken_muscle("bad frequency", "frequency = \"common\"", "frequency = \"often\"", "muscles/m.lua:6:",
                  "'frequency' must be one of common, occasional, rare", NULL);
    broken_muscle("bad landmark", "technique = \"pincer\" }", "technique = \"pincer\", landmarks = { \"c8\" } }",
                  "muscles/m.lua:7:", "landmark 'c8' is not a landmark id", NULL);
    broken_muscle("palpation text missing", "palpation = \"Patient prone; pinch the free border between thumb and fingers.\",",
                  "palpation = { position = \"prone\" },", "muscles/m.lua:3:", "missing 'text'", NULL);
}

/* Regional views: written for the right side, the left added as the mirror in the same view;
 * zones, areas and landmarks follow; a view body.lua does not draw cannot be written. */
static void test_regional_views(void)
{
    char body[TEXT_MAX], areas[TEXT_MAX], muscle[TEXT_MAX];
    snprintf(body, sizeof body, "%s", replaced(BODY, "    lateral_right = {",
        "    foot_plantar = { silhouette = { { -12,0, -6,0, -5,25, -13,25 } }, details = { { -9,1, -9,8 } } },\n"
        "    lateral_right = {"));
    snprintf(areas, sizeof areas, "%s", replaced(AREAS, "  { id = \"occiput\"",
        "  { id = \"heel\", name = \"Heel\", foot_plantar = { { -30,-1, -0.5,-1, -0.5,7, -30,7 } } },\n  { id = \"occiput\""));
    snprintf(muscle, sizeof muscle, "%s", replaced(MUSCLE, "essential = { posterior = { { 8,140, 12,140, 12,146, 8,146 } } }",
        "essential = { posterior = { { 8,140, 12,140, 12,146, 8,146 } }, foot_plantar = { { -11,1, -7,1, -7,5 } } }"));
    char withlm[TEXT_MAX];
    snprintf(withlm, sizeof withlm, "%s", replaced(body, "name = \"Acromion\",",
        "name = \"Acromion\", foot_plantar = { -9, 2 },"));
    write_atlas(withlm, areas, muscle);
    Atlas *a = atlas_load(root, err, sizeof err);
    CHECK_MSG(a != NULL, "regional atlas: %s", err);
    if (a) {
        const AtlasView *v = &a->views[VIEW_FOOT_PLANTAR];
        CHECK(atlas_view_present(a, VIEW_FOOT_PLANTAR) && !atlas_view_present(a, VIEW_HAND_PALMAR));
        CHECK(v->silhouette.count == 2 && v->silhouette.polys[1].pts[0].x == 12 && v->silhouette.polys[1].pts[0].y == 0);
        CHECK(v->details.count == 2 && v->details.polys[1].pts[1].x == 9);
        const AtlasTrp *t = &a->muscles[0].trps[0];
        CHECK(t->essential[SIDE_RIGHT][VIEW_FOOT_PLANTAR].count == 1 && t->essential[SIDE_LEFT][VIEW_FOOT_PLANTAR].count == 1);
        CHECK(t->essential[SIDE_LEFT][VIEW_FOOT_PLANTAR].polys[0].pts[0].x == 11);
        const AtlasArea *heel = NULL;
        for (int i = 0; i < a->nareas; i++)
            if (!strcmp(a->areas[i].id, "heel") && a->areas[i].side == SIDE_LEFT) heel = &a->areas[i];
        CHECK(heel && heel->shape[VIEW_FOOT_PLANTAR].count == 1 && heel->shape[VIEW_FOOT_PLANTAR].polys[0].pts[0].x == 30);
        const AtlasLandmark *lm = atlas_landmark(a, "acromion");
        CHECK(lm && lm->has[SIDE_LEFT][VIEW_FOOT_PLANTAR] && lm->at[SIDE_LEFT][VIEW_FOOT_PLANTAR].x == 9);
        CHECK(atlas_view_right_sign(VIEW_FOOT_PLANTAR) < 0 && atlas_view_right_sign(VIEW_HAND_DORSAL) > 0);
        CHECK(atlas_view_body_heights(VIEW_LEG_MEDIAL) && !atlas_view_body_heights(VIEW_HAND_PALMAR));
        atlas_unload(a);
    }
    /* a zone, an area or a landmark in a view body.lua does not draw */
    write_atlas(withlm, areas, replaced(muscle, "foot_plantar = {", "hand_palmar = {"));
    expect_error("zone in an undrawn view", "muscles/m.lua:", "'essential', view 'hand_palmar'", "is not drawn in body.lua");
    write_atlas(BODY, areas, MUSCLE);
    expect_error("area in an undrawn view", "areas.lua:", "view 'foot_plantar' is not drawn", "'heel'");
    write_atlas(replaced(BODY, "name = \"Acromion\",", "name = \"Acromion\", hand_dorsal = { 9, 2 },"), AREAS, MUSCLE);
    expect_error("landmark in an undrawn view", "body.lua:", "view 'hand_dorsal' is not drawn", NULL);
    /* the unknown-view message lists every view a file may write */
    broken_muscle("unknown regional view", "outline = { posterior", "outline = { plantar", "unknown view 'plantar'",
                  "foot_plantar, leg_medial, hand_palmar, hand_dorsal", NULL);
    write_atlas(replaced(body, "details = {", "colour = 1, details = {"), AREAS, MUSCLE);
    expect_error("unknown key in a view", "body.lua:", "unknown key 'colour'", NULL);
    /* bones have one home: bones.lua */
    write_atlas(replaced(body, "details = { { -9,1", "bones = { { -9,1, -9,8 } }, details = { { -9,1"), AREAS, MUSCLE);
    expect_error("bones in body.lua", "body.lua:", "view 'foot_plantar': 'bones' belong in bones.lua", NULL);
}

/* bones.lua (optional): read, mirrored, a midline bone kept whole; fibres on a muscle's outline
 * views only; every mistake named with its line. */
static void write_bones(const char *text)
{
    if (text) {
        write_file("bones.lua", text, strlen(text));
    } else {
        char path[256];
        snprintf(path, sizeof path, "%s/bones.lua", root);
        unlink(path);
    }
}

static void test_bones_and_fibres(void)
{
    static const char *BONES =
        "return { bones = {\n"                                                                   /* 1 */
        "  { id = \"scapular_spine\", name = \"Spine\", landmarks = { \"acromion\" },\n"        /* 2 */
        "    outline = { posterior = { { 6,138, 20,139, 20,140, 6,139 } } },\n"                  /* 3 */
        "    lines = { posterior = { { 6,138.5, 19,139.5 } } } },\n"                             /* 4 */
        "  { id = \"sacrum\", name = \"Sacrum\", midline = true,\n"                             /* 5 */
        "    outline = { posterior = { { 0,99, 4,98, 1,88, 0,87, half = true } } } },\n"         /* 6 */
        "} }\n";                                                                                 /* 7 */
    char fib[TEXT_MAX];
    snprintf(fib, sizeof fib, "%s", replaced(MUSCLE, "trps = {", "fibres = { posterior = { { 3,143, 14,142 }, { 3,141, 14,141 } } },\n    trps = {"));
    write_atlas(BODY, AREAS, fib);
    write_bones(BONES);
    Atlas *a = atlas_load(root, err, sizeof err);
    CHECK_MSG(a != NULL, "bones and fibres: %s", err);
    if (a) {
        CHECK(a->nbones == 2);
        const AtlasBone *b = atlas_bone(a, "scapular_spine");
        CHECK(b && b->nlandmarks == 1 && !strcmp(b->landmarks[0], "acromion") && b->line == 2);
        CHECK(b && b->outline[SIDE_LEFT][VIEW_POSTERIOR].count == 1 && b->outline[SIDE_LEFT][VIEW_POSTERIOR].polys[0].pts[1].x == -20);
        CHECK(b && b->lines[SIDE_RIGHT][VIEW_POSTERIOR].count == 1 && b->lines[SIDE_RIGHT][VIEW_POSTERIOR].polys[0].n == 2);
        const AtlasBone *sac = atlas_bone(a, "sacrum");
        CHECK(sac && sac->midline && sac->outline[SIDE_RIGHT][VIEW_POSTERIOR].polys[0].n == 6);   /* half: mirrored */
        CHECK(sac && sac->outline[SIDE_LEFT][VIEW_POSTERIOR].polys[0].pts[1].x == 4);           /* whole, not mirrored */
        CHECK(atlas_bone(a, "femur") == NULL);
        const AtlasMuscle *m = &a->muscles[0];
        CHECK(m->fibres[SIDE_RIGHT][VIEW_POSTERIOR].count == 2 && m->fibres[SIDE_LEFT][VIEW_POSTERIOR].polys[0].pts[0].x == -3);
        atlas_unload(a);
    }
    /* fibres only where the muscle has an outline */
    write_atlas(BODY, AREAS, replaced(MUSCLE, "trps = {", "fibres = { lateral_right = { { 0,143, 1,142 } } },\n    trps = {"));
    expect_error("fibres without outline", "muscles/m.lua:", "'fibres' in view 'lateral_right', where the muscle has no outline", NULL);
    write_atlas(BODY, AREAS, replaced(MUSCLE, "trps = {", "fibres = { posterior = { { 3,143 } } },\n    trps = {"));
    expect_error("fibre of one point", "muscles/m.lua:", "a line needs at least 2", NULL);
    write_atlas(BODY, AREAS, MUSCLE);
    write_bones(replaced(BONES, "{ \"acromion\" }", "{ \"acromio\" }"));
    expect_error("bone landmark", "bones.lua:2:", "bone 'scapular_spine': landmark 'acromio' is not a landmark id", NULL);
    write_bones(replaced(BONES, "id = \"sacrum\"", "id = \"scapular_spine\""));
    expect_error("duplicate bone", "bones.lua:", "duplicate bone id 'scapular_spine'", NULL);
    write_bones(replaced(BONES, "    outline = { posterior = { { 0,99, 4,98, 1,88, 0,87, half = true } } } },", "  },"));
    expect_error("bone with nothing", "bones.lua:5:", "bone 'sacrum': nothing to draw", NULL);
    write_bones(replaced(BONES, "midline = true,", "midline = true, colour = 1,"));
    expect_error("bone unknown key", "bones.lua:", "colour", NULL);
    write_bones(replaced(BONES, "half = true", "half = true, smooth = 2"));
    expect_error("bone bad flag", "bones.lua:", "'smooth' must be true or false", NULL);
    write_bones(NULL);
}

TEST_MAIN(T(test_setup), T(test_valid_atlas), T(test_v2_fields), T(test_bones_and_fibres), T(test_names),
          T(test_optional_files), T(test_lua_errors), T(test_validation), T(test_duplicates), T(test_body_and_areas),
          T(test_regional_views), T(test_damaged_files), T(cleanup))
