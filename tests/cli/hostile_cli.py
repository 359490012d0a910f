"""hostile_cli: the command line against what people mistype. Unknown commands and options
(each command), options without their value, missing files, folders given as files and
files given as folders: each exits with its documented status (2 usage, 1 failure), says
what is wrong on stderr, and never crashes or trips a sanitizer.
Usage: python3 tests/cli/hostile_cli.py BINARY SCRATCHDIR (from the repository root)"""
import os

import tt

t = tt.Test()
GOOD = "tests/quiz/good/basic.lua"
T = t.path
t.scratch("emptydir")
t.scratch("data")
D = ["--data-dir", T("data")]


def expect(want, needle, *args):
    """One case: the exit status, no sanitizer report, needle (if any) on stderr or stdout."""
    t.case()
    t.expect(t.run(*args), want, needle, streams=("err", "out"))


t.write("cut.lua", "return quiz {\n")
t.write("empty.lua", "")
t.write("empty.rec", "")
t.write("bad.rec", "0 explode 1 2 3\n")
t.write("afile", "not a database")

# unknown commands
expect(2, "unknown command 'frobnicate'", "frobnicate")
expect(2, None, "")
expect(2, None, "-")
expect(2, None, "x" * 10000)
expect(2, None, os.fsdecode(b"\xff\xfe"))
expect(2, None, "--no-such-option")
# unknown options, for each command
expect(2, "--bogus", "check", "--bogus", GOOD)
expect(2, "--bogus", "play", GOOD, "--stdio", "--bogus")
expect(2, "--bogus", "atlas", "--bogus")
expect(2, None, "shot", "title", "--bogus")
expect(2, "--bogus", "scores", "--bogus")
expect(2, None, "--bogus", "--headless")
# options without their value, or with a bad one
expect(2, "--atlas", "check", "--atlas")
expect(2, None, "play", GOOD, "--stdio", "--seed")
expect(2, "--seed", "play", GOOD, "--stdio", "--seed", "abc")
expect(2, "--seed", "play", GOOD, "--stdio", "--seed", "99999999999999999999999")
expect(2, "--seed", "play", GOOD, "--stdio", "--seed", "-5")
expect(2, None, "play", GOOD, "--stdio", "--data-dir")
expect(2, None, "play", GOOD, "--stdio", "--player", "")
expect(2, None, "play", GOOD, "--stdio", "--player", "n" * 500)
expect(2, None, "play", GOOD, GOOD, "--stdio")
expect(2, None, "play")
expect(2, None, "play", GOOD)
expect(2, None, "shot", "title", "--out")
expect(2, None, "shot", "title", "--out", T("x.png"), "--size", "0x0")
expect(2, None, "shot", "title", "--out", T("x.png"), "--size", "99999999999x99999999999")
expect(2, None, "shot", "title", "--out", T("x.png"), "--size", "-800x600")
expect(2, None, "--size", "10x10")
expect(2, None, "--replay")
expect(2, None, "--headless")
expect(2, None, "scores", "--player")
# missing files
expect(1, "cannot open", "check", T("missing.lua"))
expect(1, "cannot open", "play", T("missing.lua"), "--stdio", *D)
expect(1, "no quiz 'no-such-quiz'", "play", "no-such-quiz", "--stdio", *D)
expect(1, "cannot open", "--replay", T("missing.rec"), "--headless", *D)
expect(1, "the atlas does not load", "check", "--atlas", T("missing"), GOOD)
expect(1, "the atlas does not load", "play", GOOD, "--stdio", "--atlas", T("missing"), *D)
expect(1, "cannot write", "shot", "title", "--out", T("missing/dir/x.png"))
# empty and cut files
expect(1, "empty.lua:", "check", T("empty.lua"))
expect(1, "cut.lua:", "check", T("cut.lua"))
expect(1, "/dev/null:", "check", "/dev/null")
expect(1, "bad.rec:1:", "--replay", T("bad.rec"), "--headless", *D)
# folders given as files
expect(1, "no quiz found", "check", T("emptydir"))
expect(1, None, "play", T("emptydir") + "/", "--stdio", *D)
expect(1, "cannot read", "--replay", T("emptydir"), "--headless", *D)
expect(1, "cannot write", "shot", "title", "--out", T("emptydir"))
expect(1, None, "check", "tests/quiz/broken")
# files given as folders
expect(1, "the atlas does not load", "check", "--atlas", T("afile"), GOOD)
expect(1, "the atlas does not load", "play", GOOD, "--stdio", "--atlas", T("afile"), *D)
expect(1, "no folder", "scores", "--data-dir", T("afile"))
expect(1, None, "check", T("afile/x.lua"))
# play with a data folder that is a file: the round is played, kept in memory, and said so
t.case()
r = t.run("play", GOOD, "--stdio", "--data-dir", T("afile"), input='{"skip":true}\n' * 5)
t.check(r.rc == 0 and '"type":"summary"' in r.out and "kept in memory" in r.err,
        lambda: "play --data-dir FILE: " + r.err[:300])
t.check(open(T("afile")).read() == "not a database", "the file given as --data-dir was changed")

t.finish("hostile command-line cases")
