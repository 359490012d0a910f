-- Intrinsic muscles of the foot (right side): extensor digitorum and hallucis brevis on the
-- back of the foot; abductor hallucis, flexor digitorum brevis, abductor digiti minimi,
-- quadratus plantae, adductor hallucis, flexor hallucis brevis and the interossei in the sole.
-- Body space in cm (docs/atlas-format.md). The sole is the foot_plantar view: the right foot at
-- x < 0, the back of the heel at y 0, the long axis (heel to second toe) on x = -9, the big toe
-- toward the middle (its tip at -6, 25.8), the little toe outside (x about -13.5); metatarsal
-- heads from (-5.9, 18.2) for the first to (-13.3, 16.5) for the fifth, their bases near y 12.
-- The back of the foot shows in the anterior view (y 1.6-4.5, x -3 to -12.9) and the lateral
-- view (the lateral malleolus at -1.5, 7; the toe tips at x 19.6).
-- Zones are redrawn in our own coordinates after the charts of Travell & Simons vol. 2.
local TS2 = "Travell & Simons, Myofascial Pain and Dysfunction: The Trigger Point Manual, vol. 2 (lower extremities) 1992"
local DON = "Donnelly et al., Travell, Simons & Simons' Myofascial Pain and Dysfunction: The Trigger Point Manual, 3rd ed. 2019"
local DAV = "Davies & Davies, The Trigger Point Therapy Workbook, 3rd ed. 2013, chapter on lower leg, ankle and foot pain"
local NAM = "NAMTPT symptom checker (check.myofascialtherapy.org), "
local SUPERFICIAL = TS2 .. ", ch. 26 (superficial intrinsic foot muscles)"
local DEEP = TS2 .. ", ch. 27 (deep intrinsic foot muscles)"

-- shared zones in the sole
local HEEL_PLANTAR = { -9,0.7, -10.9,1.2, -11.8,2.6, -11.9,4.8, -11.4,6.6, -9,7.2, -6.8,6.6, -6.2,4.4, -6.6,2.0, -7.6,1.0, smooth = true }
local BIG_TOE_PLANTAR = { -7.0,20.8, -4.6,20.6, -4.6,24.0, -5.3,25.3, -6.2,25.5, -6.9,24.8, smooth = true }
local TOE2_PLANTAR = { -8.9,20.8, -7.5,20.9, -7.55,23.5, -7.8,24.8, -8.3,25.1, -8.85,24.6, smooth = true }
local BALL1_PLANTAR = { -7.3,16.0, -5.0,15.4, -4.6,17.4, -4.6,20.0, -7.3,20.2 }
-- the ball under the metatarsal heads, first to fourth (its top stays below the toe clefts)
local BALL1_4_PLANTAR = { -5.0,15.6, -8.0,15.8, -12.2,15.6, -12.5,18.6, -11.0,19.4, -9.2,19.8, -7.3,20.1, -4.7,20.0, -4.6,17.4 }

