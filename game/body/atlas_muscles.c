/* atlas_muscles: the reader of muscles/NAME.lua (docs/atlas-format.md): each muscle with its
 * layer, structured palpation, sources, outline and trigger points (position, essential and
 * spillover zones, frequency, disputed areas), the right side as written and the left made
 * by mirroring. */
#include "body/atlas_read.h"

#include <lauxlib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

bool landmark_known(const Atlas *a, const char *id)
{
    for (int i = 0; i < a->nlandmarks; i++)
        if (a->landmarks[i].id && !strcmp(a->landmarks[i].id, id))
            return true;
    return false;
}

/* palpation = { position =, technique =, landmarks = { ids }, steps = { "..." } } (a muscle's
 * may also hold text = "prose"). The table is at the top of the stack. */
static void read_palpation(Loader *ld, lua_State *L, int t, bool allow_text, const char *what, int line,
                           AtlasPalpation *p, char **text)
{
    static const char *const keys_m[] = {"text", "position", "technique", "landmarks", "steps", NULL};
    char w[300];
    LD_CAT(w, what, ": palpation");
    check_keys(ld, L, t, allow_text ? keys_m : keys_m + 1, w, line);
    if (allow_text)
        get_string(ld, L, t, "text", true, w, line, text);
    get_enum(ld, L, t, "position", ATLAS_WORDS_POSITION, w, line, &p->position);
    get_enum(ld, L, t, "technique", ATLAS_WORDS_TECHNIQUE, w, line, &p->technique);
    get_string_list(ld, L, t, "landmarks", false, w, line, &p->landmarks, &p->nlandmarks);
    for (int i = 0; i < p->nlandmarks; i++)
        if (!landmark_known(ld->a, p->landmarks[i]))
            ld_error(ld, line, "%s: landmark '%s' is not a landmark id of body.lua", w, p->landmarks[i]);
    get_string_list(ld, L, t, "steps", false, w, line, &p->steps, &p->nsteps);
}

static void palpation_init(AtlasPalpation *p)
{
    memset(p, 0, sizeof *p);
    p->position = p->technique = -1;
}

static void palpation_inherit(lua_State *L, AtlasPalpation *tp, const AtlasPalpation *m)
{
    if (tp->position < 0)
        tp->position = m->position;
    if (tp->technique < 0)
        tp->technique = m->technique;
    if (!tp->nlandmarks && m->nlandmarks) {
        tp->landmarks = ld_calloc(L, (size_t)m->nlandmarks, sizeof *tp->landmarks);
        for (int i = 0; i < m->nlandmarks; i++)
            tp->landmarks[tp->nlandmarks++] = ld_strdup(L, m->landmarks[i]);
    }
    if (!tp->nsteps && m->nsteps) {
        tp->steps = ld_calloc(L, (size_t)m->nsteps, sizeof *tp->steps);
        for (int i = 0; i < m->nsteps; i++)
            tp->steps[tp->nsteps++] = ld_strdup(L, m->steps[i]);
    }
}

static bool trp_id_taken(const Atlas *a, const char *id)
{
    int seen = 0;
    for (int i = 0; i < a->nmuscles; i++)
        for (int k = 0; k < a->muscles[i].ntrps; k++)
            if (a->muscles[i].trps[k].id && !strcmp(a->muscles[i].trps[k].id, id))
                seen++;
    return seen > 0;
}

static bool area_known(const Atlas *a, const char *id)
{
    for (int i = 0; i < a->nareas; i++)
        if (a->areas[i].id && !strcmp(a->areas[i].id, id))
            return true;
    return false;
}

/* "prone, supine, side_lying or seated": the words of a set, for a message */
static const char *words_list(AtlasWords set, char *buf, size_t len)
{
    int n;
    const char *const *w = atlas_words(set, &n);
    buf[0] = '\0';
    for (int i = 0; i < n; i++)
        snprintf(buf + strlen(buf), len - strlen(buf), "%s%s", i == 0 ? "" : i == n - 1 ? " or " : ", ", w[i]);
    return buf;
}

/* A required word field (layer, frequency): an error naming the choices when it is absent. */
static void require_word(Loader *ld, lua_State *L, int t, const char *k, AtlasWords set, const char *what, int line)
{
    char list[160];
    if (raw_field(L, t, k) == LUA_TNIL)
        ld_error(ld, line, "%s: missing '%s' (%s)", what, k, words_list(set, list, sizeof list));
    lua_pop(L, 1);
}

