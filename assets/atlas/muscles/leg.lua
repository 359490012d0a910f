-- Leg muscles (right side): gastrocnemius, soleus, tibialis anterior, peroneus longus.
-- Body space in cm (docs/atlas-format.md). Landmarks used: mid-patella (8.5, 47), fibular head
-- (12.5, 43.5), lateral malleolus (10, 7) and medial malleolus (5.3, 8.5) in front/back views;
-- in the lateral view the fibular head is at (-2.3, 43.5) and the lateral malleolus at (-1.5, 7).
local TS2 = "Travell & Simons, Myofascial Pain and Dysfunction: The Trigger Point Manual, vol. 2 (lower extremities) 1992"
local DON = "Donnelly et al., Travell, Simons & Simons' Myofascial Pain and Dysfunction: The Trigger Point Manual, 3rd ed. 2019"
local DAV = "Davies & Davies, The Trigger Point Therapy Workbook, 3rd ed. 2013"
-- The sole (foot_plantar view, docs/atlas-format.md): the right foot at x < 0, heel at y 0, the
-- big toe toward the middle (x about -6), the little toe outside (x about -13.5).
local INSTEP_PLANTAR = { -8.2,7.6, -6.0,7.4, -5.3,9.6, -5.3,12.6, -5.4,14.8, -7.0,15.4, -8.4,13.0, -8.6,10.0, smooth = true }
local HEEL_PLANTAR = { -9,0.7, -10.9,1.2, -11.8,2.6, -11.9,4.8, -11.4,6.6, -9,7.2, -6.8,6.6, -6.2,4.4, -6.6,2.0, -7.6,1.0, smooth = true }

