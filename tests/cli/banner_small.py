"""The orientation banner ("Back view: the client's RIGHT is on your right") is what keeps a
student from answering on the wrong side, so it must never be cut. Every quiz scene `shot`
draws (every `quiz:` scene in `shot --list`: a question and a reveal of every kind) is drawn
at 800x600 with the layout report on (TT_DEBUG_LAYOUT=1); the banner it reports must be a whole sentence (the
long or the short form for its view, no ellipsis), lie inside the window and be no wider
than its chart. Every question kind in game/quiz/kinds.h must have such a scene.
Usage: python3 tests/cli/banner_small.py BINARY SCRATCHDIR (from the repository root)"""
import json
import os
import re

import tt

t = tt.Test()
os.environ["TT_DEBUG_LAYOUT"] = "1"

TITLES = {"anterior": "Front view", "posterior": "Back view", "lateral_right": "Right side view",
          "lateral_left": "Left side view", "foot_plantar": "Sole of the foot",
          "leg_medial": "Inner side of the leg", "hand_palmar": "Palm of the hand",
          "hand_dorsal": "Back of the hand"}
RIGHT_ON = {"anterior": "left", "foot_plantar": "left", "leg_medial": "left", "hand_palmar": "left",
            "posterior": "right", "hand_dorsal": "right"}


def sentences(view):
    """The two whole forms of the banner for a view (reveal.c: reveal_caption)."""
    name = TITLES[view]
    if view not in ("anterior", "posterior", "lateral_right", "lateral_left"):
        return {name}                     # a regional view: its title
    if view in RIGHT_ON:
        side = RIGHT_ON[view]
        return {f"{name}: the client's RIGHT is on your {side}", f"{name}: client's RIGHT on your {side}"}
    if view == "lateral_right":
        return {f"{name}: the client's RIGHT side, facing right", f"{name}: client's RIGHT side"}
    return {f"{name}: the client's LEFT side, facing left", f"{name}: client's LEFT side"}


scenes = [line.split()[0] for line in t.run("shot", "--list").out.splitlines() if line.startswith("quiz:")]
t.check(len(scenes) >= 8, f"the quiz scenes: {scenes}")
with open(os.path.join(tt.ROOT, "game/quiz/kinds.h")) as f:
    enum = re.search(r"typedef enum QuizKind \{([^}]*)\}", f.read()).group(1)
kinds = {k.strip()[5:].lower() for k in enum.split(",") if k.strip().startswith("QUIZ_") and "COUNT" not in k}
seen = set()
for scene in scenes:
    for scale in ("1",):
        out = os.path.join(t.tmp, scene.replace(":", "_") + ".png")
        r = t.run("shot", scene, "--size", "800x600", "--out", out)
        t.check(r.rc == 0, f"{scene} at scale {scale}: exit {r.rc}: {r.err[-400:]}")
        lines = [json.loads(x) for x in r.err.splitlines() if x.startswith('{"layout":"quiz"')]
        if not lines:
            t.check(False, f"{scene} at scale {scale}: no quiz layout reported")
            continue
        lay = lines[-1]
        seen.add(lay["kind"])

        def whole(lay=lay):
            b = lay["banner"]
            x, y, w, h = b["rect"]
            cx, cy, cw, ch = lay["chart"]
            assert b["text"] in sentences(lay["view"]), f"banner {b['text']!r} is not a whole sentence"
            assert "\u2026" not in b["text"] and "..." not in b["text"], b["text"]
            assert x >= 0 and y >= 0 and x + w <= 800 and y + h <= 600, f"banner {b['rect']} outside the window"
            assert w <= cw + 0.5, f"banner {w} wider than its chart {cw}"
            return True
        t.check(whole, f"{scene} at scale {scale}: the whole banner shows")
t.check(kinds <= seen, f"every question kind has a quiz scene: kinds {sorted(kinds)}, seen {sorted(seen)}")
t.finish()
