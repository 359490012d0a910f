"""play_stdio: `trigger-trainer play QUIZ --stdio` end to end. A bot answers from
`atlas --json` and the questions' own facts: a perfect round scores 100 %, a far-off one
0 %; malformed answers get an error line and the same question; EOF mid-round keeps the
answers given; a failing hook ends the round with its message; every answer is saved.
Usage: python3 tests/cli/play_stdio.py BINARY SCRATCHDIR (from the repository root)"""
import json

import tt
from tt import pairs

t = tt.Test()
DATA = t.path("data")
DB = t.path("data", "scores.sqlite3")
GOOD = "tests/quiz/good"
atlas = t.atlas()


def muscle_with_zone(q):
    """identify: the muscle whose essential zone is the one shown."""
    want = [pairs(p) for p in q["zone"]["essential"]]
    for m in atlas.d["muscles"]:
        for p in m["trps"]:
            polys = p["essential"].get(q["side"], {}).get(q["view"], {}).get("polygons", [])
            if len(polys) == len(want) and all(
                    len(a) == len(b) and all(abs(u[0] - v[0]) < 0.02 and abs(u[1] - v[1]) < 0.02 for u, v in zip(a, b))
                    for a, b in zip(polys, want)):
                return m["id"]
    raise KeyError("no muscle with that zone")


def muscle_at(q):
    """name: the muscle among the choices with a trigger point where the question shows one."""
    for m in atlas.d["muscles"]:
        for p in m["trps"]:
            at = p["positions"].get(q["side"], {}).get(q["view"])
            if at and abs(at[0] - q["trp"]["x"]) < 0.02 and abs(at[1] - q["trp"]["y"]) < 0.02 and m["id"] in q["choices"]:
                return m["id"]
    raise KeyError("no muscle with a trigger point there")


def perfect(q):
    k = q["kind"]
    if k == "locate":
        at = atlas.position(q["muscle"], q["side"], q["view"])
        return {"click": {"view": q["view"], "x": at[0], "y": at[1]}}
    if k == "refer":
        # the zone in every view the question shows (the multi-view form)
        m, p = atlas.trp(q["trp"]["id"])
        ess = p["essential"][q["side"]]
        return {"paint": {"views": {v: atlas.cells(ess[v]["polygons"]) if v in ess else [] for v in q["views"]}}}
    if k == "identify":
        return {"choice": muscle_with_zone(q)}
    return {"choice": muscle_at(q)}


def far(q):
    k = q["kind"]
    if k == "locate":
        return {"click": {"view": q["view"], "x": 0, "y": 5}}
    if k == "refer":
        return {"paint": {"view": q["view"], "circles": [[0, 3, 1.5]]}}
    right = muscle_with_zone(q) if k == "identify" else muscle_at(q)
    return {"choice": [c for c in q["choices"] if c != right][0]}


def bot(name, mode, quiz, *args):
    """Plays quiz over stdio. Modes: perfect, far, malformed (four bad lines first), eof2
    (two answers then EOF), skip. Returns (exit status, messages); a crash of the bot is a
    failure and returns (None, [])."""
    try:
        s = t.stdio(quiz, *args, "--quiz-dir", GOOD, "--data-dir", DATA, stderr=t.path(name + ".err"))
        answered = 0
        bad_lines = ['garbage', '{"click":{}}', '{"choice":"masseter","skip":true}',
                     '{"paint":{"view":"anterior","circles":[[1]]}}']
        for msg in s:
            if msg["type"] != "question":
                continue
            if mode == "eof2" and answered == 2:
                s.close()
                continue
            if mode == "malformed" and bad_lines:
                s.send(bad_lines.pop(0))
            else:
                s.send(perfect(msg) if mode in ("perfect", "eof2") else far(msg) if mode == "far" else {"skip": True})
                answered += 1
        return s.wait(), s.messages
    except Exception as e:
        t.bad("bot %s crashed: %s: %s" % (name, type(e).__name__, e))
        return None, []


def of(L, kind):
    return [m for m in L if m["type"] == kind]


def summary(L):
    s = of(L, "summary")
    return s[-1] if s else {}


def saved(query):
    return "|".join(str(v) for v in t.sql(DB, query)[0])


