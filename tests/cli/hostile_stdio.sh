#!/bin/bash
# hostile_stdio: `play --stdio` against answers no client should send. Each malformed line
# (truncated, wrong types, huge or non-finite numbers, unknown views, not UTF-8, NUL bytes,
# megabytes long, nested 100000 deep, too many circles...) must get one {"type":"error"}
# line and the same question again; a skip then ends the round normally. Empty input,
# blank lines and EOF mid-line end the round with a summary. Every output line is a JSON
# object, the exit status is 0 and no sanitizer reports anything.
# Usage: bash tests/cli/hostile_stdio.sh BINARY SCRATCHDIR (from the repository root)
BIN=${1:?usage: hostile_stdio.sh BINARY SCRATCHDIR}
TMP=${2:?usage: hostile_stdio.sh BINARY SCRATCHDIR}
export SDL_VIDEODRIVER=offscreen
rm -rf "$TMP" && mkdir -p "$TMP" || exit 1
LOCATE=tests/hostile/stdio/one_locate.lua
NAME=tests/hostile/stdio/one_name.lua
pass=0 fail=0
ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL: $*"; }
SKIP='{"skip":true}'

# check_out NAME ERRORS QUESTIONS ANSWERED: the output of the last run
check_out() {
    local name=$1 errors=$2 questions=$3 answered=$4
    python3 - "$TMP/out" "$errors" "$questions" "$answered" <<'EOF' >"$TMP/why" 2>&1
import json, sys
path, errors, questions, answered = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
kinds = []
for line in open(path, "rb").read().decode("utf-8").splitlines():
    m = json.loads(line)
    assert isinstance(m, dict) and "type" in m, line
    kinds.append(m["type"])
    if m["type"] == "error":
        assert m["message"], line
    if m["type"] == "summary":
        assert m["answered"] == answered, "answered %d, want %d" % (m["answered"], answered)
assert kinds.count("error") == errors, "%d errors, want %d: %s" % (kinds.count("error"), errors, kinds)
assert kinds.count("question") == questions, "%d questions, want %d" % (kinds.count("question"), questions)
assert kinds[-1] == "summary", "last line is %s" % kinds[-1]
EOF
    if [ $? = 0 ]; then ok; else bad "$name: $(head -c 400 "$TMP/why")"; fi
}

# run NAME QUIZ: stdin from $TMP/in; exit 0 and no sanitizer report
run() {
    "$BIN" play "$2" --stdio --seed 7 --data-dir "$TMP/data" <"$TMP/in" >"$TMP/out" 2>"$TMP/err"
    local rc=$?
    if [ $rc = 0 ] && ! grep -qE "Sanitizer|runtime error" "$TMP/err"; then ok
    else bad "$1: exit $rc: $(head -c 400 "$TMP/err")"; fi
}

# malformed LINE [QUIZ]: one error, the question again, then the skip ends the round
cases=0
malformed() {
    cases=$((cases + 1))
    { printf '%s\n' "$1"; printf '%s\n' "$SKIP"; } >"$TMP/in"
    run "case $cases" "${2:-$LOCATE}"
    check_out "case $cases ($(printf '%s' "$1" | head -c 60))" 1 2 0
}

