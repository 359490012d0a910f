#!/bin/bash
# run_fuzz: runs one libFuzzer target for a bounded time over its seed corpus and regression
# inputs; new interesting inputs go to WORKDIR/NAME/corpus (never into the source tree), a
# crash to WORKDIR/NAME/crash-*. Appends "NAME RUNS SECONDS" to WORKDIR/stats.txt.
# Usage: bash tests/fuzz/run_fuzz.sh FUZZ_BINARY NAME WORKDIR [SEED_DIR...] (from the
# repository root; extra seed folders are read, never written);
# TT_FUZZ_SECONDS sets the time (default 12).
BIN=${1:?usage: run_fuzz.sh FUZZ_BINARY NAME WORKDIR}
NAME=${2:?usage: run_fuzz.sh FUZZ_BINARY NAME WORKDIR}
WORK=${3:?usage: run_fuzz.sh FUZZ_BINARY NAME WORKDIR}
SECONDS_=${TT_FUZZ_SECONDS:-12}
# a fixed seed (TT_FUZZ_SEED, default 1; 0 = random) so that a run can be repeated
SEED=${TT_FUZZ_SEED:-1}
SRC=tests/fuzz
mkdir -p "$WORK/$NAME/corpus" || exit 1
# git keeps no empty folders: a target with no regression input yet has no folder in a clone
DIRS=("$WORK/$NAME/corpus")
shift 3
for d in "$SRC/corpus/$NAME" "$SRC/regressions/$NAME" "$@"; do [ -d "$d" ] && DIRS+=("$d"); done
"$BIN" -seed="$SEED" -max_total_time="$SECONDS_" -timeout=30 -rss_limit_mb=3072 -max_len=65536 \
    -print_final_stats=1 -artifact_prefix="$WORK/$NAME/" \
    "${DIRS[@]}" >"$WORK/$NAME/log.txt" 2>&1
rc=$?
runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$WORK/$NAME/log.txt" | tail -1)
echo "$NAME ${runs:-0} $SECONDS_" >>"$WORK/stats.txt"
if [ $rc -ne 0 ]; then
    tail -60 "$WORK/$NAME/log.txt"
    echo "FAIL: $NAME found a problem; keep the input as a regression:"
    for f in "$WORK/$NAME"/crash-* "$WORK/$NAME"/leak-* "$WORK/$NAME"/timeout-* "$WORK/$NAME"/oom-*; do
        [ -e "$f" ] && echo "  cp $f $SRC/regressions/$NAME/"
    done
    echo "0 passed, 1 failed"
    exit 1
fi
echo "$NAME: ${runs:-0} inputs in $SECONDS_ s, corpus $(ls "$WORK/$NAME/corpus" | wc -l) new files"
echo "1 passed, 0 failed"
