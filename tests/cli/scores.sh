#!/bin/bash
# scores: what `play --stdio` saves, seen through `trigger-trainer scores`. Two rounds as
# one player and one as another: the table shows each round, --player separates them,
# --csv has one correctly quoted row per answer; kill -9 in the middle of a round keeps
# every answered question; `play review` then asks first what was missed; a damaged
# score file is moved aside. A small Python bot answers from `atlas --json`.
# Usage: bash tests/cli/scores.sh BINARY SCRATCHDIR (from the repository root)
BIN=${1:?usage: scores.sh BINARY SCRATCHDIR}
TMP=${2:?usage: scores.sh BINARY SCRATCHDIR}
export SDL_VIDEODRIVER=offscreen
rm -rf "$TMP" && mkdir -p "$TMP" || exit 1
DATA="$TMP/data"
pass=0
fail=0
ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL: $*"; }
finish() { echo "$pass passed, $fail failed"; [ "$fail" -eq 0 ]; exit $?; }

if ! command -v python3 >/dev/null; then
    echo "python3 is needed for the bot"
    bad "no python3"
    finish
fi
"$BIN" atlas --json >"$TMP/atlas.json" 2>"$TMP/atlas.err" || { bad "atlas --json: $(head -c 500 "$TMP/atlas.err")"; finish; }

# Four locate questions in a fixed order: the bot gets trapezius and masseter right and
# skips levator scapulae and splenius capitis.
cat >"$TMP/q.lua" <<'EOF'
return quiz {
  id = "scores-test",
  title = "Scores test",
  questions = {
    locate { muscle = "upper_trapezius", view = "posterior", side = "right" },
    locate { muscle = "levator_scapulae", view = "posterior", side = "right" },
    locate { muscle = "masseter", view = "anterior", side = "right" },
    locate { muscle = "splenius_capitis", view = "posterior", side = "right" },
  },
}
EOF

cat >"$TMP/bot.py" <<'EOF'
# bot.py BINARY ATLAS MODE [play args...]. MODE: mixed (right on trapezius and masseter,
# skip the rest), skip (skip all), kill2 (answer two, then kill -9 the program).
# Prints the muscle of every question asked, one a line, then the summary line.
import json, os, signal, subprocess, sys

binary, atlas_path, mode = sys.argv[1:4]
atlas = json.load(open(atlas_path))
muscles = {m["id"]: m for m in atlas["muscles"]}
RIGHT = {"upper_trapezius", "masseter"}

def answer(q):
    if q["kind"] == "locate" and mode != "skip" and q["muscle"] in RIGHT:
        for t in muscles[q["muscle"]]["trps"]:
            at = t["positions"].get(q["side"], {}).get(q["view"])
            if at:
                return {"click": {"view": q["view"], "x": at[0], "y": at[1]}}
    return {"skip": True}

proc = subprocess.Popen([binary, "play"] + sys.argv[4:] + ["--stdio"], stdin=subprocess.PIPE,
                        stdout=subprocess.PIPE, text=True)
results = 0
for line in proc.stdout:
    msg = json.loads(line)
    if msg["type"] == "question":
        print("asked", msg["muscle"])
        proc.stdin.write(json.dumps(answer(msg)) + "\n")
        proc.stdin.flush()
    elif msg["type"] == "result":
        print("result", msg["n"], msg["score"])
        results += 1
        if mode == "kill2" and results == 2:
            os.kill(proc.pid, signal.SIGKILL)
            break
    elif msg["type"] == "summary":
        print("summary", msg["score"], msg["max"], msg["percent"])
proc.stdin.close()
proc.wait()
sys.exit(0 if (mode == "kill2" and proc.returncode == -signal.SIGKILL) or proc.returncode == 0 else 1)
EOF

bot() {  # bot NAME MODE PLAYER QUIZ
    local name=$1 mode=$2 player=$3 quiz=$4
    if python3 "$TMP/bot.py" "$BIN" "$TMP/atlas.json" "$mode" "$quiz" --player "$player" \
        --data-dir "$DATA" >"$TMP/$name.out" 2>"$TMP/$name.err"; then ok
    else bad "$name: bot exited $? ($(tail -3 "$TMP/$name.err"))"; fi
}

ANN="Ann"
BOB='Bob, "the builder"'
bot ann1 mixed "$ANN" "$TMP/q.lua"
bot ann2 mixed "$ANN" "$TMP/q.lua"
bot bob1 skip "$BOB" "$TMP/q.lua"
if grep -q "^summary 200 400 50" "$TMP/ann1.out"; then ok; else bad "ann round 1 summary: $(grep summary "$TMP/ann1.out")"; fi

# the table: one line per round, with score/max and percent
"$BIN" scores --data-dir "$DATA" >"$TMP/table.txt" 2>"$TMP/table.err" && ok || bad "scores exited $?: $(cat "$TMP/table.err")"
if head -1 "$TMP/table.txt" | grep -q "^player .*date .*quiz .*score .*percent"; then ok; else bad "table header: $(head -1 "$TMP/table.txt")"; fi
if [ "$(grep -c "scores-test" "$TMP/table.txt")" = 3 ]; then ok; else bad "table rounds: $(cat "$TMP/table.txt")"; fi
if [ "$(grep -c '^Ann .*200/400 *50%' "$TMP/table.txt")" = 2 ]; then ok; else bad "Ann's rounds: $(cat "$TMP/table.txt")"; fi
if grep -q '^Bob, "the builder" .*0/400 *0%' "$TMP/table.txt"; then ok; else bad "Bob's round: $(cat "$TMP/table.txt")"; fi

