#!/bin/bash
# play_stdio: `trigger-trainer play QUIZ --stdio` end to end. A bot answers from
# `atlas --json` and the questions' own facts: a perfect round scores 100 %, a far-off one
# 0 %; malformed answers get an error line and the same question; EOF mid-round keeps the
# answers given; a failing hook ends the round with its message; every answer is saved.
# Usage: bash tests/cli/play_stdio.sh BINARY SCRATCHDIR (from the repository root)
BIN=${1:?usage: play_stdio.sh BINARY SCRATCHDIR}
TMP=${2:?usage: play_stdio.sh BINARY SCRATCHDIR}
export SDL_VIDEODRIVER=offscreen
rm -rf "$TMP" && mkdir -p "$TMP" || exit 1
DATA="$TMP/data"
GOOD=tests/quiz/good
"$BIN" atlas --json > "$TMP/atlas.json" 2> "$TMP/atlas.err" || { echo "atlas --json failed"; cat "$TMP/atlas.err"; echo "0 passed, 1 failed"; exit 1; }

cat > "$TMP/bot.py" <<'EOF'
# A bot for play --stdio. Modes: perfect, far, malformed, eof2 (two answers then EOF).
import json, subprocess, sys

binary, atlas_path, mode, quiz = sys.argv[1:5]
extra = sys.argv[5:]
atlas = json.load(open(atlas_path))
muscles = {m["id"]: m for m in atlas["muscles"]}

def inside(x, y, poly):
    hit = False
    j = len(poly) - 1
    for i in range(len(poly)):
        xi, yi = poly[i]; xj, yj = poly[j]
        if (yi > y) != (yj > y) and x < (xj - xi) * (y - yi) / (yj - yi) + xi:
            hit = not hit
        j = i
    return hit

def cells(polys):
    """Centres of the 0.5 cm body-grid cells inside any polygon (the grid of bodygrid.h)."""
    out = []
    for poly in polys:
        xs = [p[0] for p in poly]; ys = [p[1] for p in poly]
        i0 = int((min(xs) + 60) / 0.5) - 1; i1 = int((max(xs) + 60) / 0.5) + 1
        j0 = int((min(ys) + 2) / 0.5) - 1; j1 = int((max(ys) + 2) / 0.5) + 1
        for i in range(i0, i1 + 1):
            for j in range(j0, j1 + 1):
                x = -60 + 0.5 * i + 0.25; y = -2 + 0.5 * j + 0.25
                if inside(x, y, poly):
                    out.append([round(x, 3), round(y, 3), 0.3])
    return out

def find_trp(trp_id):
    for m in atlas["muscles"]:
        for t in m["trps"]:
            if t["id"] == trp_id:
                return m, t
    raise SystemExit("no trigger point " + trp_id)

def flat_to_pairs(flat):
    return [[flat[i], flat[i + 1]] for i in range(0, len(flat), 2)]

def muscle_with_zone(q):
    want = [flat_to_pairs(p) for p in q["zone"]["essential"]]
    for m in atlas["muscles"]:
        for t in m["trps"]:
            polys = t["essential"].get(q["side"], {}).get(q["view"], {}).get("polygons", [])
            if len(polys) == len(want) and all(
                len(a) == len(b) and all(abs(p[0] - r[0]) < 0.02 and abs(p[1] - r[1]) < 0.02 for p, r in zip(a, b))
                for a, b in zip(polys, want)):
                return m["id"]
    raise SystemExit("no muscle with that zone")

def muscle_at(q):
    for m in atlas["muscles"]:
        for t in m["trps"]:
            at = t["positions"].get(q["side"], {}).get(q["view"])
            if at and abs(at[0] - q["trp"]["x"]) < 0.02 and abs(at[1] - q["trp"]["y"]) < 0.02 and m["id"] in q["choices"]:
                return m["id"]
    raise SystemExit("no muscle with a trigger point there")

def perfect(q):
    k = q["kind"]
    if k == "locate":
        m = muscles[q["muscle"]]
        for t in m["trps"]:
            at = t["positions"].get(q["side"], {}).get(q["view"])
            if at:
                return {"click": {"view": q["view"], "x": at[0], "y": at[1]}}
    if k == "refer":
        m, t = find_trp(q["trp"]["id"])
        polys = t["essential"][q["side"]][q["view"]]["polygons"]
        return {"paint": {"view": q["view"], "circles": cells(polys)}}
    if k == "identify":
        return {"choice": muscle_with_zone(q)}
    if k == "name":
        return {"choice": muscle_at(q)}

