"""Whole rounds played headless through recorded input: title -> player -> menu -> Play
-> a quiz from tests/replay/quizzes -> every question -> results. The quiz scene prints
where things are (TT_DEBUG_LAYOUT=1): a first replay skips every question to learn the
layout, a second answers each one from it (a click on the trigger point, paint over the
essential zone, the right choice by its number key, a click on the mirror-image side), and
the saved results are checked in the score file. A third lets a timed question run out.
Then a timed refer question: painted and left to run out (the paint is the stored answer,
scored), and painted, cleared, undone and submitted (the same strokes are stored); at
800x600 its two views are tabs, painted one after the other (Tab).
Usage: python3 tests/cli/replay_rounds.py BINARY SCRATCHDIR (from the repository root)"""
import json
import os
import sqlite3

import tt

t = tt.Test()
os.environ["XDG_DATA_HOME"] = t.path("xdg")
os.environ["TT_DEBUG_LAYOUT"] = "1"


class Rec:
    """A replay file: one event per line, 100 ms apart unless told."""
    def __init__(self):
        self.lines, self.ms = [], 0
    def ev(self, text, gap=100):
        self.ms += gap
        self.lines.append(f"{self.ms} {text}")
    def key(self, name, gap=100): self.ev(f"keydown {name} 0", gap)
    def click(self, x, y, gap=100):
        self.ev(f"move {x:.2f} {y:.2f} 0", gap)
        self.ev(f"down {x:.2f} {y:.2f} 1", gap)
        self.ev(f"up {x:.2f} {y:.2f} 1", gap)
    def save(self, path):
        with open(path, "w") as f:
            f.write("\n".join(self.lines) + "\n")

def make_player(data):
    """The player Tester, made before the game starts (one unanswered round over stdio)."""
    t.command([t.bin, "play", "tests/replay/setup.lua", "--stdio", "--player", "Tester", "--data-dir", data],
              timeout=120)

def navigate(r, last_but):
    r.key("enter")                       # title -> players
    r.key("enter")                       # play as Tester (the last player) -> menu
    r.key("enter")                       # Play -> quiz list
    r.key("end")
    for _ in range(last_but):
        r.key("up")
    r.key("enter")                       # start the round

def run(name, rec, data, size="1280x720"):
    make_player(data)
    path = os.path.join(t.tmp, name + ".replay")
    rec.save(path)
    p = t.run("--replay", path, "--headless", "--out", os.path.join(t.tmp, name + ".png"),
              "--data-dir", data, "--quiz-dir", "tests/replay/quizzes", "--size", size, timeout=300)
    layouts = []
    for line in p.err.splitlines():
        if line.startswith("{"):
            try:
                layouts.append(json.loads(line))
            except ValueError:
                pass
    t.check(p.rc == 0, f"{name}: exit {p.rc}: {p.err[-800:]}")
    return layouts

# pass 1: skip everything, learn where things are
r = Rec(); navigate(r, 1)
for _ in range(5):
    r.key("s"); r.key("enter")
lay = run("learn", r, os.path.join(t.tmp, "learn"))
asks = [l for l in lay if l.get("layout") == "quiz" and l.get("state") == "ask"]
t.check(len(asks) == 5, f"five questions asked, got {len(asks)}")
t.check(any(l.get("layout") == "results" for l in lay), "the results screen was shown after skipping")

# pass 2: answer each question from the layout of pass 1
r = Rec(); navigate(r, 1)
expect = []
for q in asks:
    kind = q["kind"]
    if kind == "locate" and q["n"] < 5:
        r.key("enter"); r.key("enter")   # shows the keyboard cursor; unmoved, it never answers
        r.click(*q["answer"]); expect.append(("locate", lambda s: s == 100))
    elif kind == "locate":
        r.click(*q["mirror"]); expect.append(("locate", lambda s: s == 0))
    elif kind == "refer":
        for x, y in q["paint"]:
            r.click(x, y)
        r.key("enter"); expect.append(("refer", lambda s: s >= 50))
    else:
        right = [c for c in q["choices"] if c["id"] == q["muscle"]]
        t.check(len(right) == 1, f"question {q['n']}: the answer is among the choices")
        c = right[0] if right else q["choices"][0]
        if kind == "identify":
            r.key(str(c["key"]))          # by its number key
        else:
            x, y, w, h = c["rect"]        # by a click on its button
            r.click(x + w / 2, y + h / 2)
        expect.append((kind, lambda s: s == 100))
    r.key("enter")
