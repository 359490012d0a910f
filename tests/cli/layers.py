"""The layers of docs/architecture.md, read from the includes: the engine knows no game
header; the window-free core (game/body, game/quiz, game/store) includes nothing that
draws; screens never include tools or the command line. The linker enforces the same
rules for calls (CMakeLists.txt); this test names the file that breaks one. And one
place creates Lua states: the sandbox.
Usage: python3 tests/cli/layers.py BINARY SCRATCHDIR (from the repository root; the binary is not run)"""
import glob
import os
import re

import tt

t = tt.Test()


def sources(where):
    """The .c and .h files of a folder (recursively) or the one file named."""
    if os.path.isfile(where):
        return [where]
    return sorted(f for f in glob.glob(where + "/**/*.[ch]", recursive=True))


def includes(where, pattern):
    """file:line: text of every #include "..." or <...> in where whose name matches pattern."""
    rx = re.compile(r'#include ["<](%s)' % pattern)
    hits = []
    for f in sources(where):
        for n, line in enumerate(open(f, encoding="utf-8", errors="replace"), 1):
            if rx.search(line):
                hits.append("%s:%d:%s" % (f, n, line.rstrip()))
    return hits


def rule(where, pattern, why):
    """One check: no include in where matches pattern."""
    hits = includes(where, pattern)
    t.check(not hits, lambda: why + ":\n" + "\n".join(hits))


rule("engine", r"body/|quiz/|store/|screens/|tools/|cli/", "engine/ includes a game header")
for core in ("game/body", "game/quiz", "game/store"):
    rule(core, r"screens/|tools/|cli/|SDL|engine/(gfx|platform|text|app|ui)\.h", core + " is window-free")
rule("game/screens", r"tools/|cli/", "screens include tools or the command line")
for f in sources("game/tools"):
    if not os.path.basename(f).startswith("cmd_"):
        rule(f, r"cli/", "tools (other than their commands) include the command line")
# every game include is folder-qualified
hits = [h for f in sources("game") for h in includes(f, r"[a-z_]+\.h\"")]
t.check(not hits, lambda: 'unqualified includes in game/ (write "folder/name.h"):\n' + "\n".join(hits))

# one Lua sandbox: only engine/luahost.c creates Lua states (quizzes and the atlas's data
# files both run through it, docs/sandbox.md)
hits = ["%s:%d:%s" % (f, n, line.rstrip()) for f in sources("engine") + sources("game") if f != "engine/luahost.c"
        for n, line in enumerate(open(f, encoding="utf-8", errors="replace"), 1)
        if re.search(r"luaL_newstate|lua_newstate", line)]
t.check(not hits, lambda: "Lua states made outside engine/luahost.c (run scripts through luahost):\n" + "\n".join(hits))

t.finish()
