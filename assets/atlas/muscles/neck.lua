-- Muscles of the neck (muscles-upper): upper trapezius, levator scapulae, sternocleidomastoid,
-- scalenes, splenius capitis and the suboccipitals, with trigger points and referred-pain
-- zones. Body space in cm (docs/atlas-format.md), subject's right side only; positions are
-- set from design.md's landmarks (C7, mastoid, acromion, superior angle of the scapula).
-- Zones are redrawn in our own coordinates after the charts of Travell & Simons vol. 1.

local TS = "Travell & Simons, Myofascial Pain and Dysfunction: The Trigger Point Manual, vol. 1 (upper half of body), 2nd ed. 1999, "
local DON = "Donnelly et al., Travell, Simons & Simons' Myofascial Pain and Dysfunction, 3rd ed. 2019"
local DAV = "Davies & Davies, The Trigger Point Therapy Workbook, 3rd ed. 2013, ch. 4 (head and neck)"

return {
  muscles = {
    {
      id = "upper_trapezius",
      name = "Upper trapezius",
      region = "neck",
      layer = "superficial",
      palpation = {
        text = "Patient supine or seated with the head tipped slightly toward the same side to "
          .. "slacken the muscle. Find C7 and the acromion: the free upper border of the trapezius "
          .. "runs between them over the top of the shoulder. Pick the border up in a pincer grasp "
          .. "between thumb and fingers, roughly halfway along, and roll it to feel the cord-like "
          .. "taut band of the most vertical fibres (TrP1); TrP2 lies a little lower and further out, "
          .. "in the fibres that run more horizontally.",
        position = "supine",
        technique = "pincer",
        landmarks = { "c7", "acromion" },
        steps = {
          "Client supine (or seated), the head tipped slightly toward the same side to slacken the muscle.",
          "Find C7 and the acromion: the free upper border of the trapezius runs between them.",
          "Pick up the border about halfway along in a pincer grasp between thumb and fingers.",
          "Roll it to find the cord-like band of the most vertical fibres (TrP1).",
        },
      },
      sources = { TS .. "ch. 6", DON .. ", chapter on the trapezius", DAV,
        "NAMTPT symptom checker, upper trapezius (check.myofascialtherapy.org)" },
      outline = {
        posterior = { { 0.3,157.2, 3.2,156.8, 4.6,154.0, 4.9,150.5, 5.0,147.6, 6.6,145.2, 9.6,143.4, 13.0,142.3,
          16.5,141.2, 19.8,140.1, 20.6,139.2, 19.2,138.9, 15.0,139.6, 10.5,140.8, 6.2,142.6, 3.0,144.6, 0.3,145.8, smooth = true } },
        lateral_right = { { -8.6,156.4, -6.8,155.3, -5.2,152.5, -3.6,148.5, -1.2,144.2, 1.8,141.6, 1.2,140.5, -1.8,140.9,
          -4.8,140.3, -8.4,140.8, -7.1,144.3, -6.2,147.2, -5.2,149.5, -5.1,151.8, -6.9,154.1, smooth = true } },
      },
      fibres = {
        posterior = {
          { 0.9,156, 1.3,150.5, 2,146.8, 6,144.6, 12,142.2, 18.2,140.1, smooth = true },
          { 3.2,156.4, 4.2,151.5, 4.6,148, 8,144.6, 14,142.3, 19,140.1, smooth = true },
        },
      },
      trps = {
        {
          id = "upper_trapezius_1", name = "TrP1",
          frequency = "common",
          at = { posterior = { 9.8, 143.2 }, lateral_right = { -1.8, 143.6 } },
          essential = {
            -- the whole posterolateral neck out to its contour, then up behind the ear
            posterior = { { 4.3,145.6, 6.2,145.6, 5.6,147.8, 5.8,150.2, 6.4,152.2, 7.2,154.2, 7.7,156.4, 7.5,158.8,
              6.9,160.2, 6.1,159.2, 5.6,156.8, 4.6,154.4, 4.0,151.4, 3.8,148.4, smooth = true } },
            lateral_right = {
              -- the "question mark": up the neck to the mastoid, behind and over the ear, into the temple
              { -5.4,144.2, -2.8,144.8, -2.2,148.6, -1.4,152.6, -1.6,156.0, -0.8,158.6, 0.8,159.8, 2.6,159.4, 6.4,159.8,
                7.2,162.4, 5.6,164.6, 2.6,164.2, 0.2,162.0, -2.2,160.0, -3.6,157.0, -4.4,153.8, -4.8,150.4, -5.4,147.4, smooth = true },
              { 0.2,149.6, 2.6,149.6, 3.0,151.4, 1.2,152.2, 0.0,151.2, smooth = true },
            },
            anterior = {
              { -6.0,159.6, -7.6,159.8, -7.5,162.8, -6.8,164.4, -5.8,163.4, smooth = true },
              { -4.3,149.6, -5.3,149.9, -5.6,151.3, -4.6,151.5, smooth = true },
            },
          },
          spillover = {
            lateral_right = {
              { 6.2,158.2, 8.0,158.0, 8.4,159.8, 7.0,160.4, smooth = true },
            },
          },
          note = "The classic tension-neck pattern: up the back and side of the neck to the mastoid, "
            .. "and when intense on to the temple and behind the eye; sometimes the angle of the jaw.",
        },
        {
          id = "upper_trapezius_2", name = "TrP2",
          palpation = {
            landmarks = { "acromion", "c7" },
            steps = {
              "Find the acromion and C7 and grasp the free border of the trapezius between them.",
              "Move a little lower and further out, toward the acromion, into the more horizontal fibres.",
              "Roll these fibres in a pincer grasp to find the band (TrP2).",
            },
          },
          frequency = "common",
          at = { posterior = { 12.2, 141.9 }, lateral_right = { -1.0, 141.9 } },
          essential = {
            posterior = { { 4.0,146.0, 5.2,146.2, 5.2,150.0, 6.6,154.0, 6.0,155.8, 4.8,154.8, 3.8,150.5, smooth = true } },
            lateral_right = { { -5.5,145.5, -3.2,146.0, -2.6,150.0, -1.8,154.4, -3.4,155.6, -4.8,152.8, -5.2,149.0, smooth = true } },
          },
          spillover = {
            posterior = { { 5.6,144.6, 8.6,143.2, 9.0,142.2, 6.4,143.2, 4.8,144.6, smooth = true } },
          },
          note = "Lower and more lateral than TrP1; its pain stays on the posterolateral neck and behind the ear, not the head.",
        },
      },
    },
    {
      id = "levator_scapulae",
      name = "Levator scapulae",
      region = "neck",
      layer = "intermediate",
      palpation = {
        text = "Patient seated with the arm hanging, or side-lying. Find the superior angle of "
          .. "the scapula; the muscle leaves it upward and forward toward the transverse processes "
          .. "of C1-C4 behind the sternocleidomastoid. Push the upper trapezius aside at the angle of "
          .. "the neck and press the levator against the underlying muscles for the upper point; the "
          .. "lower point lies about a finger-width above the superior angle, felt through the trapezius "
          .. "with the patient turning the head slightly away.",
        position = "seated",
        technique = "flat",
        landmarks = { "scapula_superior_angle", "c7" },
        steps = {
          "Client seated with the arm hanging (or lying on the other side).",
          "Find the superior angle of the scapula; the levator rises from it up and forward toward the side of the neck.",
          "At the angle of the neck, push the upper trapezius aside and press the levator against the deeper muscles (upper TrP).",
          "About a finger-width above the superior angle, press through the trapezius while the client turns the head slightly away (lower TrP).",
        },
      },
      sources = { TS .. "ch. 19", DON .. ", chapter on the levator scapulae", DAV,
        "NAMTPT symptom checker, levator scapulae (check.myofascialtherapy.org)" },
      outline = {
        posterior = { { 4.0,154.6, 5.4,154.4, 5.0,150.5, 5.3,147.5, 7.2,144.6, 9.0,141.8, 8.6,140.2, 7.2,139.2,
          6.2,140.2, 5.6,143.2, 4.2,147.0, 3.9,151.0, smooth = true } },
        lateral_right = { { -1.2,154.2, -2.8,154.0, -3.8,150.5, -5.3,146.2, -7.8,142.0, -8.4,140.8, -7.0,140.6,
          -4.8,143.5, -2.6,147.8, -1.0,151.4, smooth = true } },
      },
      trps = {
        {
          id = "levator_scapulae_1", name = "Upper TrP (angle of the neck)",
          frequency = "common",
          at = { posterior = { 5.8, 145.2 }, lateral_right = { -4.4, 145.4 } },
          essential = {
            posterior = { { 4.0,142.2, 7.4,141.4, 9.6,142.2, 9.2,143.4, 7.0,144.6, 5.4,146.6, 4.4,147.6, 3.6,145.4, smooth = true } },
            lateral_right = { { -7.4,144.0, -5.2,143.9, -4.0,145.6, -4.8,147.8, -6.2,147.6, -7.2,145.8, smooth = true } },
          },
          spillover = {
            posterior = {
              { 6.0,140.2, 7.8,140.6, 8.2,134.0, 9.4,128.6, 8.4,127.4, 7.0,130.5, 5.6,136.5, smooth = true },
              { 17.2,133.6, 20.8,134.4, 21.6,137.4, 19.4,138.6, 16.8,137.4, smooth = true },
            },
            lateral_right = { { -5.2,133.0, -3.2,133.4, -2.8,137.6, -4.6,138.8, -5.6,136.4, smooth = true } },
          },
          disputed = { "interscapular" },
          note = "Stiff-neck pain at the angle of the neck, with spillover down the medial border of "
            .. "the scapula and to the back of the shoulder. Some workbooks draw the scapular part as "
            .. "solid; we follow Travell & Simons, who show it stippled.",
        },
        {
          id = "levator_scapulae_2", name = "Lower TrP (above the superior angle)",
          frequency = "common",
          at = { posterior = { 8.0, 142.3 }, lateral_right = { -7.2, 142.0 } },
          essential = {
            posterior = { { 4.0,142.2, 7.4,141.4, 9.6,142.2, 9.2,143.4, 7.0,144.6, 5.4,146.6, 4.4,147.6, 3.6,145.4, smooth = true } },
            lateral_right = { { -7.4,144.0, -5.2,143.9, -4.0,145.6, -4.8,147.8, -6.2,147.6, -7.2,145.8, smooth = true } },
          },
          spillover = {
            posterior = {
              { 6.0,140.2, 7.8,140.6, 8.2,134.0, 9.4,128.6, 8.4,127.4, 7.0,130.5, 5.6,136.5, smooth = true },
              { 17.2,133.6, 20.8,134.4, 21.6,137.4, 19.4,138.6, 16.8,137.4, smooth = true },
            },
          },
          disputed = { "interscapular" },
          note = "Same pattern as the upper point: the angle of the neck, spilling down the medial scapular border.",
        },
      },
    },
    {
      id = "sternocleidomastoid",
      name = "Sternocleidomastoid",
      region = "neck",
      layer = "superficial",
      palpation = {
        text = "Patient supine, the head tilted toward the same side (ear toward the shoulder) with "
          .. "the face turned slightly away, which slackens the muscle. Follow it from the mastoid "
          .. "process down to the top of the sternum (sternal division, the front and more "
          .. "superficial head) and to the inner third of the clavicle (clavicular division, "
          .. "behind and lateral). Lift each division away from the neck in a pincer grasp and "
          .. "roll it between thumb and fingers along its length; do not press inward over the "
          .. "carotid artery.",
        position = "supine",
        technique = "pincer",
        landmarks = { "mastoid", "sternal_notch" },
        steps = {
          "Client supine; tilt the head toward the same side and turn the face slightly away to slacken the muscle.",
          "Find the mastoid process and the sternal notch: the sternal head runs between them, the clavicular head behind it to the inner clavicle.",
          "Lift each head away from the neck in a pincer grasp and roll it along its length.",
          "Never press inward over the carotid artery.",
        },
      },
      sources = { TS .. "ch. 7", DON .. ", chapter on the sternocleidomastoid", DAV,
        "NAMTPT symptom checker, sternocleidomastoid (check.myofascialtherapy.org)" },
      outline = {
        anterior = { { -5.6,155.0, -7.0,154.6, -5.5,151.2, -5.0,148.0, -4.9,145.4, -5.6,143.4, -6.3,141.6, -4.6,140.8,
          -2.4,140.6, -1.0,140.4, -0.7,141.4, -2.2,143.6, -3.4,147.0, -4.2,150.6, -4.8,153.6, smooth = true } },
        lateral_right = { { -0.6,156.0, -2.6,155.6, -3.0,153.2, -1.2,149.0, 0.8,145.0, 1.8,141.6, 3.4,141.0, 5.2,141.4,
          4.6,143.4, 2.8,146.8, 1.2,150.4, 0.2,153.6, smooth = true } },
      },
      fibres = {
        anterior = {
          { -6.2,154, -4.9,147, -5.6,142.4, smooth = true },
          { -5.4,154.8, -4.2,147.5, -1.8,141, smooth = true },
        },
        lateral_right = {
          { -1.8,154.4, 0.6,147.5, 2.4,141.6, smooth = true },
          { -0.2,155, 2.6,148, 4.4,141.8, smooth = true },
        },
      },
      trps = {
        {
          id = "sternocleidomastoid_1", name = "Sternal division, upper TrPs",
          frequency = "common",
          at = { anterior = { -4.9, 152.2 }, lateral_right = { -1.0, 152.4 } },
          essential = {
            posterior = {
              { 3.6,156.0, 6.6,155.8, 7.0,158.4, 4.6,159.6, 3.0,158.2, smooth = true },
              { -0.2,167.0, 2.4,167.0, 2.6,168.6, 0.8,169.4, -0.3,168.8, smooth = true },
            },
            lateral_right = {
              { -7.6,155.6, -4.6,155.4, -3.6,157.4, -5.2,159.6, -8.0,159.2, smooth = true },
              { -2.6,167.2, 0.6,167.4, 0.8,168.8, -1.2,169.4, -2.8,168.6, smooth = true },
            },
          },
          note = "The highest sternal-division points refer to the occipital ridge behind the ear and to the vertex.",
        },
        {
          id = "sternocleidomastoid_2", name = "Sternal division, middle TrPs",
          frequency = "common",
          at = { anterior = { -4.0, 147.2 }, lateral_right = { 1.8, 147.2 } },
          essential = {
            anterior = {
              { -2.6,154.6, -5.4,154.4, -6.0,156.6, -4.6,157.8, -2.8,157.4, smooth = true },
              { -1.6,160.2, -3.4,160.0, -5.4,159.6, -5.8,161.0, -3.6,161.8, -1.6,161.4, smooth = true },
            },
            lateral_right = {
              { 5.2,154.4, 8.6,154.6, 9.0,156.6, 6.6,157.4, 5.0,156.4, smooth = true },
              { 6.4,159.8, 8.8,160.2, 8.9,161.6, 6.6,161.4, smooth = true },
            },
          },
          spillover = {
            anterior = { { -0.4,145.4, -3.0,145.6, -3.2,147.4, -2.0,148.4, -0.4,147.6, smooth = true } },
          },
          note = "Face pattern: cheek, over and around the eye, with spillover to the throat; often "
            .. "comes with watering or reddening of the eye on the same side.",
        },
        {
          id = "sternocleidomastoid_3", name = "Sternal division, lower TrPs",
          palpation = {
            landmarks = { "sternal_notch", "mastoid" },
            steps = {
              "Find the sternal notch; the sternal head's tendon rises from the top of the sternum beside it.",
              "Grasp the sternal head just above its tendon in a pincer grasp and roll it (lowest TrPs).",
            },
          },
          frequency = "common",
          at = { anterior = { -1.8, 142.4 }, lateral_right = { 3.8, 142.6 } },
          essential = {
            anterior = { { 1.0,132.0, -1.8,132.2, -2.0,137.2, -1.6,140.0, 0.4,139.8, 1.0,136.0, smooth = true } },
            lateral_right = { { 6.2,132.6, 9.0,133.0, 8.0,136.6, 6.6,138.4, 5.4,136.0, smooth = true } },
          },
          note = "The lowest points, near the sternal attachment, refer downward over the upper sternum.",
        },
        {
          id = "sternocleidomastoid_4", name = "Clavicular division, mid-portion",
          palpation = {
            landmarks = { "sternal_notch", "mastoid" },
            steps = {
              "From the sternal notch, move 2-3 cm out along the clavicle to the clavicular head, behind and lateral to the sternal head.",
              "Separate it from the sternal head with the fingers and grasp it on its own in a pincer grasp, mid-way up the neck.",
            },
          },
          frequency = "common",
          at = { anterior = { -5.1, 145.6 }, lateral_right = { 1.3, 145.6 } },  -- mid-belly of the separate clavicular division
          essential = {
            anterior = {
              { -0.6,162.2, -4.4,162.4, -4.8,164.6, -3.6,166.4, -0.8,166.2, smooth = true },
            },
            lateral_right = {
              { 6.6,162.2, 8.8,162.6, 8.4,165.0, 6.8,165.4, 6.2,163.8, smooth = true },
            },
          },
          spillover = {
            anterior = { { 0.4,162.4, 4.2,162.6, 4.6,164.8, 3.4,166.2, 0.4,166.0, smooth = true } },
          },
          note = "Frontal headache on the same side, crossing to the other side of the forehead when "
            .. "severe; postural dizziness may accompany it.",
        },
        {
          id = "sternocleidomastoid_5", name = "Clavicular division, upper portion",
          palpation = {
            landmarks = { "mastoid", "sternal_notch" },
            steps = {
              "Find the clavicular head above the clavicle, behind and lateral to the sternal head, and follow it up the side of the neck.",
              "Grasp it on its own in a pincer grasp in the upper third of the neck, below the mastoid, with the head tipped toward the same side.",
            },
          },
          frequency = "occasional",
          at = { anterior = { -4.5, 150.0 }, lateral_right = { 1.1, 150.4 } },
          essential = {
            anterior = { { -7.1,155.8, -8.0,156.4, -8.2,158.8, -7.2,159.0, smooth = true } },
            lateral_right = { { -3.2,155.6, -0.8,155.4, 0.8,157.2, 0.2,159.6, -2.2,160.0, -3.6,158.0, smooth = true } },
          },
          note = "Pain deep in the ear and just behind it (Travell & Simons' upper clavicular points); dizziness "
            .. "and a sense of imbalance may come with it. Charted less often than the frontal pattern (marked "
            .. "occasional).",
        },
      },
    },
    {
      id = "scalenes",
      name = "Scalenes (anterior, middle, posterior)",
      region = "neck",
      layer = "intermediate",
      palpation = {
        text = "Patient supine, head turned slightly away. Find the clavicular head of the "
          .. "sternocleidomastoid and slide the fingers just behind (lateral to) it, above the clavicle: "
          .. "the anterior scalene lies under the fingers, the middle scalene a finger-width further "
          .. "back, in front of the levator scapulae. A sniff makes them tighten. Press them flat against "
          .. "the transverse processes; pain or tingling sent down the arm confirms the band.",
        position = "supine",
        technique = "flat",
        landmarks = { "clavicle_mid", "sternal_notch" },
        steps = {
          "Client supine, the head turned slightly away.",
          "Find the clavicle and the clavicular head of the sternocleidomastoid just above it.",
          "Slide the fingers behind (lateral to) that head, above the clavicle: the anterior scalene is under them, the middle scalene a finger-width further back.",
          "Ask for a sniff to feel them tighten, then press flat against the transverse processes; pain or tingling down the arm confirms the band.",
        },
      },
      sources = { TS .. "ch. 20", DON .. ", chapter on the scalene muscles", DAV,
        "NAMTPT symptom checker, scalenes (check.myofascialtherapy.org)" },
      outline = {
        anterior = { { -4.4,150.6, -5.2,150.2, -5.2,147.6, -6.6,145.2, -9.0,143.0, -8.8,141.6, -6.4,141.4, -5.0,142.8,
          -4.4,146.4, smooth = true } },
        lateral_right = { { -0.8,152.0, -2.4,151.8, -3.0,148.2, -3.2,143.8, -2.4,141.2, 1.4,141.2, 0.8,144.2, 0.0,148.2, smooth = true } },
      },
      trps = {
        {
          id = "scalenes_1", name = "Scalene TrPs (anterior and middle scalene)",
          frequency = "common",
          at = { anterior = { -5.6, 144.6 }, lateral_right = { -1.2, 145.2 } },
          essential = {
            hand_dorsal = { { 8.9,3.8, 12,3.8, 12,6.2, 8.9,6.2 }, { 7.6,14.4, 7,15.1, 6.6,16.1, 6.2,17.1, 5.8,17.55, 5.2,17.6, 4.8,17.25, 4.8,16.6, 5.35,14.4, 6,12.4, 6.8,12.6, smooth = true }, { 10.55,16.8, 10.35,19.6, 10.2,21.8, 9.95,22.8, 9.45,23, 8.95,22.75, 8.85,21.7, 8.9,19.5, 8.95,16.9, smooth = true }, { 8.6,7, 11.6,7, 11.6,13.6, 9.2,14, 8.4,10.8, smooth = true } },
            hand_palmar = { { -8.9,3.8, -12,3.8, -12,6.2, -8.9,6.2 }, { -8.9,10, -10.8,10, -10.8,15.8, -9,15.5 }, { -7.6,14.4, -7,15.1, -6.6,16.1, -6.2,17.1, -5.8,17.55, -5.2,17.6, -4.8,17.25, -4.8,16.6, -5.35,14.4, -6,12.4, -6.8,12.6, smooth = true }, { -10.55,16.8, -10.35,19.6, -10.2,21.8, -9.95,22.8, -9.45,23, -8.95,22.75, -8.85,21.7, -8.9,19.5, -8.95,16.9, smooth = true } },
            anterior = {
              { -6.6,125.0, -8.2,124.6, -8.6,130.0, -8.4,136.4, -7.0,136.8, -6.4,131.0, smooth = true },
              { -9.6,124.6, -11.4,124.8, -12.0,130.4, -11.2,136.0, -9.8,136.2, -9.4,130.0, smooth = true },
              { -19.2,117.0, -22.2,117.0, -22.4,128.0, -21.2,132.4, -19.2,130.6, smooth = true },
              { -30.4,82.8, -32.4,80.2, -34.2,75.6, -33.6,73.6, -33.1,69.0, -32.6,65.8, -31.8,65.6, -31.7,70.0, -30.6,76.0, smooth = true },
            },
            posterior = {
              { 5.4,130.6, 8.0,129.0, 8.6,134.0, 7.6,140.0, 6.0,140.2, 5.0,135.6, smooth = true },
              { 17.6,118.0, 21.6,117.6, 22.2,128.0, 19.6,130.4, 17.6,127.4, smooth = true },
              -- the back of the thumb and index finger, as on the palm side
              { 30.4,82.8, 32.4,80.2, 34.2,75.6, 33.6,73.6, 33.1,69.0, 32.6,65.8, 31.8,65.6, 31.7,70.0, 30.6,76.0, smooth = true },
            },
            lateral_right = {
              { 6.4,126.4, 10.6,127.6, 9.6,133.4, 7.0,134.8, 5.4,131.0, smooth = true },
              { 1.2,118.0, 4.0,118.4, 4.4,128.0, 1.4,130.0, smooth = true },
              -- the thumb and index part shows in the front and back views only: in the side
              -- view the hand hangs over the thigh, whose named areas would be reported
            },
          },
          spillover = {
            anterior = { { -25.4,100.0, -27.0,101.0, -29.2,91.0, -30.4,85.6, -29.2,85.0, -27.2,91.0, smooth = true } },
            posterior = {
              { 4.4,128.0, 9.4,127.0, 10.0,134.0, 8.6,141.0, 4.6,141.0, 3.8,134.0, smooth = true },
              { 25.4,100.0, 27.0,101.0, 29.2,91.0, 30.4,85.6, 29.2,85.0, 27.2,91.0, smooth = true },
            },
          },
          note = "Travell & Simons draw one composite pattern for the three scalenes: finger-like zones "
            .. "over the upper chest, the front and back of the arm, the radial forearm, thumb and index "
            .. "finger, and the medial border of the scapula. It is easily mistaken for a shoulder, "
            .. "heart or nerve-root problem.",
        },
        {
          id = "scalenes_2", name = "Posterior scalene TrP",
          palpation = {
            landmarks = { "clavicle_mid", "c7" },
            steps = {
              "Find the middle scalene above the clavicle, behind the clavicular head of the SCM.",
              "Slip the fingers just behind it, in front of the levator scapulae, and press toward the first rib.",
            },
          },
          frequency = "occasional",
          at = { anterior = { -6.8, 144.8 }, lateral_right = { -2.6, 145.2 } },
          essential = {
            hand_dorsal = { { 8.9,3.8, 12,3.8, 12,6.2, 8.9,6.2 }, { 7.6,14.4, 7,15.1, 6.6,16.1, 6.2,17.1, 5.8,17.55, 5.2,17.6, 4.8,17.25, 4.8,16.6, 5.35,14.4, 6,12.4, 6.8,12.6, smooth = true }, { 10.55,16.8, 10.35,19.6, 10.2,21.8, 9.95,22.8, 9.45,23, 8.95,22.75, 8.85,21.7, 8.9,19.5, 8.95,16.9, smooth = true }, { 8.6,7, 11.6,7, 11.6,13.6, 9.2,14, 8.4,10.8, smooth = true } },
            hand_palmar = { { -8.9,3.8, -12,3.8, -12,6.2, -8.9,6.2 }, { -8.9,10, -10.8,10, -10.8,15.8, -9,15.5 }, { -7.6,14.4, -7,15.1, -6.6,16.1, -6.2,17.1, -5.8,17.55, -5.2,17.6, -4.8,17.25, -4.8,16.6, -5.35,14.4, -6,12.4, -6.8,12.6, smooth = true }, { -10.55,16.8, -10.35,19.6, -10.2,21.8, -9.95,22.8, -9.45,23, -8.95,22.75, -8.85,21.7, -8.9,19.5, -8.95,16.9, smooth = true } },
            anterior = {
              { -6.6,125.0, -8.2,124.6, -8.6,130.0, -8.4,136.4, -7.0,136.8, -6.4,131.0, smooth = true },
              { -9.6,124.6, -11.4,124.8, -12.0,130.4, -11.2,136.0, -9.8,136.2, -9.4,130.0, smooth = true },
              { -19.2,117.0, -22.2,117.0, -22.4,128.0, -21.2,132.4, -19.2,130.6, smooth = true },
              { -30.4,82.8, -32.4,80.2, -34.2,75.6, -33.6,73.6, -33.1,69.0, -32.6,65.8, -31.8,65.6, -31.7,70.0, -30.6,76.0, smooth = true },
            },
            posterior = {
              { 5.4,130.6, 8.0,129.0, 8.6,134.0, 7.6,140.0, 6.0,140.2, 5.0,135.6, smooth = true },
              { 17.6,118.0, 21.6,117.6, 22.2,128.0, 19.6,130.4, 17.6,127.4, smooth = true },
              -- the back of the thumb and index finger, as on the palm side
              { 30.4,82.8, 32.4,80.2, 34.2,75.6, 33.6,73.6, 33.1,69.0, 32.6,65.8, 31.8,65.6, 31.7,70.0, 30.6,76.0, smooth = true },
            },
            lateral_right = {
              { 6.4,126.4, 10.6,127.6, 9.6,133.4, 7.0,134.8, 5.4,131.0, smooth = true },
              { 1.2,118.0, 4.0,118.4, 4.4,128.0, 1.4,130.0, smooth = true },
              -- the thumb and index part shows in the front and back views only: in the side
              -- view the hand hangs over the thigh, whose named areas would be reported
            },
          },
          spillover = {
            anterior = { { -25.4,100.0, -27.0,101.0, -29.2,91.0, -30.4,85.6, -29.2,85.0, -27.2,91.0, smooth = true } },
            posterior = {
              { 4.4,128.0, 9.4,127.0, 10.0,134.0, 8.6,141.0, 4.6,141.0, 3.8,134.0, smooth = true },
              { 25.4,100.0, 27.0,101.0, 29.2,91.0, 30.4,85.6, 29.2,85.0, 27.2,91.0, smooth = true },
            },
          },
          note = "The posterior scalene, behind the middle one and deep to the levator scapulae, adds its points to the "
            .. "same composite pattern that Travell & Simons draw for all three scalenes (marked occasional: it is "
            .. "found less often)",
        },
      },
    },
    {
      id = "splenius_capitis",
      name = "Splenius capitis",
      region = "neck",
      layer = "intermediate",
      palpation = {
        text = "Patient supine with the head supported, or seated. Find the mastoid process; "
          .. "just below and behind it, in the small muscular triangle between the upper trapezius "
          .. "(behind) and the sternocleidomastoid (in front), the splenius capitis lies directly "
          .. "under the skin. Ask for a slight head turn to the same side to feel it tighten, then "
          .. "press it against the deeper neck muscles.",
        position = "supine",
        technique = "flat",
        landmarks = { "mastoid", "c7" },
        steps = {
          "Client supine with the head supported (or seated).",
          "Find the mastoid process; just below and behind it lies the small muscular triangle between the trapezius and the sternocleidomastoid.",
          "Ask for a slight head turn to the same side to feel the splenius tighten there.",
          "Press it flat against the deeper neck muscles.",
        },
      },
      sources = { TS .. "ch. 15", DON .. ", chapter on the splenius muscles", DAV },
      outline = {
        posterior = { { 0.3,139.0, 0.3,148.6, 2.6,153.4, 5.4,156.6, 7.0,155.6, 6.0,153.0, 4.4,149.6, 2.8,145.4, 1.4,140.2, smooth = true } },
        lateral_right = { { -2.4,155.8, -4.6,155.6, -5.0,152.6, -3.2,151.8, -2.6,153.4, smooth = true } },
      },
      trps = {
        {
          id = "splenius_capitis_1", name = "Splenius capitis TrP",
          frequency = "common",
          at = { posterior = { 4.6, 152.8 }, lateral_right = { -3.6, 153.2 } },
          essential = {
            posterior = { { -0.4,165.0, 3.6,165.2, 4.4,167.6, 2.0,169.4, -0.4,169.2, smooth = true } },
            lateral_right = { { -4.2,165.4, 0.8,165.8, 1.6,168.4, -1.0,169.4, -4.4,168.2, smooth = true } },
            anterior = { { 0.4,167.9, -3.0,167.9, -3.6,168.6, -1.2,169.5, 0.4,169.6, smooth = true } },
          },
          note = "A well-defined patch of pain on the top of the head (vertex) on the same side.",
        },
      },
    },
    {
      id = "suboccipitals",
      name = "Suboccipital muscles",
      region = "neck",
      layer = "deep",
      palpation = {
        text = "Patient supine with the head resting in the therapist's hands. Find the inion "
          .. "and the mastoid; the small suboccipital muscles lie deep under the base of the skull "
          .. "between them, beneath the trapezius and semispinalis. Curl the fingertips up under the "
          .. "occipital ridge and let the weight of the head sink onto them; individual bands cannot be "
          .. "told apart, so note deep tenderness that reproduces the headache.",
        position = "supine",
        technique = "flat",
        landmarks = { "inion", "mastoid" },
        steps = {
          "Client supine, the head resting in your hands.",
          "Find the inion and the mastoid process; the suboccipitals lie deep under the skull's base between them.",
          "Curl the fingertips up under the occipital ridge and let the weight of the head sink onto them.",
          "Note deep tenderness that reproduces the headache; single bands cannot be told apart.",
        },
      },
      sources = { TS .. "ch. 17", DON .. ", chapter on the suboccipital muscles", DAV },
      outline = {
        posterior = { { 0.3,157.0, 4.4,156.8, 5.6,155.2, 4.2,153.4, 0.3,153.4, smooth = true } },
      },
      trps = {
        {
          id = "suboccipitals_1", name = "Suboccipital TrPs",
          frequency = "common",
          at = { posterior = { 2.6, 155.2 } },
          essential = {
            posterior = { { 0.4,155.4, 4.8,155.6, 7.4,157.4, 7.6,160.0, 4.6,160.8, 0.4,160.2, smooth = true } },
            lateral_right = { { -9.4,156.8, -6.0,157.6, -2.6,160.6, 2.6,161.0, 6.8,159.4, 8.2,160.2, 6.6,162.2, 2.4,163.0,
              -3.4,162.8, -7.6,161.0, -9.6,159.6, smooth = true } },
            anterior = { { -2.0,158.0, -5.4,157.8, -6.6,159.6, -5.6,162.0, -2.2,161.6, smooth = true } },
          },
          note = "A deep, hard-to-localise headache: a band from the occiput forward along the side of "
            .. "the head to the eye and forehead. The muscles are too deep for single bands to be told apart.",
        },
        {
          id = "suboccipitals_2", name = "Obliquus capitis inferior TrP (below the occipital ridge, C1-C2)",
          palpation = {
            landmarks = { "inion", "mastoid" },
            steps = {
              "Find the occipital ridge and the spinous process of C2, the first bump below it.",
              "Press deep and slightly upward between C2 and the mastoid, under the relaxed upper trapezius and semispinalis.",
            },
          },
          frequency = "occasional",
          at = { posterior = { 2.8, 153.8 } },
          essential = {
            posterior = { { 0.4,155.4, 4.8,155.6, 7.4,157.4, 7.6,160.0, 4.6,160.8, 0.4,160.2, smooth = true } },
            lateral_right = { { -9.4,156.8, -6.0,157.6, -2.6,160.6, 2.6,161.0, 6.8,159.4, 8.2,160.2, 6.6,162.2, 2.4,163.0,
              -3.4,162.8, -7.6,161.0, -9.6,159.6, smooth = true } },
            anterior = { { -2.0,158.0, -5.4,157.8, -6.6,159.6, -5.6,162.0, -2.2,161.6, smooth = true } },
          },
          note = "The lowest of the four suboccipital muscles, between the spinous process of C2 and the transverse process "
            .. "of C1, shares the group's band of head pain (Travell & Simons draw one pattern for the group; "
            .. "marked occasional)",
        },
      },
    },
  },
}
