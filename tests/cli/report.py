"""report: a class report from students' score files. The must-show: three exports (two
students and a damaged file) give exit 1 with the damaged file named, a gradebook of two
students, answers.csv with every answer and report.html whose pictures exist. Also: the same
export given twice (and a data folder) counts once; newer-format and foreign files are
named and skipped; progress on stderr for many files; `scores --export` is a consistent
copy while another program writes answers into the file.
Usage: python3 tests/cli/report.py BINARY SCRATCHDIR (from the repository root)"""
import csv
import io
import os
import re
import shutil
import sqlite3
import subprocess
import threading
import time

import tt

t = tt.Test()
atlas = t.atlas()


def right_answer(q):
    """The right answer to a question of any kind (a click, paint on the zone, the muscle)."""
    if q["kind"] == "locate":
        x, y = atlas.position(q["muscle"], q["side"], q["view"])
        return {"click": {"view": q["view"], "x": x, "y": y}}
    if q["kind"] == "refer":
        _, trp = atlas.trp(q["trp"]["id"])
        return {"paint": {"view": q["view"], "circles": atlas.cells(trp["essential"][q["side"]][q["view"]]["polygons"])}}
    return {"choice": q["choices"][0]}   # identify/name: the first choice, right or not


def play(data, player, quiz, seed):
    """A round played to the end; returns the number of answers given."""
    s = t.stdio(quiz, "--player", player, "--data-dir", data, "--seed", seed, stderr=t.path(player + ".err"))
    n = 0
    for msg in s:
        if msg["type"] == "question":
            s.send(right_answer(msg) if n % 3 != 2 else {"skip": True})
            n += 1
    rc = s.wait()
    t.check(rc == 0, "%s played %s: exit %s: %s" % (player, quiz, rc, t.read(t.path(player + ".err"))[-300:]))
    return n


# two students, each on their own machine (data folder)
ana, ben = t.scratch("ana"), t.scratch("ben")
played = 0
played += play(ana, "Ana Lima", "tests/quiz/good/basic.lua", 1)
played += play(ana, "Ana Lima", "tests/quiz/records/pass_mark.lua", 2)
played += play(ben, "Ben Žák", "tests/quiz/good/basic.lua", 3)
played += play(ben, "Ben Žák", "tests/quiz/records/pass_mark.lua", 4)
played += play(ben, "Ben Žák", "tests/quiz/records/pass_mark.lua", 5)

ea, eb = t.path("ana.sqlite3"), t.path("ben.sqlite3")
t.expect(t.run("scores", "--data-dir", ana, "--export", ea), 0)
t.expect(t.run("scores", "--data-dir", ben, "--export", eb), 0)
t.check(t.intact(ea) and t.intact(eb), "the exports do not pass integrity_check")

# a damaged export: a copy with pages in its middle overwritten
damaged = t.path("damaged.sqlite3")
shutil.copy(eb, damaged)
with open(damaged, "r+b") as f:
    f.seek(3 * 1024)
    f.write(os.urandom(8 * 1024))

out = t.path("out")
r = t.run("report", "--out", out, ea, eb, damaged)
t.expect(r, 1, damaged)
t.check("damaged" in r.err and ea not in r.err.replace("-> ", ""), "stderr: " + r.err[-500:])
gradebook = list(csv.reader(open(os.path.join(out, "gradebook.csv"), encoding="utf-8", newline="")))
t.check(lambda: len(gradebook) == 3 and gradebook[0][0] == "student" and {g[0] for g in gradebook[1:]} == {"Ana Lima", "Ben Žák"},
        lambda: "gradebook: %s" % gradebook)
