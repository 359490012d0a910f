-- Muscles of the arm and forearm (muscles-upper): biceps, triceps, brachialis, brachioradialis,
-- extensor carpi radialis longus and brevis, finger extensors, supinator, flexor carpi radialis
-- and ulnaris, flexor digitorum superficialis and profundus, with
-- trigger points and referred-pain zones. Body space in cm (docs/atlas-format.md), subject's
-- right side; the arm hangs in the anatomical position (palm forward), so in `anterior` the
-- thumb is on the outside (x more negative) and in `posterior` the dorsum faces the viewer.
-- Zones are redrawn in our own coordinates after the charts of Travell & Simons vol. 1.

local TS = "Travell & Simons, Myofascial Pain and Dysfunction: The Trigger Point Manual, vol. 1 (upper half of body), 2nd ed. 1999, "
local DON = "Donnelly et al., Travell, Simons & Simons' Myofascial Pain and Dysfunction, 3rd ed. 2019"
local DAV5 = "Davies & Davies, The Trigger Point Therapy Workbook, 3rd ed. 2013, ch. 5 (shoulder, upper back and upper arm)"
local DAV6 = "Davies & Davies, The Trigger Point Therapy Workbook, 3rd ed. 2013, ch. 6 (elbow, forearm and hand)"

-- Zones several muscles share.
local LAT_EPI_POST = { 23.0,104.6, 25.4,105.0, 25.4,109.6, 23.2,110.0, 22.6,107.4, smooth = true }
local LAT_EPI_ANT = { -22.6,104.8, -25.4,105.2, -25.6,109.4, -23.2,110.2, smooth = true }
local LAT_EPI_LAT = { -3.4,104.6, 0.6,104.4, 1.4,107.8, -0.6,110.2, -3.6,109.0, smooth = true }
local THUMB_WEB_POST = { 29.2,73.6, 31.4,72.6, 33.0,75.2, 32.6,79.0, 30.6,81.6, 29.0,78.4, smooth = true }
local RADIAL_FOREARM_POST = { 24.6,102.6, 26.6,102.4, 28.6,93.0, 29.8,87.2, 28.2,86.8, 26.2,93.0, smooth = true }
local DORSAL_FOREARM_POST = { 21.4,100.8, 24.4,101.4, 26.6,92.6, 27.6,87.4, 25.6,87.0, 23.4,92.4, 21.2,97.0, smooth = true }
local FRONT_SHOULDER_ANT = { -18.6,130.6, -21.8,130.4, -23.0,134.4, -21.6,138.2, -18.6,138.0, -17.6,134.2, smooth = true }
local FRONT_SHOULDER_LAT = { 1.4,131.0, 4.4,131.4, 4.4,136.0, 2.4,138.8, 0.8,136.4, smooth = true }
local ANTECUBITAL_ANT = { -19.6,104.0, -22.8,104.4, -23.0,107.6, -20.0,108.0, smooth = true }
local ULNAR_FINGERS_DORSAL = { 25.4,80.6, 27.6,80.2, 27.8,70.6, 26.4,67.6, 25.6,70.4, 25.4,75.6, smooth = true }

