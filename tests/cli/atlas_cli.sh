#!/bin/bash
# atlas command: --json parses and holds the counts, --list prints one muscle a line,
# --dir loads another folder (missing: exit 1 with a message), a bad option exits 2.
# usage: bash tests/cli/atlas_cli.sh BINARY SCRATCHDIR   (from the repo root)
BIN=$1
TMP=$2
mkdir -p "$TMP"
pass=0
fail=0
ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL: $*"; }

json_get() {  # json_get FILE EXPR: prints the python expression on the document d
    python3 -c "import json,sys; d=json.load(open(sys.argv[1])); print($2)" "$1"
}

# --json: one valid document with the counts
if "$BIN" atlas --json >"$TMP/atlas.json" 2>"$TMP/json.err"; then ok; else bad "atlas --json exited $? ($(head -c 2000 "$TMP/json.err"))"; fi
if command -v python3 >/dev/null; then
    if python3 -m json.tool "$TMP/atlas.json" >/dev/null 2>&1; then ok; else bad "atlas --json is not valid JSON"; fi
    m=$(json_get "$TMP/atlas.json" "len(d['muscles'])")
    cm=$(json_get "$TMP/atlas.json" "d['counts']['muscles']")
    t=$(json_get "$TMP/atlas.json" "sum(len(m['trps']) for m in d['muscles'])")
    ct=$(json_get "$TMP/atlas.json" "d['counts']['trigger_points']")
    ar=$(json_get "$TMP/atlas.json" "len(d['areas'])")
    ca=$(json_get "$TMP/atlas.json" "d['counts']['areas']")
    if [ -n "$m" ] && [ "$m" = "$cm" ] && [ "$m" -gt 0 ]; then ok; else bad "muscles: $m listed, counts say $cm"; fi
    if [ -n "$t" ] && [ "$t" = "$ct" ]; then ok; else bad "trigger points: $t listed, counts say $ct"; fi
    if [ -n "$ar" ] && [ "$ar" = "$ca" ]; then ok; else bad "areas: $ar listed, counts say $ca"; fi
    views=$(json_get "$TMP/atlas.json" "','.join(sorted(d['views']))")
    if [ "$views" = "anterior,lateral_left,lateral_right,posterior" ]; then ok; else bad "views: $views"; fi
    shape=$(json_get "$TMP/atlas.json" "all(set(t['essential']) == {'right','left'} and all('polygons' in z and 'areas' in z for s in t['essential'].values() for z in s.values()) for m in d['muscles'] for t in m['trps'])")
    if [ "$shape" = "True" ]; then ok; else bad "zones lack right/left, polygons or areas"; fi
    sil=$(json_get "$TMP/atlas.json" "len(d['views']['posterior']['silhouette'][0]) >= 3")
    if [ "$sil" = "True" ]; then ok; else bad "no posterior silhouette"; fi
else
    # no python: at least it looks like one object with the counts
    if head -c 1 "$TMP/atlas.json" | grep -q '{' && grep -q '"counts"' "$TMP/atlas.json"; then ok; else bad "atlas --json output"; fi
fi

# --list: a header, one line per muscle, a total
if "$BIN" atlas --list >"$TMP/list.txt" 2>"$TMP/list.err"; then ok; else bad "atlas --list exited $?"; fi
if head -1 "$TMP/list.txt" | grep -q "^muscle"; then ok; else bad "atlas --list has no header"; fi
if command -v python3 >/dev/null; then
    lines=$(($(wc -l <"$TMP/list.txt") - 2))
    if [ "$lines" = "$m" ]; then ok; else bad "atlas --list has $lines muscle lines, JSON has $m"; fi
fi
if tail -1 "$TMP/list.txt" | grep -q "muscles, .* trigger points"; then ok; else bad "atlas --list has no total"; fi

# --dir: a missing folder is a load error (exit 1) with a message
"$BIN" atlas --json --dir "$TMP/no-such-atlas" >"$TMP/out" 2>"$TMP/err"
rc=$?
if [ $rc = 1 ]; then ok; else bad "missing --dir exited $rc, want 1"; fi
if grep -q "no-such-atlas" "$TMP/err"; then ok; else bad "missing --dir message: $(cat "$TMP/err")"; fi
if [ ! -s "$TMP/out" ]; then ok; else bad "missing --dir wrote to stdout"; fi

# --dir: a small valid atlas, and a broken one with its file:line
mkdir -p "$TMP/small/muscles"
cat >"$TMP/small/body.lua" <<'LUA'
return {
  regions = { "neck" },
  views = {
    anterior = { silhouette = { { 0,170, -20,150, -20,0, 0,0, half = true } } },
    posterior = { silhouette = { { 0,170, 20,150, 20,0, 0,0, half = true } } },
    lateral_right = { silhouette = { { -10,0, 10,0, 10,170, -10,170 } } },
  },
}
LUA
cat >"$TMP/small/muscles/neck.lua" <<'LUA'
return { muscles = {
  { id = "upper_trapezius", name = "Upper trapezius", region = "neck",
    palpation = "Patient prone; pinch the free border.", sources = { "A book" },
    outline = { posterior = { { 2,140, 15,140, 15,146, 2,146 } } },
    trps = { { id = "upper_trapezius_1", at = { posterior = { 10, 143 } },
               essential = { posterior = { { 8,140, 12,140, 12,146, 8,146 } } } } } },
} }
LUA
if "$BIN" atlas --list --dir "$TMP/small" >"$TMP/small.txt" 2>&1 && grep -q "^upper_trapezius .* 1 " "$TMP/small.txt"; then
    ok
else
    bad "atlas --dir small: $(cat "$TMP/small.txt")"
fi
sed -i 's/region = "neck"/region = "tail"/' "$TMP/small/muscles/neck.lua"
"$BIN" atlas --list --dir "$TMP/small" >"$TMP/out" 2>"$TMP/err"
rc=$?
if [ $rc = 1 ] && grep -q "muscles/neck.lua:2: .*unknown region 'tail'" "$TMP/err"; then ok; else bad "broken --dir: rc $rc, $(cat "$TMP/err")"; fi

# usage errors exit 2
"$BIN" atlas --bogus >/dev/null 2>"$TMP/err"
rc=$?
if [ $rc = 2 ] && grep -q "bogus" "$TMP/err"; then ok; else bad "unknown option exited $rc"; fi
"$BIN" atlas --dir >/dev/null 2>&1
rc=$?
if [ $rc = 2 ]; then ok; else bad "--dir without a folder exited $rc"; fi
"$BIN" atlas --json --list >/dev/null 2>&1
rc=$?
if [ $rc = 2 ]; then ok; else bad "--json --list exited $rc"; fi

echo "$pass passed, $fail failed"
[ $fail = 0 ]
