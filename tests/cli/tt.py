"""tt: what every command-line test shares. A test is tests/cli/NAME.py, run from the
repository root as `python3 tests/cli/NAME.py BINARY SCRATCHDIR`; CTest registers it as
cli_NAME (tests/tests.cmake). A whole test reads like this:

    import tt
    t = tt.Test()                                   # BINARY, a fresh SCRATCHDIR, headless SDL
    r = t.run("check", "tests/quiz/good/basic.lua") # r.rc, r.out, r.err (text), r.out_bytes
    t.expect(r, 0)                                  # status, no sanitizer report: one check
    t.expect(t.run("atlas", "--bogus"), 2, "--bogus")   # ... and a needle on stderr
    t.check(r.err.count("ok: quiz") == 1, "one ok line")     # any other assertion
    t.finish()                                      # prints "N passed, N failed"; exit status

Every check counts once: `check`, `expect`, `ok` and `bad` each add one pass or one fail,
so a test's "N passed" is the number of its assertions. A condition given as a function is
called inside a guard: an exception (a missing key, a bad document) is a failure with its
message, not a crash of the test. `t.atlas()` is `atlas --json`, loaded once, with the
questions' answers (trigger point positions, body-grid cells of a zone); `t.stdio(...)` is a
client of `play --stdio`.
"""
import json
import os
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import traceback

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SANITIZER = re.compile(r"Sanitizer|runtime error")


class Result:
    """One run of the binary: exit status (124 after a timeout, -N after signal N) and output."""

    def __init__(self, args, rc, out, err):
        self.args, self.rc, self.out_bytes, self.err_bytes = args, rc, out or b"", err or b""
        self.out = self.out_bytes.decode("utf-8", "replace")
        self.err = self.err_bytes.decode("utf-8", "replace")

    def __repr__(self):
        return "%s -> exit %s: %s" % (" ".join(self.args), self.rc, self.err[:300])


class Fatal(Exception):
    """Raised by t.fatal(): the test cannot go on (counted as one failure)."""


