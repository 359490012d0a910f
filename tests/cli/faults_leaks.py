"""faults_leaks: whole headless rounds under a leak checker, with no report. The game plays a
round from recorded input (title -> player -> menu -> Play -> the first quiz, every
question skipped or answered with Enter, then the results), `play --stdio` plays a round
with every kind of answer, and `shot` renders the chart and quiz scenes. With an ASan
build LeakSanitizer checks at exit (tests/lsan.supp holds the system-library leaks we
cannot free); with a plain build valgrind --leak-check=full runs instead (definite and
indirect leaks are errors), when valgrind is installed. TT_LEAK_CHECK=valgrind|lsan forces one.
Usage: python3 tests/cli/faults_leaks.py BINARY SCRATCHDIR (from the repository root)"""
import os
import re
import subprocess

import tt

t = tt.Test()
DATA = t.path("data")


def asan_build():
    for tool in (["ldd", t.bin], ["nm", t.bin]):
        try:
            out = subprocess.run(tool, capture_output=True, text=True, errors="replace").stdout
        except OSError:
            continue
        if "libasan" in out or "__asan_init" in out:
            return True
    return False


mode = os.environ.get("TT_LEAK_CHECK") or ("lsan" if asan_build() else "valgrind" if t.have("valgrind") else "none")
print("leak checker:", mode)
SUPP = os.path.abspath("tests/lsan.supp")
VSUPP = os.path.abspath("tests/hostile/valgrind.supp")
REPORT = re.compile(r"LeakSanitizer|definitely lost: [1-9]|indirectly lost: [1-9]|Invalid (read|write)|uninitialised")


def checked(name, *args, input=b""):
    """One check: BINARY ARGS... under the leak checker exits 0 with no report. Returns the run."""
    env, prefix = {}, ()
    if mode == "lsan":
        env = {"ASAN_OPTIONS": "detect_leaks=1", "LSAN_OPTIONS": "suppressions=" + SUPP}
    elif mode == "valgrind":
        prefix = ("valgrind", "--quiet", "--leak-check=full", "--show-leak-kinds=definite,indirect",
                  "--errors-for-leak-kinds=definite,indirect", "--error-exitcode=99", "--suppressions=" + VSUPP)
    r = t.run(*args, input=input, env=env, prefix=prefix, timeout=600)
    if r.rc != 0:
        lines = [l for l in r.err.splitlines() if re.search(r"ERROR|lost|leak|Sanitizer|error", l)][:5]
        t.bad("%s: exit %s: %s" % (name, r.rc, "\n".join(lines)[:600]))
    elif REPORT.search(r.err):
        t.bad("%s: leak checker report: %s" % (name, r.err[:600]))
    else:
        t.ok()
    return r


# the player Tester exists before the game starts
t.run("play", "tests/hostile/faults/five.lua", "--stdio", "--player", "Tester", "--data-dir", DATA, input=b"")

# a round in the game, headless: skip ("s") and continue ("enter") through every question
ms, lines = 0, ["0 resize 1024 768"]


def key(name, gap=150):
    global ms
    ms += gap
    lines.append("%d keydown %s 0" % (ms, name))
    lines.append("%d keyup %s 0" % (ms + 20, name))


for k in ["enter", "enter", "enter", "enter"]:    # title -> players -> menu -> quiz list -> first quiz
    key(k, 300)
for i in range(30):
    key("s")
    key("enter")
    ms += 50
    lines.append("%d move %d %d 0" % (ms, 300 + i * 7, 200 + i * 9))
    lines.append("%d down %d %d 1" % (ms + 10, 300 + i * 7, 200 + i * 9))
    lines.append("%d up %d %d 1" % (ms + 30, 300 + i * 7, 200 + i * 9))
key("escape", 300)
key("escape", 300)
rec = t.write("round.rec", "\n".join(lines) + "\n")
checked("game_round", "--replay", rec, "--headless", "--out", t.path("round.png"), "--data-dir", DATA)
csv = t.run("scores", "--csv", "--data-dir", DATA).out
rows = len(csv.splitlines()) - 1
t.check(rows > 5, "the headless game round saved no answers (%d rows after the 5 of the setup round)" % rows)

# a round over stdio with every kind of answer, malformed ones included
quiz = t.write("q.lua", """return quiz { id = "leaks", title = "Leaks", questions = {
  locate { muscle = "upper_trapezius", view = "posterior", side = "right" },
  refer { muscle = "upper_trapezius", trp = 1, view = "posterior", side = "right" },
  identify { muscle = "infraspinatus", choices = 4 },
  name { muscle = "levator_scapulae", choices = 4 },
}, on_answer = function(ctx, q, r) return { feedback = "seen " .. q.kind } end,
   on_finish = function(ctx, s) return { feedback = s.percent .. "%" } end }
""")
answers = ['{"click":', '{"click":{"view":"posterior","x":9.8,"y":143.2}}',
           '{"paint":{"view":"posterior","circles":[[10,143,3]]}}', '{"choice":"nobody"}',
           '{"choice":"infraspinatus"}', '{"skip":true}']
r = checked("stdio_round", "play", quiz, "--stdio", "--seed", "5", "--data-dir", DATA,
            input="".join(a + "\n" for a in answers))
t.check('"type":"summary"' in r.out, "stdio round: no summary")

# scenes rendered headless
for scene in ("title", "chart:posterior", "menu"):
    checked("shot_" + scene.replace(":", "_"), "shot", scene, "--out", t.path(scene + ".png"), "--data-dir", DATA)

t.finish()
