#!/usr/bin/env bash
# The layers of docs/architecture.md, read from the includes: the engine knows no game
# header; the window-free core (game/body, game/quiz, game/store) includes nothing that
# draws; screens never include tools or the command line. The linker enforces the same
# rules for calls (CMakeLists.txt); this test names the file that breaks one. And one
# place creates Lua states: the sandbox.
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

# one Lua sandbox: only engine/luahost.c creates Lua states (quizzes and the atlas's data
# files both run through it, docs/sandbox.md)
hits=$(grep -rnE 'luaL_newstate|lua_newstate' engine game --include='*.[ch]' | grep -v '^engine/luahost\.c:' || true)
[ -z "$hits" ] || bad "Lua states made outside engine/luahost.c (run scripts through luahost):"$'\n'"$hits"

[ $fail = 0 ] && echo "layers: ok"
exit $fail
