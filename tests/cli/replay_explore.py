"""Explore leads somewhere, played headless through recorded input (TT_DEBUG_LAYOUT=1 says
where things are): a muscle found by its typed name, framed on the chart, then "Quiz me on
this muscle" plays a short drill on it that is saved; and a symptom search whose result,
clicked, opens that muscle. A first replay learns the layout (the Find field, the filtered
row, the Quiz me button, the search results and the drill's length), the others click it.
Usage: python3 tests/cli/replay_explore.py BINARY SCRATCHDIR (from the repository root)"""
import json
import os
import sqlite3

import tt

t = tt.Test()
os.environ["XDG_DATA_HOME"] = t.path("xdg")
os.environ["TT_DEBUG_LAYOUT"] = "1"


class Rec:
    """A replay file: one event per line, 100 ms apart."""
    def __init__(self):
        self.lines, self.ms = [], 0
    def ev(self, text, gap=100):
        self.ms += gap
        self.lines.append(f"{self.ms} {text}")
    def key(self, name): self.ev(f"keydown {name} 0")
    def text(self, s):
        for c in s:
            self.ev("text " + c.encode().hex())
    def click(self, x, y):
        self.ev(f"move {x:.2f} {y:.2f} 0")
        self.ev(f"down {x:.2f} {y:.2f} 1")
        self.ev(f"up {x:.2f} {y:.2f} 1")
    def click_rect(self, r): self.click(r[0] + r[2] / 2, r[1] + r[3] / 2)
    def drag(self, pts):
        self.ev(f"move {pts[0][0]:.2f} {pts[0][1]:.2f} 0")
        self.ev(f"down {pts[0][0]:.2f} {pts[0][1]:.2f} 1")
        for x, y in pts[1:]:
            self.ev(f"move {x:.2f} {y:.2f} 1", 30)
        self.ev(f"up {pts[-1][0]:.2f} {pts[-1][1]:.2f} 1")
    def save(self, path):
        with open(path, "w") as f:
            f.write("\n".join(self.lines) + "\n")


def run(name, rec):
    data = os.path.join(t.tmp, name)
    t.command([t.bin, "play", "tests/replay/setup.lua", "--stdio", "--player", "Tester", "--data-dir", data],
              timeout=120)
    path = os.path.join(t.tmp, name + ".replay")
    rec.save(path)
    p = t.run("--replay", path, "--headless", "--out", os.path.join(t.tmp, name + ".png"),
              "--data-dir", data, "--size", "1280x720", timeout=300)
    t.check(p.rc == 0, f"{name}: exit {p.rc}: {p.err[-800:]}")
    layouts = []
    for line in p.err.splitlines():
        if line.startswith("{"):
            try:
                layouts.append(json.loads(line))
            except ValueError:
                pass
    return data, layouts


def to_explore(r):
    r.key("enter")                       # title -> players
    r.key("enter")                       # play as Tester -> menu
    r.key("down")
    r.key("down")
    r.key("enter")                       # Explore


def chart_stroke(chart):
    x, y, w, h = chart
    return [(x + w * (0.42 + 0.02 * i), y + h * (0.40 + 0.03 * i)) for i in range(8)]


def explores(lay): return [l for l in lay if l.get("layout") == "explore"]


# learn: find by keyboard (/ then the name, Enter opens the first match), Quiz me by Q, quit the
# drill at once; then symptom search on the same chart, a stroke over the middle of it
r = Rec()
to_explore(r)
r.text("/masse")
r.key("enter")
r.key("q")
r.key("escape")
r.key("y")                               # quit the drill: results
r.key("escape")                          # back to Explore
r.key("s")
stroke = None
_, lay = run("learn", r)
ex = explores(lay)
t.check(len(ex) >= 3, f"explore layouts reported: {len(ex)}")

def legend_clear(l):
    """the legend lies under the chart, in its own strip, never over what the chart draws"""
    cx, cy, cw, ch = l["chart"]
    lx, ly, lw, lh = l["legend"]
    return lh > 10 and ly >= cy + ch - 0.1 and lx >= cx - 0.1 and lx + lw <= cx + cw + 0.1


t.check(all(legend_clear(l) for l in ex),
        f"the legend is below the chart, never on it: {[(l['chart'], l['legend']) for l in ex if not legend_clear(l)][:2]}")
