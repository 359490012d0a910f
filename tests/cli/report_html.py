"""report_html: report.html opens in a real browser, offline, with every picture. A small
class is generated (`bench --class`), reported, and headless Chromium (Debian's chromium,
installed by `make deps`) loads the page from disk with the network off: the page's own
script marks the body data-images="ok N" once every <img> has loaded with a width, which
--dump-dom shows; a screenshot is taken too. A page whose picture is removed must say so.
Usage: python3 tests/cli/report_html.py BINARY SCRATCHDIR (from the repository root)"""
import os
import re
import shutil
import tempfile

import tt

t = tt.Test()
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
if not t.check(CHROMIUM, "chromium is not installed (make deps installs it; apt-get install chromium)"):
    t.finish()

cls, out = t.path("class"), t.path("out")
t.expect(t.run("bench", "--class", cls, "--students", "4", "--rounds", "3"), 0)
files = sorted(os.path.join(cls, f) for f in os.listdir(cls) if f.endswith(".sqlite3"))
t.check(len(files) == 4, "bench --class wrote %d files" % len(files))
t.expect(t.run("report", "--quiet", "--out", out, *files), 0)
page = os.path.join(out, "report.html")
html = t.read(page)
images = re.findall(r'<img src="([^"]+)"', html)
t.check(len(images) >= 4, "report.html shows %d pictures" % len(images))


def chromium(*args):
    """Chromium headless on the page, run as root the way Debian's package allows."""
    profile = tempfile.mkdtemp(dir=t.tmp)
    return t.command([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                      "--disable-component-update", "--disable-sync", "--no-first-run", "--user-data-dir=" + profile,
                      "--virtual-time-budget=10000"] + list(args) + ["file://" + page], timeout=180)


r = chromium("--dump-dom")
t.check(r.rc == 0, "chromium --dump-dom exited %s: %s" % (r.rc, r.err[-300:]))
marker = re.search(r'<body[^>]*data-images="([^"]*)"', r.out)
t.check(marker and marker.group(1) == "ok %d" % len(images),
        "the page's pictures did not all load: data-images=%r, %d <img>" % (marker.group(1) if marker else None, len(images)))
shot = t.path("report.png")
r = chromium("--window-size=1200,1600", "--screenshot=" + shot)
t.check(r.rc == 0 and os.path.isfile(shot) and open(shot, "rb").read(8) == b"\x89PNG\r\n\x1a\n"
        and os.path.getsize(shot) > 20000, "no screenshot of the page (%s)" % r.err[-300:])

# the check can fail: a picture removed is reported broken by the page itself
os.remove(os.path.join(out, images[0]))
r = chromium("--dump-dom")
marker = re.search(r'<body[^>]*data-images="([^"]*)"', r.out)
t.check(marker and marker.group(1).startswith("broken: ") and images[0] in marker.group(1),
        "a missing picture went unnoticed: data-images=%r" % (marker.group(1) if marker else None))
t.finish()
