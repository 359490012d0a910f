"""The atlas at textbook breadth (issue 18, "Must show"), read from `atlas --json` as anyone
would check it: at least 100 muscles and 200 trigger points; every muscle the issue lists is
there by name, lumped groups split where Travell & Simons give separate patterns; each listed
muscle has sources naming the references, a palpation note, a layer, an outline, and trigger
points with a frequency and a palpation (position, technique, landmarks, steps); every
trigger point is drawn on its own muscle's outline in each view that shows it; and the
patterns that reach the hand, the sole and the inner leg are drawn in the regional views
that show those places.
Usage: python3 tests/cli/atlas_breadth.py BINARY SCRATCHDIR (from the repository root)"""
import re

import tt

t = tt.Test()
atlas = t.atlas()
doc = atlas.d
muscles = doc["muscles"]
ntrps = sum(len(m["trps"]) for m in muscles)

t.check(len(muscles) >= 100, "%d muscles, at least 100 wanted" % len(muscles))
t.check(ntrps >= 200, "%d trigger points, at least 200 wanted" % ntrps)
t.check(doc["counts"]["muscles"] == len(muscles) and doc["counts"]["trigger_points"] == ntrps,
        lambda: "counts %s disagree with the lists (%d muscles, %d trigger points)" % (doc["counts"], len(muscles), ntrps))
print("atlas: %d muscles, %d trigger points" % (len(muscles), ntrps))

# The lists, each as the words its display name holds (case-insensitive regular
# expressions). One entry may answer two names (extensor digitorum and hallucis brevis are one
# chapter and one muscle entry in the references).
LISTED = [
    # head and neck
    ("lateral pterygoid", r"^lateral pterygoid"),
    ("medial pterygoid", r"^medial pterygoid"),
    ("digastric", r"^digastric"),
    ("occipitofrontalis", r"^occipitofrontalis"),
    ("orbicularis oculi", r"^orbicularis oculi"),
    ("zygomaticus major", r"^zygomaticus major"),
    ("platysma", r"^platysma"),
    ("splenius cervicis", r"^splenius cervicis"),
    ("semispinalis capitis", r"^semispinalis capitis"),
    # shoulder, arm and hand
    ("coracobrachialis", r"^coracobrachialis"),
    ("anconeus", r"^anconeus"),
    ("extensor carpi ulnaris", r"^extensor carpi ulnaris"),
    ("extensor indicis", r"^extensor indicis"),
    ("palmaris longus", r"^palmaris longus"),
    ("pronator teres", r"^pronator teres"),
    ("flexor pollicis longus", r"^flexor pollicis longus"),
    ("adductor pollicis", r"^adductor pollicis"),
    ("opponens pollicis", r"^opponens pollicis"),
    ("interossei of the hand", r"^(dorsal )?interossei .*hand"),
    ("abductor digiti minimi (hand)", r"^abductor digiti minimi \(hand\)"),
    ("flexor carpi radialis (wrist flexors split)", r"^flexor carpi radialis"),
    ("flexor carpi ulnaris (wrist flexors split)", r"^flexor carpi ulnaris"),
    ("flexor digitorum superficialis (finger flexors split)", r"^flexor digitorum superficialis"),
    ("flexor digitorum profundus (finger flexors split)", r"^flexor digitorum profundus"),
    ("extensor carpi radialis longus", r"^extensor carpi radialis longus"),
    ("extensor carpi radialis brevis", r"^extensor carpi radialis brevis"),
    # trunk
    ("serratus posterior superior", r"^serratus posterior superior"),
    ("serratus posterior inferior", r"^serratus posterior inferior"),
    ("external oblique", r"^external oblique"),
    ("internal oblique", r"^internal oblique"),
    ("transversus abdominis", r"^transversus abdominis"),
    ("intercostals", r"^intercostals"),
    ("diaphragm", r"^diaphragm"),
    ("sternalis", r"^sternalis"),
    ("subclavius", r"^subclavius"),
    # pelvis and hip
    ("obturator internus", r"^obturator internus"),
    ("gemelli", r"^gemelli"),
    ("quadratus femoris", r"^quadratus femoris"),
    ("coccygeus", r"^coccygeus"),
    ("levator ani", r"^levator ani"),
    # thigh
    ("adductor magnus", r"^adductor magnus"),
    ("adductor brevis", r"^adductor brevis"),
    ("pectineus", r"^pectineus"),
    ("gracilis", r"^gracilis"),
    ("sartorius", r"^sartorius"),
    ("vastus intermedius", r"^vastus intermedius"),
    ("biceps femoris (hamstrings split)", r"^biceps femoris"),
    ("semitendinosus/semimembranosus (hamstrings split)", r"^semitendinosus.*semimembranosus"),
    # leg and foot
    ("tibialis posterior", r"^tibialis posterior"),
    ("extensor digitorum longus", r"^extensor digitorum longus"),
    ("extensor hallucis longus", r"^extensor hallucis longus"),
    ("flexor digitorum longus", r"^flexor digitorum longus"),
    ("flexor hallucis longus", r"^flexor hallucis longus"),
    ("peroneus brevis", r"^peroneus .*brevis"),
    ("peroneus tertius", r"^peroneus .*tertius"),
    ("popliteus", r"^popliteus"),
    ("plantaris", r"^plantaris"),
    ("extensor digitorum brevis", r"^extensor digitorum brevis"),
    ("extensor hallucis brevis", r"extensor hallucis brevis"),
    ("abductor hallucis", r"^abductor hallucis"),
    ("flexor digitorum brevis", r"^flexor digitorum brevis"),
    ("abductor digiti minimi (foot)", r"^abductor digiti minimi \(foot\)"),
    ("quadratus plantae", r"^quadratus plantae"),
    ("adductor hallucis", r"^adductor hallucis"),
    ("flexor hallucis brevis", r"^flexor hallucis brevis"),
    ("interossei of the foot", r"^(dorsal )?interossei .*foot"),
]
t.check(len(LISTED) == 66, "the issue's list has 66 names (%d written here)" % len(LISTED))

