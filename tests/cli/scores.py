"""scores: what `play --stdio` saves, seen through `trigger-trainer scores`. Two rounds as
one player and one as another: the table shows each round, --player separates them,
--csv has one correctly quoted row per answer; kill -9 in the middle of a round keeps
every answered question; `play review` then asks what is due today (what was missed); a damaged
score file is moved aside. A small bot answers from `atlas --json`.
Usage: python3 tests/cli/scores.py BINARY SCRATCHDIR (from the repository root)"""
import csv
import glob
import io
import os
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

# the table: one line per round, with score/max, percent and how it ended; quiz titles
r = scores()
table = r.out
t.check(r.rc == 0, "scores exited %s: %s" % (r.rc, r.err))
t.check(re.match(r"player .*date .*quiz .*score .*percent .*result", table), lambda: "table header: " + table[:200])
t.check(table.count("Scores test") == 3, "table rounds (by title): " + table)
t.check(len(re.findall(r"^Ann .*200/400 *50% *completed", table, re.M)) == 2, "Ann's rounds: " + table)
t.check(re.search(r'^Bob, "the builder" .*0/400 *0%', table, re.M), "Bob's round: " + table)

# --player separates players (names without case)
r = scores("--player", "ann")
t.check(r.rc == 0, "scores --player ann exited %s" % r.rc)
t.check(r.out.count("Scores test") == 2 and "Bob" not in r.out, "--player ann: " + r.out)
r = scores("--player", BOB)
t.check(r.rc == 0, "scores --player Bob exited %s" % r.rc)
t.check(r.out.count("Scores test") == 1 and not re.search(r"^Ann", r.out, re.M), "--player Bob: " + r.out)
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
            continue
        d = dict(zip(head, r))
        if d["player"] not in players:
            problems.append("player %r" % d["player"])
        elif not d["question"] or d["kind"] != "locate" or not d["score"].isdigit() or int(d["score"]) > 100:
            problems.append("row %r" % r)
        elif d["quiz"] != "scores-test" or d["view"] not in ("posterior", "anterior") or \
                d["quiz_title"] != ("Scores test" if d["ended_by"] else ""):   # a killed round never learnt its title

            problems.append("round or question columns %r" % r)
    return "; ".join(problems)


HEADER = ("player,quiz,quiz_title,round,round_start,planned,finished,ended_by,passed,n,kind,muscle,trp,view,side,"
          "click_x,click_y,painted_cm2,painted_areas,chosen,score,correct,ms,time,question")
# --csv: a header and one row per answer, quoted where needed
r = scores("--csv")
all_csv = r.out
t.check(r.rc == 0, "scores --csv exited %s" % r.rc)
t.check(all_csv.split("\n")[0] == HEADER, "csv header: " + all_csv.split("\n")[0])
t.check(lambda: not csv_problems(all_csv, 12, {ANN, BOB}), lambda: "csv: " + csv_problems(all_csv, 12, {ANN, BOB}))
t.check(re.search(r'^"Bob, ""the builder""",', all_csv, re.M), "csv quoting of Bob's name")
r = scores("--csv", "--player", BOB)
t.check(r.rc == 0, "scores --csv --player exited %s" % r.rc)
t.check(lambda: not csv_problems(r.out, 4, {BOB}), lambda: "bob csv: " + csv_problems(r.out, 4, {BOB}))
rows = list(csv.DictReader(io.StringIO(all_csv, newline="")))
trap = [d for d in rows if d["player"] == ANN and d["muscle"] == "upper_trapezius"]
want = atlas.position("upper_trapezius", "right", "posterior")
t.check(lambda: len(trap) == 2 and all(d["score"] == "100" and d["correct"] == "true" and d["finished"] == "true"
                                       and d["ended_by"] == "completed" and d["trp"] == "upper_trapezius_1"
                                       and d["side"] == "right" and abs(float(d["click_x"]) - want[0]) < 0.01
                                       and abs(float(d["click_y"]) - want[1]) < 0.01 for d in trap),
        lambda: "Ann's right answers in the csv: %r" % trap)
