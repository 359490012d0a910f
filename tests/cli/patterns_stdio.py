"""patterns_stdio: referral patterns over `play --stdio`, every trigger point of the atlas
(up to the round's 200 questions) painted in many ways by a bot: the zone in some of the
question's views, strokes anywhere on the figure, everything. Every refer result names each
area once with one verdict; areas_hit, areas_missed and areas_outside are made from the
verdicts and never share a name; the score is found_percent - overshoot_percent (never below
0) and the feedback says so. The default chooser asks infraspinatus's front-of-shoulder
pattern (its upper trigger points) in most rounds.
Usage: python3 tests/cli/patterns_stdio.py BINARY SCRATCHDIR (from the repository root)"""
import json
import random

import tt

t = tt.Test()
DATA = t.path("data")
atlas = t.atlas()
rng = random.Random(7)


def paint(q, mode):
    m, p = atlas.trp(q["trp"]["id"])
    ess = p["essential"][q["side"]]
    views = {}
    for i, v in enumerate(q["views"]):
        circles = []
        if mode in ("zone", "zone+strokes") and v in ess and (i == 0 or rng.random() < 0.7):
            circles += atlas.cells(ess[v]["polygons"], radius=0.3)
        if mode in ("strokes", "zone+strokes"):
            circles += [[rng.uniform(-30, 30), rng.uniform(0, 170), rng.uniform(0.5, 6)] for _ in range(rng.randint(1, 12))]
        if mode == "everything":
            circles += [[0, 85, 100]]
        if circles:
            views[v] = circles
    if not views:
        views[q["views"][0]] = [[0, 3, 0.5]]
    return {"paint": {"views": views}}


modes = ["zone", "zone+strokes", "strokes", "everything"]
s = t.stdio("tests/quiz/patterns/every_refer.lua", "--seed", "11", "--data-dir", DATA, stderr=t.path("every.err"))
n = 0
for msg in s:
    if msg["type"] == "question":
        s.send(paint(msg, modes[n % len(modes)]))
        n += 1
rc = s.wait()
results = [m for m in s.messages if m["type"] == "result"]
t.check(rc == 0 and len(results) == n and n >= 150, "every question answered (%d)" % n)
twice, crossed, sums, texts, everything = [], [], [], [], []
for r in results:
    labels = [a["area"] for a in r["areas"]]
    if len(labels) != len(set(labels)):
        twice.append(r["n"])
    lists = [set(r["areas_hit"]), set(r["areas_missed"]), set(r["areas_outside"])]
    if lists[0] & lists[1] or lists[0] & lists[2] or lists[1] & lists[2]:
        crossed.append(r["n"])
    derived = [{a["area"] for a in r["areas"] if a["verdict"] in v} for v in (("found", "partly"), ("missed",), ("overshoot",))]
    if derived != lists or any(a["verdict"] not in ("found", "partly", "missed", "overshoot") for a in r["areas"]):
        crossed.append(r["n"])
    if r["score"] != max(0, min(100, r["found_percent"] - r["overshoot_percent"])):
        sums.append(r["n"])
    if "Found %d %% \u2212 overshoot %d %% = %d" % (r["found_percent"], r["overshoot_percent"], r["score"]) not in r["feedback"]:
        texts.append(r["n"])
    if (r["n"] - 1) % len(modes) == 3 and r["score"] > 10:
        everything.append(r["n"])
t.check(not twice, lambda: "no area named twice (results %s)" % twice[:10])
t.check(not crossed, lambda: "no area in two lists, lists follow the verdicts (results %s)" % crossed[:10])
t.check(not sums, lambda: "score = found - overshoot (results %s)" % sums[:10])
t.check(not texts, lambda: "the feedback shows the sum (results %s)" % texts[:10])
t.check(not everything, lambda: "painting everything scores at most 10 (results %s)" % everything[:10])
t.check(sum(len(r["areas"]) for r in results) > 5 * len(results), "verdicts were given")
t.check(any(a["verdict"] == "partly" for r in results for a in r["areas"]) and
        any(a["verdict"] == "overshoot" for r in results for a in r["areas"]), "every kind of verdict occurs")

# the default chooser: infraspinatus's classic pattern in most rounds, with the front view
quiz = t.path("infraspinatus.lua")
with open(quiz, "w") as f:
    f.write('return quiz { id = "inf", title = "inf", questions = { refer { muscle = "infraspinatus" } } }\n')
front = 0
for seed in range(1, 26):
    r = t.run("play", quiz, "--stdio", "--seed", str(seed), "--data-dir", DATA, input='{"skip":true}\n')
    qs = [m for m in map(json.loads, r.out.splitlines()) if m["type"] == "question"]
    if qs and qs[0]["trp"]["id"] != "infraspinatus_3" and "anterior" in qs[0]["views"]:
        front += 1
t.check(front >= 18, "front-of-shoulder pattern in %d of 25 rounds" % front)
t.finish()
