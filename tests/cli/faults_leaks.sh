#!/bin/bash
# faults_leaks: whole headless rounds under a leak checker, with no report. The game plays a
# round from recorded input (title -> player -> menu -> Play -> the first quiz, every
# question skipped or answered with Enter, then the results), `play --stdio` plays a round
# with every kind of answer, and `shot` renders the chart and quiz scenes. With an ASan
# build LeakSanitizer checks at exit (tests/lsan.supp holds the system-library leaks we
# cannot free); with a plain build valgrind --leak-check=full runs instead (definite and
# indirect leaks are errors), when valgrind is installed. TT_LEAK_CHECK=valgrind|lsan forces one.
# Usage: bash tests/cli/faults_leaks.sh BINARY SCRATCHDIR (from the repository root)
BIN=${1:?usage: faults_leaks.sh BINARY SCRATCHDIR}
TMP=${2:?usage: faults_leaks.sh BINARY SCRATCHDIR}
export SDL_VIDEODRIVER=offscreen SDL_AUDIODRIVER=dummy
rm -rf "$TMP" && mkdir -p "$TMP" || exit 1
DATA=$TMP/data
pass=0 fail=0
ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL: $*"; }

mode=${TT_LEAK_CHECK:-}
if [ -z "$mode" ]; then
    if ldd "$BIN" 2>/dev/null | grep -q libasan || nm "$BIN" 2>/dev/null | grep -q __asan_init; then mode=lsan
    elif command -v valgrind >/dev/null; then mode=valgrind
    else mode=none; fi
fi
echo "leak checker: $mode"
SUPP=$PWD/tests/lsan.supp
VSUPP=$PWD/tests/hostile/valgrind.supp
# checked NAME ARGS...: runs the binary under the leak checker; stdin from $TMP/in
checked() {
    local name=$1
    shift
    case $mode in
    lsan)
        ASAN_OPTIONS=detect_leaks=1 LSAN_OPTIONS=suppressions=$SUPP "$BIN" "$@" <"$TMP/in" >"$TMP/$name.out" 2>"$TMP/$name.err" ;;
    valgrind)
        valgrind --quiet --leak-check=full --show-leak-kinds=definite,indirect --errors-for-leak-kinds=definite,indirect \
            --error-exitcode=99 --suppressions="$VSUPP" "$BIN" "$@" <"$TMP/in" >"$TMP/$name.out" 2>"$TMP/$name.err" ;;
    *)
        "$BIN" "$@" <"$TMP/in" >"$TMP/$name.out" 2>"$TMP/$name.err" ;;
    esac
    local rc=$?
    if [ $rc != 0 ]; then bad "$name: exit $rc: $(grep -m5 -E "ERROR|lost|leak|Sanitizer|error" "$TMP/$name.err" | head -c 600)"; return 1; fi
    if grep -qE "LeakSanitizer|definitely lost: [1-9]|indirectly lost: [1-9]|Invalid (read|write)|uninitialised" "$TMP/$name.err"; then
        bad "$name: leak checker report: $(head -c 600 "$TMP/$name.err")"; return 1
    fi
    ok
}

# the player Tester exists before the game starts
: >"$TMP/in"
"$BIN" play tests/hostile/faults/five.lua --stdio --player Tester --data-dir "$DATA" <"$TMP/in" >/dev/null 2>&1

# a round in the game, headless: skip ("s") and continue ("enter") through every question
python3 - "$TMP/round.rec" <<'EOF'
import sys
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
open(sys.argv[1], "w").write("\n".join(lines) + "\n")
EOF
: >"$TMP/in"
checked game_round --replay "$TMP/round.rec" --headless --out "$TMP/round.png" --data-dir "$DATA"
"$BIN" scores --csv --data-dir "$DATA" >"$TMP/scores.csv" 2>/dev/null
rows=$(($(wc -l <"$TMP/scores.csv") - 1))
[ "$rows" -gt 5 ] && ok || bad "the headless game round saved no answers ($rows rows after the 5 of the setup round)"

# a round over stdio with every kind of answer, malformed ones included
cat >"$TMP/q.lua" <<'EOF'
return quiz { id = "leaks", title = "Leaks", questions = {
  locate { muscle = "upper_trapezius", view = "posterior", side = "right" },
  refer { muscle = "upper_trapezius", trp = 1, view = "posterior", side = "right" },
  identify { muscle = "infraspinatus", choices = 4 },
  name { muscle = "levator_scapulae", choices = 4 },
}, on_answer = function(ctx, q, r) return { feedback = "seen " .. q.kind } end,
   on_finish = function(ctx, s) return { feedback = s.percent .. "%" } end }
EOF
printf '%s\n' '{"click":' '{"click":{"view":"posterior","x":9.8,"y":143.2}}' \
    '{"paint":{"view":"posterior","circles":[[10,143,3]]}}' '{"choice":"nobody"}' '{"choice":"infraspinatus"}' \
    '{"skip":true}' >"$TMP/in"
checked stdio_round play "$TMP/q.lua" --stdio --seed 5 --data-dir "$DATA"
grep -q '"type":"summary"' "$TMP/stdio_round.out" && ok || bad "stdio round: no summary"

# scenes rendered headless
: >"$TMP/in"
for scene in title chart:posterior menu; do
    checked "shot_${scene/:/_}" shot "$scene" --out "$TMP/$scene.png" --data-dir "$DATA"
done

echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