by_name = {}
for label, rx in LISTED:
    hits = [m for m in muscles if re.search(rx, m["name"], re.I)]
    t.check(len(hits) == 1, lambda: "'%s': %d muscles match /%s/ (%s), exactly one wanted"
            % (label, len(hits), rx, ", ".join(m["name"] for m in hits) or "none"))
    if hits:
        by_name[label] = hits[0]

# Lumped entries the references split are gone (a lumped name would also teach one pattern for two).
for lumped in (r"^hamstrings", r"^wrist flexors", r"^finger flexors", r"^extensor carpi radialis( \(|$)",
               r"^posterior cervical"):
    t.check(not [m for m in muscles if re.search(lumped, m["name"], re.I)],
            "a lumped muscle named /%s/ remains" % lumped)

LAYERS = {"superficial", "intermediate", "deep"}
FREQS = {"common", "occasional", "rare"}
REFS = re.compile(r"Travell|Simons|Donnelly|Davies|Finando|NAMTPT", re.I)


def polys_of(m, view):
    return m["outline"].get("right", {}).get(view) or []


def near_outline(p, polys, tol=0.6):
    """p inside one of polys, or within tol cm of an edge."""
    if any(tt.inside(p[0], p[1], poly) for poly in polys):
        return True
    for poly in polys:
        for i in range(len(poly)):
            (x1, y1), (x2, y2) = poly[i], poly[(i + 1) % len(poly)]
            dx, dy = x2 - x1, y2 - y1
            d2 = dx * dx + dy * dy
            k = 0 if d2 == 0 else max(0.0, min(1.0, ((p[0] - x1) * dx + (p[1] - y1) * dy) / d2))
            if (p[0] - x1 - k * dx) ** 2 + (p[1] - y1 - k * dy) ** 2 <= tol * tol:
                return True
    return False


