"""faults_env: a machine without what the game needs. No font (TT_FONT pointing nowhere, at a
file that is no font, at a folder; FONTCONFIG_FILE naming an empty configuration or a
missing one); the assets folder (TT_ASSETS) missing, a file, unreadable or broken; a data
home that is a file. Each time: a clear message on stderr and a documented exit status
(1 for what cannot work; 0 for commands that do not need the missing piece), never a
crash or a sanitizer report.
Usage: python3 tests/cli/faults_env.py BINARY SCRATCHDIR (from the repository root)"""
import os
import shutil

import tt

t = tt.Test()
FIVE = "tests/hostile/faults/five.lua"
skip5 = t.write("skip5", '{"skip":true}\n' * 5)
menu = t.write("menu.rec", "0 resize 800 600\n50 move 400.00 300.00 0\n100 keydown down 0\n150 keyup down 0\n"
                           "200 keydown escape 0\n")
D = ["--data-dir", t.path("data")]


def expect(want, needle, env, *args):
    """One case: the exit status (or statuses), no sanitizer report, needle on stderr (any case)."""
    t.case()
    r = t.run(*args, env=env, stdin=skip5)
    what = " ".join("%s=%s" % kv for kv in env.items()) + " " + " ".join(args)
    t.expect(r, want, needle, what=what, icase=True)


empty_fonts = t.write("empty-fonts.conf", '<?xml version="1.0"?>\n<fontconfig></fontconfig>\n')
t.scratch("fontdir")

# fonts: what draws fails with a message; what does not draw still works
for font in (t.path("nowhere.ttf"), FIVE, t.path("fontdir"), skip5):
    expect(1, "font", {"TT_FONT": font}, "shot", "title", "--out", t.path("t.png"))
    expect(1, "font", {"TT_FONT": font}, "shot", "chart:posterior", "--out", t.path("c.png"))
    expect(1, "font", {"TT_FONT": font}, "--replay", menu, "--headless", *D)
expect(1, "no font found", {"FONTCONFIG_FILE": empty_fonts}, "shot", "title", "--out", t.path("t.png"))
expect(1, "no font found", {"FONTCONFIG_FILE": empty_fonts}, "--replay", menu, "--headless", *D)
expect({0, 1}, None, {"FONTCONFIG_FILE": t.path("missing.conf")}, "shot", "title", "--out", t.path("t.png"))
for env in ({"TT_FONT": t.path("nowhere.ttf")}, {"FONTCONFIG_FILE": empty_fonts}):
    expect(0, None, env, "check", FIVE)
    expect(0, None, env, "atlas", "--json")
    expect(0, None, env, "play", FIVE, "--stdio", *D)
    expect(0, None, env, "scores", *D)

# assets: missing, a file, unreadable, broken
t.write("assets-file/atlas", "x")
t.scratch("assets-dirs/atlas/body.lua")
t.scratch("assets-dirs/atlas/muscles")
shutil.copytree("assets/atlas", t.path("assets-broken/atlas"))
t.write("assets-broken/atlas/body.lua", "return { regions = {\n")
t.scratch("assets-empty/atlas")
shutil.copytree("assets", t.path("assets-locked"))
os.chmod(t.path("assets-locked/atlas"), 0)
for a in ("nowhere", "assets-file", "assets-dirs", "assets-broken", "assets-empty"):
    env = {"TT_ASSETS": t.path(a)}
    expect(1, "atlas", env, "check", FIVE)
    expect(1, "atlas", env, "play", FIVE, "--stdio", *D)
    expect(1, "atlas", env, "atlas", "--json")
    expect(1, "atlas", env, "shot", "chart:posterior", "--out", t.path("c.png"))
    expect({0, 1}, "atlas", env, "--replay", menu, "--headless", *D)
expect(1, "body.lua:2:", {"TT_ASSETS": t.path("assets-broken")}, "atlas", "--json")
expect(1, "body.lua", {"TT_ASSETS": t.path("assets-dirs")}, "atlas", "--json")
if os.getuid() != 0:   # root reads through chmod 000
    expect(1, "atlas", {"TT_ASSETS": t.path("assets-locked")}, "atlas", "--json")
    expect(1, "atlas", {"TT_ASSETS": t.path("assets-locked")}, "play", FIVE, "--stdio", *D)
os.chmod(t.path("assets-locked/atlas"), 0o755)

# a data home that is a file, no HOME: the round is played and kept in memory, with a message
home_file = t.write("home-file", "x")
expect(0, "memory", {"XDG_DATA_HOME": home_file}, "play", FIVE, "--stdio")
# without HOME the score folder is ./trigger-trainer-data: run that one inside the scratch folder
t.case()
r = t.run("play", os.path.abspath(FIVE), "--stdio", stdin=skip5, unset=("HOME", "XDG_DATA_HOME"), cwd=t.tmp)
t.check(r.rc in (0, 1) and not t.sanitizer(r.err), lambda: "no HOME: exit %s: %s" % (r.rc, r.err[:300]))
t.check(open(home_file).read() == "x", "the file given as XDG_DATA_HOME was changed")

t.finish("environment fault cases")