return {
  muscles = {
    {
      id = "extensor_digitorum_brevis",
      name = "Extensor digitorum brevis and extensor hallucis brevis",
      region = "foot",
      layer = "superficial",
      palpation = {
        text = "Client supine, the foot relaxed. The two short extensors form one soft bulge on the outer part of "
          .. "the back of the foot, just in front of the lateral malleolus and above the outer border; the "
          .. "hallucis part sends its tendon to the big toe, the digitorum part to the second to fourth toes. "
          .. "Find the lateral malleolus, move a finger's width forward and down onto the bulge, and press it "
          .. "flat against the tarsal bones while the client lifts the toes.",
        position = "supine",
        technique = "flat",
        landmarks = { "lateral_malleolus", "fifth_metatarsal_base" },
        steps = {
          "Client supine, the foot relaxed.",
          "Find the lateral malleolus and move a finger's width forward and down, onto the soft bulge on the back of the foot.",
          "Press the bulge flat against the tarsal bones while the client lifts the toes.",
        },
      },
      sources = { SUPERFICIAL, DON .. ", chapter on the superficial intrinsic foot muscles", DAV,
        NAM .. "extensor digitorum brevis" },
      outline = {
        anterior = { { -7.4,2.2, -9.0,1.7, -11.2,1.9, -11.5,3.0, -9.6,3.7, -8.0,3.4, smooth = true } },
        lateral_right = { { 1.2,2.9, 3.2,2.6, 6.0,2.8, 9.4,2.6, 9.8,3.4, 6.6,4.6, 3.6,5.0, 1.4,3.8, smooth = true } },
      },
      trps = {
        {
          id = "extensor_digitorum_brevis_1", name = "TrP (belly in front of the lateral malleolus)",
          frequency = "common",
          at = { anterior = { -10.0, 3.0 }, lateral_right = { 4.2, 3.6 } },
          essential = {
            anterior = { { -6.6,2.0, -10.6,1.8, -11.8,2.8, -11.0,4.2, -8.0,4.3, -6.4,3.2, smooth = true } },
            lateral_right = { { 4.6,4.2, 7.6,4.9, 10.4,4.2, 12.0,3.0, 10.0,2.4, 7.0,3.0, smooth = true } },
          },
          note = "Pain over the middle of the back of the foot, around and in front of the muscle (Travell & "
            .. "Simons chart the two short extensors together). Tight shoes and cramps of the toe extensors keep "
            .. "it going.",
        },
        {
          id = "extensor_digitorum_brevis_2", name = "TrP (extensor hallucis brevis, inner part of the bulge)",
          palpation = {
            landmarks = { "lateral_malleolus", "navicular_tuberosity" },
            steps = {
              "Find the bulge of the short extensors in front of the lateral malleolus.",
              "Follow its inner slip toward the big toe and press it against the tarsal bones while the big toe lifts.",
            },
          },
          frequency = "occasional",
          at = { anterior = { -8.4, 3.1 }, lateral_right = { 6.6, 3.6 } },
          essential = {
            anterior = { { -6.6,2.0, -10.6,1.8, -11.8,2.8, -11.0,4.2, -8.0,4.3, -6.4,3.2, smooth = true } },
            lateral_right = { { 4.6,4.2, 7.6,4.9, 10.4,4.2, 12.0,3.0, 10.0,2.4, 7.0,3.0, smooth = true } },
          },
          note = "The extensor hallucis brevis, the inner slip of the same bulge heading for the big toe, gives the same "
            .. "pain over the back of the foot (charted with the digitorum part; marked occasional)",
        },
      },
    },
    {
      id = "abductor_hallucis",
      name = "Abductor hallucis",
      region = "foot",
      layer = "superficial",
      palpation = {
        text = "Client lying on the side of the foot examined, or supine with the leg turned out, so the inner "
          .. "border of the foot faces up. The abductor hallucis forms the soft inner edge of the sole, from the "
          .. "medial side of the heel forward to the base of the big toe, just below the navicular tuberosity. "
          .. "Press it flat against the bones along the inner border, or grasp the edge between thumb and "
          .. "fingers, while the client spreads the big toe away from the others.",
        position = "side_lying",
        technique = "flat",
        landmarks = { "navicular_tuberosity", "heel_medial" },
        steps = {
          "Turn the inner border of the foot up (client on that side, or the leg turned out).",
          "Find the navicular tuberosity and the medial side of the heel behind it.",
          "Along the inner edge of the sole between them, press the muscle flat against the bones or grasp the edge.",
          "Spreading the big toe away from the others makes it tense.",
        },
      },
      sources = { SUPERFICIAL, DON .. ", chapter on the superficial intrinsic foot muscles", DAV, NAM .. "abductor hallucis" },
      outline = {
        leg_medial = { { -6.0,1.4, -10.0,0.8, -16.0,0.8, -22.0,0.9, -24.0,1.6, -20.0,2.6, -14.0,3.0, -9.0,3.0, -6.4,2.6, smooth = true } },
        foot_plantar = { { -6.4,2.4, -7.4,2.4, -7.6,6.0, -7.2,10.0, -6.9,14.0, -6.3,17.0, -5.1,16.8, -5.1,14.0, -5.1,11.0,
          -5.5,7.0, -6.0,4.0, smooth = true } },
      },
      trps = {
        {
          id = "abductor_hallucis_1", name = "TrP (inner border of the sole, below the navicular)",
          frequency = "common",
          at = { foot_plantar = { -6.1, 9.0 }, leg_medial = { -13.0, 2.0 } },
          essential = {
            leg_medial = { { -5,1, -10.2,0.8, -13.6,1, -14,3, -10,4.2, -6,5.2, -4.6,3.6, smooth = true } },
            foot_plantar = { { -7.2,1.6, -8.6,1.4, -8.4,5.0, -7.4,8.6, -6.8,12.4, -5.4,12.4, -5.4,8.6, -6.0,5.0, -6.6,2.6, smooth = true } },
          },
          spillover = {
            foot_plantar = { { -5.4,12.4, -7.2,12.6, -7.4,15.0, -5.2,15.2, smooth = true } },
          },
          note = "Pain along the inner side of the heel and the inner border of the arch, spilling forward along "
            .. "the instep; standing and walking in tight shoes make it worse.",
        },
        {
          id = "abductor_hallucis_2", name = "TrP (heel end, below the medial malleolus)",
          palpation = {
            technique = "pincer",
            landmarks = { "heel_medial", "navicular_tuberosity" },
            steps = {
              "Find the inner side of the heel, below and in front of the medial malleolus.",
              "Grasp the soft edge of the sole there between thumb and fingers.",
            },
          },
          frequency = "occasional",
          at = { foot_plantar = { -6.6, 4.6 }, leg_medial = { -8.4, 2.0 } },
          essential = {
            leg_medial = { { -5,1, -10.2,0.8, -13.6,1, -14,3, -10,4.2, -6,5.2, -4.6,3.6, smooth = true } },
            foot_plantar = { { -7.2,1.6, -8.6,1.4, -8.4,5.0, -7.4,8.6, -6.8,12.4, -5.4,12.4, -5.4,8.6, -6.0,5.0, -6.6,2.6, smooth = true } },
          },
          spillover = {
            foot_plantar = { { -5.4,12.4, -7.2,12.6, -7.4,15.0, -5.2,15.2, smooth = true } },
          },
          note = "Travell & Simons mark several points along the muscle; this one near the heel gives the same inner-heel "
            .. "and arch pattern (marked occasional)",
        },
      },
    },
    {
      id = "flexor_digitorum_brevis",
      name = "Flexor digitorum brevis",
      region = "foot",
      layer = "superficial",
      palpation = {
        text = "Client prone with the foot over the end of the table, or supine with the sole toward the "
          .. "therapist. The flexor digitorum brevis lies in the middle of the sole under the thick plantar "
          .. "fascia, from the front of the heel to the lesser toes. Press firmly into the middle of the arch, "
          .. "between the heel pad and the ball of the foot, while the client curls the lesser toes.",
        position = "prone",
        technique = "flat",
        landmarks = { "calcaneus", "first_metatarsal_head" },
        steps = {
          "Client prone with the foot over the end of the table (or supine, the sole toward you).",
          "Find the front edge of the heel pad and the ball of the foot.",
          "Between them, in the middle of the sole, press firmly through the plantar fascia.",
          "Curling the lesser toes makes the muscle tighten under the fingers.",
        },
      },
      sources = { SUPERFICIAL, DON .. ", chapter on the superficial intrinsic foot muscles", DAV,
        NAM .. "flexor digitorum brevis" },
      outline = {
        foot_plantar = { { -8.2,4.0, -10.2,4.0, -11.0,8.0, -11.2,12.0, -11.4,15.4, -7.8,15.6, -7.8,12.0, -7.6,8.0, smooth = true } },
      },
      trps = {
        {
          id = "flexor_digitorum_brevis_1", name = "TrP (middle of the sole)",
          frequency = "common",
          at = { foot_plantar = { -9.4, 10.0 } },
          essential = {
            foot_plantar = { { -7.8,15.9, -11.8,15.6, -12.1,18.6, -10.0,19.4, -8.0,19.7, -7.6,17.6, smooth = true } },
          },
          spillover = {
            foot_plantar = { { -7.6,15.0, -13.4,14.8, -13.7,18.5, -12.4,19.0, -10.0,19.6, -7.4,20.0 } },
          },
          note = "Pain over the heads of the second to fourth metatarsals, in the ball of the foot, sometimes "
            .. "reaching out to the fifth; walking feels like treading on a stone.",
        },
      },
    },
    {
      id = "abductor_digiti_minimi_foot",
      name = "Abductor digiti minimi (foot)",
      region = "foot",
      layer = "superficial",
      palpation = {
        text = "Client lying on the other side, or supine with the leg turned in, so the outer border of the "
          .. "foot is reachable. The abductor digiti minimi forms the outer edge of the sole from the heel to "
          .. "the little toe, just below the base of the fifth metatarsal. Grasp the edge between thumb and "
          .. "fingers, or press it flat against the fifth metatarsal, while the client spreads the little toe.",
        position = "side_lying",
        technique = "pincer",
        landmarks = { "fifth_metatarsal_base", "calcaneus" },
        steps = {
          "Turn the outer border of the foot toward you.",
          "Find the base of the fifth metatarsal, the bump halfway along the outer border.",
          "Along the outer edge of the sole, behind and in front of it, grasp the muscle between thumb and fingers.",
          "Spreading the little toe makes it tense.",
        },
      },
      sources = { SUPERFICIAL, DON .. ", chapter on the superficial intrinsic foot muscles", DAV },
      outline = {
        foot_plantar = { { -11.6,2.0, -12.2,3.2, -12.3,7.0, -12.8,10.6, -13.5,14.2, -12.9,14.6, -12.1,11.0, -11.5,7.0,
          -11.2,3.4, smooth = true } },
      },
      trps = {
        {
          id = "abductor_digiti_minimi_foot_1", name = "TrP (outer border of the sole)",
          frequency = "common",
          at = { foot_plantar = { -12.2, 9.0 } },
          essential = {
            foot_plantar = { { -12.4,15.4, -13.7,15.2, -13.9,17.8, -13.0,18.5, -12.2,17.8, smooth = true } },
          },
          spillover = {
            foot_plantar = { { -11.4,12.0, -13.1,11.8, -13.8,15.0, -13.9,18.6, -12.0,18.8, -11.3,15.6, smooth = true } },
          },
          note = "Pain under the head of the fifth metatarsal, spilling over the outer part of the ball of the "
            .. "foot and back along its outer border.",
        },
      },
    },
    {
      id = "quadratus_plantae",
      name = "Quadratus plantae",
      region = "foot",
      layer = "deep",
      palpation = {
        text = "Client prone with the foot over the end of the table. The quadratus plantae lies deep in the "
          .. "back half of the sole, under the flexor digitorum brevis, from the underside of the heel bone "
          .. "forward to the long flexor tendons. Press deeply and slowly into the sole just in front of the "
          .. "heel pad, toward the calcaneus, a little to the inner side of the middle.",
        position = "prone",
        technique = "flat",
        landmarks = { "calcaneus", "heel_medial" },
        steps = {
          "Client prone with the foot over the end of the table.",
          "Find the front edge of the heel pad.",
          "Just in front of it, a little toward the inner side, press deeply and slowly toward the heel bone.",
        },
      },
      sources = { DEEP, DON .. ", chapter on the deep intrinsic foot muscles", DAV },
      outline = {
        foot_plantar = { { -7.8,3.6, -10.8,3.6, -11.2,7.0, -10.4,11.0, -8.6,11.4, -7.6,8.0, smooth = true } },
      },
      trps = {
        {
          id = "quadratus_plantae_1", name = "TrP (front of the heel, deep)",
          frequency = "common",
          at = { foot_plantar = { -9.2, 6.0 } },
          essential = { foot_plantar = { HEEL_PLANTAR } },
          note = "Pain over the underside of the heel, sharp on the first steps in the morning: one of the "
            .. "muscular sources of heel pain often called plantar fasciitis.",
        },
      },
    },
    {
      id = "adductor_hallucis",
      name = "Adductor hallucis",
      region = "foot",
      layer = "deep",
      palpation = {
        text = "Client prone with the foot over the end of the table, or supine. The adductor hallucis lies deep "
          .. "in the forefoot: its oblique head runs from the bases of the middle metatarsals forward and "
          .. "inward to the big toe, its transverse head across the sole just behind the heads of the lesser "
          .. "metatarsals. Press deeply into the sole just behind the ball of the foot, between the "
          .. "metatarsals, while the client draws the big toe toward the others.",
        position = "prone",
        technique = "flat",
        landmarks = { "first_metatarsal_head", "fifth_metatarsal_head" },
        steps = {
          "Client prone with the foot over the end of the table (or supine).",
          "Find the heads of the first and fifth metatarsals, the two ends of the ball of the foot.",
          "Just behind the ball, between the metatarsals, press deeply into the sole.",
          "Drawing the big toe toward the others makes the deep muscle tense.",
        },
      },
      sources = { DEEP, DON .. ", chapter on the deep intrinsic foot muscles", DAV },
      outline = {
        foot_plantar = {
          { -10.6,12.2, -11.4,13.6, -8.6,17.2, -7.0,18.2, -6.6,17.2, -8.8,14.0, smooth = true },
          { -12.6,17.0, -12.5,18.1, -10.0,18.7, -7.2,18.9, -7.2,18.1, -10.0,17.6, smooth = true },
        },
      },
      trps = {
        {
          id = "adductor_hallucis_oblique", name = "Oblique head TrP",
          frequency = "common",
          at = { foot_plantar = { -9.0, 15.0 } },
          essential = { foot_plantar = { BALL1_4_PLANTAR } },
          note = "Pain and a sense of numbness or swelling under the ball of the foot, over the heads of the "
            .. "first to fourth metatarsals.",
        },
        {
          id = "adductor_hallucis_transverse", name = "Transverse head TrP",
          frequency = "occasional",
          at = { foot_plantar = { -10.2, 18.1 } },
          essential = { foot_plantar = { BALL1_4_PLANTAR } },
          note = "The transverse head, just behind the lesser metatarsal heads, refers to the same part of the "
            .. "ball of the foot (Travell & Simons chart both heads with one pattern; marked occasional).",
        },
      },
    },
    {
      id = "flexor_hallucis_brevis",
      name = "Flexor hallucis brevis",
      region = "foot",
      layer = "deep",
      palpation = {
        text = "Client supine or prone with the sole toward the therapist. The flexor hallucis brevis lies under "
          .. "the first metatarsal, behind the ball of the big toe, partly covered by the abductor hallucis on "
          .. "the inner side. Press flat against the shaft of the first metatarsal from below, just behind its "
          .. "head, while the client bends the big toe.",
        position = "supine",
        technique = "flat",
        landmarks = { "first_metatarsal_head", "navicular_tuberosity" },
        steps = {
          "Find the head of the first metatarsal, the ball of the big toe.",
          "Move 2-4 cm back along the underside of the first metatarsal.",
          "Press flat against the bone from below while the client bends the big toe.",
        },
      },
      sources = { DEEP, DON .. ", chapter on the deep intrinsic foot muscles", DAV },
      outline = {
        foot_plantar = { { -5.4,12.0, -7.2,12.2, -7.4,15.0, -7.0,18.0, -5.0,18.2, -4.8,15.0, smooth = true } },
      },
      trps = {
        {
          id = "flexor_hallucis_brevis_1", name = "TrP (under the first metatarsal)",
          frequency = "common",
          at = { foot_plantar = { -6.2, 14.6 } },
          essential = { foot_plantar = { BALL1_PLANTAR } },
          spillover = { foot_plantar = { BIG_TOE_PLANTAR, TOE2_PLANTAR } },
          note = "Pain under and around the head of the first metatarsal, on its plantar and inner sides, "
            .. "spilling into the big toe and sometimes the second toe.",
        },
      },
    },
    {
      id = "interossei_foot",
      name = "Interossei of the foot",
      region = "foot",
      layer = "deep",
      palpation = {
        text = "Client supine. The interossei fill the spaces between the metatarsals. The first dorsal "
          .. "interosseous, the one most often involved, lies between the first and second metatarsals: press "
          .. "between the shafts from the sole (or from the back of the foot), a few centimetres behind the "
          .. "heads, while the client spreads the toes.",
        position = "supine",
        technique = "flat",
        landmarks = { "first_metatarsal_head", "fifth_metatarsal_head" },
        steps = {
          "Find the heads of the first and second metatarsals in the ball of the foot.",
          "Move a few centimetres back into the space between their shafts.",
          "Press into the space from the sole (or from the back of the foot) while the client spreads the toes.",
        },
      },
      sources = { DEEP, DON .. ", chapter on the deep intrinsic foot muscles", DAV },
      outline = {
        foot_plantar = { { -7.3,12.4, -8.3,12.4, -8.5,17.2, -7.7,17.8, -7.2,16.0, smooth = true },
                         { -10.6,12.4, -11.4,12.4, -11.7,17.0, -10.9,17.4, smooth = true } },
      },
      trps = {
        {
          id = "interossei_foot_1", name = "First dorsal interosseous TrP",
          frequency = "common",
          at = { foot_plantar = { -7.8, 15.0 } },
          essential = { foot_plantar = { TOE2_PLANTAR } },
          spillover = { foot_plantar = { { -9.0,16.0, -7.4,16.0, -7.3,20.0, -9.1,19.9 } } },
          note = "Pain along the second toe, the toe its tendon reaches, with spillover into the ball behind it; "
            .. "each interosseous refers along the side of the toe it serves (the first dorsal one is charted).",
        },
        {
          id = "interossei_foot_2", name = "Third dorsal interosseous TrP",
          palpation = {
            landmarks = { "fifth_metatarsal_head", "first_metatarsal_head" },
            steps = {
              "Find the heads of the third and fourth metatarsals in the ball of the foot.",
              "Move a few centimetres back and press into the space between their shafts while the toes spread.",
            },
          },
          frequency = "occasional",
          at = { foot_plantar = { -11.1, 15.0 } },
          essential = { foot_plantar = { { -10.7,20.4, -9.4,20.8, -9.45,22.6, -9.6,23.8, -10.1,24.1, -10.6,23.6, -10.75,22.4, smooth = true } } },
          note = "Pain along the third toe, the toe its tendon reaches, by the rule Travell & Simons give for "
            .. "all the interossei (marked occasional; the first is met most often).",
        },
      },
    },
  },
}