return {
  muscles = {
    {
      id = "biceps_brachii",
      name = "Biceps brachii",
      region = "arm",
      layer = "superficial",
      palpation = {
        text = "Patient supine, the elbow slightly bent and supported so the muscle is slack. "
          .. "Find the biceps tendon in the crease of the elbow and follow the belly upward on the "
          .. "front of the arm. Lift the belly away from the humerus in a pincer grasp and roll it "
          .. "between thumb and fingers; the points lie in the lower third, in both heads.",
        position = "supine",
        technique = "pincer",
        landmarks = { "lateral_epicondyle", "medial_epicondyle" },
        steps = {
          "Client supine, the elbow slightly bent and supported so the muscle is slack.",
          "Find the biceps tendon in the crease of the elbow, between the epicondyles.",
          "Follow the belly up the front of the arm and lift it from the humerus in a pincer grasp.",
          "Roll it in the lower third, in both heads.",
        },
      },
      sources = { TS .. "ch. 30", DON .. ", chapter on the biceps brachii", DAV5 },
      outline = {
        anterior = { { -18.6,131.0, -21.6,131.6, -23.2,126.0, -23.4,116.0, -22.4,108.6, -21.6,104.2, -20.6,104.4, -19.4,108.6,
          -18.4,116.0, -18.0,125.0, smooth = true } },
        lateral_right = { { 1.2,130.6, 3.8,130.0, 4.0,122.0, 3.0,112.0, 2.2,107.8, 0.8,108.4, 0.6,116.0, 0.4,124.0, smooth = true } },
      },
      trps = {
        {
          id = "biceps_brachii_1", name = "Distal belly TrPs (both heads)",
          frequency = "common",
          at = { anterior = { -20.8, 114.0 }, lateral_right = { 2.0, 114.5 } },
          essential = { anterior = { FRONT_SHOULDER_ANT }, lateral_right = { FRONT_SHOULDER_LAT } },
          spillover = {
            anterior = { { -19.4,116.0, -21.8,116.4, -22.0,128.0, -19.0,128.0, smooth = true }, ANTECUBITAL_ANT },
            posterior = { { 8.4,140.2, 14.6,140.0, 15.6,141.2, 10.0,142.8, 8.4,141.4, smooth = true } },
          },
          note = "Superficial ache over the front of the shoulder (the biceps tendon), spilling over "
            .. "the muscle, into the crease of the elbow and sometimes over the suprascapular region.",
        },
        {
          id = "biceps_brachii_2", name = "Short head TrP (distal belly, inner side)",
          palpation = {
            landmarks = { "medial_epicondyle", "lateral_epicondyle" },
            steps = {
              "Find the biceps tendon in the elbow crease and the belly above it.",
              "Grasp the inner (short) head in the lower third of the arm and roll it away from the humerus.",
            },
          },
          frequency = "occasional",
          at = { anterior = { -19.6, 116.4 } },
          essential = { anterior = { FRONT_SHOULDER_ANT }, lateral_right = { FRONT_SHOULDER_LAT } },
          spillover = {
            anterior = { { -19.4,116.0, -21.8,116.4, -22.0,128.0, -19.0,128.0, smooth = true }, ANTECUBITAL_ANT },
            posterior = { { 8.4,140.2, 14.6,140.0, 15.6,141.2, 10.0,142.8, 8.4,141.4, smooth = true } },
          },
          note = "Travell & Simons find points in the lower belly of both heads with one pattern: the front of the "
            .. "shoulder (marked occasional for the short head, charted less often)",
        },
      },
    },
    {
      id = "triceps_brachii",
      name = "Triceps brachii",
      region = "arm",
      layer = "superficial",
      palpation = {
        text = "Patient supine with the arm lifted across the chest, or prone with the arm "
          .. "hanging off the table and the elbow bent. The long head is picked up in a pincer grasp "
          .. "in the middle of the back of the arm, just above the medial side; the lateral head is "
          .. "pressed flat against the humerus on the outer side, and the medial head is felt deep, "
          .. "a few centimetres above the lateral epicondyle.",
        position = "prone",
        technique = "pincer",
        landmarks = { "olecranon", "acromion" },
        steps = {
          "Client prone with the arm hanging off the table and the elbow bent (or supine with the arm across the chest).",
          "Find the olecranon and follow the triceps up the back of the arm.",
          "Pick up the long head in a pincer grasp in the middle of the back of the arm, near its medial side (TrP1).",
        },
      },
      sources = { TS .. "ch. 32", DON .. ", chapter on the triceps brachii and anconeus", DAV5,
        "NAMTPT symptom checker, triceps brachii (check.myofascialtherapy.org)" },
      outline = {
        posterior = { { 17.6,131.0, 20.6,130.4, 23.6,126.0, 24.2,118.0, 23.8,110.4, 22.2,105.8, 20.0,105.8, 18.6,110.0,
          17.6,117.0, 17.0,125.0, smooth = true } },
        lateral_right = { { -5.2,131.4, -3.2,131.0, -2.6,122.0, -2.4,112.0, -3.0,107.4, -4.6,106.4, -5.0,112.0, -5.2,122.0, smooth = true } },
      },
      trps = {
        {
          id = "triceps_brachii_1", name = "TrP1 (long head)",
          frequency = "common",
          at = { posterior = { 19.8, 121.0 } },
          essential = {
            posterior = { { 18.6,112.0, 21.6,112.2, 22.6,122.0, 23.0,133.4, 20.4,137.0, 17.6,133.0, 18.0,122.0, smooth = true } },
            lateral_right = { { -5.2,114.0, -3.0,114.0, -2.8,130.0, -4.4,134.0, -5.6,128.0, smooth = true } },
          },
          spillover = {
            posterior = {
              { 8.6,141.8, 13.6,140.6, 16.2,140.4, 16.4,141.2, 12.8,142.2, 9.0,143.0, smooth = true },
              DORSAL_FOREARM_POST,
            },
          },
          note = "Up the back of the arm to the back of the shoulder, sometimes to the base of the "
            .. "neck; spillover down the back of the forearm, skipping the elbow.",
        },
        {
          id = "triceps_brachii_2", name = "TrP2 (medial head, lateral border)",
          palpation = {
            technique = "flat",
            landmarks = { "lateral_epicondyle", "olecranon" },
            steps = {
              "Find the lateral epicondyle.",
              "A few centimetres above it, at the outer edge of the triceps, press the medial head flat against the humerus.",
            },
          },
          frequency = "common",
          at = { posterior = { 23.2, 112.0 }, lateral_right = { -3.4, 112.0 } },
          essential = { posterior = { LAT_EPI_POST }, anterior = { LAT_EPI_ANT }, lateral_right = { LAT_EPI_LAT } },
          spillover = { posterior = { RADIAL_FOREARM_POST } },
          note = "Pain at the lateral epicondyle, one of the muscular sources of tennis elbow, spilling down the radial forearm.",
        },
        {
          id = "triceps_brachii_3", name = "TrP3 (lateral head)",
          palpation = {
            technique = "flat",
            landmarks = { "deltoid_tuberosity", "olecranon" },
            steps = {
              "Find the deltoid tuberosity on the outer arm.",
              "Just behind and below it, press the lateral head flat against the humerus.",
            },
          },
          frequency = "common",
          at = { posterior = { 22.6, 120.0 }, lateral_right = { -3.6, 120.0 } },
          essential = {
            posterior = { { 20.0,113.0, 23.4,113.4, 23.8,126.0, 21.0,128.0, 19.6,121.0, smooth = true } },
            lateral_right = { { -4.8,114.0, -3.0,114.0, -2.8,126.0, -4.8,126.4, smooth = true } },
          },
          spillover = {
            hand_dorsal = { { 14.5,16.4, 14.45,19.9, 14.5,22.1, 14.3,23.3, 13.9,23.5, 13.5,23.3, 13.2,22.2, 13.1,19.9, 13,17, smooth = true }, { 16.3,16, 16.4,18.1, 16.5,19.7, 16.35,20.5, 16.05,20.7, 15.7,20.55, 15.4,19.8, 15.25,18.2, 15.05,16.3, smooth = true }, { 13,7, 15.6,7.2, 16.2,10.4, 16.2,13.4, 13.2,14.8, smooth = true } }, posterior = { DORSAL_FOREARM_POST, ULNAR_FINGERS_DORSAL } },
          note = "Pain around the middle of the back of the arm, sometimes down the back of the forearm to the ring and little fingers.",
        },
        {
          id = "triceps_brachii_4", name = "TrP4 (medial head, deep, above the medial epicondyle)",
          palpation = {
            technique = "flat",
            landmarks = { "medial_epicondyle", "olecranon" },
            steps = {
              "Find the medial epicondyle with the elbow slightly bent.",
              "A few centimetres above it, at the inner edge of the back of the arm, press deep into the medial head against the humerus.",
            },
          },
          frequency = "occasional",
          at = { posterior = { 19.2, 111.0 } },
          essential = {
            posterior = { { 17.7,105.0, 19.6,104.8, 20.2,107.4, 19.4,110.0, 17.6,109.8, smooth = true } },
            anterior = { { -17.7,105.0, -19.6,104.8, -20.2,107.4, -19.4,110.0, -17.6,109.8, smooth = true } },
          },
          spillover = {
            hand_palmar = { { -14.5,16.4, -14.45,19.9, -14.5,22.1, -14.3,23.3, -13.9,23.5, -13.5,23.3, -13.2,22.2, -13.1,19.9, -13,17, smooth = true }, { -16.3,16, -16.4,18.1, -16.5,19.7, -16.35,20.5, -16.05,20.7, -15.7,20.55, -15.4,19.8, -15.25,18.2, -15.05,16.3, smooth = true }, { -12.9,11, -15.8,10.8, -16.1,13.6, -15,15.6, -13,16 } },
            anterior = {
              { -18.2,104.0, -19.6,104.2, -22.0,96.0, -24.6,88.0, -25.8,84.0, -25.2,83.6, -23.2,88.0, -20.6,96.0, -18.8,100.0, smooth = true },
              { -25.6,76.0, -28.6,76.2, -28.8,70.0, -28.0,65.6, -27.0,65.8, -25.8,69.6, smooth = true },
            },
          },
          note = "Pain at the medial epicondyle (a muscular source of golfer's elbow), sometimes running down the "
            .. "inner front of the forearm to the palm side of the ring and little fingers. Travell & Simons find "
            .. "this deep point less often than the others (marked occasional).",
        },
        {
          id = "triceps_brachii_5", name = "TrP5 (deep, at the olecranon)",
          palpation = {
            technique = "flat",
            landmarks = { "olecranon", "lateral_epicondyle" },
            steps = {
              "Find the olecranon, the point of the elbow, with the elbow slightly bent.",
              "Just above it, press into the tendon and the deep fibres attaching to the bone.",
            },
          },
          frequency = "occasional",
          at = { posterior = { 21.4, 107.4 } },
          essential = {
            posterior = { { 20.4,104.6, 23.0,104.4, 23.6,107.0, 22.6,109.6, 20.6,109.4, 20.0,107.0, smooth = true } },
          },
          note = "A local ache over the olecranon, the point of the elbow, which leaning on the elbow makes worse "
            .. "(after Travell & Simons; marked occasional).",
        },
      },
    },
    {
      id = "brachialis",
      name = "Brachialis",
      region = "arm",
      layer = "deep",
      palpation = {
        text = "Patient supine, the elbow bent to about 90 degrees and supported. Push the "
          .. "lower biceps belly toward the midline with the fingers and press into the brachialis "
          .. "underneath, against the front of the humerus, in the lower half of the arm; it can "
          .. "also be reached from the lateral side, between the biceps and the triceps.",
        position = "supine",
        technique = "flat",
        landmarks = { "lateral_epicondyle", "deltoid_tuberosity" },
        steps = {
          "Client supine, the elbow bent to about 90 degrees and supported.",
          "Push the lower biceps belly toward the midline with the fingers.",
          "Press into the brachialis underneath, against the front of the humerus in the lower half of the arm (or reach it from the outer side, between biceps and triceps).",
        },
      },
      sources = { TS .. "ch. 31", DON .. ", chapter on the brachialis", DAV5 },
      outline = {
        anterior = { { -18.6,121.0, -22.8,121.0, -23.8,112.0, -22.8,105.6, -20.6,103.8, -18.8,105.8, -18.2,113.0, smooth = true } },
        lateral_right = { { -1.8,120.0, 0.6,120.4, 1.4,110.0, 0.6,106.0, -1.4,106.4, -2.2,112.0, smooth = true } },
      },
      trps = {
        {
          id = "brachialis_1", name = "Lower belly TrPs",
          frequency = "common",
          at = { anterior = { -21.0, 110.0 }, lateral_right = { -0.4, 110.6 } },
          essential = {
            hand_dorsal = { { 6.6,10.4, 8.6,10, 9.6,11.6, 9.4,14, 8.5,14.3, 7.4,13.6, 6.6,12.4, smooth = true } }, posterior = { THUMB_WEB_POST } },  -- the side view hides the thumb behind the thigh
          spillover = { anterior = { ANTECUBITAL_ANT, FRONT_SHOULDER_ANT } },
          note = "Pain at the base of the thumb on its back (the carpometacarpal joint and web), with "
            .. "spillover to the crease of the elbow and the front of the shoulder.",
        },
      },
    },
    {
      id = "brachioradialis",
      name = "Brachioradialis",
      region = "forearm",
      layer = "superficial",
      palpation = {
        text = "Patient supine or seated, the forearm resting in mid-position (thumb up). Find "
          .. "the lateral epicondyle: the brachioradialis forms the raised outer edge of the forearm "
          .. "just below and in front of it. Grasp it in a pincer grasp a couple of centimetres below "
          .. "the elbow crease and roll it; resisted elbow flexion with the thumb up makes it stand out.",
        position = "seated",
        technique = "pincer",
        landmarks = { "lateral_epicondyle", "radial_styloid" },
        steps = {
          "Client seated or supine, the forearm resting in mid-position (thumb up).",
          "Find the lateral epicondyle: the brachioradialis is the raised outer edge of the forearm just below and in front of it.",
          "Grasp it a couple of centimetres below the elbow crease and roll it; resisted elbow flexion with the thumb up makes it stand out.",
        },
      },
      sources = { TS .. "ch. 34", DON .. ", chapter on the hand extensors and brachioradialis", DAV6 },
      outline = {
        anterior = { { -23.4,115.0, -24.4,114.0, -25.5,106.0, -27.4,97.0, -29.4,88.4, -30.0,85.2, -28.8,85.0, -27.6,89.4,
          -25.4,97.4, -23.6,104.2, -23.0,110.0, smooth = true } },
        lateral_right = { { 1.4,114.0, 3.0,112.4, 2.2,107.6, 3.2,102.0, 3.6,94.0, 2.8,86.0, 1.6,86.0, 1.4,94.0, 0.6,102.0,
          0.2,108.0, smooth = true } },
      },
      trps = {
        {
          id = "brachioradialis_1", name = "Upper belly TrP",
          frequency = "common",
          at = { anterior = { -25.0, 101.6 }, lateral_right = { 1.8, 101.6 } },
          essential = {
            hand_dorsal = { { 6.6,10.4, 8.6,10, 9.6,11.6, 9.4,14, 8.5,14.3, 7.4,13.6, 6.6,12.4, smooth = true } }, posterior = { THUMB_WEB_POST } },  -- the side view hides the thumb behind the thigh
          spillover = {
            posterior = { LAT_EPI_POST, RADIAL_FOREARM_POST },
            lateral_right = { LAT_EPI_LAT },
          },
          note = "Pain at the wrist and in the web between thumb and index finger on the back of the "
            .. "hand, with spillover to the lateral epicondyle and the radial forearm.",
        },
      },
    },
    {
      id = "extensor_carpi_radialis_longus",
      name = "Extensor carpi radialis longus",
      region = "forearm",
      layer = "superficial",
      palpation = {
        text = "Patient seated with the forearm on the table, palm down and the elbow a little bent. Find the "
          .. "lateral epicondyle and the brachioradialis, the raised outer edge of the forearm in front of it: "
          .. "the longus lies just behind and under the brachioradialis, high up, at the level of the elbow "
          .. "crease. Press it flat against the radius; a resisted lift of the wrist toward the thumb side "
          .. "makes it tighten under the fingers.",
        position = "seated",
        technique = "flat",
        landmarks = { "lateral_epicondyle", "radial_styloid" },
        steps = {
          "Client seated with the forearm on the table, palm down, the elbow a little bent.",
          "Find the lateral epicondyle and the brachioradialis in front of it.",
          "Just behind the brachioradialis, at the level of the elbow crease, press flat against the radius.",
          "A resisted lift of the wrist toward the thumb side makes the muscle tighten.",
        },
      },
      sources = { TS .. "ch. 34 (hand extensors and brachioradialis)", DON .. ", chapter on the hand extensors and brachioradialis", DAV6,
        "NAMTPT symptom checker, wrist extensors (check.myofascialtherapy.org)" },
      outline = {
        posterior = { { 24.0,112.8, 25.2,111.2, 25.9,105.6, 26.6,100.0, 27.6,94.0, 28.8,88.4, 28.5,85.2, 27.6,87.4, 26.0,93.0,
          24.9,99.0, 24.0,104.6, 23.6,109.0, smooth = true } },
        lateral_right = { { -0.6,110.0, 0.6,109.6, 1.0,102.0, 0.8,94.0, 0.0,88.0, -0.8,90.0, -1.2,98.0, -1.4,104.0, smooth = true } },
      },
      trps = {
        {
          id = "extensor_carpi_radialis_longus_1", name = "Longus TrP (at the elbow crease)",
          frequency = "common",
          at = { posterior = { 24.6, 105.6 }, lateral_right = { 0.0, 105.0 } },
          essential = {
            hand_dorsal = { { 8.6,6.8, 10.4,6.4, 10.6,10.2, 9.6,11.6, 8.4,10.8, 7.6,8.4, smooth = true } },
            posterior = { LAT_EPI_POST, { 28.6,76.8, 30.6,76.4, 31.2,80.0, 30.6,83.0, 29.0,82.8, smooth = true } },
            lateral_right = { LAT_EPI_LAT },
          },
          spillover = { posterior = { RADIAL_FOREARM_POST } },
          note = "Pain at the lateral epicondyle and on the back of the hand over the thumb side, near the "
            .. "anatomical snuffbox, with spillover down the outer forearm: a tennis-elbow pattern that looks much "
            .. "like the brachioradialis's.",
        },
      },
    },
    {
      id = "extensor_carpi_radialis_brevis",
      name = "Extensor carpi radialis brevis",
      region = "forearm",
      layer = "superficial",
      palpation = {
        text = "Patient seated with the forearm on the table, palm down. From the lateral epicondyle move "
          .. "5 to 6 cm down toward the middle of the back of the forearm, just on the ulnar side of the "
          .. "longus and the brachioradialis: the brevis lies there over the radius. Press flat across it; "
          .. "lifting the hand straight back against light resistance makes it tighten.",
        position = "seated",
        technique = "flat",
        landmarks = { "lateral_epicondyle", "wrist" },
        steps = {
          "Client seated with the forearm on the table, palm down.",
          "From the lateral epicondyle move 5-6 cm down toward the middle of the back of the forearm.",
          "Just on the little-finger side of the longus and brachioradialis, press flat against the radius.",
          "Lifting the hand straight back against light resistance makes the brevis tighten.",
        },
      },
      sources = { TS .. "ch. 34 (hand extensors and brachioradialis)", DON .. ", chapter on the hand extensors and brachioradialis", DAV6,
        "NAMTPT symptom checker, wrist extensors (check.myofascialtherapy.org)",
        "Niel-Asher, trigger point of the week: extensor carpi radialis brevis (triggerpoints3d.com)" },
      outline = {
        posterior = { { 23.0,108.6, 24.4,107.8, 25.6,103.0, 26.3,97.0, 27.6,90.0, 28.1,86.0, 27.3,85.2, 26.4,89.0, 25.0,95.0,
          23.8,100.0, 23.0,104.0, smooth = true } },
      },
      trps = {
        {
          id = "extensor_carpi_radialis_brevis_1", name = "Brevis TrP (upper forearm)",
          frequency = "common",
          at = { posterior = { 25.2, 99.0 } },
          essential = {
            hand_dorsal = { { 9.6,4, 14.2,4, 14.2,9.5, 13.4,12.6, 10.2,12.6, 9.4,9, smooth = true } },
            posterior = { { 26.6,73.6, 29.8,73.2, 30.4,78.0, 30.0,83.6, 27.0,83.8, 26.2,78.6, smooth = true } },
          },
          spillover = { posterior = { DORSAL_FOREARM_POST } },
          note = "Pain concentrated over the back of the wrist and the middle of the back of the hand, with "
            .. "spillover over the back of the forearm; the wrist extensor most loaded by a mouse or a firm grip.",
        },
      },
    },
    {
      id = "extensor_digitorum",
      name = "Extensor digitorum (finger extensors)",
      region = "forearm",
      layer = "superficial",
      palpation = {
        text = "Patient seated with the forearm resting palm down. Find the lateral epicondyle "
          .. "and the radial head just below it, then move three to four centimetres further down the "
          .. "middle of the back of the forearm (the ring finger's band lies lower). Press "
          .. "flat against the radius while the patient lifts one finger at a time against light "
          .. "resistance: the band that tightens belongs to that finger (middle finger most often).",
        position = "seated",
        technique = "flat",
        landmarks = { "lateral_epicondyle", "wrist" },
        steps = {
          "Client seated with the forearm resting palm down.",
          "Find the lateral epicondyle and the radial head just below it; the middle finger's band lies 3-4 cm below the radial head, in the middle of the back of the forearm, the ring finger's lower.",
          "Press flat against the radius while the client lifts one finger at a time against light resistance: the band that tightens belongs to that finger.",
        },
      },
      sources = { TS .. "ch. 35", DON .. ", chapter on the finger extensors", DAV6,
        "NAMTPT symptom checker, finger extensors (check.myofascialtherapy.org)" },
      outline = {
        posterior = { { 21.6,106.4, 23.4,106.6, 24.4,100.0, 26.0,91.4, 27.4,85.0, 26.2,84.2, 24.4,89.6, 22.6,97.8, 21.4,102.6, smooth = true } },
      },
      trps = {
        {
          id = "extensor_digitorum_middle", name = "Middle finger extensor TrP",
          frequency = "common",
          at = { posterior = { 23.2, 100.4 } },
          essential = {
            hand_dorsal = { { 12.5,16.9, 12.45,20.4, 11,20.4, 10.95,17 }, { 10.8,8, 12.8,8, 12.7,16.6, 10.9,16.6 } },
            posterior = { { 27.8,82.4, 29.6,81.8, 30.2,75.0, 30.6,69.0, 29.9,67.6, 29.2,68.8, 29.0,72.4, 28.4,75.0, smooth = true } },
          },
          spillover = {
            posterior = { { 24.0,99.6, 25.6,100.0, 27.4,90.0, 28.6,85.4, 27.2,84.8, 25.4,89.6, 23.8,96.0, smooth = true }, LAT_EPI_POST },
          },
          note = "Down the back of the forearm and hand into the middle finger, stopping at about the middle "
            .. "knuckle rather than the fingertip; "
            .. "the lateral epicondyle may be sore too.",
        },
        {
          id = "extensor_digitorum_ring", name = "Ring finger extensor TrP",
          frequency = "occasional",
          at = { posterior = { 23.4, 96.8 } },
          essential = {
            hand_dorsal = { { 14.5,16.4, 14.45,19.9, 13.1,19.9, 13,17 }, { 12.9,8, 14.6,8, 14.5,16.2, 13,16.4 } },
            posterior = { { 26.8,81.8, 28.2,81.6, 28.5,75.0, 28.4,69.6, 27.6,69.0, 27.0,70.2, 26.8,75.0, smooth = true } },
          },
          spillover = {
            posterior = { { 23.6,97.0, 25.0,97.2, 26.8,89.0, 27.2,84.6, 26.0,84.4, 24.6,89.2, smooth = true } },
          },
          note = "The same kind of pattern, ending in the ring finger."
            .. " Travell & Simons find the middle-finger extensor involved most often; the ring-finger "
            .. "point less often (marked occasional).",
        },
      },
    },
    {
      id = "supinator",
      name = "Supinator",
      region = "forearm",
      layer = "deep",
      palpation = {
        text = "Patient supine or seated with the forearm fully supinated (palm up) and the "
          .. "elbow nearly straight, so the superficial extensors slide aside. Find the biceps "
          .. "tendon at the elbow crease; press just lateral and distal to it, onto the front of the "
          .. "radius, where the supinator wraps around the bone. Tenderness here with pain at the "
          .. "epicondyle on pressure points to this muscle.",
        position = "supine",
        technique = "flat",
        landmarks = { "lateral_epicondyle", "medial_epicondyle" },
        steps = {
          "Client supine or seated, the forearm fully supinated (palm up) and the elbow nearly straight.",
          "Find the biceps tendon in the elbow crease, medial to the lateral epicondyle.",
          "Press just lateral and distal to the tendon onto the front of the radius, where the supinator wraps around it.",
        },
      },
      sources = { TS .. "ch. 36", DON .. ", chapter on the supinator", DAV6 },
      outline = {
        anterior = { { -21.6,105.4, -24.4,105.6, -25.4,101.6, -24.6,98.2, -22.4,100.4, smooth = true } },
        posterior = { { 22.6,106.0, 24.8,105.4, 25.6,101.8, 25.2,98.4, 23.8,98.6, 22.8,101.8, smooth = true } },
      },
      trps = {
        {
          id = "supinator_1", name = "Supinator TrP (ventral, beside the biceps tendon)",
          frequency = "common",
          at = { anterior = { -23.6, 102.0 } },
          essential = {
            hand_dorsal = { { 6.6,10.4, 8.6,10, 9.6,11.6, 9.4,14, 8.5,14.3, 7.4,13.6, 6.6,12.4, smooth = true } },
            posterior = { LAT_EPI_POST, THUMB_WEB_POST },
            anterior = { LAT_EPI_ANT },
            lateral_right = { LAT_EPI_LAT },  -- the thumb is hidden behind the thigh in the side view
          },
          spillover = { posterior = { RADIAL_FOREARM_POST } },
          note = "Pain at the lateral epicondyle and in the web of the thumb on the back of the hand, "
            .. "sometimes along the back of the forearm; a common source of tennis elbow.",
        },
      },
    },
    {
      id = "flexor_carpi_radialis",
      name = "Flexor carpi radialis",
      region = "forearm",
      layer = "superficial",
      palpation = {
        text = "Patient supine with the forearm supinated (palm up) and resting. Find the medial epicondyle; "
          .. "the flexor carpi radialis runs from it obliquely across the front of the forearm toward the thumb "
          .. "side of the wrist, where its tendon stands out beside the radial pulse when the wrist bends. "
          .. "Follow the tendon back up to the belly in the upper third of the forearm and press flat across "
          .. "it while the client bends the wrist toward the thumb side against light resistance.",
        position = "supine",
        technique = "flat",
        landmarks = { "medial_epicondyle", "radial_styloid" },
        steps = {
          "Client supine, the forearm supinated (palm up) and resting.",
          "Find the medial epicondyle and the tendon on the thumb side of the front of the wrist (it stands out as the wrist bends).",
          "Follow the muscle obliquely up toward the epicondyle to its belly in the upper third of the forearm.",
          "Press flat across the belly while the wrist bends toward the thumb side against light resistance.",
        },
      },
      sources = { TS .. "ch. 38 (hand and finger flexors in the forearm)", DON .. ", chapter on the hand and finger flexors", DAV6,
        "Niel-Asher, trigger point of the week: flexor carpi radialis (triggerpoints3d.com)" },
      outline = {
        anterior = { { -19.0,107.0, -20.6,106.2, -23.4,100.4, -26.2,91.2, -27.8,84.6, -26.8,83.8, -25.4,88.0, -23.6,93.0,
          -21.8,97.8, -20.0,102.4, smooth = true } },
      },
      trps = {
        {
          id = "flexor_carpi_radialis_1", name = "Flexor carpi radialis TrP (upper forearm)",
          frequency = "common",
          at = { anterior = { -21.9, 99.6 } },
          essential = {
            hand_palmar = { { -8.9,3.8, -12,3.8, -12,6.2, -8.9,6.2 }, { -9.4,6.6, -11.8,6.6, -11.8,9.8, -9.6,9.8 }, { -9,2.4, -12,2.4, -12,3.8, -9,3.8 } },
            anterior = { { -27.0,80.6, -29.6,80.6, -30.6,82.6, -29.8,85.2, -27.4,85.0, -26.6,82.8, smooth = true } },
          },
          spillover = {
            hand_palmar = { { -9.6,7.6, -14.2,7.6, -14.4,11.5, -14.2,14.6, -12.5,15.2, -10,15, -9.2,13, -9,10, smooth = true } },
            anterior = { { -26.0,86.0, -28.4,88.0, -30.6,83.4, -31.4,79.0, -29.4,76.0, -27.0,77.4, -25.8,81.6, smooth = true } },
          },
          note = "Pain centred on the thumb side of the front of the wrist crease, spilling a little into the "
            .. "forearm above and the palm below (Travell & Simons); some workbooks put the focus in the middle of "
            .. "the wrist crease, which the zone's ulnar edge already reaches.",
        },
      },
    },
    {
      id = "flexor_carpi_ulnaris",
      name = "Flexor carpi ulnaris",
      region = "forearm",
      layer = "superficial",
      palpation = {
        text = "Patient supine with the forearm supinated and resting. The flexor carpi ulnaris forms the "
          .. "inner (little-finger) border of the front of the forearm, from the medial epicondyle and the "
          .. "olecranon down along the ulna to the pisiform, the small bone at the heel of the hand on the "
          .. "little-finger side. Press flat against the ulna in the upper third of the forearm, or grasp the "
          .. "border between thumb and fingers, while the client bends the wrist toward the little finger.",
        position = "supine",
        technique = "flat",
        landmarks = { "medial_epicondyle", "ulnar_styloid" },
        steps = {
          "Client supine, the forearm supinated and resting.",
          "Find the medial epicondyle and the little-finger border of the front of the forearm below it.",
          "Press flat against the ulna along that border in the upper third of the forearm.",
          "Bending the wrist toward the little finger against light resistance makes the muscle stand out.",
        },
      },
      sources = { TS .. "ch. 38 (hand and finger flexors in the forearm)", DON .. ", chapter on the hand and finger flexors", DAV6 },
      outline = {
        anterior = { { -18.0,106.8, -19.4,106.6, -20.6,103.0, -21.8,99.0, -23.2,94.0, -24.8,89.0, -26.2,84.4, -25.8,83.4,
          -24.2,86.6, -22.4,91.4, -20.2,96.6, -18.9,100.6, smooth = true } },
      },
      trps = {
        {
          id = "flexor_carpi_ulnaris_1", name = "Flexor carpi ulnaris TrP (upper forearm)",
          frequency = "common",
          at = { anterior = { -19.6, 102.2 } },
          essential = {
            hand_palmar = { { -12,3.8, -15.3,3.8, -15.3,6.2, -12,6.2 }, { -12.2,6.6, -15.5,6.8, -15.9,9.8, -12.4,9.8 }, { -12,2.4, -15.3,2.4, -15.3,3.8, -12,3.8 } },
            anterior = { { -25.5,80.4, -27.2,80.2, -27.6,82.6, -27.0,85.2, -25.2,85.0, -25.5,82.6, smooth = true } },
          },
          spillover = {
            anterior = { { -25.4,76.0, -27.6,75.6, -28.0,80.0, -25.6,80.6, smooth = true } },
            hand_palmar = { { -12.4,9.8, -15.9,9.8, -16.2,12.2, -12.6,12.2 } },
          },
          note = "Pain on the ulnar (little-finger) side of the front of the wrist, over the pisiform, spilling a "
            .. "little into the heel of the hand.",
        },
      },
    },
    {
      id = "flexor_digitorum_superficialis",
      name = "Flexor digitorum superficialis",
      region = "forearm",
      layer = "intermediate",
      palpation = {
        text = "Patient supine with the forearm supinated and the fingers relaxed. The superficialis lies under "
          .. "the wrist flexors and the palmaris in the middle of the front of the forearm, its radial head "
          .. "reaching across toward the thumb side. Press across its fibres in the middle of the forearm, a "
          .. "little toward the radial side, while the client gently curls one finger at a time: the band that "
          .. "tightens belongs to that finger (the middle finger most often).",
        position = "supine",
        technique = "flat",
        landmarks = { "medial_epicondyle", "wrist" },
        steps = {
          "Client supine, the forearm supinated and the fingers relaxed.",
          "From the medial epicondyle, move to the middle of the front of the forearm, under the wrist flexors.",
          "Press across the fibres a little toward the thumb side while the client curls one finger at a time.",
          "The band that tightens belongs to the finger that moves (the middle finger most often).",
        },
      },
      sources = { TS .. "ch. 38 (hand and finger flexors in the forearm)", DON .. ", chapter on the hand and finger flexors", DAV6,
        "NAMTPT symptom checker, finger flexors (check.myofascialtherapy.org)",
        "thewellnessdigest.com, flexor digitorum superficialis pain pattern" },
      outline = {
        anterior = { { -19.8,105.0, -22.0,104.6, -24.8,97.0, -26.8,89.0, -27.4,85.0, -26.2,84.2, -24.6,88.4, -22.6,93.6,
          -21.0,98.0, -20.0,101.6, smooth = true } },
      },
      trps = {
        {
          id = "flexor_digitorum_superficialis_1", name = "Superficialis TrP (middle finger, radial head)",
          frequency = "common",
          at = { anterior = { -22.8, 96.6 } },
          essential = {
            hand_palmar = { { -12.5,16.9, -12.45,20.3, -12.4,22.7, -12.2,23.95, -11.75,24.2, -11.3,23.95, -11.05,22.7, -11,20.3, -10.95,17, smooth = true }, { -10.9,11, -12.6,11, -12.6,16.2, -10.95,16.2 } },
            anterior = { { -28.4,76.0, -30.0,76.2, -30.6,70.0, -30.9,66.0, -30.1,64.6, -29.4,65.8, -29.2,70.0, -28.8,72.4, smooth = true } },
          },
          spillover = {
            hand_palmar = { { -8.9,3.8, -15.3,3.8, -15.3,6.2, -8.9,6.2 }, { -9.6,7.6, -14.2,7.6, -14.4,11.5, -14.2,14.6, -12.5,15.2, -10,15, -9.2,13, -9,10, smooth = true } },
            anterior = { { -27.0,76.6, -30.8,77.0, -30.8,81.0, -27.4,81.2, smooth = true } },
          },
          note = "Sharp pain along the palm side of the middle finger, felt as if it shoots out past the "
            .. "fingertip, with spillover in the palm; the finger may catch or lock (trigger finger). Each part "
            .. "of the muscle refers to the finger it moves: the middle-finger part is charted most often.",
        },
      },
    },
    {
      id = "flexor_digitorum_profundus",
      name = "Flexor digitorum profundus",
      region = "forearm",
      layer = "deep",
      palpation = {
        text = "Patient supine with the forearm supinated and the fingers relaxed. The profundus lies deep on "
          .. "the front of the ulna, under the flexor carpi ulnaris and the superficialis. Find the medial "
          .. "epicondyle and the ulnar border of the forearm; a few centimetres below the elbow, press flat and "
          .. "deep toward the ulna, just on the thumb side of the border, while the client bends the tips of "
          .. "the ring and little fingers.",
        position = "supine",
        technique = "flat",
        landmarks = { "medial_epicondyle", "ulnar_styloid" },
        steps = {
          "Client supine, the forearm supinated and the fingers relaxed.",
          "Find the medial epicondyle and the little-finger border of the forearm below it.",
          "A few centimetres below the elbow, press flat and deep toward the front of the ulna.",
          "Bending the tips of the ring and little fingers makes the deep fibres tighten under the fingers.",
        },
      },
      sources = { TS .. "ch. 38 (hand and finger flexors in the forearm)", DON .. ", chapter on the hand and finger flexors", DAV6,
        "NAMTPT symptom checker, finger flexors (check.myofascialtherapy.org)" },
      outline = {
        anterior = { { -18.6,104.6, -20.4,105.0, -21.8,100.0, -23.4,94.0, -25.4,87.0, -26.0,84.4, -25.4,84.0, -23.8,88.0,
          -21.6,94.0, -19.6,99.4, -18.9,102.0, smooth = true } },
      },
      trps = {
        {
          id = "flexor_digitorum_profundus_1", name = "Profundus TrP (ring and little fingers, ulnar part)",
          frequency = "common",
          at = { anterior = { -20.6, 100.4 } },
          essential = {
            hand_palmar = { { -14.5,16.4, -14.45,19.9, -14.5,22.1, -14.3,23.3, -13.9,23.5, -13.5,23.3, -13.2,22.2, -13.1,19.9, -13,17, smooth = true }, { -16.3,16, -16.4,18.1, -16.5,19.7, -16.35,20.5, -16.05,20.7, -15.7,20.55, -15.4,19.8, -15.25,18.2, -15.05,16.3, smooth = true }, { -12.9,11, -15.8,10.8, -16.1,13.6, -15,15.6, -13,16 } },
            anterior = { { -25.6,76.0, -28.0,76.2, -28.6,70.0, -28.0,65.6, -27.0,65.8, -25.8,69.6, smooth = true } },
          },
          spillover = {
            hand_palmar = { { -8.9,3.8, -15.3,3.8, -15.3,6.2, -8.9,6.2 }, { -9.6,7.6, -14.2,7.6, -14.4,11.5, -14.2,14.6, -12.5,15.2, -10,15, -9.2,13, -9,10, smooth = true } },
            anterior = { { -25.4,77.0, -28.2,77.0, -28.2,81.0, -25.6,81.4, smooth = true } },
          },
          note = "The same shooting pain along the palm side of the fingers, here the ring and little fingers "
            .. "that the ulnar part serves, out past their tips. Travell & Simons chart the superficialis and "
            .. "profundus together (each part refers to its own finger); the split drawn here follows the usual "
            .. "teaching: superficialis to the middle finger, profundus to the ring and little fingers.",
        },
      },
    },
  },
}