static void read_trp(Loader *ld, lua_State *L, int t, AtlasMuscle *m, int index)
{
    Atlas *a = ld->a;
    char *id = read_id(ld, L, t, "trigger point", index);
    if (id && trp_id_taken(a, id)) {
        ld_error(ld, ld_line_ex(ld, id, true, NULL, NULL), "muscle '%s': duplicate trigger point id '%s'",
                 m->id ? m->id : "?", id);
    }
    AtlasTrp *tp = &m->trps[m->ntrps++];
    tp->id = id;
    int line = ld_line(ld, id, NULL, NULL);
    tp->line = ld_line_of(ld, line);
    char what[200];
    LD_CAT(what, "muscle '", m->id ? m->id : "?", "', trigger point '", id ? id : "?", "'");
    static const char *const keys[] = {"id", "name", "at", "essential", "spillover", "note", "disputed",
                                       "frequency", "palpation", NULL};
    check_keys(ld, L, t, keys, what, line);
    int freq = FREQ_COMMON;
    require_word(ld, L, t, "frequency", ATLAS_WORDS_FREQUENCY, what, ld_line(ld, id, "frequency", NULL));
    get_enum(ld, L, t, "frequency", ATLAS_WORDS_FREQUENCY, what, ld_line(ld, id, "frequency", NULL), &freq);
    tp->frequency = (AtlasFrequency)freq;
    palpation_init(&tp->palp);
    int pty = raw_field(L, t, "palpation");
    if (pty == LUA_TTABLE)
        read_palpation(ld, L, lua_gettop(L), false, what, ld_line(ld, id, "palpation", NULL), &tp->palp, NULL);
    else if (pty != LUA_TNIL)
        ld_error(ld, ld_line(ld, id, "palpation", NULL), "%s: 'palpation' must be a table { position = ..., technique = ..., landmarks = {...}, steps = {...} }, got %s",
                 what, lua_typename(L, pty));
    lua_pop(L, 1);
    palpation_inherit(L, &tp->palp, &m->palp);
    /* a palpation question needs both: the trigger point's own or its muscle's */
    char list[160];
    int pline = pty == LUA_TTABLE ? ld_line(ld, id, "palpation", NULL) : line;
    if (tp->palp.position < 0)
        ld_error(ld, pline, "%s: no palpation position: give the muscle's palpation table or the trigger point's "
                 "own a 'position' (%s)", what, words_list(ATLAS_WORDS_POSITION, list, sizeof list));
    if (tp->palp.technique < 0)
        ld_error(ld, pline, "%s: no palpation technique: give the muscle's palpation table or the trigger point's "
                 "own a 'technique' (%s)", what, words_list(ATLAS_WORDS_TECHNIQUE, list, sizeof list));
    if (!get_string(ld, L, t, "name", false, what, line, &tp->name) || !tp->name) {
        char def[32];
        snprintf(def, sizeof def, "TrP%d", index);
        if (!tp->name)
            tp->name = ld_strdup(L, def);
    }
    get_string(ld, L, t, "note", false, what, line, &tp->note);
    get_string_list(ld, L, t, "disputed", false, what, ld_line(ld, id, "disputed", NULL), &tp->disputed, &tp->ndisputed);
    for (int i = 0; i < tp->ndisputed; i++)
        if (ld->have_areas && !area_known(a, tp->disputed[i]))
            ld_error(ld, ld_line(ld, id, "disputed", NULL), "%s: disputed area '%s' is not an area id in areas.lua",
                     what, tp->disputed[i]);
    int nat = read_view_points(ld, L, t, "at", what, id, tp->has_at, tp->at);
    if (nat == 0)
        ld_error(ld, line, "%s: no position: give 'at' with at least one view, e.g. at = { posterior = { x, y } }", what);
    int ness = read_view_shapes(ld, L, t, "essential", true, m->midline, what, id, tp->essential[SIDE_RIGHT]);
    if (ness == 0)
        ld_error(ld, line, "%s: no essential zone: give 'essential' with polygons in at least one view", what);
    read_view_shapes(ld, L, t, "spillover", true, m->midline, what, id, tp->spillover[SIDE_RIGHT]);
    expand_points(tp->has_at, tp->at, m->midline);
    expand_sides(L, tp->essential, m->midline);
    expand_sides(L, tp->spillover, m->midline);
}