# truncated lines
malformed '{"click":'
malformed '{"click":{"view":"posterior","x":10'
malformed '{"paint":{"view":"posterior","circles":[[1,2,3],[4,'
malformed '{'
malformed '"'
# wrong types
malformed '{"click":{"view":"posterior","x":"10","y":143}}'
malformed '{"click":{"view":"posterior","x":null,"y":143}}'
malformed '{"click":{"view":"posterior","x":true,"y":143}}'
malformed '{"click":{"view":"posterior","x":10}}'
malformed '{"click":[10,143]}'
malformed '{"click":"posterior 10 143"}'
malformed '{"choice":42}' "$NAME"
malformed '{"choice":["levator_scapulae"]}' "$NAME"
malformed '{"choice":null}' "$NAME"
malformed '{"skip":1}'
malformed '{"skip":"yes"}'
malformed '{"skip":false}'
malformed '{"paint":{"view":"posterior","circles":"lots"}}'
malformed '{"paint":{"view":"posterior","circles":[[1,2,"3"]]}}'
malformed '{"paint":{"view":"posterior","circles":[[1,2]]}}'
malformed '{"paint":{"view":"posterior","circles":[[1,2,3,4]]}}'
malformed '{"paint":{"view":"posterior"}}'
malformed '[]'
malformed 'null'
malformed '42'
malformed '"skip"'
malformed '{}'
malformed '{"skip":true,"choice":"masseter"}'
malformed '{"answer":"masseter"}'
malformed '{"skip":true,"skip":true}'
# huge and odd numbers
malformed '{"click":{"view":"posterior","x":1e308,"y":1e308}}'
malformed '{"click":{"view":"posterior","x":-1e300,"y":140}}'
malformed '{"click":{"view":"posterior","x":1e400,"y":140}}'
malformed '{"click":{"view":"posterior","x":99999999999999999999999,"y":140}}'
malformed '{"click":{"view":"posterior","x":NaN,"y":140}}'
malformed '{"click":{"view":"posterior","x":Infinity,"y":140}}'
malformed '{"paint":{"view":"posterior","circles":[[1,2,1e308]]}}'
malformed '{"paint":{"view":"posterior","circles":[[1e300,2,3]]}}'
malformed '{"paint":{"view":"posterior","circles":[[1,2,-1]]}}'
# unknown views
malformed '{"click":{"view":"front","x":1,"y":140}}'
malformed '{"click":{"view":"","x":1,"y":140}}'
malformed '{"click":{"view":"POSTERIOR","x":1,"y":140}}'
malformed '{"click":{"view":3,"x":1,"y":140}}'
malformed '{"paint":{"view":"lateral","circles":[]}}'
# the round refuses what does not fit the question
malformed '{"choice":"masseter"}'
malformed '{"choice":"no_such_muscle"}' "$NAME"
malformed '{"paint":{"view":"posterior","circles":[[10,143,2]]}}'
# bytes that are not text
malformed $'{"choice":"\xff\xfe\x80"}' "$NAME"
malformed $'\xef\xbb\xbf\xef\xbb\xbf{"skip":true}'
malformed '{"choice":"levator\u0000scapulae"}' "$NAME"
malformed $'\x01\x02\x03\x7f'

# a NUL byte in the middle of a line: the line is cut there (C string), an error all the same
cases=$((cases + 1))
{ printf '{"skip"\0:true}\n'; printf '%s\n' "$SKIP"; } >"$TMP/in"
run "NUL byte" "$LOCATE"; check_out "NUL byte" 1 2 0

# megabytes: a 4 MiB choice, 100000 nested arrays, 20001 circles
cases=$((cases + 1))
python3 -c 'import sys; sys.stdout.write("{\"choice\":\"" + "a" * (4 << 20) + "\"}\n{\"skip\":true}\n")' >"$TMP/in"
run "4 MiB line" "$NAME"; check_out "4 MiB line" 1 2 0
cases=$((cases + 1))
python3 -c 'import sys; sys.stdout.write("[" * 100000 + "]" * 100000 + "\n{\"skip\":true}\n")' >"$TMP/in"
run "deep nesting" "$LOCATE"; check_out "deep nesting" 1 2 0
cases=$((cases + 1))
python3 -c 'import sys; sys.stdout.write("{\"paint\":{\"view\":\"posterior\",\"circles\":[" + ",".join(["[0,100,1]"] * 20001) + "]}}\n{\"skip\":true}\n")' >"$TMP/in"
run "20001 circles" "$LOCATE"; check_out "20001 circles" 1 2 0

# empty input, blank lines, EOF in the middle of a line: a summary with nothing answered
cases=$((cases + 1))
: >"$TMP/in"
run "empty input" "$LOCATE"; check_out "empty input" 0 1 0
cases=$((cases + 1))
printf '\n\n\r\n\n' >"$TMP/in"
run "blank lines" "$LOCATE"; check_out "blank lines" 0 1 0
cases=$((cases + 1))
printf '{"click":{"view":"posterior","x":10' >"$TMP/in"
run "EOF mid-line" "$LOCATE"; check_out "EOF mid-line" 1 2 0
# CRLF line ends are fine
cases=$((cases + 1))
printf '{"click":{"view":"posterior","x":9.8,"y":143.2}}\r\n' >"$TMP/in"
run "CRLF" "$LOCATE"; check_out "CRLF" 0 1 1

# stdout closed early: the program still exits without a crash
cases=$((cases + 1))
printf '%s\n' "$SKIP" | "$BIN" play "$LOCATE" --stdio --data-dir "$TMP/data" 2>"$TMP/err" | head -c 10 >/dev/null
if ! grep -qE "Sanitizer|runtime error" "$TMP/err"; then ok; else bad "closed stdout: $(head -c 300 "$TMP/err")"; fi

echo "hostile stdio cases: $cases"
echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
