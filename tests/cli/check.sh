#!/bin/bash
# check: `trigger-trainer check FILE...` passes every built-in quiz and the good test quizzes,
# reports each broken one as file:line: message, and exits 0 / 1 / 2.
# Usage: bash tests/cli/check.sh BINARY SCRATCHDIR (from the repository root)
BIN=${1:?usage: check.sh BINARY SCRATCHDIR}
TMP=${2:?usage: check.sh BINARY SCRATCHDIR}
export SDL_VIDEODRIVER=offscreen
rm -rf "$TMP" && mkdir -p "$TMP" || exit 1
pass=0 fail=0
ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL: $*"; }

# every built-in quiz, all loaded together (ids unique), and at least 8 of them
n=$(ls scripts/quizzes/*.lua | wc -l)
[ "$n" -ge 8 ] && ok || bad "at least 8 built-in quizzes (found $n)"
"$BIN" check scripts/quizzes/*.lua > "$TMP/builtin.out" 2> "$TMP/builtin.err"
rc=$?
[ $rc = 0 ] && ok || { bad "built-in quizzes pass check (exit $rc)"; cat "$TMP/builtin.out"; }
[ ! -s "$TMP/builtin.out" ] && ok || bad "no messages for the built-ins"
[ "$(grep -c ': ok: quiz' "$TMP/builtin.err")" = "$n" ] && ok || bad "one ok line per built-in quiz"
for f in scripts/quizzes/*.lua; do
    "$BIN" check -q "$f" > /dev/null 2>&1 && ok || bad "$f passes on its own"
done

# the good test quizzes
"$BIN" check -q tests/quiz/good/*.lua > "$TMP/good.out" 2>&1 && ok || { bad "good test quizzes pass"; cat "$TMP/good.out"; }

# each broken quiz: exit 1 and its expected messages, file:line: message
for f in tests/quiz/broken/*.lua; do
    "$BIN" check -q tests/quiz/good/*.lua "$f" > "$TMP/broken.out" 2>&1
    rc=$?
    [ $rc = 1 ] && ok || bad "$f: exit $rc, expected 1"
    grep '^-- expect: ' "$f" | sed 's/^-- expect: //' | while IFS= read -r want; do
        grep -qxF "tests/quiz/broken/$want" "$TMP/broken.out" || grep -qxF "$want" "$TMP/broken.out" || echo "$want"
    done > "$TMP/missing.txt"
    [ ! -s "$TMP/missing.txt" ] && ok || { bad "$f: messages missing"; cat "$TMP/missing.txt"; echo "got:"; cat "$TMP/broken.out"; }
done

# every line of output has the file:line: message shape
"$BIN" check tests/quiz/broken/*.lua > "$TMP/all.out" 2>/dev/null
rc=$?
[ $rc = 1 ] && ok || bad "broken files together exit 1 (got $rc)"
if grep -vqE '^[^:]+:[0-9]+: .+' "$TMP/all.out"; then bad "a message without file:line:"; grep -vE '^[^:]+:[0-9]+: .+' "$TMP/all.out"; else ok; fi

# one good and one broken: still 1; a good one alone: 0
"$BIN" check -q tests/quiz/good/basic.lua tests/quiz/broken/empty.lua > /dev/null 2>&1; [ $? = 1 ] && ok || bad "good + broken exits 1"
"$BIN" check -q tests/quiz/good/basic.lua > /dev/null 2>&1; [ $? = 0 ] && ok || bad "good alone exits 0"

# a file that does not exist, usage errors
"$BIN" check "$TMP/missing.lua" > "$TMP/nofile.out" 2>&1; [ $? = 1 ] && ok || bad "missing file exits 1"
grep -q "missing.lua:0: cannot open" "$TMP/nofile.out" && ok || bad "missing file message"
"$BIN" check > /dev/null 2>&1; [ $? = 2 ] && ok || bad "no file exits 2"
"$BIN" check --frobnicate x.lua > /dev/null 2>&1; [ $? = 2 ] && ok || bad "unknown option exits 2"
"$BIN" check --atlas > /dev/null 2>&1; [ $? = 2 ] && ok || bad "--atlas without a directory exits 2"
"$BIN" check --atlas "$TMP/no-atlas" tests/quiz/good/basic.lua > /dev/null 2>&1; [ $? = 1 ] && ok || bad "an atlas that does not load exits 1"

echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
