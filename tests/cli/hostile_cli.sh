#!/bin/bash
# hostile_cli: the command line against what people mistype. Unknown commands and options
# (each command), options without their value, missing files, folders given as files and
# files given as folders: each exits with its documented status (2 usage, 1 failure), says
# what is wrong on stderr, and never crashes or trips a sanitizer.
# Usage: bash tests/cli/hostile_cli.sh BINARY SCRATCHDIR (from the repository root)
BIN=${1:?usage: hostile_cli.sh BINARY SCRATCHDIR}
TMP=${2:?usage: hostile_cli.sh BINARY SCRATCHDIR}
export SDL_VIDEODRIVER=offscreen
rm -rf "$TMP" && mkdir -p "$TMP/emptydir" "$TMP/data" || exit 1
GOOD=tests/quiz/good/basic.lua
pass=0 fail=0 cases=0
ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL: $*"; }

# expect STATUS NEEDLE ARGS...: exit status, NEEDLE (if not empty) on stderr, no sanitizer
expect() {
    local want=$1 needle=$2
    shift 2
    cases=$((cases + 1))
    "$BIN" "$@" </dev/null >"$TMP/out" 2>"$TMP/err"
    local rc=$?
    if [ "$rc" != "$want" ]; then bad "$* -> exit $rc, want $want: $(head -c 300 "$TMP/err")"; return; fi
    if grep -qE "Sanitizer|runtime error" "$TMP/err"; then bad "$*: sanitizer: $(head -c 300 "$TMP/err")"; return; fi
    if [ -n "$needle" ] && ! grep -qF -- "$needle" "$TMP/err" "$TMP/out"; then
        bad "$*: no '$needle' in: $(head -c 300 "$TMP/err")"; return
    fi
    ok
}

printf 'return quiz {\n' >"$TMP/cut.lua"
: >"$TMP/empty.lua"
: >"$TMP/empty.rec"
printf '0 explode 1 2 3\n' >"$TMP/bad.rec"
printf 'not a database' >"$TMP/afile"

# unknown commands
expect 2 "unknown command 'frobnicate'" frobnicate
expect 2 "" ""
expect 2 "" -
expect 2 "" "$(head -c 10000 /dev/zero | tr '\0' x)"
expect 2 "" $'\xff\xfe'
expect 2 "" --no-such-option
# unknown options, for each command
expect 2 "--bogus" check --bogus "$GOOD"
expect 2 "--bogus" play "$GOOD" --stdio --bogus
expect 2 "--bogus" atlas --bogus
expect 2 "" shot title --bogus
expect 2 "--bogus" scores --bogus
expect 2 "" --bogus --headless
# options without their value, or with a bad one
expect 2 "--atlas" check --atlas
expect 2 "" play "$GOOD" --stdio --seed
expect 2 "--seed" play "$GOOD" --stdio --seed abc
expect 2 "--seed" play "$GOOD" --stdio --seed 99999999999999999999999
expect 2 "--seed" play "$GOOD" --stdio --seed -5
expect 2 "" play "$GOOD" --stdio --data-dir
expect 2 "" play "$GOOD" --stdio --player ""
expect 2 "" play "$GOOD" --stdio --player "$(head -c 500 /dev/zero | tr '\0' n)"
expect 2 "" play "$GOOD" "$GOOD" --stdio
expect 2 "" play
expect 2 "" play "$GOOD"
expect 2 "" shot title --out
expect 2 "" shot title --out "$TMP/x.png" --size 0x0
expect 2 "" shot title --out "$TMP/x.png" --size 99999999999x99999999999
expect 2 "" shot title --out "$TMP/x.png" --size -800x600
expect 2 "" --size 10x10
expect 2 "" --replay
expect 2 "" --headless
expect 2 "" scores --player
# missing files
expect 1 "cannot open" check "$TMP/missing.lua"
expect 1 "cannot open" play "$TMP/missing.lua" --stdio --data-dir "$TMP/data"
expect 1 "no quiz 'no-such-quiz'" play no-such-quiz --stdio --data-dir "$TMP/data"
expect 1 "cannot open" --replay "$TMP/missing.rec" --headless --data-dir "$TMP/data"
expect 1 "the atlas does not load" check --atlas "$TMP/missing" "$GOOD"
expect 1 "the atlas does not load" play "$GOOD" --stdio --atlas "$TMP/missing" --data-dir "$TMP/data"
expect 1 "cannot write" shot title --out "$TMP/missing/dir/x.png"
# empty and cut files
expect 1 "empty.lua:" check "$TMP/empty.lua"
expect 1 "cut.lua:" check "$TMP/cut.lua"
expect 1 "/dev/null:" check /dev/null
expect 1 "bad.rec:1:" --replay "$TMP/bad.rec" --headless --data-dir "$TMP/data"
# folders given as files
expect 1 "no quiz found" check "$TMP/emptydir"
expect 1 "" play "$TMP/emptydir/" --stdio --data-dir "$TMP/data"
expect 1 "cannot read" --replay "$TMP/emptydir" --headless --data-dir "$TMP/data"
expect 1 "cannot write" shot title --out "$TMP/emptydir"
expect 1 "" check tests/quiz/broken
# files given as folders
expect 1 "the atlas does not load" check --atlas "$TMP/afile" "$GOOD"
expect 1 "the atlas does not load" play "$GOOD" --stdio --atlas "$TMP/afile" --data-dir "$TMP/data"
expect 1 "could not create the folder" scores --data-dir "$TMP/afile"
expect 1 "" check "$TMP/afile/x.lua"
# play with a data folder that is a file: the round is played, kept in memory, and said so
cases=$((cases + 1))
printf '{"skip":true}\n{"skip":true}\n{"skip":true}\n{"skip":true}\n{"skip":true}\n' |
    "$BIN" play "$GOOD" --stdio --data-dir "$TMP/afile" >"$TMP/out" 2>"$TMP/err"
if [ $? = 0 ] && grep -q '"type":"summary"' "$TMP/out" && grep -q "kept in memory" "$TMP/err"; then ok
else bad "play --data-dir FILE: $(head -c 300 "$TMP/err")"; fi
[ "$(cat "$TMP/afile")" = "not a database" ] && ok || bad "the file given as --data-dir was changed"

echo "hostile command-line cases: $cases"
echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
