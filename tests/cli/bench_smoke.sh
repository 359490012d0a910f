# bench_smoke: `trigger-trainer bench --json --quick --frames 5` runs and prints every figure
# with a number (the idle figure may be skipped, with a note, when xvfb-run is missing).
# No timing is asserted: the figures depend on the machine.
# Usage: bash tests/cli/bench_smoke.sh BINARY SCRATCHDIR
BIN=$1
TMP=$2
mkdir -p "$TMP"
pass=0
fail=0
ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL: $*"; }

export TMPDIR=$TMP
if "$BIN" bench --json --quick --frames 5 >"$TMP/bench.json" 2>"$TMP/bench.err"; then ok; else bad "bench exited with $?"; cat "$TMP/bench.err"; fi

python3 - "$TMP/bench.json" <<'PY' && ok || bad "the JSON does not hold every figure with a number"
import json, math, shutil, sys
doc = json.load(open(sys.argv[1]))
want = ["start_title", "start_quiz", "frame_locate_reveal", "frame_refer_reveal", "frame_explore_muscle",
        "frame_progress", "atlas_load", "quizzes_load", "score_refer", "score_locate", "save_answer",
        "mastery_history", "peak_memory_round", "idle_cpu"]
figs = {f["key"]: f for f in doc["figures"]}
problems = []
for key in want:
    f = figs.get(key)
    if f is None:
        problems.append(key + ": missing")
        continue
    for field in ("label", "unit", "median", "runs", "budget", "within", "note"):
        if field not in f:
            problems.append(key + ": no " + field)
    m = f.get("median")
    if key == "idle_cpu" and m is None and shutil.which("xvfb-run") is None:
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
for p in problems:
    print(p)
sys.exit(1 if problems else 0)
PY

# the table names every figure too, with its budget
if "$BIN" bench --quick --frames 3 --only score,save >"$TMP/bench.txt" 2>/dev/null &&
   grep -q "score one refer answer" "$TMP/bench.txt" && grep -q "< 1 ms" "$TMP/bench.txt" &&
   grep -q "save one answer" "$TMP/bench.txt"; then ok; else bad "the table"; cat "$TMP/bench.txt"; fi

# usage errors
"$BIN" bench --frames 0 >/dev/null 2>&1; [ $? = 2 ] && ok || bad "--frames 0 is not a usage error"
"$BIN" bench --size 12 >/dev/null 2>&1; [ $? = 2 ] && ok || bad "--size 12 is not a usage error"
"$BIN" bench --bogus >/dev/null 2>&1; [ $? = 2 ] && ok || bad "--bogus is not a usage error"

# scratch directories are cleaned up
left=$(find "$TMP" -maxdepth 1 -name 'tt-bench-*' | wc -l)
[ "$left" = 0 ] && ok || bad "$left scratch directories left behind"

echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
