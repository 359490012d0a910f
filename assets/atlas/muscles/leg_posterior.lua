-- Deep and small posterior leg muscles (right side): tibialis posterior, flexor digitorum longus,
-- flexor hallucis longus, popliteus, plantaris. Body space in cm (docs/atlas-format.md).
-- Landmarks used (posterior view): fibular head (12.5, 43.5), knee joint line about y 44.5,
-- medial malleolus (5.3, 8.5), lateral malleolus (10, 7); the tibia lies medial (x 4-7), the
-- fibula lateral (x 10.5-12.5). Lateral view: lateral malleolus (-1.5, 7), heel at x -6.7, the
-- ball of the foot near x 12-13, the toe tips at x 19.6.
-- The sole cannot be seen in the whole-body views: plantar pain is drawn in the foot_plantar view.
local TS2 = "Travell & Simons, Myofascial Pain and Dysfunction: The Trigger Point Manual, vol. 2 (lower extremities) 1992"
local DON = "Donnelly et al., Travell, Simons & Simons' Myofascial Pain and Dysfunction: The Trigger Point Manual, 3rd ed. 2019"
local DAV = "Davies & Davies, The Trigger Point Therapy Workbook, 3rd ed. 2013"
local NAM = "NAMTPT Symptom Checker (National Association of Myofascial Trigger Point Therapists, check.myofascialtherapy.org)"

-- The sole (foot_plantar view, docs/atlas-format.md): the right foot at x < 0, heel at y 0, the
-- toes at y 20-25.8, the big toe toward the middle (x about -6), the little toe outside (x -13.5).
-- The sole from heel to the ball (its top edge stays below the clefts between the toes), the
-- undersides of the toes one by one, and the ball behind the big toe and behind toes 2-5.
local SOLE_PLANTAR = { -9,0.6, -10.8,1.0, -11.8,2.0, -12.1,3.6, -12.0,5.6, -12.1,7.9, -12.6,10.3, -13.2,12.3, -13.6,14.3,
  -13.8,16.2, -13.8,18.6, -12.6,19.0, -11,19.5, -9.2,19.9, -7.3,20.1, -4.8,20.0, -4.7,17, -5.2,14.8, -5.3,12.6, -5.2,10.6,
  -5.6,8.4, -5.9,6.2, -6.0,4.0, -6.6,2.0, -7.6,0.9 }
local BIG_TOE_PLANTAR = { -7.0,20.8, -4.6,20.6, -4.6,24.0, -5.3,25.3, -6.2,25.5, -6.9,24.8, smooth = true }
local TOE2_PLANTAR = { -8.9,20.8, -7.5,20.9, -7.55,23.5, -7.8,24.8, -8.3,25.1, -8.85,24.6, smooth = true }
local TOE3_PLANTAR = { -10.7,20.4, -9.4,20.8, -9.45,22.6, -9.6,23.8, -10.1,24.1, -10.6,23.6, -10.75,22.4, smooth = true }
local TOE4_PLANTAR = { -12.4,20.0, -11.2,20.4, -11.25,21.8, -11.4,22.7, -11.85,23.0, -12.3,22.6, -12.45,21.5, smooth = true }
local TOE5_PLANTAR = { -13.9,18.8, -12.85,19.6, -12.9,20.8, -13.1,21.5, -13.45,21.7, -13.8,21.3, -14.0,20.4, smooth = true }
local BALL1_PLANTAR = { -7.3,16.0, -5.0,15.4, -4.6,17.4, -4.6,20.0, -7.3,20.2 }
local BALL2_5_PLANTAR = { -13.6,15.8, -10.5,15.6, -7.6,16.0, -7.4,20.0, -9.2,19.9, -11.0,19.5, -12.6,19.0, -13.7,18.6 }

