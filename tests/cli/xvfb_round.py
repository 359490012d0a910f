"""The real game in a real (virtual) X window: under xvfb-run, xdotool types and clicks
through title -> player -> menu -> Play -> a quiz -> answers -> results, and the saved
round is checked in the score file. The quiz scene's TT_DEBUG_LAYOUT lines say where to
click. Skipped (exit 0) only when xvfb-run or xdotool is missing.
Usage: python3 tests/cli/xvfb_round.py BINARY SCRATCHDIR (from the repository root)"""
import json
import os
import re
import shutil
import subprocess
import sys
import time

import tt

if not shutil.which("xvfb-run") or not shutil.which("xdotool"):
    print("0 passed, 0 failed (skipped: xvfb-run or xdotool is not installed)")
    sys.exit(0)
if not os.environ.get("TT_IN_XVFB"):   # run this script again inside a virtual X server
    os.environ["TT_IN_XVFB"] = "1"
    os.execvp("xvfb-run", ["xvfb-run", "-a", "-s", "-screen 0 1400x900x24", sys.executable] + sys.argv)

t = tt.Test()
os.environ.pop("SDL_VIDEODRIVER", None)   # a real X11 window this time
os.environ.update(XDG_DATA_HOME=t.path("xdg"), TT_DEBUG_LAYOUT="1")
LOG = t.path("stderr.log")
DATA = t.path("data")

# the player Tester exists before the game starts (one unanswered round over stdio)
t.run("play", "tests/replay/setup.lua", "--stdio", "--player", "Tester", "--data-dir", DATA)
log = open(LOG, "wb")
game = subprocess.Popen([t.bin, "--data-dir", DATA, "--quiz-dir", "tests/replay/quizzes", "--size", "1280x720"],
                        stderr=log)


def finish():
    game.kill()
    game.wait()
    log.close()
    t.finish()


def wait_for(cond):
    """Polls cond (up to 60 s); never a fixed sleep as the check itself."""
    for _ in range(600):
        v = cond()
        if v:
            return v
        time.sleep(0.1)
    return None


def in_log(pattern):
    return lambda: re.search(pattern, t.read(LOG))


def xdo(*args):
    return subprocess.run(["xdotool"] + [str(a) for a in args], capture_output=True, text=True)


def window():
    ids = xdo("search", "--name", "Trigger Trainer").stdout.split()
    return ids[0] if ids else None


WID = wait_for(window)
if not t.check(WID, "no game window"):
    finish()
if xdo("windowactivate", "--sync", WID).returncode:
    xdo("windowfocus", "--sync", WID)


def k(*keys):
    xdo("key", "--window", WID, "--delay", 80, *keys)
    time.sleep(0.4)


k("Return")                     # title -> players
k("Return")                     # play as Tester -> menu
k("Return")                     # Play -> quiz list
t.check(wait_for(in_log(r'layout":"play')), "the quiz list did not show")
k("End", "Up", "Return")        # replay-rounds
if not t.check(wait_for(in_log(r'"state":"ask","n":1')), lambda: "question 1 not asked\n" + t.read(LOG)):
    finish()
ask = next(l for l in t.read(LOG).splitlines() if '"state":"ask","n":1' in l)
x, y = (int(round(v)) for v in json.loads(ask)["answer"])
xdo("mousemove", "--window", WID, x, y)
time.sleep(0.3)
xdo("click", "--window", WID, 1)
time.sleep(0.5)
t.check(wait_for(in_log(r'"state":"reveal","n":1')), "question 1 not revealed after the click")
k("Return")
# the window resized live: question 2 is laid out again for the new size
if xdo("windowsize", "--sync", WID, 900, 650).returncode:
    xdo("windowsize", WID, 900, 650)
t.check(wait_for(in_log(r'"n":2,.*"size":\[900,650\]')), "no layout for the resized window")
for n in (2, 3, 4, 5):          # skip the rest
    if not wait_for(in_log(r'"state":"ask","n":%d' % n)):
        t.bad("question %d not asked" % n)
        break
    k("s", "Return")
t.check(wait_for(in_log(r'layout":"results')), "no results screen")


def saved_round():
    db = t.path("data", "scores.sqlite3")
    r = t.sql(db, "SELECT id, total, max, ended FROM rounds WHERE quiz_id = 'replay-rounds'")
    assert len(r) == 1 and r[0][3] is not None and r[0][2] == 500, r
    a = t.sql(db, "SELECT n, score FROM answers WHERE round_id = ? ORDER BY n", r[0][0])
    assert len(a) == 5 and a[0][1] == 100 and all(s == 0 for _, s in a[1:]), a
    assert r[0][1] == 100, r
    return True


t.check(saved_round, "saved round")
k("Escape")                     # results -> quiz list
k("Escape")                     # -> menu
finish()