def far(q):
    k = q["kind"]
    if k == "locate":
        return {"click": {"view": q["view"], "x": 0, "y": 5}}
    if k == "refer":
        return {"paint": {"view": q["view"], "circles": [[0, 3, 1.5]]}}
    right = muscle_with_zone(q) if k == "identify" else muscle_at(q)
    return {"choice": [c for c in q["choices"] if c != right][0]}

proc = subprocess.Popen([binary, "play", quiz, "--stdio"] + extra, stdin=subprocess.PIPE,
                        stdout=subprocess.PIPE, text=True)
lines = []
answered = 0
malformed = ['garbage', '{"click":{}}', '{"choice":"masseter","skip":true}', '{"paint":{"view":"anterior","circles":[[1]]}}']
while True:
    line = proc.stdout.readline()
    if not line:
        break
    msg = json.loads(line)
    lines.append(msg)
    if msg["type"] != "question":
        continue
    if mode == "eof2" and answered == 2:
        proc.stdin.close()
        continue
    if mode == "malformed" and malformed:
        proc.stdin.write(malformed.pop(0) + "\n")
    else:
        ans = perfect(msg) if mode in ("perfect", "eof2") else far(msg) if mode == "far" else {"skip": True}
        proc.stdin.write(json.dumps(ans) + "\n")
        answered += 1
    proc.stdin.flush()
rc = proc.wait()
json.dump({"rc": rc, "lines": lines}, sys.stdout)
EOF

pass=0 fail=0
ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL: $*"; }
check() { if python3 -c "import json,sys; d=json.load(open('$1')); L=d['lines']; S=[l for l in L if l['type']=='summary']; s=S[-1] if S else {}; sys.exit(0 if ($2) else 1)"; then ok; else bad "$3"; fi; }
bot() { local out=$1; shift; python3 "$TMP/bot.py" "$BIN" "$TMP/atlas.json" "$@" --quiz-dir "$GOOD" --data-dir "$DATA" > "$TMP/$out.json" 2> "$TMP/$out.err" || { bad "bot $out crashed"; cat "$TMP/$out.err"; }; }
sql() { python3 -c 'import sqlite3, sys; print("|".join(str(v) for v in sqlite3.connect(sys.argv[1]).execute(sys.argv[2]).fetchone()))' "$DATA/scores.sqlite3" "$1"; }

# 1. perfect round: every kind of question, answered from the atlas
bot perfect perfect test-basic --seed 5 --player perfect
check "$TMP/perfect.json" "d['rc'] == 0 and s.get('percent') == 100 and s.get('max') == 500" "perfect round scores 100 %"
check "$TMP/perfect.json" "all(l['score'] == 100 and l['correct'] for l in L if l['type'] == 'result')" "every perfect answer scores 100"
check "$TMP/perfect.json" "[l['kind'] for l in L if l['type'] == 'question'] == ['locate', 'refer', 'identify', 'name', 'locate']" "question kinds in order"
check "$TMP/perfect.json" "all(k in l for l in L if l['type'] == 'question' for k in ('n', 'of', 'kind', 'prompt', 'view', 'side'))" "questions carry n, of, kind, prompt, view, side"
check "$TMP/perfect.json" "\"client's right upper trapezius\" in L[0]['prompt'] and L[0]['muscle'] == 'upper_trapezius'" "prompt names the client's side"
check "$TMP/perfect.json" "'muscle' not in [l for l in L if l['type'] == 'question'][2] and len([l for l in L if l['type'] == 'question'][2]['choices']) == 4" "identify hides the muscle and offers 4 choices"
check "$TMP/perfect.json" "isinstance(s.get('round_id'), int)" "summary has a round_id"
RID=$(python3 -c "import json; d=json.load(open('$TMP/perfect.json')); print([l for l in d['lines'] if l['type']=='summary'][0]['round_id'])")
[ "$(sql "SELECT count(*) FROM answers WHERE round_id = $RID AND score = 100")" = 5 ] && ok || bad "perfect answers saved"
[ "$(sql "SELECT total || '/' || max FROM rounds WHERE id = $RID")" = "500/500" ] && ok || bad "round total saved"

