"""atlas command: --json parses and holds the counts, --list prints one muscle a line,
--dir loads another folder (missing: exit 1 with a message), a bad option exits 2.
Usage: python3 tests/cli/atlas_cli.py BINARY SCRATCHDIR (from the repository root)"""
import json
import re

import tt

t = tt.Test()

# --json: one valid document with the counts
r = t.run("atlas", "--json")
t.check(r.rc == 0, lambda: "atlas --json exited %s (%s)" % (r.rc, r.err[:2000]))
try:
    d = json.loads(r.out)
    t.ok()
except ValueError:
    d = {}
    t.bad("atlas --json is not valid JSON")
m = len(d.get("muscles", []))
t.check(lambda: m == d["counts"]["muscles"] and m > 0,
        lambda: "muscles: %d listed, counts say %s" % (m, d.get("counts", {}).get("muscles")))
t.check(lambda: sum(len(x["trps"]) for x in d["muscles"]) == d["counts"]["trigger_points"],
        "trigger points listed differ from the counts")
t.check(lambda: len(d["areas"]) == d["counts"]["areas"], "areas listed differ from the counts")
t.check(lambda: sorted(d["views"]) == sorted(["anterior", "posterior", "lateral_right", "lateral_left", "foot_plantar",
                                             "leg_medial", "hand_palmar", "hand_dorsal"]),
        lambda: "views: %s" % ",".join(d.get("views", {})))
# a regional view: the right side (x < 0 on the sole) and its mirror
t.check(lambda: len(d["views"]["foot_plantar"]["silhouette"]) == 2 and d["views"]["foot_plantar"]["regional"] and
        max(p[0] for p in d["views"]["foot_plantar"]["silhouette"][0]) < 0 and
        d["views"]["foot_plantar"]["right_side"] == "x<0", "foot_plantar: not two feet with the right at x < 0")
t.check(lambda: all(set(p["essential"]) == {"right", "left"} and
                    all("polygons" in z and "areas" in z for s in p["essential"].values() for z in s.values())
                    for x in d["muscles"] for p in x["trps"]),
        "zones lack right/left, polygons or areas")
t.check(lambda: len(d["views"]["posterior"]["silhouette"][0]) >= 3, "no posterior silhouette")
# the v2 fields: a layer per muscle, per trigger point a frequency and a palpation position and technique
t.check(lambda: all(x["layer"] in ("superficial", "intermediate", "deep") for x in d["muscles"]),
        lambda: "muscles without a layer: %s" % [x["id"] for x in d["muscles"] if "layer" not in x])
t.check(lambda: all(p["frequency"] in ("common", "occasional", "rare") for x in d["muscles"] for p in x["trps"]),
        "trigger points without a frequency")
t.check(lambda: all(p["palpation"]["position"] in ("prone", "supine", "side_lying", "seated") and
                    p["palpation"]["technique"] in ("flat", "pincer") for x in d["muscles"] for p in x["trps"]),
        lambda: "trigger points without a palpation position or technique: %s" %
        [p["id"] for x in d["muscles"] for p in x["trps"] if not p.get("palpation", {}).get("technique")])
# ... and the rest of its palpation (issue 17): landmarks to find first, each one the atlas places
# in some view, and two to five steps in words; every muscle names its sources
placed = {lm["id"] for v in d.get("views", {}).values() for lm in v.get("landmarks", [])}


def palpation_gaps(p):
    pp = p.get("palpation", {})
    gaps = [l for l in pp.get("landmarks", []) if l not in placed]
    if not pp.get("landmarks"):
        gaps.append("no landmark")
    steps = pp.get("steps", [])
    if not 2 <= len(steps) <= 5 or any(len(s.strip()) < 10 for s in steps):
        gaps.append("%d steps" % len(steps))
    return gaps


