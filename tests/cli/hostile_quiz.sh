#!/bin/bash
# hostile_quiz: quiz scripts written to break the loader and the round, through the real
# command line. Each tests/hostile/quiz/*.lua says at its top what must happen:
#   -- check: STATUS [text]     `check FILE` exits STATUS and prints text (file:line: lines)
#   -- play: STATUS[,STATUS] [text]   `play FILE --stdio` (skipping every question) exits so,
#                               every line is a JSON object, the last one a summary or a
#                               fatal error, and text appears in it
# Then every sandbox attack of tests/lua/hostile/ goes through `check` as if it were a quiz,
# and all hostile files together with the built-in quizzes: the built-ins still load.
# Nothing may crash, hang or trip a sanitizer.
# Usage: bash tests/cli/hostile_quiz.sh BINARY SCRATCHDIR (from the repository root)
BIN=${1:?usage: hostile_quiz.sh BINARY SCRATCHDIR}
TMP=${2:?usage: hostile_quiz.sh BINARY SCRATCHDIR}
export SDL_VIDEODRIVER=offscreen
rm -rf "$TMP" && mkdir -p "$TMP" || exit 1
pass=0 fail=0 cases=0
ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL: $*"; }
python3 -c 'print("{\"skip\":true}\n" * 260, end="")' >"$TMP/skips"

clean_err() {  # clean_err FILE WHAT: no sanitizer report, no crash
    if grep -qE "Sanitizer|runtime error|Segmentation|Aborted" "$1"; then bad "$2: $(grep -m3 -E "Sanitizer|runtime error" "$1")"; return 1; fi
    return 0
}

for f in tests/hostile/quiz/*.lua; do
    cases=$((cases + 1))
    spec=$(sed -n 's/^-- check: //p' "$f" | head -1)
    want=${spec%% *}; needle=""
    [ "$spec" != "$want" ] && needle=${spec#* }
    timeout 120 "$BIN" check "$f" >"$TMP/check.out" 2>"$TMP/check.err"
    rc=$?
    if clean_err "$TMP/check.err" "check $f"; then
        if [ "$rc" != "$want" ]; then bad "check $f: exit $rc, want $want: $(head -c 300 "$TMP/check.out")"
        elif [ -n "$needle" ] && ! grep -qF -- "$needle" "$TMP/check.out"; then bad "check $f: no '$needle' in $(head -c 300 "$TMP/check.out")"
        elif grep -vqE '^[^:]+:[0-9]+: .+' "$TMP/check.out"; then bad "check $f: a line without file:line: $(grep -m1 -vE '^[^:]+:[0-9]+: ' "$TMP/check.out" | head -c 200)"
        else ok; fi
    fi
    spec=$(sed -n 's/^-- play: //p' "$f" | head -1)
    [ -z "$spec" ] && continue
    want=${spec%% *}; needle=""
    [ "$spec" != "$want" ] && needle=${spec#* }
    timeout 120 "$BIN" play "$f" --stdio --seed 3 --data-dir "$TMP/data" <"$TMP/skips" >"$TMP/play.out" 2>"$TMP/play.err"
    rc=$?
    clean_err "$TMP/play.err" "play $f" || continue
    if ! [[ ",$want," == *",$rc,"* ]]; then bad "play $f: exit $rc, want $want: $(head -c 300 "$TMP/play.err")"; continue; fi
    if [ -n "$needle" ] && ! grep -qF -- "$needle" "$TMP/play.out"; then bad "play $f: no '$needle' in the output"; continue; fi
    python3 - "$TMP/play.out" <<'EOF' >"$TMP/why" 2>&1 && ok || bad "play $f: $(head -c 300 "$TMP/why")"
import json, sys
lines = open(sys.argv[1], "rb").read().decode("utf-8").splitlines()
msgs = [json.loads(l) for l in lines]
assert msgs and all(isinstance(m, dict) for m in msgs)
last = msgs[-1]
assert last["type"] == "summary" or (last["type"] == "error" and last.get("fatal")), last["type"]
for m in msgs:
    if m["type"] == "question":
        for k in ("n", "of", "kind", "prompt", "view"):
            assert k in m, "question without %s" % k
    if m["type"] == "result":
        assert 0 <= m["score"] <= 100 and "feedback" in m
EOF
done

# the sandbox attacks, loaded as quiz files: refused with a message, never a crash
for f in tests/lua/hostile/*.lua; do
    cases=$((cases + 1))
    timeout 120 "$BIN" check "$f" >"$TMP/check.out" 2>"$TMP/check.err"
    rc=$?
    clean_err "$TMP/check.err" "check $f" || continue
    if [ "$rc" = 1 ] && grep -qE '^[^:]+:[0-9]+: .+' "$TMP/check.out"; then ok
    else bad "check $f: exit $rc: $(head -c 300 "$TMP/check.out")"; fi
done

# everything at once: the hostile files are reported, the built-in quizzes still load
cases=$((cases + 1))
timeout 300 "$BIN" check scripts/quizzes/*.lua tests/hostile/quiz/*.lua >"$TMP/all.out" 2>"$TMP/all.err"
rc=$?
nbuiltin=$(ls scripts/quizzes/*.lua | wc -l)
nok=$(grep -c "^scripts/quizzes/.*: ok: quiz" "$TMP/all.err")
if [ $rc = 1 ] && [ "$nok" = "$nbuiltin" ] && clean_err "$TMP/all.err" "all together"; then ok
else bad "all together: exit $rc, $nok of $nbuiltin built-ins ok"; fi

echo "hostile quiz cases: $cases"
echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
