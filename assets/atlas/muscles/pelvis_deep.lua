-- Deep pelvic and hip muscles (right side): obturator internus, gemelli, quadratus femoris (the
-- short external rotators below the piriformis) and the pelvic floor as the references chart it
-- (coccygeus, levator ani). Body space in cm (docs/atlas-format.md), back view only: PSIS (4.8, 95),
-- sacrum S3 (0, 92.5), coccyx tip (0, 86.5), ischial tuberosity (5.8, 81.5), greater trochanter
-- (16, 87.5), gluteal fold near y 79; the piriformis (hip.lua) runs along y 88-94. The ischial spine
-- projects near (5.6, 87), the obturator foramen between x 3 and 7, y 82.5 and 88.
-- All five lie under the gluteus maximus. They are drawn where the references draw them, and their
-- trigger points where a therapist reaches them from outside (internal palpation belongs to
-- trained pelvic-health clinicians). Pelvic-floor pain is charted schematically, over the coccyx,
-- the anal region and the perineum, as Travell & Simons do.
local TS2 = "Travell & Simons, Myofascial Pain and Dysfunction: The Trigger Point Manual, vol. 2 (lower extremities) 1992"
local DON = "Donnelly et al., Travell, Simons & Simons' Myofascial Pain and Dysfunction: The Trigger Point Manual, 3rd ed. 2019"
local DAV = "Davies & Davies, The Trigger Point Therapy Workbook, 3rd ed. 2013"