# --player separates players (names without case)
"$BIN" scores --data-dir "$DATA" --player ann >"$TMP/ann.txt" 2>&1 && ok || bad "scores --player ann exited $?"
if [ "$(grep -c "scores-test" "$TMP/ann.txt")" = 2 ] && ! grep -q Bob "$TMP/ann.txt"; then ok; else bad "--player ann: $(cat "$TMP/ann.txt")"; fi
"$BIN" scores --data-dir "$DATA" --player "$BOB" >"$TMP/bob.txt" 2>&1 && ok || bad "scores --player Bob exited $?"
if [ "$(grep -c "scores-test" "$TMP/bob.txt")" = 1 ] && ! grep -q "^Ann" "$TMP/bob.txt"; then ok; else bad "--player Bob: $(cat "$TMP/bob.txt")"; fi
"$BIN" scores --data-dir "$DATA" --player Nobody >/dev/null 2>"$TMP/nobody.err"
if [ $? = 1 ] && grep -q "no player named 'Nobody'" "$TMP/nobody.err"; then ok; else bad "unknown player: $(cat "$TMP/nobody.err")"; fi
"$BIN" scores --data-dir "$DATA" --bogus >/dev/null 2>&1
if [ $? = 2 ]; then ok; else bad "an unknown option should exit 2"; fi

# --csv: a header and one row per answer, quoted where needed
"$BIN" scores --data-dir "$DATA" --csv >"$TMP/all.csv" 2>"$TMP/csv.err" && ok || bad "scores --csv exited $?"
if [ "$(head -1 "$TMP/all.csv")" = "player,time,quiz,question,muscle,kind,score,ms,round,n" ]; then ok; else bad "csv header: $(head -1 "$TMP/all.csv")"; fi
check_csv() {  # check_csv FILE ROWS PLAYER...: parses with Python's csv module
    python3 - "$@" <<'EOF'
import csv, sys
path, rows, players = sys.argv[1], int(sys.argv[2]), set(sys.argv[3:])
data = list(csv.reader(open(path, newline="")))
head, body = data[0], data[1:]
problems = []
if len(body) != rows: problems.append("%d rows, want %d" % (len(body), rows))
for r in body:
    if len(r) != len(head): problems.append("row with %d fields: %r" % (len(r), r))
    elif r[0] not in players: problems.append("player %r" % r[0])
    elif not r[3] or r[5] != "locate" or not r[6].isdigit() or int(r[6]) > 100: problems.append("row %r" % r)
print("; ".join(problems))
sys.exit(1 if problems else 0)
EOF
}
out=$(check_csv "$TMP/all.csv" 12 "$ANN" "$BOB") && ok || bad "csv: $out"
if grep -q '^"Bob, ""the builder""",' "$TMP/all.csv"; then ok; else bad "csv quoting of Bob's name"; fi
"$BIN" scores --data-dir "$DATA" --csv --player "$BOB" >"$TMP/bob.csv" 2>&1 && ok || bad "scores --csv --player exited $?"
out=$(check_csv "$TMP/bob.csv" 4 "$BOB") && ok || bad "bob csv: $out"
if [ "$(grep -c ',upper_trapezius,locate,100,' "$TMP/all.csv")" = 2 ]; then ok; else bad "Ann's right answers in the csv"; fi

# kill -9 after two answers: both are saved, the round shows as unfinished
bot kim kill2 "Kim" "$TMP/q.lua"
"$BIN" scores --data-dir "$DATA" --csv --player Kim >"$TMP/kim.csv" 2>&1
out=$(check_csv "$TMP/kim.csv" 2 "Kim") && ok || bad "after kill -9: $out"
"$BIN" scores --data-dir "$DATA" --player Kim >"$TMP/kim.txt" 2>&1
if grep -q "unfinished" "$TMP/kim.txt"; then ok; else bad "killed round: $(cat "$TMP/kim.txt")"; fi

# review: the two items Ann missed come first
bot review skip "$ANN" review
first=$(grep '^asked' "$TMP/review.out" | head -2 | awk '{print $2}' | sort | tr '\n' ' ')
if [ "$first" = "levator_scapulae splenius_capitis " ]; then ok; else bad "review asks first: '$first' ($(head -c 600 "$TMP/review.out"))"; fi
if [ "$(grep -c '^asked' "$TMP/review.out")" = 4 ]; then ok; else bad "review asks $(grep -c '^asked' "$TMP/review.out") items, want 4"; fi
"$BIN" scores --data-dir "$DATA" --player Ann >"$TMP/ann2.txt" 2>&1
if grep -q " review " "$TMP/ann2.txt"; then ok; else bad "review round not listed: $(cat "$TMP/ann2.txt")"; fi

# a damaged score file is moved aside, never overwritten
mkdir -p "$TMP/broken"
echo "not a database" >"$TMP/broken/scores.sqlite3"
"$BIN" scores --data-dir "$TMP/broken" >"$TMP/broken.out" 2>"$TMP/broken.err" && ok || bad "scores on a damaged file exited $?"
if grep -q "moved to" "$TMP/broken.err" && grep -q "No rounds" "$TMP/broken.out"; then ok; else bad "damaged file: $(cat "$TMP/broken.err" "$TMP/broken.out")"; fi
if grep -qx "not a database" "$TMP"/broken/scores.sqlite3.damaged-*; then ok; else bad "the damaged file was not kept"; fi

finish
