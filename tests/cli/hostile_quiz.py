"""hostile_quiz: quiz scripts written to break the loader and the round, through the real
command line. Each tests/hostile/quiz/*.lua says at its top what must happen:
  -- check: STATUS [text]     `check FILE` exits STATUS and prints text (file:line: lines)
  -- play: STATUS[,STATUS] [text]   `play FILE --stdio` (skipping every question) exits so,
                              every line is a JSON object, the last one a summary or a
                              fatal error, and text appears in it
Then every sandbox attack of tests/lua/hostile/ goes through `check` as if it were a quiz,
and all hostile files together with the built-in quizzes: the built-ins still load.
Nothing may crash, hang or trip a sanitizer.
Usage: python3 tests/cli/hostile_quiz.py BINARY SCRATCHDIR (from the repository root)"""
import glob
import json
import re

import tt

t = tt.Test()
SKIPS = '{"skip":true}\n' * 260
FILE_LINE = re.compile(r"^[^:]+:[0-9]+: .+")
CRASH = re.compile(r"Sanitizer|runtime error|Segmentation|Aborted")


def clean_err(r, what):
    """No sanitizer report, no crash (a failure when there is one)."""
    if CRASH.search(r.err):
        return t.bad("%s: %s" % (what, t.sanitizer(r.err)))
    return True


def spec(path, tag):
    """(statuses, text) from the file's `-- TAG: STATUS[,STATUS] [text]` line, or None."""
    for line in open(path, encoding="utf-8", errors="replace"):
        if line.startswith("-- %s: " % tag):
            s = line[len("-- %s: " % tag):].rstrip("\n")
            want, _, needle = s.partition(" ")
            return want, needle
    return None


def stream_problem(out_bytes):
    """Why play's output is not JSON lines ending in a summary or a fatal error, or None."""
    try:
        msgs = [json.loads(l) for l in out_bytes.decode("utf-8").splitlines()]
        assert msgs and all(isinstance(m, dict) for m in msgs)
        last = msgs[-1]
        assert last["type"] == "summary" or (last["type"] == "error" and last.get("fatal")), last["type"]
        for m in msgs:
            if m["type"] == "question":
                for k in ("n", "of", "kind", "prompt", "view"):
                    assert k in m, "question without %s" % k
            if m["type"] == "result":
                assert 0 <= m["score"] <= 100 and "feedback" in m
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)
    return None


for f in sorted(glob.glob("tests/hostile/quiz/*.lua")):
    t.case()
    want, needle = spec(f, "check") or ("", "")
    r = t.run("check", f)
    if clean_err(r, "check " + f):
        shapeless = [l for l in r.out.splitlines() if not FILE_LINE.match(l)]
        if str(r.rc) != want:
            t.bad("check %s: exit %s, want %s: %s" % (f, r.rc, want, r.out[:300]))
        elif needle and needle not in r.out:
            t.bad("check %s: no '%s' in %s" % (f, needle, r.out[:300]))
        elif shapeless:
            t.bad("check %s: a line without file:line: %s" % (f, shapeless[0][:200]))
        else:
            t.ok()
    s = spec(f, "play")
    if not s:
        continue
    want, needle = s
    r = t.run("play", f, "--stdio", "--seed", "3", "--data-dir", t.path("data"), input=SKIPS)
    if not clean_err(r, "play " + f):
        continue
    if str(r.rc) not in want.split(","):
        t.bad("play %s: exit %s, want %s: %s" % (f, r.rc, want, r.err[:300]))
        continue
    if needle and needle not in r.out:
        t.bad("play %s: no '%s' in the output" % (f, needle))
        continue
    why = stream_problem(r.out_bytes)
    t.check(why is None, lambda: "play %s: %s" % (f, why))

# the sandbox attacks, loaded as quiz files: refused with a message, never a crash
for f in sorted(glob.glob("tests/lua/hostile/*.lua")):
    t.case()
    r = t.run("check", f)
    if not clean_err(r, "check " + f):
        continue
    t.check(r.rc == 1 and any(FILE_LINE.match(l) for l in r.out.splitlines()),
            lambda: "check %s: exit %s: %s" % (f, r.rc, r.out[:300]))

# everything at once: the hostile files are reported, the built-in quizzes still load
t.case()
builtin = sorted(glob.glob("scripts/quizzes/*.lua"))
r = t.run("check", *builtin, *sorted(glob.glob("tests/hostile/quiz/*.lua")), timeout=300)
nok = len(re.findall(r"^scripts/quizzes/.*: ok: quiz", r.err, re.M))
if r.rc == 1 and nok == len(builtin) and clean_err(r, "all together"):
    t.ok()
else:
    t.bad("all together: exit %s, %d of %d built-ins ok" % (r.rc, nok, len(builtin)))

t.finish("hostile quiz cases")