skipped = [d for d in rows if d["player"] == BOB]
t.check(lambda: all(d["correct"] == "false" and d["click_x"] == "" and d["score"] == "0" for d in skipped),
        lambda: "Bob's skips in the csv: %r" % skipped[:1])

# kill -9 after two answers: both are saved, the round shows as unfinished
bot("kim", "kill2", "Kim", QUIZ)
kim = scores("--csv", "--player", "Kim").out
t.check(lambda: not csv_problems(kim, 2, {"Kim"}), lambda: "after kill -9: " + csv_problems(kim, 2, {"Kim"}))
r = scores("--player", "Kim")
t.check("unfinished" in r.out + r.err, "killed round: " + r.out + r.err)

# review: the two items Ann missed are due today; the ones she got right come back tomorrow
bot("review", "skip", ANN, "review")
asked = [l.split()[1] for l in bots["review"] if l.startswith("asked")]
t.check(sorted(asked[:2]) == ["levator_scapulae", "splenius_capitis"], lambda: "review asks first: %s (%s)" % (asked[:2], bots["review"]))
t.check(len(asked) == 2, "review asks %d items, want the 2 due" % len(asked))
r = scores("--player", "Ann")
t.check(" Review " in r.out + r.err, "review round not listed: " + r.out + r.err)

# --quiz and --since filter the table and the csv
r = scores("--quiz", "review")
t.check(r.rc == 0 and r.out.count(" Review ") == 1 and "Scores test" not in r.out, "--quiz review: " + r.out + r.err)
r = scores("--csv", "--quiz", "scores-test", "--player", "Ann")
t.check(r.rc == 0 and len(r.out.strip().split("\n")) == 9, "--quiz --csv: want 8 answers: " + r.out[-300:])
r = scores("--since", "2999-01-01")
t.check(r.rc == 0 and "No rounds saved that match" in r.out, "--since in the future: " + r.out + r.err)
r = scores("--csv", "--since", "2000-01-01")
t.check(r.rc == 0 and r.out.count("\n") == 1 + 12 + 2 + 2, "--since 2000 keeps every answer: " + r.out[-200:])
t.expect(scores("--since", "2025-02-30"), 2, "YYYY-MM-DD")

# names with accents and wide characters line up: columns count characters, not bytes
for who in ("Zoé", "Ærø Ünal", "李雷"):
    bot("accents-" + who, "skip", who, QUIZ)
lines = scores("--quiz", "scores-test").out.splitlines()
starts = set()
for line in lines:
    col = 0
    for i, ch in enumerate(line):
        if line[i:i + 4] in ("date", "2026", "2025", "2027") or re.match(r"\d{4}-\d\d-\d\d", line[i:i + 10]):
            break
        col += 2 if "\u4e00" <= ch <= "\u9fff" else 1
    starts.add(col)
t.check(len(starts) == 1, lambda: "the date column starts at %s columns:\n%s" % (sorted(starts), "\n".join(lines)))

# a folder that does not exist: said, exit 1, nothing created
missing = t.path("no-such-folder")
r = t.run("scores", "--data-dir", missing)
t.check(r.rc == 1 and "does not exist" in r.err and not os.path.exists(missing),
        "scores on a missing folder: exit %s, %s, exists afterwards: %s" % (r.rc, r.err, os.path.exists(missing)))
r = t.run("scores", "--data-dir", missing, "--csv")
t.check(r.rc == 1 and not os.path.exists(missing), "scores --csv on a missing folder created it")
empty = t.scratch("empty-folder")
r = t.run("scores", "--data-dir", empty)
t.check(r.rc == 0 and "No rounds" in r.out and not os.listdir(empty), "scores on an empty folder wrote %s" % os.listdir(empty))

# a damaged score file is moved aside, never overwritten
broken = t.scratch("broken")
t.write("broken/scores.sqlite3", "not a database\n")
r = t.run("scores", "--data-dir", broken)
t.check(r.rc == 0, "scores on a damaged file exited %s" % r.rc)
t.check("moved to" in r.err and "No rounds" in r.out, "damaged file: " + r.err + r.out)
t.check(any("not a database" in open(f, errors="replace").read().splitlines() for f in glob.glob(broken + "/scores.sqlite3.damaged-*")),
        "the damaged file was not kept")

t.finish()