static void read_muscle(Loader *ld, lua_State *L, int t, AtlasMuscle *m, int index)
{
    Atlas *a = ld->a;
    m->id = read_id(ld, L, t, "muscle", index);
    const char *id = m->id;
    int line = ld_line(ld, id, NULL, NULL);
    m->line = ld_line_of(ld, line);
    m->file = ld_strdup(L, ld->rel);
    for (int k = 0; id && k < a->nmuscles - 1; k++)
        if (a->muscles[k].id && !strcmp(a->muscles[k].id, id))
            ld_error(ld, ld_line_ex(ld, id, true, NULL, NULL), "duplicate muscle id '%s' (also in %s:%d)", id,
                     a->muscles[k].file, a->muscles[k].line);
    char what[128];
    LD_CAT(what, "muscle '", id ? id : "?", "'");
    static const char *const keys[] = {"id", "name", "region", "palpation", "sources", "outline", "trps", "midline",
                                       "layer", "fibres", NULL};
    check_keys(ld, L, t, keys, what, line);
    get_string(ld, L, t, "name", true, what, line, &m->name);
    if (get_string(ld, L, t, "region", true, what, ld_line(ld, id, "region", NULL), &m->region) && m->region) {
        bool known = false;
        char list[512] = "";
        for (int i = 0; i < a->nregions; i++) {
            known = known || !strcmp(a->regions[i], m->region);
            strncat(list, i ? ", " : "", sizeof list - strlen(list) - 1);
            strncat(list, a->regions[i], sizeof list - strlen(list) - 1);
        }
        if (!known)
            ld_error(ld, ld_line(ld, id, "region", NULL), "%s: unknown region '%s' (body.lua regions: %s)", what,
                     m->region, list);
    }
    int layer = LAYER_SUPERFICIAL;
    require_word(ld, L, t, "layer", ATLAS_WORDS_LAYER, what, ld_line(ld, id, "layer", NULL));
    get_enum(ld, L, t, "layer", ATLAS_WORDS_LAYER, what, ld_line(ld, id, "layer", NULL), &layer);
    m->layer = (AtlasLayer)layer;
    /* palpation: prose, or a table with the prose as `text` and the structured fields */
    palpation_init(&m->palp);
    int pline = ld_line(ld, id, "palpation", NULL);
    if (raw_field(L, t, "palpation") == LUA_TTABLE) {
        read_palpation(ld, L, lua_gettop(L), true, what, pline, &m->palp, &m->palpation);
        lua_pop(L, 1);
    } else {
        lua_pop(L, 1);
        get_string(ld, L, t, "palpation", true, what, pline, &m->palpation);
    }
    get_string_list(ld, L, t, "sources", true, what, ld_line(ld, id, "sources", NULL), &m->sources, &m->nsources);
    get_bool(ld, L, t, "midline", what, line, &m->midline);
    read_view_shapes(ld, L, t, "outline", true, m->midline, what, id, m->outline[SIDE_RIGHT]);
    /* fibres: guide lines drawn inside the outline, so only in a view that has one */
    if (read_view_shapes(ld, L, t, "fibres", false, m->midline, what, id, m->fibres[SIDE_RIGHT]) > 0)
        for (int i = 0; i < NWRITTEN; i++) {
            View v = written_views[i];
            if (m->fibres[SIDE_RIGHT][v].count && !m->outline[SIDE_RIGHT][v].count)
                ld_error(ld, ld_line(ld, id, "fibres", atlas_view_name(v)),
                         "%s: 'fibres' in view '%s', where the muscle has no outline", what, atlas_view_name(v));
        }
    expand_sides(L, m->outline, m->midline);
    expand_sides(L, m->fibres, m->midline);

    int tline = ld_line(ld, id, "trps", NULL);
    if (raw_field(L, t, "trps") == LUA_TNIL) {
        ld_error(ld, line, "%s: missing 'trps' (a list of trigger points)", what);
    } else {
        int ti = lua_gettop(L);
        char w[160];
        LD_CAT(w, what, ": 'trps'");
        int n = check_list(ld, L, ti, w, tline);
        if (n == 0)
            ld_error(ld, tline, "%s: 'trps' is empty: give at least one trigger point", what);
        if (n > 0)
            m->trps = ld_calloc(L, (size_t)n, sizeof *m->trps);
        for (int i = 1; i <= n; i++) {
            if (lua_rawgeti(L, ti, i) != LUA_TTABLE)
                ld_error(ld, tline, "%s: trigger point %d must be a table", what, i);
            else
                read_trp(ld, L, lua_gettop(L), m, i);
            lua_pop(L, 1);
        }
    }
    lua_pop(L, 1);
}

void read_muscles(Loader *ld, lua_State *L, int t)
{
    Atlas *a = ld->a;
    static const char *const top[] = {"muscles", NULL};
    check_keys(ld, L, t, top, "the returned table", 1);
    if (raw_field(L, t, "muscles") == LUA_TNIL) {
        ld_error(ld, 1, "missing 'muscles' list");
        lua_pop(L, 1);
        return;
    }
    int idx = lua_gettop(L), n = check_list(ld, L, idx, "'muscles'", 1);
    if (n > 0) {
        AtlasMuscle *grown = realloc(a->muscles, sizeof *a->muscles * (size_t)(a->nmuscles + n));
        if (!grown)
            luaL_error(L, "out of memory");
        a->muscles = grown;
        memset(a->muscles + a->nmuscles, 0, sizeof *a->muscles * (size_t)n);
    }
    for (int i = 1; i <= n; i++) {
        if (lua_rawgeti(L, idx, i) != LUA_TTABLE) {
            ld_error(ld, HINT(ld), "muscle %d: expected a table, got %s", i, luaL_typename(L, -1));
        } else {
            AtlasMuscle *m = &a->muscles[a->nmuscles++];
            read_muscle(ld, L, lua_gettop(L), m, i);
        }
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
}

void atlas_palpation_resolve(Atlas *a)
{
    for (int i = 0; i < a->nmuscles; i++) {
        AtlasMuscle *m = &a->muscles[i];
        if (m->palp.nlandmarks) m->palp.first = atlas_landmark(a, m->palp.landmarks[0]);
        for (int k = 0; k < m->ntrps; k++)
            if (m->trps[k].palp.nlandmarks) m->trps[k].palp.first = atlas_landmark(a, m->trps[k].palp.landmarks[0]);
    }
}