class Test:
    def __init__(self, clean=True):
        if len(sys.argv) < 3:
            sys.exit("usage: python3 %s BINARY SCRATCHDIR (from the repository root)" % sys.argv[0])
        self.bin = os.path.abspath(sys.argv[1])
        self.tmp = os.path.abspath(sys.argv[2])
        self.root = ROOT
        os.chdir(ROOT)
        if clean:
            shutil.rmtree(self.tmp, ignore_errors=True)
        os.makedirs(self.tmp, exist_ok=True)
        os.environ.setdefault("SDL_VIDEODRIVER", "offscreen")
        os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
        self.passed = self.failed = self.cases = 0
        self._atlas = None
        sys.excepthook = self._stopped

    def _stopped(self, kind, value, tb):
        """An exception nobody caught: the traceback, then the counts with one more failure."""
        traceback.print_exception(kind, value, tb)
        self.bad("the test stopped: %s: %s" % (kind.__name__, value))
        print("%d passed, %d failed" % (self.passed, self.failed), flush=True)

    # -- counting ------------------------------------------------------------------------
    def ok(self):
        self.passed += 1
        return True

    def bad(self, what):
        self.failed += 1
        print("FAIL:", what() if callable(what) else what, flush=True)
        return False

    def check(self, cond, what):
        """One assertion. cond may be a function: an exception it raises is a failure."""
        if callable(cond):
            try:
                cond = cond()
            except Exception as e:  # the assertion's own data was not there
                return self.bad(lambda: "%s (%s: %s)" % (what() if callable(what) else what, type(e).__name__, e))
        return self.ok() if cond else self.bad(what)

    def case(self):
        """Counts a case for the "N cases" line some tests print (not a check)."""
        self.cases += 1

    def finish(self, cases_label=None):
        if cases_label:
            print("%s: %d" % (cases_label, self.cases))
        print("%d passed, %d failed" % (self.passed, self.failed), flush=True)
        sys.exit(1 if self.failed else 0)

    def fatal(self, what):
        """A failure after which nothing else can be checked: counts it and ends the test."""
        self.bad(what)
        self.finish()

    # -- files -----------------------------------------------------------------------------
    def path(self, *parts):
        """A path inside the scratch folder."""
        return os.path.join(self.tmp, *parts)

    def scratch(self, *parts):
        """A folder inside the scratch folder, made if missing."""
        p = self.path(*parts)
        os.makedirs(p, exist_ok=True)
        return p

    def write(self, name, data):
        """Writes text or bytes to a scratch file and returns its path."""
        p = self.path(name)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "wb") as f:
            f.write(data.encode() if isinstance(data, str) else data)
        return p

    def read(self, path):
        with open(path, "rb") as f:
            return f.read().decode("utf-8", "replace")

    # -- running the binary ------------------------------------------------------------------
    def run(self, *args, prefix=(), **kw):
        """Runs BINARY ARGS... and waits (prefix: a wrapper command such as valgrind before
        the binary). Keywords as for command()."""
        return self.command(list(prefix) + [self.bin] + [str(a) for a in args], **kw)

    def command(self, cmd, input=None, stdin=None, env=None, unset=(), timeout=120, cwd=None):
        """Runs a command and waits. input: text or bytes for stdin; stdin: a file path
        (default: nothing, /dev/null); env: variables to set (None removes one); unset: names
        to remove. A timeout kills it and gives exit status 124, as timeout(1) does."""
        cmd = [str(c) for c in cmd]
        e = dict(os.environ)
        for k in unset:
            e.pop(k, None)
        for k, v in (env or {}).items():
            if v is None:
                e.pop(k, None)
            else:
                e[k] = str(v)
        if isinstance(input, str):
            input = input.encode()
        fin = open(stdin, "rb") if stdin else (None if input is not None else subprocess.DEVNULL)
        try:
            p = subprocess.run(cmd, input=input, stdin=fin, capture_output=True, env=e, cwd=cwd, timeout=timeout)
            return Result(cmd, p.returncode, p.stdout, p.stderr)
        except subprocess.TimeoutExpired as x:
            return Result(cmd, 124, x.stdout, (x.stderr or b"") + b"\n(timed out)")
        finally:
            if stdin:
                fin.close()

    def sanitizer(self, text):
        """The first lines of a sanitizer report in text, or '' when there is none."""
        return "\n".join(l for l in text.splitlines() if SANITIZER.search(l))[:300]

    def expect(self, r, status, needle=None, what=None, streams=("err",), icase=False, crash=False):
        """One check on a Result: the exit status (an int or a set of them), no sanitizer
        report on stderr (nor a crash, with crash=True), and needle (if given) in one of streams."""
        what = what or " ".join(r.args[1:])[:200]
        want = {status} if isinstance(status, int) else set(status)
        if r.rc not in want:
            return self.bad("%s -> exit %s, want %s: %s" % (what, r.rc, "/".join(map(str, sorted(want))), r.err[:300]))
        pattern = r"Sanitizer|runtime error|Segmentation|Aborted" if crash else SANITIZER
        if re.search(pattern, r.err):
            return self.bad("%s: sanitizer: %s" % (what, self.sanitizer(r.err) or r.err[:300]))
        if needle:
            text = "".join(getattr(r, s) for s in streams)
            found = needle.lower() in text.lower() if icase else needle in text
            if not found:
                return self.bad("%s: no '%s' in: %s" % (what, needle, text[:300]))
        return self.ok()

    def stdio(self, *args, stderr=None):
        """A client of `play ARGS... --stdio`, reading messages as they come."""
        return Stdio(self, args, stderr)

    # -- the atlas and the score file --------------------------------------------------------
    def atlas(self):
        """`atlas --json` of the binary under test, parsed once (fatal when it fails)."""
        if self._atlas is None:
            r = self.run("atlas", "--json")
            try:
                if r.rc != 0:
                    raise ValueError("exit %s: %s" % (r.rc, r.err[:500]))
                self._atlas = Atlas(json.loads(r.out))
            except (ValueError, KeyError, TypeError) as e:
                self.fatal("atlas --json: %s" % e)
        return self._atlas

    def sql(self, db, query, *params):
        """All rows of a query on a SQLite file."""
        c = sqlite3.connect(db)
        try:
            return c.execute(query, params).fetchall()
        finally:
            c.close()

    def intact(self, db):
        """SQLite's integrity check passes (read-write: a hot journal left by a failed
        write rolls back first)."""
        try:
            return self.sql(db, "pragma integrity_check")[0][0] == "ok"
        except sqlite3.Error:
            return False

    def have(self, *programs):
        """True when every program is on PATH."""
        return all(shutil.which(p) for p in programs)


