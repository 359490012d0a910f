-- Muscles of the shoulder girdle, upper back and chest wall (muscles-upper): middle and lower
-- trapezius, the rotator cuff, teres major, latissimus dorsi, rhomboids, serratus anterior,
-- the pectorals and the deltoid, with trigger points and referred-pain zones. Body space in
-- cm (docs/atlas-format.md), subject's right side; the scapula sits on design.md's landmarks
-- (superior angle, root of the spine, inferior angle, acromion). Zones are redrawn in our own
-- coordinates after the charts of Travell & Simons vol. 1; shared zones are locals below.

local TS = "Travell & Simons, Myofascial Pain and Dysfunction: The Trigger Point Manual, vol. 1 (upper half of body), 2nd ed. 1999, "
local DON = "Donnelly et al., Travell, Simons & Simons' Myofascial Pain and Dysfunction, 3rd ed. 2019"
local DAV5 = "Davies & Davies, The Trigger Point Therapy Workbook, 3rd ed. 2013, ch. 5 (shoulder, upper back and upper arm)"
local DAV7 = "Davies & Davies, The Trigger Point Therapy Workbook, 3rd ed. 2013, ch. 7 (chest and abdomen)"

-- Zones several muscles share (front of the shoulder, medial border of the scapula, the
-- ulnar side of the limb); each is a shape for one view.
local FRONT_SHOULDER_ANT = { { -18.0,131.0, -20.8,130.6, -21.3,134.4, -20.9,138.0, -18.6,138.2, -17.2,134.6, smooth = true } }
local FRONT_SHOULDER_LAT = { { 1.4,131.0, 4.4,131.4, 4.4,136.0, 2.4,138.8, 0.8,136.4, smooth = true } }
local MEDIAL_BORDER_POST = { { 5.4,129.4, 7.8,128.6, 8.4,133.8, 7.6,139.4, 6.0,139.6, 5.0,134.6, smooth = true } }
local BACK_SHOULDER_POST = { { 18.2,129.8, 21.8,129.4, 23.8,132.4, 23.4,137.2, 20.0,138.2, 17.6,134.4, smooth = true } }
local ULNAR_LIMB_ANT = {
  { -18.0,110.0, -20.2,110.0, -20.4,126.0, -17.0,127.4, -17.4,118.0, smooth = true },
  { -18.6,104.0, -20.8,104.2, -23.0,96.0, -25.4,88.0, -24.6,86.6, -22.2,91.6, -19.8,98.6, smooth = true },
  { -25.4,80.6, -27.4,80.2, -27.6,70.6, -26.4,67.6, -25.6,70.4, -25.4,75.6, smooth = true },
}
local ULNAR_LIMB_POST = {
  { 18.0,110.0, 20.2,110.0, 20.2,127.0, 17.0,127.6, 17.4,118.0, smooth = true },
  { 18.6,104.0, 20.8,104.2, 23.0,96.0, 25.4,88.0, 24.6,86.6, 22.2,91.6, 19.8,98.6, smooth = true },
  { 25.4,80.6, 27.4,80.2, 27.6,70.6, 26.4,67.6, 25.6,70.4, 25.4,75.6, smooth = true },
}
local MID_DELTOID_POST = { { 21.0,128.2, 23.8,128.8, 24.1,134.6, 22.8,137.2, 20.6,135.6, smooth = true } }
local MID_DELTOID_ANT = { { -21.4,128.0, -24.0,129.0, -24.2,134.4, -22.4,137.0, -20.8,134.4, smooth = true } }
local MID_DELTOID_LAT = { { -2.2,127.6, 2.2,127.4, 3.0,133.6, 0.8,137.6, -2.4,136.4, -3.0,131.6, smooth = true } }

