"""The review loop played headless through recorded input (TT_DEBUG_LAYOUT=1 says where
each screen is). A history is made first over `play --stdio --now` (yesterday: every
question of a quiz skipped, so every item is due today). Then:
1. title -> player -> menu -> Review: the preview lists the items due; Enter starts the
   round; every question skipped; the round ends on the review summary; "See each answer"
   (A) opens the results. The score file holds one finished review round of those items.
2. menu -> Play -> a quiz, every question skipped -> Results -> Review my misses (M): a
   round of exactly the missed questions, saved as a review round titled "My misses: ...",
   ending on its summary.
Usage: python3 tests/cli/replay_review.py BINARY SCRATCHDIR (from the repository root)"""
import datetime
import json
import os
import sqlite3

import tt

t = tt.Test()
os.environ["XDG_DATA_HOME"] = t.path("xdg")
os.environ["TT_DEBUG_LAYOUT"] = "1"
QUIZ_DIR = "tests/replay/quizzes"


class Rec:
    """A replay file: one event per line, 100 ms apart."""
    def __init__(self):
        self.lines, self.ms = [], 0
    def key(self, name, gap=100):
        self.ms += gap
        self.lines.append(f"{self.ms} keydown {name} 0")
    def save(self, path):
        with open(path, "w") as f:
            f.write("\n".join(self.lines) + "\n")


def history(data):
    """Yesterday, the player Tester skipped every question of replay-rounds (5 items)."""
    yesterday = (datetime.date.today() - datetime.timedelta(days=1)).isoformat() + "T18:00"
    p = t.command([t.bin, "play", "replay-rounds", "--stdio", "--player", "Tester", "--data-dir", data,
                   "--quiz-dir", QUIZ_DIR, "--now", yesterday], input='{"skip":true}\n' * 5, timeout=120)
    t.check(p.rc == 0 and '"type":"summary"' in p.out.replace(" ", ""), f"history: {p.rc} {p.err[-300:]}")


def run(name, rec, data):
    path = os.path.join(t.tmp, name + ".replay")
    rec.save(path)
    p = t.run("--replay", path, "--headless", "--out", os.path.join(t.tmp, name + ".png"),
              "--data-dir", data, "--quiz-dir", QUIZ_DIR, "--size", "1280x720", timeout=300)
    t.check(p.rc == 0, f"{name}: exit {p.rc}: {p.err[-800:]}")
    layouts = []
    for line in p.err.splitlines():
        if line.startswith("{"):
            try:
                layouts.append(json.loads(line))
            except ValueError:
                pass
    return layouts


def screens(layouts):
    return [l.get("layout") for l in layouts if l.get("layout") != "quiz"]


# --now takes a day, a day and time, or Unix seconds; anything else is a usage error
for bad in ("2026-02-30", "yesterday", "2026-12-01T25:00", ""):
    t.expect(t.run("play", "review", "--stdio", "--now", bad, "--data-dir", t.path("bad")), 2, "--now", f"--now {bad!r}")
    t.expect(t.run("--now", bad, "--headless"), 2, "--now", f"game --now {bad!r}")

# 1: menu -> Review preview -> round -> summary -> each answer
data = os.path.join(t.tmp, "review")
history(data)
r = Rec()
r.key("enter")          # title -> players
r.key("enter")          # Tester -> menu
r.key("down")           # Review
r.key("enter")          # -> the preview
r.key("enter")          # -> the round
for _ in range(5):
    r.key("s")
    r.key("enter")
r.key("a")              # the summary -> each answer
lay = run("review", r, data)
seen = screens(lay)
t.check(seen[:1] == ["review-preview"] and "review-summary" in seen and seen[-1] == "results",
        f"screens in order: {seen}")
pre = [l for l in lay if l.get("layout") == "review-preview"]
t.check(pre and pre[0].get("items") == 5 and pre[0].get("due") == 5, f"the preview lists the 5 due: {pre}")
summ = [l for l in lay if l.get("layout") == "review-summary"]
t.check(summ and summ[0].get("items") == 5 and summ[0].get("due") == 5,
        f"the summary lists the 5 asked, all skipped so still due: {summ}")
asks = [l for l in lay if l.get("layout") == "quiz" and l.get("state") == "ask"]
t.check(len(asks) == 5, f"five review questions asked, got {len(asks)}")
db = sqlite3.connect(os.path.join(data, "scores.sqlite3"))
rounds = db.execute("SELECT id, finished, ended_by, planned FROM rounds WHERE quiz_id = 'review'").fetchall()
t.check(len(rounds) == 1 and rounds[0][1:] == (1, "completed", 5), f"one finished review round: {rounds}")
asked = sorted(db.execute("SELECT a.muscle, a.kind FROM answers a JOIN rounds r ON a.round_id = r.id "
                          "WHERE r.quiz_id = 'review'").fetchall())
earlier = sorted(db.execute("SELECT a.muscle, a.kind FROM answers a JOIN rounds r ON a.round_id = r.id "
                            "WHERE r.quiz_id = 'replay-rounds'").fetchall())
t.check(asked == sorted(set(earlier)), f"the review asked yesterday's items: {asked} vs {earlier}")
db.close()

# 2: a quiz round -> Results -> Review my misses
data = os.path.join(t.tmp, "misses")
history(data)
r = Rec()
r.key("enter")
r.key("enter")          # -> menu
r.key("enter")          # Play -> the quiz list
r.key("end")
r.key("up")             # replay-rounds (the one before the timed quiz, as replay_rounds.py)
r.key("enter")
for _ in range(5):
    r.key("s")
    r.key("enter")
r.key("m")              # Results -> review my misses
for _ in range(5):
    r.key("s")
    r.key("enter")
lay = run("misses", r, data)
seen = screens(lay)
res = [l for l in lay if l.get("layout") == "results"]
t.check(res and res[0].get("nmisses") == 5, f"the results count 5 misses: {res}")
t.check(seen[-1:] == ["review-summary"], f"the misses round ends on its summary: {seen}")
db = sqlite3.connect(os.path.join(data, "scores.sqlite3"))
rows = db.execute("SELECT quiz_id, title, finished, planned FROM rounds ORDER BY id").fetchall()
t.check(len(rows) == 3 and rows[2][0] == "review" and rows[2][1].startswith("My misses: ") and rows[2][2:] == (1, 5),
        f"the misses round is saved as a finished review round of 5: {rows}")
quiz_q = db.execute("SELECT a.muscle, a.kind FROM answers a WHERE a.round_id = (SELECT max(id) - 1 FROM rounds) "
                    "ORDER BY a.n").fetchall()
miss_q = db.execute("SELECT a.muscle, a.kind FROM answers a WHERE a.round_id = (SELECT max(id) FROM rounds) "
                    "ORDER BY a.n").fetchall()
t.check(quiz_q == miss_q, f"the misses round asks the quiz's missed questions in order: {quiz_q} vs {miss_q}")
db.close()

t.finish()
