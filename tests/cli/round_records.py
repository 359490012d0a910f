"""Round records (design.md section 8): a round stores how it ended. A 10-question quiz with
pass_mark = 70 answered once and then input closed is unfinished, ended by "eof", not
passed, graded over its 10 planned questions, and `scores` says so; the same quiz played
through passes; closing the input before the first answer stores no round; a script error
ends a round as "script_error"; on_finish sees planned, finished, ended_by and passed;
`check` validates pass_mark.
Usage: python3 tests/cli/round_records.py BINARY SCRATCHDIR (from the repository root)"""
import csv
import io
import os

import tt

t = tt.Test()
DATA = t.path("data")
DB = os.path.join(DATA, "scores.sqlite3")
QUIZ = "tests/quiz/records/pass_mark.lua"
atlas = t.atlas()


def play(player, answers, quiz=QUIZ):
    """Plays a round: answers(n, question) gives each answer, or None to close the input
    there. Returns the summary (or {})."""
    s = t.stdio(quiz, "--player", player, "--data-dir", DATA, "--seed", "7", stderr=t.path(player + ".err"))
    for msg in s:
        if msg["type"] == "question":
            a = answers(msg["n"], msg)
            if a is None:
                s.close()
            else:
                s.send(a)
    s.wait()
    return s.summary()


def right(n, q):
    x, y = atlas.position(q["muscle"], q["side"], q["view"])
    return {"click": {"view": q["view"], "x": x, "y": y}}


def rounds():
    return t.sql(DB, "SELECT count(*) FROM rounds")[0][0]


# the must-show: one right answer of ten, then the input closes
s = play("Una", lambda n, q: right(n, q) if n == 1 else None)
t.check(lambda: s["finished"] is False and s["ended_by"] == "eof" and s["passed"] is False,
        lambda: "summary after 1 of 10 and EOF: %s" % s)
t.check(lambda: s["planned"] == 10 and s["asked"] == 1 and s["score"] == 100 and s["max"] == 1000 and s["percent"] == 10,
        lambda: "graded over the planned questions: %s" % s)
t.check(lambda: s["pass_mark"] == 70 and isinstance(s["round_id"], int), lambda: "summary: %s" % s)
t.check(lambda: "finished=false ended_by=eof planned=10 asked=1 percent=10 pass_mark=70 passed=false" in s["feedback"],
        lambda: "on_finish's summary: %s" % s.get("feedback"))
r = t.run("scores", "--data-dir", DATA, "--player", "Una")
t.expect(r, 0)
t.check("unfinished: 1 of 10, eof" in r.out and "100/1000" in r.out and " 10%" in r.out and "passed" not in r.out,
        "scores shows the round unfinished: " + r.out)
rows = list(csv.DictReader(io.StringIO(t.run("scores", "--data-dir", DATA, "--csv", "--player", "Una").out, newline="")))
t.check(lambda: len(rows) == 1 and rows[0]["finished"] == "false" and rows[0]["ended_by"] == "eof" and rows[0]["planned"] == "10"
        and rows[0]["passed"] == "false" and rows[0]["quiz_title"] == "Test: pass mark", lambda: "csv: %s" % rows)
stored = t.sql(DB, "SELECT planned, finished, ended_by, pass_mark, passed, total, max, title, feedback FROM rounds")
t.check(lambda: stored[0][:8] == (10, 0, "eof", 70, 0, 100, 1000, "Test: pass mark") and "ended_by=eof" in stored[0][8],
        lambda: "stored round: %s" % stored)

# closing the input before the first answer stores no round at all
before = rounds()
s = play("Una", lambda n, q: None)
t.check(lambda: s["round_id"] is None and s["asked"] == 0 and s["finished"] is False and s["ended_by"] == "eof",
        lambda: "summary of an empty round: %s" % s)
t.check(rounds() == before, "a round closed before its first answer was stored (%d rounds, were %d)" % (rounds(), before))
s = play("Newcomer", lambda n, q: None)
t.check(t.sql(DB, "SELECT count(*) FROM rounds r JOIN players p ON p.id = r.player WHERE p.name = 'Newcomer'")[0][0] == 0,
        "a new player's empty round was stored")

# played through: 8 right and 2 skipped passes (80 >= 70); all skipped is finished but not passed
s = play("Vic", lambda n, q: right(n, q) if n <= 8 else {"skip": True})
t.check(lambda: s["finished"] is True and s["ended_by"] == "completed" and s["passed"] is True and s["percent"] == 80,
        lambda: "a passing round: %s" % s)
s = play("Wyn", lambda n, q: {"skip": True})
t.check(lambda: s["finished"] is True and s["ended_by"] == "completed" and s["passed"] is False and s["percent"] == 0,
        lambda: "a round of skips: %s" % s)
r = t.run("scores", "--data-dir", DATA)
t.check("passed (70%)" in r.out and "not passed (70%)" in r.out, "scores shows pass marks: " + r.out)

# a quiz without a pass mark: passed is null, never false
s = play("Xan", lambda n, q: {"skip": True}, quiz="tests/quiz/good/basic.lua")
t.check(lambda: s["passed"] is None and "pass_mark" not in s and s["finished"] is True, lambda: "no pass mark: %s" % s)

# a script error ends the round as script_error, unfinished
s = play("Yul", lambda n, q: {"skip": True}, quiz="tests/quiz/good/hook_error.lua")
t.check(lambda: s["ended_by"] == "script_error" and s["finished"] is False and s["planned"] == 3 and s["asked"] == 2,
        lambda: "a script error: %s" % s)
r = t.run("scores", "--data-dir", DATA, "--player", "Yul")
t.check("unfinished: 2 of 3, script_error" in r.out, "scores after a script error: " + r.out)

# check validates pass_mark
for value, needle in (("101", "pass_mark must be a whole percent from 0 to 100, got 101"),
                      ("70.5", "pass_mark must be a whole percent from 0 to 100, got 70.5"),
                      ('"70"', "pass_mark must be a number, got string")):
    f = t.write("bad-%s.lua" % value.strip('"'), 'return quiz { id = "b", title = "B", pass_mark = %s,'
                ' questions = { locate { muscle = "masseter" } } }' % value)
    t.expect(t.run("check", f), 1, needle, streams=("out",))
t.expect(t.run("check", QUIZ), 0, "(10 questions, pass mark 70%)")
t.finish()
