"""check: `trigger-trainer check FILE...` passes every built-in quiz and the good test quizzes,
reports each broken one as file:line: message, and exits 0 / 1 / 2.
Usage: python3 tests/cli/check.py BINARY SCRATCHDIR (from the repository root)"""
import glob
import re

import tt

t = tt.Test()
FILE_LINE = re.compile(r"^[^:]+:[0-9]+: .+")
builtin = sorted(glob.glob("scripts/quizzes/*.lua"))
good = sorted(glob.glob("tests/quiz/good/*.lua"))

# every built-in quiz, all loaded together (ids unique), and at least 8 of them
n = len(builtin)
t.check(n >= 8, "at least 8 built-in quizzes (found %d)" % n)
r = t.run("check", *builtin)
t.check(r.rc == 0, lambda: "built-in quizzes pass check (exit %s)\n%s" % (r.rc, r.out))
t.check(r.out == "", "no messages for the built-ins")
t.check(len(re.findall(r": ok: quiz", r.err)) == n, "one ok line per built-in quiz")
for f in builtin:
    t.check(t.run("check", "-q", f).rc == 0, f + " passes on its own")

# the good test quizzes
r = t.run("check", "-q", *good)
t.check(r.rc == 0, lambda: "good test quizzes pass\n" + r.out + r.err)

# each broken quiz: exit 1 and its expected messages, file:line: message
for f in sorted(glob.glob("tests/quiz/broken/*.lua")):
    r = t.run("check", "-q", *good, f)
    got = (r.out + r.err).splitlines()
    t.check(r.rc == 1, "%s: exit %s, expected 1" % (f, r.rc))
    wants = [l[len("-- expect: "):] for l in open(f).read().splitlines() if l.startswith("-- expect: ")]
    missing = [w for w in wants if "tests/quiz/broken/" + w not in got and w not in got]
    t.check(not missing, lambda: "%s: messages missing\n%s\ngot:\n%s" % (f, "\n".join(missing), "\n".join(got)))

# every line of output has the file:line: message shape
r = t.run("check", *sorted(glob.glob("tests/quiz/broken/*.lua")))
t.check(r.rc == 1, "broken files together exit 1 (got %s)" % r.rc)
shapeless = [l for l in r.out.splitlines() if not FILE_LINE.match(l)]
t.check(not shapeless, lambda: "a message without file:line:\n" + "\n".join(shapeless))

# one good and one broken: still 1; a good one alone: 0
t.check(t.run("check", "-q", "tests/quiz/good/basic.lua", "tests/quiz/broken/empty.lua").rc == 1, "good + broken exits 1")
t.check(t.run("check", "-q", "tests/quiz/good/basic.lua").rc == 0, "good alone exits 0")

# a file that does not exist, usage errors
r = t.run("check", t.path("missing.lua"))
t.check(r.rc == 1, "missing file exits 1")
t.check("missing.lua:0: cannot open" in r.out + r.err, "missing file message")
t.check(t.run("check").rc == 2, "no file exits 2")
t.check(t.run("check", "--frobnicate", "x.lua").rc == 2, "unknown option exits 2")
t.check(t.run("check", "--atlas").rc == 2, "--atlas without a directory exits 2")
t.check(t.run("check", "--atlas", t.path("no-atlas"), "tests/quiz/good/basic.lua").rc == 1,
        "an atlas that does not load exits 1")

t.finish()
