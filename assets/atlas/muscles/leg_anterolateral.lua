-- Long toe extensors and the short peroneal muscles (right side): extensor digitorum longus,
-- extensor hallucis longus, peroneus (fibularis) brevis, peroneus tertius. Body space in cm
-- (docs/atlas-format.md). Landmarks used: fibular head (-12.5, 43.5) front view, (-2.3, 43.5) side
-- view; lateral malleolus (-10, 7) front, (-1.5, 7) side; knee joint line about y 44.5, ankle
-- about y 7, so the leg's thirds fall near y 32 and y 19.5. In the front view the foot is seen
-- end-on: toes y 0-1.6, top of the foot y 1.6-4.5, the big toe at x -3 to -6. In the side view
-- the top of the foot runs from (3.8, 9.8) to the toe tips at (19.6, 0.7).
local TS2 = "Travell & Simons, Myofascial Pain and Dysfunction: The Trigger Point Manual, vol. 2 (lower extremities) 1992"
local DON = "Donnelly et al., Travell, Simons & Simons' Myofascial Pain and Dysfunction: The Trigger Point Manual, 3rd ed. 2019"
local DAV = "Davies & Davies, The Trigger Point Therapy Workbook, 3rd ed. 2013"

return {
  muscles = {
    {
      id = "extensor_digitorum_longus",
      name = "Extensor digitorum longus",
      region = "leg",
      layer = "superficial",
      palpation = {
        text = "Client supine. The muscle lies on the front of the leg between the tibialis anterior (next to the "
          .. "shin) and the peroneus longus (over the fibula). Find the fibular head and go about 8 cm down and "
          .. "a little forward; lifting the four small toes makes the muscle harden under the fingers. "
          .. "Flat-palpate against the fibula and the interosseous membrane; the deep fibular nerve runs close by.",
        position = "supine",
        technique = "flat",
        landmarks = { "fibular_head", "tibial_crest" },
        steps = {
          "Client supine, a small roll under the knee.",
          "Find the fibular head and the tibial crest (the shin); the muscle runs down between the tibialis anterior, next to the crest, and the peroneus longus.",
          "Go about 8 cm (four fingers) below the fibular head, just in front of the fibula.",
          "Ask the client to lift the small toes to feel the muscle, then press against the fibula.",
        },
      },
      sources = { TS2 .. ", ch. 24 (long extensors of the toes)", DON .. ", chapter on the long extensor muscles of the toes",
                  DAV .. ", chapter on lower leg, ankle and foot pain" },
      outline = {
        anterior = { { -10.6,42.4, -12.4,41.4, -12.4,34, -11.8,24, -10.8,15, -9.8,8.6, -10.8,2.4, -8.8,1.6, -6.6,1.8,
                       -8.2,8.2, -9.6,14, -10.6,24, -10.8,34, smooth = true } },
        lateral_right = { { 0.8,42.6, 2.8,42.0, 2.8,34, 2.4,24, 2.2,14, 3.2,9.2, 6.0,6.0, 13.4,3.0, 13.2,2.2,
                            5.6,4.8, 2.0,8.4, 1.2,14, 0.8,24, 0.4,34, smooth = true } },
      },
      trps = {
        {
          id = "extensor_digitorum_longus_1",
          name = "TrP (about 8 cm below the fibular head)",
          frequency = "common",
          at = { anterior = { -11.5, 35.5 }, lateral_right = { 1.7, 35.5 } },
          essential = { anterior = { { -6.2,0.4, -10.6,0.4, -11.8,2.0, -10.8,4.0, -8.2,4.1, -6.4,3.3, smooth = true } },
                        lateral_right = { { 7.0,5.6, 11.0,4.0, 15.0,2.5, 17.8,1.6, 17.0,0.9, 13.0,1.5, 9.0,2.4, 6.8,3.8, smooth = true } } },
          spillover = { anterior = { { -8.0,4.8, -10.6,4.6, -11.2,10, -11.4,20, -10.4,22, -9.4,14, -7.8,8.4, smooth = true } },
                        lateral_right = { { 1.0,22, 2.8,22, 3.2,12, 5.0,6.6, 3.2,5.6, 1.2,10, smooth = true } } },
          note = "Pain over the top of the foot and the middle three toes, nearly to their tips, spilling up over "
            .. "the front of the ankle and the lower part of the leg. Night cramps of the toe extensors often go "
            .. "with it.",
        },
      },
    },
    {
      id = "extensor_hallucis_longus",
      name = "Extensor hallucis longus",
      region = "leg",
      layer = "intermediate",
      palpation = {
        text = "Client supine. The muscle lies deep between the tibialis anterior and the extensor digitorum "
          .. "longus and only comes to the surface above the ankle. From the lateral malleolus go up to where "
          .. "the lower third of the leg meets the middle third, just in front of the fibula; ask the client to "
          .. "lift the big toe and press deeply there between the two neighbouring muscles.",
        position = "supine",
        technique = "flat",
        landmarks = { "lateral_malleolus", "tibial_crest" },
        steps = {
          "Client supine, the heel resting on the table.",
          "From the lateral malleolus go up about 12 cm, to the junction of the lower and middle thirds of the leg.",
          "Move just in front of the fibula, between the tibialis anterior and the extensor digitorum longus.",
          "Ask the client to lift the big toe against light resistance and press deep where the muscle moves.",
        },
      },
      sources = { TS2 .. ", ch. 24 (long extensors of the toes)", DON .. ", chapter on the long extensor muscles of the toes",
                  DAV .. ", chapter on lower leg, ankle and foot pain" },
      outline = {
        anterior = { { -10.4,30.0, -11.0,27, -10.8,20, -9.6,12, -7.8,7.6, -5.2,2.8, -4.0,1.2, -4.0,2.4, -6.6,7.0,
                       -8.4,12, -9.6,20, -9.8,26, smooth = true } },
      },
      trps = {
        {
          id = "extensor_hallucis_longus_1",
          name = "TrP (junction of the middle and lower thirds of the leg)",
          frequency = "common",
          at = { anterior = { -10.2, 19.5 } },
          essential = { anterior = { { -3.4,0.3, -6.4,0.3, -7.0,1.6, -6.6,3.6, -5.0,4.2, -3.6,2.8, smooth = true } },
                        leg_medial = { { -19.6,4.0, -19.9,4.6, -21,4.35, -23.2,3.55, -25.2,2.8, -26.2,2.45, -26.0,2.0, -25.3,2.2,
                                         -23.0,3.05, -20.8,3.6, smooth = true } } },
          spillover = { anterior = { { -3.9,3.8, -6.8,3.2, -8.4,6.4, -8.6,10, -7.2,11.2, -6.0,9.4, -5.6,6.6, -4.6,4.8, smooth = true } },
                        leg_medial = { { -14.2,8.6, -14.6,9.0, -15.6,7.7, -16.6,6.5, -19.6,4.9, -19.4,4.0, -16.2,5.2, -14.6,6.8, smooth = true } } },
          note = "Pain over the top of the foot at the base of the big toe and over the first metatarsal, spilling "
            .. "toward the big toe's tip and up over the front of the ankle.",
        },
      },
    },
    {
      id = "peroneus_brevis",
      name = "Peroneus (fibularis) brevis",
      region = "leg",
      layer = "intermediate",
      palpation = {
        text = "Client lying on the other side, or supine with the leg turned in. The muscle lies under the "
          .. "peroneus longus on the lower half of the fibula and bulges on both sides of the longus tendon "
          .. "above the ankle. Find the lateral malleolus and go up about a third of the leg's length; press "
          .. "against the fibula just in front of and just behind the tendon while the client turns the foot out.",
        position = "side_lying",
        technique = "flat",
        landmarks = { "lateral_malleolus", "fifth_metatarsal_base" },
        steps = {
          "Client lying on the other side, a pillow between the knees.",
          "Its tendon runs behind the lateral malleolus to the base of the fifth metatarsal: follow it back up the leg.",
          "Find the lateral malleolus and follow the fibula up to the junction of the lower and middle thirds of the leg.",
          "Locate the peroneus longus tendon there and press against the fibula on either side of it.",
          "Ask for eversion of the foot to feel the muscle contract.",
        },
      },
      sources = { TS2 .. ", ch. 20 (peroneal muscles)", DON .. ", chapter on the fibularis (peroneal) muscles",
                  DAV .. ", chapter on lower leg, ankle and foot pain" },
      outline = {
        lateral_right = { { -2.8,31.0, -0.4,31.4, 0.8,24, 0.8,16, 0.2,11, -0.4,8.2, 1.4,4.4, 4.6,2.2, 4.6,1.4, 1.6,2.4,
                            -1.4,5.0, -2.8,8.0, -3.3,12, -3.4,18, -3.3,25, smooth = true } },
      },
      trps = {
        {
          id = "peroneus_brevis_1",
          name = "TrP (junction of the middle and lower thirds of the leg)",
          frequency = "common",
          at = { lateral_right = { -1.4, 19.5 } },
          essential = { lateral_right = { { -3.6,4.0, -1.0,3.2, 1.0,5.4, 0.4,9.6, -1.6,11.8, -3.6,10.4, -4.0,7.0, smooth = true } },
                        anterior = { { -9.7,4.8, -11.2,5.0, -10.8,8.4, -10.2,10.2, -9.5,8.0, smooth = true } } },
          spillover = { lateral_right = { { -3.4,1.6, 0.0,1.2, 4.0,1.3, 8.4,1.8, 8.2,3.0, 4.0,3.6, 0.4,4.4, -2.6,3.6, smooth = true } } },
          note = "Pain around the lateral malleolus (above, behind and below it), spilling along the outer side of "
            .. "the foot; unlike the peroneus longus it does not include the middle of the outer leg.",
        },
      },
    },
    {
      id = "peroneus_tertius",
      name = "Peroneus (fibularis) tertius",
      region = "leg",
      layer = "superficial",
      palpation = {
        text = "Client supine. The peroneus tertius is the lowest, outer part of the extensor digitorum longus, on "
          .. "the front of the lower fibula; its tendon crosses in front of the lateral malleolus to the top of "
          .. "the fifth metatarsal. A few centimetres above the lateral malleolus and just in front of the fibula, "
          .. "press against the bone while the client lifts the outer edge of the foot.",
        position = "supine",
        technique = "flat",
        landmarks = { "lateral_malleolus", "fifth_metatarsal_base" },
        steps = {
          "Client supine, the heel resting on the table.",
          "Its tendon crosses in front of the lateral malleolus to the top of the fifth metatarsal base.",
          "Find the lateral malleolus and go up about 7 cm along the front edge of the fibula.",
          "Ask the client to pull the foot up and out to feel the muscle and its tendon.",
          "Press against the front of the fibula, lateral to the extensor digitorum longus.",
        },
      },
      sources = { TS2 .. ", ch. 20 (peroneal muscles)", DON .. ", chapter on the fibularis (peroneal) muscles",
                  DAV .. ", chapter on lower leg, ankle and foot pain" },
      outline = {
        lateral_right = { { 0.8,22.4, 2.4,22.0, 2.9,16, 2.9,11.0, 4.4,6.0, 5.6,3.0, 4.8,2.6, 3.4,6.4, 1.8,10.4, 0.6,16, smooth = true } },
        anterior = { { -10.6,22, -11.6,21.6, -11.5,14, -10.8,9.6, -10.0,9.8, -10.4,14, smooth = true } },
      },
      trps = {
        {
          id = "peroneus_tertius_1",
          name = "TrP (lower third, in front of the fibula)",
          frequency = "common",
          at = { lateral_right = { 1.9, 14.5 }, anterior = { -10.9, 14.5 } },
          essential = { lateral_right = { { 0.6,4.6, 3.6,3.8, 5.6,5.4, 4.2,8.4, 2.2,10.4, 0.4,8.6, smooth = true } },
                        anterior = { { -8.4,4.6, -10.8,4.8, -11.1,8.0, -10.2,10.4, -8.6,9.0, smooth = true } } },
          spillover = { lateral_right = { { -6.2,1.8, -4.0,1.0, -2.4,2.2, -2.6,5.6, -4.4,7.4, -5.8,5.8, smooth = true } } },
          note = "Pain along the front and outer side of the ankle, sometimes spilling to the outer side of the heel.",
        },
      },
    },
  },
}
