#!/usr/bin/env bash
# The layers of docs/architecture.md, read from the includes: the engine knows no game
# header; the window-free core (game/body, game/quiz, game/store) includes nothing that
# draws; screens never include tools or the command line. The linker enforces the same
# rules for calls (CMakeLists.txt); this test names the file that breaks one.
set -u
cd "$(dirname "$0")/../.."
fail=0
bad() { echo "FAIL: $*"; fail=1; }

check() {  # check FOLDER PATTERN WHY
    local hits
    hits=$(grep -rnE "#include [\"<]($2)" "$1" --include='*.[ch]' || true)
    [ -z "$hits" ] || bad "$3:"$'\n'"$hits"
}

check engine 'body/|quiz/|store/|screens/|tools/|cli/' "engine/ includes a game header"
for core in game/body game/quiz game/store; do
    check "$core" 'screens/|tools/|cli/|SDL|engine/(gfx|platform|text|app|ui)\.h' "$core is window-free"
done
check game/screens 'tools/|cli/' "screens include tools or the command line"
for f in game/tools/*.[ch]; do
    case "$f" in game/tools/cmd_*) continue ;; esac
    check "$f" 'cli/' "tools (other than their commands) include the command line"
done
# every game include is folder-qualified
hits=$(grep -rnE '#include "[a-z_]+\.h"' game --include='*.[ch]' || true)
[ -z "$hits" ] || bad "unqualified includes in game/ (write \"folder/name.h\"):"$'\n'"$hits"

[ $fail = 0 ] && echo "layers: ok"
exit $fail
