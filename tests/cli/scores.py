"""scores: what `play --stdio` saves, seen through `trigger-trainer scores`. Two rounds as
one player and one as another: the table shows each round, --player separates them,
--csv has one correctly quoted row per answer; kill -9 in the middle of a round keeps
every answered question; `play review` then asks first what was missed; a damaged
score file is moved aside. A small bot answers from `atlas --json`.
Usage: python3 tests/cli/scores.py BINARY SCRATCHDIR (from the repository root)"""
import csv
import glob
import io
import re
import signal

import tt

t = tt.Test()
DATA = t.path("data")
atlas = t.atlas()

# Four locate questions in a fixed order: the bot gets trapezius and masseter right and
# skips levator scapulae and splenius capitis.
QUIZ = t.write("q.lua", """return quiz {
  id = "scores-test",
  title = "Scores test",
  questions = {
    locate { muscle = "upper_trapezius", view = "posterior", side = "right" },
    locate { muscle = "levator_scapulae", view = "posterior", side = "right" },
    locate { muscle = "masseter", view = "anterior", side = "right" },
    locate { muscle = "splenius_capitis", view = "posterior", side = "right" },
  },
}
""")
RIGHT = {"upper_trapezius", "masseter"}
bots = {}   # name -> the bot's log: "asked MUSCLE", "result N SCORE", "summary SCORE MAX PERCENT"


def bot(name, mode, player, quiz):
    """One check: a round played by the bot. mode: mixed (right on trapezius and masseter,
    skip the rest), skip (skip all), kill2 (answer two, then kill -9 the program)."""
    log = bots[name] = []
    try:
        s = t.stdio(quiz, "--player", player, "--data-dir", DATA, stderr=t.path(name + ".err"))
        results = 0
        for msg in s:
            if msg["type"] == "question":
                log.append("asked " + msg["muscle"])
                at = atlas.position(msg["muscle"], msg["side"], msg["view"]) if msg["kind"] == "locate" else None
                if mode != "skip" and msg["muscle"] in RIGHT and at:
                    s.send({"click": {"view": msg["view"], "x": at[0], "y": at[1]}})
                else:
                    s.send({"skip": True})
            elif msg["type"] == "result":
                log.append("result %d %d" % (msg["n"], msg["score"]))
                results += 1
                if mode == "kill2" and results == 2:
                    s.kill()
                    break
            elif msg["type"] == "summary":
                log.append("summary %d %d %d" % (msg["score"], msg["max"], msg["percent"]))
        rc = s.wait()
    except Exception as e:
        return t.bad("%s: the bot failed: %s: %s" % (name, type(e).__name__, e))
    t.check((mode == "kill2" and rc == -signal.SIGKILL) or rc == 0,
            lambda: "%s: bot exited %s (%s)" % (name, rc, t.read(t.path(name + ".err"))[-300:]))


def scores(*args):
    return t.run("scores", "--data-dir", DATA, *args)


ANN = "Ann"
BOB = 'Bob, "the builder"'
bot("ann1", "mixed", ANN, QUIZ)
bot("ann2", "mixed", ANN, QUIZ)
bot("bob1", "skip", BOB, QUIZ)
t.check("summary 200 400 50" in bots["ann1"], lambda: "ann round 1 summary: %s" % bots["ann1"][-1:])

# the table: one line per round, with score/max and percent
r = scores()
table = r.out
t.check(r.rc == 0, "scores exited %s: %s" % (r.rc, r.err))
t.check(re.match(r"player .*date .*quiz .*score .*percent", table), lambda: "table header: " + table[:200])
t.check(table.count("scores-test") == 3, "table rounds: " + table)
t.check(len(re.findall(r"^Ann .*200/400 *50%", table, re.M)) == 2, "Ann's rounds: " + table)
t.check(re.search(r'^Bob, "the builder" .*0/400 *0%', table, re.M), "Bob's round: " + table)

