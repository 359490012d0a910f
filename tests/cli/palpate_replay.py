"""palpate_replay: palpation questions played through the game's own screens, headless, from
recorded input. A palpate question is asked in three steps (the client's position, the
technique, then a click), and each question here is answered another way: the first with
the keyboard alone (number keys, then the cursor moved with the arrows and Enter), the second
with the mouse, the third by touch. A first replay answers the choices at random and skips,
to learn where each step puts things (TT_DEBUG_LAYOUT); the second answers right, and every
answer must be saved as {"palpate":{...}} with full marks in each part.
Usage: python3 tests/cli/palpate_replay.py BINARY SCRATCHDIR (from the repository root)"""
import json
import os
import sqlite3

import tt

t = tt.Test()
os.environ["XDG_DATA_HOME"] = t.path("xdg")
os.environ["TT_DEBUG_LAYOUT"] = "1"
atlas = t.atlas()
QUIZ = "tests/replay/palpate"
POSITIONS = ["prone", "supine", "side_lying", "seated"]
TECHNIQUES = ["flat", "pincer"]


class Rec:
    """A replay file: one event per line, 100 ms apart."""
    def __init__(self):
        self.lines, self.ms = [], 0
    def ev(self, text):
        self.ms += 100
        self.lines.append(f"{self.ms} {text}")
    def key(self, name): self.ev(f"keydown {name} 0")
    def tap(self, x, y, button):
        self.ev(f"move {x:.2f} {y:.2f} 0")
        self.ev(f"down {x:.2f} {y:.2f} {button}")
        self.ev(f"up {x:.2f} {y:.2f} {button}")
    def save(self, path):
        with open(path, "w") as f:
            f.write("\n".join(self.lines) + "\n")


def navigate(r):
    r.key("enter")   # title -> players
    r.key("enter")   # play as Tester -> menu
    r.key("enter")   # Play -> quiz list
    r.key("end")     # the last quiz: the one of --quiz-dir
    r.key("enter")


def run(name, rec):
    data = t.path(name)
    t.command([t.bin, "play", "tests/replay/setup.lua", "--stdio", "--player", "Tester", "--data-dir", data],
              timeout=120)
    path = t.path(name + ".replay")
    rec.save(path)
    p = t.run("--replay", path, "--headless", "--out", t.path(name + ".png"), "--data-dir", data,
              "--quiz-dir", QUIZ, "--size", "1280x720", timeout=300)
    t.check(p.rc == 0, f"{name}: exit {p.rc}: {p.err[-800:]}")
    lines = []
    for line in p.err.splitlines():
        if line.startswith("{"):
            try:
                lines.append(json.loads(line))
            except ValueError:
                pass
    return data, lines


# pass 1: any position, any technique, then skip: the layout of every step
r = Rec()
navigate(r)
for _ in range(3):
    r.key("1")
    r.key("1")
    r.key("s")
    r.key("enter")
data, lay = run("learn", r)
steps = {(l["n"], l.get("step")): l for l in lay if l.get("layout") == "quiz" and l.get("state") == "ask"}
t.check(sorted(steps) == [(n, s) for n in (1, 2, 3) for s in (1, 2, 3)], lambda: "a layout per step: %s" % sorted(steps))
t.check(lambda: [c["id"] for c in steps[(1, 1)]["choices"]] == POSITIONS, "step 1 offers the four positions")
t.check(lambda: [c["id"] for c in steps[(1, 2)]["choices"]] == TECHNIQUES, "step 2 offers the two techniques")
t.check(lambda: "answer" in steps[(1, 3)] and "choices" not in steps[(1, 3)], "step 3 is a click on the chart")


def right(n):
    """The right position and technique of question n, from the atlas."""
    q = steps[(n, 1)]
    trp = {1: "infraspinatus_1", 2: "upper_trapezius_1", 3: "gluteus_medius_1"}[n]
    m, p = atlas.trp(trp)
    t.check(q["muscle"] == m["id"], f"question {n} asks {q['muscle']}")
    return p["palpation"]["position"], p["palpation"]["technique"]


def option(n, step, want):
    return next(c for c in steps[(n, step)]["choices"] if c["id"] == want)


# pass 2: right answers, by keyboard, mouse and touch
r = Rec()
navigate(r)
# 1. the keyboard: number keys, then Enter shows the cursor at the chart's centre and the
#    arrows move it 1 cm a press
pos, tech = right(1)
r.key(str(option(1, 1, pos)["key"]))
r.key(str(option(1, 2, tech)["key"]))
s3 = steps[(1, 3)]
(ax, ay), (bx, by), (mx, my) = s3["answer"], s3["answer_body"], s3["mirror"]
scale = (ax - mx) / (2 * bx)   # screen px per cm, from the point and its mirror image
cx, cy, cw, ch = s3["chart"]
start = (bx + (cx + cw / 2 - ax) / scale, by - (cy + ch / 2 - ay) / scale)
r.key("enter")
for _ in range(abs(round(bx - start[0]))):
    r.key("right" if bx > start[0] else "left")
for _ in range(abs(round(by - start[1]))):
    r.key("up" if by > start[1] else "down")
r.key("enter")
r.key("enter")   # next question
# 2. the mouse
pos, tech = right(2)
for step, want in ((1, pos), (2, tech)):
    x, y, w, h = option(2, step, want)["rect"]
    r.tap(x + w / 2, y + h / 2, 1)
r.tap(*steps[(2, 3)]["answer"], 1)
r.key("enter")
# 3. touch
pos, tech = right(3)
for step, want in ((1, pos), (2, tech)):
    x, y, w, h = option(3, step, want)["rect"]
    r.tap(x + w / 2, y + h / 2, 9)
r.tap(*steps[(3, 3)]["answer"], 9)
r.key("enter")
data, lay2 = run("play", r)
reveals = [l for l in lay2 if l.get("layout") == "quiz" and l.get("state") == "reveal"]
t.check(lambda: [l["score"] for l in reveals] == [100, 100, 100], lambda: "the reveals: %s" % reveals)
db = sqlite3.connect(os.path.join(data, "scores.sqlite3"))
rows = db.execute("SELECT a.n, a.kind, a.score, a.answer, a.result FROM answers a JOIN rounds r ON a.round_id = r.id "
                  "WHERE r.quiz_id = 'replay-palpate' ORDER BY a.n").fetchall()
db.close()
t.check(len(rows) == 3, lambda: "three answers saved: %s" % rows)
for n, kind, score, answer, result in rows:
    a = json.loads(answer)["palpate"]
    pos, tech = right(n)
    t.check(kind == "palpate" and score == 100, f"answer {n}: {kind} scored {score}: {answer}")
    t.check(a["position"] == pos and a["technique"] == tech and a["click"]["view"] == "posterior",
            f"answer {n} saved in parts: {answer}")
    t.check(json.loads(result)["parts"] == {"position": 20, "technique": 20, "location": 60}, f"parts of {n}: {result}")
t.finish()