# Every listed muscle whole: sources from the references, palpation, layer, outline, trigger
# points with frequency and palpation, each X on its own outline, each with a pattern.
for label, m in sorted(by_name.items(), key=lambda kv: kv[1]["id"]):
    mid = m["id"]
    t.check(len(m["sources"]) >= 2 and any(REFS.search(s) for s in m["sources"]),
            lambda: "%s: sources %s (two or more, naming the trigger-point references)" % (mid, m["sources"]))
    t.check(len(m.get("palpation") or "") >= 40, "%s: no palpation note" % mid)
    t.check(m.get("layer") in LAYERS, "%s: layer %r" % (mid, m.get("layer")))
    t.check(any(polys_of(m, v) for v in m["outline"].get("right", {})), "%s: no outline in any view" % mid)
    t.check(len(m["trps"]) >= 1 and any(tp["frequency"] == "common" for tp in m["trps"]),
            "%s: no common trigger point" % mid)
    for tp in m["trps"]:
        tid = tp["id"]
        t.check(tp.get("frequency") in FREQS, "%s: frequency %r" % (tid, tp.get("frequency")))
        pa = tp.get("palpation") or {}
        t.check(pa.get("position") and pa.get("technique") and pa.get("landmarks") and 2 <= len(pa.get("steps") or []) <= 5,
                lambda: "%s: palpation %s lacks position, technique, landmarks or 2-5 steps" % (tid, pa))
        at = tp["positions"].get("right", {})
        t.check(at, "%s: drawn in no view" % tid)
        for view, p in at.items():
            t.check(near_outline(p, polys_of(m, view)),
                    "%s: its X %s in view '%s' is not on the outline of %s there" % (tid, p, view, mid))
        ess = (tp.get("essential") or {}).get("right", {})
        t.check(any(z.get("areas") for z in ess.values()), "%s: its essential zone names no area" % tid)

# Regional views: the muscles that live in the sole, the hand and the inner leg are outlined
# there, and the patterns that reach those places are drawn there.
REGION_VIEWS = {"foot": ("foot_plantar",), "hand": ("hand_palmar", "hand_dorsal")}
for m in muscles:
    want = REGION_VIEWS.get(m["region"])
    if not want or m["id"] == "extensor_digitorum_brevis":  # on the back of the foot: front and side views
        continue
    t.check(any(polys_of(m, v) for v in want), "%s (%s region): no outline in %s" % (m["id"], m["region"], "/".join(want)))

REGIONAL = [  # (trigger point, view, where: "at", "essential" or "spillover")
    ("gastrocnemius_1", "leg_medial", "at"), ("gastrocnemius_1", "leg_medial", "essential"),
    ("gastrocnemius_1", "foot_plantar", "essential"), ("gastrocnemius_1", "leg_medial", "spillover"),
    ("soleus_1", "leg_medial", "at"), ("soleus_1", "leg_medial", "essential"), ("soleus_1", "foot_plantar", "essential"),
    ("tibialis_posterior_1", "leg_medial", "essential"), ("tibialis_posterior_1", "foot_plantar", "spillover"),
    ("tibialis_anterior_1", "leg_medial", "essential"), ("extensor_hallucis_longus_1", "leg_medial", "essential"),
    ("vastus_medialis_1", "leg_medial", "at"), ("vastus_medialis_1", "leg_medial", "essential"),
    ("sartorius_lower", "leg_medial", "at"), ("sartorius_lower", "leg_medial", "essential"),
    ("flexor_digitorum_longus_1", "leg_medial", "at"), ("flexor_digitorum_longus_1", "foot_plantar", "essential"),
    ("flexor_hallucis_longus_1", "foot_plantar", "essential"), ("flexor_hallucis_longus_1", "leg_medial", "essential"),
    ("abductor_hallucis_1", "leg_medial", "at"), ("abductor_hallucis_1", "foot_plantar", "essential"),
    ("flexor_digitorum_brevis_1", "foot_plantar", "essential"), ("abductor_digiti_minimi_foot_1", "foot_plantar", "essential"),
    ("quadratus_plantae_1", "foot_plantar", "essential"), ("adductor_hallucis_oblique", "foot_plantar", "essential"),
    ("flexor_hallucis_brevis_1", "foot_plantar", "essential"), ("interossei_foot_1", "foot_plantar", "essential"),
    ("flexor_carpi_radialis_1", "hand_palmar", "essential"), ("flexor_carpi_ulnaris_1", "hand_palmar", "essential"),
    ("flexor_digitorum_superficialis_1", "hand_palmar", "essential"),
    ("flexor_digitorum_profundus_1", "hand_palmar", "essential"), ("palmaris_longus_1", "hand_palmar", "essential"),
    ("pronator_teres_1", "hand_palmar", "essential"), ("flexor_pollicis_longus_1", "hand_palmar", "essential"),
    ("adductor_pollicis_1", "hand_palmar", "essential"), ("opponens_pollicis_1", "hand_palmar", "essential"),
    ("abductor_digiti_minimi_hand_1", "hand_palmar", "essential"),
    ("extensor_digitorum_middle", "hand_dorsal", "essential"), ("extensor_carpi_radialis_longus_1", "hand_dorsal", "essential"),
    ("extensor_carpi_radialis_brevis_1", "hand_dorsal", "essential"), ("extensor_carpi_ulnaris_1", "hand_dorsal", "essential"),
    ("extensor_indicis_1", "hand_dorsal", "essential"), ("interossei_hand_1", "hand_dorsal", "at"),
    ("interossei_hand_1", "hand_dorsal", "essential"), ("scalenes_1", "hand_dorsal", "essential"),
]
for tid, view, what in REGIONAL:
    def drawn(tid=tid, view=view, what=what):
        _, tp = atlas.trp(tid)
        if what == "at":
            return view in tp["positions"].get("right", {})
        return bool(((tp.get(what) or {}).get("right", {}).get(view) or {}).get("polygons"))
    t.check(drawn, "%s: %s not drawn in view '%s'" % (tid, what, view))

