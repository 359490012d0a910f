"""bench_smoke: `trigger-trainer bench --json --quick --frames 5` runs and prints every figure
with a number (the idle figure may be skipped, with a note, when xvfb-run is missing).
No timing is asserted: the figures depend on the machine.
Usage: python3 tests/cli/bench_smoke.py BINARY SCRATCHDIR (from the repository root)"""
import glob
import json
import math

import tt

t = tt.Test()
env = {"TMPDIR": t.tmp}   # bench makes its scratch folders there

r = t.run("bench", "--json", "--quick", "--frames", "5", env=env, timeout=600)
t.check(r.rc == 0, lambda: "bench exited with %s\n%s" % (r.rc, r.err))

WANT = ["start_title", "start_quiz", "frame_locate_reveal", "frame_refer_reveal", "frame_explore_muscle",
        "frame_progress", "frame_zoom_step", "frame_zoom_settle", "atlas_load", "quizzes_load", "score_refer", "score_locate",
        "save_answer", "mastery_history", "peak_memory_round", "idle_cpu", "class_report"]


def figure_problems():
    doc = json.loads(r.out)
    figs = {f["key"]: f for f in doc["figures"]}
    problems = []
    for key in WANT:
        f = figs.get(key)
        if f is None:
            problems.append(key + ": missing")
            continue
        for field in ("label", "unit", "median", "runs", "budget", "within", "note"):
            if field not in f:
                problems.append(key + ": no " + field)
        m = f.get("median")
        if key == "idle_cpu" and m is None and not t.have("xvfb-run"):
            if "skipped" not in f.get("note", ""):
                problems.append(key + ": skipped without a note")
            continue
        if not isinstance(m, (int, float)) or math.isnan(m) or m < 0:
            problems.append("%s: median %r (%s)" % (key, m, f.get("note")))
        elif f["runs"] < 1:
            problems.append(key + ": no runs")
        if key.startswith("frame_") and not isinstance(f.get("p99"), (int, float)):
            problems.append(key + ": no p99")
        if f.get("budget") is not None and not isinstance(f.get("within"), bool):
            problems.append(key + ": budget without a verdict")
    for field in ("nproc", "cpu", "debian", "sdl"):
        if field not in doc.get("machine", {}):
            problems.append("machine: no " + field)
    if doc.get("frames") != 5 or doc.get("size") != "1280x720":
        problems.append("frames/size not as asked: %r %r" % (doc.get("frames"), doc.get("size")))
    return problems


try:
    problems = figure_problems()
except (ValueError, KeyError, TypeError) as e:
    problems = ["not a bench document: %s" % e]
t.check(not problems, lambda: "the JSON does not hold every figure with a number:\n" + "\n".join(problems))

# CPU time and load beside the figures; the start-up split into phases, with and without
# the charts' pictures kept (issue 18)
def cpu_problems():
    figs = {f["key"]: f for f in json.loads(r.out)["figures"]}
    problems = []
    for key in ("start_title", "start_quiz", "atlas_load", "frame_locate_reveal"):
        f = figs.get(key, {})
        if not isinstance(f.get("cpu"), (int, float)) or f["cpu"] <= 0:
            problems.append("%s: cpu %r" % (key, f.get("cpu")))
        if not isinstance(f.get("load"), (int, float)):
            problems.append("%s: load %r" % (key, f.get("load")))
    note = figs.get("start_quiz", {}).get("note", "")
    for phase in ("exec and linking", "atlas", "first frame", "no chart kept yet"):
        if phase not in note:
            problems.append("start_quiz's note lacks '%s': %s" % (phase, note))
    if "no chart kept yet" not in figs.get("peak_memory_round", {}).get("note", ""):
        problems.append("peak_memory_round's note lacks the figure without kept pictures")
    return problems


try:
    problems = cpu_problems()
except (ValueError, KeyError, TypeError) as e:
    problems = ["not a bench document: %s" % e]
t.check(not problems, lambda: "CPU, load or phases missing:\n" + "\n".join(problems))

# the table names every figure too, with its budget
r = t.run("bench", "--quick", "--frames", "3", "--only", "score,save", env=env, timeout=600)
t.check(r.rc == 0 and "score one refer answer" in r.out and "< 1 ms" in r.out and "save one answer" in r.out,
        lambda: "the table\n" + r.out)

# usage errors
t.check(t.run("bench", "--frames", "0").rc == 2, "--frames 0 is not a usage error")
t.check(t.run("bench", "--size", "12").rc == 2, "--size 12 is not a usage error")
t.check(t.run("bench", "--bogus").rc == 2, "--bogus is not a usage error")

# scratch directories are cleaned up
left = glob.glob(t.path("tt-bench-*"))
t.check(not left, "%d scratch directories left behind" % len(left))

t.finish()
