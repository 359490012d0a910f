-- Muscles of the head (muscles-upper): temporalis and masseter, with their trigger points
-- and referred-pain zones. Body space in cm (docs/atlas-format.md), subject's right side.
-- Positions follow the landmark table of design.md section 2; lateral_right has x = 0 at
-- the ear canal and the face toward x > 0. Zones are drawn after the charts of Travell &
-- Simons vol. 1 (1999), redrawn in our own coordinates; notes are in our own words.

local TS = "Travell & Simons, Myofascial Pain and Dysfunction: The Trigger Point Manual, vol. 1 (upper half of body), 2nd ed. 1999, "
local DON = "Donnelly et al., Travell, Simons & Simons' Myofascial Pain and Dysfunction, 3rd ed. 2019"
local DAV = "Davies & Davies, The Trigger Point Therapy Workbook, 3rd ed. 2013, ch. 4 (head and neck)"

return {
  muscles = {
    {
      id = "temporalis",
      name = "Temporalis",
      region = "head",
      layer = "superficial",
      palpation = {
        text = "Patient supine or seated, jaw relaxed with the teeth slightly apart. Spread the "
          .. "fingertips over the side of the head above the ear and ask for a gentle clench: the fan "
          .. "hardens under the fingers. Taut bands run vertically in front and obliquely backwards "
          .. "behind; the trigger points sit one to two finger-widths above the zygomatic arch. Flat "
          .. "palpation against the skull, feeling for a band that jumps or sends pain to the teeth.",
        position = "supine",
        technique = "flat",
        landmarks = { "zygomatic_arch", "tragion" },
        steps = {
          "Client supine or seated, the jaw relaxed with the teeth slightly apart.",
          "Find the zygomatic arch and spread the fingertips over the side of the head above it.",
          "Ask for a gentle clench: the fan hardens under the fingers.",
          "Press flat against the skull one to two finger-widths above the arch, working from the front fibres back over the ear.",
        },
      },
      sources = { TS .. "ch. 9", DON .. ", chapter on the temporalis", DAV,
        "NAMTPT symptom checker, temporalis (check.myofascialtherapy.org)" },
      outline = {
        lateral_right = { { 6.6,157.6, 7.6,161.0, 6.8,164.6, 3.0,166.9, -1.5,167.1, -5.0,165.6,
          -6.6,162.6, -5.6,160.0, -2.5,159.2, 1.0,158.4, 2.8,156.2, 4.4,154.6, 5.4,156.0, smooth = true } },
        anterior = { { -6.0,158.2, -6.9,158.6, -7.1,161.5, -6.7,164.8, -5.9,165.2, -5.7,161.6, smooth = true } },
      },
      fibres = {
        lateral_right = {
          { -5.8,162, -1,159.8, 3.6,155.8, smooth = true },
          { 0.5,166.6, 2.6,162, 4.2,156, smooth = true },
          { 6.8,163.5, 6,160, 4.8,156, smooth = true },
        },
      },
      trps = {
        {
          id = "temporalis_1", name = "TrP1 (anterior fibres)",
          frequency = "common",
          at = { lateral_right = { 5.6, 159.6 }, anterior = { -6.3, 160.0 } },
          essential = {
            lateral_right = { { 5.2,159.0, 7.4,159.4, 8.9,160.6, 8.6,161.6, 6.6,161.4, 5.0,160.4, smooth = true },
                              { 8.6,153.6, 9.6,153.8, 9.6,155.0, 8.6,155.0, smooth = true } },
            anterior = { { -1.6,160.6, -3.6,160.2, -5.6,160.4, -6.2,161.4, -4.2,161.8, -1.8,161.6, smooth = true },
                         { -0.6,153.4, -2.2,153.4, -2.4,154.8, -0.6,155.0, smooth = true } },
          },
          spillover = {
            lateral_right = { { 4.6,158.6, 6.6,158.4, 8.4,159.6, 9.2,161.8, 7.0,162.6, 4.6,161.6, smooth = true } },
          },
          note = "Anterior fibres: pain forward along the eyebrow and into the upper front teeth.",
        },
        {
          id = "temporalis_2", name = "TrP2 (middle-anterior fibres)",
          frequency = "common",
          at = { lateral_right = { 3.2, 160.2 } },
          essential = {
            lateral_right = { { 2.0,159.6, 4.2,159.8, 5.0,162.6, 4.4,165.4, 2.6,165.6, 1.8,162.6, smooth = true },
                              { 7.0,153.6, 8.8,153.8, 8.8,154.8, 7.0,154.8, smooth = true } },
            anterior = { { -6.0,160.0, -6.8,160.4, -6.6,163.6, -5.8,163.6, smooth = true } },
          },
          spillover = {
            lateral_right = { { 1.0,159.2, 5.4,159.4, 6.2,163.0, 5.0,166.2, 1.6,166.4, 0.8,162.6, smooth = true } },
          },
          note = "Middle fingers of pain run straight up over the temple; the upper canine and premolars may ache or feel sensitive to cold.",
        },
        {
          id = "temporalis_3", name = "TrP3 (middle-posterior fibres)",
          frequency = "common",
          at = { lateral_right = { 0.6, 160.6 } },
          essential = {
            lateral_right = { { -0.6,160.0, 1.8,160.2, 2.2,163.6, 1.4,166.2, -0.6,166.2, -1.2,163.2, smooth = true },
                              { 5.0,153.4, 6.8,153.6, 6.8,154.6, 5.0,154.6, smooth = true } },
          },
          spillover = {
            lateral_right = { { -1.8,159.6, 2.8,159.8, 3.2,163.8, 2.0,166.8, -1.4,166.8, -2.2,163.2, smooth = true } },
          },
          note = "Pain climbs vertically over the middle of the temporal fossa; the upper molars may hurt or be sensitive to percussion.",
        },
        {
          id = "temporalis_4", name = "TrP4 (posterior fibres)",
          palpation = {
            landmarks = { "tragion", "zygomatic_arch" },
            steps = {
              "Find the ear: the posterior fibres run back over and above it.",
              "Press flat against the skull just above and behind the top of the ear while the client clenches gently.",
            },
          },
          frequency = "common",
          at = { lateral_right = { -3.0, 161.2 } },
          essential = {
            lateral_right = { { -2.0,160.6, -4.8,161.4, -6.2,163.6, -4.8,165.4, -2.4,165.4, -1.6,163.0, smooth = true } },
          },
          spillover = {
            lateral_right = { { -1.0,160.0, -5.0,160.4, -7.0,162.6, -6.0,165.8, -2.6,166.6, -0.6,164.0, smooth = true } },
          },
          note = "Posterior fibres send pain backwards and upwards over and behind the ear.",
        },
      },
    },
    {
      id = "masseter",
      name = "Masseter",
      region = "head",
      layer = "superficial",
      palpation = {
        text = "Patient supine, mouth propped slightly open so the muscle is gently lengthened. "
          .. "Find the zygomatic arch and the angle of the jaw; the masseter fills the space between "
          .. "them and bulges when the patient clenches. Use a pincer grasp with one finger inside the "
          .. "cheek and the thumb outside to roll the superficial layer; the deep layer lies just in "
          .. "front of the jaw joint, under the back of the zygomatic arch, felt by flat palpation.",
        position = "supine",
        technique = "pincer",
        landmarks = { "zygomatic_arch", "jaw_angle" },
        steps = {
          "Client supine, the mouth propped slightly open so the muscle is gently lengthened.",
          "Find the zygomatic arch and the angle of the jaw; a clench makes the masseter bulge between them.",
          "Grasp the superficial layer with one gloved finger inside the cheek and the thumb outside, and roll it.",
        },
      },
      sources = { TS .. "ch. 8", DON .. ", chapter on the masseter", DAV,
        "NAMTPT symptom checker, masseter (check.myofascialtherapy.org)" },
      outline = {
        lateral_right = { { 2.8,156.8, 6.8,156.6, 7.3,153.0, 6.3,149.8, 4.0,149.2, 1.8,149.8, 1.5,152.6, 2.0,155.2, smooth = true } },
        anterior = { { -5.4,155.8, -6.6,155.4, -6.6,152.6, -5.6,150.0, -4.7,150.3, -4.8,153.4, smooth = true } },
      },
      fibres = {
        lateral_right = {
          { 6.6,156, 5.6,150, smooth = true },
          { 3.2,156.2, 2.4,150.4, smooth = true },
        },
      },
      trps = {
        {
          id = "masseter_1", name = "Superficial layer, upper part",
          frequency = "common",
          at = { lateral_right = { 5.8, 155.0 }, anterior = { -5.7, 154.6 } },
          essential = {
            lateral_right = { { 5.4,153.6, 8.4,153.8, 9.0,155.4, 7.6,156.8, 5.8,156.4, smooth = true } },
            anterior = { { -2.6,154.0, -5.0,153.8, -5.8,155.6, -4.6,157.0, -2.8,156.6, smooth = true } },
          },
          spillover = {
            lateral_right = { { 4.6,153.0, 8.8,153.0, 9.6,155.6, 8.0,157.4, 4.8,157.0, smooth = true } },
          },
          note = "Upper molars, the adjacent gum and the maxilla; patients often call it sinus pain.",
        },
        {
          id = "masseter_2", name = "Superficial layer, lower part (near the angle)",
          palpation = {
            landmarks = { "jaw_angle", "zygomatic_arch" },
          },
          frequency = "common",
          at = { lateral_right = { 3.4, 150.8 }, anterior = { -5.2, 151.0 } },
          essential = {
            lateral_right = { { 2.4,149.6, 6.8,149.8, 7.6,151.0, 5.8,152.8, 3.0,152.2, smooth = true },
                              { 6.2,160.4, 8.0,160.8, 9.0,161.6, 8.4,162.2, 6.4,161.4, smooth = true } },
            anterior = { { -1.4,161.0, -3.6,160.8, -5.6,161.2, -5.6,162.2, -3.4,162.0, -1.4,161.8, smooth = true },
                         { -3.2,148.8, -4.6,149.4, -5.2,150.8, -4.0,151.1, -3.2,150.4, smooth = true } },
          },
          spillover = {
            lateral_right = { { 1.8,149.4, 8.0,149.0, 8.6,151.4, 7.0,153.2, 2.4,152.8, smooth = true } },
          },
          note = "The body of the mandible near the angle, and an arc of pain above the eyebrow that reaches "
            .. "toward the temple.",
        },
        {
          id = "masseter_3", name = "Deep layer",
          palpation = {
            technique = "flat",
            landmarks = { "tmj", "zygomatic_arch" },
            steps = {
              "Find the jaw joint just in front of the tragus; it slides forward when the mouth opens.",
              "With the mouth slightly open, press flat just in front of the joint, under the back of the zygomatic arch (deep layer).",
            },
          },
          frequency = "common",
          at = { lateral_right = { 2.6, 155.4 } },
          essential = {
            lateral_right = { { -1.4,156.2, 0.6,155.2, 2.8,156.2, 2.6,158.6, 0.4,159.4, -1.6,158.2, smooth = true } },
            anterior = { { -7.0,155.6, -7.9,156.2, -8.0,158.6, -7.1,158.8, smooth = true } },
          },
          spillover = {
            lateral_right = { { 1.2,154.4, 4.4,155.0, 4.6,157.0, 2.4,157.2, smooth = true } },
          },
          note = "Deep in the ear and over the jaw joint; may come with a low roaring tinnitus on the same side.",
        },
        {
          id = "masseter_4", name = "Superficial layer, mid-belly",
          palpation = {
            landmarks = { "jaw_angle", "zygomatic_arch" },
            steps = {
              "Have the client clench lightly to find the belly between the zygomatic arch and the angle of the jaw.",
              "Relax the jaw and grasp the middle of the belly between a gloved finger inside the cheek and the thumb outside.",
            },
          },
          frequency = "common",
          at = { lateral_right = { 4.4, 152.8 }, anterior = { -5.8, 152.8 } },
          essential = {
            lateral_right = { { 4.6,150.6, 7.6,150.8, 8.4,152.0, 7.4,153.0, 4.8,152.6, smooth = true } },
            anterior = { { -2.8,150.8, -4.6,150.8, -5.2,151.8, -4.2,152.8, -2.8,152.4, smooth = true } },
          },
          spillover = {
            lateral_right = { { 3.6,150.0, 8.2,150.0, 9.0,152.2, 7.8,153.4, 3.8,153.0, smooth = true } },
          },
          note = "The lower molars and their gums, with some ache over the mandible: toothache from the muscle. "
            .. "Travell & Simons separate this mid-belly point from the one near the angle.",
        },
      },
    },
  },
}
