#!/bin/bash
# faults_store: the score file when the world misbehaves. A damaged, truncated, foreign or
# newer-version score file; an empty one; a read-only data folder; a full disk (a tiny
# tmpfs when this runs as root and may mount, and `ulimit -f` everywhere); four instances
# writing to one file at once. Each time: play goes on to its summary (exit 0), stderr
# says what happened in words, and nothing saved before is lost or overwritten (the old
# bytes are kept aside, or the file passes SQLite's integrity check with every earlier
# answer). kill -9 during a round is covered by tests/cli/scores.sh (not repeated here).
# Usage: bash tests/cli/faults_store.sh BINARY SCRATCHDIR (from the repository root)
BIN=${1:?usage: faults_store.sh BINARY SCRATCHDIR}
TMP=${2:?usage: faults_store.sh BINARY SCRATCHDIR}
export SDL_VIDEODRIVER=offscreen
MOUNTS=()
cleanup() { for m in "${MOUNTS[@]}"; do umount "$m" 2>/dev/null; done; }
trap cleanup EXIT
rm -rf "$TMP" && mkdir -p "$TMP" || exit 1
FIVE=tests/hostile/faults/five.lua
FORTY=tests/hostile/faults/forty.lua
pass=0 fail=0 cases=0
ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL: $*"; }
python3 -c 'print("{\"skip\":true}\n" * 5, end="")' >"$TMP/skip5"
python3 -c 'print("{\"skip\":true}\n" * 40, end="")' >"$TMP/skip40"