filtered = [l for l in ex if l["find_text"] == "masse" and l["muscle"] == ""]
t.check(bool(filtered) and [row["id"] for row in filtered[-1]["rows"]] == ["masseter"],
        f"typing 'masse' leaves masseter alone in the list: {filtered[-1]['rows'] if filtered else None}")
opened = [l for l in ex if l["muscle"] == "masseter" and l["mode"] == "browse"]
t.check(bool(opened) and opened[0]["zoom"] > 2, f"masseter opens framed (zoomed in): {opened[0]['zoom'] if opened else None}")
quiz = [l for l in lay if l.get("layout") == "quiz"]
t.check(bool(quiz) and quiz[0]["muscle"] == "masseter" and quiz[0]["of"] >= 3,
        f"Q starts a drill on masseter: {[(q['muscle'], q['of']) for q in quiz[:1]]}")
planned = quiz[0]["of"] if quiz else 0
sym = [l for l in ex if l["mode"] == "symptom"]
t.check(bool(sym), "S switches to symptom search")
find_rect = filtered[-1]["find"] if filtered else [0, 0, 0, 0]
row_rect = filtered[-1]["rows"][0]["rect"] if filtered and filtered[-1]["rows"] else [0, 0, 0, 0]
quiz_rect = opened[0]["quiz"] if opened else [0, 0, 0, 0]
chart = sym[-1]["chart"] if sym else [300, 160, 590, 540]

# pass 1: the same by the mouse: a click on Find, the name typed, a click on the row, on Quiz me;
# every question skipped; the drill is saved with a question of each kind the atlas can ask
r = Rec()
to_explore(r)
r.click_rect(find_rect)
r.text("masse")
r.click_rect(row_rect)
r.click_rect(quiz_rect)
for _ in range(planned):
    r.key("s")
    r.key("enter")
r.key("escape")                          # results -> Explore
data, lay = run("quizme", r)
ex = explores(lay)
t.check(any(l["muscle"] == "masseter" and l["zoom"] > 2 for l in ex), "the row's click opens masseter, framed")
t.check(any(l.get("layout") == "results" for l in lay), "the drill ends on its results")
t.check(bool(ex) and ex[-1]["muscle"] == "masseter", "back from the results, Explore still shows masseter")
db = sqlite3.connect(os.path.join(data, "scores.sqlite3"))
rounds = db.execute("SELECT id, ended FROM rounds WHERE quiz_id = 'drill:masseter'").fetchall()
t.check(len(rounds) == 1 and rounds[0][1] is not None, f"one finished drill saved: {rounds}")
kinds = [k for (k,) in db.execute("SELECT a.kind FROM answers a JOIN rounds r ON a.round_id = r.id "
                                  "WHERE r.quiz_id = 'drill:masseter' ORDER BY a.n")]
muscles = {m for (m,) in db.execute("SELECT a.muscle FROM answers a JOIN rounds r ON a.round_id = r.id "
                                    "WHERE r.quiz_id = 'drill:masseter'")}
t.check(len(kinds) == planned and kinds[0] == "locate" and {"refer", "identify", "name"} <= set(kinds),
        f"the drill asked locate first, then refer, identify and name: {kinds}")
t.check(muscles == {"masseter"}, f"every question is on masseter: {muscles}")
db.close()

# pass 2: symptom search, then a click on a result opens that muscle
r = Rec()
to_explore(r)
r.text("/masse")
r.key("enter")
r.key("q")
r.key("escape")
r.key("y")
r.key("escape")
r.key("s")
r.drag(chart_stroke(chart))
_, lay = run("learn-hits", r)
hits = [l for l in explores(lay) if l["mode"] == "symptom" and l["hits"]]
t.check(bool(hits), "the painted stroke finds muscles")
first = hits[-1]["hits"][0] if hits else {"id": "", "rect": [0, 0, 0, 0]}
r.click_rect(first["rect"])
_, lay = run("symptom", r)
ex = explores(lay)
t.check(bool(ex) and ex[-1]["mode"] == "browse" and ex[-1]["muscle"] == first["id"] and first["id"],
        f"clicking the first result ({first['id']}) opens it: {ex[-1]['mode'] if ex else None} {ex[-1]['muscle'] if ex else None}")
t.finish()
