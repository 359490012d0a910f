"""palpate: the fifth kind of question end to end over `play --stdio` (issue 17). Every
trigger point of `atlas --json` has a palpation position and technique and a first landmark
placed where it is drawn; a palpate question carries positions, techniques and the landmark
(never where the trigger point lies); the right position, technique and click score 100,
the wrong position with the right rest 80, each part's score in the result; the answer is
stored in its canonical form; `check` validates palpate{}; the player's palpation answers
become review items that `play review` asks again.
Usage: python3 tests/cli/palpate.py BINARY SCRATCHDIR (from the repository root)"""
import tt

t = tt.Test()
DATA = t.path("data")
DB = t.path("data", "scores.sqlite3")
QUIZ = "tests/quiz/good/palpate.lua"
atlas = t.atlas()
POSITIONS = ["prone", "supine", "side_lying", "seated"]
TECHNIQUES = ["flat", "pincer"]

# 1. the atlas: every trigger point can be asked as a palpation question
trps = [(m, p) for m in atlas.d["muscles"] for p in m["trps"]]
t.check(len(trps) >= 70, "trigger points in atlas --json: %d" % len(trps))
t.check(lambda: [p["id"] for m, p in trps if p["palpation"]["position"] not in POSITIONS] == [],
        "every trigger point has a palpation position")
t.check(lambda: [p["id"] for m, p in trps if p["palpation"]["technique"] not in TECHNIQUES] == [],
        "every trigger point has a palpation technique")


def landmark_views(lid):
    return {v for v, d in atlas.d["views"].items() for l in d["landmarks"] if l["id"] == lid}


def askable(p):
    """A view where the trigger point is drawn and its first landmark placed."""
    lm = p["palpation"]["landmarks"]
    drawn = {v for side in p["positions"].values() for v in side}
    return bool(lm) and bool(drawn & landmark_views(lm[0]))


t.check(lambda: [p["id"] for m, p in trps if not askable(p)] == [],
        "every trigger point's first landmark is placed in a view that draws it")


# 2. playing: the right parts and the wrong position
def right(q):
    m, p = atlas.trp(q["trp"]["id"])
    x, y = p["positions"][q["side"]][q["view"]]
    return {"palpate": {"position": p["palpation"]["position"], "technique": p["palpation"]["technique"],
                        "click": {"view": q["view"], "x": x, "y": y}}}


def wrong_position(q):
    a = right(q)
    a["palpate"]["position"] = next(w for w in POSITIONS if w != a["palpate"]["position"])
    return a


def q_pos(q):
    """The position wrong_position chose, as the feedback says it."""
    return wrong_position(q)["palpate"]["position"].replace("_", "-")


def play(player, answer):
    s = t.stdio(QUIZ, "--player", player, "--data-dir", DATA, "--seed", "4", stderr=t.path(player + ".err"))
    out = []
    for msg in s:
        if msg["type"] == "question":
            out.append([msg])
            s.send(answer(msg))
        elif msg["type"] == "result":
            out[-1].append(msg)
    rc = s.wait()
    return rc, out, s.summary()


rc, rounds, summary = play("ana", right)
t.check(rc == 0 and len(rounds) == 3, "ana played 3 questions: rc %s" % rc)
for q, r in rounds:
    t.check(lambda: q["kind"] == "palpate" and q["positions"] == POSITIONS and q["techniques"] == TECHNIQUES,
            lambda: "the question lists the positions and techniques: %s" % q)
    t.check(lambda: q["landmark"]["id"] == atlas.trp(q["trp"]["id"])[1]["palpation"]["landmarks"][0]
            and isinstance(q["landmark"]["x"], float), lambda: "the question names its first landmark: %s" % q)
    t.check(lambda: "x" not in q["trp"] and "y" not in q["trp"] and q["trp"]["name"],
            lambda: "the question names the trigger point without placing it: %s" % q["trp"])
    t.check(lambda: r["score"] == 100 and r["parts"] == {"position": 20, "technique": 20, "location": 60}
            and r["correct"] and r["verdict"] == "ok", lambda: "right answer scores 100: %s" % r)
    t.check(lambda: r["answer"]["steps"] and r["answer"]["position"] in POSITIONS and "Find the" in r["reveal"],
            lambda: "the result gives the steps and the way from the landmark: %s" % r)
t.check(lambda: summary["percent"] == 100, lambda: "summary %s" % summary)
t.check(lambda: rounds[1][0]["side"] == "left" and rounds[1][0]["tolerance"] == 4.0, "fields as written")

rc, rounds, summary = play("ben", wrong_position)
for q, r in rounds:
    t.check(lambda: r["score"] == 80 and r["parts"] == {"position": 0, "technique": 20, "location": 60},
            lambda: "wrong position, right rest scores 80: %s" % r)
    t.check(lambda: r["feedback"].startswith("Position: %s (you chose %s)." % (r["answer"]["position"].replace("_", "-"),
                                                                           q_pos(q))),
            lambda: "the feedback names both positions: %s" % r["feedback"])


def far_pincer(q):
    a = right(q)
    a["palpate"]["technique"] = "pincer" if a["palpate"]["technique"] == "flat" else "flat"
    a["palpate"]["click"]["y"] -= 40
    return a


rc, rounds, summary = play("cy", far_pincer)
t.check(lambda: all(r["score"] == 20 and r["parts"]["location"] == 0 and r["distance_cm"] >= 39 for q, r in rounds),
        lambda: "right position only: 20 each: %s" % [r for q, r in rounds])

