"""knee_quiz: a quiz built from atlas.trigger_points { area = "knee" } with points, hint and
time_limit per question, always, {prompt}, time_limit_total and ctx.log
(tests/quiz/examples/knee_pain.lua) passes `check` and plays over stdio: log lines, the
question fields, a hint asked for and shown in the result, the score weighted by points, the
choices listed by the hook. `atlas --list --trps --area knee` lists the same trigger points as
text. A round with time_limit_total ends by itself with ended_by "time_limit".
Usage: python3 tests/cli/knee_quiz.py BINARY SCRATCHDIR (from the repository root)"""
import tt

t = tt.Test()
QUIZ = "tests/quiz/examples/knee_pain.lua"
DATA = t.path("data")
atlas = t.atlas()

# check: exit 0, the log line of questions(ctx), no problem
r = t.run("check", QUIZ, env={"XDG_DATA_HOME": t.scratch("xdg")})
t.expect(r, 0, "ok: quiz 'knee-pain'")
t.check(":14: log: trigger points that reach the knee: " in r.out, lambda: "the log line of questions(ctx):\n" + r.out)
t.check(all(": log: " in l for l in r.out.splitlines()), lambda: "only log lines:\n" + r.out)

# the same trigger points as text
r = t.run("atlas", "--list", "--trps", "--area", "knee")
t.expect(r, 0)
listed = [l.split()[:2] for l in r.out.splitlines()[1:-1]]
n_knee = int(r.out.splitlines()[-1].split()[0])
t.check(len(listed) == n_knee >= 10, lambda: "at least 10 knee trigger points listed: %s" % listed)
t.check(["vastus_medialis", "1"] in listed and ["rectus_femoris", "1"] in listed,
        lambda: "vastus medialis 1 and rectus femoris 1 refer to the knee: %s" % listed)
t.check(not any(m == "upper_trapezius" for m, _ in listed), "no neck muscle in the knee list")
t.expect(t.run("atlas", "--list", "--trps", "--area", "kneee"), 2, "no area is named 'kneee'")
t.expect(t.run("atlas", "--list", "--trps", "--muscle", "upper_trapezius"), 0)


def paint_zone(q):
    m, p = atlas.trp(q["trp"]["id"])
    return {"paint": {"view": q["view"], "circles": atlas.cells(p["essential"][q["side"]][q["view"]]["polygons"])}}


# play: the first question asks for its hint, identify answers pick the first choice
s = t.stdio(QUIZ, "--seed", "3", "--data-dir", DATA, stderr=t.path("play.err"))
hinted, asked = False, None
for msg in s:
    if msg["type"] == "question":
        asked = msg
        if not hinted:   # the first question: ask for its hint, answer when it comes
            hinted = True
            s.send({"hint": True})
            continue
    elif msg["type"] != "hint":
        continue
    s.send(paint_zone(asked) if asked["kind"] == "refer" else {"choice": asked["choices"][0]})
rc = s.wait()
L = s.messages
qs = [m for m in L if m["type"] == "question"]
res = [m for m in L if m["type"] == "result"]
logs = [m for m in L if m["type"] == "log"]
hints = [m for m in L if m["type"] == "hint"]
summ = s.summary()
t.check(rc == 0, "play exits 0 (got %s)" % rc)
t.check(lambda: L[0]["type"] == "log" and L[0]["line"] == 14 and "reach the knee" in L[0]["message"],
        lambda: "the first line is questions(ctx)'s log: %s" % L[:1])
t.check(lambda: len(res) == 8 and summ["asked"] == 8, lambda: "8 questions asked (count): %s" % summ)
t.check(lambda: len(logs) == 9, lambda: "a log line per answer and one for questions(ctx): %d" % len(logs))
t.check(lambda: all("ms" in m["message"] for m in logs[1:]), "on_answer logs result.time_ms")
t.check(lambda: all(q["time_limit"] == (45 if q["kind"] == "identify" else 90) for q in qs),
        "each question carries its own time_limit")
t.check(lambda: all(q["has_hint"] is True and "hint" not in q for q in qs), "questions say a hint exists, not what it is")
t.check(lambda: all(0 < q["time_left"] <= 600 for q in qs), "questions carry the round's time left")
t.check(lambda: all("(knee case " in q["prompt"] and q["prompt"].startswith("The client feels pain")
                    for q in qs if q["kind"] == "identify"), "{prompt} keeps the generated text")
t.check(lambda: len(hints) == 1 and hints[0]["n"] == 1 and hints[0]["hint"].startswith(("The muscle lies in the",
                                                                                          "Start at the")),
        lambda: "the hint answers the request: %s" % hints)
t.check(lambda: res[0]["hint_used"] is True and res[0]["hint"] == hints[0]["hint"] and
                ("Hint (asked for): " + hints[0]["hint"]) in res[0]["reveal"],
        lambda: "the first result shows the hint it used: %s" % res[:1])
t.check(lambda: all(r["hint_used"] is False for r in res[1:]), "the other results say no hint was used")
t.check(lambda: any(q["kind"] == "refer" and "vastus_medialis" == q["muscle"] for q in qs),
        "the always question (vastus medialis) is in the round")
wrong = [r for r in res if r["kind"] == "identify" and not r["correct"]]
t.check(lambda: all("The choices were " in r["feedback"] for r in wrong), "a missed identify lists its choices")
weights = [q.get("points", 1) for q in qs]
t.check(lambda: summ["max"] == round(100 * sum(weights)), lambda: "max weighs the points: %s %s" % (summ, weights))
t.check(lambda: summ["score"] == round(sum(r["score"] * w for r, w in zip(res, weights))),
        lambda: "the score weighs the points: %s" % summ)
t.check(lambda: any(w == 2 for w in weights), "common identify questions count double")
t.check(lambda: summ["ended_by"] == "completed", lambda: "ended_by: %s" % summ)

# a hint request where there is none: an error and the same question
plain = t.write("plain.lua", 'return quiz { id = "plain", title = "Plain", questions = { locate { muscle = "scalenes" } } }\n')
s = t.stdio(plain, "--seed", "1", "--data-dir", DATA)
asked = False
for msg in s:
    if msg["type"] == "question" and not asked:
        asked = True
        s.send({"hint": True})
    elif msg["type"] == "question":
        s.send({"skip": True})
s.wait()
kinds = [m["type"] for m in s.messages]
t.check(kinds[:3] == ["question", "error", "question"] and "no hint" in s.messages[1]["message"],
        lambda: "no hint: an error, the question again: %s" % s.messages[:3])

# time_limit_total: the round ends by itself when the time is up (no answer is sent)
timed = t.write("timed.lua", """return quiz {
  id = "timed", title = "Timed", time_limit_total = 1,
  questions = { locate { muscle = "scalenes" }, locate { muscle = "masseter" } },
}
""")
s = t.stdio(timed, "--seed", "1", "--data-dir", DATA)
for msg in s:
    pass
rc = s.wait()
summ = s.summary()
t.check(rc == 0 and summ.get("ended_by") == "time_limit" and summ.get("asked") == 0,
        lambda: "the round ends with ended_by time_limit: exit %s, %s" % (rc, summ))
t.finish()