class Stdio:
    """`play ... --stdio` as a client: iterate over the messages, send answers."""

    def __init__(self, t, args, stderr):
        self.err_path = stderr
        self._err = open(stderr, "wb") if stderr else subprocess.DEVNULL
        self.proc = subprocess.Popen([t.bin, "play"] + [str(a) for a in args] + ["--stdio"], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, stderr=self._err, text=True)
        self.messages = []

    def __iter__(self):
        for line in self.proc.stdout:
            msg = json.loads(line)
            self.messages.append(msg)
            yield msg

    def send(self, answer):
        """An answer: a dict (sent as JSON) or a raw line."""
        self.proc.stdin.write((answer if isinstance(answer, str) else json.dumps(answer)) + "\n")
        self.proc.stdin.flush()

    def close(self):
        if not self.proc.stdin.closed:
            self.proc.stdin.close()

    def kill(self):
        os.kill(self.proc.pid, signal.SIGKILL)

    def wait(self):
        self.close()
        rc = self.proc.wait()
        self.proc.stdout.close()
        if self.err_path:
            self._err.close()
        return rc

    def summary(self):
        s = [m for m in self.messages if m["type"] == "summary"]
        return s[-1] if s else {}


class Atlas:
    """`atlas --json`: d is the document; muscles by id; answers to questions."""

    # The body grid of game/body/bodygrid.h: 0.5 cm cells from x = -60, y = -2.
    CELL, X0, Y0 = 0.5, -60.0, -2.0

    def __init__(self, d):
        self.d = d
        self.muscles = {m["id"]: m for m in d["muscles"]}

    def trp(self, trp_id):
        """(muscle, trigger point) of a trigger point id."""
        for m in self.d["muscles"]:
            for t in m["trps"]:
                if t["id"] == trp_id:
                    return m, t
        raise KeyError("no trigger point " + trp_id)

    def position(self, muscle, side, view):
        """[x, y] of the muscle's first trigger point drawn in that view, or None."""
        for t in self.muscles[muscle]["trps"]:
            at = t["positions"].get(side, {}).get(view)
            if at:
                return at
        return None

    def cells(self, polys, radius=0.3):
        """Paint circles [x, y, radius] on the centre of every body-grid cell inside any
        polygon (each [[x, y], ...]): a paint answer that covers the zone exactly."""
        out = []
        c = self.CELL
        for poly in polys:
            xs = [p[0] for p in poly]
            ys = [p[1] for p in poly]
            i0, i1 = int((min(xs) - self.X0) / c) - 1, int((max(xs) - self.X0) / c) + 1
            j0, j1 = int((min(ys) - self.Y0) / c) - 1, int((max(ys) - self.Y0) / c) + 1
            for i in range(i0, i1 + 1):
                for j in range(j0, j1 + 1):
                    x, y = self.X0 + c * i + c / 2, self.Y0 + c * j + c / 2
                    if inside(x, y, poly):
                        out.append([round(x, 3), round(y, 3), radius])
        return out


def inside(x, y, poly):
    """Even-odd point in polygon ([[x, y], ...]), the rule bodygrid_fill_polygon uses."""
    hit = False
    j = len(poly) - 1
    for i in range(len(poly)):
        xi, yi = poly[i]
        xj, yj = poly[j]
        if (yi > y) != (yj > y) and x < (xj - xi) * (y - yi) / (yj - yi) + xi:
            hit = not hit
        j = i
    return hit


def pairs(flat):
    """[x0, y0, x1, y1, ...] as [[x0, y0], [x1, y1], ...]."""
    return [[flat[i], flat[i + 1]] for i in range(0, len(flat), 2)]