# 3. malformed palpation answers: an error and the same question
s = t.stdio(QUIZ, "--player", "dee", "--data-dir", t.path("bad"), "--seed", "4")
bad = ['{"palpate":{"position":"standing","technique":"flat","click":{"view":"posterior","x":1,"y":140}}}',
       '{"palpate":{"position":"prone","technique":"flat"}}',
       '{"palpate":{"position":"prone","technique":"flat","click":{"view":"posterior","x":1,"y":140},"paint":1}}',
       '{"choice":"prone"}', '{"click":{"view":"posterior","x":1,"y":140}}', '{"skip":true}']
errors = []
for msg in s:
    if msg["type"] == "question" and bad:
        s.send(bad.pop(0))
    elif msg["type"] == "error":
        errors.append(msg["message"])
        if bad:
            s.send(bad.pop(0))
    elif msg["type"] == "result":
        s.close()
s.wait()
t.check(len(errors) == 5 and "'standing' is not one of the positions" in errors[0] and "needs a click" in errors[1]
        and "takes only" in errors[2] and "answer with a position, a technique and a click" in errors[3],
        lambda: "errors: %s" % errors)

# 4. stored as given: the canonical answer and the result's parts
rows = t.sql(DB, "SELECT a.answer, a.score, a.result FROM answers a JOIN rounds r ON a.round_id = r.id "
             "JOIN players p ON r.player = p.id WHERE p.name = 'ben' ORDER BY a.n")
t.check(lambda: len(rows) == 3 and all(r[0].startswith('{"palpate":{"position":') and r[1] == 80 for r in rows),
        lambda: "ben's answers stored: %s" % rows)
t.check(lambda: all('"parts":{"position":0,"technique":20,"location":60}' in r[2] for r in rows),
        lambda: "stored results: %s" % [r[2] for r in rows])

# 5. review: what cy missed comes back as palpation questions
r = t.run("play", "review", "--stdio", "--player", "cy", "--seed", "2", "--data-dir", DATA,
          input='{"skip":true}\n' * 10)
t.expect(r, 0)
kinds = [m["kind"] for m in map(__import__("json").loads, r.out.splitlines()) if m["type"] == "question"]
t.check(lambda: kinds and set(kinds) == {"palpate"}, lambda: "review asks palpation again: %s" % kinds)
t.check(lambda: t.sql(DB, "SELECT count(*) FROM review WHERE kind = 'palpate'")[0][0] >= 3, "review items")

# 6. check: palpate{} fields are validated like the others
t.write("bad.lua", 'return quiz { id = "bad-palp", title = "Bad", questions = {\n'
        '  palpate { muscle = "upper_trapezius", choices = 3 },\n'
        '  palpate { muscle = "upper_trapezius", trp = 9 },\n'
        '  palpate { muscle = "upper_trapezius", view = "anterior" },\n'
        '  palpate { muscle = "infraspinatus", trp = 1, view = "lateral_right" },\n} }\n')
r = t.run("check", t.path("bad.lua"))
t.expect(r, 1)
said = r.out + r.err
t.check("bad.lua:2: unknown field 'choices' in palpate" in said, lambda: said)
t.check("bad.lua:3: trp 9 is out of range" in said, lambda: said)
t.check("bad.lua:4: upper_trapezius has no trigger point drawn with its first palpation landmark in view anterior"
        in said, lambda: said)
t.expect(t.run("check", QUIZ), 0)
# check plays palpate questions too: a hook that forgets a skipped answer has no parts is found
t.write("hook.lua", 'return quiz { id = "palp-hook", title = "Hook", questions = {\n'
        '  palpate { muscle = "upper_trapezius", trp = 1 },\n},\n'
        '  on_answer = function(ctx, q, result)\n'
        '    return { feedback = "position " .. result.parts.position }\n'
        '  end,\n}\n')
r = t.run("check", t.path("hook.lua"))
t.expect(r, 1)
t.check("hook.lua:5: in on_answer after question 1 (palpate, skipped" in r.out + r.err, lambda: r.out + r.err)
t.write("hook2.lua", open(t.path("hook.lua")).read().replace('"position " .. result.parts.position',
                                                               'result.parts and "position " .. result.parts.position'))
t.expect(t.run("check", t.path("hook2.lua")), 0)

# 7. the atlas API: each muscle's trigger points with their palpation, read-only
t.write("api.lua", """return quiz { id = "api-palp", title = "API", questions = function(ctx)
  local m = atlas.muscle("upper_trapezius")
  local list = {}
  for _, p in ipairs(m.trigger_points) do
    assert(p.palpation.position == "supine" and p.palpation.technique == "pincer", p.id)
    assert(#p.palpation.steps >= 2 and p.palpation.landmarks[1], p.id)
    assert(not pcall(function() p.palpation.position = "prone" end), "read-only")
    if p.frequency == "common" then list[#list + 1] = palpate { muscle = m.id, trp = p.number } end
  end
  return list
end }
""")
r = t.run("play", t.path("api.lua"), "--stdio", "--data-dir", t.path("api"), input='{"skip":true}\n' * 4)
t.expect(r, 0)
t.check(r.out.count('"kind":"palpate"') == 4, lambda: "two common trigger points asked: " + r.out[:400])

# 8. the class report reads a palpation answer's click inside its parts
t.expect(t.run("report", "--out", t.path("report"), DATA), 0)
rows = [l.split(",") for l in open(t.path("report", "answers.csv")).read().splitlines()]
col = rows[0].index("click_x") if rows else 0
kind = rows[0].index("kind") if rows else 0
t.check(lambda: any(r[kind] == "palpate" and r[col] for r in rows[1:]), "answers.csv has palpation clicks")
t.finish()
