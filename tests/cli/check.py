"""check: `trigger-trainer check FILE...` loads quiz scripts and plays them (quiz/check.h). Every
built-in quiz passes with no message at all; each fixture gives exactly the messages written in
its "-- expect:" lines (file:line: message, at the line to edit): tests/quiz/broken exit 1,
tests/quiz/warnings exit 0 with warnings only, tests/quiz/good exit 0 unless the file expects a
run-time error. A quiz whose id is a built-in one fails; ctx.log lines are shown. Exit 0 / 1 / 2.
Usage: python3 tests/cli/check.py BINARY SCRATCHDIR (from the repository root)"""
import glob
import re

import tt

t = tt.Test()
FILE_LINE = re.compile(r"^[^:]+:[0-9]+: .+")
builtin = sorted(glob.glob("scripts/quizzes/*.lua"))
good = sorted(glob.glob("tests/quiz/good/*.lua"))
ENV = {"XDG_DATA_HOME": t.scratch("data")}   # an empty quiz folder of the player


def expects(path):
    return [l[len("-- expect: "):] for l in open(path).read().splitlines() if l.startswith("-- expect: ")]


def matches(want, line):
    """The expect line, the path shortened to the file name; '...' at its end: a prefix."""
    m = re.match(r"^(.*?/)?([^/:]+\.lua:.*)$", line)
    short = m.group(2) if m else line
    return short.startswith(want[:-3]) if want.endswith("...") else short == want


def check_fixture(path, status, *others):
    r = t.run("check", "-q", *others, path, env=ENV)
    got = [l for l in r.out.splitlines() if path in l]
    t.expect(r, status, what=path)
    wants = expects(path)
    missing = [w for w in wants if not any(matches(w, g) for g in got)]
    t.check(not missing, lambda: "%s: messages missing\n%s\ngot:\n%s" % (path, "\n".join(missing), "\n".join(got)))
    t.check(len(got) == len(wants), lambda: "%s: %d messages, expected %d:\n%s" % (path, len(got), len(wants),
                                                                                  "\n".join(got)))


# every built-in quiz, all loaded together (ids unique), and at least 8 of them
n = len(builtin)
t.check(n >= 8, "at least 8 built-in quizzes (found %d)" % n)
r = t.run("check", *builtin, env=ENV)
t.check(r.rc == 0, lambda: "built-in quizzes pass check (exit %s)\n%s" % (r.rc, r.out))
t.check(r.out == "", lambda: "no messages for the built-ins, got:\n" + r.out)
t.check(len(re.findall(r": ok: quiz", r.err)) == n, "one ok line per built-in quiz")
t.check("played" in r.err, "the ok lines say the rounds played")

# the good test quizzes: those without expect lines pass together
plain = [f for f in good if not expects(f)]
t.check(len(plain) >= 4, "at least 4 good quizzes that pass")
r = t.run("check", "-q", *plain, env=ENV)
t.check(r.rc == 0 and r.out == "", lambda: "good test quizzes pass\n" + r.out + r.err)
for f in good:
    if expects(f):
        errors = any(": warning: " not in w for w in expects(f))
        check_fixture(f, 1 if errors else 0)

# each broken quiz: exit 1 and exactly its messages (basic.lua loaded too, for duplicate ids)
broken = sorted(glob.glob("tests/quiz/broken/*.lua"))
t.check(len(broken) >= 30, "at least 30 broken fixtures")
for f in broken:
    check_fixture(f, 1, "tests/quiz/good/basic.lua")
# warnings only: exit 0
for f in sorted(glob.glob("tests/quiz/warnings/*.lua")):
    check_fixture(f, 0)

# every line of output has the file:line: message shape
r = t.run("check", *broken, env=ENV)
t.check(r.rc == 1, "broken files together exit 1 (got %s)" % r.rc)
shapeless = [l for l in r.out.splitlines() if not FILE_LINE.match(l)]
t.check(not shapeless, lambda: "a message without file:line:\n" + "\n".join(shapeless))

# a quiz whose id is a built-in one: exit 1, and why
r = t.run("check", "tests/quiz/broken/trial_thigh_id.lua", env=ENV)
t.expect(r, 1, "quiz id 'thigh' is already used by the built-in quiz", streams=("out",))
t.check("choose another id" in r.out, "the clash says what to do")
# the same quiz in the player's folder is a warning only (it is often a copy)
mine = t.write("data/trigger-trainer/quizzes/neck.lua",
               'return quiz { id = "my-neck", title = "Mine", questions = { locate { muscle = "scalenes" } } }\n')
other = t.write("elsewhere/neck.lua", open(mine).read())
r = t.run("check", other, env=ENV)
t.expect(r, 0, "warning: quiz id 'my-neck' is already used by the quiz in your folder", streams=("out",))
t.expect(t.run("check", mine, env=ENV), 0, what="the folder's own file is no clash")

# ctx.log lines of a first round, unless --quiet
logq = t.write("log.lua", """return quiz {
  id = "log-test", title = "Log",
  questions = function(ctx)
    ctx.log("building for", ctx.player, 42)
    return { locate { muscle = "scalenes" } }
  end,
}
""")
r = t.run("check", logq, env=ENV)
t.expect(r, 0, logq + ":4: log: building for student 42", streams=("out",))
t.check(r.out.count(": log: ") == 1, lambda: "one log line (the first round only):\n" + r.out)
t.check(t.run("check", "-q", logq, env=ENV).out == "", "--quiet leaves the log lines out")

# a long path is named whole (Lua shortens it to "...path.lua" in its own messages)
deep = t.write("a-rather-long-folder-name/for-the-quizzes-of/an-instructor-with-deep-folders/m4.lua",
               open("tests/quiz/broken/trial_m4_nil_in_hook.lua").read())
r = t.run("check", "-q", deep, env=ENV)
t.check(r.rc == 1 and r.out.startswith(deep + ":11: in on_answer after question 2"), lambda: "whole path: " + r.out)

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
t.check(t.run("check", "--seeds", "0", "x.lua").rc == 2, "--seeds 0 exits 2")
t.check(t.run("check", "--atlas", t.path("no-atlas"), "tests/quiz/good/basic.lua").rc == 1,
        "an atlas that does not load exits 1")
r = t.run("check", "--help")
t.check(r.rc == 0 and "plays each one" in r.out, "--help says what check runs")

t.finish()