answers = list(csv.DictReader(open(os.path.join(out, "answers.csv"), encoding="utf-8", newline="")))
t.check(len(answers) == played, "answers.csv has %d answers, want %d" % (len(answers), played))
t.check(lambda: {a["player"] for a in answers} == {"Ana Lima", "Ben Žák"}, "answers.csv players")
# the question column is the prompt read back from the stored question's JSON, unescaped
t.check(lambda: all(a["question"] and "\\" not in a["question"] and a["question"].endswith((".", "?"))
                    for a in answers), lambda: "answers.csv questions: %s" % [a["question"] for a in answers][:5])
html = t.read(os.path.join(out, "report.html"))
images = re.findall(r'<img src="([^"]+)"', html)
t.check(len(images) >= 3, "report.html shows %d pictures" % len(images))
missing = [i for i in images if not os.path.isfile(os.path.join(out, i)) or
           open(os.path.join(out, i), "rb").read(8) != b"\x89PNG\r\n\x1a\n"]
t.check(not missing, "pictures missing or not PNG: %s" % missing)
t.check("damaged.sqlite3" in html and "skipped" in html, "report.html does not name the skipped file")
t.check(not re.search(r'(src|href)="(https?:)?//', html), "report.html loads something from elsewhere")

# the gradebook: Ben's two rounds of the pass-mark quiz (7 of 10 right each: 70 %, passed)
head = gradebook[0]
col = head.index("Test: pass mark: passed")
ben_row = [g for g in gradebook if g[0] == "Ben Žák"][0]
t.check(lambda: ben_row[head.index("Test: pass mark: rounds")] == "2" and ben_row[col] == "yes"
        and ben_row[head.index("Test: pass mark: best %")] == "70",
        lambda: "Ben's pass-mark columns: %s" % ben_row)

# a quiz whose questions carry points: the gradebook grades as the round did (3 of 4 points)
weighted = t.write("weighted.lua", """return quiz { id = "weighted", title = "Weighted", questions = {
  locate { muscle = "upper_trapezius", view = "posterior", side = "right", points = 3 },
  locate { muscle = "masseter", view = "anterior", side = "right" } } }
""")
wdir = t.scratch("weighted")
s = t.stdio(weighted, "--player", "Cy", "--data-dir", wdir)
for msg in s:
    if msg["type"] == "question":
        s.send(right_answer(msg) if msg["n"] == 1 else {"skip": True})
s.wait()
t.check(lambda: s.summary()["percent"] == 75, lambda: "weighted summary: %s" % s.summary())
outw = t.path("outw")
t.expect(t.run("report", "--out", outw, wdir), 0)
gw = list(csv.DictReader(open(os.path.join(outw, "gradebook.csv"), encoding="utf-8", newline="")))
t.check(lambda: gw[0]["Weighted: best %"] == "75" and gw[0]["Weighted: last %"] == "75", lambda: "weighted gradebook: %s" % gw)

# the same export twice, and a data folder: counted once, exit 0
out2 = t.path("out2")
r = t.run("report", "--out", out2, ea, ea, ana, eb)
t.expect(r, 0)
answers2 = list(csv.DictReader(open(os.path.join(out2, "answers.csv"), encoding="utf-8", newline="")))
t.check(len(answers2) == played, "given twice: answers.csv has %d answers, want %d" % (len(answers2), played))
t.check(len(list(csv.reader(open(os.path.join(out2, "gradebook.csv"), encoding="utf-8")))) == 3,
        "given twice: the gradebook has not two students")

# newer-format and foreign files are named and skipped; the report is still written
newer, foreign = t.path("newer.sqlite3"), t.write("notes.csv", "student,score\nAna,100\n")
shutil.copy(ea, newer)
c = sqlite3.connect(newer)
c.execute("PRAGMA user_version = 42")
c.close()
out3 = t.path("out3")
r = t.run("report", "--out", out3, newer, foreign, eb)
t.expect(r, 1, "newer Trigger Trainer")
t.check(foreign in r.err and "not a Trigger Trainer score file" in r.err, "foreign file: " + r.err[-400:])
t.check(os.path.isfile(os.path.join(out3, "report.html")), "no report after skipped files")
t.expect(t.run("report", "--out", t.path("out4")), 2)
t.expect(t.run("report", ea), 2)

