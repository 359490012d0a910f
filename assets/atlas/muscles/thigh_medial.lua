-- Medial thigh muscles (right side): adductor magnus, adductor brevis, pectineus, gracilis.
-- Body space in cm (docs/atlas-format.md). Landmarks used (front view): pubic tubercle (-2.8, 86),
-- ASIS (-11.5, 96), the inguinal fold from (-11.8, 95) to (-1.5, 84.2), the crotch at y 78.5,
-- adductor tubercle (-3.7, 50.5), pes anserinus (-4.6, 39.6); the lesser trochanter sits where the
-- iliopsoas outline ends, near (-8.3, 79). Back view: ischial tuberosity (5.8, 81.5), coccyx tip
-- (0, 86.5), adductor tubercle (3.7, 50.5). The adductor longus is in thigh.lua.
local TS2 = "Travell & Simons, Myofascial Pain and Dysfunction: The Trigger Point Manual, vol. 2 (lower extremities) 1992"
local DON = "Donnelly et al., Travell, Simons & Simons' Myofascial Pain and Dysfunction: The Trigger Point Manual, 3rd ed. 2019"
local DAV = "Davies & Davies, The Trigger Point Therapy Workbook, 3rd ed. 2013"
local NAM = "NAMTPT Symptom Checker (National Association of Myofascial Trigger Point Therapists, check.myofascialtherapy.org)"