return {
  muscles = {
    {
      id = "tibialis_posterior",
      name = "Tibialis posterior",
      region = "leg",
      layer = "deep",
      palpation = {
        text = "The deepest muscle of the back of the leg, lying on the interosseous membrane between the tibia "
          .. "and the fibula under the soleus and gastrocnemius, so its trigger points cannot be felt directly. "
          .. "With the client prone, the knee bent a little and the ankle resting on a roll, tenderness is "
          .. "reached by deep, slow pressure through the relaxed calf in the middle of the upper third of the "
          .. "leg, or from the inner side by pressing behind the medial border of the tibia toward the fibula.",
        position = "prone",
        technique = "flat",
        landmarks = { "fibular_head", "medial_malleolus" },
        steps = {
          "Client prone, a roll under the ankle so the calf is slack.",
          "Find the fibular head and the knee crease: the muscle lies in the upper third of the leg, midway between tibia and fibula.",
          "Press slowly and deeply through the relaxed gastrocnemius and soleus toward the interosseous membrane.",
          "Or from the medial side: slip the fingers behind the medial border of the tibia and press laterally.",
          "Ask for inversion against resistance to feel the deep muscle work; expect pain at the Achilles tendon.",
        },
      },
      sources = { TS2 .. ", ch. 23 (tibialis posterior)", DON .. ", chapter on the tibialis posterior",
                  DAV .. ", chapter on lower leg, ankle and foot pain", NAM .. ": tibialis posterior" },
      outline = {
        posterior = { { 7.0,41.4, 9.0,42.0, 10.9,41.2, 10.8,35, 10.0,27, 8.8,20, 7.4,15, 6.2,10.8, 5.4,9.6, 5.2,11.2,
                        5.9,15.6, 6.6,22, 6.8,30, 6.6,36, smooth = true } },
        -- inner leg: only its lower end shows, against the back of the tibia, then the tendon just behind the
        -- medial malleolus (in front of the flexor digitorum longus) to the navicular tuberosity
        leg_medial = { { -10.5,24, -10.9,18, -10.8,13, -9.5,10.6, -8.6,8.6, -8.9,6.5, -11.0,5.0, -12.9,4.0, -13.4,4.8,
                         -11.6,5.9, -10.0,6.6, -9.5,8.4, -10.3,10.8, -11.6,13, -11.7,18, -11.3,24, smooth = true } },
      },
      trps = {
        {
          id = "tibialis_posterior_1",
          name = "TrP (upper third, deep between tibia and fibula)",
          frequency = "common",
          at = { posterior = { 8.8, 34 } },
          -- the essential zone starts above the heel's area (the heel itself is spillover, as on the sole)
          essential = {
            leg_medial = { { -6,8, -8,8, -8.2,12, -7.8,16.4, -6.4,16.6, -6.2,12, smooth = true } }, posterior = { { 6.2,8.4, 9.4,8.4, 9.7,10.6, 9.3,14.4, 7.8,15.6, 6.4,14.4, 5.9,10.6, smooth = true } },
                        lateral_right = { { -4.3,10.9, -3.6,10.9, -3.1,12.4, -3.2,16.4, -4.0,16.8, -4.3,13.2, smooth = true } } },
          spillover = { posterior = { { 5.2,1.6, 10.4,1.6, 10.8,8, 10.4,18, 9.8,26, 8.0,29, 6.2,26, 5.4,18, 4.6,8, smooth = true } },
                        lateral_right = { { -6.4,2.2, -5.6,0.6, -3.0,0.8, -2.6,6, -2.6,14, -3.2,22, -4.4,28, -6.4,27,
                                            -5.6,22, -4.6,16, -4.6,11, -5.8,7.6, -6.5,4.6, smooth = true } },
                        foot_plantar = { SOLE_PLANTAR, BIG_TOE_PLANTAR, TOE2_PLANTAR, TOE3_PLANTAR, TOE4_PLANTAR, TOE5_PLANTAR } },
          note = "Pain centred on the Achilles tendon just above the heel, spilling from mid-calf down over the heel "
            .. "and across the whole sole and the undersides of the toes (drawn in the sole view). The trigger "
            .. "point itself is only reached indirectly, through the "
            .. "calf or from behind the tibia.",
        },
      },
    },
    {
      id = "flexor_digitorum_longus",
      name = "Flexor digitorum longus",
      region = "leg",
      layer = "deep",
      palpation = {
        text = "Lies deep on the back of the tibia, on the inner side of the leg. The client lies on the side "
          .. "of the leg being examined, the knee slightly bent, so the inner calf faces up. Press the fingers "
          .. "in between the medial border of the tibia and the soleus, in the upper part of the leg, and push "
          .. "against the back of the tibia; curling the toes makes the muscle tense.",
        position = "side_lying",
        technique = "flat",
        landmarks = { "medial_malleolus" },
        steps = {
          "Client lying on the side being examined, knee slightly bent, inner side of the leg up.",
          "From the medial malleolus follow the medial border of the tibia up to the upper third of the leg.",
          "Push the soleus and gastrocnemius back and press against the posterior surface of the tibia.",
          "Ask the client to curl the toes to feel the muscle; the trigger point lies just below its origin.",
        },
      },
      sources = { TS2 .. ", ch. 25 (long flexor muscles of the toes)", DON .. ", chapter on the long flexor muscles of the toes",
                  DAV .. ", chapter on lower leg, ankle and foot pain" },
      outline = {
        posterior = { { 4.4,38.4, 6.6,37.6, 6.8,30, 6.4,22, 5.8,15, 5.4,10, 4.9,9.3, 4.9,12.4, 4.5,20, 3.9,30, smooth = true } },
        -- inner leg: just behind the medial border of the tibia, its tendon behind the medial malleolus into the sole
        leg_medial = { { -9.9,36.6, -10.1,30, -10.4,22, -10.6,16, -10.2,12.4, -8.7,10.4, -7.9,8.4, -8.2,6.2, -9.8,4.8, -12.0,3.9,
                         -12.2,3.2, -9.4,3.9, -7.4,5.6, -7.0,8.4, -7.8,10.8, -9.0,13.0, -9.4,16, -9.2,22, -8.9,30, -8.9,36, smooth = true } },
      },
      trps = {
        {
          id = "flexor_digitorum_longus_1",
          name = "TrP (upper part, behind the medial tibia)",
          frequency = "common",
          at = { posterior = { 4.9, 32 }, leg_medial = { -9.5, 32 } },
          essential = { foot_plantar = { BALL2_5_PLANTAR } },
          spillover = { foot_plantar = { TOE2_PLANTAR, TOE3_PLANTAR, TOE4_PLANTAR, TOE5_PLANTAR },
                        leg_medial = { { -8.0,7.0, -10.4,6.4, -11.6,8.6, -11.0,14, -10.6,22, -9.6,26.4, -8.8,22, -8.0,14, smooth = true } },
                        posterior = { { 4.7,8.2, 5.6,8.4, 6.2,14, 5.8,22, 4.6,26.4, 3.9,22.6, 4.8,14, smooth = true } } },
          note = "Pain in the middle of the sole just behind the four lesser toes (the ball of the foot), spilling "
            .. "into the undersides of those toes and sometimes up over the inner ankle and the lower inner calf. "
            .. "The sole part is drawn in the sole view.",
        },
      },
    },
    {
      id = "flexor_hallucis_longus",
      name = "Flexor hallucis longus",
      region = "leg",
      layer = "deep",
      palpation = {
        text = "Lies deep on the back of the lower fibula, under the soleus, on the outer side of the lower calf. "
          .. "With the client prone and the ankle over a roll, press deeply through the soleus just lateral to "
          .. "the midline of the lower third of the leg, toward the back of the fibula, a hand's width above the "
          .. "lateral malleolus; bending the big toe makes it tense.",
        position = "prone",
        technique = "flat",
        landmarks = { "lateral_malleolus", "calcaneus" },
        steps = {
          "Client prone, ankle resting on a roll.",
          "Find the calcaneus and the Achilles tendon above it, and the lateral malleolus beside them.",
          "From the lateral malleolus go up about a hand's width, to the lower third of the leg.",
          "Press deeply through the soleus, lateral to the Achilles tendon, toward the back of the fibula.",
          "Ask the client to bend the big toe to feel the muscle tighten under the fingers.",
        },
      },
      sources = { TS2 .. ", ch. 25 (long flexor muscles of the toes)", DON .. ", chapter on the long flexor muscles of the toes",
                  DAV .. ", chapter on lower leg, ankle and foot pain" },
      outline = {
        posterior = { { 9.6,33.4, 11.6,32.6, 11.6,26, 10.8,18, 9.4,12.8, 7.2,8.6, 6.4,9.2, 8.0,13.6, 8.6,20, 9.0,27, smooth = true } },
        -- inner leg: its lowest fibres beside the Achilles tendon, the tendon last behind the medial malleolus,
        -- then under the sustentaculum tali and along the inner arch to the big toe
        leg_medial = { { -7.6,20, -7.9,14, -7.6,10.4, -7.6,7.8, -9.0,5.8, -14.0,3.2, -20,1.8, -25.0,1.4, -27.8,1.3,
                         -27.8,0.7, -25.0,0.7, -20,1.0, -14.2,2.4, -9.8,4.4, -6.8,5.8, -6.0,7.8, -6.4,10.4, -6.6,14, -6.4,20, smooth = true } },
      },
      trps = {
        {
          id = "flexor_hallucis_longus_1",
          name = "TrP (lower third, over the back of the fibula)",
          frequency = "common",
          at = { posterior = { 9.9, 19 } },
          essential = { foot_plantar = { BIG_TOE_PLANTAR, BALL1_PLANTAR },
                        leg_medial = { { -29.6,0.35, -25.6,0.2, -22.6,0.35, -22.4,1.3, -25.2,1.7, -28.4,1.5, smooth = true } } },
          note = "Pain on the underside of the big toe and under the head of the first metatarsal (the ball of the "
            .. "foot behind the big toe), drawn in the sole view and along the sole's edge in the inner-leg view.",
        },
      },
    },
    {
      id = "popliteus",
      name = "Popliteus",
      region = "leg",
      layer = "deep",
      palpation = {
        text = "A flat triangle deep in the back of the knee, from the outer femoral condyle (just above the "
          .. "fibular head) down and inward to the back of the upper tibia. Client prone with the knee slightly "
          .. "bent over a pillow. The reachable part is its lower inner end: press against the back of the tibia "
          .. "just below the knee joint, between the semitendinosus tendon and the medial head of the "
          .. "gastrocnemius (push the gastrocnemius aside). Its upper end can be pressed just above the fibular "
          .. "head, behind the lateral collateral ligament. Avoid the midline of the knee (vessels and nerve).",
        position = "prone",
        technique = "flat",
        landmarks = { "fibular_head" },
        steps = {
          "Client prone, knee slightly bent over a pillow.",
          "Find the fibular head: the muscle starts just above it on the femur and runs down and inward.",
          "Go to the inner side of the back of the knee, just below the joint line.",
          "Push the medial head of the gastrocnemius aside and press against the back of the tibia, beside the semitendinosus tendon.",
          "Stay off the midline of the knee, where the popliteal vessels and nerve run.",
        },
      },
      sources = { TS2 .. ", ch. 17 (popliteus)", DON .. ", chapter on the popliteus", DAV .. ", chapter on hip, thigh and knee pain",
                  NAM .. ": popliteus" },
      outline = {
        posterior = { { 11.8,45.6, 11.6,44.4, 9.4,40.8, 7.0,38.6, 4.8,37.4, 4.2,38.8, 4.2,41.6, 5.2,43.0, 8.4,44.4, smooth = true } },
      },
      trps = {
        {
          id = "popliteus_1",
          name = "TrP (lower inner end, below the knee joint)",
          frequency = "common",
          at = { posterior = { 5.6, 40.6 } },
          essential = { posterior = { { 6.0,40.4, 8.6,39.6, 10.6,41.6, 11.4,44.6, 9.8,47.6, 7.0,47.8, 5.2,45.4, 5.0,42.4, smooth = true } } },
          spillover = { posterior = { { 4.6,36.2, 8.6,35, 12.2,38, 12.8,44, 11.6,49.4, 8.4,50.6, 5.0,49.2, 3.9,44, 3.9,39, smooth = true } } },
          note = "Pain at the back of the knee, a few centimetres across, slightly below the crease; it spreads a "
            .. "little over the top of the calf. Felt when crouching, running or walking downhill.",
        },
        {
          id = "popliteus_2", name = "TrP (upper outer end, above the fibular head)",
          palpation = {
            landmarks = { "fibular_head", "adductor_tubercle" },
            steps = {
              "Find the fibular head and the lateral collateral ligament just above it.",
              "Press just behind the ligament, above the fibular head, onto the muscle's upper end.",
            },
          },
          frequency = "occasional",
          at = { posterior = { 10.8, 44.6 } },
          essential = { posterior = { { 6.0,40.4, 8.6,39.6, 10.6,41.6, 11.4,44.6, 9.8,47.6, 7.0,47.8, 5.2,45.4, 5.0,42.4, smooth = true } } },
          spillover = { posterior = { { 4.6,36.2, 8.6,35, 12.2,38, 12.8,44, 11.6,49.4, 8.4,50.6, 5.0,49.2, 3.9,44, 3.9,39, smooth = true } } },
          note = "The upper end of the muscle, near its tendon on the lateral femoral condyle, refers to the same back of "
            .. "the knee (marked occasional: the lower inner end is the one usually reached)",
        },
      },
    },
    {
      id = "plantaris",
      name = "Plantaris",
      region = "leg",
      layer = "intermediate",
      palpation = {
        text = "A small belly in the outer part of the popliteal fossa, starting above the lateral femoral "
          .. "condyle, with a long thin tendon running between the gastrocnemius and the soleus to the heel. "
          .. "Client prone with the knee slightly bent. Press into the fossa just above and inside the fibular "
          .. "head, medial to the lateral head of the gastrocnemius, against the back of the femoral condyle.",
        position = "prone",
        technique = "flat",
        landmarks = { "fibular_head" },
        steps = {
          "Client prone, knee slightly bent over a pillow.",
          "Find the fibular head and the lateral head of the gastrocnemius above it.",
          "Move just medial to that head, into the outer part of the popliteal fossa.",
          "Press against the back of the lateral femoral condyle for the small belly; stay off the midline.",
        },
      },
      sources = { TS2 .. ", ch. 22 (soleus and plantaris)", DON .. ", chapter on the soleus and plantaris",
                  DAV .. ", chapter on lower leg, ankle and foot pain" },
      outline = {
        posterior = { { 10.4,48.8, 11.8,48.6, 12.2,46.8, 11.2,43.6, 9.9,41.0, 8.9,41.0, 9.2,43.6, 10.0,46.4, smooth = true },
                      { 9.1,40.4, 9.7,40.0, 7.8,24, 7.0,7.0, 6.4,7.0, 6.7,24, smooth = true } },
      },
      trps = {
        {
          id = "plantaris_1",
          name = "TrP (belly, outer popliteal fossa)",
          frequency = "common",
          at = { posterior = { 9.9, 44.2 } },
          essential = { posterior = { { 6.6,47.0, 9.0,48.0, 11.2,47.4, 11.2,43.2, 9.6,39, 9.0,36, 7.6,35.4, 6.8,38, 6.2,42, smooth = true } } },
          spillover = { posterior = { { 5.4,48.6, 9.0,49.6, 12.2,48.8, 12.6,42, 10.8,34, 9.4,29.6, 7.0,29.8, 5.8,34, 5.0,42, smooth = true } } },
          note = "Pain behind the knee, running a few centimetres down into the upper calf and at most to mid-calf. "
            .. "Some practitioners describe it reaching the heel or even the big toe; Travell & Simons (followed "
            .. "here) stop it at mid-calf.",
        },
      },
    },
  },
}
