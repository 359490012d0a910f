/* atlas_bones: the reader of bones.lua (docs/atlas-format.md): the bones and bony parts that
 * palpation uses, each with the landmark ids it carries, filled outlines and stroked lines
 * (ridges, borders, crests) per view, the right side as written and the left mirrored; a
 * midline bone (the sacrum) is written whole. Charts draw them faintly under the muscles. */
#include "body/atlas_read.h"

#include <lauxlib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void read_bone(Loader *ld, lua_State *L, int t, AtlasBone *b, int index)
{
    Atlas *a = ld->a;
    b->id = read_id(ld, L, t, "bone", index);
    const char *id = b->id;
    b->line = ld_line_of(ld, ld_line(ld, id, NULL, NULL));
    char what[128];
    LD_CAT(what, "bone '", id ? id : "?", "'");
    static const char *const keys[] = {"id", "name", "landmarks", "outline", "lines", "midline", NULL};
    check_keys(ld, L, t, keys, what, b->line);
    for (int k = 0; id && a->bones + k < b; k++)
        if (a->bones[k].id && !strcmp(a->bones[k].id, id))
            ld_error(ld, ld_line_ex(ld, id, true, NULL, NULL), "duplicate bone id '%s'", id);
    get_string(ld, L, t, "name", true, what, b->line, &b->name);
    get_bool(ld, L, t, "midline", what, b->line, &b->midline);
    int lline = ld_line(ld, id, "landmarks", NULL);
    get_string_list(ld, L, t, "landmarks", false, what, lline, &b->landmarks, &b->nlandmarks);
    for (int i = 0; i < b->nlandmarks; i++)
        if (!landmark_known(a, b->landmarks[i]))
            ld_error(ld, lline, "%s: landmark '%s' is not a landmark id of body.lua", what, b->landmarks[i]);
    int no = read_view_shapes(ld, L, t, "outline", true, b->midline, what, id, b->outline[SIDE_RIGHT]);
    int nl = read_view_shapes(ld, L, t, "lines", false, b->midline, what, id, b->lines[SIDE_RIGHT]);
    if (no == 0 && nl == 0)
        ld_error(ld, b->line, "%s: nothing to draw: give 'outline' or 'lines' in at least one view", what);
    expand_sides(L, b->outline, b->midline);
    expand_sides(L, b->lines, b->midline);
}

void read_bones(Loader *ld, lua_State *L, int t)
{
    Atlas *a = ld->a;
    static const char *const top[] = {"bones", NULL};
    check_keys(ld, L, t, top, "the returned table", 1);
    if (raw_field(L, t, "bones") == LUA_TNIL) {
        ld_error(ld, 1, "missing 'bones' list");
        lua_pop(L, 1);
        return;
    }
    int idx = lua_gettop(L), n = check_list(ld, L, idx, "'bones'", 1);
    if (n > 0)
        a->bones = ld_calloc(L, (size_t)n, sizeof *a->bones);
    for (int i = 1; i <= n; i++) {
        if (lua_rawgeti(L, idx, i) != LUA_TTABLE)
            ld_error(ld, HINT(ld), "bone %d: expected a table, got %s", i, luaL_typename(L, -1));
        else
            read_bone(ld, L, lua_gettop(L), &a->bones[a->nbones++], i);
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
}
