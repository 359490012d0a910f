-- Thigh muscles (right side): biceps femoris, semitendinosus and semimembranosus, rectus femoris, vastus medialis and lateralis,
-- adductor longus. Body space in cm (docs/atlas-format.md). Landmarks used: ASIS (11.5, 96),
-- greater trochanter (16, 87.5), mid-patella (8.5, 47), fibular head (12.5, 43.5); the ischial
-- tuberosity near (6, 80.5) behind; the crotch at y 78.5.
local TS2 = "Travell & Simons, Myofascial Pain and Dysfunction: The Trigger Point Manual, vol. 2 (lower extremities) 1992"
local DON = "Donnelly et al., Travell, Simons & Simons' Myofascial Pain and Dysfunction: The Trigger Point Manual, 3rd ed. 2019"
local DAV = "Davies & Davies, The Trigger Point Therapy Workbook, 3rd ed. 2013"

return {
  muscles = {
    {
      id = "biceps_femoris",
      name = "Biceps femoris",
      region = "thigh",
      layer = "superficial",
      palpation = {
        text = "Patient prone with a pillow under the ankle so the knee is slightly bent. Find the fibular head "
          .. "on the outer side of the knee: the biceps femoris tendon runs up from it as the outer edge of the "
          .. "popliteal fossa. Follow the muscle up the outer back of the thigh toward the ischial tuberosity "
          .. "and press flat across it, or grasp its edge, in the lower half of the thigh, where both its long "
          .. "and its short head hold trigger points.",
        position = "prone",
        technique = "flat",
        landmarks = { "fibular_head", "ischial_tuberosity" },
        steps = {
          "Client prone with a pillow under the ankle so the knee is slightly bent.",
          "Find the fibular head and the biceps tendon above it, the outer edge of the back of the knee.",
          "Follow the muscle up the outer back of the thigh toward the ischial tuberosity.",
          "Press flat across it (or grasp its edge) in the lower half of the thigh.",
        },
      },
      sources = { TS2 .. ", ch. 16 (hamstring muscles)", DON .. ", chapter on the hamstring muscles", DAV .. ", chapter on hip, thigh and knee pain" },
      outline = {
        posterior = { { 6.6,81.2, 8.0,81, 11.4,76, 13.2,64, 13.4,52, 12.8,45, 11.2,46.4, 10.6,54, 9.6,62, 8.6,70, 7.2,77,
                        smooth = true } },
        lateral_right = { { -6.2,76, -3.8,72, -3.0,60, -3.0,48, -4.4,45, -5.6,48.6, -6.4,60, -7.4,70, smooth = true } },
      },
      fibres = {
        posterior = {
          { 8,80.4, 9.4,65, 10.8,49, smooth = true },
          { 10.6,78.6, 12,65, 11.8,48, smooth = true },
        },
      },
      trps = {
        {
          id = "biceps_femoris_1",
          name = "Biceps femoris TrP (lower lateral thigh)",
          frequency = "common",
          at = { posterior = { 11.8, 57 }, lateral_right = { -4.6, 57 } },
          essential = { posterior = { { 6.4,43, 10.8,42.8, 12.0,47, 10.6,51.4, 6.8,51.6, 5.4,47, smooth = true } },
                        lateral_right = { { -5.4,42.4, -3.2,43, -3.0,49, -4.6,52.4, -5.6,50.6, -5.2,46, smooth = true } } },
          spillover = { posterior = { { 4.8,40, 6.2,35.6, 10.8,35.6, 12.8,40, 13.0,52, 13.0,62, 12.0,72, 9.6,73, 8.0,64,
                                        6.2,54, smooth = true } } },
          note = "Pain concentrated at the back of the knee, spreading up the back of the thigh and a little "
            .. "below the knee. Travell & Simons chart the long and short heads with one pattern.",
        },
        {
          id = "biceps_femoris_2", name = "Short head TrP (just above the knee)",
          palpation = {
            technique = "flat",
            landmarks = { "fibular_head", "ischial_tuberosity" },
            steps = {
              "Find the fibular head and the biceps tendon above it.",
              "A hand's width above the knee, just in front of the tendon, press the short head against the femur.",
            },
          },
          frequency = "occasional",
          at = { posterior = { 11.6, 50.6 } },
          essential = { posterior = { { 6.4,43, 10.8,42.8, 12.0,47, 10.6,51.4, 6.8,51.6, 5.4,47, smooth = true } },
                        lateral_right = { { -5.4,42.4, -3.2,43, -3.0,49, -4.6,52.4, -5.6,50.6, -5.2,46, smooth = true } } },
          spillover = { posterior = { { 4.8,40, 6.2,35.6, 10.8,35.6, 12.8,40, 13.0,52, 13.0,62, 12.0,72, 9.6,73, 8.0,64,
                                        6.2,54, smooth = true } } },
          note = "A point in the short head, low on the outer back of the thigh, with the same back-of-the-knee "
            .. "pattern (Travell & Simons chart both heads together; marked occasional)",
        },
      },
    },
    {
      id = "semitendinosus_semimembranosus",
      name = "Semitendinosus and semimembranosus",
      region = "thigh",
      layer = "superficial",
      palpation = {
        text = "Patient prone with a pillow under the ankle, or supine with the hip and knee bent and the thigh "
          .. "turned out. On the inner side of the back of the knee the semitendinosus tendon is the cord-like "
          .. "edge of the popliteal fossa, with the broader semimembranosus beside and under it. Follow them up "
          .. "the inner back of the thigh toward the ischial tuberosity and grasp or press across them in the "
          .. "middle and lower thirds of the thigh.",
        position = "prone",
        technique = "pincer",
        landmarks = { "ischial_tuberosity", "pes_anserinus" },
        steps = {
          "Client prone with a pillow under the ankle so the knee is slightly bent.",
          "Find the cord-like semitendinosus tendon on the inner side of the back of the knee.",
          "Follow it and the broader semimembranosus up the inner back of the thigh toward the ischial tuberosity.",
          "Grasp or press across them in the middle and lower thirds of the thigh.",
        },
      },
      sources = { TS2 .. ", ch. 16 (hamstring muscles)", DON .. ", chapter on the hamstring muscles", DAV .. ", chapter on hip, thigh and knee pain" },
      outline = {
        posterior = { { 4.6,81.4, 6.4,80.8, 7.4,74, 8.2,66, 8.8,58.6, 7.2,54, 5.0,46, 3.8,47, 3.6,56, 3.4,66, 3.6,76,
                        smooth = true } },
        -- inner leg: the bellies at the back of the knee down to the semimembranosus insertion on the tibia's
        -- posteromedial condyle, and the semitendinosus tendon to the pes anserinus, lowest of the three
        leg_medial = { { -7.0,55.4, -6.6,51, -6.6,46.6, -7.4,44.2, -6.2,43.4, -5.5,45.6, -5.2,50, -4.7,55.4, smooth = true },
                       { -6.8,46.0, -8.8,41.6, -11.4,39.0, -13.4,37.9, -13.3,37.3, -11.2,38.2, -8.2,40.7, -6.0,45.2, smooth = true } },
      },
      fibres = {
        posterior = {
          { 4.2,79.5, 4,65, 4.4,47.5, smooth = true },
          { 6.6,80.2, 6.6,68, 5.4,52, smooth = true },
        },
      },
      trps = {
        {
          id = "semitendinosus_semimembranosus_1",
          name = "Semitendinosus / semimembranosus TrP (lower medial thigh)",
          frequency = "common",
          at = { posterior = { 5.0, 60 } },
          essential = { posterior = { { 3.0,78.6, 6.4,76.6, 10.4,77.2, 11.0,81, 8.4,84.6, 4.0,84, 2.0,81.6, smooth = true } } },
          spillover = { posterior = { { 2.6,76, 3.6,60, 4.2,46, 4.4,34, 6.6,33, 7.4,46, 7.0,60, 6.6,76, smooth = true } } },
          note = "Pain at the lower buttock and the gluteal fold (where one sits), spreading down the "
            .. "posteromedial thigh to the knee and the upper medial calf. Travell & Simons chart the two "
            .. "muscles together.",
        },
        {
          id = "semitendinosus_semimembranosus_2", name = "Semimembranosus TrP (lower medial thigh, deep)",
          palpation = {
            technique = "flat",
            landmarks = { "ischial_tuberosity", "pes_anserinus" },
            steps = {
              "Find the cord of the semitendinosus tendon on the inner back of the knee.",
              "A hand's width above the knee, press beside and under it into the broader semimembranosus.",
            },
          },
          frequency = "occasional",
          at = { posterior = { 4.2, 53.4 } },
          essential = { posterior = { { 3.0,78.6, 6.4,76.6, 10.4,77.2, 11.0,81, 8.4,84.6, 4.0,84, 2.0,81.6, smooth = true } } },
          spillover = { posterior = { { 2.6,76, 3.6,60, 4.2,46, 4.4,34, 6.6,33, 7.4,46, 7.0,60, 6.6,76, smooth = true } } },
          note = "A deeper point in the semimembranosus, under and beside the semitendinosus tendon, with the same "
            .. "gluteal-fold pattern (Travell & Simons chart the two together; marked occasional)",
        },
      },
    },
    {
      id = "rectus_femoris",
      name = "Rectus femoris",
      region = "thigh",
      layer = "superficial",
      palpation = {
        text = "Patient supine with the knee straight or a small roll under it. Find the ASIS and go a few "
          .. "centimetres down and slightly medial, between the sartorius and the tensor fasciae latae: the "
          .. "trigger point sits high in the muscle, just below the anterior inferior iliac spine. Flat-palpate "
          .. "deep against the femur; a straight-leg raise makes the muscle stand out.",
        position = "supine",
        technique = "flat",
        landmarks = { "asis", "aiis" },
        steps = {
          "Client supine with the knee straight or a small roll under it.",
          "Find the ASIS and go a few centimetres down and slightly medial, between the sartorius and the tensor fasciae latae, to below the AIIS.",
          "Flat-palpate deep against the femur; a straight-leg raise makes the muscle stand out.",
        },
      },
      sources = { TS2 .. ", ch. 14 (quadriceps femoris group)", DON .. ", chapter on the quadriceps femoris", DAV .. ", chapter on hip, thigh and knee pain" },
      outline = {
        anterior = { { -9.4,91.5, -11.0,91, -12.0,84, -12.2,74, -11.2,63, -9.8,55, -8.6,52.6, -7.4,54.8, -6.8,63,
                       -7.2,74, -8.0,84, smooth = true } },
        lateral_right = { { 6.4,92.6, 8.2,88.6, 8.8,78, 8.2,66, 6.6,54, 5.4,52.4, 4.6,56, 5.2,66, 5.6,78, 5.2,88.4, smooth = true } },
      },
      fibres = {
        anterior = {
          { -11,89.5, -11.8,75, -9.8,55, smooth = true },
          { -9.2,90.5, -7.6,75, -8.6,55, smooth = true },
        },
      },
      trps = {
        {
          id = "rectus_femoris_1",
          name = "TrP (high, below the AIIS)",
          frequency = "common",
          at = { anterior = { -10.0, 86 }, lateral_right = { 6.8, 86 } },
          essential = { anterior = { { -8.6,43.8, -6.4,45.4, -6.0,49.6, -7.2,53.4, -9.2,54, -11.0,51.4, -11.0,46.4, smooth = true } },
                        lateral_right = { { 4.2,44, 6.2,44.8, 6.6,49, 6.2,52.4, 4.4,52.6, 3.6,48.6, smooth = true } } },
          spillover = { anterior = { { -8.6,41.6, -5.4,44, -4.8,52, -5.8,62, -8.6,65, -11.6,62, -12.4,52, -11.8,44.6, smooth = true } },
                        lateral_right = { { 3.2,42, 6.0,42.6, 6.8,48, 7.2,56, 7.6,64, 5.0,64, 3.8,56, 2.8,49, smooth = true } } },
          note = "Pain around and deep in the kneecap, with spillover over the lower front of the thigh; "
            .. "often felt at night.",
        },
      },
    },
    {
      id = "vastus_medialis",
      name = "Vastus medialis",
      region = "thigh",
      layer = "superficial",
      palpation = {
        text = "Patient supine, the knee slightly bent over a roll and the thigh turned a little outward. "
          .. "The muscle forms the teardrop bulge above and medial to the kneecap. Flat-palpate against the "
          .. "femur just above the medial knee (distal TrP) and higher along the medial thigh, near the "
          .. "adductor canal (proximal TrP).",
        position = "supine",
        technique = "flat",
        landmarks = { "patella", "adductor_tubercle" },
        steps = {
          "Client supine with a small roll under the knee.",
          "Find the upper inner corner of the kneecap and the adductor tubercle above the inner knee.",
          "Press flat against the femur about 4 cm above the kneecap's inner corner (TrP1).",
        },
      },
      sources = { TS2 .. ", ch. 14 (quadriceps femoris group)", DON .. ", chapter on the quadriceps femoris", DAV .. ", chapter on hip, thigh and knee pain" },
      outline = {
        anterior = { { -3.2,70, -5.6,66, -7.2,58, -7.2,51.6, -5.6,49.4, -3.6,50.4, -3.0,56, -2.6,63, smooth = true } },
        -- inner leg: the lower end of the teardrop, in front, down to the upper inner corner of the kneecap
        leg_medial = { { -16.9,55.4, -13.2,55.4, -12.0,53.5, -12.6,50.8, -14.2,49.4, -15.8,49.2, -16.7,50.8, -16.9,53.5, smooth = true } },
      },
      fibres = {
        anterior = {
          { -3.4,66, -5.6,60.5, -7,55.4, smooth = true },
          { -3,56, -5,52.6, -7,50.6, smooth = true },
        },
      },
      trps = {
        {
          id = "vastus_medialis_1",
          name = "TrP1 (distal, above the medial knee)",
          frequency = "common",
          at = { anterior = { -5.6, 53.4 }, leg_medial = { -14.6, 53.4 } },
          essential = { anterior = { { -4.0,44.4, -6.6,45.2, -7.4,49.6, -6.0,52.6, -4.0,51.6, -3.6,47.6, smooth = true } },
                        leg_medial = { { -16.4,44.6, -16.3,48.6, -14.6,49.2, -12.8,49.0, -11.8,47.6, -12.4,45.0, -14.4,43.8, smooth = true } } },
          spillover = { anterior = { { -3.8,42.6, -7.6,43.4, -8.6,49, -7.6,55, -4.8,56.6, -3.4,52, smooth = true } },
                        leg_medial = { { -16.6,43.6, -16.8,50, -15.8,55.2, -12.4,55.2, -11.0,51, -11.0,46, -12.4,43.0, -14.6,42.6, smooth = true } } },
          note = "Pain at the front and inner side of the knee; later the knee may buckle without much pain.",
        },
        {
          id = "vastus_medialis_2",
          name = "TrP2 (proximal, mid-thigh)",
          palpation = {
            landmarks = { "adductor_tubercle", "patella" },
            steps = {
              "From the adductor tubercle, follow the inner front of the thigh upward to its middle.",
              "Press flat against the femur there (TrP2).",
            },
          },
          frequency = "common",
          at = { anterior = { -4.2, 63.2 } },
          essential = { anterior = { { -3.6,45.6, -5.4,46, -5.6,52, -5.2,60, -4.2,66.6, -3.0,64, -3.2,56, -3.5,50, smooth = true } },
                        leg_medial = { { -14.8,55.2, -12.4,55.2, -11.6,50, -11.8,46.0, -13.0,45.0, -14.0,48, -14.6,52, smooth = true } } },
          spillover = { anterior = { { -3.4,43.2, -6.6,44, -7.0,52, -6.4,62, -4.8,69, -2.6,68, -2.6,58, -3.0,50, smooth = true } },
                        leg_medial = { { -15.8,55.2, -11.4,55.2, -10.6,50, -10.8,45.2, -12.8,43.6, -14.6,46, -15.6,51, smooth = true } } },
          note = "A strip of pain along the lower medial thigh and the inner side of the knee.",
        },
      },
    },
    {
      id = "vastus_lateralis",
      name = "Vastus lateralis",
      region = "thigh",
      layer = "superficial",
      palpation = {
        text = "Patient side-lying on the other side with a pillow between the knees, or supine. The muscle "
          .. "is the broad outer part of the thigh, under the iliotibial band. Press firmly against the femur "
          .. "through the band along the whole length of the lateral thigh, and just above and lateral to the "
          .. "kneecap for the distal trigger point.",
        position = "side_lying",
        technique = "flat",
        landmarks = { "patella", "greater_trochanter" },
        steps = {
          "Client lying on the other side with a pillow between the knees (or supine).",
          "Find the outer border of the kneecap.",
          "Press firmly against the femur just above and lateral to the kneecap (distal TrP).",
        },
      },
      sources = { TS2 .. ", ch. 14 (quadriceps femoris group)", DON .. ", chapter on the quadriceps femoris", DAV .. ", chapter on hip, thigh and knee pain" },
      outline = {
        anterior = { { -13.6,86, -16.0,84, -15.6,74, -14.6,64, -13.4,54, -11.6,50, -10.4,52, -11.8,60, -12.6,70, -12.8,80, smooth = true } },
        lateral_right = { { -3.2,86, 1.6,86.4, 4.8,80, 5.4,68, 4.8,56, 3.4,50.2, 0.6,49.6, -2.6,52, -4.6,60, -5.6,70, -5.4,80, smooth = true } },
      },
      fibres = {
        anterior = {
          { -15.2,84, -14.8,70, -12.4,52, smooth = true },
          { -13,84, -12.4,70, -11.6,52.5, smooth = true },
        },
        lateral_right = {
          { -3.6,83, -2.6,68, 1.4,51.2, smooth = true },
          { 3.6,84.6, 4.6,68, 4,52.6, smooth = true },
        },
      },
      trps = {
        {
          id = "vastus_lateralis_1",
          name = "TrP1 (distal, anterior, beside the patella)",
          frequency = "common",
          at = { anterior = { -11.4, 53.4 }, lateral_right = { 3.8, 53.4 } },
          essential = { anterior = { { -10.0,44.6, -12.2,45.2, -12.6,49.4, -11.8,53.6, -10.2,52.4, -9.8,48.6, smooth = true } },
                        lateral_right = { { 2.4,44, 4.6,44.4, 5.2,49, 4.8,53.4, 2.8,52.6, 2.0,48.6, smooth = true } } },
          spillover = { anterior = { { -9.6,43, -12.8,43.4, -13.2,50, -13.2,60, -11.4,62.4, -10.0,56, -9.2,49, smooth = true } } },
          note = "Pain along the outer border of the kneecap, spreading up the lower lateral thigh.",
        },
        {
          id = "vastus_lateralis_mid",
          name = "Mid-thigh lateral TrPs",
          palpation = {
            landmarks = { "greater_trochanter", "patella" },
            steps = {
              "Find the greater trochanter and the outer knee; the muscle fills the outer thigh between them, under the iliotibial band.",
              "Press firmly against the femur through the band along the middle of the outer thigh.",
            },
          },
          frequency = "common",
          at = { anterior = { -14.0, 69.2 }, lateral_right = { -0.8, 68.8 } },
          essential = { lateral_right = { { -3.6,84, 0.6,86.6, 4.0,82, 4.4,68, 3.8,54, 2.6,46.4, 0.2,46, -2.2,52, -3.6,62, -4.6,74, smooth = true } },
                        anterior = { { -14.6,84, -16.2,80, -15.2,68, -14.2,56, -12.8,51, -12.4,56, -13.6,68, -14.4,78, smooth = true } } },
          spillover = { lateral_right = { { -6.2,88, -2.0,97.6, 2.4,96.2, 5.8,86, 6.2,70, 5.6,54, 4.2,43, -0.6,41.6, -3.6,46.6,
                                            -5.2,58, -6.2,72, smooth = true } } },
          note = "Trigger points along the middle of the lateral thigh refer over the whole outer thigh, up toward "
            .. "the pelvic crest and down to the outer knee; lying on that side becomes painful. Trigger points in "
            .. "the posterior fibres can add pain behind the knee (a documented variant).",
          disputed = { "popliteal" },
        },
        {
          id = "vastus_lateralis_3",
          name = "TrP3 (posterolateral, above the knee)",
          palpation = {
            landmarks = { "fibular_head", "patella" },
            steps = {
              "Find the fibular head and the outer border of the kneecap.",
              "A hand's width above the knee, behind the iliotibial band, press the back part of the muscle against the femur.",
            },
          },
          frequency = "occasional",
          at = { lateral_right = { -2.6, 56.0 } },
          essential = { lateral_right = { { -3.0,43.6, 1.2,43.2, 2.0,47.0, 1.0,51.6, -2.6,53.0, -3.8,48.4, smooth = true } } },
          spillover = { lateral_right = { { -4.6,42.0, 1.8,41.4, 2.8,46.0, 2.2,54.0, 0.6,64.0, -2.2,66.0, -4.2,60.0, -5.0,50.0, smooth = true } } },
          note = "Pain along the outer side of the knee, spreading up the lower outer thigh. Travell & Simons tie "
            .. "points near the lateral border of the kneecap to a 'stuck' patella that will not glide; marked "
            .. "occasional as they meet it less often than the mid-thigh points.",
        },
        {
          id = "vastus_lateralis_5",
          name = "TrP5 (proximal, below the greater trochanter)",
          palpation = {
            landmarks = { "greater_trochanter", "patella" },
            steps = {
              "Find the greater trochanter on the outer hip.",
              "A few centimetres below it, press through the iliotibial band against the femur.",
            },
          },
          frequency = "occasional",
          at = { lateral_right = { 0.6, 80.0 } },
          essential = { lateral_right = { { -3.0,74.0, 2.2,74.0, 3.8,80.0, 2.6,85.2, -1.6,85.6, -3.4,80.0, smooth = true } } },
          note = "A local ache over the upper outer thigh just below the trochanter, where lying on that side "
            .. "presses on it (after Travell & Simons; marked occasional).",
        },
      },
    },
    {
      id = "adductor_longus",
      name = "Adductor longus",
      region = "thigh",
      layer = "superficial",
      palpation = {
        text = "Patient supine with the hip flexed, abducted and turned out, the foot resting against the "
          .. "other knee. The adductor longus is the prominent tendon and belly running from the pubis toward "
          .. "the middle of the inner thigh (the medial edge of the femoral triangle). Pincer-grasp the belly "
          .. "in the upper third of the thigh, close to the groin.",
        position = "supine",
        technique = "pincer",
        landmarks = { "pubic_tubercle", "adductor_tubercle" },
        steps = {
          "Client supine, the hip flexed, abducted and turned out, the foot resting against the other knee.",
          "Find the pubic tubercle: the adductor longus tendon stands out just below it and runs toward the middle of the inner thigh.",
          "Grasp the belly in a pincer grasp in the upper third of the thigh, close to the groin.",
        },
      },
      sources = { TS2 .. ", ch. 15 (adductor muscles of the hip)", DON .. ", chapter on the adductor muscles", DAV .. ", chapter on hip, thigh and knee pain" },
      outline = {
        anterior = { { -1.6,84.6, -3.6,85, -6.0,78, -7.4,68, -7.0,61, -5.6,61.4, -4.0,68, -2.4,76, -1.0,80, smooth = true } },
      },
      trps = {
        {
          id = "adductor_longus_1",
          name = "TrP (upper belly, near the groin)",
          frequency = "common",
          at = { anterior = { -3.6, 78 } },
          essential = { anterior = { { -1.4,84.2, -5.2,86.8, -8.2,83, -7.8,76, -6.0,70, -3.6,70.6, -2.0,76, -1.0,80, smooth = true },
                                     { -3.8,50.6, -6.6,51.2, -7.2,55.4, -5.4,58.6, -3.2,57.4, smooth = true } } },
          spillover = { anterior = { { -2.4,70, -6.8,70.6, -7.8,60, -7.4,50, -3.6,49, -2.6,58, smooth = true },
                                     { -4.0,44, -6.6,43, -6.8,30, -6.2,15, -4.9,12.6, -4.6,20, -3.6,32, smooth = true } } },
          note = "Deep pain in the groin and the front of the inner thigh, and above the inner knee; it may "
            .. "spill down the inner shin. The adductor brevis gives the same pattern. Some sources split it: "
            .. "upper trigger points to the front of the hip, lower ones to the knee and shin; Travell & Simons "
            .. "draw one combined pattern, used here.",
          disputed = { "anterior_hip" },
        },
      },
    },
  },
}
