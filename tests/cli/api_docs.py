"""api_docs: the quiz API reference (docs/quiz-api.md) and the LuaCATS annotations
(scripts/annotations/quiz-api.lua) name every field the program takes. The program's own lists
come from `check`: a misspelt field is answered with "fields: ...", for quiz{} and each kind.
Usage: python3 tests/cli/api_docs.py BINARY SCRATCHDIR (from the repository root)"""
import re

import tt

t = tt.Test()
doc = open("docs/quiz-api.md").read()
cats = open("scripts/annotations/quiz-api.lua").read()
kinds = ["locate", "refer", "identify", "name", "palpate"]
body = "\n".join('    %s { muscle = "upper_trapezius", zzzz = 1 },' % k for k in kinds)
f = t.write("fields.lua", 'return quiz {\n  id = "f", title = "F", zzzz = 1,\n  questions = {\n%s\n  },\n}\n' % body)
r = t.run("check", "-q", f)
t.expect(r, 1, what="check of a file with an unknown field in every constructor")
lists = dict(re.findall(r"unknown field 'zzzz' in (\w+) \(fields: ([^)]*)\)", r.out))
t.check(sorted(lists) == sorted(kinds + ["quiz"]), lambda: "a field list for quiz{} and every kind: %s" % r.out)
for what, fields in sorted(lists.items()):
    for field in fields.split(", "):
        if field == "repeat":   # the keyword spelling of repeats, documented with it
            continue
        t.check("`%s`" % field in doc, "docs/quiz-api.md does not name %s's field `%s`" % (what, field))
        t.check(re.search(r"---@field %s\??\s" % re.escape(field), cats),
                "quiz-api.lua has no ---@field %s (%s)" % (field, what))
for fn in ("trigger_points", "muscles", "muscle", "regions"):
    t.check("atlas.%s" % fn in doc and "function atlas.%s(" % fn in cats, "atlas.%s in both" % fn)
for fn in ("random", "shuffle", "pick", "log"):
    t.check("ctx.%s" % fn in doc and "function Ctx.%s(" % fn in cats, "ctx.%s in both" % fn)
t.finish()