r.key("escape")                          # results -> the quiz list
data = os.path.join(t.tmp, "play")
lay2 = run("play", r, data)
asks2 = [l for l in lay2 if l.get("layout") == "quiz" and l.get("state") == "ask"]
t.check([a["chart"] for a in asks2] == [a["chart"] for a in asks], "the same layout in both passes")
t.check([a.get("choices") for a in asks2] == [a.get("choices") for a in asks], "the same choices in both passes (same seed)")
db = sqlite3.connect(os.path.join(data, "scores.sqlite3"))
rounds = db.execute("SELECT id, total, max, ended FROM rounds WHERE quiz_id = 'replay-rounds'").fetchall()
t.check(len(rounds) == 1 and rounds[0][3] is not None, f"one finished round saved: {rounds}")
answers = db.execute("SELECT a.n, a.kind, a.score, a.answer FROM answers a JOIN rounds r ON a.round_id = r.id "
                     "WHERE r.quiz_id = 'replay-rounds' ORDER BY a.n").fetchall()
t.check(len(answers) == 5, f"five answers saved, got {len(answers)}")
for (n, kind, score, answer), (want_kind, ok) in zip(answers, expect):
    t.check(kind == want_kind and ok(score), f"answer {n}: {kind} scored {score} ({answer[:120]})")
if answers:
    t.check('"click"' in answers[0][3] and '"view":"posterior"' in answers[0][3], "a click is saved in body space")
    t.check(len(answers) > 1 and '"paint"' in answers[1][3], "paint is saved as circles")
if rounds and answers:
    t.check(rounds[0][1] == sum(a[2] for a in answers) and rounds[0][2] == 500, f"round total {rounds[0][1:3]}")
player = db.execute("SELECT name FROM players").fetchall()
t.check(("Tester",) in player, f"the player is in the score file: {player}")
db.close()

# pass 3: the timed quiz; the next event comes after its 5 seconds
r = Rec(); navigate(r, 0)
r.ev("move 640 360 0", 6500)
r.key("enter")
data = os.path.join(t.tmp, "timer")
lay3 = run("timer", r, data)
db = sqlite3.connect(os.path.join(data, "scores.sqlite3"))
rows = db.execute("SELECT a.score, a.answer, r.ended FROM answers a JOIN rounds r ON a.round_id = r.id "
                  "WHERE r.quiz_id = 'replay-timer'").fetchall()
t.check(len(rows) == 1 and rows[0][0] == 0 and '"timeout":true' in rows[0][1] and rows[0][2] is not None,
      f"the timed-out question is saved as a timeout: {rows}")
db.close()

# pass 4: the same timed question paused for 9 seconds (Esc, then N): the clock stops
r = Rec(); navigate(r, 0)
r.key("escape", 1000)
r.key("n", 9000)
r.key("s", 500)
r.key("enter")
data = os.path.join(t.tmp, "pause")
run("pause", r, data)
db = sqlite3.connect(os.path.join(data, "scores.sqlite3"))
rows = db.execute("SELECT a.answer, a.ms FROM answers a JOIN rounds r ON a.round_id = r.id "
                  "WHERE r.quiz_id = 'replay-timer'").fetchall()
t.check(len(rows) == 1 and '"skip":true' in rows[0][0] and "timeout" not in rows[0][0] and rows[0][1] < 5000,
      f"a paused question does not run out: {rows}")
db.close()

# pass 5: a timed refer question painted, then left to run out: the paint is the answer
def paint_rec(extra):
    """navigates to replay-paint-timer, paints its essential zone, then does extra(r)."""
    r = Rec(); navigate(r, 2)
    for x, y in pq["paint"]:              # both views' points: quick dabs, well within the 10 s
        r.click(x, y, 20)
    extra(r)
    r.key("enter")                       # the reveal -> the results
    return r

r = Rec(); navigate(r, 2)
r.key("s"); r.key("enter")
learn = [l for l in run("paint-learn", r, os.path.join(t.tmp, "paint-learn"))
         if l.get("layout") == "quiz" and l.get("state") == "ask"]
