"""The command line's contract: --help, --version, usage errors exit 2, shot writes a PNG of
the asked size, unknown scenes are refused.
Usage: python3 tests/cli/cli_basics.py BINARY SCRATCHDIR (from the repository root)"""
import re
import struct

import tt

t = tt.Test()


def status(want, *args):
    """One check: the exit status of BINARY ARGS...; returns the run."""
    r = t.run(*args)
    t.check(r.rc == want, lambda: "%s -> %s, want %s: %s" % (" ".join(args), r.rc, want, r.err[:300]))
    return r


r = status(0, "--help")
t.check("usage: trigger-trainer" in r.out, "--help prints usage")
r = status(0, "--version")
t.check(re.search(r"^trigger-trainer [0-9]+\.[0-9]+", r.out, re.M), "--version prints the version")
r = status(2, "frobnicate")
t.check("unknown command 'frobnicate'" in r.err, "unknown command is named")
status(2, "--no-such-option")
status(2, "shot")
status(2, "shot", "nowhere", "--out", t.path("x.png"))
status(2, "shot", "title", "--out", t.path("x.png"), "--size", "12x")
r = status(0, "shot", "--list")
t.check(re.search(r"^title", r.out, re.M) and re.search(r"^menu", r.out, re.M), "shot --list names title and menu")
status(0, "shot", "title", "--out", t.path("title.png"), "--size", "1280x720")


def png_size(path):
    with open(path, "rb") as f:
        d = f.read(32)
    assert d[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    return struct.unpack(">II", d[16:24])


t.check(lambda: png_size(t.path("title.png")) == (1280, 720), "title.png is a 1280x720 PNG")
status(0, "shot", "menu", "--out", t.path("menu.png"), "--size", "800x600")
status(1, "shot", "menu", "--out", t.path("no/such/dir/menu.png"))

t.finish()
