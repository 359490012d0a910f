-- Anterior thigh muscles (right side): sartorius, vastus intermedius. Body space in cm
-- (docs/atlas-format.md). Landmarks used (front view): ASIS (-11.5, 96), AIIS (-10.6, 91.5),
-- mid-patella (-8.5, 47), adductor tubercle (-3.7, 50.5), pes anserinus (-4.6, 39.6); the inner
-- contour of the thigh runs from the crotch (0, 78.5) to (-3.5, 46.5). The rectus femoris,
-- vastus medialis and lateralis are in thigh.lua.
local TS2 = "Travell & Simons, Myofascial Pain and Dysfunction: The Trigger Point Manual, vol. 2 (lower extremities) 1992"
local DON = "Donnelly et al., Travell, Simons & Simons' Myofascial Pain and Dysfunction: The Trigger Point Manual, 3rd ed. 2019"
local DAV = "Davies & Davies, The Trigger Point Therapy Workbook, 3rd ed. 2013"

return {
  muscles = {
    {
      id = "sartorius",
      name = "Sartorius",
      region = "thigh",
      layer = "superficial",
      palpation = {
        text = "The long strap that crosses the front of the thigh from the ASIS down and inward to the inner knee, "
          .. "ending at the pes anserinus. Client supine, the thigh slightly bent and turned out with the heel "
          .. "resting on the other shin (a 'tailor' position) so the strap stands out. Flat-palpate across it "
          .. "along its whole length; the trigger points are superficial and lie in its upper, middle and lower "
          .. "thirds. In the upper third stay off its inner edge, where the femoral vessels run.",
        position = "supine",
        technique = "flat",
        landmarks = { "asis", "pes_anserinus" },
        steps = {
          "Client supine, thigh bent a little and turned out, heel on the other shin.",
          "Find the ASIS: the strap starts just below it.",
          "Follow it down and inward across the thigh to the inner knee and the pes anserinus.",
          "Flat-palpate across the strap in each third; avoid its inner edge high up (femoral vessels).",
        },
      },
      sources = { TS2 .. ", chapter on the sartorius", DON .. ", chapter on the sartorius", DAV .. ", chapter on hip, thigh and knee pain" },
      outline = {
        anterior = { { -12.0,95.8, -10.9,89, -9.8,82, -8.4,74, -6.8,66, -5.4,58, -4.9,51, -4.9,46, -5.2,41.6, -4.6,40.4,
                       -4.0,41.8, -3.7,46, -3.3,51, -3.4,58, -4.4,66, -6.0,74, -7.4,82, -8.7,89, -10.0,95.4, -11.0,96.4, smooth = true } },
        -- inner leg: the strap behind the medial femoral condyle, turning forward to the pes anserinus
        leg_medial = { { -11.8,55.4, -10.6,51, -10.2,47.5, -10.8,44.4, -12.6,41.6, -14.4,40.0, -14.2,39.2, -12.0,39.9, -9.6,42.6,
                         -8.0,46.4, -7.9,51, -9.0,55.4, smooth = true } },
      },
      trps = {
        {
          id = "sartorius_upper",
          name = "Upper TrP",
          frequency = "common",
          at = { anterior = { -8.6, 82 } },
          essential = { anterior = { { -11.0,93.0, -9.6,93.2, -8.0,86, -6.6,78, -5.8,74, -7.4,73.4, -8.8,78, -10.2,86, smooth = true } } },
          spillover = { anterior = { { -12.0,94.2, -9.0,94.8, -7.0,86, -5.4,78, -4.6,72, -8.2,71.4, -9.8,78, -11.4,86, smooth = true } } },
          note = "Sharp or tingling, superficial pain along the upper part of the strap, over the front of the thigh. "
            .. "Sartorius trigger points seldom act alone; the lateral femoral cutaneous nerve can be caught near "
            .. "the ASIS and give burning along the outer thigh instead.",
        },
        {
          id = "sartorius_middle",
          name = "Middle TrP",
          frequency = "common",
          at = { anterior = { -5.6, 66 } },
          essential = { anterior = { { -8.6,76.0, -6.8,76.6, -4.4,67, -3.2,59.4, -4.4,58.6, -6.2,65, -7.8,70, smooth = true } } },
          spillover = { anterior = { { -9.6,79.0, -6.0,79.6, -3.6,68, -2.6,58.4, -4.8,56.0, -7.2,64, -8.8,70, smooth = true } } },
          note = "Sharp, superficial pain along the strap across the front and inner side of the mid-thigh.",
        },
        {
          id = "sartorius_lower",
          name = "Lower TrP (above the inner knee)",
          frequency = "common",
          at = { anterior = { -4.1, 54 }, leg_medial = { -10.0, 54 } },
          essential = { anterior = { { -3.4,55.4, -5.4,55.6, -5.8,48, -5.4,42.4, -3.9,41.8, -3.4,47, smooth = true } },
                        leg_medial = { { -11.6,55.6, -10.4,50, -10.4,46, -11.8,42.6, -13.4,41.0, -12.2,40.2, -9.6,42.2, -8.2,46.4,
                                         -8.2,51, -9.2,55.6, smooth = true } } },
          spillover = { anterior = { { -3.0,59.6, -6.2,59.8, -6.6,48, -6.0,40.6, -3.8,39.8, -3.2,48, smooth = true } },
                        leg_medial = { { -12.6,55.4, -11.4,50, -11.4,45.4, -13.0,42.4, -14.6,40.6, -13.8,39.0, -11.4,39.4, -8.6,42.0,
                                         -7.2,46.4, -7.2,51, -8.4,55.4, smooth = true } } },
          note = "Sharp, superficial pain over the inner side of the knee, easily taken for a knee joint problem.",
        },
      },
    },
    {
      id = "vastus_intermedius",
      name = "Vastus intermedius",
      region = "thigh",
      layer = "deep",
      palpation = {
        text = "The deepest quadriceps muscle, on the front and outer side of the femur under the rectus femoris, "
          .. "so it cannot be pressed directly from the front. Client supine with the knee straight and relaxed. "
          .. "In the upper half of the thigh, below the level of the rectus femoris trigger point, slide the "
          .. "fingers in from the outer border of the rectus femoris, push it toward the midline and press deep "
          .. "toward the femur.",
        position = "supine",
        technique = "flat",
        landmarks = { "aiis", "patella" },
        steps = {
          "Client supine, knee straight, thigh relaxed.",
          "From the AIIS follow the rectus femoris down toward the patella.",
          "In the upper half of the thigh find its outer border and push the rectus toward the midline.",
          "Press deep toward the femur under it; the trigger points lie several centimetres below the rectus trigger point.",
        },
      },
      sources = { TS2 .. ", ch. 14 (quadriceps femoris group)", DON .. ", chapter on the quadriceps femoris",
                  DAV .. ", chapter on hip, thigh and knee pain" },
      outline = {
        anterior = { { -9.4,84.6, -12.6,84.8, -14.0,76, -13.6,64, -12.0,55, -9.4,51.6, -7.0,53.4, -6.8,62, -7.4,74, -8.4,82, smooth = true } },
      },
      trps = {
        {
          id = "vastus_intermedius_1",
          name = "TrP (upper thigh, under the rectus femoris)",
          frequency = "common",
          at = { anterior = { -12.6, 75 } },
          essential = { anterior = { { -8.0,80, -12.2,80.6, -13.2,72, -12.6,62, -11.0,56, -8.6,55.4, -7.4,60, -7.2,70, smooth = true } } },
          spillover = { anterior = { { -7.4,84, -13.4,84.4, -14.8,72, -13.8,60, -11.6,52.4, -8.6,51.6, -6.6,56, -6.2,68, smooth = true } } },
          note = "Pain over the front of the thigh, strongest at mid-thigh and reaching nearly to the knee; the knee "
            .. "is hard to straighten after sitting and climbing stairs hurts.",
        },
      },
    },
  },
}