return {
  muscles = {
    {
      id = "obturator_internus",
      name = "Obturator internus",
      region = "hip",
      layer = "deep",
      palpation = {
        text = "A fan on the inner wall of the pelvis, around the obturator foramen, whose tendon turns round the "
          .. "ischium and runs out to the greater trochanter between the two gemelli. Its pelvic part is reached "
          .. "from outside through the ischioanal fossa: client lying on the other side with the hips and knees "
          .. "bent, press with the thumb just medial to the ischial tuberosity, upward and outward against the "
          .. "side wall of the pelvis. Clinicians trained in pelvic health also reach it internally.",
        position = "side_lying",
        technique = "flat",
        landmarks = { "ischial_tuberosity", "coccyx_tip" },
        steps = {
          "Client lying on the other side, hips and knees bent.",
          "Find the ischial tuberosity (the sitting bone) and the tip of the coccyx.",
          "Place the thumb just medial to the tuberosity, in the soft hollow between it and the anus.",
          "Press slowly upward and outward against the inner wall of the pelvis.",
        },
      },
      sources = { TS2 .. ", ch. 6 (pelvic floor muscles) and ch. 10 (piriformis and other short lateral rotators)",
                  DON .. ", chapters on the pelvic floor muscles and on the deep hip rotators" },
      outline = {
        posterior = { { 2.6,88.2, 5.0,88.6, 6.8,87.4, 10.5,87.5, 14.8,87.4, 14.8,86.4, 10.5,86.3, 6.8,86.0, 6.0,83.6,
                        4.4,82.4, 2.8,83.0, 2.2,85.6, smooth = true } },
      },
      trps = {
        {
          id = "obturator_internus_1",
          name = "TrP (pelvic part, medial to the ischial tuberosity)",
          frequency = "common",
          at = { posterior = { 4.4, 84.4 } },
          essential = { posterior = { { -0.8,80.8, 1.4,80.2, 2.6,82.4, 2.4,86.2, 1.2,88.0, -0.8,87.8, smooth = true } } },
          spillover = { posterior = { { 3.4,79.2, 8.6,79.0, 11.4,76, 10.6,68, 7.6,66, 4.4,68, 3.2,74, smooth = true } } },
          note = "Pain in the anococcygeal region (between the anus and the coccyx) and, in women, the vagina, with "
            .. "a sense of fullness in the rectum; it may spill into the upper back of the thigh. Travell & Simons "
            .. "chart it schematically; the internal part is not drawable on a body chart.",
        },
      },
    },
    {
      id = "gemelli",
      name = "Gemelli (superior and inferior)",
      region = "hip",
      layer = "deep",
      palpation = {
        text = "Two small muscles above and below the obturator internus tendon, from the ischial spine and the "
          .. "ischial tuberosity to the greater trochanter, just below the piriformis. Client lying on the other "
          .. "side, the upper hip bent to about 90 degrees. Find the top of the greater trochanter and the "
          .. "ischial tuberosity; press through the relaxed gluteus maximus along the line between them, just "
          .. "below the piriformis line, feeling for bands running across to the trochanter.",
        position = "side_lying",
        technique = "flat",
        landmarks = { "greater_trochanter", "ischial_tuberosity" },
        steps = {
          "Client lying on the other side, upper hip bent to about 90 degrees, knee on a pillow.",
          "Find the greater trochanter and the ischial tuberosity.",
          "Along the line between them, just below the piriformis, press through the gluteus maximus.",
          "Feel for taut bands running across to the back of the trochanter.",
        },
      },
      sources = { TS2 .. ", ch. 10 (piriformis and other short lateral rotators)", DON .. ", chapter on the deep hip rotators",
                  DAV .. ", chapter on hip, thigh and knee pain" },
      outline = {
        posterior = { { 5.2,87.8, 9.0,88.2, 12.8,88.2, 14.8,87.8, 15.0,86.4, 12.8,85.6, 9.0,85.0, 6.0,84.8, 5.0,86.2, smooth = true } },
      },
      trps = {
        {
          id = "gemelli_1",
          name = "TrP (between the ischium and the greater trochanter)",
          frequency = "common",
          at = { posterior = { 10.4, 86.8 } },
          essential = { posterior = { { 2.8,90.6, 4.8,92.4, 9.0,91.2, 14.6,90.2, 15.6,87.6, 13.6,85.0, 9.0,84.6, 5.0,85.4, 3.0,87.6, smooth = true } } },
          spillover = { posterior = { { 1.8,89, 2.8,95.6, 8.0,95.8, 14.2,93.0, 15.8,88, 14.2,80, 13.0,70, 11.6,62,
                                        6.6,62, 5.4,70, 4.2,79, smooth = true } } },
          note = "Travell & Simons give the gemelli no chart of their own: they take the pattern to match the "
            .. "piriformis (buttock, back of the hip, sometimes the upper two thirds of the back of the thigh), "
            .. "and the muscles are usually treated together with it.",
        },
      },
    },
    {
      id = "quadratus_femoris",
      name = "Quadratus femoris",
      region = "hip",
      layer = "deep",
      palpation = {
        text = "A flat square muscle from the outer border of the ischial tuberosity straight across to the back of "
          .. "the femur below the greater trochanter, the lowest of the short rotators. Client prone, or lying on "
          .. "the other side with the upper hip bent. Find the ischial tuberosity and the greater trochanter; "
          .. "press through the lower gluteus maximus midway between them, a little above the gluteal fold.",
        position = "prone",
        technique = "flat",
        landmarks = { "ischial_tuberosity", "greater_trochanter" },
        steps = {
          "Client prone with a pillow under the pelvis, or lying on the other side.",
          "Find the ischial tuberosity and the greater trochanter.",
          "Midway between them, just above the gluteal fold, press deep through the gluteus maximus.",
          "Turning the thigh outward against resistance tightens the muscle under the fingers.",
        },
      },
      sources = { TS2 .. ", ch. 10 (piriformis and other short lateral rotators)", DON .. ", chapter on the deep hip rotators",
                  "Dalmau-Carolà, Myofascial pain syndrome affecting the quadratus femoris, Pain Practice 2010" },
      outline = {
        posterior = { { 6.4,84.8, 9.4,85.0, 12.6,85.2, 14.4,85.4, 14.6,83.4, 12.4,82.6, 9.4,82.0, 6.8,81.8, 6.0,83.2, smooth = true } },
      },
      trps = {
        {
          id = "quadratus_femoris_1",
          name = "TrP (mid-belly, above the gluteal fold)",
          frequency = "common",
          at = { posterior = { 10.2, 83.6 } },
          essential = { posterior = { { 5.4,80.6, 9.6,80.2, 13.8,81.6, 15.0,85.4, 14.2,88.2, 10.0,88.0, 6.0,86.6, smooth = true } } },
          spillover = { posterior = { { 4.6,79.6, 11.8,79.4, 12.4,72, 11.4,64, 7.2,63.6, 5.2,70, smooth = true } } },
          note = "Deep pain in the lower buttock between the sitting bone and the greater trochanter, spilling into "
            .. "the back of the upper thigh. The references describe it only briefly (Travell & Simons group it "
            .. "with the piriformis; case reports add the posterior thigh); it is easily taken for hamstring or "
            .. "sciatic pain.",
        },
      },
    },
    {
      id = "coccygeus",
      name = "Coccygeus",
      region = "hip",
      layer = "deep",
      palpation = {
        text = "A small triangle of the back of the pelvic floor, from the ischial spine to the side of the lower "
          .. "sacrum and the coccyx, lying on the sacrospinous ligament under the gluteus maximus. Client lying "
          .. "on the other side with the hips bent. Find the tip of the coccyx and follow its side edge up; press "
          .. "just beside the coccyx and the lowest sacrum, inward and upward through the gluteus maximus. "
          .. "Internal palpation (through the rectum) is for trained clinicians.",
        position = "side_lying",
        technique = "flat",
        landmarks = { "coccyx_tip", "sacrum" },
        steps = {
          "Client lying on the other side, hips and knees bent.",
          "Find the tip of the coccyx at the top of the natal cleft.",
          "Follow the side edge of the coccyx up toward the sacrum.",
          "Press beside that edge, inward and upward through the gluteus maximus.",
        },
      },
      sources = { TS2 .. ", ch. 6 (pelvic floor muscles)", DON .. ", chapter on the pelvic floor muscles" },
      outline = {
        posterior = { { 1.3,91.6, 2.2,91.4, 4.2,89.0, 5.8,87.4, 5.6,86.6, 3.6,87.0, 1.6,87.0, 1.0,89.4, smooth = true } },
      },
      trps = {
        {
          id = "coccygeus_1",
          name = "TrP (beside the coccyx)",
          frequency = "common",
          at = { posterior = { 2.4, 88.6 } },
          essential = { posterior = { { -1.6,85.8, 1.6,85.6, 2.4,88.4, 2.0,92.2, 0.0,93.2, -1.6,92.0, smooth = true } } },
          spillover = { posterior = { { -2.4,83.6, 3.4,83.4, 5.0,87.6, 4.0,92.6, 0.0,94.8, -2.4,93.2, smooth = true } } },
          note = "Pain over the coccyx and the lowest sacrum (a cause of 'coccydynia'), worse when sitting; some "
            .. "sources add the low back and the hip. Travell & Simons draw one schematic pattern for the pelvic "
            .. "floor, which is followed here.",
        },
      },
    },
    {
      id = "levator_ani",
      name = "Levator ani",
      region = "hip",
      layer = "deep",
      palpation = {
        text = "The sling of the pelvic floor (iliococcygeus, pubococcygeus, puborectalis) from the pubis and the "
          .. "fascia over the obturator internus to the coccyx and around the rectum. From outside it is reached "
          .. "in the ischioanal fossa: client lying on the other side with the hips bent, press with the thumb "
          .. "between the coccyx and the ischial tuberosity, beside the anus, straight up (toward the head) "
          .. "into the pelvic floor. Internal palpation is for trained pelvic-health clinicians.",
        position = "side_lying",
        technique = "flat",
        landmarks = { "coccyx_tip", "ischial_tuberosity" },
        steps = {
          "Client lying on the other side, hips and knees bent.",
          "Find the tip of the coccyx and the ischial tuberosity.",
          "Place the thumb in the soft hollow between them, beside the anus.",
          "Press slowly upward, toward the head, into the pelvic floor.",
        },
      },
      sources = { TS2 .. ", ch. 6 (pelvic floor muscles)", DON .. ", chapter on the pelvic floor muscles" },
      outline = {
        posterior = { { 0.6,87.0, 2.4,87.6, 4.6,86.6, 5.2,84.6, 4.4,82.6, 2.6,81.2, 0.8,80.6, 0.4,83.6, smooth = true } },
      },
      trps = {
        {
          id = "levator_ani_1",
          name = "TrP (beside the anus, in the ischioanal fossa)",
          frequency = "common",
          at = { posterior = { 2.3, 83.2 } },
          essential = { posterior = { { -1.0,80.2, 1.6,80.0, 2.6,82.6, 2.2,86.8, 0.8,88.6, -1.0,88.2, smooth = true } } },
          spillover = { posterior = { { -2.0,79.4, 3.4,79.2, 4.4,83.4, 3.4,89.0, 0.8,92.2, -2.0,90.8, smooth = true } } },
          note = "Aching pain in the coccyx, the lower sacrum and the anal region, and deep in the rectum, vagina or "
            .. "perineum; sitting is painful. Travell & Simons chart the sphincter ani, levator ani and coccygeus "
            .. "as one schematic pattern over the coccyx and anus, which is followed here.",
        },
      },
    },
  },
}
