-- Hip muscles (right side): the three glutei, piriformis, tensor fasciae latae.
-- Body space in cm (docs/atlas-format.md). Landmarks used: PSIS (4.8, 95), iliac crest top
-- (13.5, 103), ASIS (11.5, 96), greater trochanter (16, 87.5); sacrum from about y 97 (S1) to
-- the coccyx near y 85; gluteal fold near y 79.
local TS2 = "Travell & Simons, Myofascial Pain and Dysfunction: The Trigger Point Manual, vol. 2 (lower extremities) 1992"
local DON = "Donnelly et al., Travell, Simons & Simons' Myofascial Pain and Dysfunction: The Trigger Point Manual, 3rd ed. 2019"
local DAV = "Davies & Davies, The Trigger Point Therapy Workbook, 3rd ed. 2013"

return {
  muscles = {
    {
      id = "gluteus_maximus",
      name = "Gluteus maximus",
      region = "hip",
      layer = "superficial",
      palpation = {
        text = "Patient side-lying on the other side with the upper hip flexed about 70 degrees and the knee "
          .. "resting on a pillow, or prone. The muscle is superficial: flat-palpate or grasp across the fibres, "
          .. "which run down and out from the sacrum to below the greater trochanter. Search beside the "
          .. "sacrum, just above the ischial tuberosity (the sitting bone), and in the lowest medial fibres "
          .. "near the coccyx.",
        position = "side_lying",
        technique = "flat",
        landmarks = { "sacrum", "ischial_tuberosity" },
        steps = {
          "Client lying on the other side, the upper hip flexed about 70 degrees and the knee on a pillow (or prone).",
          "Find the sacrum; the fibres run down and out from its border to below the greater trochanter.",
          "Flat-palpate across the fibres beside the sacrum (TrP1).",
        },
      },
      sources = { TS2 .. ", ch. 7 (gluteus maximus)", DON .. ", chapter on the gluteus maximus", DAV .. ", chapter on hip, thigh and knee pain" },
      outline = {
        posterior = { { 4.5,100.5, 8.5,99.6, 13.0,96.2, 15.8,91, 16.2,85, 15.6,78.2, 13.4,74.8, 11.0,76.6,
                        7.0,78.6, 3.0,80.6, 1.2,84.4, 1.8,90, 3.2,96, smooth = true } },
        lateral_right = { { -10.4,97.2, -7.0,96, -3.2,90, -1.4,83, -1.6,76.5, -4.2,75.2, -8.4,77.4, -11.2,80.6,
                            -12.4,85, -12.6,89, -11.8,93.4, smooth = true } },
      },
      fibres = {
        posterior = {
          { 5,99, 10,93.5, 14.6,87, smooth = true },
          { 2.6,82.5, 7,79.5, 12.2,76.2, smooth = true },
        },
        lateral_right = {
          { -10.8,95.4, -6.4,89, -2.4,84, smooth = true },
          { -11.6,82.4, -7.6,79.8, -3.6,77.8, smooth = true },
        },
      },
      trps = {
        {
          id = "gluteus_maximus_1",
          name = "TrP1 (beside the sacrum)",
          frequency = "common",
          at = { posterior = { 4.4, 92 } },
          essential = { posterior = { { 1.2,97, 3.6,98.6, 5.2,96.2, 4.2,91, 4.4,86.6, 7.4,83, 11.0,81.6,
                                        11.4,79.6, 7.0,79.6, 2.6,82.4, 0.8,88, 0.6,94, smooth = true } } },
          spillover = { posterior = { { 0.4,99, 4.4,100.6, 6.8,97, 6.0,91, 6.4,87.4, 9.0,85, 12.8,83.6,
                                        13.4,78.4, 7.0,77.8, 1.8,80.8, 0.2,88, smooth = true } } },
          note = "A crescent of pain along the sacroiliac joint, beside the natal cleft and along the gluteal fold.",
        },
        {
          id = "gluteus_maximus_2",
          name = "TrP2 (above the ischial tuberosity)",
          palpation = {
            landmarks = { "ischial_tuberosity", "sacrum" },
            steps = {
              "Find the ischial tuberosity (the sitting bone).",
              "Press flat across the fibres just above it (TrP2).",
            },
          },
          frequency = "common",
          at = { posterior = { 7.6, 83.6 } },
          essential = { posterior = { { 2.6,84.5, 2.0,91, 3.6,97, 8.6,98.8, 12.4,96.4, 12.8,90.6, 12.2,84.4,
                                        8.4,81, 4.4,81.4, smooth = true } },
                        lateral_right = { { -12.2,87, -11.4,93.4, -10.0,95.2, -9.3,92.6, -8.6,86.2, -9.8,84.0, smooth = true } } },
          spillover = { posterior = { { 1.2,86, 1.4,95, 6.0,100.6, 12.0,99.6, 15.8,93.5, 15.8,84, 14.6,74,
                                        9.4,69.4, 4.2,72, 2.4,79, smooth = true } },
                        lateral_right = { { -12.4,82.4, -9.8,78.2, -6.0,70.4, -2.6,72.2, -2.0,80, -3.0,90.4, -6.4,97.6,
                                            -10.4,97, -12.4,91.6, smooth = true } } },
          note = "The most common gluteus maximus trigger point: pain over the whole buttock and lower sacrum, "
            .. "spilling just below the iliac crest laterally and into the top of the back of the thigh.",
        },
        {
          id = "gluteus_maximus_3",
          name = "TrP3 (lowest medial fibres)",
          palpation = {
            landmarks = { "coccyx_tip", "ischial_tuberosity" },
            steps = {
              "Find the tip of the coccyx.",
              "Press the lowest medial fibres flat beside it, between the coccyx and the ischial tuberosity (TrP3).",
            },
          },
          frequency = "occasional",
          at = { posterior = { 3.2, 82.4 } },
          essential = { posterior = { { -0.6,86, 0.4,83.6, 2.6,82.4, 4.6,83.2, 4.6,85.8, 2.2,88.6, 0.4,90.4, -0.6,89, smooth = true } } },
          spillover = { posterior = { { -0.8,84, 1.4,81.2, 4.6,80.6, 7.0,82.4, 6.4,86.6, 3.0,90.4, 0.4,92.4, -0.8,90, smooth = true } } },
          note = "Refers to the coccyx and the lowest part of the buttock beside it; sitting is painful."
            .. " Less often found than TrP1 and TrP2 (marked occasional); Davies describes it with the "
            .. "other two without ranking.",
        },
      },
    },
    {
      id = "gluteus_medius",
      name = "Gluteus medius",
      region = "hip",
      layer = "intermediate",
      palpation = {
        text = "Patient side-lying on the other side, the upper leg slightly flexed and resting on a pillow. "
          .. "Find the iliac crest and the greater trochanter: the muscle fills the space between them, "
          .. "covered behind by the gluteus maximus. Press against the ilium just below the crest, from "
          .. "near the sacroiliac joint forward toward the ASIS, feeling for bands running toward the trochanter.",
        position = "side_lying",
        technique = "flat",
        landmarks = { "iliac_crest", "greater_trochanter" },
        steps = {
          "Client lying on the other side, the upper leg slightly flexed and resting on a pillow.",
          "Find the iliac crest and the greater trochanter: the muscle fills the space between them.",
          "Press against the ilium just below the middle of the crest, feeling for bands running toward the trochanter (TrP2).",
        },
      },
      sources = { TS2 .. ", ch. 8 (gluteus medius)", DON .. ", chapter on the gluteus medius", DAV .. ", chapter on mid-back, low back and buttock pain" },
      outline = {
        posterior = { { 5.4,97.5, 7.8,101.2, 11.6,102.2, 12.8,101.2, 14.8,97.2, 16.0,91, 15.6,86.6, 13.0,88.8,
                        9.6,92.4, 6.4,95.2, smooth = true } },
        lateral_right = { { -8.0,100.4, -4.4,102.4, -0.8,102.2, 4.2,99.6, 6.0,97.0, 3.0,93.6, 1.0,89.4, -1.8,88.8,
                            -5.0,92.4, -8.6,96.6, smooth = true } },
      },
      fibres = {
        posterior = {
          { 6.6,97, 11,92, 14.8,87.6, smooth = true },
          { 12,101.6, 14.2,95, 15.4,88.2, smooth = true },
        },
        lateral_right = {
          { -7.6,98.2, -3.6,93.5, -0.4,89.6, smooth = true },
          { -1,101.8, -0.6,95, 0,89.6, smooth = true },
          { 5,98.4, 2.6,93.5, 0.6,89.6, smooth = true },
        },
      },
      trps = {
        {
          id = "gluteus_medius_1",
          name = "TrP1 (below the crest, near the sacroiliac joint)",
          palpation = {
            landmarks = { "psis", "iliac_crest" },
            steps = {
              "Find the PSIS and the back of the iliac crest.",
              "Press against the ilium just below the crest, near the sacroiliac joint (TrP1).",
            },
          },
          frequency = "common",
          at = { posterior = { 6.8, 97.8 }, lateral_right = { -7.2, 98.4 } },
          essential = { posterior = { { 0.6,93.5, 2.6,99.6, 6.4,101.4, 10.4,101.8, 11.2,100, 7.4,98.8, 5.0,95.5,
                                        3.6,91, 1.2,90.4, smooth = true } },
                        lateral_right = { { -10.8,95.4, -8.6,100.8, -5.6,102.0, -6.4,99.6, -8.8,96, -10.4,93.2, smooth = true } } },
          spillover = { posterior = { { 0.2,89, 4.0,87.6, 9.0,90.6, 12.4,97.6, 12.4,102.2, 6.0,103.2, 0.4,101, smooth = true } } },
          note = "Pain along the back of the iliac crest, over the sacroiliac joint and the sacrum; it may spread over the upper buttock.",
        },
        {
          id = "gluteus_medius_2",
          name = "TrP2 (below the middle of the crest)",
          frequency = "common",
          at = { posterior = { 11.4, 98.6 }, lateral_right = { -3.4, 99.2 } },
          essential = { posterior = { { 7.2,92, 10.0,96.4, 14.0,97, 15.6,92.5, 15.4,87, 12.6,84.6, 9.0,86, 7.0,89, smooth = true } },
                        lateral_right = { { -7.0,93, -3.6,96.4, -0.2,94.6, 0.2,88.8, -3.0,85.6, -6.6,88, smooth = true } } },
          spillover = { posterior = { { 6.2,91, 9.6,97.8, 14.2,98.8, 15.8,93, 15.8,80, 15.2,72.5, 13.0,72.5,
                                        11.2,80, 8.6,84.8, smooth = true } },
                        lateral_right = { { -7.4,94.4, -3.4,97.8, 1.4,95.6, 1.6,86, 0.2,76, -2.4,72.8, -5.2,76, -7.0,86, smooth = true } } },
          note = "Pain over the side and middle of the buttock, spilling into the upper back and side of the thigh. "
            .. "Some sources let it run further down the back of the thigh; Travell & Simons (followed here) "
            .. "stop it in the upper thigh.",
          disputed = { "posterior_thigh" },
        },
        {
          id = "gluteus_medius_3",
          name = "TrP3 (anterior fibres, below the crest near the ASIS)",
          palpation = {
            landmarks = { "asis", "iliac_crest" },
            steps = {
              "Find the ASIS.",
              "Just below the crest behind it, press against the ilium (TrP3).",
            },
          },
          frequency = "common",
          at = { lateral_right = { 3.4, 97.6 } },
          essential = { lateral_right = { { -8.6,99.6, -4.0,102.4, 2.0,101.4, 5.8,98.4, 4.6,96.4, 0.0,98.8, -5.0,99.6, -8.4,97.0, smooth = true } },
                        posterior = { { 4.6,99.2, 8.6,101.2, 12.6,102.6, 12.8,100.6, 9.0,98.8, 5.0,97.4, smooth = true } } },
          spillover = { posterior = { { -0.6,93, 2.6,92.4, 5.6,96.6, 9.6,99.8, 12.8,101, 12.6,103.2, 7.4,103.0, 2.6,101, -0.6,99.6, smooth = true } } },
          note = "Least common of the three: pain along the iliac crest and over the sacrum and lower lumbar region; "
            .. "with both sides involved the sacral pain crosses the midline."
            .. " Travell & Simons find it least often of the three, but it is a standard taught pattern, "
            .. "so it stays common here.",
        },
      },
    },
    {
      id = "gluteus_minimus",
      name = "Gluteus minimus",
      region = "hip",
      layer = "deep",
      palpation = {
        text = "Patient side-lying on the other side. The muscle lies deep under the gluteus medius (and the "
          .. "tensor fasciae latae in front). Anterior part: find the ASIS and the greater trochanter and press "
          .. "firmly a few centimetres below the front of the crest, behind the tensor fasciae latae. Posterior "
          .. "part: press deep along a line from the top of the greater trochanter toward the PSIS, just "
          .. "above the piriformis.",
        position = "side_lying",
        technique = "flat",
        landmarks = { "greater_trochanter", "asis" },
        steps = {
          "Client lying on the other side; the muscle lies deep under the gluteus medius.",
          "Find the greater trochanter and the ASIS.",
          "Press firmly along the line from the top of the trochanter toward the PSIS, just above the piriformis (posterior TrP).",
        },
      },
      sources = { TS2 .. ", ch. 9 (gluteus minimus)", DON .. ", chapter on the gluteus minimus", DAV .. ", chapter on hip, thigh and knee pain" },
      outline = {
        posterior = { { 7.6,95.2, 11.2,98.4, 14.4,97.4, 15.8,92, 15.6,87.8, 13.4,89.4, 10.0,92.6, smooth = true } },
        lateral_right = { { -4.0,99.4, 0.0,100.2, 4.0,97.6, 5.2,95.2, 2.6,91.6, 0.8,88.6, -1.4,88.8, -4.4,93, smooth = true } },
      },
      trps = {
        {
          id = "gluteus_minimus_posterior",
          name = "Posterior portion TrP",
          frequency = "common",
          at = { posterior = { 11.8, 94.4 } },
          essential = { posterior = { { 5.4,89.4, 8.0,92.6, 12.6,90.6, 13.2,85, 11.6,78, 11.4,66, 10.8,55, 10.8,46,
                                        11.0,38, 10.4,31, 7.8,30, 6.6,37, 6.8,46, 6.4,56, 5.6,68, 4.2,78,
                                        3.4,85, smooth = true } },
                        -- the back of the thigh and calf at the rear edge of the side view
                        lateral_right = { { -10.6,82.4, -8.4,84.2, -5.8,80, -4.6,66, -3.8,52, -4.2,40, -4.8,32, -6.2,32.6,
                                            -5.8,42, -5.2,52, -6.2,66, -8.2,76, smooth = true } } },
          spillover = { posterior = { { 3.0,92, 8.0,95, 14.0,92.6, 14.8,85, 13.4,77, 13.0,66, 12.6,55, 12.6,46,
                                        12.8,36, 11.8,24, 7.8,22, 5.2,30, 5.0,40, 4.6,52, 3.6,66, 2.4,78,
                                        1.8,86, smooth = true } } },
          note = "A 'pseudo-sciatica' pattern: the lower, medial buttock, the back of the thigh and the calf. "
            .. "Rarely it reaches the ankle.",
        },
        {
          id = "gluteus_minimus_anterior",
          name = "Anterior portion TrP",
          palpation = {
            landmarks = { "asis", "greater_trochanter" },
            steps = {
              "Find the ASIS and the greater trochanter.",
              "A few centimetres below the front of the crest, behind the tensor fasciae latae, press firmly toward the bone.",
            },
          },
          frequency = "common",
          at = { lateral_right = { 2.4, 95.0 } },
          essential = { lateral_right = { { -5.2,88.4, -1.6,90.6, 2.0,88.4, 2.6,80, 2.6,68, 2.2,56, 2.2,47, 1.6,38, 1.6,26,
                                            1.4,17, 0.6,10.6, -1.6,10.2, -2.4,16, -2.6,26, -2.6,38, -2.8,47, -2.6,56,
                                            -3.0,68, -4.2,80, smooth = true } },
                        posterior = { { 10.6,82, 13.6,79.8, 15.8,82.4, 15.8,87.6, 13.4,88.4, 11.0,86, smooth = true } } },
          spillover = { lateral_right = { { -7.2,87.4, -2.0,92.6, 3.8,89.6, 4.4,80, 4.4,68, 4.0,56, 3.8,46, 2.6,38, 2.2,26,
                                            2.0,14, 0.6,6.0, -2.6,5.4, -4.0,10, -4.3,16, -5.2,26, -5.4,38, -4.6,47,
                                            -5.0,56, -5.4,68, -6.4,78, smooth = true } } },
          note = "A 'pseudo-sciatica' pattern down the side of the limb: lower lateral buttock, lateral thigh and "
            .. "knee, and the peroneal side of the leg to the ankle; rarely onto the top of the foot.",
        },
        {
          id = "gluteus_minimus_posterior_2", name = "Posterior portion TrP (medial, along the piriformis)",
          palpation = {
            technique = "flat",
            landmarks = { "greater_trochanter", "psis" },
            steps = {
              "Find the line from the PSIS to the greater trochanter (the upper border of the piriformis).",
              "Press deep through the gluteus maximus just above that line, in its middle third.",
            },
          },
          frequency = "occasional",
          at = { posterior = { 9.6, 92.6 } },
          essential = { posterior = { { 5.4,89.4, 8.0,92.6, 12.6,90.6, 13.2,85, 11.6,78, 11.4,66, 10.8,55, 10.8,46,
                                        11.0,38, 10.4,31, 7.8,30, 6.6,37, 6.8,46, 6.4,56, 5.6,68, 4.2,78,
                                        3.4,85, smooth = true } },
                        -- the back of the thigh and calf at the rear edge of the side view
                        lateral_right = { { -10.6,82.4, -8.4,84.2, -5.8,80, -4.6,66, -3.8,52, -4.2,40, -4.8,32, -6.2,32.6,
                                            -5.8,42, -5.2,52, -6.2,66, -8.2,76, smooth = true } } },
          spillover = { posterior = { { 3.0,92, 8.0,95, 14.0,92.6, 14.8,85, 13.4,77, 13.0,66, 12.6,55, 12.6,46,
                                        12.8,36, 11.8,24, 7.8,22, 5.2,30, 5.0,40, 4.6,52, 3.6,66, 2.4,78,
                                        1.8,86, smooth = true } } },
          note = "Travell & Simons chart several points along the upper border of the piriformis; this more medial one "
            .. "gives the same pseudo-sciatica pattern (marked occasional)",
        },
      },
    },
    {
      id = "piriformis",
      name = "Piriformis",
      region = "hip",
      layer = "deep",
      palpation = {
        text = "Patient side-lying on the other side with the upper hip flexed to about 90 degrees. Draw a "
          .. "line from the top of the greater trochanter to the upper end of the sacral border (just below the "
          .. "PSIS); the muscle lies deep to the gluteus maximus along it. Press through the relaxed gluteus "
          .. "maximus at the junction of the middle and lateral thirds of the line (lateral TrP), then near "
          .. "the sacrum (medial TrP).",
        position = "side_lying",
        technique = "flat",
        landmarks = { "greater_trochanter", "psis" },
        steps = {
          "Client lying on the other side, the upper hip flexed to about 90 degrees.",
          "Find the top of the greater trochanter and the upper end of the sacral border just below the PSIS; the piriformis lies along the line between them.",
          "Press through the relaxed gluteus maximus where the middle and lateral thirds of the line meet (lateral TrP).",
        },
      },
      sources = { TS2 .. ", ch. 10 (piriformis and other short lateral rotators)", DON .. ", chapter on the piriformis and deep rotators",
                  DAV .. ", chapter on hip, thigh and knee pain" },
      outline = {
        posterior = { { 2.6,94.6, 6.6,94.2, 11.0,92.2, 15.2,90.6, 15.4,88.6, 11.0,88.6, 6.6,88.4, 3.2,87.8, 2.2,91, smooth = true } },
        lateral_right = { { -11.0,93.2, -6.0,92.2, -1.0,90.6, 0.4,89.0, -1.0,88.0, -6.0,88.6, -10.6,89.4, smooth = true } },
      },
      trps = {
        {
          id = "piriformis_lateral",
          name = "TrP1 (lateral)",
          frequency = "common",
          at = { posterior = { 12.4, 90 }, lateral_right = { -2.6, 89.6 } },
          -- two foci (Travell & Simons): the sacroiliac region and the back of the hip joint over the
          -- greater trochanter; the buttock between them and the upper back of the thigh are spillover
          essential = { posterior = { { 2.8,89.0, 3.0,93.6, 4.4,97.0, 6.6,96.4, 7.0,92.6, 5.8,89.0, 4.2,87.6, smooth = true },
                                      { 11.6,87.8, 12.6,91.2, 15.0,91.8, 16.6,90.0, 16.6,86.2, 14.8,84.4, 12.4,85.0, smooth = true } },
                        lateral_right = { { -3.8,85.2, -3.8,89.8, -1.6,90.8, 0.2,88.6, -0.4,85.6, -2.0,84.6, smooth = true } } },
          spillover = { posterior = { { 1.8,89, 2.8,97.4, 8.0,98, 14.0,94.4, 15.8,88, 14.2,80, 13.0,70, 11.6,62,
                                        6.6,62, 5.4,70, 4.2,79, smooth = true } },
                        lateral_right = { { -7.6,91.6, -7.6,85.0, -8.0,80.0, -7.4,72, -6.4,62, -4.2,62, -4.4,72, -4.6,82,
                                            -4.2,91.6, smooth = true } } },
          note = "Pain over the sacroiliac region, across the buttock and over the back of the hip joint; it may "
            .. "spread over the upper two thirds of the back of the thigh. Popular self-help sources extend it "
            .. "down the back of the leg; Travell & Simons (followed here) put pain below the thigh down to "
            .. "entrapment of the sciatic nerve under the muscle, so the calf is only a documented variant.",
          disputed = { "calf" },
        },
        {
          id = "piriformis_medial",
          name = "TrP2 (medial)",
          palpation = {
            landmarks = { "psis", "greater_trochanter" },
            steps = {
              "Find the PSIS and the sacral border below it.",
              "Press through the gluteus maximus near the sacrum, on the line toward the trochanter (medial TrP).",
            },
          },
          frequency = "common",
          at = { posterior = { 5.6, 91.4 }, lateral_right = { -8.4, 90.8 } },
          -- two foci (Travell & Simons): the sacroiliac region and the back of the hip joint over the
          -- greater trochanter; the buttock between them and the upper back of the thigh are spillover
          essential = { posterior = { { 2.8,89.0, 3.0,93.6, 4.4,97.0, 6.6,96.4, 7.0,92.6, 5.8,89.0, 4.2,87.6, smooth = true },
                                      { 11.6,87.8, 12.6,91.2, 15.0,91.8, 16.6,90.0, 16.6,86.2, 14.8,84.4, 12.4,85.0, smooth = true } },
                        lateral_right = { { -3.8,85.2, -3.8,89.8, -1.6,90.8, 0.2,88.6, -0.4,85.6, -2.0,84.6, smooth = true } } },
          spillover = { posterior = { { 1.8,89, 2.8,97.4, 8.0,98, 14.0,94.4, 15.8,88, 14.2,80, 13.0,70, 11.6,62,
                                        6.6,62, 5.4,70, 4.2,79, smooth = true } },
                        lateral_right = { { -7.6,91.6, -7.6,85.0, -8.0,80.0, -7.4,72, -6.4,62, -4.2,62, -4.4,72, -4.6,82,
                                            -4.2,91.6, smooth = true } } },
          note = "Same pattern as the lateral trigger point (calf pain: see there).",
          disputed = { "calf" },
        },
      },
    },
    {
      id = "tensor_fasciae_latae",
      name = "Tensor fasciae latae",
      region = "hip",
      layer = "superficial",
      palpation = {
        text = "Patient supine (or side-lying). Find the ASIS, then slide down and slightly lateral onto the "
          .. "short muscle belly in front of the greater trochanter; ask for medial rotation of the thigh to make "
          .. "it tense. Flat-palpate across the fibres against the underlying muscles.",
        position = "supine",
        technique = "flat",
        landmarks = { "asis", "greater_trochanter" },
        steps = {
          "Client supine (or lying on the other side).",
          "Find the ASIS and slide down and slightly lateral onto the short belly in front of the greater trochanter.",
          "Ask for medial rotation of the thigh to tense it, then flat-palpate across the fibres.",
        },
      },
      sources = { TS2 .. ", chapter on the tensor fasciae latae", DON .. ", chapter on the tensor fasciae latae and sartorius",
                  DAV .. ", chapter on hip, thigh and knee pain" },
      outline = {
        anterior = { { -10.8,97, -13.0,97.6, -15.2,92.5, -15.6,85, -15.2,78.5, -14.2,78, -13.4,85, -11.6,92.6, smooth = true } },
        lateral_right = { { 4.2,98.4, 7.2,97, 7.4,92, 5.6,85.6, 3.4,78.6, 1.8,78.8, 2.4,86, 2.2,92.6, smooth = true } },
      },
      fibres = {
        lateral_right = {
          { 6.8,95, 5.4,86, 3.6,79.5, smooth = true },
          { 4.6,96.4, 3.2,88, 2.4,80.5, smooth = true },
        },
      },
      trps = {
        {
          id = "tensor_fasciae_latae_1",
          name = "TrP (upper belly, below the ASIS)",
          frequency = "common",
          at = { anterior = { -13.2, 91 }, lateral_right = { 5.0, 92 } },
          essential = { anterior = { { -12.6,88, -15.2,88.5, -15.6,80, -14.8,68, -13.6,57, -12.2,55.6, -11.2,62, -11.4,75, smooth = true } },
                        lateral_right = { { -1.0,90, 3.0,90.4, 5.4,84, 5.6,72, 5.0,60, 3.6,56, 1.6,60, 0.6,72, -1.2,82, smooth = true } } },
          spillover = { anterior = { { -12.0,92, -15.6,91.8, -16.0,80, -14.6,66, -13.2,53, -11.6,51.4, -10.4,60, -10.4,76, smooth = true } },
                        lateral_right = { { -2.4,92, 4.2,93, 7.2,84, 7.2,70, 6.2,56, 4.6,50.4, 1.4,51, -0.6,62, -1.2,74, -3.0,84, smooth = true } } },
          note = "Pain over the front and side of the hip (the greater trochanter) and down the anterolateral "
            .. "thigh, sometimes to the knee. Some clinicians describe it as deep in the hip joint or the groin; "
            .. "Travell & Simons' pattern is followed here.",
          disputed = { "groin" },
        },
      },
    },
  },
}