# The inner-leg view draws the muscles a student finds there: the medial knee's and the calf's.
for mid in ("vastus_medialis", "sartorius", "gracilis", "semitendinosus_semimembranosus", "gastrocnemius", "soleus",
            "flexor_digitorum_longus", "flexor_hallucis_longus", "tibialis_posterior", "abductor_hallucis"):
    t.check(lambda mid=mid: polys_of(atlas.muscles[mid], "leg_medial"), "%s: no outline in the inner-leg view" % mid)


def cells(polys):
    """The 0.5 cm cells whose centres lie inside any of polys."""
    out = set()
    for poly in polys:
        xs, ys = [p[0] for p in poly], [p[1] for p in poly]
        for i in range(int(min(xs) * 2) - 1, int(max(xs) * 2) + 2):
            for j in range(int(min(ys) * 2) - 1, int(max(ys) * 2) + 2):
                if tt.inside(i / 2 + 0.25, j / 2 + 0.25, poly):
                    out.add((i, j))
    return out


# Outlines where their layer says: in each whole-body view, a deep muscle lies at least a quarter
# under the outlines of shallower muscles (it is drawn where something covers it).
DEPTH = {"superficial": 0, "intermediate": 1, "deep": 2}
for view in ("anterior", "posterior", "lateral_right"):
    drawn = [(m, cells(polys_of(m, view))) for m in muscles if polys_of(m, view)]
    for m, mc in drawn:
        if m["layer"] != "deep" or not mc:
            continue
        over = set()
        for o, oc in drawn:
            if DEPTH[o["layer"]] < 2:
                over |= oc
        share = len(mc & over) / len(mc)
        t.check(share >= 0.25, "%s (deep) in view '%s': only %.0f%% of it lies under shallower muscles"
                % (m["id"], view, 100 * share))

# Any pattern that names a finger, the thumb, the palm or the back of the hand in the front
# (palm) or back view is drawn in the matching hand view too, with the same kind of zone.
HAND = ("finger", "thumb", "palm", "back of the hand", "first web")
for m in muscles:
    for tp in m["trps"]:
        for kind in ("essential", "spillover"):
            z = (tp.get(kind) or {}).get("right", {})
            for view, hand_view in (("anterior", "hand_palmar"), ("posterior", "hand_dorsal")):
                named = [a for a in (z.get(view) or {}).get("areas", []) if any(h in a for h in HAND)]
                if named:
                    t.check(hand_view in z, "%s: its %s zone names %s in view '%s' but is not drawn in '%s'"
                            % (tp["id"], kind, named, view, hand_view))

# The built-in quizzes take the new muscles in. 'Hand and foot' and 'Jaw and face' pass
# check and play whole over stdio, a bot answering from the atlas scoring full marks.
DATA = t.path("data")


def same_polys(a, b):
    return len(a) == len(b) and all(len(p) == len(q) and all(abs(u[0] - v[0]) < 0.02 and abs(u[1] - v[1]) < 0.02
                                                             for u, v in zip(p, q)) for p, q in zip(a, b))