t.check(lambda: all(not palpation_gaps(p) for x in d["muscles"] for p in x["trps"]),
        lambda: "trigger points with incomplete palpation: %s" %
        [(p["id"], palpation_gaps(p)) for x in d["muscles"] for p in x["trps"] if palpation_gaps(p)][:10])
t.check(lambda: all(any(re.search(r"Travell|Simons|Donnelly|Davies|Finando|NAMTPT", s) for s in x["sources"])
                    for x in d["muscles"]),
        lambda: "muscles naming no standard reference: %s" %
        [x["id"] for x in d["muscles"] if not any("Travell" in s or "Simons" in s for s in x.get("sources", []))])

# --list: a header, one line per muscle, a total
r = t.run("atlas", "--list")
t.check(r.rc == 0, "atlas --list exited %s" % r.rc)
lines = r.out.splitlines()
t.check(lines and lines[0].startswith("muscle"), "atlas --list has no header")
t.check(len(lines) - 2 == m, "atlas --list has %d muscle lines, JSON has %d" % (len(lines) - 2, m))
t.check(lines and re.search(r"muscles, .* trigger points", lines[-1]), "atlas --list has no total")

# --dir: a missing folder is a load error (exit 1) with a message
r = t.run("atlas", "--json", "--dir", t.path("no-such-atlas"))
t.check(r.rc == 1, "missing --dir exited %s, want 1" % r.rc)
t.check("no-such-atlas" in r.err, "missing --dir message: " + r.err)
t.check(r.out == "", "missing --dir wrote to stdout")

# --dir: a small valid atlas, and a broken one with its file:line
small = t.scratch("small")
t.write("small/body.lua", """return {
  regions = { "neck" },
  views = {
    anterior = { silhouette = { { 0,170, -20,150, -20,0, 0,0, half = true } } },
    posterior = { silhouette = { { 0,170, 20,150, 20,0, 0,0, half = true } } },
    lateral_right = { silhouette = { { -10,0, 10,0, 10,170, -10,170 } } },
  },
}
""")
neck = """return { muscles = {
  { id = "upper_trapezius", name = "Upper trapezius", region = "neck", layer = "superficial",
    palpation = { text = "Patient prone; pinch the free border.", position = "prone", technique = "pincer" },
    sources = { "A book" },
    outline = { posterior = { { 2,140, 15,140, 15,146, 2,146 } } },
    trps = { { id = "upper_trapezius_1", frequency = "common", at = { posterior = { 10, 143 } },
               essential = { posterior = { { 8,140, 12,140, 12,146, 8,146 } } } } } },
} }
"""
t.write("small/muscles/neck.lua", neck)
r = t.run("atlas", "--list", "--dir", small)
t.check(r.rc == 0 and re.search(r"^upper_trapezius .* 1 ", r.out + r.err, re.M), "atlas --dir small: " + r.out + r.err)
t.write("small/muscles/neck.lua", neck.replace('layer = "superficial",', ''))
r = t.run("atlas", "--list", "--dir", small)
t.check(r.rc == 1 and re.search(r"muscles/neck.lua:2: .*missing 'layer'", r.err),
        "muscle without a layer: rc %s, %s" % (r.rc, r.err))
t.write("small/muscles/neck.lua", neck.replace('region = "neck"', 'region = "tail"'))
r = t.run("atlas", "--list", "--dir", small)
t.check(r.rc == 1 and re.search(r"muscles/neck.lua:2: .*unknown region 'tail'", r.err),
        "broken --dir: rc %s, %s" % (r.rc, r.err))

# usage errors exit 2
r = t.run("atlas", "--bogus")
t.check(r.rc == 2 and "bogus" in r.err, "unknown option exited %s" % r.rc)
r = t.run("atlas", "--dir")
t.check(r.rc == 2, "--dir without a folder exited %s" % r.rc)
r = t.run("atlas", "--json", "--list")
t.check(r.rc == 2, "--json --list exited %s" % r.rc)

t.finish()