# 2. the same round answered far off scores 0
bot far far test-basic --seed 5 --player far
check "$TMP/far.json" "d['rc'] == 0 and s.get('percent') == 0 and s.get('score') == 0 and s.get('max') == 500" "far-off round scores 0 %"
check "$TMP/far.json" "[l for l in L if l['type'] == 'result'][0].get('distance_cm', 0) > 100" "locate result has distance_cm"
check "$TMP/far.json" "'areas_missed' in [l for l in L if l['type'] == 'result'][1]" "refer result lists areas"
check "$TMP/far.json" "[l for l in L if l['type'] == 'result'][2]['answer'] != '' and not [l for l in L if l['type'] == 'result'][2]['correct']" "identify result names the answer"

# 3. malformed answers: an error line, then the same question again
bot malformed malformed test-basic --seed 5 --player malformed
check "$TMP/malformed.json" "[l['type'] for l in L[:9]] == ['question', 'error', 'question', 'error', 'question', 'error', 'question', 'error', 'question']" "each malformed answer gets an error and the question again"
check "$TMP/malformed.json" "all(l['n'] == 1 for l in L[:9] if l['type'] == 'question') and s.get('asked') == 5" "the same question, then the round goes on"

# 4. EOF after two answers: the round ends, both answers are saved
bot eof eof2 test-basic --seed 5 --player eof
check "$TMP/eof.json" "d['rc'] == 0 and s.get('asked') == 2 and s.get('score') == 200" "EOF ends the round with a summary"
RID=$(python3 -c "import json; d=json.load(open('$TMP/eof.json')); print([l for l in d['lines'] if l['type']=='summary'][0]['round_id'])")
[ "$(sql "SELECT count(*) FROM answers WHERE round_id = $RID")" = 2 ] && ok || bad "answers before EOF saved"

# 5. a failing hook ends the round with its message; answers so far stay saved
bot hook skip test-hook-error --seed 1 --player hook
check "$TMP/hook.json" "d['rc'] == 1 and any(l['type'] == 'error' and l.get('fatal') and 'hook_error.lua:12: on_answer broke on purpose' in l['message'] for l in L)" "hook error reported"
check "$TMP/hook.json" "s.get('asked') == 2 and 'broke on purpose' in s.get('error', '')" "summary after a hook error"
RID=$(python3 -c "import json; d=json.load(open('$TMP/hook.json')); print([l for l in d['lines'] if l['type']=='summary'][0]['round_id'])")
[ "$(sql "SELECT count(*) FROM answers WHERE round_id = $RID")" = 2 ] && ok || bad "answers before the hook error saved"

# 6. the same seed asks the same questions; a file path works as QUIZ
"$BIN" play tests/quiz/good/generated.lua --stdio --seed 9 --data-dir "$DATA" < /dev/null > "$TMP/g1.txt" 2>/dev/null
"$BIN" play test-generated --quiz-dir "$GOOD" --stdio --seed 9 --data-dir "$DATA" < /dev/null > "$TMP/g2.txt" 2>/dev/null
[ -s "$TMP/g1.txt" ] && [ "$(head -1 "$TMP/g1.txt")" = "$(head -1 "$TMP/g2.txt")" ] && ok || bad "same seed, same first question (file path and id)"

# 7. exit codes
"$BIN" play no-such-quiz --stdio --data-dir "$DATA" < /dev/null > /dev/null 2>&1; [ $? = 1 ] && ok || bad "unknown quiz exits 1"
"$BIN" play test-basic --data-dir "$DATA" < /dev/null > /dev/null 2>&1; [ $? = 2 ] && ok || bad "play without --stdio exits 2"
"$BIN" play test-basic --stdio --seed banana < /dev/null > /dev/null 2>&1; [ $? = 2 ] && ok || bad "bad seed exits 2"

# 8. review: built from what the player answered
printf '{"skip":true}\n{"skip":true}\n{"skip":true}\n' | "$BIN" play review --stdio --player far --seed 3 --data-dir "$DATA" > "$TMP/review.txt" 2> "$TMP/review.err"
python3 -c "
import json,sys
L=[json.loads(l) for l in open('$TMP/review.txt')]
q=[l for l in L if l['type']=='question']
s=[l for l in L if l['type']=='summary']
sys.exit(0 if q and s and s[0]['quiz']=='review' else 1)" && ok || { bad "review round from the player's answers"; cat "$TMP/review.err"; }

echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