# --player separates players (names without case)
r = scores("--player", "ann")
t.check(r.rc == 0, "scores --player ann exited %s" % r.rc)
t.check(r.out.count("scores-test") == 2 and "Bob" not in r.out, "--player ann: " + r.out)
r = scores("--player", BOB)
t.check(r.rc == 0, "scores --player Bob exited %s" % r.rc)
t.check(r.out.count("scores-test") == 1 and not re.search(r"^Ann", r.out, re.M), "--player Bob: " + r.out)
r = scores("--player", "Nobody")
t.check(r.rc == 1 and "no player named 'Nobody'" in r.err, "unknown player: " + r.err)
t.check(scores("--bogus").rc == 2, "an unknown option should exit 2")


def csv_problems(text, rows, players):
    """What is wrong with a scores --csv document, or ''."""
    data = list(csv.reader(io.StringIO(text, newline="")))
    head, body = data[0], data[1:]
    problems = []
    if len(body) != rows:
        problems.append("%d rows, want %d" % (len(body), rows))
    for r in body:
        if len(r) != len(head):
            problems.append("row with %d fields: %r" % (len(r), r))
        elif r[0] not in players:
            problems.append("player %r" % r[0])
        elif not r[3] or r[5] != "locate" or not r[6].isdigit() or int(r[6]) > 100:
            problems.append("row %r" % r)
    return "; ".join(problems)


# --csv: a header and one row per answer, quoted where needed
r = scores("--csv")
all_csv = r.out
t.check(r.rc == 0, "scores --csv exited %s" % r.rc)
t.check(all_csv.split("\n")[0] == "player,time,quiz,question,muscle,kind,score,ms,round,n",
        "csv header: " + all_csv.split("\n")[0])
t.check(lambda: not csv_problems(all_csv, 12, {ANN, BOB}), lambda: "csv: " + csv_problems(all_csv, 12, {ANN, BOB}))
t.check(re.search(r'^"Bob, ""the builder""",', all_csv, re.M), "csv quoting of Bob's name")
r = scores("--csv", "--player", BOB)
t.check(r.rc == 0, "scores --csv --player exited %s" % r.rc)
t.check(lambda: not csv_problems(r.out, 4, {BOB}), lambda: "bob csv: " + csv_problems(r.out, 4, {BOB}))
t.check(all_csv.count(",upper_trapezius,locate,100,") == 2, "Ann's right answers in the csv")

# kill -9 after two answers: both are saved, the round shows as unfinished
bot("kim", "kill2", "Kim", QUIZ)
kim = scores("--csv", "--player", "Kim").out
t.check(lambda: not csv_problems(kim, 2, {"Kim"}), lambda: "after kill -9: " + csv_problems(kim, 2, {"Kim"}))
r = scores("--player", "Kim")
t.check("unfinished" in r.out + r.err, "killed round: " + r.out + r.err)

# review: the two items Ann missed come first
bot("review", "skip", ANN, "review")
asked = [l.split()[1] for l in bots["review"] if l.startswith("asked")]
t.check(sorted(asked[:2]) == ["levator_scapulae", "splenius_capitis"], lambda: "review asks first: %s (%s)" % (asked[:2], bots["review"]))
t.check(len(asked) == 4, "review asks %d items, want 4" % len(asked))
r = scores("--player", "Ann")
t.check(" review " in r.out + r.err, "review round not listed: " + r.out + r.err)

# a damaged score file is moved aside, never overwritten
broken = t.scratch("broken")
t.write("broken/scores.sqlite3", "not a database\n")
r = t.run("scores", "--data-dir", broken)
t.check(r.rc == 0, "scores on a damaged file exited %s" % r.rc)
t.check("moved to" in r.err and "No rounds" in r.out, "damaged file: " + r.err + r.out)
t.check(any("not a database" in open(f, errors="replace").read().splitlines() for f in glob.glob(broken + "/scores.sqlite3.damaged-*")),
        "the damaged file was not kept")

t.finish()