def answer(q):
    k, side, view = q["kind"], q["side"], q["view"]
    if k == "locate":
        return {"click": {"view": view, "x": q["_at"][0], "y": q["_at"][1]}} if "_at" in q else None
    if k == "refer":
        _, tp = atlas.trp(q["trp"]["id"])
        ess = tp["essential"][side]
        return {"paint": {"views": {v: atlas.cells(ess[v]["polygons"]) if v in ess else [] for v in q["views"]}}}
    if k == "identify":
        want = [tt.pairs(p) for p in q["zone"]["essential"]]
        for m in muscles:
            for tp in m["trps"]:
                if m["id"] in q["choices"] and same_polys(tp["essential"].get(side, {}).get(view, {}).get("polygons", []), want):
                    return {"choice": m["id"]}
    for m in muscles:  # name: the choice with a trigger point where the question shows one
        for tp in m["trps"]:
            at = tp["positions"].get(side, {}).get(view)
            if m["id"] in q["choices"] and at and abs(at[0] - q["trp"]["x"]) < 0.02 and abs(at[1] - q["trp"]["y"]) < 0.02:
                return {"choice": m["id"]}
    return None


for quiz, qid in (("scripts/quizzes/hand-foot.lua", "hand-and-foot"), ("scripts/quizzes/jaw-face.lua", "jaw-and-face")):
    t.expect(t.run("check", quiz), 0, "ok: quiz '%s'" % qid)
    for seed in ("1", "2"):
        s = t.stdio(quiz, "--seed", seed, "--data-dir", DATA, "--player", "breadth",
                    stderr=t.path("%s-%s.err" % (qid, seed)))
        asked, unanswerable = [], []
        for msg in s:
            if msg["type"] != "question":
                continue
            if msg["kind"] == "locate":  # the muscle's trigger points drawn in the view asked: click the first
                at = [tp["positions"].get(msg["side"], {}).get(msg["view"]) for tp in atlas.muscles[msg["muscle"]]["trps"]]
                at = [p for p in at if p]
                if at:
                    msg["_at"] = at[0]
            a = answer(msg)
            if a is None:
                unanswerable.append(msg["kind"])
                a = {"skip": True}
            asked.append(msg.get("muscle") or msg["kind"])
            s.send(a)
        rc = s.wait()
        summ = [m for m in s.messages if m["type"] == "summary"]
        results = [m for m in s.messages if m["type"] == "result"]
        t.check(rc == 0 and summ, "%s seed %s: play --stdio exit %s, no summary" % (qid, seed, rc))
        t.check(not unanswerable, "%s seed %s: the bot found no answer for %s" % (qid, seed, unanswerable))
        wrong = [(r["n"], r["kind"], r.get("feedback", "")[:120]) for r in results if not r.get("correct")]
        t.check(summ and summ[-1]["finished"] and not wrong,
                lambda: "%s seed %s: answers from the atlas judged wrong: %s" % (qid, seed, wrong))

# The whole-body exam's chooser reaches the new muscles: over 40 seeded rounds (skipping every
# question) it asks every muscle the issue lists, and each round asks two muscles per region.
asked = set()
nregions = len(doc["regions"])
for seed in range(1, 41):
    r = t.command([t.bin, "play", "scripts/quizzes/exam.lua", "--stdio", "--seed", str(seed), "--data-dir", DATA,
                   "--player", "exam"], input=("{\"skip\":true}\n" * 200).encode())
    msgs = [tt.json.loads(line) for line in r.out.splitlines() if line.strip()]
    results = [m for m in msgs if m["type"] == "result"]
    for m in results:
        a = m["answer"]
        asked.add(a if isinstance(a, str) else a["muscle"])
    if seed == 1:
        t.check(len(results) == 2 * nregions, "exam seed 1: %d questions, two for each of %d regions wanted"
                % (len(results), nregions))
missing = sorted(label for label, m in by_name.items() if m["id"] not in asked)
t.check(not missing, lambda: "40 exam rounds never asked: %s" % ", ".join(missing))
print("exam: 40 rounds asked %d of %d muscles" % (len(asked), len(muscles)))

t.finish()
