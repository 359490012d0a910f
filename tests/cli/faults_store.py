"""faults_store: the score file when the world misbehaves. A damaged, truncated, foreign or
newer-version score file; an empty one; a read-only data folder; a full disk (a tiny
tmpfs when this runs as root and may mount, and `ulimit -f` everywhere); four instances
writing to one file at once. Each time: play goes on to its summary (exit 0), stderr
says what happened in words, and nothing saved before is lost or overwritten (the old
bytes are kept aside, or the file passes SQLite's integrity check with every earlier
answer). kill -9 during a round is covered by tests/cli/scores.py (not repeated here).
Usage: python3 tests/cli/faults_store.py BINARY SCRATCHDIR (from the repository root)"""
import atexit
import csv
import filecmp
import glob
import io
import os
import re
import shutil
import sqlite3
import subprocess
import threading

import tt

t = tt.Test()
FIVE = "tests/hostile/faults/five.lua"
FORTY = "tests/hostile/faults/forty.lua"
SKIP5 = '{"skip":true}\n' * 5
SKIP40 = '{"skip":true}\n' * 40
ROOT_USER = os.getuid() == 0
mounts = []


@atexit.register
def unmount():
    for m in mounts:
        subprocess.run(["umount", m], stderr=subprocess.DEVNULL)


errs = {}   # player name -> stderr of its round


def play(d, name, quiz=FIVE):
    """One round of skips: exit 0, a summary, no sanitizer report. Fails (and returns False)
    with a message; passes silently (the caller counts what it asserts)."""
    r = t.run("play", quiz, "--stdio", "--player", name, "--data-dir", d, input=SKIP40 if quiz == FORTY else SKIP5)
    errs[name] = r.err
    if r.rc != 0:
        return t.bad("%s: exit %s: %s" % (name, r.rc, r.err[:300]))
    if '"type":"summary"' not in (r.out.splitlines() or [""])[-1]:
        return t.bad(name + ": no summary")
    if t.sanitizer(r.err):
        return t.bad("%s: sanitizer: %s" % (name, r.err[:300]))
    return True


def answers(d):
    """The number of saved answers (scores --csv rows), or -1."""
    r = t.run("scores", "--csv", "--data-dir", d)
    try:
        return len(list(csv.reader(io.StringIO(r.out)))) - 1
    except csv.Error:
        return -1


def kept(d, original):
    """Some file in d still holds exactly the original bytes."""
    return any(filecmp.cmp(f, original, shallow=False) for f in glob.glob(d + "/*") if os.path.isfile(f))


# a good file with two rounds (10 answers), the reference for the cases below
base = t.scratch("base")
if play(base, "base1") and play(base, "base2"):
    t.ok()
n = answers(base)
t.check(n == 10, "base: %d answers saved, want 10" % n)
GOOD = os.path.join(base, "scores.sqlite3")


