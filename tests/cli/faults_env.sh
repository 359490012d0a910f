#!/bin/bash
# faults_env: a machine without what the game needs. No font (TT_FONT pointing nowhere, at a
# file that is no font, at a folder; FONTCONFIG_FILE naming an empty configuration or a
# missing one); the assets folder (TT_ASSETS) missing, a file, unreadable or broken; a data
# home that is a file. Each time: a clear message on stderr and a documented exit status
# (1 for what cannot work; 0 for commands that do not need the missing piece), never a
# crash or a sanitizer report.
# Usage: bash tests/cli/faults_env.sh BINARY SCRATCHDIR (from the repository root)
BIN=${1:?usage: faults_env.sh BINARY SCRATCHDIR}
TMP=${2:?usage: faults_env.sh BINARY SCRATCHDIR}
export SDL_VIDEODRIVER=offscreen
rm -rf "$TMP" && mkdir -p "$TMP" || exit 1
FIVE=tests/hostile/faults/five.lua
pass=0 fail=0 cases=0
ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL: $*"; }
python3 -c 'print("{\"skip\":true}\n" * 5, end="")' >"$TMP/skip5"
printf '0 resize 800 600\n50 move 400.00 300.00 0\n100 keydown down 0\n150 keyup down 0\n200 keydown escape 0\n' >"$TMP/menu.rec"

# expect STATUS NEEDLE ENV... -- ARGS...: run with the environment changes, stdin from skip5
expect() {
    local want=$1 needle=$2
    shift 2
    local envs=()
    while [ "$1" != "--" ]; do envs+=("$1"); shift; done
    shift
    cases=$((cases + 1))
    env "${envs[@]}" timeout 120 "$BIN" "$@" <"$TMP/skip5" >"$TMP/out" 2>"$TMP/err"
    local rc=$?
    local what="${envs[*]} $*"
    if ! [[ ",$want," == *",$rc,"* ]]; then bad "$what -> exit $rc, want $want: $(head -c 300 "$TMP/err")"; return; fi
    if grep -qE "Sanitizer|runtime error" "$TMP/err"; then bad "$what: sanitizer: $(grep -m2 -E "Sanitizer|runtime error" "$TMP/err")"; return; fi
    if [ -n "$needle" ] && ! grep -qiF -- "$needle" "$TMP/err"; then bad "$what: no '$needle' in: $(head -c 300 "$TMP/err")"; return; fi
    ok
}

printf '<?xml version="1.0"?>\n<fontconfig></fontconfig>\n' >"$TMP/empty-fonts.conf"
mkdir -p "$TMP/fontdir"
D="--data-dir $TMP/data"

# fonts: what draws fails with a message; what does not draw still works
for font in "$TMP/nowhere.ttf" "$FIVE" "$TMP/fontdir" "$TMP/skip5"; do
    expect 1 "font" "TT_FONT=$font" -- shot title --out "$TMP/t.png"
    expect 1 "font" "TT_FONT=$font" -- shot chart:posterior --out "$TMP/c.png"
    expect 1 "font" "TT_FONT=$font" -- --replay "$TMP/menu.rec" --headless $D
done
expect 1 "no font found" "FONTCONFIG_FILE=$TMP/empty-fonts.conf" -- shot title --out "$TMP/t.png"
expect 1 "no font found" "FONTCONFIG_FILE=$TMP/empty-fonts.conf" -- --replay "$TMP/menu.rec" --headless $D
expect 0,1 "" "FONTCONFIG_FILE=$TMP/missing.conf" -- shot title --out "$TMP/t.png"
for envs in "TT_FONT=$TMP/nowhere.ttf" "FONTCONFIG_FILE=$TMP/empty-fonts.conf"; do
    expect 0 "" "$envs" -- check "$FIVE"
    expect 0 "" "$envs" -- atlas --json
    expect 0 "" "$envs" -- play "$FIVE" --stdio $D
    expect 0 "" "$envs" -- scores $D
done

# assets: missing, a file, unreadable, broken
mkdir -p "$TMP/assets-file" && printf 'x' >"$TMP/assets-file/atlas"
mkdir -p "$TMP/assets-dirs/atlas/body.lua" "$TMP/assets-dirs/atlas/muscles"
mkdir -p "$TMP/assets-broken/atlas/muscles" && cp -r assets/atlas/. "$TMP/assets-broken/atlas/" &&
    printf 'return { regions = {\n' >"$TMP/assets-broken/atlas/body.lua"
mkdir -p "$TMP/assets-empty/atlas"
cp -r assets "$TMP/assets-locked" && chmod 000 "$TMP/assets-locked/atlas"
for a in "$TMP/nowhere" "$TMP/assets-file" "$TMP/assets-dirs" "$TMP/assets-broken" "$TMP/assets-empty"; do
    expect 1 "atlas" "TT_ASSETS=$a" -- check "$FIVE"
    expect 1 "atlas" "TT_ASSETS=$a" -- play "$FIVE" --stdio $D
    expect 1 "atlas" "TT_ASSETS=$a" -- atlas --json
    expect 1 "atlas" "TT_ASSETS=$a" -- shot chart:posterior --out "$TMP/c.png"
    expect 0,1 "atlas" "TT_ASSETS=$a" -- --replay "$TMP/menu.rec" --headless $D
done
expect 1 "body.lua:2:" "TT_ASSETS=$TMP/assets-broken" -- atlas --json
expect 1 "body.lua" "TT_ASSETS=$TMP/assets-dirs" -- atlas --json
if [ "$(id -u)" != 0 ]; then   # root reads through chmod 000
    expect 1 "atlas" "TT_ASSETS=$TMP/assets-locked" -- atlas --json
    expect 1 "atlas" "TT_ASSETS=$TMP/assets-locked" -- play "$FIVE" --stdio $D
fi
chmod 755 "$TMP/assets-locked/atlas"

# a data home that is a file, no HOME: the round is played and kept in memory, with a message
printf 'x' >"$TMP/home-file"
expect 0 "memory" "XDG_DATA_HOME=$TMP/home-file" -- play "$FIVE" --stdio
# without HOME the score folder is ./trigger-trainer-data: run that one inside the scratch folder
cases=$((cases + 1))
(cd "$TMP" && env -u HOME -u XDG_DATA_HOME "$BIN" play "$OLDPWD/$FIVE" --stdio <"$TMP/skip5" >"$TMP/out" 2>"$TMP/err")
rc=$?
if [ $rc -le 1 ] && ! grep -qE "Sanitizer|runtime error" "$TMP/err"; then ok; else bad "no HOME: exit $rc: $(head -c 300 "$TMP/err")"; fi
[ "$(cat "$TMP/home-file")" = x ] && ok || bad "the file given as XDG_DATA_HOME was changed"

echo "environment fault cases: $cases"
echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
