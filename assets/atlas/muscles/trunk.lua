-- Trunk muscles of the lower back and abdomen (right side): paraspinals, quadratus
-- lumborum, rectus abdominis, iliopsoas. Body space in cm (docs/atlas-format.md).
-- Spinal levels used for placement: T3 138.5, T7 127.5, L4 (iliac crest) 103, S2 95;
-- about 2.7 cm per vertebra between them (T10 119.5, T12 114, L1 111.3, L2 108.6, L3 106).
local TS1 = "Travell & Simons, Myofascial Pain and Dysfunction: The Trigger Point Manual, vol. 1 (upper half of body), 2nd ed. 1999"
local TS2 = "Travell & Simons, Myofascial Pain and Dysfunction: The Trigger Point Manual, vol. 2 (lower extremities) 1992"
local DON = "Donnelly et al., Travell, Simons & Simons' Myofascial Pain and Dysfunction: The Trigger Point Manual, 3rd ed. 2019"
local DAV = "Davies & Davies, The Trigger Point Therapy Workbook, 3rd ed. 2013"

return {
  muscles = {
    {
      id = "iliocostalis",
      name = "Iliocostalis (thoracis and lumborum)",
      region = "back",
      layer = "intermediate",
      palpation = {
        text = "Patient prone with a small pillow under the abdomen. The iliocostalis is the most lateral "
          .. "column of the erector spinae: find the lateral edge of the muscle mass a hand's width from the "
          .. "spinous processes, where it meets the rib angles. Roll across the column with the fingertips at "
          .. "the level of T6 (between the scapulae) and at L1 (just below the 12th rib) to feel the taut, "
          .. "cord-like band and its tender spot.",
        position = "prone",
        technique = "flat",
        landmarks = { "scapula_inferior_angle", "rib12_tip" },
        steps = {
          "Client prone with a small pillow under the abdomen.",
          "Find the lateral edge of the erector mass, about a hand's width from the spinous processes, over the rib angles.",
          "Roll across the column with the fingertips at the level of T6, between the scapulae, to find the band and its tender spot.",
        },
      },
      sources = { TS1 .. ", ch. 48 (thoracolumbar paraspinal muscles)", DON .. ", chapter on the thoracolumbar paraspinal muscles",
                  DAV .. ", chapter on mid-back, low back and buttock pain" },
      outline = {
        posterior = { { 4.4,96.5, 6.6,97.5, 8.7,104, 9.3,113, 8.9,122, 7.9,132, 7.0,140.5, 6.1,141.5,
                        5.6,137.5, 5.9,128, 6.1,118, 5.7,108.5, 4.8,101, smooth = true } },
      },
      trps = {
        {
          id = "iliocostalis_thoracis",
          name = "Iliocostalis thoracis TrP (T6 level)",
          frequency = "common",
          at = { posterior = { 7.4, 130.5 } },
          essential = { posterior = { { 6.0,126.2, 8.6,126.4, 10.2,130, 9.6,137, 7.6,141, 5.6,139, 4.9,132, 5.0,127.4, smooth = true } } },
          spillover = { posterior = { { 4.0,119, 8.0,118.5, 12.8,122, 13.6,128.5, 11.6,134, 10.2,141, 7.4,144.5, 4.6,142.5, 3.4,133, 3.4,124, smooth = true } },
                        lateral_right = { { -10.0,121, -7.8,120.8, -6.2,121.6, -6.1,125.8, -8.0,126.2, -10.2,125.8, smooth = true } } },
          note = "Mid-thoracic iliocostalis sends pain up toward the shoulder along the medial edge of the "
            .. "scapula and out along the chest wall; the lateral spread can reach the side of the chest.",
        },
        {
          id = "iliocostalis_thoracis_lower",
          name = "Lower iliocostalis thoracis TrP (T11 level)",
          palpation = {
            landmarks = { "t12", "rib12_tip" },
            steps = {
              "Find the T12 spinous process and move out to the lateral edge of the erector mass.",
              "Roll across the column with the fingertips at about T11.",
            },
          },
          frequency = "common",
          at = { posterior = { 8.6, 117 } },
          essential = { posterior = { { 6.0,104, 9.6,104.4, 10.8,111, 11.2,120, 10.4,127.4, 8.2,129.4, 6.4,124, 5.8,112, smooth = true } } },
          spillover = { posterior = { { 5.0,100.6, 10.6,101.4, 12.6,110, 13.0,121, 12.0,130.4, 8.4,133, 5.2,126, 4.6,112, smooth = true } },
                        anterior = { { -8.0,104, -12.2,105, -12.8,112, -10.2,114.6, -7.4,110.4, smooth = true } } },
          note = "Pain runs up over the lower scapula and down into the lumbar region from the trigger point; "
            .. "it can wrap around to the side of the abdomen (spillover).",
        },
        {
          id = "iliocostalis_lumborum",
          name = "Iliocostalis lumborum TrP (L1 level)",
          palpation = {
            landmarks = { "rib12_tip", "iliac_crest" },
            steps = {
              "Find the tip of the 12th rib.",
              "Just below it, at the lateral edge of the erector mass (L1), roll across the column.",
            },
          },
          frequency = "common",
          at = { posterior = { 8.3, 111 } },
          essential = { posterior = { { 7.0,84, 9.8,83.5, 12.2,86.5, 12.2,91.5, 10.0,94.2, 7.4,93.4, 6.9,89, smooth = true } } },
          spillover = { posterior = { { 5.6,79.5, 11.0,79.5, 14.6,85, 14.2,93, 10.8,100, 10.6,110.5, 8.2,114.5, 6.6,109, 6.6,100, 4.2,95.5, 3.8,87, smooth = true } } },
          note = "The pain is felt several segments below the trigger point, concentrated in the middle of the "
            .. "buttock; the strip between the trigger point and the buttock often aches too.",
        },
      },
    },
    {
      id = "longissimus",
      name = "Longissimus thoracis",
      region = "back",
      layer = "intermediate",
      palpation = {
        text = "Patient prone. The longissimus is the thick column just lateral to the spinous processes, "
          .. "medial to the iliocostalis. Press into it with the thumb at the thoracolumbar junction "
          .. "(T10 to L1), strumming across the column from medial to lateral to find the taut band.",
        position = "prone",
        technique = "flat",
        landmarks = { "t12", "rib12_tip" },
        steps = {
          "Client prone.",
          "Find the T12 spinous process; the longissimus is the thick column just lateral to the spinous processes.",
          "From T10 to L1, press in with the thumb and strum across the column from medial to lateral to find the band.",
        },
      },
      sources = { TS1 .. ", ch. 48 (thoracolumbar paraspinal muscles)", DON .. ", chapter on the thoracolumbar paraspinal muscles",
                  DAV .. ", chapter on mid-back, low back and buttock pain" },
      outline = {
        posterior = { { 1.9,94, 3.8,95.5, 5.2,103, 5.6,113, 5.4,125, 4.8,137, 3.9,144, 2.9,143.5,
                        2.5,134, 2.4,121, 2.3,108, 1.7,99, smooth = true } },
      },
      trps = {
        {
          id = "longissimus_thoracis",
          name = "Longissimus thoracis TrP (T11-L1 level)",
          frequency = "common",
          at = { posterior = { 3.9, 114 } },
          essential = { posterior = { { 3.6,83.5, 7.0,82.5, 10.0,85, 10.0,89.5, 7.8,91.8, 6.6,90.0, 4.2,89.6, 2.8,87.4, smooth = true } } },
          spillover = { posterior = { { 2.4,80.5, 7.8,79.8, 11.8,84, 11.2,92, 8.0,95.5, 5.2,99, 4.6,106, 2.6,106, 2.2,98, 1.6,89, smooth = true } } },
          note = "Refers far down, to the lower buttock near the sacroiliac region, well away from the "
            .. "trigger point; easy to miss because the back around the trigger point hardly hurts.",

        },
      },
    },
    {
      id = "multifidus",
      name = "Multifidus (lumbosacral)",
      region = "back",
      layer = "deep",
      palpation = {
        text = "Patient prone with a pillow under the abdomen to flatten the lumbar curve. Sink the thumb "
          .. "into the groove between the spinous processes and the long erector columns, pressing deep "
          .. "and slightly medially toward the laminae; tender spots are found level by level from L1 down "
          .. "to the back of the sacrum at S1.",
        position = "prone",
        technique = "flat",
        landmarks = { "iliac_crest", "psis" },
        steps = {
          "Client prone with a pillow under the abdomen to flatten the lumbar curve.",
          "Find the iliac crests: the line between their tops crosses L4; count the spinous processes up from there.",
          "Sink the thumb into the groove between the spinous processes and the erector columns and press deep, slightly medially, toward the laminae.",
        },
      },
      sources = { TS1 .. ", ch. 48 (thoracolumbar paraspinal muscles)", DON .. ", chapter on the thoracolumbar paraspinal muscles",
                  DAV .. ", chapter on mid-back, low back and buttock pain" },
      outline = {
        -- the lumbosacral part (sacrum to L1) that this entry teaches; the thoracic and cervical
        -- multifidi continue above it
        posterior = { { 0.7,88, 1.9,89, 3.0,95, 3.2,102, 3.0,109, 2.4,114.2, 1.4,115.4, 0.8,113,
                        0.8,104, 0.6,96, smooth = true } },
      },
      trps = {
        {
          id = "multifidus_l2",
          name = "Multifidus TrP (L2 level)",
          frequency = "common",
          at = { posterior = { 2.0, 108.6 } },
          essential = { posterior = { { -0.6,100, 1.8,99.2, 3.6,102, 3.7,107, 3.0,111.5, 0.8,112.4, -0.7,109, smooth = true } } },
          spillover = { posterior = { { -0.6,96, 2.8,95.5, 5.0,99.5, 5.0,106, 4.4,112.5, 1.6,114.5, -0.8,112, smooth = true } },
                        anterior = { { -1.5,99.5, -5.5,98.5, -8.2,101.5, -7.0,105, -3.0,105.8, -1.2,103.5, smooth = true } } },
          note = "Pain centres on the spinous processes at and just below the level of the trigger point. "
            .. "Lumbar multifidi may also refer to the front of the abdomen (shown as spillover).",
        },
        {
          id = "multifidus_s1",
          name = "Multifidus TrP (S1 level)",
          palpation = {
            landmarks = { "psis", "sacrum" },
            steps = {
              "Find the PSIS; the S1 spinous process lies just above and medial to it.",
              "Press deep into the groove beside S1, on the back of the sacrum.",
            },
          },
          frequency = "common",
          at = { posterior = { 1.8, 97.5 } },
          essential = { posterior = { { 0.0,84, 1.4,84.8, 1.8,87.5, 1.4,90.4, 0.1,91, -0.7,88, smooth = true } } },
          spillover = { posterior = { { -0.6,83, 2.0,83.8, 3.2,88, 3.0,93.5, 1.6,96, -0.4,94, -0.8,88, smooth = true } } },
          note = "The lowest multifidi refer to the coccyx (coccygodynia) rather than to the level of the trigger point.",
        },
      },
    },
    {
      id = "rotatores",
      name = "Rotatores",
      region = "back",
      layer = "deep",
      palpation = {
        text = "Client prone with a pillow under the abdomen. The rotatores are the deepest and shortest back "
          .. "muscles, in the groove between the spinous processes and the transverse processes, one to two "
          .. "segments long. They cannot be felt apart from the multifidi above them: press deep into the "
          .. "groove right beside a spinous process, and tap the spinous process itself; tenderness to the "
          .. "tap at one segment points to the rotatores of that level.",
        position = "prone",
        technique = "flat",
        landmarks = { "t12", "iliac_crest" },
        steps = {
          "Client prone with a pillow under the abdomen.",
          "Count the spinous processes from T12 (or from the iliac crests at L4) to the level that hurts.",
          "Press deep into the groove right beside the spinous process, toward the lamina.",
          "Tap the spinous process itself: tenderness to the tap points to the rotatores of that level.",
        },
      },
      sources = { TS1 .. ", ch. 48 (thoracolumbar paraspinal muscles)", DON .. ", chapter on the thoracolumbar paraspinal muscles" },
      outline = {
        posterior = { { 0.5,138.0, 1.5,138.0, 1.7,120.0, 1.7,100.0, 0.5,100.0, smooth = true } },
      },
      trps = {
        {
          id = "rotatores_thoracic", name = "Thoracic rotatores TrP (mid-thoracic level)",
          palpation = { landmarks = { "scapula_inferior_angle", "t12" } },
          frequency = "common",
          at = { posterior = { 1.1, 125.4 } },
          essential = { posterior = { { -1.2,123.8, 1.6,123.8, 1.8,125.4, 1.6,127.0, -1.2,127.0, smooth = true } } },
          note = "A deep, local ache in the midline at the level of the point, with the spinous process there "
            .. "tender to tapping (Travell & Simons); unlike the longer paraspinals, the rotatores do not "
            .. "refer far.",
        },
        {
          id = "rotatores_lumbar", name = "Lumbar rotatores TrP (L3 level)",
          frequency = "common",
          at = { posterior = { 1.1, 105.6 } },
          essential = { posterior = { { -1.2,104.0, 1.6,104.0, 1.8,105.6, 1.6,107.2, -1.2,107.2, smooth = true } } },
          note = "The same midline ache at the level of the point, with the spinous process tender to "
            .. "tapping: a segmental pain easily taken for a joint problem.",
        },
      },
    },
    {
      id = "quadratus_lumborum",
      name = "Quadratus lumborum",
      region = "back",
      layer = "deep",
      palpation = {
        text = "Patient side-lying on the other side, a roll under the waist and the top leg dropped behind "
          .. "the lower one so the space between the 12th rib and the iliac crest opens. Press in front of "
          .. "the lateral edge of the erector spinae, first down onto the crest and up under the 12th rib "
          .. "(superficial, lateral trigger points), then deep and medially toward the lumbar transverse "
          .. "processes (deep trigger points).",
        position = "side_lying",
        technique = "flat",
        landmarks = { "rib12_tip", "iliac_crest" },
        steps = {
          "Client lying on the other side, a roll under the waist and the top leg dropped behind the lower one.",
          "Find the 12th rib and the iliac crest: the quadratus lumborum fills the space between them, above the crest.",
          "In front of the lateral edge of the erector spinae, press up under the 12th rib and down onto the crest (superficial TrPs).",
          "Then press deep and medially toward the lumbar transverse processes (deep TrPs).",
        },
      },
      sources = { TS2 .. ", ch. 4 (quadratus lumborum)", DON .. ", chapter on the quadratus lumborum",
                  DAV .. ", chapter on mid-back, low back and buttock pain" },
      outline = {
        posterior = { { 3.2,114.2, 6.4,115.6, 9.6,114.2, 11.2,109.5, 11.6,104, 8.6,101.6, 5.2,100.6, 3.0,101.2, 2.8,107.5, smooth = true } },
        lateral_right = { { -7.6,114.4, -4.0,115, -2.6,110, -2.8,103.6, -5.0,101.6, -7.6,102, -7.9,108, smooth = true } },
      },
      trps = {
        {
          id = "quadratus_lumborum_superficial_upper",
          name = "Superficial TrP, upper (below the 12th rib)",
          frequency = "common",
          at = { posterior = { 9.6, 112 }, lateral_right = { -6.6, 112.2 } },
          -- a band along the iliac crest, from its highest point down to the PSIS
          essential = { posterior = { { 7.0,98.8, 8.6,101.2, 10.8,103.4, 12.6,103.8, 13.2,102.8, 12.8,101.8,
                                        10.8,101.0, 9.0,99.4, 7.6,97.4, 7.0,97.2, smooth = true } },
                        lateral_right = { { -6.6,100.8, -4.2,102.6, 1.0,102.2, 5.6,99.4, 6.2,97.6, 1.4,99.4, -3.6,100.4, -6.6,98.8, smooth = true } } },
          spillover = { posterior = { { 3.2,95.0, 5.0,99.2, 7.6,102.4, 10.6,104.6, 13.0,105.0, 13.7,103.2, 13.8,100.6,
                                        10.8,99.4, 8.6,97.6, 7.4,95.2, 5.8,93.0, 3.6,92.8, smooth = true } },
                        anterior = { { -8.0,91.5, -11.4,94.5, -13.0,98.5, -12.2,100, -9.6,97.5, -6.0,93, smooth = true } },
                        lateral_right = { { 4.0,94.6, 7.6,92.4, 9.4,94.4, 8.0,97.2, 5.4,97.6, smooth = true } } },
          note = "Pain along the top of the iliac crest; it can spread forward along the crest to the lower "
            .. "quadrant of the abdomen and the groin (spillover).",
        },
        {
          id = "quadratus_lumborum_superficial_lower",
          name = "Superficial TrP, lower (above the iliac crest)",
          palpation = {
            landmarks = { "iliac_crest", "rib12_tip" },
            steps = {
              "Find the top of the iliac crest at the side.",
              "In front of the lateral edge of the erector spinae, press down onto the crest from above.",
            },
          },
          frequency = "common",
          at = { posterior = { 10.6, 104.4 }, lateral_right = { -6.4, 104.6 } },
          essential = { posterior = { { 13.0,84.5, 15.6,85.5, 16.2,89.5, 15.4,91.4, 13.4,91.4, 12.2,88.5, smooth = true } },
                        lateral_right = { { -3.2,84.4, 0.0,83.2, 3.0,85.4, 3.0,90, 0.0,92, -3.0,90.4, smooth = true } } },
          spillover = { posterior = { { 12.4,77.5, 15.8,78.5, 16.4,86, 16.2,93.5, 13.6,95, 11.6,90.5, 11.6,82, smooth = true } },
                        lateral_right = { { -4.6,83, -2.8,74, 0.4,70.4, 3.0,73, 3.6,82, 4.2,90, 0.0,94, -4.0,91.8, smooth = true } } },
          note = "Refers to the greater trochanter and the outer upper thigh; trochanteric tenderness is "
            .. "often blamed on bursitis. A lightning-like pain down the outer thigh toward the knee is also "
            .. "reported (a documented variant).",
          disputed = { "lateral_knee" },
        },
        {
          id = "quadratus_lumborum_deep_upper",
          name = "Deep TrP, upper (near L3 transverse process)",
          palpation = {
            landmarks = { "iliac_crest", "rib12_tip" },
            steps = {
              "Find the iliac crest; the line between the crests crosses L4, so L3 is one level higher.",
              "From the lateral edge of the erector spinae, press slowly deep and medially toward the L3 transverse process.",
            },
          },
          frequency = "common",
          at = { posterior = { 4.0, 107.5 } },
          essential = { posterior = { { 3.0,92, 4.6,91.8, 6.2,94.5, 6.2,97.4, 4.6,98.8, 3.0,98, 2.6,95, smooth = true } } },
          spillover = { posterior = { { 2.0,90, 5.2,89.8, 7.4,93.5, 7.2,98.5, 4.8,100.4, 2.2,99.6, 1.4,95, smooth = true } } },
          note = "Pain over the sacroiliac joint; with both sides active it forms a band across the upper sacrum.",
        },
        {
          id = "quadratus_lumborum_deep_lower",
          name = "Deep TrP, lower (between L4 and L5)",
          palpation = {
            landmarks = { "iliac_crest", "psis" },
            steps = {
              "Find the iliac crest at the level of L4.",
              "Just above the crest, press deep and medially between the L4 and L5 transverse processes.",
            },
          },
          frequency = "common",
          at = { posterior = { 4.4, 102.4 } },
          essential = { posterior = { { 4.0,79.5, 8.2,78.8, 11.6,80.5, 11.2,84.5, 7.6,85.8, 4.2,85, 3.2,82, smooth = true } } },
          spillover = { posterior = { { 3.0,78, 8.4,77.4, 12.8,79.5, 12.6,86.5, 8.0,88, 3.6,87.4, 2.2,83, smooth = true } } },
          note = "Refers to the lower buttock, near the gluteal fold.",
        },
      },
    },
    {
      id = "rectus_abdominis",
      name = "Rectus abdominis",
      region = "abdomen",
      layer = "superficial",
      palpation = {
        text = "Patient supine, knees bent over a pillow to slacken the abdominal wall. Find the lateral "
          .. "border of the rectus (ask for a slight head lift to make it stand out), then pincer-grasp or "
          .. "flat-palpate the muscle against the underlying structures: just below the costal margin for "
          .. "the upper trigger point, and between the umbilicus and the pubic crest for the lower one.",
        position = "supine",
        technique = "flat",
        landmarks = { "xiphoid", "umbilicus" },
        steps = {
          "Client supine, the knees bent over a pillow to slacken the abdominal wall.",
          "Ask for a slight head lift to find the lateral border of the rectus.",
          "Press flat just below the costal margin beside the xiphoid (upper TrP).",
        },
      },
      sources = { TS1 .. ", ch. 49 (abdominal muscles)", DON .. ", chapter on the abdominal muscles",
                  DAV .. ", chapter on chest and abdominal pain" },
      outline = {
        anterior = { { -0.7,86, -3.0,86.4, -4.8,93, -6.6,103, -8.2,113, -9.0,120.5, -6.0,122.6, -2.0,120.6,
                       -0.8,112, -0.6,98, smooth = true } },
        lateral_right = { { 7.8,87, 9.0,88, 9.8,97, 9.6,106, 10.4,114, 11.4,120.6, 10.2,121.8, 9.0,114, 8.6,105, 8.6,96, 7.4,89, smooth = true } },
      },
      trps = {
        {
          id = "rectus_abdominis_upper",
          name = "Upper TrP (below the costal margin)",
          frequency = "common",
          at = { anterior = { -4.6, 116 }, lateral_right = { 9.9, 116 } },
          essential = { posterior = { { -11.5,110.5, 0,111, 11.5,110.5, 12.0,113.6, 0,114.4, -12.0,113.6, smooth = true } },
                        lateral_right = { { -8.6,110.4, -6.4,110.6, -6.4,114.2, -9.2,114.6, smooth = true } } },
          spillover = { anterior = { { -0.8,113, -4.6,113.2, -8.2,115.8, -8.0,119.4, -4.0,120.4, -0.8,118.6, smooth = true } } },
          note = "Refers across the back on both sides at the thoracolumbar level, as a horizontal band; "
            .. "the band is drawn across the whole back. Locally it adds a feeling of fullness or "
            .. "heartburn in the upper abdomen (spillover).",
        },
        {
          id = "rectus_abdominis_lower",
          name = "Lower TrP (above the pubis)",
          palpation = {
            landmarks = { "pubic_tubercle", "umbilicus" },
            steps = {
              "Find the pubic tubercle and the umbilicus.",
              "Press flat, or grasp the muscle, just above the pubis between them (lower TrP).",
            },
          },
          frequency = "common",
          at = { anterior = { -2.6, 90.5 }, lateral_right = { 8.7, 90.5 } },
          essential = { posterior = { { -10.0,93.5, 0,94, 10.0,93.5, 10.4,97.4, 0,98.2, -10.4,97.4, smooth = true } } },
          spillover = { posterior = { { -12.0,91.8, 0,91.5, 12.0,91.8, 12.4,99.4, 0,100.8, -12.4,99.4, smooth = true } },
                        anterior = { { -0.8,87, -3.8,87.4, -5.6,91.5, -4.6,95, -1.2,95, smooth = true } } },
          note = "Refers to both sides of the low back as a horizontal band across the sacroiliac region, "
            .. "drawn across the whole back.",
        },
        {
          id = "rectus_abdominis_mcburney",
          name = "McBurney's point TrP (lateral border, lower right quadrant)",
          palpation = {
            landmarks = { "asis", "umbilicus" },
            steps = {
              "Find the ASIS and the umbilicus.",
              "About a third of the way from the ASIS toward the umbilicus, press flat at the lateral border of the rectus.",
            },
          },
          frequency = "occasional",
          at = { anterior = { -5.6, 97.4 } },
          essential = { anterior = { { -3.8,94, -8.4,93.4, -10.6,96.4, -9.6,100.4, -5.6,101, -3.6,98, smooth = true } } },
          spillover = { anterior = { { -2.4,91.6, -8.8,90.8, -12.4,95.4, -11.4,102, -6.0,104, -2.0,100.4, smooth = true } } },
          note = "On the right side this trigger point gives sharp pain in the lower right quadrant of the "
            .. "abdomen that can mimic appendicitis; the left-side copy is drawn by mirroring."
            .. " A specific, less common point (marked occasional); it matters because its pain imitates "
            .. "appendicitis.",
        },
        {
          id = "rectus_abdominis_periumbilical",
          name = "Periumbilical TrP (lateral border, at the umbilicus)",
          palpation = {
            landmarks = { "umbilicus", "asis" },
            steps = {
              "Client supine, knees bent over a pillow; find the umbilicus.",
              "Move out to the lateral border of the rectus at that level and press flat against the deep sheath.",
            },
          },
          frequency = "occasional",
          at = { anterior = { -5.4, 102.6 } },
          essential = { anterior = { { 1.0,98.0, -4.0,97.6, -7.6,100.8, -7.4,105.6, -3.6,108.0, 1.0,107.4, smooth = true } } },
          spillover = { anterior = { { 1.0,95.6, -5.0,95.0, -9.4,99.6, -9.0,107.6, -4.0,110.6, 1.0,110.0, smooth = true } } },
          note = "Cramping or colicky pain across the middle of the abdomen around the navel, which eases when the "
            .. "person bends forward (Travell & Simons' periumbilical points; marked occasional).",
        },
      },
    },
    {
      id = "pyramidalis",
      name = "Pyramidalis",
      region = "abdomen",
      layer = "superficial",
      palpation = {
        text = "Client supine with the knees bent over a pillow so the abdominal wall is slack. The pyramidalis is "
          .. "a small triangle in front of the lowest part of the rectus abdominis, from the pubic crest up to "
          .. "the linea alba a few centimetres below the navel (it is missing in about one person in five). Find "
          .. "the pubic tubercle, move to just above the pubic crest beside the midline, and press flat against "
          .. "the pubis and the muscle just above it.",
        position = "supine",
        technique = "flat",
        landmarks = { "pubic_tubercle", "umbilicus" },
        steps = {
          "Client supine, knees bent over a pillow.",
          "Find the pubic tubercle and the pubic crest beside the midline.",
          "Just above the crest, a finger's width from the midline, press flat against the muscle and the bone.",
        },
      },
      sources = { TS1 .. ", ch. 49 (abdominal muscles)", DON .. ", chapter on the abdominal muscles", DAV .. ", chapter on abdominal pain" },
      outline = {
        anterior = { { -0.4,86.0, -2.6,86.2, -2.0,89.4, -1.0,92.6, -0.4,93.2, smooth = true } },
      },
      trps = {
        {
          id = "pyramidalis_1", name = "Pyramidalis TrP (above the pubis)",
          frequency = "common",
          at = { anterior = { -1.4, 88.4 } },
          essential = { anterior = { { 0.6,87.4, -2.2,87.4, -2.6,91.6, -1.6,96.4, 0.6,96.6, smooth = true } } },
          note = "Pain close to the midline between the pubis and the navel, over the lowest part of the "
            .. "rectus; it can feel like bladder pain.",
        },
      },
    },
    {
      id = "iliopsoas",
      name = "Iliopsoas",
      region = "abdomen",
      layer = "deep",
      palpation = {
        text = "Patient supine, knees supported so the hip is slightly flexed. Three places: in the "
          .. "femoral triangle, lateral to the femoral artery just below the inguinal ligament (distal "
          .. "tendon and belly); inside the iliac crest behind the ASIS, curling the fingers onto the iliac "
          .. "fossa (iliacus); and through a relaxed abdominal wall lateral to the rectus at the level of "
          .. "the umbilicus, pressing slowly back toward the spine (psoas).",
        position = "supine",
        technique = "flat",
        landmarks = { "asis", "pubic_tubercle" },
        steps = {
          "Client supine, the knees supported so the hip is slightly flexed.",
          "Find the ASIS and the pubic tubercle: the inguinal ligament runs between them.",
          "Below the middle of the ligament, lateral to the femoral pulse, press onto the iliopsoas in the femoral triangle (distal TrP).",
        },
      },
      sources = { TS2 .. ", ch. 5 (iliopsoas)", DON .. ", chapter on the iliopsoas", DAV .. ", chapter on mid-back, low back and buttock pain" },
      outline = {
        anterior = { { -1.8,114, -4.2,114.6, -5.4,106, -8.0,103.6, -11.4,101.2, -12.0,97, -10.6,91, -9.6,85,
                       -9.1,80, -7.6,78.6, -6.6,81, -6.2,88, -4.6,95, -2.6,104, smooth = true } },
        lateral_right = { { 1.8,110, 4.0,110.4, 5.6,103, 7.6,97.5, 8.4,92, 7.8,85, 6.4,80.6, 4.6,81.4, 4.4,88, 3.0,95, 1.4,103, smooth = true } },
      },
      trps = {
        {
          id = "iliopsoas_distal",
          name = "Distal TrP (femoral triangle)",
          frequency = "common",
          at = { anterior = { -8.2, 84 }, lateral_right = { 6.6, 84.6 } },
          essential = { posterior = { { 0.6,95, 3.4,94.6, 4.6,101, 4.6,110, 3.6,114.6, 1.0,114.8, 0.4,106, smooth = true } },
                        anterior = { { -5.4,75.5, -9.4,75, -11.8,79, -11.8,85.5, -9.8,88, -6.6,87, smooth = true } },
                        lateral_right = { { 5.4,76, 8.6,75.6, 9.0,85, 7.6,88.4, 5.4,86, smooth = true } } },
          spillover = { posterior = { { 0.4,91.5, 4.2,90.8, 7.2,95.5, 5.6,101, 5.4,112, 3.8,116.4, 0.4,116.4, smooth = true } },
                        anterior = { { -4.6,69, -9.2,68.5, -12.6,74, -12.8,86, -10.2,90, -6.0,89, -4.0,80, smooth = true } } },
          note = "Pain runs up and down the lumbar spine on the same side, from about T12 to the sacrum "
            .. "(upper buttock as spillover), and over the front of the upper thigh and groin. Some sources add "
            .. "pain in the lower quadrant of the abdomen (a documented variant).",
          disputed = { "lower_abdomen" },
        },
        {
          id = "iliopsoas_iliacus",
          name = "Iliacus TrP (iliac fossa)",
          palpation = {
            landmarks = { "asis", "iliac_crest" },
            steps = {
              "Find the ASIS.",
              "Just behind it, curl the fingers over the inside of the iliac crest onto the iliac fossa.",
            },
          },
          frequency = "common",
          at = { anterior = { -10.2, 97.2 }, lateral_right = { 5.8, 96.8 } },
          essential = { posterior = { { 0.6,95, 3.4,94.6, 4.6,101, 4.6,110, 3.6,114.6, 1.0,114.8, 0.4,106, smooth = true } },
                        anterior = { { -5.4,75.5, -9.4,75, -11.8,79, -11.8,85.5, -9.8,88, -6.6,87, smooth = true } },
                        lateral_right = { { 5.4,76, 8.6,75.6, 9.0,85, 7.6,88.4, 5.4,86, smooth = true } } },
          spillover = { posterior = { { 0.4,91.5, 4.2,90.8, 7.2,95.5, 5.6,101, 5.4,112, 3.8,116.4, 0.4,116.4, smooth = true } },
                        anterior = { { -4.6,69, -9.2,68.5, -12.6,74, -12.8,86, -10.2,90, -6.0,89, -4.0,80, smooth = true } } },
          note = "Same pattern as the other iliopsoas trigger points: the low back on the same side and the "
            .. "front of the thigh (lower abdominal pain is a documented variant).",
          disputed = { "lower_abdomen" },
        },
        {
          id = "iliopsoas_psoas",
          name = "Psoas TrP (lateral to the rectus, umbilical level)",
          palpation = {
            landmarks = { "umbilicus", "asis" },
            steps = {
              "Find the umbilicus and the lateral border of the rectus beside it.",
              "Through a relaxed abdominal wall, just lateral to the rectus, press slowly back toward the spine.",
            },
          },
          frequency = "common",
          at = { anterior = { -7.6, 102.2 } },  -- lateral to the rectus sheath, pressing back toward the spine
          essential = { posterior = { { 0.6,95, 3.4,94.6, 4.6,101, 4.6,110, 3.6,114.6, 1.0,114.8, 0.4,106, smooth = true } } },
          spillover = { posterior = { { 0.4,91.5, 4.2,90.8, 7.2,95.5, 5.6,101, 5.4,112, 3.8,116.4, 0.4,116.4, smooth = true } },
                        anterior = { { -5.4,75.5, -9.4,75, -11.8,79, -11.8,85.5, -9.8,88, -6.6,87, smooth = true } },
                        lateral_right = { { 5.4,76, 8.6,75.6, 9.0,85, 7.6,88.4, 5.4,86, smooth = true } } },
          note = "The psoas trigger point is felt mostly in the low back; the thigh part of the iliopsoas "
            .. "pattern is weaker here (spillover). Lower abdominal pain is a documented variant.",
          disputed = { "lower_abdomen" },
        },
      },
    },
  },
}
