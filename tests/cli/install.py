"""install: `cmake --install` of this build into a scratch prefix (DESTDIR=SCRATCH/stage,
--prefix /usr) puts the program, the atlas, the built-in quizzes, the Lua annotations, the
desktop file, the icon in every hicolor size, the AppStream metainfo and the man page where
a desktop expects them; desktop-file-validate and `appstreamcli validate --no-net` find
nothing to say. The installed program, run from / with no hint of the source tree, finds
its own data (`shot title`, `check` of a built-in quiz, a quiz only the installed folder
has), and still does after the installed tree is moved. The man page names every command
and option the program's help does and the program's version (as the metainfo's newest
release does), and groff finds nothing to warn about in it.
Usage: python3 tests/cli/install.py BINARY SCRATCHDIR (from the repository root; BINARY's
folder is the build to install)"""
import filecmp
import glob
import os
import re
import shutil
import struct

import tt

t = tt.Test()
APP_ID = "io.github.triggertrainer.trigger_trainer"
SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
stage = t.path("stage")
usr = stage + "/usr"
share = usr + "/share/trigger-trainer"
# the installed program must not be told where the source tree is
HIDE = ("TT_SOURCE_DIR", "TT_ASSETS", "TT_SCRIPTS")

r = t.command(["cmake", "--install", os.path.dirname(t.bin), "--prefix", "/usr"], env={"DESTDIR": stage},
              timeout=300)
if not t.check(r.rc == 0, lambda: "cmake --install: exit %s: %s" % (r.rc, (r.out + r.err)[-800:])):
    t.finish()


def same_tree(src, dst, pattern):
    """The files matching pattern under src are all under dst, byte for byte, and no others."""
    a = sorted(os.path.relpath(f, src) for f in glob.glob(src + "/" + pattern, recursive=True) if os.path.isfile(f))
    b = sorted(os.path.relpath(f, dst) for f in glob.glob(dst + "/" + pattern, recursive=True) if os.path.isfile(f))
    return a and a == b and all(filecmp.cmp(src + "/" + f, dst + "/" + f, shallow=False) for f in a)


def png_size(path):
    with open(path, "rb") as f:
        d = f.read(32)
    return struct.unpack(">II", d[16:24]) if d[:8] == b"\x89PNG\r\n\x1a\n" else None


# what lands where
binary = usr + "/bin/trigger-trainer"
t.check(os.access(binary, os.X_OK), "no program in bin/")
t.check(same_tree("assets/atlas", share + "/atlas", "**/*.lua"), "the installed atlas differs from assets/atlas")
t.check(same_tree("scripts/quizzes", share + "/quizzes", "*.lua"), "the installed quizzes differ from scripts/quizzes")
t.check(same_tree("scripts/annotations", share + "/annotations", "*.lua"), "the Lua annotations are not installed")
desktop = usr + "/share/applications/%s.desktop" % APP_ID
metainfo = usr + "/share/metainfo/%s.metainfo.xml" % APP_ID
man = usr + "/share/man/man6/trigger-trainer.6"
for f in (desktop, metainfo, man):
    t.check(os.path.isfile(f), "not installed: " + f)
wrong = [s for s in SIZES if png_size(usr + "/share/icons/hicolor/%dx%d/apps/trigger-trainer.png" % (s, s)) != (s, s)]
t.check(not wrong, "icons missing or of the wrong size: %s" % wrong)

# the desktop file and the metainfo pass Debian's validators
if t.check(t.have("desktop-file-validate"), "desktop-file-validate is missing (apt-get install desktop-file-utils)"):
    r = t.command(["desktop-file-validate", desktop])
    t.check(r.rc == 0 and not (r.out + r.err).strip(), lambda: "desktop-file-validate: " + r.out + r.err)
if t.check(t.have("appstreamcli"), "appstreamcli is missing (apt-get install appstream)"):
    r = t.command(["appstreamcli", "validate", "--no-net", "--pedantic", metainfo])
    t.check(r.rc == 0, lambda: "appstreamcli validate: " + r.out + r.err)
    r = t.command(["appstreamcli", "validate-tree", "--no-net", usr])
    t.check(r.rc == 0, lambda: "appstreamcli validate-tree: " + r.out + r.err)
    t.check(APP_ID in open(metainfo).read() and "trigger-trainer.png" not in open(desktop).read()
            and "Icon=trigger-trainer" in open(desktop).read(), "the desktop file and metainfo do not agree")


def installed(*args, binary=binary, **kw):
    """The installed program, run from / without the variables that point at the source tree."""
    return t.command([binary] + list(args), cwd="/", unset=HIDE, **kw)


# run from anywhere: it finds its own data
r = installed("atlas", "--help")
t.check("instead of %s/atlas" % share in r.out, lambda: "the installed atlas is not the default: " + r.out)
r = installed("shot", "title", "--out", t.path("title.png"))
t.expect(r, 0, what="installed shot title")
t.check(png_size(t.path("title.png")) == (1280, 720), "installed shot title: no 1280x720 PNG")
r = installed("check", share + "/quizzes/arm.lua")
t.check(r.rc == 0 and ": ok: quiz 'arm-and-forearm'" in r.err, lambda: "installed check of a built-in: %s" % r)
probe = share + "/quizzes/zz-install-probe.lua"
with open(probe, "w") as f:
    f.write('return quiz { id = "install-probe", title = "Probe", questions = {\n'
            '  locate { muscle = "masseter", view = "anterior", side = "right" } } }\n')
r = installed("play", "install-probe", "--stdio", "--data-dir", t.path("data"), input='{"skip":true}\n')
t.check(r.rc == 0 and '"quiz":"install-probe"' in r.out, lambda: "a quiz only the installed folder has: %s" % r)
os.remove(probe)

# a moved tree still finds its data (paths relative to the program)
moved = t.path("moved")
shutil.move(usr, moved)
r = installed("atlas", "--help", binary=moved + "/bin/trigger-trainer")
t.check("instead of %s/share/trigger-trainer/atlas" % moved in r.out, lambda: "after a move: " + r.out)
r = installed("check", "-q", *sorted(glob.glob(moved + "/share/trigger-trainer/quizzes/*.lua")),
              binary=moved + "/bin/trigger-trainer")
t.check(r.rc == 0, lambda: "after a move, check of the built-ins: %s" % r)
man = moved + "/share/man/man6/trigger-trainer.6"

# the man page: every command and option of the help, and no groff warning
page = open(man).read().replace("\\-", "-")
helps = [t.run("--help").out] + [t.run(c, "--help").out for c in ("check", "atlas", "scores")]
names = set(re.findall(r"(?<![\w-])--[a-z][a-z-]*", "\n".join(helps)))
names |= set(re.findall(r"^  trigger-trainer (\w+)", helps[0], re.M))
missing = sorted(n for n in names if not re.search(r"(?<![\w-])%s(?![\w-])" % re.escape(n), page))
t.check(len(names) > 15 and not missing, "the man page lacks: %s" % " ".join(missing))
version = t.run("--version").out.split()[-1]
t.check('"Trigger Trainer %s"' % version in open(man).read() and
        '<release version="%s"' % version in open(moved + "/share/metainfo/%s.metainfo.xml" % APP_ID).read(),
        "the man page and the metainfo do not name version %s" % version)
r = t.command(["groff", "-man", "-Tutf8", "-ww", "-z", man])
t.check(r.rc == 0 and not r.err.strip(), lambda: "groff warns about the man page: %s" % r.err[:600])

t.finish()