# play DIR NAME [QUIZ]: one round of skips; exit 0, a summary, no sanitizer report
play() {
    local dir=$1 name=$2 quiz=${3:-$FIVE} input=$TMP/skip5
    [ "$quiz" = "$FORTY" ] && input=$TMP/skip40
    "$BIN" play "$quiz" --stdio --player "$name" --data-dir "$dir" <"$input" >"$TMP/$name.out" 2>"$TMP/$name.err"
    local rc=$?
    if [ $rc != 0 ]; then bad "$name: exit $rc: $(head -c 300 "$TMP/$name.err")"; return 1; fi
    if ! tail -1 "$TMP/$name.out" | grep -q '"type":"summary"'; then bad "$name: no summary"; return 1; fi
    if grep -qE "Sanitizer|runtime error" "$TMP/$name.err"; then bad "$name: sanitizer: $(head -c 300 "$TMP/$name.err")"; return 1; fi
    return 0
}
# answers DIR: the number of saved answers (scores --csv rows), or -1
answers() {
    "$BIN" scores --csv --data-dir "$1" 2>/dev/null | python3 -c 'import csv, sys; print(len(list(csv.reader(sys.stdin))) - 1)' 2>/dev/null || echo -1
}
# intact FILE: SQLite's integrity check passes
intact() {
    python3 - "$1" <<'EOF'
import sqlite3, sys
c = sqlite3.connect(sys.argv[1])   # read-write: a hot journal left by a failed write rolls back
sys.exit(0 if c.execute("pragma integrity_check").fetchone()[0] == "ok" else 1)
EOF
}
# kept DIR ORIGINAL: some file in DIR still holds exactly the original bytes
kept() {
    for f in "$1"/*; do cmp -s "$f" "$2" && return 0; done
    return 1
}

# a good file with two rounds (10 answers), the reference for the cases below
mkdir -p "$TMP/base"
play "$TMP/base" base1 && play "$TMP/base" base2 && ok
n=$(answers "$TMP/base")
[ "$n" = 10 ] && ok || bad "base: $n answers saved, want 10"
GOOD=$TMP/base/scores.sqlite3

# damaged, truncated, foreign, newer: moved aside or left alone, with a message; play goes on
prepare() {  # prepare CASE: makes $TMP/CASE/scores.sqlite3 and $TMP/CASE.orig
    local d=$TMP/$1
    mkdir -p "$d"
    case $1 in
    garbage) { echo "not a database"; head -c 20000 /dev/urandom; } >"$d/scores.sqlite3" ;;
    half) head -c $(($(stat -c %s "$GOOD") / 2)) "$GOOD" >"$d/scores.sqlite3" ;;
    header) head -c 100 "$GOOD" >"$d/scores.sqlite3" ;;
    zeroed) cp "$GOOD" "$d/scores.sqlite3"; dd if=/dev/zero of="$d/scores.sqlite3" bs=1024 seek=4 count=8 conv=notrunc 2>/dev/null ;;
    foreign) python3 -c 'import sqlite3, sys
c = sqlite3.connect(sys.argv[1]); c.execute("create table notes(x)"); c.execute("insert into notes values (1)"); c.commit()' "$d/scores.sqlite3" ;;
    newer) cp "$GOOD" "$d/scores.sqlite3"; python3 -c 'import sqlite3, sys
c = sqlite3.connect(sys.argv[1]); c.execute("pragma user_version = 99"); c.commit()' "$d/scores.sqlite3" ;;
    esac
    cp "$d/scores.sqlite3" "$TMP/$1.orig"
}
for c in garbage half header zeroed foreign newer; do
    cases=$((cases + 1))
    prepare $c
    play "$TMP/$c" "$c" || continue
    if ! kept "$TMP/$c" "$TMP/$c.orig"; then bad "$c: the original bytes were not kept"; continue; fi
    if ! grep -qE "moved to|left untouched|damaged|not a Trigger Trainer" "$TMP/$c.err"; then
        # a file SQLite could still use must have kept every answer
        n=$(answers "$TMP/$c")
        [ "$n" -ge 5 ] 2>/dev/null || { bad "$c: no message and $n answers: $(head -c 300 "$TMP/$c.err")"; continue; }
    fi
    "$BIN" scores --data-dir "$TMP/$c" >"$TMP/$c.scores" 2>&1
    [ $? -le 1 ] && ! grep -qE "Sanitizer|runtime error" "$TMP/$c.scores" && ok || bad "$c: scores afterwards: $(head -c 300 "$TMP/$c.scores")"
done
# the newer file is never touched
cmp -s "$TMP/newer/scores.sqlite3" "$TMP/newer.orig" && ok || bad "newer: the file was changed"
grep -q "newer" "$TMP/newer.err" && ok || bad "newer: no message: $(head -c 300 "$TMP/newer.err")"

# an empty file is a new score file
cases=$((cases + 1))
mkdir -p "$TMP/empty" && : >"$TMP/empty/scores.sqlite3"
play "$TMP/empty" empty && [ "$(answers "$TMP/empty")" = 5 ] && ok || bad "empty file: $(answers "$TMP/empty") answers"

# a read-only data folder: play goes on in memory, says so, the file is unchanged and readable
cases=$((cases + 1))
RO=$TMP/ro
mkdir -p "$RO" && cp "$GOOD" "$RO/" && cp "$GOOD" "$TMP/ro.orig"
ro_ok=0
if [ "$(id -u)" = 0 ]; then
    mount --bind "$RO" "$RO" 2>/dev/null && MOUNTS+=("$RO") && mount -o remount,bind,ro "$RO" 2>/dev/null && ro_ok=1
else
    chmod 555 "$RO" && chmod 444 "$RO/scores.sqlite3" && ro_ok=1
fi
if [ $ro_ok = 1 ]; then
    if play "$RO" readonly; then
        grep -qiE "read-only|readonly|memory|could not|refused" "$TMP/readonly.err" && ok || bad "read-only: no message"
        cmp -s "$RO/scores.sqlite3" "$TMP/ro.orig" && ok || bad "read-only: the file changed"
        n=$(answers "$RO")
        [ "$n" = 10 ] && ok || bad "read-only: scores shows $n answers, want 10"
    fi
    [ "$(id -u)" = 0 ] && umount "$RO" || chmod -R u+w "$RO"
else
    echo "note: read-only case skipped (cannot make a read-only folder here)"
fi

# a full disk: a 256 KiB tmpfs holding the good file, filled up
cases=$((cases + 1))
FULL=$TMP/full
mkdir -p "$FULL"
if [ "$(id -u)" = 0 ] && mount -t tmpfs -o size=256k tmpfs "$FULL" 2>/dev/null; then
    MOUNTS+=("$FULL")
    cp "$GOOD" "$FULL/"
    dd if=/dev/zero of="$FULL/filler" bs=4k 2>/dev/null
    if play "$FULL" full; then
        grep -qiE "full|refused" "$TMP/full.err" && ok || bad "full disk: no message: $(head -c 300 "$TMP/full.err")"
        intact "$FULL/scores.sqlite3" && ok || bad "full disk: the file is damaged"
        rm -f "$FULL/filler"
        n=$(answers "$FULL")
        [ "$n" = 10 ] && ok || bad "full disk: $n answers afterwards, want the 10 saved before"
        play "$FULL" after_full && [ "$(answers "$FULL")" = 15 ] && ok || bad "full disk: a round after freeing space was not saved"
    fi
    umount "$FULL"
else
    echo "note: tmpfs full-disk case skipped (not root or mount refused); ulimit -f below still runs"
fi

# a file-size limit (ulimit -f): writes fail like on a full disk, the process is not killed.
# Only the program runs under the limit; its output goes through a pipe to an unlimited cat.
limited() {  # limited LIMIT DIR NAME
    bash -c 'ulimit -f "$1"; shift; exec "$@"' _ "$1" "$BIN" play "$FIVE" --stdio --player "$3" --data-dir "$2" \
        <"$TMP/skip5" 2>&1 | cat >"$TMP/$3.out"
    local rc=${PIPESTATUS[0]}
    if [ "$rc" != 0 ]; then bad "$3: exit $rc: $(head -c 300 "$TMP/$3.out")"; return 1; fi
    if ! grep -q '"type":"summary"' "$TMP/$3.out"; then bad "$3: no summary"; return 1; fi
    if grep -qE "Sanitizer|runtime error" "$TMP/$3.out"; then bad "$3: sanitizer"; return 1; fi
    return 0
}
for limit in 0 1 40; do
    cases=$((cases + 1))
    d=$TMP/ulimit$limit
    mkdir -p "$d" && cp "$GOOD" "$d/"
    limited $limit "$d" "ulimit$limit" && ok || continue
    intact "$d/scores.sqlite3" && ok || bad "ulimit -f $limit: the file is damaged"
    n=$(answers "$d")
    [ "$n" -ge 10 ] && ok || bad "ulimit -f $limit: $n answers afterwards, want at least 10"
done
cases=$((cases + 1))
mkdir -p "$TMP/ulimit-new"
limited 0 "$TMP/ulimit-new" ulimit_new && ok
play "$TMP/ulimit-new" ulimit_new_after && [ "$(answers "$TMP/ulimit-new")" = 5 ] && ok ||
    bad "after a round under ulimit -f 0 in a new folder, the next round was not saved ($(answers "$TMP/ulimit-new"))"

# four instances writing to one file at once: every answer of every round is there
cases=$((cases + 1))
mkdir -p "$TMP/shared"
play "$TMP/shared" first
pids=()
for i in 1 2 3 4; do
    ( play "$TMP/shared" "writer$i" "$FORTY" ) & pids+=($!)
done
for p in "${pids[@]}"; do wait "$p" || bad "writer $p failed"; done
n=$(answers "$TMP/shared")
[ "$n" = 165 ] && ok || bad "four writers: $n answers, want 165 (5 + 4 x 40)"
intact "$TMP/shared/scores.sqlite3" && ok || bad "four writers: the file is damaged"
"$BIN" scores --data-dir "$TMP/shared" >"$TMP/shared.txt" 2>&1
[ "$(grep -c 'faults-forty' "$TMP/shared.txt")" = 4 ] && ! grep -q unfinished "$TMP/shared.txt" && ok ||
    bad "four writers: rounds: $(cat "$TMP/shared.txt")"

echo "fault cases: $cases"
echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