return {
  muscles = {
    {
      id = "adductor_magnus",
      name = "Adductor magnus",
      region = "thigh",
      layer = "deep",
      palpation = {
        text = "The largest adductor, deep to the adductor longus and brevis in front and to the semimembranosus "
          .. "behind, from the ischiopubic ramus and the ischial tuberosity to the whole length of the femur and "
          .. "the adductor tubercle above the inner knee. Client supine with the thigh bent, opened and turned "
          .. "out, the knee resting on a pillow. The mid-thigh trigger point is found on the inner side of the "
          .. "thigh, between the gracilis and the hamstrings, pressing against the femur. The upper one lies "
          .. "close below the ischial tuberosity: reach it with the client side-lying on that side, the upper "
          .. "leg bent forward out of the way.",
        position = "supine",
        technique = "flat",
        landmarks = { "adductor_tubercle", "ischial_tuberosity" },
        steps = {
          "Client supine, hip bent, thigh opened and turned out, knee on a pillow (the frog position).",
          "From the adductor tubercle above the inner knee follow the back of the inner thigh upward.",
          "In mid-thigh, between the gracilis and the hamstrings, press deep toward the femur (TrP1).",
          "For TrP2, have the client lie on that side and press just below the ischial tuberosity.",
        },
      },
      sources = { TS2 .. ", ch. 15 (adductor muscles of the hip)", DON .. ", chapter on the adductor muscles of the hip",
                  DAV .. ", chapter on hip, thigh and knee pain" },
      outline = {
        anterior = { { -0.8,81.8, -3.0,82.4, -5.8,77.4, -7.2,70, -6.8,62, -5.4,55, -4.2,51.2, -3.4,50.6, -3.0,53.6,
                       -2.4,60, -1.6,68, -0.9,75, smooth = true } },
        posterior = { { 0.8,80.6, 3.4,80.0, 6.6,80.8, 8.6,76, 8.6,68, 7.4,60, 5.4,53, 4.0,50.6, 3.4,51.4, 2.8,56,
                        2.0,64, 1.3,71, 0.9,76, smooth = true } },
      },
      trps = {
        {
          id = "adductor_magnus_1",
          name = "TrP1 (mid-thigh, inner side)",
          frequency = "common",
          at = { anterior = { -2.6, 64 }, posterior = { 2.6, 64 } },
          essential = { anterior = { { -2.8,86.4, -5.0,88.2, -8.4,87.6, -9.0,84, -7.4,76, -6.6,66, -5.8,58, -4.4,54,
                                       -3.0,55, -2.0,62, -1.3,70, -1.0,77.6, -2.6,81.4, smooth = true } } },
          spillover = { anterior = { { -0.8,87.2, -5.0,89.6, -9.8,88.8, -10.2,84, -8.6,76, -7.8,66, -6.8,56, -5.0,51.8,
                                       -3.2,52.2, -2.4,58, -1.4,66, -0.6,76, smooth = true } } },
          note = "Pain in the groin just below the inguinal ligament and down the front and inner side of the thigh "
            .. "nearly to the knee.",
        },
        {
          id = "adductor_magnus_2",
          name = "TrP2 (proximal, below the ischial tuberosity)",
          frequency = "occasional",
          palpation = {
            position = "side_lying",
            landmarks = { "ischial_tuberosity" },
            steps = {
              "Client lying on the side being examined, the upper leg bent forward and resting on a pillow.",
              "Find the ischial tuberosity (the sitting bone).",
              "Just below and inside it, press into the upper adductor magnus against the bone.",
            },
          },
          at = { posterior = { 5.0, 79.2 } },
          essential = { anterior = { { -3.4,80.6, -3.8,84.4, -2.2,86.8, 0.8,87.0, 0.8,83, 0.2,80.4, smooth = true } },
                        posterior = { { -0.6,80.4, 1.8,80.0, 2.6,82.4, 1.8,85.6, -0.6,85.8, smooth = true } } },
          note = "Pain felt inside the pelvis: a diffuse ache or a sudden 'firecracker' pain at the pubic bone, the "
            .. "vagina or the rectum, sometimes the bladder. Charts show it on a section of the pelvis; here it is "
            .. "drawn over the pubic bone in front and over the anal region behind, where it is felt.",
        },
      },
    },
    {
      id = "adductor_brevis",
      name = "Adductor brevis",
      region = "thigh",
      layer = "intermediate",
      palpation = {
        text = "A short triangular adductor behind the adductor longus and the pectineus, from the body and "
          .. "lower ramus of the pubis to the upper third of the femur. Client supine in the frog position. "
          .. "Find the pubic tubercle and the tendon of the adductor longus below it; press deeply just lateral "
          .. "to that tendon (under the pectineus) or between it and the gracilis, a hand's breadth below the "
          .. "groin, against the femur.",
        position = "supine",
        technique = "flat",
        landmarks = { "pubic_tubercle" },
        steps = {
          "Client supine, hip bent, opened and turned out, the foot against the other knee.",
          "Find the pubic tubercle and the cord-like adductor longus tendon just below it.",
          "A few centimetres down, press deep beside the adductor longus, through it or past its edge.",
          "Work toward the femur; the trigger points lie in the upper part of the muscle.",
        },
      },
      sources = { TS2 .. ", ch. 15 (adductor muscles of the hip)", DON .. ", chapter on the adductor muscles of the hip",
                  DAV .. ", chapter on hip, thigh and knee pain" },
      outline = {
        anterior = { { -1.4,84.6, -3.8,85.6, -6.4,82.4, -8.6,77.4, -8.8,72.4, -7.6,70.4, -6.2,73.0, -3.6,78.0, -1.2,81.4, smooth = true } },
      },
      trps = {
        {
          id = "adductor_brevis_1",
          name = "TrP (upper part, under the adductor longus)",
          frequency = "common",
          at = { anterior = { -5.4, 80.6 } },
          essential = { anterior = { { -1.4,84.2, -5.2,86.8, -8.2,83, -7.8,76, -6.0,70, -3.6,70.6, -2.0,76, -1.0,80, smooth = true },
                                     { -3.8,50.6, -6.6,51.2, -7.2,55.4, -5.4,58.6, -3.2,57.4, smooth = true } } },
          spillover = { anterior = { { -2.4,70, -6.8,70.6, -7.8,60, -7.4,50, -3.6,49, -2.6,58, smooth = true },
                                     { -4.0,44, -6.6,43, -6.8,30, -6.2,15, -4.9,12.6, -4.6,20, -3.6,32, smooth = true } } },
          note = "The same pattern as the adductor longus, which Travell & Simons chart together with it: deep pain "
            .. "in the groin and the front of the inner thigh and above the inner knee, spilling down the inner shin.",
        },
      },
    },
    {
      id = "pectineus",
      name = "Pectineus",
      region = "thigh",
      layer = "superficial",
      palpation = {
        text = "A flat muscle in the floor of the femoral triangle, from the pecten of the pubis down and out to "
          .. "just below the lesser trochanter. Client supine, the thigh slightly bent and opened. Find the "
          .. "pubic tubercle; just below the superior ramus the pectineus lies between the adductor longus "
          .. "tendon (medial) and the femoral artery pulse (lateral). Press there against the pubic bone and the "
          .. "hip; keep medial to the pulse.",
        position = "supine",
        technique = "flat",
        landmarks = { "pubic_tubercle", "asis" },
        steps = {
          "Client supine, hip slightly bent and opened, knee supported.",
          "Find the pubic tubercle and, below it, the adductor longus tendon.",
          "Feel the femoral pulse midway between the ASIS and the pubic symphysis, under the inguinal ligament.",
          "Press between the tendon and the pulse, just below the pubic bone.",
        },
      },
      sources = { TS2 .. ", ch. 13 (pectineus)", DON .. ", chapter on the pectineus", DAV .. ", chapter on hip, thigh and knee pain",
                  NAM .. ": pectineus" },
      outline = {
        anterior = { { -2.8,87.0, -5.0,88.0, -7.2,87.8, -8.4,85.2, -9.6,80.6, -9.2,77.6, -8.0,78.2, -6.2,81.6, -3.8,84.6, smooth = true } },
      },
      trps = {
        {
          id = "pectineus_1",
          name = "TrP (below the superior pubic ramus)",
          frequency = "common",
          at = { anterior = { -4.8, 85.4 } },
          essential = { anterior = { { -2.8,88.6, -5.4,90.0, -8.6,89.2, -9.6,85.6, -8.6,81.6, -5.6,81.0, -3.2,83.0, smooth = true } } },
          spillover = { anterior = { { -1.4,87.4, -4.6,90.6, -9.4,90.2, -10.6,85, -9.6,76, -7.4,70.6, -4.0,70.8, -2.0,76, -1.0,82, smooth = true } } },
          note = "A deep ache in the groin just below the inguinal ligament, over the muscle and into the hip joint, "
            .. "spreading a little over the upper front of the inner thigh.",
        },
      },
    },
    {
      id = "gracilis",
      name = "Gracilis",
      region = "thigh",
      layer = "superficial",
      palpation = {
        text = "The long thin strap along the inner edge of the thigh, from the lower pubis to the pes anserinus "
          .. "below the inner knee. Client supine with the thigh opened and turned out, the knee slightly bent. "
          .. "It is the most medial cord of the inner thigh, behind the adductor longus; flat-palpate it along its "
          .. "length, mid-thigh first.",
        position = "supine",
        technique = "flat",
        landmarks = { "pes_anserinus", "pubic_tubercle" },
        steps = {
          "Client supine, thigh opened and turned out, knee slightly bent and supported.",
          "Find the pes anserinus below the inner knee and the pubic bone above.",
          "Follow the thin strap along the inner edge of the thigh between them.",
          "Flat-palpate across it in mid-thigh, where the trigger points usually lie.",
        },
      },
      sources = { TS2 .. ", chapter on the gracilis", DON .. ", chapter on the gracilis",
                  DAV .. ", chapter on hip, thigh and knee pain" },
      outline = {
        anterior = { { -0.8,84.0, -3.0,84.4, -3.6,78, -3.6,71, -3.8,64, -4.2,57, -4.6,51, -4.9,46.5, -5.0,42.8, -4.6,40.6,
                       -3.8,42.5, -3.5,46.5, -3.2,51, -2.6,57, -1.9,64, -1.3,71, -0.9,76, -0.6,80, smooth = true } },
        posterior = { { 0.7,79.4, 2.8,79.6, 3.2,71, 3.6,64, 4.2,57, 4.8,51, 5.2,46.5, 5.0,42.6, 4.2,41.8, 3.6,42.5,
                        3.4,46.5, 3.2,51, 2.6,57, 1.9,64, 1.3,71, 0.9,76, smooth = true } },
        -- inner leg: behind the sartorius over the medial knee, its tendon to the pes anserinus
        leg_medial = { { -8.9,55.4, -7.8,51, -7.8,46.6, -9.4,42.8, -12.0,40.0, -13.8,38.8, -13.6,38.2, -11.6,39.2, -8.6,41.8,
                         -6.8,45.6, -6.6,51, -7.0,55.4, smooth = true } },
      },
      trps = {
        {
          id = "gracilis_1",
          name = "TrP (mid-thigh)",
          frequency = "common",
          at = { anterior = { -2.5, 68 }, posterior = { 2.5, 68 } },
          essential = { anterior = { { -0.9,78, -3.6,78.6, -4.0,70, -4.2,60, -2.6,58.6, -1.7,66, smooth = true } },
                        posterior = { { 0.9,78, 3.4,78.4, 3.8,70, 4.2,60, 2.6,58.6, 1.7,66, smooth = true } } },
          spillover = { anterior = { { -0.6,80.4, -4.4,80.6, -4.6,66, -5.0,52, -4.6,46, -3.5,46.4, -3.1,52, -2.1,62, -1.1,72, smooth = true } },
                        posterior = { { 0.6,80.0, 4.2,80.0, 4.6,66, 5.0,52, 4.6,46, 3.5,46.4, 3.1,52, 2.1,62, 1.1,72, smooth = true } } },
          note = "A hot, stinging, superficial pain along the inner thigh around the trigger point, up toward the "
            .. "groin and down toward the inner knee; it persists at rest and no position eases it.",
        },
      },
    },
  },
}
