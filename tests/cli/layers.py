"""The layers of docs/architecture.md, read from the includes: the engine knows no game
header; the window-free core (game/store, body, quiz, records) includes nothing that
draws; screens never include tools or the command line. The linker enforces the same
rules for calls (CMakeLists.txt); this test names the file that breaks one. Inside game/
no module includes one that includes it back (a cycle), the folders stack in one order,
and no C file passes 800 lines. And one place creates Lua states: the sandbox.
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
for core in ("game/body", "game/quiz", "game/store", "game/records"):
    rule(core, r"screens/|tools/|cli/|SDL|engine/(gfx|platform|text|app|ui)\.h", core + " is window-free")
rule("game/screens", r"tools/|cli/", "screens include tools or the command line")
for f in sources("game/tools"):
    if not os.path.basename(f).startswith("cmd_"):
        rule(f, r"cli/", "tools (other than their commands) include the command line")
# every game include is folder-qualified
hits = [h for f in sources("game") for h in includes(f, r"[a-z_]+\.h\"")]
t.check(not hits, lambda: 'unqualified includes in game/ (write "folder/name.h"):\n' + "\n".join(hits))

# ---- no include cycle ----
# A module is a folder/name pair: name.c and name.h, with name_internal.h (what the files of
# one module share) counted as part of it. Module a depends on b when a file of a includes
# b's header. A cycle (a needs b, b needs a, perhaps through others) is a knot a reader
# cannot read one end of first; screens make each other through one registry
# (screens/scenes.h, which includes no scene), so screen navigation makes none.
INCLUDE = re.compile(r'^\s*#\s*include\s+"([a-z_]+)/([a-z0-9_]+)\.h"')


def module(path):
    folder, name = path.split("/")[1], os.path.splitext(os.path.basename(path))[0]
    if name.endswith("_internal"):
        name = name[: -len("_internal")]
    return folder + "/" + name


def module_graph():
    """{module: {module it includes: 'file:line' of the first such include}} over game/."""
    deps = {}
    for f in sources("game"):
        a = module(f)
        deps.setdefault(a, {})
        for n, line in enumerate(open(f, encoding="utf-8", errors="replace"), 1):
            m = INCLUDE.match(line)
            if m and m.group(1) != "engine":
                b = module("game/%s/%s.h" % (m.group(1), m.group(2)))
                if b != a:
                    deps[a].setdefault(b, "%s:%d" % (f, n))
    return deps


def cycles(deps):
    """The strongly connected parts of deps with more than one module (Tarjan, iterative)."""
    index, low, on, stack, found, counter = {}, {}, set(), [], [], [0]
    for root in sorted(deps):
        if root in index:
            continue
        work = [(root, iter(sorted(deps.get(root, {}))))]
        index[root] = low[root] = counter[0]
        counter[0] += 1
        stack.append(root)
        on.add(root)
        while work:
            v, it = work[-1]
            w = next(it, None)
            if w is not None:
                if w not in index:
                    index[w] = low[w] = counter[0]
                    counter[0] += 1
                    stack.append(w)
                    on.add(w)
                    work.append((w, iter(sorted(deps.get(w, {})))))
                elif w in on:
                    low[v] = min(low[v], index[w])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[v])
            if low[v] == index[v]:
                part = []
                while True:
                    w = stack.pop()
                    on.discard(w)
                    part.append(w)
                    if w == v:
                        break
                if len(part) > 1:
                    found.append(sorted(part))
    return found


def explain(deps, part):
    return "\n".join("  %s -> %s (%s)" % (a, b, deps[a][b]) for a in part for b in sorted(deps[a]) if b in part)


graph = module_graph()
knots = cycles(graph)
t.check(not knots, lambda: "include cycles in game/ (a module includes one that includes it back):\n" +
        "\n\n".join(explain(graph, k) for k in knots))
# the finder finds: a made-up knot of three and a registry that closes none
t.check(cycles({"a": {"b": ""}, "b": {"c": ""}, "c": {"a": ""}, "d": {"a": ""}}) == [["a", "b", "c"]],
        "the cycle finder finds a cycle of three")
t.check(cycles({"s/one": {"s/scenes": ""}, "s/two": {"s/scenes": ""}, "s/scenes": {}}) == [],
        "the cycle finder sees no cycle through a registry")

# the folders stack in one order: each includes only folders below it (a tool's command,
# tools/cmd_*.c, is part of the command line)
ORDER = ["store", "body", "quiz", "records", "screens", "tools", "cli"]
for a, bs in sorted(graph.items()):
    for b, where in sorted(bs.items()):
        fa, fb = a.split("/")[0], b.split("/")[0]
        if fa == "tools" and a.split("/")[1].startswith("cmd_"):
            fa = "cli"
        if fa in ORDER and fb in ORDER:
            t.check(ORDER.index(fb) <= ORDER.index(fa),
                    lambda a=a, b=b, where=where: "%s includes %s, a folder above it (%s; order from the bottom: %s)"
                    % (a, b, where, ", ".join(ORDER)))
t.check(not set(m.split("/")[0] for m in graph) - set(ORDER),
        lambda: "game/ has folders the order does not name: %s" % sorted(set(m.split("/")[0] for m in graph) - set(ORDER)))

# ---- no C file over 800 lines: each file one job a reader can hold ----
long = ["%s: %d lines" % (f, n) for f in sources("engine") + sources("game") if f.endswith(".c")
        for n in [sum(1 for _ in open(f, encoding="utf-8", errors="replace"))] if n > 800]
t.check(not long, lambda: "C files over 800 lines (split them along their jobs):\n" + "\n".join(long))

# one Lua sandbox: only engine/luahost.c creates Lua states (quizzes and the atlas's data
# files both run through it, docs/sandbox.md)
hits = ["%s:%d:%s" % (f, n, line.rstrip()) for f in sources("engine") + sources("game") if f != "engine/luahost.c"
        for n, line in enumerate(open(f, encoding="utf-8", errors="replace"), 1)
        if re.search(r"luaL_newstate|lua_newstate", line)]
t.check(not hits, lambda: "Lua states made outside engine/luahost.c (run scripts through luahost):\n" + "\n".join(hits))

t.finish()