return {
  muscles = {
    {
      id = "middle_trapezius",
      name = "Middle trapezius",
      region = "back",
      layer = "superficial",
      palpation = {
        text = "Patient prone or seated leaning forward with the arms folded so the scapulae "
          .. "slide apart. Find the spinous processes of C7-T3 and the spine of the scapula: the "
          .. "middle fibres run horizontally between them. Press flat across the fibres against the "
          .. "ribs, just medial to the vertebral border at the level of the scapular spine (TrP5), and "
          .. "near the acromion on the upper edge of the spine (TrP6).",
        position = "prone",
        technique = "flat",
        landmarks = { "scapular_spine_root", "c7" },
        steps = {
          "Client prone (or seated leaning forward with the arms folded so the scapulae slide apart).",
          "Find the spinous processes of C7-T3 and the root of the scapular spine: the middle fibres run across between them.",
          "Press flat across the fibres against the ribs, just medial to the vertebral border at the level of the spine (TrP5).",
        },
      },
      sources = { TS .. "ch. 6", DON .. ", chapter on the trapezius", DAV5,
        "NAMTPT symptom checker, trapezius (check.myofascialtherapy.org)" },
      outline = {
        posterior = { { 0.3,146.0, 4.0,144.4, 9.0,142.6, 14.5,141.0, 19.6,139.9, 19.8,138.6, 15.0,139.0, 10.5,138.6,
          6.8,137.8, 4.2,136.0, 0.3,135.2, smooth = true } },
      },
      fibres = {
        posterior = {
          { 1.2,145.4, 6,143.8, 12,141.7, 18.8,139.7, smooth = true },
          { 1.4,144.7, 6,142.6, 12,140.3, 18.6,139.3, smooth = true },
        },
      },
      trps = {
        {
          id = "middle_trapezius_5", name = "TrP5",
          frequency = "common",
          at = { posterior = { 5.5, 138.6 } },
          essential = {
            posterior = { { -0.4,137.2, 3.2,136.8, 5.4,138.2, 4.8,140.6, 2.4,143.0, -0.4,143.4, smooth = true } },
          },
          note = "Superficial burning pain running medially from the point toward the spinous processes of C7-T3.",
        },
        {
          id = "middle_trapezius_6", name = "TrP6",
          palpation = {
            landmarks = { "acromion", "scapular_spine" },
            steps = {
              "Find the acromion and the upper edge of the scapular spine beside it.",
              "Press flat across the fibres just medial to the acromion, on the upper edge of the spine (TrP6).",
            },
          },
          frequency = "common",
          at = { posterior = { 17.5, 139.7 } },
          essential = {
            posterior = { { 17.0,138.4, 20.6,138.0, 22.6,139.0, 21.0,139.8, 17.8,140.4, smooth = true } },
            anterior = { { -17.8,139.0, -20.6,138.6, -22.4,138.6, -21.0,139.8, -18.2,140.4, smooth = true } },
            lateral_right = { { -3.2,139.6, -0.5,140.4, 1.8,139.8, 1.2,138.4, -2.6,138.4, smooth = true } },
          },
          note = "An ache on the top of the shoulder at the acromion, easily taken for a joint problem.",
        },
      },
    },
    {
      id = "lower_trapezius",
      name = "Lower trapezius",
      region = "back",
      layer = "superficial",
      palpation = {
        text = "Patient prone, or seated with the arms crossed in front to pull the scapulae "
          .. "forward. Find the inferior angle and the medial border of the scapula: the lower "
          .. "trapezius rises from the thoracic spinous processes toward the root of the scapular "
          .. "spine. Its lateral edge can be picked up and rolled where it crosses the medial border "
          .. "near the level of the inferior angle (TrP3); TrP4 is pressed flat just below the spine, "
          .. "close to the medial border.",
        position = "prone",
        technique = "pincer",
        landmarks = { "scapula_inferior_angle", "scapula_medial_border" },
        steps = {
          "Client prone, or seated with the arms crossed in front to pull the scapulae forward.",
          "Find the inferior angle and the medial border of the scapula.",
          "Pick up the lateral edge of the lower trapezius where it crosses the medial border near the level of the inferior angle, and roll it (TrP3).",
        },
      },
      sources = { TS .. "ch. 6", DON .. ", chapter on the trapezius", DAV5,
        "NAMTPT symptom checker, trapezius (check.myofascialtherapy.org)" },
      outline = {
        posterior = { { 0.3,136.6, 4.4,137.0, 7.6,137.8, 8.6,136.4, 6.6,129.4, 3.6,120.6, 0.3,112.6, smooth = true } },
      },
      fibres = {
        posterior = {
          { 0.8,136, 4,136.6, 7.6,137.4, smooth = true },
          { 1.4,114.5, 3.4,122, 5.6,130, 7.4,136.4, smooth = true },
        },
      },
      trps = {
        {
          id = "lower_trapezius_3", name = "TrP3",
          frequency = "common",
          at = { posterior = { 5.4, 127.8 } },
          essential = {
            posterior = {
              { 0.6,148.6, 3.8,148.4, 5.0,151.8, 6.4,155.0, 4.8,156.4, 1.2,155.6, 0.4,152.0, smooth = true },
              { 17.2,137.2, 20.6,137.0, 22.2,138.6, 20.8,139.6, 17.6,139.6, smooth = true },
            },
            lateral_right = { { -5.4,149.4, -3.4,149.6, -2.2,152.6, -2.0,155.0, -4.4,155.8, -6.8,154.6, -5.2,152.0, smooth = true } },
          },
          spillover = {
            posterior = { { 4.4,137.6, 9.0,139.2, 14.6,139.6, 15.0,141.2, 9.4,142.8, 4.0,141.2, smooth = true } },
          },
          note = "A key point that often keeps the upper trapezius points going: pain high in the "
            .. "back of the neck and over the mastoid, and at the acromion, with spillover over the "
            .. "suprascapular region.",
        },
        {
          id = "lower_trapezius_4", name = "TrP4",
          palpation = {
            technique = "flat",
            landmarks = { "scapular_spine_root", "scapula_medial_border" },
            steps = {
              "Find the root of the scapular spine at the medial border.",
              "Press flat against the scapula just below the spine, close to the medial border (TrP4).",
            },
          },
          frequency = "common",
          at = { posterior = { 7.2, 135.0 } },
          essential = { posterior = MEDIAL_BORDER_POST },
          note = "Burning pain along the medial (vertebral) border of the scapula.",
        },
      },
    },
    {
      id = "supraspinatus",
      name = "Supraspinatus",
      region = "shoulder",
      layer = "deep",
      palpation = {
        text = "Patient seated or prone with the arm resting. Find the spine of the scapula: "
          .. "the muscle fills the fossa above it, under the trapezius. Press firmly down through the "
          .. "trapezius into the fossa to find the medial point; the lateral point lies in the angle "
          .. "between the clavicle and the spine of the scapula, and the tendon can be felt just "
          .. "below the tip of the acromion with the hand placed behind the back.",
        position = "seated",
        technique = "flat",
        landmarks = { "scapular_spine", "acromion" },
        steps = {
          "Client seated (or prone) with the arm resting.",
          "Find the spine of the scapula; the supraspinatus fills the fossa above it, under the trapezius.",
          "Press firmly down through the trapezius into the fossa above the middle of the spine (medial TrP).",
        },
      },
      sources = { TS .. "ch. 21", DON .. ", chapter on the supraspinatus", DAV5 },
      outline = {
        -- the supraspinous fossa above the spine of the scapula (body.lua's spine line), then the
        -- tendon under the acromion to the greater tubercle
        posterior = { { 7.4,139.5, 8.3,141.4, 13.0,141.9, 17.6,141.4, 20.4,140.2, 21.8,138.8, 21.0,138.0, 19.4,139.7,
          18.0,140.45, 15.0,140.35, 12.5,140.0, 10.0,139.65, 8.0,139.25, smooth = true } },
      },
      trps = {
        {
          id = "supraspinatus_1", name = "Medial TrP (in the fossa)",
          frequency = "common",
          at = { posterior = { 10.5, 140.3 } },
          essential = {
            posterior = {
              MID_DELTOID_POST[1],
              { 23.0,104.6, 25.4,105.0, 25.4,109.6, 23.2,110.0, 22.6,107.4, smooth = true },
            },
            anterior = {
              MID_DELTOID_ANT[1],
              { -22.6,104.8, -25.4,105.2, -25.6,109.4, -23.2,110.2, smooth = true },
            },
            lateral_right = {
              MID_DELTOID_LAT[1],
              { -3.4,104.6, 0.6,104.4, 1.4,107.8, -0.6,110.2, -3.6,109.0, smooth = true },
            },
          },
          spillover = {
            posterior = {
              { 22.2,110.4, 24.6,111.6, 24.0,121.0, 23.8,128.6, 21.2,128.0, 21.6,118.0, smooth = true },
              { 24.2,103.6, 26.4,103.8, 28.4,96.0, 29.6,90.0, 28.0,89.6, 26.6,95.4, smooth = true },
            },
            -- the forearm part is drawn in the back view only: in the side view the hanging
            -- forearm lies over the hip, whose named areas would be reported instead
            lateral_right = {
              { -3.6,110.0, 0.8,110.2, 2.6,120.0, 2.8,127.4, -2.8,127.8, -3.8,118.0, smooth = true },
            },
          },
          note = "Deep ache around the middle deltoid, strongest at night, with a focus at the lateral "
            .. "epicondyle; spillover down the lateral arm and forearm.",
        },
        {
          id = "supraspinatus_2", name = "Lateral TrP (near the acromion)",
          palpation = {
            landmarks = { "acromion", "scapular_spine" },
            steps = {
              "Find the acromion and the angle between the clavicle and the spine of the scapula behind it.",
              "Press deep into that angle (lateral TrP); with the hand placed behind the back the tendon is felt just below the acromion.",
            },
          },
          frequency = "common",
          at = { posterior = { 17.2, 140.9 } },
          essential = { posterior = MID_DELTOID_POST, lateral_right = MID_DELTOID_LAT, anterior = MID_DELTOID_ANT },
          note = "The musculotendinous point refers mainly to the middle deltoid region.",
        },
      },
    },
    {
      id = "infraspinatus",
      name = "Infraspinatus",
      region = "shoulder",
      layer = "intermediate",
      palpation = {
        text = "Patient prone or lying on the other side, the arm resting across the chest to "
          .. "stretch the muscle. Find the spine of the scapula and the medial border: the "
          .. "infraspinatus fills the fossa below the spine and lies almost directly under the skin. "
          .. "Press flat against the bone just below the spine, working from the medial border "
          .. "outward; tender bands often sit a finger-width or two below the spine.",
        position = "prone",
        technique = "flat",
        landmarks = { "scapular_spine", "scapula_medial_border" },
        steps = {
          "Client prone or lying on the other side, the arm resting across the chest.",
          "Find the spine of the scapula and the medial border; the infraspinatus fills the fossa below the spine.",
          "Press flat against the bone a finger-width or two below the spine, working from the medial border outward (upper TrPs).",
        },
      },
      sources = { TS .. "ch. 22", DON .. ", chapter on the infraspinatus", DAV5,
        "Kwon et al., Characteristics of myofascial pain syndrome of the infraspinatus muscle, Ann Rehabil Med 2017;41(4):573-581",
        "MedLink Neurology, myofascial pain patterns of the infraspinatus (reproduces the Travell & Simons figure: the medial-border point is infrequent)" },
      outline = {
        posterior = { { 7.0,137.4, 12.0,138.0, 17.6,138.4, 20.8,136.8, 19.0,135.0, 15.2,132.6, 11.2,129.2, 8.8,127.8,
          7.6,130.2, 6.9,134.2, smooth = true } },
      },
      fibres = {
        posterior = {
          { 7.6,137, 13,137.6, 19.4,136.6, smooth = true },
          { 8.2,129.2, 13,132.4, 19,135.4, smooth = true },
        },
      },
      trps = {
        {
          id = "infraspinatus_1", name = "Upper medial TrP (below the spine)",
          frequency = "common",
          at = { posterior = { 10.0, 135.8 } },
          essential = { anterior = FRONT_SHOULDER_ANT, lateral_right = FRONT_SHOULDER_LAT },
          spillover = {
            hand_palmar = { { -8.9,3.8, -12,3.8, -12,6.2, -8.9,6.2 }, { -9.4,6.6, -11.8,6.6, -11.8,9.8, -9.6,9.8 }, { -7.6,14.4, -7,15.1, -6.6,16.1, -6.2,17.1, -5.8,17.55, -5.2,17.6, -4.8,17.25, -4.8,16.6, -5.35,14.4, -6,12.4, -6.8,12.6, smooth = true } },
            anterior = {
              { -19.6,118.0, -23.8,118.6, -24.0,130.0, -19.4,130.0, smooth = true },
              { -24.4,103.6, -26.6,103.6, -29.4,92.0, -30.4,86.0, -28.6,85.6, -26.6,92.0, -24.6,99.0, smooth = true },
              { -29.8,83.4, -31.6,81.6, -33.6,77.4, -32.8,74.0, -30.6,72.6, -29.6,77.6, smooth = true },
            },
            lateral_right = { { 1.0,112.0, 3.4,112.4, 4.0,124.0, 4.4,131.0, 1.0,130.6, 0.4,121.0, smooth = true } },
          },
          disputed = { "interscapular" },
          note = "Deep pain in the front of the shoulder joint, spilling down the front and lateral arm, "
            .. "the radial forearm and the radial side of the hand. Some charts also shade the medial "
            .. "border of the scapula for these upper points; Travell & Simons give that area to a "
            .. "separate, less common lower medial point, and we follow them.",
        },
        {
          id = "infraspinatus_2", name = "Upper lateral TrP",
          frequency = "common",
          at = { posterior = { 14.0, 135.6 } },
          essential = { anterior = FRONT_SHOULDER_ANT, lateral_right = FRONT_SHOULDER_LAT },
          spillover = {
            anterior = {
              { -19.6,118.0, -23.8,118.6, -24.0,130.0, -19.4,130.0, smooth = true },
              { -24.4,103.6, -26.6,103.6, -29.4,92.0, -30.4,86.0, -28.6,85.6, -26.6,92.0, -24.6,99.0, smooth = true },
            },
            lateral_right = { { 1.0,112.0, 3.4,112.4, 4.0,124.0, 4.4,131.0, 1.0,130.6, 0.4,121.0, smooth = true } },
          },
          disputed = { "interscapular" },
          note = "Same front-of-shoulder pattern as the medial point; the medial-border variant is "
            .. "handled as for the medial point (Travell & Simons followed).",
        },
        {
          id = "infraspinatus_3", name = "Lower medial TrP",
          palpation = {
            landmarks = { "scapula_medial_border", "scapula_inferior_angle" },
            steps = {
              "Find the middle of the medial border of the scapula.",
              "Press flat against the bone just lateral to the border, in the lower part of the fossa.",
            },
          },
          frequency = "occasional",
          at = { posterior = { 9.0, 130.6 } },
          essential = { posterior = MEDIAL_BORDER_POST },
          note = "Infrequent: refers to the medial border of the scapula, where it is easily blamed on the rhomboids."
            .. " Travell & Simons call it infrequent (marked occasional here); Kwon et al. (2017), in a "
            .. "series of 297 patients, found scapular pain the commonest complaint, so it may be less "
            .. "rare in clinics than the manual suggests.",
        },
      },
    },
    {
      id = "teres_minor",
      name = "Teres minor",
      region = "shoulder",
      layer = "intermediate",
      palpation = {
        text = "Patient prone or lying on the other side, the arm flexed and resting forward. "
          .. "Find the lateral border of the scapula: teres minor lies along its upper half, above "
          .. "teres major and below the infraspinatus. Roll across the border with the fingertips, "
          .. "feeling the band tighten when the patient turns the arm outward.",
        position = "prone",
        technique = "flat",
        landmarks = { "scapula_lateral_border", "acromion" },
        steps = {
          "Client prone or lying on the other side, the arm flexed and resting forward.",
          "Find the lateral border of the scapula; teres minor lies along its upper half, between the infraspinatus and teres major.",
          "Roll across the border with the fingertips while the client turns the arm outward to feel the band.",
        },
      },
      sources = { TS .. "ch. 23", DON .. ", chapter on the teres minor", DAV5 },
      outline = {
        posterior = { { 11.4,130.6, 13.2,129.8, 17.2,132.2, 20.8,134.6, 20.4,136.2, 16.8,134.6, 12.4,132.2, smooth = true } },
      },
      trps = {
        {
          id = "teres_minor_1", name = "Teres minor TrP",
          frequency = "common",
          at = { posterior = { 16.0, 133.4 } },
          essential = {
            posterior = { { 19.0,128.6, 22.4,128.0, 23.8,131.4, 22.8,134.8, 19.8,134.8, 18.6,131.6, smooth = true } },
            lateral_right = { { -5.2,128.6, -2.8,128.6, -2.6,133.0, -4.8,134.0, smooth = true } },
          },
          note = "A sharply outlined deep ache in the back of the shoulder, just above the deltoid insertion.",
        },
      },
    },
    {
      id = "teres_major",
      name = "Teres major",
      region = "shoulder",
      layer = "intermediate",
      palpation = {
        text = "Patient prone with the arm hanging over the table edge, or supine with the arm "
          .. "raised. Find the inferior angle of the scapula: teres major runs from its lateral side up "
          .. "to the arm and forms, with the latissimus, the posterior axillary fold. Grasp the fold "
          .. "between thumb and fingers and roll it; the muscle lies on the inner (scapular) side of "
          .. "the fold, above the latissimus.",
        position = "prone",
        technique = "pincer",
        landmarks = { "scapula_inferior_angle", "scapula_lateral_border" },
        steps = {
          "Client prone with the arm hanging over the table edge (or supine with the arm raised).",
          "Find the inferior angle of the scapula; teres major runs from beside it up to the arm.",
          "Grasp the posterior axillary fold between thumb and fingers and roll it; teres major is on the scapular side of the fold, above the latissimus.",
        },
      },
      sources = { TS .. "ch. 25", DON .. ", chapter on the teres major", DAV5 },
      outline = {
        posterior = { { 8.8,127.3, 10.6,127.4, 14.2,129.4, 18.6,131.4, 18.2,133.0, 14.4,131.6, 11.0,130.6, 8.6,129.4, smooth = true } },
      },
      trps = {
        {
          id = "teres_major_1", name = "Medial TrP (near the inferior angle)",
          frequency = "common",
          at = { posterior = { 10.4, 128.6 } },
          essential = {
            posterior = {
              { 18.4,130.4, 21.8,129.6, 23.8,131.6, 23.6,136.0, 20.6,137.4, 18.2,134.6, smooth = true },
              { 18.8,112.6, 21.4,112.4, 21.6,128.6, 19.0,129.0, smooth = true },
            },
            lateral_right = { { -5.2,128.6, -2.8,128.6, -2.6,133.0, -4.8,134.0, smooth = true } },
          },
          spillover = {
            posterior = { { 21.6,100.4, 24.2,101.0, 26.8,92.0, 27.8,86.6, 25.6,86.4, 23.6,92.0, smooth = true } },
          },
          note = "Pain in the back of the shoulder and over the long head of the triceps; occasionally the back of the forearm.",
        },
        {
          id = "teres_major_2", name = "Lateral TrP (posterior axillary fold)",
          palpation = {
            landmarks = { "scapula_lateral_border", "scapula_inferior_angle" },
          },
          frequency = "common",
          at = { posterior = { 16.2, 131.2 } },
          essential = {
            posterior = {
              { 18.4,130.4, 21.8,129.6, 23.8,131.6, 23.6,136.0, 20.6,137.4, 18.2,134.6, smooth = true },
              { 18.8,112.6, 21.4,112.4, 21.6,128.6, 19.0,129.0, smooth = true },
            },
          },
          note = "Same pattern as the medial point; found by rolling the posterior axillary fold.",
        },
      },
    },
    {
      id = "subscapularis",
      name = "Subscapularis",
      region = "shoulder",
      layer = "deep",
      palpation = {
        text = "Patient supine, the arm abducted as far as comfortable and pulled gently to "
          .. "draw the scapula out from the chest wall. Slide the fingers into the axilla between "
          .. "the latissimus and the ribs, then press backward onto the front (rib-side) surface of "
          .. "the scapula along its lateral border; the muscle is deep and tender points here are "
          .. "usually exquisitely sore.",
        position = "supine",
        technique = "flat",
        landmarks = { "scapula_lateral_border", "scapula_inferior_angle" },
        steps = {
          "Client supine, the arm abducted as far as comfortable and gently pulled to draw the scapula away from the ribs.",
          "Slide the fingers into the axilla between the latissimus and the ribs, toward the lateral border of the scapula.",
          "Press backward onto the rib-side surface of the scapula along that border; go slowly, these points are very sore.",
        },
      },
      sources = { TS .. "ch. 26", DON .. ", chapter on the subscapularis", DAV5,
        "NAMTPT symptom checker, subscapularis (check.myofascialtherapy.org)" },
      outline = {
        posterior = { { 7.0,139.4, 8.0,140.6, 12.0,140.2, 16.6,136.6, 19.6,135.4, 19.4,134.0, 16.0,133.4, 12.2,130.0,
          8.8,127.8, 7.8,130.0, 6.8,134.6, smooth = true } },
      },
      trps = {
        {
          id = "subscapularis_1", name = "Lateral TrPs (along the lateral border)",
          frequency = "common",
          at = { posterior = { 12.6, 131.0 } },
          essential = {
            hand_dorsal = { { 8.9,3.8, 15.3,3.8, 15.3,6.2, 8.9,6.2 }, { 9.6,4, 14.2,4, 14.2,9.5, 13.4,12.6, 10.2,12.6, 9.4,9, smooth = true } },
            posterior = {
              BACK_SHOULDER_POST[1],
              { 25.6,80.6, 27.6,80.2, 30.2,80.4, 31.0,82.0, 30.4,84.2, 27.6,84.6, 25.4,84.2, 25.3,82.2, smooth = true },
            },
          },
          spillover = {
            hand_palmar = { { -8.9,3.8, -15.3,3.8, -15.3,6.2, -8.9,6.2 }, { -9.6,7.6, -14.2,7.6, -14.4,11.5, -14.2,14.6, -12.5,15.2, -10,15, -9.2,13, -9,10, smooth = true } },
            posterior = {
              { 8.4,129.4, 13.6,131.4, 17.2,134.8, 15.4,138.6, 9.6,139.6, 7.4,134.6, smooth = true },
              { 18.6,108.6, 22.6,108.2, 23.4,120.0, 22.8,129.4, 18.4,129.6, 17.8,118.0, smooth = true },
            },
            anterior = { { -25.6,80.6, -27.6,80.2, -30.2,80.4, -31.0,82.0, -30.4,84.2, -27.6,84.6, -25.4,84.2, -25.3,82.2, smooth = true } },
          },
          note = "Severe pain in the back of the shoulder, at rest and in motion, and a telltale band "
            .. "around the wrist, more on the back than on the front; often part of a frozen shoulder.",
        },
        {
          id = "subscapularis_2", name = "Upper TrP (near the neck of the scapula)",
          palpation = {
            landmarks = { "scapula_lateral_border", "acromion" },
            steps = {
              "From the lateral border, slide the fingers as high into the axilla as the client allows.",
              "Press backward onto the front of the scapula near its neck, below the shoulder joint.",
            },
          },
          frequency = "common",
          at = { posterior = { 16.2, 134.4 } },
          essential = { posterior = BACK_SHOULDER_POST, lateral_right = { { -5.4,130.8, -2.8,130.8, -2.4,134.6, -4.2,137.6, -5.8,134.6, smooth = true } } },
          spillover = {
            posterior = { { 18.6,108.6, 22.6,108.2, 23.4,120.0, 22.8,129.4, 18.4,129.6, 17.8,118.0, smooth = true } },
          },
          note = "Hard to reach, high in the axilla; refers to the back of the shoulder.",
        },
      },
    },
    {
      id = "latissimus_dorsi",
      name = "Latissimus dorsi",
      region = "back",
      layer = "superficial",
      palpation = {
        text = "Patient supine or side-lying with the arm raised overhead. Grasp the posterior "
          .. "axillary fold, below teres major, between thumb and fingers: the latissimus is the "
          .. "outer, lower part of the fold. Roll it at about the level of the middle of the lateral "
          .. "border of the scapula for the usual point; the lower point lies in the fibres on the "
          .. "side of the trunk, felt with flat palpation against the ribs.",
        position = "supine",
        technique = "pincer",
        landmarks = { "scapula_lateral_border", "scapula_inferior_angle" },
        steps = {
          "Client supine (or lying on the other side) with the arm raised overhead.",
          "Find the lateral border of the scapula and the posterior axillary fold beside it.",
          "Grasp the fold below teres major, at about the middle of the border, and roll it (axillary TrP).",
        },
      },
      sources = { TS .. "ch. 24", DON .. ", chapter on the latissimus dorsi", DAV5 },
      outline = {
        posterior = { { 0.3,126.8, 7.0,126.4, 11.4,127.6, 15.4,130.6, 18.2,132.2, 18.8,130.6, 16.4,129.6, 15.0,128.4,
          14.4,124.0, 14.0,116.0, 13.4,108.0, 13.2,104.0, 11.6,100.2, 6.0,98.4, 0.3,97.6, smooth = true } },
        lateral_right = { { -9.6,134.0, -6.8,132.6, -5.6,126.0, -5.6,116.0, -6.2,106.6, -8.2,104.8, -8.6,110.0, -9.6,116.0,
          -10.2,124.0, -10.4,130.0, smooth = true } },
      },
      fibres = {
        posterior = {
          { 1,127.4, 6,126.6, 12,127.4, 17.6,131, smooth = true },
          { 1.2,112, 6,116, 11.6,122.8, 14.8,128.6, 17.4,130.8, smooth = true },
          { 3,98.6, 8.6,101.6, 11.6,106.6, 12.6,114, 13.4,121, 14.4,127.6, 16.4,130.2, 18,131.2, smooth = true },
        },
      },
      trps = {
        {
          id = "latissimus_dorsi_1", name = "Axillary TrP (posterior axillary fold)",
          frequency = "common",
          at = { posterior = { 15.8, 129.9 } },
          essential = {
            posterior = { { 4.4,122.0, 9.0,121.0, 12.4,124.4, 12.2,129.2, 9.0,131.2, 5.2,129.6, 3.6,125.6, smooth = true } },
            lateral_right = { { -10.0,122.2, -7.6,122.6, -7.2,129.8, -10.0,130.4, smooth = true } },
          },
          spillover = {
            hand_dorsal = { { 14.5,16.4, 14.45,19.9, 14.5,22.1, 14.3,23.3, 13.9,23.5, 13.5,23.3, 13.2,22.2, 13.1,19.9, 13,17, smooth = true }, { 16.3,16, 16.4,18.1, 16.5,19.7, 16.35,20.5, 16.05,20.7, 15.7,20.55, 15.4,19.8, 15.25,18.2, 15.05,16.3, smooth = true }, { 13,7, 15.6,7.2, 16.2,10.4, 16.2,13.4, 13.2,14.8, smooth = true } },
            hand_palmar = { { -14.5,16.4, -14.45,19.9, -14.5,22.1, -14.3,23.3, -13.9,23.5, -13.5,23.3, -13.2,22.2, -13.1,19.9, -13,17, smooth = true }, { -16.3,16, -16.4,18.1, -16.5,19.7, -16.35,20.5, -16.05,20.7, -15.7,20.55, -15.4,19.8, -15.25,18.2, -15.05,16.3, smooth = true }, { -12.9,11, -15.8,10.8, -16.1,13.6, -15,15.6, -13,16 } },
            posterior = { BACK_SHOULDER_POST[1], ULNAR_LIMB_POST[1], ULNAR_LIMB_POST[2], ULNAR_LIMB_POST[3] },
            anterior = ULNAR_LIMB_ANT,
          },
          note = "A constant ache at and around the inferior angle of the scapula, with spillover to "
            .. "the back of the shoulder and down the ulnar side of the arm, forearm and hand to the "
            .. "ring and little fingers.",
        },
        {
          id = "latissimus_dorsi_2", name = "Lower lateral TrP",
          palpation = {
            position = "side_lying",
            technique = "flat",
            landmarks = { "costal_margin", "iliac_crest" },
            steps = {
              "Client lying on the other side with the arm overhead.",
              "Find the lower ribs at the side of the trunk, above the iliac crest.",
              "Press the lower lateral fibres flat against the ribs.",
            },
          },
          frequency = "occasional",
          at = { posterior = { 12.6, 114.0 }, lateral_right = { -7.0, 113.0 } },
          essential = {
            anterior = {
              FRONT_SHOULDER_ANT[1],
              { -12.2,104.4, -13.2,104.6, -13.4,110.0, -12.4,110.4, smooth = true },
            },
            posterior = { { 10.8,103.6, 13.2,104.4, 13.2,110.2, 11.4,111.0, 10.2,107.4, smooth = true } },
            lateral_right = { { -8.0,105.2, -5.4,105.0, -5.6,110.6, -8.2,110.4, smooth = true } },
          },
          note = "The lower fibres refer to the front of the shoulder and to the flank above the iliac crest."
            .. " Less common than the axillary point in Travell & Simons (marked occasional).",
        },
      },
    },
    {
      id = "rhomboids",
      name = "Rhomboids (major and minor)",
      region = "back",
      layer = "intermediate",
      palpation = {
        text = "Patient prone, or seated leaning forward with the arms crossed to draw the "
          .. "scapulae apart. Find the medial border of the scapula and the spinous processes of "
          .. "C7-T5; the rhomboids run obliquely down and out between them, under the trapezius. "
          .. "Press across the fibres against the ribs close to the medial border, where tender "
          .. "points cluster, and feel for bands running parallel to the border's slope.",
        position = "prone",
        technique = "flat",
        landmarks = { "scapula_medial_border", "c7" },
        steps = {
          "Client prone, or seated leaning forward with the arms crossed to draw the scapulae apart.",
          "Find the medial border of the scapula and the spinous processes of C7-T5.",
          "Press across the oblique fibres against the ribs close to the medial border, through the trapezius.",
        },
      },
      sources = { TS .. "ch. 27", DON .. ", chapter on the rhomboids", DAV5 },
      outline = {
        posterior = { { 0.3,146.4, 2.6,144.4, 6.6,139.6, 6.6,135.0, 7.4,131.0, 8.3,128.0, 6.0,130.4, 3.0,132.0, 0.3,133.0, smooth = true } },
      },
      fibres = {
        posterior = {
          { 0.8,145.6, 4,141.6, 7,138.2, smooth = true },
          { 0.8,134, 4.5,131, 7.8,128.8, smooth = true },
        },
      },
      trps = {
        {
          id = "rhomboids_1", name = "Upper TrP (rhomboid minor)",
          palpation = {
            landmarks = { "scapular_spine_root", "c7" },
          },
          frequency = "common",
          at = { posterior = { 4.6, 139.0 } },
          essential = {
            posterior = { { 4.4,129.6, 8.0,128.8, 8.2,134.0, 7.4,140.6, 5.2,141.0, 4.2,135.4, smooth = true } },
          },
          spillover = {
            posterior = { { 6.6,139.4, 11.8,139.8, 15.4,140.6, 13.6,142.2, 8.4,142.8, 6.2,141.4, smooth = true } },
          },
          note = "Superficial ache along the medial border of the scapula, spilling upward over the supraspinous area.",
        },
        {
          id = "rhomboids_2", name = "Lower TrP (rhomboid major)",
          frequency = "common",
          at = { posterior = { 5.6, 133.6 } },
          essential = {
            posterior = { { 4.4,129.6, 8.0,128.8, 8.2,134.0, 7.4,140.6, 5.2,141.0, 4.2,135.4, smooth = true } },
          },
          note = "Same pattern: along the vertebral border between the scapula and the spine.",
        },
        {
          id = "rhomboids_3", name = "Lowest TrP (rhomboid major, near the inferior angle)",
          palpation = {
            technique = "flat",
            landmarks = { "scapula_inferior_angle", "scapula_medial_border" },
            steps = {
              "Find the medial border of the scapula a few centimetres above the inferior angle.",
              "Press just medial to the border, across the oblique fibres, against the ribs.",
            },
          },
          frequency = "occasional",
          at = { posterior = { 7.0, 130.4 } },
          essential = {
            posterior = { { 4.4,129.6, 8.0,128.8, 8.2,134.0, 7.4,140.6, 5.2,141.0, 4.2,135.4, smooth = true } },
          },
          note = "Travell & Simons chart several points along the medial border; this lowest one refers along the same "
            .. "vertebral border (marked occasional)",
        },
      },
    },
    {
      id = "serratus_anterior",
      name = "Serratus anterior",
      region = "chest",
      layer = "intermediate",
      palpation = {
        text = "Patient lying on the other side, the arm forward and resting. Find the "
          .. "midaxillary line at the level of the nipple (5th-6th rib): the serratus digitations "
          .. "lie on the ribs between the latissimus behind and the pectoralis major in front. Press "
          .. "flat onto each rib in turn; the taut band is short and follows the rib's direction.",
        position = "side_lying",
        technique = "flat",
        landmarks = { "nipple", "scapula_inferior_angle" },
        steps = {
          "Client lying on the other side, the arm forward and resting.",
          "Find the midaxillary line at the level of the nipple (5th-6th ribs).",
          "Between the latissimus behind and the pectoralis major in front, press flat onto each rib in turn; the band is short and follows the rib.",
        },
      },
      sources = { TS .. "ch. 46", DON .. ", chapter on the serratus anterior", DAV7,
        "NAMTPT symptom checker, serratus anterior (check.myofascialtherapy.org)" },
      outline = {
        anterior = { { -12.6,129.6, -14.6,128.0, -14.4,121.0, -13.8,114.0, -12.2,112.0, -11.0,114.6, -11.8,117.4, -10.8,120.0,
          -11.8,122.8, -11.2,125.6, -12.2,127.4, smooth = true } },
        -- the side view, with the arm hidden: the digitations on the ribs between the latissimus
        -- behind and the pectoralis in front, the serrated edge forward
        lateral_right = { { -4.5,128.0, -5.0,121.0, -4.2,114.5, -2.0,111.5, 1.0,111.8, 3.6,113.4, 2.6,115.2, 5.0,116.6,
          3.8,118.6, 6.0,120.0, 4.8,122.0, 6.6,123.4, 5.4,125.4, 6.6,126.8, 4.2,128.6, 0,128.2 } },
      },
      trps = {
        {
          id = "serratus_anterior_1", name = "Midaxillary TrP",
          frequency = "common",
          at = { anterior = { -13.2, 122.0 }, lateral_right = { 1.2, 122.0 } },
          essential = {
            anterior = { { -11.4,117.8, -13.2,117.0, -14.4,120.6, -14.0,125.4, -12.0,126.0, -11.2,122.0, smooth = true } },  -- lateral to the nipple
            posterior = { { 4.6,124.6, 7.6,124.2, 8.4,127.0, 7.8,130.4, 5.2,130.4, 4.2,127.6, smooth = true } },
            -- the side of the chest around the point, reaching the side of the breast as in the front
            -- view but short of the nipple (the side view hides the arm)
            lateral_right = { { -2.0,122.0, -1.4,118.6, 0.9,117.4, 4.0,118.6, 5.4,121.8, 4.2,125.6, 0.9,126.6, -1.4,125.4, smooth = true } },
          },
          spillover = {
            hand_palmar = { { -14.5,16.4, -14.45,19.9, -14.5,22.1, -14.3,23.3, -13.9,23.5, -13.5,23.3, -13.2,22.2, -13.1,19.9, -13,17, smooth = true }, { -16.3,16, -16.4,18.1, -16.5,19.7, -16.35,20.5, -16.05,20.7, -15.7,20.55, -15.4,19.8, -15.25,18.2, -15.05,16.3, smooth = true }, { -12.9,11, -15.8,10.8, -16.1,13.6, -15,15.6, -13,16 } },
            anterior = {
              { -8.6,114.8, -13.8,113.6, -14.6,119.0, -14.6,126.6, -10.6,128.0, -8.4,123.0, smooth = true },
              ULNAR_LIMB_ANT[1], ULNAR_LIMB_ANT[2], ULNAR_LIMB_ANT[3],
            },
            lateral_right = { { -4.2,121.0, -3.4,115.6, 0.9,113.8, 5.2,115.8, 6.2,121.0, 5.4,126.4, 0.9,128.0, -3.4,126.8, smooth = true } },
          },
          note = "Side-of-chest pain at the level of the point, and an ache medial to the inferior angle "
            .. "of the scapula; a 'stitch in the side' when running, or pain on deep breathing.",
        },
      },
    },
    {
      id = "pectoralis_major",
      name = "Pectoralis major",
      region = "chest",
      layer = "superficial",
      palpation = {
        text = "Patient supine, the arm abducted to about 90 degrees to put mild tension on "
          .. "the fibres. Find the clavicle, the sternum and the anterior axillary fold. Grasp the "
          .. "lateral free border (the fold) in a pincer grasp and roll it; press the clavicular and "
          .. "sternal sections flat against the ribs, working along lines parallel to the clavicle.",
        position = "supine",
        technique = "flat",
        landmarks = { "clavicle_mid", "sternal_notch" },
        steps = {
          "Client supine, the arm abducted to about 90 degrees to put mild tension on the fibres.",
          "Find the clavicle, the sternum and the front axillary fold.",
          "Press the clavicular and sternal sections flat against the ribs, working along lines parallel to the clavicle.",
        },
      },
      sources = { TS .. "ch. 42", DON .. ", chapter on the pectoralis major", DAV7 },
      outline = {
        anterior = { { -1.2,139.6, -6.0,140.0, -11.0,139.9, -15.6,138.8, -19.2,135.6, -20.0,133.2, -18.8,131.6, -16.4,130.6,
          -14.4,126.4, -12.2,120.6, -8.0,119.0, -3.0,119.2, -0.8,121.4, -0.8,130.0, smooth = true } },
        lateral_right = { { 4.6,138.4, 6.6,137.6, 9.4,133.6, 11.2,128.4, 11.4,124.8, 8.8,123.2, 5.4,124.6, 4.6,130.0, smooth = true } },
      },
      fibres = {
        anterior = {
          { -2,139.5, -9,139.2, -15,136.5, -18.4,134, smooth = true },
          { -1.2,130, -8,130.5, -14,131.8, -18.2,133.2, smooth = true },
          { -2.5,121.2, -9,121.5, -14,126, -17.8,132.4, smooth = true },
        },
      },
      trps = {
        {
          id = "pectoralis_major_1", name = "Clavicular section TrP",
          frequency = "common",
          at = { anterior = { -8.4, 137.0 }, lateral_right = { 6.0, 136.6 } },
          essential = {
            anterior = {
              { -18.2,130.2, -21.6,129.4, -23.4,132.8, -22.6,137.4, -19.4,138.6, -17.2,135.0, smooth = true },
              { -4.4,136.6, -11.6,136.2, -12.8,138.4, -9.0,139.4, -4.6,139.2, smooth = true },
            },
            lateral_right = FRONT_SHOULDER_LAT,
          },
          note = "Pain over the front of the shoulder (anterior deltoid) and locally over the clavicular section.",
        },
        {
          id = "pectoralis_major_2", name = "Sternal section TrP (intermediate)",
          palpation = {
            landmarks = { "sternal_notch", "nipple" },
            steps = {
              "Find the sternal notch and follow the sternum down to the level between the notch and the nipple.",
              "Press the sternal fibres flat against the ribs, midway between the sternum and the nipple line.",
            },
          },
          frequency = "common",
          at = { anterior = { -7.0, 129.0 } },
          essential = {
            anterior = {
              { -2.2,123.6, -8.4,122.4, -14.0,126.6, -15.0,131.0, -11.6,135.4, -5.2,135.6, -2.0,131.2, smooth = true },
              { -17.9,112.0, -19.8,112.2, -20.0,126.8, -17.2,127.6, -17.4,120.0, smooth = true },
              { -17.6,105.4, -19.6,105.2, -20.0,108.8, -18.0,109.8, smooth = true },
            },
            lateral_right = { { 6.2,124.6, 11.6,125.4, 10.6,131.6, 7.2,134.8, 5.2,131.4, smooth = true } },
          },
          spillover = {
            hand_palmar = { { -14.5,16.4, -14.45,19.9, -14.5,22.1, -14.3,23.3, -13.9,23.5, -13.5,23.3, -13.2,22.2, -13.1,19.9, -13,17, smooth = true }, { -16.3,16, -16.4,18.1, -16.5,19.7, -16.35,20.5, -16.05,20.7, -15.7,20.55, -15.4,19.8, -15.25,18.2, -15.05,16.3, smooth = true }, { -12.9,11, -15.8,10.8, -16.1,13.6, -15,15.6, -13,16 } },
            anterior = { ULNAR_LIMB_ANT[2], ULNAR_LIMB_ANT[3] },
          },
          note = "Intense anterior chest pain and pain down the inner arm to the medial epicondyle, "
            .. "spilling to the ulnar forearm and the ring and little fingers; on the left side it can "
            .. "mimic angina. A point between the 5th and 6th ribs near the right sternal border "
            .. "is linked with arrhythmia rather than pain.",
        },
        {
          id = "pectoralis_major_3", name = "Lateral border TrP (costal section)",
          palpation = {
            technique = "pincer",
            landmarks = { "nipple", "coracoid" },
            steps = {
              "Grasp the free lateral border (the front axillary fold) between thumb and fingers.",
              "Roll it at about the level of the nipple.",
            },
          },
          frequency = "common",
          at = { anterior = { -13.6, 125.0 }, lateral_right = { 5.6, 125.8 } },
          essential = {
            anterior = { { -6.6,118.6, -12.4,118.8, -14.2,122.0, -13.0,127.4, -8.0,128.4, -5.8,123.2, smooth = true } },
            lateral_right = { { 7.6,119.0, 11.4,119.2, 12.0,123.2, 10.6,127.2, 7.4,127.0, 6.4,122.4, smooth = true } },
          },
          note = "Breast pain and nipple hypersensitivity, sometimes with a feeling of congestion.",
        },
        {
          id = "pectoralis_major_4", name = "Sternal section TrP (medial, beside the sternum)",
          palpation = {
            technique = "flat",
            landmarks = { "sternal_notch", "xiphoid" },
            steps = {
              "Find the sternal notch and follow the edge of the sternum down on the client's side.",
              "Press flat over the fibres arising from the sternum and the costal cartilages, just beside its edge.",
            },
          },
          frequency = "occasional",
          at = { anterior = { -2.4, 128.0 } },
          essential = {
            anterior = { { -0.3,121.6, -3.2,121.8, -4.0,126.0, -3.8,132.0, -3.0,136.8, -0.3,137.6, smooth = true } },
          },
          note = "Local aching over the sternum on the same side, without crossing the midline; easily taken "
            .. "for pain from the heart or the sternum itself (Travell & Simons' parasternal points).",
        },
      },
    },
    {
      id = "pectoralis_minor",
      name = "Pectoralis minor",
      region = "chest",
      layer = "deep",
      palpation = {
        text = "Patient supine with the arm at the side. Find the coracoid process below the "
          .. "lateral clavicle. Slip the fingers under the lateral edge of the pectoralis major from "
          .. "the axilla and press toward the ribs for the lower point, near the rib attachments; "
          .. "the upper point is pressed through the pectoralis major just below the coracoid. A "
          .. "forward push of the shoulder makes the muscle tighten.",
        position = "supine",
        technique = "flat",
        landmarks = { "coracoid", "nipple" },
        steps = {
          "Client supine with the arm at the side.",
          "Find the coracoid process below the lateral clavicle.",
          "Press through the pectoralis major just below and medial to the coracoid (upper TrP); a forward push of the shoulder makes the muscle tighten.",
        },
      },
      sources = { TS .. "ch. 44", DON .. ", chapter on the pectoralis minor", DAV7 },
      outline = {
        anterior = { { -15.8,137.6, -14.6,136.4, -9.6,132.6, -6.9,127.2, -6.4,121.6, -8.0,121.0, -10.6,124.6, -13.6,130.6,
          -16.4,136.2, smooth = true } },
      },
      trps = {
        {
          id = "pectoralis_minor_1", name = "Upper TrP (near the coracoid)",
          frequency = "common",
          at = { anterior = { -13.6, 133.6 } },
          essential = {
            anterior = {
              FRONT_SHOULDER_ANT[1],
              { -6.0,126.4, -12.4,126.0, -15.0,131.4, -13.0,136.8, -7.6,136.8, -5.6,131.6, smooth = true },
            },
            lateral_right = FRONT_SHOULDER_LAT,
          },
          spillover = {
            hand_palmar = { { -14.5,16.4, -14.45,19.9, -14.5,22.1, -14.3,23.3, -13.9,23.5, -13.5,23.3, -13.2,22.2, -13.1,19.9, -13,17, smooth = true }, { -16.3,16, -16.4,18.1, -16.5,19.7, -16.35,20.5, -16.05,20.7, -15.7,20.55, -15.4,19.8, -15.25,18.2, -15.05,16.3, smooth = true }, { -12.9,11, -15.8,10.8, -16.1,13.6, -15,15.6, -13,16 } },
            anterior = {
              ULNAR_LIMB_ANT[1], ULNAR_LIMB_ANT[2],
              { -25.4,80.6, -28.6,80.2, -29.0,70.6, -27.2,66.2, -25.8,68.6, -25.4,75.6, smooth = true },
            },
          },
          note = "Much like the pectoralis major: the front of the shoulder and the pectoral area, "
            .. "spilling down the ulnar side of the arm to the middle, ring and little fingers.",
        },
        {
          id = "pectoralis_minor_2", name = "Lower TrP (near the rib attachments)",
          palpation = {
            landmarks = { "nipple", "coracoid" },
            steps = {
              "Slip the fingers under the lateral edge of the pectoralis major from the axilla.",
              "Press toward the ribs near the attachments on ribs 3-5, above the nipple line (lower TrP).",
            },
          },
          frequency = "common",
          at = { anterior = { -8.4, 125.4 } },
          essential = {
            anterior = {
              FRONT_SHOULDER_ANT[1],
              { -6.0,126.4, -12.4,126.0, -15.0,131.4, -13.0,136.8, -7.6,136.8, -5.6,131.6, smooth = true },
            },
          },
          spillover = {
            hand_palmar = { { -14.5,16.4, -14.45,19.9, -14.5,22.1, -14.3,23.3, -13.9,23.5, -13.5,23.3, -13.2,22.2, -13.1,19.9, -13,17, smooth = true }, { -16.3,16, -16.4,18.1, -16.5,19.7, -16.35,20.5, -16.05,20.7, -15.7,20.55, -15.4,19.8, -15.25,18.2, -15.05,16.3, smooth = true }, { -12.9,11, -15.8,10.8, -16.1,13.6, -15,15.6, -13,16 } },
            anterior = {
              ULNAR_LIMB_ANT[1], ULNAR_LIMB_ANT[2],
              { -25.4,80.6, -28.6,80.2, -29.0,70.6, -27.2,66.2, -25.8,68.6, -25.4,75.6, smooth = true },
            },
          },
          note = "Same pattern as the upper point.",
        },
      },
    },
    {
      id = "deltoid",
      name = "Deltoid",
      region = "shoulder",
      layer = "superficial",
      palpation = {
        text = "Patient seated or supine with the arm relaxed at the side. The deltoid caps the "
          .. "shoulder from the lateral clavicle, acromion and spine of the scapula down to the "
          .. "deltoid tuberosity, halfway down the lateral arm. Its fibres are superficial: use flat "
          .. "palpation against the humerus for the middle part and a pincer grasp on the anterior "
          .. "and posterior borders; points sit mostly in the upper half of each part.",
        position = "seated",
        technique = "flat",
        landmarks = { "acromion", "deltoid_tuberosity" },
        steps = {
          "Client seated or supine, the arm relaxed at the side.",
          "Find the acromion and the deltoid tuberosity halfway down the lateral arm.",
          "Press the middle fibres flat against the humerus in the upper half of the muscle.",
        },
      },
      sources = { TS .. "ch. 28", DON .. ", chapter on the deltoid", DAV5 },
      outline = {
        anterior = { { -16.8,139.2, -19.5,140.2, -22.8,138.6, -24.0,135.8, -24.2,131.0, -23.6,125.5, -22.4,121.6, -21.2,122.8,
          -19.8,127.5, -18.2,133.0, -16.6,136.8, smooth = true } },
        posterior = { { 16.8,139.2, 19.5,140.2, 22.8,138.6, 24.0,135.8, 24.2,131.0, 23.6,125.5, 22.4,121.6, 21.2,122.8,
          19.8,127.5, 18.2,133.0, 16.6,136.8, smooth = true } },
        lateral_right = { { -4.6,138.2, -1.5,140.4, 1.8,139.8, 4.0,136.6, 4.3,131.8, 3.0,126.5, 0.6,121.8, -1.4,122.6,
          -3.6,127.0, -5.2,132.0, smooth = true } },
      },
      fibres = {
        posterior = {
          { 16.8,137.6, 19,131.6, 21,122.6, smooth = true },
          { 21.6,138.4, 22.6,131, 21.8,123, smooth = true },
        },
        anterior = {
          { -17.6,136.8, -18.8,130.5, -21,123, smooth = true },
          { -23.2,138.2, -23.8,131, -21.9,123.2, smooth = true },
        },
      },
      trps = {
        {
          id = "deltoid_1", name = "Anterior deltoid TrP",
          palpation = {
            technique = "pincer",
            landmarks = { "acromion", "clavicle_mid" },
            steps = {
              "Find the acromion and the front of the shoulder below the lateral clavicle.",
              "Grasp the anterior border of the deltoid in a pincer grasp in its upper half and roll it.",
            },
          },
          frequency = "common",
          at = { anterior = { -21.2, 133.0 }, lateral_right = { 2.8, 133.5 } },
          essential = {
            anterior = { { -18.6,129.0, -22.0,126.0, -24.0,129.0, -24.2,135.0, -22.6,138.6, -19.4,138.8, -17.6,134.4, smooth = true } },
            lateral_right = { { 0.6,130.8, 3.8,130.8, 4.2,134.8, 2.6,138.6, 0.4,137.4, -0.2,132.4, smooth = true } },
          },
          spillover = {
            anterior = { { -17.6,124.0, -21.0,119.6, -24.0,122.0, -24.3,130.0, -23.6,136.8, -21.4,139.4, -17.4,138.2, -16.6,131.0, smooth = true } },
            lateral_right = { { -0.8,125.6, 3.6,124.6, 4.4,131.0, 4.0,137.6, 1.2,139.8, -1.0,136.0, -1.4,130.0, smooth = true } },
          },
          note = "Local pain over the anterior and middle deltoid, spilling a little down the arm.",
        },
        {
          id = "deltoid_2", name = "Middle deltoid TrP",
          frequency = "common",
          at = { lateral_right = { 0.0, 131.5 } },
          essential = { lateral_right = MID_DELTOID_LAT },
          spillover = {
            lateral_right = { { -3.8,122.8, 3.0,122.6, 4.2,131.0, 2.6,139.2, -2.6,139.6, -4.6,131.4, smooth = true } },
          },
          note = "Pain around the point over the middle of the deltoid.",
        },
        {
          id = "deltoid_3", name = "Posterior deltoid TrP",
          palpation = {
            technique = "pincer",
            landmarks = { "acromion", "scapular_spine" },
            steps = {
              "Find the acromion and the spine of the scapula behind it.",
              "Grasp the posterior border of the deltoid in a pincer grasp in its upper half and roll it.",
            },
          },
          frequency = "common",
          at = { posterior = { 21.6, 131.5 }, lateral_right = { -3.6, 131.5 } },
          essential = {
            posterior = { { 17.8,130.4, 21.2,126.0, 23.8,128.6, 24.0,135.0, 22.0,138.6, 18.6,137.4, 17.2,134.0, smooth = true } },
            lateral_right = { { -5.0,130.8, -2.0,130.8, -1.6,134.8, -3.4,138.2, -5.4,134.4, smooth = true } },
          },
          spillover = {
            posterior = { { 17.0,121.6, 20.6,118.0, 23.8,121.4, 24.2,131.6, 22.8,138.6, 19.0,139.2, 16.8,134.0, 16.6,127.0, smooth = true } },
          },
          note = "Pain over the back of the shoulder, spilling down the back of the arm.",
        },
        {
          id = "deltoid_4", name = "Anterior deltoid TrP (lower, beside the deltopectoral groove)",
          palpation = {
            technique = "pincer",
            landmarks = { "coracoid", "deltoid_tuberosity" },
            steps = {
              "Find the groove between the deltoid and the pectoralis major below the coracoid.",
              "Grasp the anterior border of the deltoid beside the groove, in the lower half of its anterior part.",
            },
          },
          frequency = "occasional",
          at = { anterior = { -20.4, 127.2 } },
          essential = {
            anterior = { { -18.6,129.0, -22.0,126.0, -24.0,129.0, -24.2,135.0, -22.6,138.6, -19.4,138.8, -17.6,134.4, smooth = true } },
          },
          spillover = {
            anterior = { { -17.6,124.0, -21.0,119.6, -24.0,122.0, -24.3,130.0, -23.6,136.8, -21.4,139.4, -17.4,138.2, -16.6,131.0, smooth = true } },
          },
          note = "Travell & Simons chart several anterior deltoid points along the front border: this lower one "
            .. "refers to the same front and side of the shoulder as the upper one (marked occasional).",
        },
        {
          id = "deltoid_5", name = "Posterior deltoid TrP (lower border)",
          palpation = {
            technique = "pincer",
            landmarks = { "scapular_spine", "deltoid_tuberosity" },
            steps = {
              "Follow the posterior border of the deltoid down from the spine of the scapula toward the deltoid tuberosity.",
              "Grasp the border in its lower half, where it crosses the long head of the triceps.",
            },
          },
          frequency = "occasional",
          at = { posterior = { 20.6, 126.6 } },
          essential = {
            posterior = { { 17.8,130.4, 21.2,126.0, 23.8,128.6, 24.0,135.0, 22.0,138.6, 18.6,137.4, 17.2,134.0, smooth = true } },
          },
          spillover = {
            posterior = { { 17.0,121.6, 20.6,118.0, 23.8,121.4, 24.2,131.6, 22.8,138.6, 19.0,139.2, 16.8,134.0, 16.6,127.0, smooth = true } },
          },
          note = "A lower point on the posterior border, with the same pattern as the upper one: the back of the "
            .. "shoulder and the upper back of the arm (marked occasional).",
        },
      },
    },
  },
}
