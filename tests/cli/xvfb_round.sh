#!/usr/bin/env bash
# The real game in a real (virtual) X window: under xvfb-run, xdotool types and clicks
# through title -> player -> menu -> Play -> a quiz -> answers -> results, and the saved
# round is checked in the score file. The quiz scene's TT_DEBUG_LAYOUT lines say where to
# click. Skipped (exit 0) only when xvfb-run or xdotool is missing.
BIN=$1; TMP=$2
if ! command -v xvfb-run >/dev/null || ! command -v xdotool >/dev/null; then
    echo "0 passed, 0 failed (skipped: xvfb-run or xdotool is not installed)"
    exit 0
fi
rm -rf "$TMP"; mkdir -p "$TMP"
BIN=$(cd "$(dirname "$BIN")" && pwd)/$(basename "$BIN")
export TT_BIN="$BIN" TT_TMP="$TMP" XDG_DATA_HOME="$TMP/xdg" TT_DEBUG_LAYOUT=1
unset SDL_VIDEODRIVER   # a real X11 window this time
exec xvfb-run -a -s "-screen 0 1400x900x24" bash -c '
pass=0; fail=0
ok()  { pass=$((pass+1)); }
bad() { fail=$((fail+1)); echo "FAIL: $*"; }
LOG=$TT_TMP/stderr.log
# the player Tester exists before the game starts (one unanswered round over stdio)
"$TT_BIN" play tests/replay/setup.lua --stdio --player Tester --data-dir "$TT_TMP/data" </dev/null >/dev/null 2>&1
"$TT_BIN" --data-dir "$TT_TMP/data" --quiz-dir tests/replay/quizzes --size 1280x720 2>"$LOG" &
GAME=$!
finish() { kill "$GAME" 2>/dev/null; wait "$GAME" 2>/dev/null; echo "$pass passed, $fail failed"; [ "$fail" = 0 ]; exit; }
# wait (up to 60 s) for something; never a fixed sleep as the check itself
wait_for() { for _ in $(seq 600); do eval "$1" && return 0; sleep 0.1; done; return 1; }
WID=
wait_for "WID=\$(xdotool search --name \"Trigger Trainer\" 2>/dev/null | head -1); [ -n \"\$WID\" ]" && ok || { bad "no game window"; finish; }
xdotool windowactivate --sync "$WID" 2>/dev/null || xdotool windowfocus --sync "$WID" 2>/dev/null
k() { xdotool key --window "$WID" --delay 80 "$@"; sleep 0.4; }
k Return                        # title -> players
k Return                        # play as Tester -> menu
k Return                        # Play -> quiz list
wait_for "grep -q \"layout\\\":\\\"play\" \"$LOG\"" && ok || bad "the quiz list did not show"
k End Up Return                 # replay-rounds
wait_for "grep -q \"\\\"state\\\":\\\"ask\\\",\\\"n\\\":1\" \"$LOG\"" && ok || { bad "question 1 not asked"; cat "$LOG"; finish; }
XY=$(grep "\"state\":\"ask\",\"n\":1" "$LOG" | head -1 | python3 -c "import json,sys; a=json.loads(sys.stdin.read())[\"answer\"]; print(int(round(a[0])), int(round(a[1])))")
xdotool mousemove --window "$WID" $XY; sleep 0.3
xdotool click --window "$WID" 1; sleep 0.5
wait_for "grep -q \"\\\"state\\\":\\\"reveal\\\",\\\"n\\\":1\" \"$LOG\"" && ok || bad "question 1 not revealed after the click"
k Return
# the window resized live: question 2 is laid out again for the new size
xdotool windowsize --sync "$WID" 900 650 2>/dev/null || xdotool windowsize "$WID" 900 650
wait_for "grep -q \"\\\"n\\\":2,.*\\\"size\\\":\\[900,650\\]\" \"$LOG\"" && ok || bad "no layout for the resized window"
for n in 2 3 4 5; do            # skip the rest
    wait_for "grep -q \"\\\"state\\\":\\\"ask\\\",\\\"n\\\":$n\" \"$LOG\"" || { bad "question $n not asked"; break; }
    k s Return
done
wait_for "grep -q \"layout\\\":\\\"results\" \"$LOG\"" && ok || bad "no results screen"
python3 - "$TT_TMP/data/scores.sqlite3" <<PY && ok || bad "saved round"
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
r = db.execute("SELECT id, total, max, ended FROM rounds WHERE quiz_id = \"replay-rounds\"").fetchall()
assert len(r) == 1 and r[0][3] is not None and r[0][2] == 500, r
a = db.execute("SELECT n, score FROM answers WHERE round_id = ? ORDER BY n", (r[0][0],)).fetchall()
assert len(a) == 5 and a[0][1] == 100 and all(s == 0 for _, s in a[1:]), a
assert r[0][1] == 100, r
PY
k Escape                        # results -> quiz list
k Escape                        # -> menu
finish
'