t.check(len(learn) == 1 and learn[0]["kind"] == "refer", f"the timed refer question is asked: {learn}")
pq = learn[0] if learn else {"paint": []}

def paint_answer(name, extra):
    data = os.path.join(t.tmp, name)
    lay = run(name, paint_rec(extra), data)
    db = sqlite3.connect(os.path.join(data, "scores.sqlite3"))
    rows = db.execute("SELECT a.score, a.answer, a.ms FROM answers a JOIN rounds r ON a.round_id = r.id "
                      "WHERE r.quiz_id = 'replay-paint-timer'").fetchall()
    db.close()
    reveals = [l for l in lay if l.get("layout") == "quiz" and l.get("state") == "reveal"]
    return rows, reveals

rows, reveals = paint_answer("paint-timeout", lambda r: r.ev("move 5 5 0", 11000))
# (the question shows the pattern's back and side views side by side; the layout's paint
# points cover the zone in both, so the stored answer paints in both views)
t.check(len(rows) == 1 and '"paint"' in rows[0][1] and '"skip"' not in rows[0][1] and rows[0][0] >= 50
        and '"posterior"' in rows[0][1] and '"lateral_right"' in rows[0][1],
        f"the timed-out paint is the stored answer, scored: {[(s, a[:160], ms) for s, a, ms in rows]}")
t.check(len(rows) == 1 and rows[0][2] >= 10000, f"it took the whole time: {[ms for _, _, ms in rows]}")
t.check(len(reveals) == 1 and reveals[0].get("score") == (rows[0][0] if rows else None) and reveals[0].get("timed_out"),
        f"the reveal shows that score, answered as time ran out: {reveals}")
timed_paint = rows[0][1] if rows else None

# pass 6: painted, cleared (Enter is refused: nothing painted), Clear undone, submitted
def clear_undo(r):
    r.key("c")
    r.key("enter")                       # refused: nothing to submit
    r.key("u")                           # the Clear undone: every stroke back
    r.key("enter")
rows, reveals = paint_answer("paint-undo-clear", clear_undo)
t.check(len(rows) == 1 and rows[0][1] == timed_paint and rows[0][2] < 10000,
        f"the strokes the Clear took are the answer: {[(s, a[:160]) for s, a, _ in rows]} vs {str(timed_paint)[:160]}")
t.check(len(reveals) == 1 and reveals[0].get("score") == (rows[0][0] if rows else None) and not reveals[0].get("timed_out"),
        f"revealed with its score: {reveals}")

# pass 7: at 800x600 the two views are tabs: paint the back view, Tab, paint the side view,
# submit; the answer holds both views' paint
r = Rec(); navigate(r, 2)
r.key("tab"); r.key("s"); r.key("enter")
small = [l for l in run("tabs-learn", r, os.path.join(t.tmp, "tabs-learn"), "800x600")
         if l.get("layout") == "quiz" and l.get("state") == "ask"]
t.check(len(small) == 2 and all(l.get("tabs") == 1 for l in small) and [l.get("active") for l in small] == [0, 1]
        and [v["view"] for v in small[0].get("views", [])] == ["posterior", "lateral_right"],
        f"tabs at 800x600, Tab shows the side view: {[(l.get('tabs'), l.get('active')) for l in small]}")
if len(small) == 2:
    r = Rec(); navigate(r, 2)
    for x, y in small[0]["paint"]:
        r.click(x, y, 20)
    r.key("tab")
    for x, y in small[1]["paint"]:
        r.click(x, y, 20)
    r.key("enter")                       # submit
    r.key("enter")                       # the reveal -> the results
    data = os.path.join(t.tmp, "tabs-paint")
    lay = run("tabs-paint", r, data, "800x600")
    db = sqlite3.connect(os.path.join(data, "scores.sqlite3"))
    rows = db.execute("SELECT a.score, a.answer FROM answers a JOIN rounds r ON a.round_id = r.id "
                      "WHERE r.quiz_id = 'replay-paint-timer'").fetchall()
    db.close()
    t.check(len(rows) == 1 and '"posterior"' in rows[0][1] and '"lateral_right"' in rows[0][1] and rows[0][0] >= 50,
            f"painted in both tabs, both stored and scored: {[(sc, a[:120]) for sc, a in rows]}")

t.finish()
