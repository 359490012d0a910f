"""hostile_stdio: `play --stdio` against answers no client should send. Each malformed line
(truncated, wrong types, huge or non-finite numbers, unknown views, not UTF-8, NUL bytes,
megabytes long, nested 100000 deep, too many circles...) must get one {"type":"error"}
line and the same question again; a skip then ends the round normally. Empty input,
blank lines and EOF mid-line end the round with a summary. Every output line is a JSON
object, the exit status is 0 and no sanitizer reports anything.
Usage: python3 tests/cli/hostile_stdio.py BINARY SCRATCHDIR (from the repository root)"""
import json
import subprocess

import tt

t = tt.Test()
LOCATE = "tests/hostile/stdio/one_locate.lua"
NAME = "tests/hostile/stdio/one_name.lua"
SKIP = b'{"skip":true}'


def run(what, quiz, data):
    """One check: the round on stdin data exits 0 without a sanitizer report. Returns the run."""
    r = t.run("play", quiz, "--stdio", "--seed", "7", "--data-dir", t.path("data"), input=data)
    t.check(r.rc == 0 and not t.sanitizer(r.err), lambda: "%s: exit %s: %s" % (what, r.rc, r.err[:400]))
    return r


def check_out(what, r, errors, questions, answered):
    """One check on the output: JSON objects, so many errors and questions, a summary last."""
    def problem():
        kinds = []
        for line in r.out_bytes.decode("utf-8").splitlines():
            m = json.loads(line)
            assert isinstance(m, dict) and "type" in m, line
            kinds.append(m["type"])
            if m["type"] == "error":
                assert m["message"], line
            if m["type"] == "summary":
                assert m["answered"] == answered, "answered %d, want %d" % (m["answered"], answered)
        assert kinds.count("error") == errors, "%d errors, want %d: %s" % (kinds.count("error"), errors, kinds)
        assert kinds.count("question") == questions, "%d questions, want %d" % (kinds.count("question"), questions)
        assert kinds[-1] == "summary", "last line is %s" % kinds[-1]
    try:
        problem()
        t.ok()
    except Exception as e:
        t.bad("%s: %s: %s" % (what, type(e).__name__, str(e)[:400]))


def case(what, data, quiz=LOCATE, errors=1, questions=2, answered=0):
    t.case()
    check_out(what, run(what, quiz, data), errors, questions, answered)


def malformed(line, quiz=LOCATE):
    """One error, the question again, then the skip ends the round."""
    line = line.encode() if isinstance(line, str) else line
    case("case %d (%s)" % (t.cases + 1, line[:60].decode("utf-8", "replace")), line + b"\n" + SKIP + b"\n", quiz)


# truncated lines
malformed('{"click":')
malformed('{"click":{"view":"posterior","x":10')
malformed('{"paint":{"view":"posterior","circles":[[1,2,3],[4,')
malformed('{')
malformed('"')
# wrong types
malformed('{"click":{"view":"posterior","x":"10","y":143}}')
malformed('{"click":{"view":"posterior","x":null,"y":143}}')
malformed('{"click":{"view":"posterior","x":true,"y":143}}')
malformed('{"click":{"view":"posterior","x":10}}')
malformed('{"click":[10,143]}')
malformed('{"click":"posterior 10 143"}')
malformed('{"choice":42}', NAME)
malformed('{"choice":["levator_scapulae"]}', NAME)
malformed('{"choice":null}', NAME)
malformed('{"skip":1}')
malformed('{"skip":"yes"}')
malformed('{"skip":false}')
malformed('{"paint":{"view":"posterior","circles":"lots"}}')
malformed('{"paint":{"view":"posterior","circles":[[1,2,"3"]]}}')
malformed('{"paint":{"view":"posterior","circles":[[1,2]]}}')
malformed('{"paint":{"view":"posterior","circles":[[1,2,3,4]]}}')
malformed('{"paint":{"view":"posterior"}}')
malformed('[]')
malformed('null')
malformed('42')
malformed('"skip"')
malformed('{}')
malformed('{"skip":true,"choice":"masseter"}')
malformed('{"answer":"masseter"}')
malformed('{"skip":true,"skip":true}')
# huge and odd numbers
malformed('{"click":{"view":"posterior","x":1e308,"y":1e308}}')
malformed('{"click":{"view":"posterior","x":-1e300,"y":140}}')
malformed('{"click":{"view":"posterior","x":1e400,"y":140}}')
malformed('{"click":{"view":"posterior","x":99999999999999999999999,"y":140}}')
malformed('{"click":{"view":"posterior","x":NaN,"y":140}}')
malformed('{"click":{"view":"posterior","x":Infinity,"y":140}}')
malformed('{"paint":{"view":"posterior","circles":[[1,2,1e308]]}}')
malformed('{"paint":{"view":"posterior","circles":[[1e300,2,3]]}}')
malformed('{"paint":{"view":"posterior","circles":[[1,2,-1]]}}')
# unknown views
malformed('{"click":{"view":"front","x":1,"y":140}}')
malformed('{"click":{"view":"","x":1,"y":140}}')
malformed('{"click":{"view":"POSTERIOR","x":1,"y":140}}')
malformed('{"click":{"view":3,"x":1,"y":140}}')
malformed('{"paint":{"view":"lateral","circles":[]}}')
# the round refuses what does not fit the question
malformed('{"choice":"masseter"}')
malformed('{"choice":"no_such_muscle"}', NAME)
malformed('{"paint":{"view":"posterior","circles":[[10,143,2]]}}')
# bytes that are not text
malformed(b'{"choice":"\xff\xfe\x80"}', NAME)
malformed(b'\xef\xbb\xbf\xef\xbb\xbf{"skip":true}')
malformed(r'{"choice":"levator\u0000scapulae"}', NAME)
malformed(b'\x01\x02\x03\x7f')

# a NUL byte in the middle of a line: the line is cut there (C string), an error all the same
case("NUL byte", b'{"skip"\0:true}\n' + SKIP + b"\n")

# megabytes: a 4 MiB choice, 100000 nested arrays, 20001 circles
case("4 MiB line", b'{"choice":"' + b"a" * (4 << 20) + b'"}\n' + SKIP + b"\n", NAME)
case("deep nesting", b"[" * 100000 + b"]" * 100000 + b"\n" + SKIP + b"\n")
case("20001 circles", b'{"paint":{"view":"posterior","circles":[' + b",".join([b"[0,100,1]"] * 20001) + b"]}}\n"
     + SKIP + b"\n")

# empty input, blank lines, EOF in the middle of a line: a summary with nothing answered
case("empty input", b"", errors=0, questions=1)
case("blank lines", b"\n\n\r\n\n", errors=0, questions=1)
case("EOF mid-line", b'{"click":{"view":"posterior","x":10')
# CRLF line ends are fine
case("CRLF", b'{"click":{"view":"posterior","x":9.8,"y":143.2}}\r\n', errors=0, questions=1, answered=1)

# stdout closed early: the program still exits without a crash
t.case()
with open(t.path("err"), "wb") as err:
    p = subprocess.Popen([t.bin, "play", LOCATE, "--stdio", "--data-dir", t.path("data")], stdin=subprocess.PIPE,
                         stdout=subprocess.PIPE, stderr=err)
    p.stdin.write(SKIP + b"\n")
    p.stdin.close()
    p.stdout.read(10)
    p.stdout.close()
    p.wait(timeout=120)
e = t.read(t.path("err"))
t.check(not t.sanitizer(e), lambda: "closed stdout: " + e[:300])

t.finish("hostile stdio cases")
