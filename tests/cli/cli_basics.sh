#!/usr/bin/env bash
# The command line's contract: --help, --version, usage errors exit 2, shot writes a PNG of
# the asked size, unknown scenes are refused.
BIN=$1; TMP=$2
mkdir -p "$TMP"
pass=0; fail=0
ok()   { pass=$((pass+1)); }
bad()  { fail=$((fail+1)); echo "FAIL: $*"; }
expect_status() { # want cmd...
    local want=$1; shift
    "$@" >"$TMP/out" 2>"$TMP/err"; local got=$?
    if [ "$got" = "$want" ]; then ok; else bad "$* -> $got, want $want: $(head -c 300 "$TMP/err")"; fi
}
expect_status 0 "$BIN" --help
grep -q "usage: trigger-trainer" "$TMP/out" && ok || bad "--help prints usage"
expect_status 0 "$BIN" --version
grep -Eq "^trigger-trainer [0-9]+\.[0-9]+" "$TMP/out" && ok || bad "--version prints the version"
expect_status 2 "$BIN" frobnicate
grep -q "unknown command 'frobnicate'" "$TMP/err" && ok || bad "unknown command is named"
expect_status 2 "$BIN" --no-such-option
expect_status 2 "$BIN" shot
expect_status 2 "$BIN" shot nowhere --out "$TMP/x.png"
expect_status 2 "$BIN" shot title --out "$TMP/x.png" --size 12x
expect_status 0 "$BIN" shot --list
grep -q "^title" "$TMP/out" && grep -q "^menu" "$TMP/out" && ok || bad "shot --list names title and menu"
expect_status 0 "$BIN" shot title --out "$TMP/title.png" --size 1280x720
python3 - "$TMP/title.png" <<'PY' && ok || bad "title.png is a 1280x720 PNG"
import struct, sys
d = open(sys.argv[1], 'rb').read(32)
assert d[:8] == b'\x89PNG\r\n\x1a\n'
w, h = struct.unpack('>II', d[16:24])
assert (w, h) == (1280, 720), (w, h)
PY
expect_status 0 "$BIN" shot menu --out "$TMP/menu.png" --size 800x600
expect_status 1 "$BIN" shot menu --out "$TMP/no/such/dir/menu.png"
echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