# 1. perfect round: every kind of question, answered from the atlas
rc, L = bot("perfect", "perfect", "test-basic", "--seed", "5", "--player", "perfect")
s = summary(L)
t.check(lambda: rc == 0 and s.get("percent") == 100 and s.get("max") == 500, "perfect round scores 100 %")
t.check(lambda: all(m["score"] == 100 and m["correct"] for m in of(L, "result")), "every perfect answer scores 100")
t.check(lambda: [m["kind"] for m in of(L, "question")] == ["locate", "refer", "identify", "name", "locate"],
        "question kinds in order")
t.check(lambda: all(k in m for m in of(L, "question") for k in ("n", "of", "kind", "prompt", "view", "views", "side")),
        "questions carry n, of, kind, prompt, view, views, side")
t.check(lambda: all(m["views"][0] == m["view"] for m in of(L, "question")), "view is the first of views")
t.check(lambda: of(L, "question")[1]["views"][:1] == ["posterior"] and len(of(L, "question")[1]["views"]) >= 2 and
        "posterior" in of(L, "question")[1]["trp"]["at"], "the refer question shows every view of its pattern")
t.check(lambda: of(L, "result")[1]["areas"] and all(a["verdict"] == "found" for a in of(L, "result")[1]["areas"]) and
        of(L, "result")[1]["found_percent"] == 100 and of(L, "result")[1]["overshoot_percent"] == 0,
        "a perfect refer answer finds every area")
t.check(lambda: "Found 100 % \u2212 overshoot 0 % = 100." in of(L, "result")[1]["feedback"], "refer feedback shows its sum")
t.check(lambda: "client's right upper trapezius" in L[0]["prompt"] and L[0]["muscle"] == "upper_trapezius",
        "prompt names the client's side")
t.check(lambda: "muscle" not in of(L, "question")[2] and len(of(L, "question")[2]["choices"]) == 4,
        "identify hides the muscle and offers 4 choices")
t.check(lambda: isinstance(s.get("round_id"), int), "summary has a round_id")
rid = s.get("round_id")
t.check(lambda: saved("SELECT count(*) FROM answers WHERE round_id = %d AND score = 100" % rid) == "5",
        "perfect answers saved")
t.check(lambda: saved("SELECT total || '/' || max FROM rounds WHERE id = %d" % rid) == "500/500", "round total saved")
t.check(lambda: all(m.get("reveal") for m in of(L, "result")) and
        "The trigger point lies" in of(L, "result")[0]["reveal"], "results carry the reveal in words")
t.check(lambda: saved("SELECT answer FROM answers WHERE round_id = %d AND n = 1" % rid).startswith('{"click":{"view":')
        and json.loads(saved("SELECT answer FROM answers WHERE round_id = %d AND n = 3" % rid)) ==
        {"choice": of(L, "result")[2]["answer"]}, "answers are saved in their canonical form, not as sent")
t.check(lambda: list(json.loads(saved("SELECT answer FROM answers WHERE round_id = %d AND n = 2" % rid))["paint"]["views"])
        == of(L, "question")[1]["views"], "multi-view paint is saved per view")

# 2. the same round answered far off scores 0
rc, L = bot("far", "far", "test-basic", "--seed", "5", "--player", "far")
s = summary(L)
t.check(lambda: rc == 0 and s.get("percent") == 0 and s.get("score") == 0 and s.get("max") == 500,
        "far-off round scores 0 %")
t.check(lambda: of(L, "result")[0].get("distance_cm", 0) > 100, "locate result has distance_cm")
t.check(lambda: "areas_missed" in of(L, "result")[1], "refer result lists areas")
t.check(lambda: of(L, "result")[2]["answer"] != "" and not of(L, "result")[2]["correct"],
        "identify result names the answer")

# 3. malformed answers: an error line, then the same question again
rc, L = bot("malformed", "malformed", "test-basic", "--seed", "5", "--player", "malformed")
s = summary(L)
t.check(lambda: [m["type"] for m in L[:9]] == ["question", "error"] * 4 + ["question"],
        "each malformed answer gets an error and the question again")