def prepare(case):
    """Makes TMP/CASE/scores.sqlite3 and TMP/CASE.orig."""
    d = t.scratch(case)
    f = os.path.join(d, "scores.sqlite3")
    good = open(GOOD, "rb").read()
    if case == "garbage":
        open(f, "wb").write(b"not a database\n" + os.urandom(20000))
    elif case == "half":
        open(f, "wb").write(good[:len(good) // 2])
    elif case == "header":
        open(f, "wb").write(good[:100])
    elif case == "zeroed":
        data = bytearray(good) + bytes(max(0, 4096 + 8192 - len(good)))   # as dd seek=4 count=8 conv=notrunc
        data[4096:4096 + 8192] = bytes(8192)
        open(f, "wb").write(data)
    elif case == "foreign":
        c = sqlite3.connect(f)
        c.execute("create table notes(x)")
        c.execute("insert into notes values (1)")
        c.commit()
        c.close()
    elif case == "newer":
        shutil.copy(GOOD, f)
        c = sqlite3.connect(f)
        c.execute("pragma user_version = 99")
        c.commit()
        c.close()
    shutil.copy(f, t.path(case + ".orig"))
    return d


# damaged, truncated, foreign, newer: moved aside or left alone, with a message; play goes on
for c in ("garbage", "half", "header", "zeroed", "foreign", "newer"):
    t.case()
    d = prepare(c)
    if not play(d, c):
        continue
    if not kept(d, t.path(c + ".orig")):
        t.bad(c + ": the original bytes were not kept")
        continue
    if not re.search(r"moved to|left untouched|damaged|not a Trigger Trainer", errs[c]):
        # a file SQLite could still use must have kept every answer
        n = answers(d)
        if n < 5:
            t.bad("%s: no message and %d answers: %s" % (c, n, errs[c][:300]))
            continue
    r = t.run("scores", "--data-dir", d)
    t.check(r.rc <= 1 and not t.sanitizer(r.out + r.err), lambda: "%s: scores afterwards: %s" % (c, (r.out + r.err)[:300]))
# the newer file is never touched
t.check(filecmp.cmp(t.path("newer/scores.sqlite3"), t.path("newer.orig"), shallow=False), "newer: the file was changed")
t.check("newer" in errs.get("newer", ""), lambda: "newer: no message: " + errs.get("newer", "")[:300])

# an empty file is a new score file
t.case()
empty = t.scratch("empty")
open(os.path.join(empty, "scores.sqlite3"), "wb").close()
t.check(play(empty, "empty") and answers(empty) == 5, lambda: "empty file: %d answers" % answers(empty))

# a read-only data folder: play goes on in memory, says so, the file is unchanged and readable
t.case()
RO = t.scratch("ro")
shutil.copy(GOOD, RO)
shutil.copy(GOOD, t.path("ro.orig"))
ro_ok = False
if ROOT_USER:
    if subprocess.run(["mount", "--bind", RO, RO], stderr=subprocess.DEVNULL).returncode == 0:
        mounts.append(RO)
        ro_ok = subprocess.run(["mount", "-o", "remount,bind,ro", RO], stderr=subprocess.DEVNULL).returncode == 0
else:
    os.chmod(RO, 0o555)
    os.chmod(os.path.join(RO, "scores.sqlite3"), 0o444)
    ro_ok = True
if ro_ok:
    if play(RO, "readonly"):
        t.check(re.search(r"read-only|readonly|memory|could not|refused", errs["readonly"], re.I), "read-only: no message")
        t.check(filecmp.cmp(os.path.join(RO, "scores.sqlite3"), t.path("ro.orig"), shallow=False),
                "read-only: the file changed")
        n = answers(RO)
        t.check(n == 10, "read-only: scores shows %d answers, want 10" % n)
    if ROOT_USER:
        subprocess.run(["umount", RO])
        mounts.remove(RO)
    else:
        for p in (RO, os.path.join(RO, "scores.sqlite3")):
            os.chmod(p, os.stat(p).st_mode | 0o200)
else:
    print("note: read-only case skipped (cannot make a read-only folder here)")

# a full disk: a 256 KiB tmpfs holding the good file, filled up
t.case()
FULL = t.scratch("full")
if ROOT_USER and subprocess.run(["mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", FULL],
                                stderr=subprocess.DEVNULL).returncode == 0:
    mounts.append(FULL)
    shutil.copy(GOOD, FULL)
    try:
        with open(os.path.join(FULL, "filler"), "wb") as f:
            while True:
                f.write(bytes(4096))
                f.flush()
    except OSError:
        pass
    if play(FULL, "full"):
        t.check(re.search(r"full|refused", errs["full"], re.I), lambda: "full disk: no message: " + errs["full"][:300])
        t.check(t.intact(os.path.join(FULL, "scores.sqlite3")), "full disk: the file is damaged")
        os.remove(os.path.join(FULL, "filler"))
        n = answers(FULL)
        t.check(n == 10, "full disk: %d answers afterwards, want the 10 saved before" % n)
        t.check(play(FULL, "after_full") and answers(FULL) == 15, "full disk: a round after freeing space was not saved")
    subprocess.run(["umount", FULL])
    mounts.remove(FULL)
else:
    print("note: tmpfs full-disk case skipped (not root or mount refused); ulimit -f below still runs")


def limited(limit, d, name):
    """A round with a file-size limit (ulimit -f): writes fail like on a full disk, the
    process is not killed. Only the program runs under the limit; its output goes through
    a pipe to this unlimited process."""
    r = t.command(["bash", "-c", 'ulimit -f "$1"; shift; exec "$@"', "_", limit, t.bin, "play", FIVE, "--stdio",
                   "--player", name, "--data-dir", d], input=SKIP5)
    text = r.out + r.err
    if r.rc != 0:
        return t.bad("%s: exit %s: %s" % (name, r.rc, text[:300]))
    if '"type":"summary"' not in text:
        return t.bad(name + ": no summary")
    if t.sanitizer(text):
        return t.bad(name + ": sanitizer")
    return True


for limit in (0, 1, 40):
    t.case()
    d = t.scratch("ulimit%d" % limit)
    shutil.copy(GOOD, d)
    if not limited(limit, d, "ulimit%d" % limit):
        continue
    t.ok()
    t.check(t.intact(os.path.join(d, "scores.sqlite3")), "ulimit -f %d: the file is damaged" % limit)
    n = answers(d)
    t.check(n >= 10, "ulimit -f %d: %d answers afterwards, want at least 10" % (limit, n))
t.case()
new = t.scratch("ulimit-new")
if limited(0, new, "ulimit_new"):
    t.ok()
t.check(play(new, "ulimit_new_after") and answers(new) == 5,
        lambda: "after a round under ulimit -f 0 in a new folder, the next round was not saved (%d)" % answers(new))

# four instances writing to one file at once: every answer of every round is there
t.case()
shared = t.scratch("shared")
play(shared, "first")
done = {}
writers = [threading.Thread(target=lambda i=i: done.__setitem__(i, play(shared, "writer%d" % i, FORTY)))
           for i in (1, 2, 3, 4)]
for w in writers:
    w.start()
for w in writers:
    w.join()
n = answers(shared)
t.check(n == 165, "four writers: %d answers, want 165 (5 + 4 x 40)" % n)
t.check(t.intact(os.path.join(shared, "scores.sqlite3")), "four writers: the file is damaged")
r = t.run("scores", "--data-dir", shared)
t.check(len(re.findall("Faults: forty", r.out + r.err)) == 4 and "unfinished" not in r.out + r.err,
        lambda: "four writers: rounds: " + r.out + r.err)

t.finish("fault cases")
