-- More muscles of the arm and forearm (muscles-upper, second wave): coracobrachialis, anconeus,
-- extensor carpi ulnaris, extensor indicis, palmaris longus, pronator teres and flexor pollicis
-- longus, with their trigger points and referred-pain zones. Body space in cm
-- (docs/atlas-format.md), subject's right side; the arm hangs in the anatomical position (palm
-- forward), so in `anterior` the thumb side is outside (x more negative) and in `posterior` the
-- back of the forearm and hand faces the viewer with the thumb outside (x larger). Fingers in
-- the front and back views: little x 25.4-27, ring 27-29, middle 29-31.3, index 31.3-33.3,
-- thumb beyond (body.lua's finger lines). Zones are redrawn in our own coordinates after the
-- charts of Travell & Simons vol. 1.

local TS = "Travell & Simons, Myofascial Pain and Dysfunction: The Trigger Point Manual, vol. 1 (upper half of body), 2nd ed. 1999, "
local DON = "Donnelly et al., Travell, Simons & Simons' Myofascial Pain and Dysfunction, 3rd ed. 2019"
local DAV5 = "Davies & Davies, The Trigger Point Therapy Workbook, 3rd ed. 2013, ch. 5 (shoulder, upper back and upper arm pain)"
local DAV6 = "Davies & Davies, The Trigger Point Therapy Workbook, 3rd ed. 2013, ch. 6 (elbow, forearm and hand pain)"
local NAM = "NAMTPT symptom checker (check.myofascialtherapy.org), "

local LAT_EPI_POST = { 23.0,104.6, 25.4,105.0, 25.4,109.6, 23.2,110.0, 22.6,107.4, smooth = true }
local LAT_EPI_LAT = { -3.4,104.6, 0.6,104.4, 1.4,107.8, -0.6,110.2, -3.6,109.0, smooth = true }

return {
  muscles = {
    {
      id = "coracobrachialis",
      name = "Coracobrachialis",
      region = "arm",
      layer = "intermediate",
      palpation = {
        text = "Patient supine with the arm abducted to about 90 degrees and turned out, so the inner "
          .. "arm faces up. Find the coracoid process below the outer third of the clavicle: the muscle "
          .. "runs from it down the inner side of the arm, behind the short head of the biceps, to the "
          .. "middle of the humerus. In the armpit, slip the fingers between the pectoralis major in front "
          .. "and the latissimus behind and press the muscle flat against the humerus, high up near its "
          .. "origin.",
        position = "supine",
        technique = "flat",
        landmarks = { "coracoid" },
        steps = {
          "Abduct the arm to about 90 degrees and turn it out so the inner arm faces up.",
          "Find the coracoid process below the outer clavicle.",
          "Follow the muscle into the armpit behind the short head of the biceps.",
          "Press it flat against the humerus, high up near its origin.",
        },
      },
      sources = { TS .. "ch. 29 (coracobrachialis)", DON .. ", chapter on the coracobrachialis", DAV5,
        "American Academy of Manual Medicine muscle guide, coracobrachialis (after Travell & Simons)" },
      outline = {
        anterior = { { -15.0,137.8, -16.4,138.1, -17.6,134.0, -18.6,128.0, -19.2,122.4, -18.8,119.4, -17.8,119.6, -17.4,123.0,
          -16.8,128.4, -15.8,133.2, smooth = true } },
      },
      trps = {
        {
          id = "coracobrachialis_1", name = "Coracobrachialis TrP (upper belly)",
          frequency = "common",
          at = { anterior = { -16.9, 131.0 } },
          essential = {
            hand_dorsal = { { 12.5,16.9, 12.45,20.3, 12.4,22.7, 12.2,23.95, 11.75,24.2, 11.3,23.95, 11.05,22.7, 11,20.3, 10.95,17, smooth = true }, { 10.8,8, 12.8,8, 12.7,16.6, 10.9,16.6 } },
            anterior = { { -18.6,130.6, -21.8,130.4, -23.0,134.4, -21.6,138.2, -18.6,138.0, -17.6,134.2, smooth = true } },
            posterior = {
              { 18.6,112.0, 21.4,112.2, 22.2,122.0, 21.6,129.0, 19.0,128.6, 18.2,121.0, smooth = true },
              { 27.6,82.0, 30.8,82.2, 31.0,75.0, 31.0,68.0, 30.2,65.4, 29.4,66.4, 29.2,70.0, 28.8,74.0, 27.4,78.0, smooth = true },
            },
          },
          spillover = {
            posterior = { { 21.8,100.4, 24.2,101.0, 26.4,92.6, 27.4,87.6, 25.6,87.0, 23.4,92.4, smooth = true } },
          },
          note = "Pain over the front of the shoulder, down the back of the arm and over the back of the "
            .. "hand into the middle finger, skipping the elbow and the wrist. Charts differ on how solid "
            .. "the forearm part is; it is drawn here as spillover.",
        },
      },
    },
    {
      id = "anconeus",
      name = "Anconeus",
      region = "forearm",
      layer = "superficial",
      palpation = {
        text = "Patient supine or seated with the elbow bent to about 90 degrees and the forearm resting. "
          .. "Find the lateral epicondyle and the olecranon: the small triangular anconeus fills the space "
          .. "between them and the upper ulna, just below and behind the epicondyle. Press it flat against "
          .. "the bone; a slight push to straighten the elbow makes it tighten.",
        position = "supine",
        technique = "flat",
        landmarks = { "lateral_epicondyle", "olecranon" },
        steps = {
          "Bend the elbow to about 90 degrees.",
          "Find the lateral epicondyle and the olecranon.",
          "Press flat in the triangle between them and the upper ulna, a finger-width below the epicondyle.",
        },
      },
      sources = { TS .. "ch. 32 (triceps brachii and anconeus)", DON .. ", chapter on the triceps brachii and anconeus", DAV6,
        NAM .. "triceps brachii and anconeus" },
      outline = {
        posterior = { { 24.8,107.6, 23.6,107.2, 22.6,106.2, 22.4,103.2, 22.8,101.6, 23.6,101.9, 24.4,104.2, 25.2,106.4, smooth = true } },
        lateral_right = { { -1.2,107.4, -2.6,107.1, -4.0,105.8, -4.3,102.8, -3.4,102.2, -2.4,103.8, -1.4,105.6, smooth = true } },
      },
      trps = {
        {
          id = "anconeus_1", name = "Anconeus TrP",
          frequency = "common",
          at = { posterior = { 23.5, 104.6 }, lateral_right = { -3.1, 104.6 } },
          essential = { posterior = { LAT_EPI_POST }, lateral_right = { LAT_EPI_LAT } },
          note = "A local ache at the lateral epicondyle: one of the quieter sources of tennis elbow.",
        },
      },
    },
    {
      id = "extensor_carpi_ulnaris",
      name = "Extensor carpi ulnaris",
      region = "forearm",
      layer = "superficial",
      palpation = {
        text = "Patient seated with the forearm resting palm down. The muscle runs along the back of the "
          .. "ulna, from the lateral epicondyle to the base of the fifth metacarpal, on the little-finger "
          .. "side of the finger extensors. Find the epicondyle, move 7-8 cm down along the ulnar border "
          .. "and press flat against the ulna; a lift of the hand toward the little-finger side makes it "
          .. "tighten.",
        position = "seated",
        technique = "flat",
        landmarks = { "lateral_epicondyle", "ulnar_styloid" },
        steps = {
          "Rest the forearm palm down.",
          "Find the lateral epicondyle and follow the ulnar border of the forearm down 7-8 cm.",
          "Press flat against the ulna while the hand lifts toward the little-finger side.",
        },
      },
      sources = { TS .. "ch. 34 (hand extensors and brachioradialis)", DON .. ", chapter on the hand extensors", DAV6,
        NAM .. "extensor carpi ulnaris and extensor carpi radialis" },
      outline = {
        posterior = { { 22.0,106.4, 22.9,106.0, 22.3,101.0, 22.6,95.0, 24.2,89.0, 25.6,84.4, 24.9,84.0, 23.5,88.4, 21.2,94.4,
          20.2,99.8, 20.8,103.6, smooth = true } },
      },
      trps = {
        {
          id = "extensor_carpi_ulnaris_1", name = "Extensor carpi ulnaris TrP",
          frequency = "common",
          at = { posterior = { 21.3, 99.6 } },
          essential = {
            hand_dorsal = { { 12.6,4, 15.3,4, 15.5,7.4, 13.4,8, 12.6,6.6, smooth = true } },
            posterior = { { 25.4,80.4, 27.0,80.2, 27.8,82.6, 27.2,85.4, 25.0,85.6, 24.9,83.4, smooth = true } },
          },
          note = "Pain on the little-finger side of the back of the wrist. Travell & Simons meet this "
            .. "muscle less often than the radial wrist extensors, usually after an injury.",
        },
      },
    },
    {
      id = "extensor_indicis",
      name = "Extensor indicis",
      region = "forearm",
      layer = "deep",
      palpation = {
        text = "Patient seated with the forearm resting palm down. The extensor indicis lies deep in the "
          .. "lower back of the forearm, from the ulna toward the index finger, under the finger-extensor "
          .. "tendons. Find the ulnar styloid and move about a hand's width up the middle of the back of "
          .. "the forearm; press flat between radius and ulna while the patient lifts the index finger "
          .. "against light resistance.",
        position = "seated",
        technique = "flat",
        landmarks = { "ulnar_styloid", "wrist" },
        steps = {
          "Rest the forearm palm down.",
          "Find the wrist and move about a hand's width up the middle of the back of the forearm.",
          "Press flat between the radius and ulna while the index finger lifts against light resistance.",
        },
      },
      sources = { TS .. "ch. 35 (extensor digitorum and extensor indicis)", DON .. ", chapter on the finger extensors", DAV6,
        NAM .. "finger extensors" },
      outline = {
        posterior = { { 23.6,94.0, 24.6,94.2, 26.6,89.4, 28.6,85.6, 28.4,84.6, 27.6,84.8, 25.8,88.0, 23.8,92.0, smooth = true } },
      },
      trps = {
        {
          id = "extensor_indicis_1", name = "Extensor indicis TrP",
          frequency = "common",
          at = { posterior = { 25.4, 90.0 } },
          essential = {
            hand_dorsal = { { 8.8,4.6, 12,4.6, 12.4,8.6, 10.6,9.6, 8.8,8.2, smooth = true } },
            posterior = { { 28.0,79.8, 31.2,79.6, 31.8,82.2, 30.4,84.4, 28.4,84.4, 27.6,82.2, smooth = true } },
          },
          spillover = {
            hand_dorsal = { { 8.6,7, 11.6,7, 11.6,13.6, 9.2,14, 8.4,10.8, smooth = true } },
            posterior = { { 29.8,74.0, 32.2,73.6, 32.8,77.0, 31.6,79.6, 29.6,79.4, smooth = true } },
          },
          note = "Pain strongest where the back of the wrist meets the back of the hand, on the thumb "
            .. "side, spilling toward the base of the index finger.",
        },
      },
    },
    {
      id = "palmaris_longus",
      name = "Palmaris longus",
      region = "forearm",
      layer = "superficial",
      palpation = {
        text = "Patient supine with the forearm supinated (palm up) and resting. Cupping the hand and "
          .. "bending the wrist slightly makes the tendon stand out in the middle of the wrist (it is "
          .. "absent in about one person in seven). Follow it up to the belly in the upper third of the "
          .. "forearm, below the medial epicondyle, and press flat across it; the muscle is superficial.",
        position = "supine",
        technique = "flat",
        landmarks = { "medial_epicondyle", "wrist" },
        steps = {
          "Turn the palm up and ask for the hand to be cupped against light resistance.",
          "Find the tendon in the middle of the front of the wrist.",
          "Follow it up to the belly just below the medial epicondyle.",
          "Press flat across the belly in the upper third of the forearm.",
        },
      },
      sources = { TS .. "ch. 37 (palmaris longus)", DON .. ", chapter on the palmaris longus", DAV6,
        "Niel-Asher, The Concise Book of Trigger Points, 2nd ed. 2008 (palmaris longus)" },
      outline = {
        anterior = { { -18.3,107.0, -19.5,106.8, -21.6,101.6, -23.2,96.4, -25.6,90.0, -27.6,84.6, -28.2,83.6, -27.8,83.2,
          -27.0,84.2, -24.6,89.6, -22.2,95.4, -20.0,100.8, -18.2,104.8, smooth = true } },
      },
      trps = {
        {
          id = "palmaris_longus_1", name = "Palmaris longus TrP",
          frequency = "common",
          at = { anterior = { -20.6, 101.4 } },
          essential = {
            hand_palmar = { { -9.6,7.6, -14.2,7.6, -14.4,11.5, -14.2,14.6, -12.5,15.2, -10,15, -9.2,13, -9,10, smooth = true } },
            anterior = { { -26.8,72.8, -30.6,72.4, -31.8,75.6, -31.4,79.6, -29.0,80.4, -26.8,79.2, -26.4,76.0, smooth = true } },
          },
          spillover = {
            hand_palmar = { { -8.9,3.8, -15.3,3.8, -15.3,6.2, -8.9,6.2 }, { -8,7.6, -9.4,7.4, -9.6,10.5, -9,13.4, -7.6,13.4, -6.6,11, -7.2,9, smooth = true }, { -12.9,11, -15.8,10.8, -16.1,13.6, -15,15.6, -13,16 } },
            anterior = {
              { -24.4,85.0, -27.0,84.6, -29.6,86.2, -28.6,91.6, -26.0,92.6, -24.0,89.8, smooth = true },
              { -25.8,72.6, -31.4,72.4, -32.6,75.2, -32.0,80.4, -28.6,81.6, -25.8,80.0, smooth = true },
            },
          },
          note = "A superficial prickling, needle-like pain in the palm rather than a deep ache, with "
            .. "spillover over the rest of the palm and the lower front of the forearm; the palm is sore "
            .. "to press and tools are hard to hold.",
        },
      },
    },
    {
      id = "pronator_teres",
      name = "Pronator teres",
      region = "forearm",
      layer = "superficial",
      palpation = {
        text = "Patient supine with the forearm supinated and the elbow nearly straight. Find the medial "
          .. "epicondyle and the biceps tendon in the crease of the elbow: the pronator teres runs "
          .. "obliquely from just above the epicondyle down and outward across the front of the forearm "
          .. "to the middle of the radius, forming the inner edge of the hollow of the elbow. Press flat "
          .. "across it just below the crease, medial to the biceps tendon; resisted turning of the palm "
          .. "down makes it tighten.",
        position = "supine",
        technique = "flat",
        landmarks = { "medial_epicondyle" },
        steps = {
          "Turn the palm up with the elbow nearly straight.",
          "Find the medial epicondyle and the biceps tendon in the elbow crease.",
          "Press flat across the oblique belly just below the crease, medial to the biceps tendon.",
        },
      },
      sources = { TS .. "ch. 38 (hand and finger flexors in the forearm; pronator teres)", DON .. ", chapter on the pronator teres", DAV6,
        "thewellnessdigest.com, pronator teres pain pattern" },
      outline = {
        anterior = { { -17.8,107.6, -19.0,108.2, -22.6,103.8, -25.8,99.2, -26.8,97.2, -25.8,96.6, -22.8,99.4, -19.8,102.8,
          -17.9,105.2, smooth = true } },
      },
      trps = {
        {
          id = "pronator_teres_1", name = "Pronator teres TrP",
          frequency = "common",
          at = { anterior = { -21.4, 104.0 } },
          essential = {
            hand_palmar = { { -8.9,3.8, -12,3.8, -12,6.2, -8.9,6.2 }, { -9.4,6.6, -11.8,6.6, -11.8,9.8, -9.6,9.8 } },
            anterior = { { -28.4,80.8, -31.4,80.6, -31.8,82.6, -30.6,85.0, -28.6,85.4, -28.0,83.0, smooth = true } },
          },
          spillover = {
            anterior = { { -25.6,97.0, -27.2,97.4, -29.4,90.0, -30.0,86.4, -28.4,86.0, -26.6,90.0, -25.0,94.0, smooth = true } },
          },
          note = "Deep pain on the thumb side of the front of the wrist, spreading up the radial side of the "
            .. "front of the forearm; cupping the hand palm up is painful.",
        },
      },
    },
    {
      id = "flexor_pollicis_longus",
      name = "Flexor pollicis longus",
      region = "forearm",
      layer = "deep",
      palpation = {
        text = "Patient supine with the forearm supinated. The muscle lies deep on the front of the radius "
          .. "in the lower half of the forearm, on the thumb side, under the flexor carpi radialis and the "
          .. "superficial finger flexor. Find the radial styloid and move three to four finger-widths up "
          .. "the front of the forearm; press flat toward the radius while the patient bends the tip of "
          .. "the thumb.",
        position = "supine",
        technique = "flat",
        landmarks = { "radial_styloid", "wrist" },
        steps = {
          "Turn the palm up.",
          "Find the radial styloid on the thumb side of the wrist.",
          "Move three to four finger-widths up the front of the forearm.",
          "Press flat toward the radius while the tip of the thumb bends.",
        },
      },
      sources = { TS .. "ch. 38 (hand and finger flexors in the forearm)", DON .. ", chapter on the hand and finger flexors", DAV6,
        "American Academy of Manual Medicine muscle guide, flexor pollicis longus (after Travell & Simons)" },
      outline = {
        anterior = { { -24.6,100.2, -25.9,100.4, -27.8,93.0, -29.6,86.6, -30.0,84.2, -29.3,84.0, -28.6,86.0, -26.6,92.0,
          -24.6,97.0, smooth = true } },
      },
      trps = {
        {
          id = "flexor_pollicis_longus_1", name = "Flexor pollicis longus TrP",
          frequency = "common",
          at = { anterior = { -28.1, 89.6 } },
          essential = {
            hand_palmar = { { -7.6,14.4, -7,15.1, -6.6,16.1, -6.2,17.1, -5.8,17.55, -5.2,17.6, -4.8,17.25, -4.8,16.6, -5.35,14.4, -6,12.4, -6.8,12.6, smooth = true } },
            anterior = { { -31.8,80.6, -33.0,78.8, -34.0,76.4, -34.4,74.4, -34.1,73.1, -33.7,73.6, -33.3,75.4, -32.4,77.8,
              -31.3,80.0, smooth = true } },
          },
          note = "Pain along the palm side of the thumb out to its tip; writing and pinching hurt "
            .. "(\"weeder's thumb\").",
        },
      },
    },
  },
}