t.check(lambda: all(m["n"] == 1 for m in L[:9] if m["type"] == "question") and s.get("asked") == 5,
        "the same question, then the round goes on")

# 4. EOF after two answers: the round ends, both answers are saved
rc, L = bot("eof", "eof2", "test-basic", "--seed", "5", "--player", "eof")
s = summary(L)
t.check(lambda: rc == 0 and s.get("asked") == 2 and s.get("score") == 200, "EOF ends the round with a summary")
t.check(lambda: saved("SELECT count(*) FROM answers WHERE round_id = %d" % s["round_id"]) == "2",
        "answers before EOF saved")

# 5. a failing hook ends the round with its message; answers so far stay saved
rc, L = bot("hook", "skip", "test-hook-error", "--seed", "1", "--player", "hook")
s = summary(L)
t.check(lambda: rc == 1 and any(m["type"] == "error" and m.get("fatal") and
                                "hook_error.lua:12: on_answer broke on purpose" in m["message"] for m in L),
        "hook error reported")
t.check(lambda: s.get("asked") == 2 and "broke on purpose" in s.get("error", ""), "summary after a hook error")
t.check(lambda: saved("SELECT count(*) FROM answers WHERE round_id = %d" % s["round_id"]) == "2",
        "answers before the hook error saved")

# 6. the same seed asks the same questions; a file path works as QUIZ
g1 = t.run("play", "tests/quiz/good/generated.lua", "--stdio", "--seed", "9", "--data-dir", DATA).out
g2 = t.run("play", "test-generated", "--quiz-dir", GOOD, "--stdio", "--seed", "9", "--data-dir", DATA).out
t.check(g1 and g1.splitlines()[0] == (g2.splitlines() or [""])[0], "same seed, same first question (file path and id)")

# 7. exit codes
t.check(t.run("play", "no-such-quiz", "--stdio", "--data-dir", DATA).rc == 1, "unknown quiz exits 1")
t.check(t.run("play", "test-basic", "--data-dir", DATA).rc == 2, "play without --stdio exits 2")
t.check(t.run("play", "test-basic", "--stdio", "--seed", "banana").rc == 2, "bad seed exits 2")

# 8. review: built from what the player answered
r = t.run("play", "review", "--stdio", "--player", "far", "--seed", "3", "--data-dir", DATA, input='{"skip":true}\n' * 3)


def review_ok():
    L = [json.loads(l) for l in r.out.splitlines()]
    return of(L, "question") and of(L, "summary") and of(L, "summary")[0]["quiz"] == "review"


t.check(review_ok, lambda: "review round from the player's answers\n" + r.err)

# 8. regional views and the side view's arm: the instep pattern painted on the sole (right foot
# at x < 0, left foot its mirror), and two side-view questions about what lies under the arm
rc, L = bot("regional", "perfect", "test-regional", "--seed", "3", "--player", "regional")
s = summary(L)
qs, rs = of(L, "question"), of(L, "result")
t.check(lambda: rc == 0 and s.get("percent") == 100, lambda: "regional round scores 100 %% (%s)" % s)
t.check(lambda: [q["view"] for q in qs] == ["foot_plantar", "foot_plantar", "lateral_right", "lateral_right"],
        "questions in the sole and side views")
t.check(lambda: "sole of the foot" in qs[0]["prompt"], lambda: "the prompt names the sole: " + qs[0]["prompt"])
t.check(lambda: [q.get("arm_hidden", False) for q in qs] == [False, False, True, True],
        "the side-view questions under the arm hide it, the others say nothing")
t.check(lambda: "right instep" in rs[0]["areas_hit"],
        lambda: "the sole's refer result names the right instep: %s" % rs[0].get("areas_hit"))
t.check(lambda: all(x < 0 for p in qs[1]["zone"]["essential"] for x in p[0::2]) is False and
        all(x > 0 for p in qs[1]["zone"]["essential"] for x in p[0::2]),
        "the left foot's zone is the mirror, at x > 0")
names = rs[2]["areas_hit"]
t.check(lambda: "right lateral chest" in names and not any("arm" in n or "shoulder" in n for n in names),
        lambda: "serratus under the hidden arm names the chest, not the arm: %s" % names)

t.finish()