# a hand-edited file whose stored texts are nonsense: read, never a crash
hostile = t.path("hostile.sqlite3")
shutil.copy(eb, hostile)
junk = ["", "{", "[1,", '{"paint":{"view":"posterior","circles":[[1e308,2,3]]}}', '{"click":{"view":"nowhere","x":"a"}}',
        '{"choice":"not_a_muscle"}', '{"asked":{"trp":"zzz","view":"posterior","side":"left"},"areas":[{"area":5}]}',
        '{"asked":5,"correct":"yes","areas_hit":[1,2,null]}', '"\\u12', '{"a":' * 300, None,
        '{"paint":{"view":"posterior","circles":[[1,2,3]],"erase":[[1,2,3,99]]}}']
c = sqlite3.connect(hostile)
for i, (rowid,) in enumerate(c.execute("SELECT id FROM answers").fetchall()):
    c.execute("UPDATE answers SET question = ?, answer = ?, result = ?, muscle = ? WHERE id = ?",
              (junk[i % len(junk)], junk[(i + 3) % len(junk)], junk[(i + 7) % len(junk)], ["nope", None, "masseter"][i % 3], rowid))
c.commit()
c.close()
t.expect(t.run("report", "--quiet", "--out", t.path("outh"), hostile), 0)
t.expect(t.run("scores", "--data-dir", ben, "--csv"), 0)

# progress on stderr for a long run (20 files: the same export, so one student)
many = [t.path("copy%02d.sqlite3" % i) for i in range(20)]
for m in many:
    shutil.copy(ea, m)
r = t.run("report", "--out", t.path("out5"), *many)
t.expect(r, 0, "reading rounds: 20 of 20")

# scores --export while another program writes: every copy is whole and consistent
live = t.scratch("live")
writer = t.stdio("tests/quiz/records/endless.lua", "--player", "Writer", "--data-dir", live, stderr=t.path("writer.err"))
stop = threading.Event()
given = [0]


def write_loop():
    for msg in writer:
        if msg["type"] == "question":
            if stop.is_set():
                writer.close()
                break
            writer.send(right_answer(msg))
            given[0] += 1


th = threading.Thread(target=write_loop)
th.start()
copies = []
deadline = time.time() + 120
while len(copies) < 6 and time.time() < deadline and th.is_alive():
    if given[0] < 5 * (len(copies) + 1):
        time.sleep(0.05)
        continue
    dest = t.path("live-%d.sqlite3" % len(copies))
    r = t.run("scores", "--data-dir", live, "--export", dest)
    copies.append((dest, r, given[0]))
stop.set()
th.join(timeout=60)
writer.wait()
t.check(len(copies) >= 3, "only %d exports ran while the writer wrote (%d answers)" % (len(copies), given[0]))
counts = []
for dest, r, when in copies:
    t.expect(r, 0)
    ok = t.intact(dest)
    n = t.sql(dest, "SELECT count(*) FROM answers")[0][0] if ok else -1
    orphans = t.sql(dest, "SELECT count(*) FROM answers a LEFT JOIN rounds r ON r.id = a.round_id WHERE r.id IS NULL")[0][0] if ok else -1
    counts.append(n)
    t.check(ok and orphans == 0 and n > 0, "export %s: intact %s, %d answers, %d without a round" % (dest, ok, n, orphans))
t.check(counts == sorted(counts) and counts[-1] > counts[0],
        "the exports did not see the writer's answers grow: %s" % counts)
final = t.sql(os.path.join(live, "scores.sqlite3"), "SELECT count(*) FROM answers")[0][0]
t.check(counts[-1] <= final, "an export holds more answers than the file")
t.check(not os.path.exists(t.path("live-0.sqlite3.part")), "an export left its .part file")
t.finish()