return {
  muscles = {
    {
      id = "gastrocnemius",
      name = "Gastrocnemius",
      region = "leg",
      layer = "superficial",
      palpation = {
        text = "Patient prone with the feet over the end of the table (or a roll under the ankles) so the "
          .. "calf is slack. The two heads form the upper bulge of the calf, starting from behind the femoral "
          .. "condyles. Pincer-grasp each head separately: the medial head a little above the middle of its "
          .. "belly near its inner border, the lateral head at the same level on the outer side.",
        position = "prone",
        technique = "pincer",
        landmarks = { "fibular_head", "adductor_tubercle" },
        steps = {
          "Client prone with the feet over the end of the table (or a roll under the ankles) so the calf is slack.",
          "Find the back of the knee: the two heads start behind the femoral condyles and form the upper bulge of the calf.",
          "Grasp each head separately in a pincer grasp a little above the middle of its belly.",
        },
      },
      sources = { TS2 .. ", ch. 21 (gastrocnemius)", DON .. ", chapter on the gastrocnemius", DAV .. ", chapter on lower leg, ankle and foot pain" },
      outline = {
        -- two heads: the medial one (from the medial condyle, reaching lower) and the lateral one
        posterior = { { 4.6,50.6, 7.2,49.6, 8.2,47.4, 8.5,40, 8.2,32, 7.6,25, 6.6,23.4, 4.8,28, 3.6,36, 3.6,44, smooth = true },
                      { 9.0,47.2, 10.2,49.4, 12.2,50.6, 13.0,40, 12.4,33, 10.6,27.8, 9.4,29, 8.9,36, 8.9,42, smooth = true } },
        -- inner leg: the medial head, from behind the medial condyle down the back of the calf
        leg_medial = { { -5.5,50.2, -6.9,49.2, -8.2,45.6, -9.0,40, -8.8,34, -7.8,28, -6.2,23.8, -5.2,25.6, -4.2,30, -4.0,36, -4.9,42, -5.4,47, smooth = true } },
        lateral_right = { { -5.2,46.6, -6.0,40, -6.5,33, -5.8,26, -4.8,23, -4.2,28, -3.8,36, -3.4,44, -4.2,47, smooth = true } },
      },
      fibres = {
        posterior = {
          { 4.2,49.2, 4.8,40, 6.6,24.8, smooth = true },
          { 7.4,49.6, 7.5,40, 6.8,25.2, smooth = true },
          { 9.6,48.4, 9.8,38, 10.4,28.8, smooth = true },
          { 12.2,49.6, 12.4,40, 10.8,29.2, smooth = true },
        },
      },
      trps = {
        {
          id = "gastrocnemius_1",
          name = "TrP1 (medial head)",
          palpation = {
            landmarks = { "adductor_tubercle", "medial_malleolus" },
            steps = {
              "Find the inner knee (the adductor tubercle); the medial head starts just below and behind it.",
              "Grasp the medial head near its inner border, a little above the middle of its belly (TrP1).",
            },
          },
          frequency = "common",
          at = { posterior = { 5.4, 40.5 }, leg_medial = { -6.4, 40.5 } },
          essential = {
            leg_medial = { { -11.2,0.8, -19.5,0.8, -21,1.8, -19.6,3.4, -15,4, -11.6,3.6, smooth = true } }, foot_plantar = { INSTEP_PLANTAR } },
          spillover = { leg_medial = { { -5.6,49.4, -7.6,48.8, -8.8,42, -8.6,32, -7.6,22, -7.6,14, -8.0,8.4, -6.0,8.0, -6.5,14, -5.7,22, -4.3,30, -4.3,38, -5.3,45, smooth = true } },
                        posterior = { { 4.2,46, 7.4,50.6, 11.2,49.6, 9.6,44, 7.4,38, 7.0,30, 6.6,22, 7.0,14, 6.4,8.4,
                                        4.8,9.4, 4.4,16, 3.8,26, 3.4,36, smooth = true } } },
          note = "Refers mainly to the instep, the arch on the inner side of the sole (drawn in the sole view), "
            .. "with spillover over the back of the knee, the inner calf and the back of the ankle. Some charts "
            .. "show only the calf and knee part.",
        },
        {
          id = "gastrocnemius_2",
          name = "TrP2 (lateral head)",
          palpation = {
            landmarks = { "fibular_head", "lateral_malleolus" },
            steps = {
              "Find the fibular head; the lateral head lies just behind and below it.",
              "Grasp the lateral head on the outer side of the calf, at the level of the medial head's point (TrP2).",
            },
          },
          frequency = "common",
          at = { posterior = { 11.6, 40.0 }, lateral_right = { -5.0, 39.6 } },
          essential = { posterior = { { 9.8,35, 12.2,35.6, 12.8,40.4, 12.4,45.4, 10.2,46, 9.2,41, smooth = true } },
                        lateral_right = { { -5.8,35.4, -4.2,35.8, -4.0,41, -4.6,44.8, -5.6,43.6, -6.2,39.6, smooth = true } } },
          spillover = { posterior = { { 9.0,31.6, 12.6,32, 13.4,40, 13.0,47.4, 10.2,48.4, 8.4,42, smooth = true } } },
          note = "Pain stays around the trigger point, over the upper outer calf.",
        },
        {
          id = "gastrocnemius_3",
          name = "TrP3 (lateral head, high, behind the knee)",
          frequency = "occasional",
          at = { posterior = { 11.0, 45.6 }, lateral_right = { -4.6, 44.8 } },
          essential = { posterior = { { 5.4,44.4, 8.4,43.4, 11.8,44.4, 12.2,48.6, 8.6,51.2, 5.0,49.2, smooth = true } },
                        lateral_right = { { -5.2,42.8, -3.6,43.6, -3.4,48.6, -4.8,51, -5.6,48.6, smooth = true } } },
          spillover = { posterior = { { 4.6,41.6, 8.6,40.6, 12.6,41.8, 12.8,50.4, 8.6,54, 4.2,51.4, smooth = true } } },
          note = "A point high in the lateral head, close to the femoral condyle, refers to the back of the "
            .. "knee. Travell & Simons find these points less often than the mid-belly TrP1 and TrP2 (marked "
            .. "occasional).",
        },
        {
          id = "gastrocnemius_4",
          name = "TrP4 (medial head, high, behind the knee)",
          palpation = {
            landmarks = { "adductor_tubercle", "fibular_head" },
            steps = {
              "Find the inner side of the back of the knee, just below the crease.",
              "Grasp the top of the medial head near the medial femoral condyle, beside the semitendinosus tendon.",
            },
          },
          frequency = "occasional",
          at = { posterior = { 5.4, 46.6 } },
          essential = { posterior = { { 5.4,44.4, 8.4,43.4, 11.8,44.4, 12.2,48.6, 8.6,51.2, 5.0,49.2, smooth = true } } },
          spillover = { posterior = { { 4.6,41.6, 8.6,40.6, 12.6,41.8, 12.8,50.4, 8.6,54, 4.2,51.4, smooth = true } } },
          note = "The medial twin of TrP3, high in the medial head near its condyle: pain at the back of the "
            .. "knee (marked occasional, like TrP3).",
        },
      },
    },
    {
      id = "soleus",
      name = "Soleus",
      region = "leg",
      layer = "intermediate",
      palpation = {
        text = "Patient kneeling on a chair with the feet hanging, or prone with the knee bent to 90 "
          .. "degrees to slacken the gastrocnemius. The soleus lies under the gastrocnemius and "
          .. "shows on both sides of it below mid-calf. Pincer-grasp it in the lower calf, just "
          .. "below the end of the gastrocnemius bellies and slightly medial to the midline, "
          .. "beside the Achilles tendon (TrP1, about a hand's width above the heel), and press it "
          .. "against the back of the fibula high on the outer calf, below the fibular head "
          .. "(TrP2).",
        position = "prone",
        technique = "pincer",
        landmarks = { "calcaneus", "medial_malleolus" },
        steps = {
          "Client prone with the knee bent to 90 degrees (or kneeling on a chair) to slacken the gastrocnemius.",
          "From the back of the heel, follow the Achilles tendon up to where the soleus shows on each side of it, below the gastrocnemius bellies.",
          "Grasp the soleus just medial to the tendon there, slightly medial to the midline (TrP1).",
        },
      },
      sources = { TS2 .. ", ch. 22 (soleus and plantaris)", DON .. ", chapter on the soleus and plantaris", DAV .. ", chapter on lower leg, ankle and foot pain",
                  "NAMTPT symptom checker, soleus (check.myofascialtherapy.org)" },
      outline = {
        posterior = { { 4.4,42, 8.4,43.4, 12.4,41.4, 12.6,33, 11.4,24, 9.6,16.6, 8.4,13.6, 7.0,16.6, 5.0,24, 3.8,33, smooth = true } },
        -- inner leg: between the medial border of the tibia and the gastrocnemius, down beside the Achilles tendon
        leg_medial = { { -9.6,38.4, -10.1,33, -10.2,26, -10.0,19, -9.4,14, -8.4,11.6, -7.4,12.6, -7.0,16, -6.2,20, -5.6,23.6, -6.8,26.4, -8.2,30, -8.8,35, smooth = true } },
        lateral_right = { { -6.2,38.4, -5.0,36, -4.2,28, -3.8,18, -3.6,12, -4.2,11, -4.4,16, -5.2,22, -6.2,28, -6.8,34, smooth = true } },
      },
      fibres = {
        posterior = {
          { 4.6,42, 5.2,30, 7.6,15, smooth = true },
          { 12,42, 11.5,30, 8.4,15, smooth = true },
        },
      },
      trps = {
        {
          id = "soleus_1",
          name = "TrP1 (distal, above the heel)",
          frequency = "common",
          at = { posterior = { 7.2, 19.5 }, leg_medial = { -7.6, 19.5 } },
          essential = {
            leg_medial = { { -4.8,1, -9.6,0.8, -10.2,3.4, -9,6, -6,6.6, -4.6,4, smooth = true } }, posterior = { { 6.0,0.6, 10.2,0.6, 10.6,3.6, 9.4,7.0, 6.8,7.0, 5.6,3.6, smooth = true } },
                        lateral_right = { { -6.2,1.4, -3.6,0.6, -3.4,4, -4.6,7.4, -5.8,6.6, -6.4,3.6, smooth = true } },
                        foot_plantar = { HEEL_PLANTAR } },
          spillover = { posterior = { { 5.4,0.2, 10.8,0.2, 11.0,5.0, 10.2,11, 9.2,16, 7.2,16, 6.2,11, 5.0,5.0, smooth = true } },
                        leg_medial = { { -4.8,1.2, -9.8,0.6, -10.6,3.6, -9.6,7.0, -8.2,10, -7.8,16, -6.3,16, -6.1,11, -5.0,7.2, -4.3,4, smooth = true } } },
          note = "Pain at the back and underside of the heel, spilling up the Achilles tendon; easily taken for a "
            .. "heel spur or Achilles tendinitis.",
        },
        {
          id = "soleus_2",
          name = "TrP2 (proximal, upper outer calf)",
          palpation = {
            technique = "flat",
            landmarks = { "fibular_head", "lateral_malleolus" },
            steps = {
              "Find the fibular head.",
              "Below it, on the outer calf, press the soleus flat against the back of the fibula (TrP2).",
            },
          },
          frequency = "occasional",
          at = { posterior = { 11.2, 36.8 }, lateral_right = { -5.8, 36.6 } },
          essential = { posterior = { { 5.8,32.6, 9.8,32.2, 11.4,36.6, 11.0,41.6, 8.4,43.2, 5.6,40, smooth = true } },
                        lateral_right = { { -6.6,32, -5.2,31.6, -4.6,36.4, -5.2,40.4, -6.0,39.8, -6.8,36, smooth = true } } },
          spillover = { posterior = { { 4.6,29, 11.0,28.4, 12.6,36, 12.4,42.4, 9.0,44.8, 5.0,43, 4.0,35, smooth = true } } },
          note = "Pain over the upper back of the calf."
            .. " Travell & Simons name the distal TrP1 the most common soleus point; NAMTPT lists the "
            .. "mid-calf pain without ranking it (marked occasional here).",
        },
        {
          id = "soleus_3",
          name = "TrP3 (distal, lateral to TrP1)",
          palpation = {
            landmarks = { "calcaneus", "lateral_malleolus" },
            steps = {
              "From the back of the heel, follow the Achilles tendon up to the lower calf.",
              "Grasp the soleus a little above and lateral to TrP1, on the outer side of the tendon (TrP3).",
            },
          },
          frequency = "rare",
          at = { posterior = { 9.6, 23 } },
          essential = { posterior = { { 3.0,92, 4.6,91.8, 6.2,94.5, 6.2,97.4, 4.6,98.8, 3.0,98, 2.6,95, smooth = true } } },
          spillover = { posterior = { { 7.8,17, 10.4,17.6, 11.4,23, 10.6,28, 8.6,27.4, 8.0,22, smooth = true } } },
          note = "Uncommon: refers to the sacroiliac joint of the same side, far from the trigger point, plus local "
            .. "pain around it."
            .. " NAMTPT lists the sacroiliac referral among the soleus patterns without ranking it; "
            .. "Travell & Simons' uncommon TrP3 is marked rare here, so a question asks it only when it "
            .. "names it.",
        },
      },
    },
    {
      id = "tibialis_anterior",
      name = "Tibialis anterior",
      region = "leg",
      layer = "superficial",
      palpation = {
        text = "Patient supine. Find the sharp front edge of the tibia (the shin) and move just lateral to it "
          .. "onto the muscle; ask for the foot to be pulled up and in to feel it harden. Flat-palpate against "
          .. "the tibia in the upper third of the leg, a hand's width below the knee.",
        position = "supine",
        technique = "flat",
        landmarks = { "tibial_tuberosity", "tibial_crest" },
        steps = {
          "Client supine.",
          "Find the tibial tuberosity and the sharp front edge of the tibia below it; the muscle lies just lateral to that edge.",
          "Ask for the foot to be pulled up and in to feel it harden.",
          "Flat-palpate against the tibia in the upper third of the leg, a hand's width below the knee.",
        },
      },
      sources = { TS2 .. ", ch. 19 (tibialis anterior)", DON .. ", chapter on the tibialis anterior", DAV .. ", chapter on lower leg, ankle and foot pain" },
      outline = {
        anterior = { { -8.6,42.6, -10.8,42.4, -11.0,34, -10.0,24, -8.4,14, -6.6,8, -5.6,6.4, -5.0,7.6, -6.6,14, -7.8,24, -8.2,34, smooth = true } },
        lateral_right = { { 3.8,42, 5.2,41.2, 4.6,34, 3.8,24, 3.2,14, 4.0,9.6, 3.0,9.0, 2.0,14, 2.4,24, 2.8,34, smooth = true } },
      },
      trps = {
        {
          id = "tibialis_anterior_1",
          name = "TrP (upper third of the muscle)",
          frequency = "common",
          at = { anterior = { -9.6, 35 }, lateral_right = { 3.8, 35 } },
          essential = {
            leg_medial = { { -12.2,6, -14.8,5.8, -15.0,7.8, -14.0,10.2, -12.4,9.8, smooth = true }, { -25.4,0.6, -29.6,0.6, -29.4,1.4, -27,2.2, -25.4,2.4, smooth = true } }, anterior = { { -5.4,5.2, -8.6,5.6, -9.0,9.6, -6.8,11.8, -5.0,9.8, smooth = true },
                                     { -4.2,0.5, -6.2,0.3, -6.4,1.8, -4.2,2.4, smooth = true } },
                        lateral_right = { { 2.2,6.4, 4.8,5.8, 4.4,8.0, 3.2,10.6, 1.8,9.6, smooth = true } } },
          spillover = { anterior = { { -8.8,32, -10.0,24, -8.8,14, -7.0,8, -5.6,8, -6.4,16, -7.2,26, -7.6,32, smooth = true } } },
          note = "Pain at the front of the ankle (toward the inner side) and over the top of the big toe, with a "
            .. "thin strip of spillover down the shin from the trigger point.",
        },
      },
    },
    {
      id = "peroneus_longus",
      name = "Peroneus (fibularis) longus",
      region = "leg",
      layer = "superficial",
      palpation = {
        text = "Patient side-lying on the other side, or supine with the leg turned in. Find the head of the "
          .. "fibula; the muscle runs down the outer side of the leg from just below it. Press against the "
          .. "fibula 2 to 4 cm below the fibular head (take care: the common fibular nerve winds around the "
          .. "neck of the fibula) and ask for eversion to feel it tense.",
        position = "side_lying",
        technique = "flat",
        landmarks = { "fibular_head", "lateral_malleolus" },
        steps = {
          "Client lying on the other side (or supine with the leg turned in).",
          "Find the head of the fibula; the muscle runs down the outer leg from just below it.",
          "Press against the fibula 2-4 cm below the fibular head, minding the fibular nerve around the neck of the fibula; eversion makes it tense.",
        },
      },
      sources = { TS2 .. ", ch. 20 (peroneal muscles)", DON .. ", chapter on the fibularis (peroneal) muscles", DAV .. ", chapter on lower leg, ankle and foot pain" },
      outline = {
        lateral_right = { { -3.8,43, -1.2,43.6, 0.4,40, 0.6,30, 0.0,20, -0.8,16, -2.2,16, -3.0,22, -3.8,32, -4.4,40, smooth = true } },
        anterior = { { -11.4,42, -13.0,40, -12.8,30, -12.0,20, -11.2,17, -10.8,22, -11.6,32, smooth = true } },
      },
      trps = {
        {
          id = "peroneus_longus_1",
          name = "TrP (2-4 cm below the fibular head)",
          frequency = "common",
          at = { lateral_right = { -1.8, 40.5 }, anterior = { -12.2, 40.5 } },
          essential = { lateral_right = { { -3.6,4.0, -1.0,3.2, 1.0,5.4, 0.4,9.6, -1.6,11.8, -3.6,10.4, -4.0,7.0, smooth = true } },
                        anterior = { { -9.6,4.0, -11.2,4.4, -10.8,8.4, -10.2,10.2, -9.4,8.0, smooth = true } } },
          spillover = { lateral_right = { { -4.0,2.2, 2.0,1.8, 6.0,2.4, 6.2,4.0, 1.6,6.6, 0.8,12.4, -1.0,24, -2.6,24,
                                            -3.6,14, -4.2,8, smooth = true } } },
          note = "Pain around the lateral malleolus (above, behind and below it), with spillover along the outer "
            .. "side of the foot and over the middle third of the outer leg.",
        },
      },
    },
  },
}
