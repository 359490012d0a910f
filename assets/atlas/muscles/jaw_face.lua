-- Muscles of the jaw, face and scalp (muscles-upper, second wave): the two pterygoids, the
-- digastric, occipitofrontalis, orbicularis oculi, zygomaticus major and platysma, with their
-- trigger points and referred-pain zones. Body space in cm (docs/atlas-format.md), subject's
-- right side; lateral_right has x = 0 at the ear canal and the face toward x > 0. Outlines sit
-- on body.lua's landmarks (ear canal, jaw joint, zygomatic arch, angle of the jaw, hyoid,
-- chin, eye). Zones are redrawn in our own coordinates after the charts of Travell & Simons
-- vol. 1; where a pain lies inside the mouth or throat it is drawn where the skin over it is.

local TS = "Travell & Simons, Myofascial Pain and Dysfunction: The Trigger Point Manual, vol. 1 (upper half of body), 2nd ed. 1999, "
local DON = "Donnelly et al., Travell, Simons & Simons' Myofascial Pain and Dysfunction, 3rd ed. 2019"
local DAV = "Davies & Davies, The Trigger Point Therapy Workbook, 3rd ed. 2013, ch. 4 (head, neck and face pain)"
local NAM = "NAMTPT symptom checker (check.myofascialtherapy.org), "

-- The orbit (the eye and the lids around it) in the front and side views: several head and
-- neck muscles send pain there.
local ORBIT_ANT = { -1.6,158.0, -3.2,157.6, -4.8,157.9, -5.4,159.4, -4.6,160.9, -3.0,161.1, -1.7,160.2, smooth = true }
local ORBIT_LAT = { 5.4,158.0, 7.4,157.8, 8.7,158.6, 8.8,160.2, 7.4,161.2, 5.6,160.8, 4.8,159.4, smooth = true }

return {
  muscles = {
    {
      id = "lateral_pterygoid",
      name = "Lateral pterygoid",
      region = "head",
      layer = "deep",
      palpation = {
        text = "Patient supine, the mouth a little open so the coronoid process slides forward out of "
          .. "the way. Find the zygomatic arch and the jaw joint just in front of the ear; the muscle runs "
          .. "forward from the neck of the condyle, deep to the arch and the masseter. From outside, press "
          .. "upward and inward through the masseter in the notch between the condyle and the coronoid "
          .. "process, just below the arch. From inside, slide the little finger along the cheek side of "
          .. "the upper molars to their far end and press up and in toward the lower division; it is "
          .. "tender in most people, so press gently.",
        position = "supine",
        technique = "flat",
        landmarks = { "zygomatic_arch", "tmj" },
        steps = {
          "Ask for the mouth to open a little so the coronoid process moves forward.",
          "Find the zygomatic arch and the jaw joint just in front of the ear.",
          "Press up and in through the masseter in the notch just below the arch, in front of the condyle.",
          "Or inside the mouth: slide a finger along the outside of the upper molars to their far end and press up and in.",
        },
      },
      sources = { TS .. "ch. 11 (lateral pterygoid)", DON .. ", chapter on the lateral pterygoid", DAV,
        "MedLink Neurology, myofascial pain figures after Travell & Simons (masticatory muscles)" },
      outline = {
        lateral_right = { { 1.0,156.8, 1.8,157.5, 3.6,157.6, 5.4,157.1, 6.2,156.1, 5.6,155.1, 3.8,155.0, 2.0,155.6, smooth = true } },
      },
      trps = {
        {
          id = "lateral_pterygoid_1", name = "Lateral pterygoid TrPs (both divisions)",
          frequency = "common",
          at = { lateral_right = { 3.4, 156.3 } },
          essential = {
            lateral_right = {
              { 0.2,156.0, 1.3,155.5, 2.4,156.2, 2.4,157.8, 1.2,158.3, 0.1,157.4, smooth = true },
              { 5.4,154.6, 7.8,154.4, 9.2,155.4, 9.0,157.2, 7.2,157.8, 5.6,157.0, smooth = true },
            },
            anterior = {
              { -6.6,156.0, -7.5,155.8, -7.9,156.8, -7.6,157.8, -6.8,157.6, smooth = true },
              { -2.0,154.4, -4.4,154.2, -5.6,155.2, -5.2,157.0, -3.4,157.4, -2.0,156.6, smooth = true },
            },
          },
          note = "Deep pain in the jaw joint and over the maxilla (the cheek below the eye): the main "
            .. "muscular source of pain felt in the joint, easily taken for arthritis of the joint or for "
            .. "sinusitis. Travell & Simons draw one pattern for the upper and lower divisions.",
        },
        {
          id = "lateral_pterygoid_2", name = "Lower division TrP",
          palpation = {
            landmarks = { "tmj", "zygomatic_arch" },
            steps = {
              "Slide a gloved little finger along the cheek side of the upper molars to their far end.",
              "Press gently up and in toward the lower division, which is tender in most people.",
            },
          },
          frequency = "common",
          at = { lateral_right = { 3.6, 155.6 } },
          essential = {
            lateral_right = {
              { 0.2,156.0, 1.3,155.5, 2.4,156.2, 2.4,157.8, 1.2,158.3, 0.1,157.4, smooth = true },
              { 5.4,154.6, 7.8,154.4, 9.2,155.4, 9.0,157.2, 7.2,157.8, 5.6,157.0, smooth = true },
            },
            anterior = {
              { -6.6,156.0, -7.5,155.8, -7.9,156.8, -7.6,157.8, -6.8,157.6, smooth = true },
              { -2.0,154.4, -4.4,154.2, -5.6,155.2, -5.2,157.0, -3.4,157.4, -2.0,156.6, smooth = true },
            },
          },
          note = "The lower division, reached from inside the mouth behind the upper molars, refers to the same joint "
            .. "and maxilla as the upper one (Travell & Simons chart both divisions with one pattern)",
        },
      },
    },
    {
      id = "medial_pterygoid",
      name = "Medial pterygoid",
      region = "head",
      layer = "deep",
      palpation = {
        text = "Patient supine, the head tipped a little toward the side examined. The muscle lies on "
          .. "the inner face of the ramus, mirroring the masseter outside it. Find the angle of the jaw, "
          .. "curl the fingertips around it onto its inner surface and press upward against the bone: the "
          .. "lower end of the muscle lies there. Inside the mouth, the belly can be pressed outward toward "
          .. "the ramus just behind the last lower molar.",
        position = "supine",
        technique = "flat",
        landmarks = { "jaw_angle" },
        steps = {
          "Tip the head slightly toward the side being examined.",
          "Find the angle of the jaw.",
          "Curl the fingertips around and under the angle onto its inner surface and press upward against the bone.",
          "Or inside the mouth: press outward behind the last lower molar toward the ramus.",
        },
      },
      sources = { TS .. "ch. 10 (medial pterygoid)", DON .. ", chapter on the medial pterygoid", DAV,
        "MedLink Neurology, myofascial pain patterns of the medial pterygoid (after Travell & Simons)" },
      outline = {
        -- seen through the ramus: from the pterygoid fossa down and back to the angle
        lateral_right = { { 4.2,157.2, 5.8,156.8, 5.0,154.2, 3.2,150.8, 1.6,149.9, 0.6,150.8, 2.2,153.6, 3.4,156.0, smooth = true } },
      },
      trps = {
        {
          id = "medial_pterygoid_1", name = "Medial pterygoid TrP",
          frequency = "common",
          at = { lateral_right = { 2.0, 151.6 } },
          essential = {
            lateral_right = {
              { -1.8,154.0, 0.6,153.2, 2.0,154.6, 2.2,156.4, 1.0,157.6, -1.0,158.6, -2.6,157.6, -2.8,155.6, smooth = true },
              -- the back of the mouth and the tongue, drawn on the skin over them
              { 2.8,151.4, 5.4,151.2, 7.4,152.2, 6.8,153.8, 4.2,154.0, 2.6,153.0, smooth = true },
            },
          },
          spillover = {
            -- the pharynx, drawn over the upper throat below the angle
            lateral_right = { { 1.4,147.6, 3.8,147.0, 5.0,147.6, 4.2,149.6, 2.2,150.2, 1.2,149.2, smooth = true } },
          },
          note = "A poorly localised ache in the back of the mouth, tongue, throat and hard palate, and "
            .. "below and behind the jaw joint deep into the ear, but not in the teeth; swallowing and wide "
            .. "opening hurt. The pain inside the mouth and throat is drawn on the skin over it.",
        },
      },
    },
    {
      id = "digastric",
      name = "Digastric",
      region = "neck",
      layer = "intermediate",
      palpation = {
        text = "Patient supine, the head tipped slightly back. The posterior belly runs from the notch "
          .. "inside the mastoid down and forward to the hyoid, in the space between the back of the "
          .. "ramus and the mastoid: press it flat against the deeper tissues just behind the angle of the "
          .. "jaw. The anterior belly lies under the chin, beside the midline, between the chin and the "
          .. "hyoid; press it up against the underside of the mandible while the patient presses the "
          .. "tongue to the roof of the mouth.",
        position = "supine",
        technique = "flat",
        landmarks = { "mastoid", "jaw_angle", "hyoid" },
        steps = {
          "Tip the head slightly back.",
          "Find the mastoid and the angle of the jaw; the posterior belly fills the gap between them.",
          "Press it flat against the deeper tissues just behind and below the angle.",
          "For the anterior belly, press upward under the chin beside the midline, between chin and hyoid.",
        },
      },
      sources = { TS .. "ch. 12 (digastric and anterior neck muscles)", DON .. ", chapter on the digastric", DAV,
        NAM .. "digastric" },
      outline = {
        lateral_right = { { -2.2,155.0, -0.8,155.4, 1.2,152.8, 3.6,149.6, 5.4,148.3, 7.2,148.5, 8.8,148.6, 8.8,147.9,
          7.0,147.8, 5.3,147.0, 4.0,147.6, 1.8,150.4, -0.6,153.2, smooth = true } },
        anterior = { { -0.4,148.3, -1.4,148.5, -2.0,147.3, -1.8,146.2, -1.0,146.0, -0.6,147.0, smooth = true } },
      },
      trps = {
        {
          id = "digastric_posterior", name = "Posterior belly TrP",
          frequency = "common",
          at = { lateral_right = { 0.8, 151.8 } },
          essential = {
            lateral_right = { { -4.2,151.6, -2.0,151.2, -0.8,152.4, -1.2,154.4, -2.8,155.2, -4.4,153.8, smooth = true } },
            posterior = { { 5.0,153.4, 6.8,153.4, 7.2,155.0, 6.6,156.2, 5.2,155.6, smooth = true } },
          },
          spillover = {
            lateral_right = {
              { 3.4,146.4, 5.2,146.8, 7.2,147.9, 8.4,148.4, 6.8,149.2, 4.4,148.8, 3.0,147.6, smooth = true },
              { -8.0,156.2, -6.6,156.0, -5.8,157.8, -7.0,159.2, -8.8,158.6, smooth = true },
            },
            posterior = { { 2.2,157.4, 5.0,157.0, 5.6,158.8, 3.6,159.8, 2.0,159.0, smooth = true } },
          },
          disputed = { "occiput" },
          note = "Pain in the upper part of the sternocleidomastoid just below the mastoid, spilling "
            .. "to the throat under the chin; some charts add the occiput. Patients often feel a lump in "
            .. "the throat on swallowing rather than pain.",
        },
        {
          id = "digastric_anterior", name = "Anterior belly TrP",
          frequency = "occasional",
          at = { lateral_right = { 7.2, 148.1 }, anterior = { -1.1, 147.3 } },
          essential = {
            anterior = { { -1.8,150.2, -1.6,151.8, 0.0,152.0, 1.4,151.8, 1.6,150.4, 0.0,150.0, smooth = true } },
            lateral_right = { { 8.6,150.0, 9.6,150.4, 9.7,151.8, 8.8,152.0, 8.3,151.0, smooth = true } },
          },
          spillover = {
            anterior = { { -2.4,149.0, -2.2,152.3, 0.0,152.5, 2.0,152.3, 2.2,149.0, 0.0,148.5, smooth = true } },
          },
          note = "The four lower incisors and the ridge of gum below them, with spillover to the lower "
            .. "lip and chin; Travell & Simons find this belly involved less often than the posterior one.",
        },
      },
    },
    {
      id = "occipitofrontalis",
      name = "Occipitofrontalis (frontalis and occipitalis)",
      region = "head",
      layer = "superficial",
      palpation = {
        text = "Patient supine. The frontal belly lies over the forehead above the eyebrows, the occipital "
          .. "belly over the back of the skull above the nuchal line, a few centimetres to each side of "
          .. "the midline; a broad flat tendon over the crown joins them. Both are thin and lie on bone: "
          .. "press flat against the skull and feel for a tender band across the fibres, which run "
          .. "vertically. Raising the eyebrows tightens both bellies.",
        position = "supine",
        technique = "flat",
        landmarks = { "eyes" },
        steps = {
          "Find the eyebrow; the frontal belly lies above it over the forehead.",
          "Ask for the eyebrows to be raised to feel the fibres tighten.",
          "Press flat against the frontal bone just above the middle of the eyebrow, across the vertical fibres.",
        },
      },
      sources = { TS .. "ch. 14 (cutaneous II: occipitofrontalis)", DON .. ", chapter on the occipitofrontalis", DAV,
        "Niel-Asher, The Concise Book of Trigger Points, 2nd ed. 2008 (occipitofrontalis)" },
      outline = {
        anterior = { { -0.3,161.9, -2.0,161.8, -4.6,161.7, -6.2,162.2, -6.6,164.0, -5.8,165.6, -4.0,166.6, -1.8,167.2, -0.3,167.4, smooth = true } },
        posterior = { { 1.6,157.8, 3.6,157.6, 6.2,158.0, 6.8,159.6, 6.0,161.4, 3.6,161.6, 1.8,160.6, smooth = true } },
        lateral_right = {
          { 6.8,161.4, 8.7,161.9, 8.9,163.6, 8.0,165.5, 6.4,166.7, 5.2,165.4, 5.8,163.0, smooth = true },
          { -9.7,158.0, -8.4,157.8, -7.2,158.8, -7.2,161.2, -8.2,162.6, -9.8,162.4, smooth = true },
        },
      },
      trps = {
        {
          id = "occipitofrontalis_frontal", name = "Frontal belly TrP",
          frequency = "common",
          at = { anterior = { -3.0, 163.0 }, lateral_right = { 7.9, 163.2 } },
          essential = {
            anterior = { { -1.2,162.0, -3.2,161.9, -4.8,162.0, -5.6,163.6, -4.8,166.2, -2.8,166.8, -1.0,165.8, smooth = true } },
            lateral_right = { { 7.0,162.0, 8.8,162.6, 8.6,164.6, 7.2,166.2, 6.2,164.6, smooth = true } },
          },
          note = "Local pain that spreads upward over the forehead on the same side.",
        },
        {
          id = "occipitofrontalis_occipital", name = "Occipital belly TrP",
          frequency = "common",
          at = { posterior = { 4.2, 159.6 }, lateral_right = { -8.4, 159.8 } },
          essential = {
            posterior = { { 1.2,158.0, 6.4,158.0, 7.2,160.6, 6.8,164.0, 4.4,165.0, 1.6,163.6, smooth = true } },
            lateral_right = {
              { -9.8,158.4, -7.6,158.0, -5.2,159.8, -4.6,163.6, -6.8,165.4, -9.6,164.0, smooth = true },
              ORBIT_LAT,
            },
            anterior = { ORBIT_ANT },
          },
          palpation = { position = "supine", technique = "flat", landmarks = { "inion", "mastoid" },
            steps = {
              "Turn the head to the other side, or examine prone.",
              "Find the inion and the mastoid; the occipital belly lies above the line between them, a few centimetres from the midline.",
              "Press flat against the skull across the vertical fibres.",
            } },
          note = "Diffuse pain over the back and side of the head, and an intense pain deep in the orbit "
            .. "and eyelid; lying on a pillow often hurts.",
        },
      },
    },
    {
      id = "orbicularis_oculi",
      name = "Orbicularis oculi",
      region = "head",
      layer = "superficial",
      palpation = {
        text = "Patient supine with the eyes closed. The muscle rings the orbit, a thin sheet in the "
          .. "lids and over the bony rim. Find the eye and the eyebrow; the trigger point lies in the "
          .. "upper fibres, just below the brow above the upper lid. Press gently and flat against the "
          .. "upper rim of the orbit, never on the eyeball.",
        position = "supine",
        technique = "flat",
        landmarks = { "eyes" },
        steps = {
          "Ask the patient to close the eyes.",
          "Find the upper rim of the orbit just below the eyebrow.",
          "Press gently and flat against the rim, above the upper lid, never on the eyeball.",
        },
      },
      sources = { TS .. "ch. 13 (cutaneous I: facial muscles)", DON .. ", chapter on the facial muscles", DAV },
      outline = {
        anterior = {
          { -1.5,159.7, -2.1,160.8, -3.2,161.2, -4.5,160.9, -5.4,160.0, -4.6,159.9, -3.2,160.2, -2.0,159.9, smooth = true },
          { -1.5,158.6, -2.2,157.4, -3.3,156.9, -4.6,157.3, -5.4,158.4, -4.6,158.3, -3.2,158.1, -2.0,158.4, smooth = true },
        },
        lateral_right = { { 8.8,161.0, 7.2,161.2, 6.0,160.4, 5.6,159.0, 6.0,157.6, 7.4,157.0, 8.8,157.4, 8.4,157.9,
          7.2,157.8, 6.6,158.4, 6.5,159.6, 7.0,160.3, 8.4,160.4, smooth = true } },
      },
      trps = {
        {
          id = "orbicularis_oculi_1", name = "Orbicularis oculi TrP (upper fibres)",
          frequency = "common",
          at = { anterior = { -3.1, 160.6 }, lateral_right = { 7.2, 160.7 } },
          essential = {
            anterior = { { -1.0,161.6, -2.6,161.8, -3.0,160.8, -2.2,159.6, -2.2,157.2, -2.0,155.8, -1.0,155.6, -0.6,157.6, -0.6,159.8, smooth = true } },
            lateral_right = { { 8.3,158.6, 9.1,159.2, 10.1,157.6, 10.8,156.2, 9.8,155.7, 8.8,156.8, smooth = true } },
          },
          spillover = {
            anterior = { { -0.4,153.4, -2.6,153.4, -2.8,154.8, -2.2,155.6, -0.4,155.4, smooth = true } },
            lateral_right = { { 9.0,153.2, 9.9,153.4, 10.1,154.6, 9.2,154.8, smooth = true } },
          },
          note = "Pain over the brow and down along the side and bridge of the nose, sometimes to the "
            .. "upper lip; printed lines may seem to jump when reading.",
        },
      },
    },
    {
      id = "zygomaticus_major",
      name = "Zygomaticus major",
      region = "head",
      layer = "superficial",
      palpation = {
        text = "Patient supine. The muscle runs from the body of the zygomatic bone, below and outside "
          .. "the eye, down and inward to the corner of the mouth. Put a gloved finger inside the cheek "
          .. "and the thumb outside and roll the muscle between them along its course; a smile makes it "
          .. "tighten. The trigger point lies about midway, level with the nostrils.",
        position = "supine",
        technique = "pincer",
        landmarks = { "zygomatic_arch" },
        steps = {
          "Find the zygomatic bone below and outside the eye, and the corner of the mouth.",
          "Ask for a smile to feel the muscle tighten between them.",
          "With a finger inside the cheek and the thumb outside, roll the muscle along its course.",
        },
      },
      sources = { TS .. "ch. 13 (cutaneous I: facial muscles)", DON .. ", chapter on the facial muscles", DAV,
        "American Academy of Manual Medicine muscle guide, zygomaticus major (after Travell & Simons)" },
      outline = {
        anterior = { { -5.0,157.8, -6.4,157.2, -5.6,155.6, -3.6,153.4, -2.4,152.4, -2.0,152.9, -3.2,154.2, -4.4,155.8, smooth = true } },
        lateral_right = { { 4.2,157.0, 5.6,157.6, 7.4,155.4, 9.3,153.4, 8.8,152.8, 6.6,154.6, smooth = true } },
      },
      trps = {
        {
          id = "zygomaticus_major_1", name = "Zygomaticus major TrP",
          frequency = "common",
          at = { anterior = { -4.3, 155.3 }, lateral_right = { 7.2, 155.1 } },
          essential = {
            anterior = { { -1.6,154.8, -2.2,156.4, -1.8,158.6, -1.2,160.6, -1.0,162.8, -0.4,164.4, 0.4,164.4, 0.2,162.6,
              -0.2,160.4, -0.6,158.4, -0.9,156.4, -0.8,154.8, smooth = true } },
            lateral_right = { { 8.6,156.4, 9.8,156.8, 9.5,158.8, 9.2,161.0, 8.9,163.4, 8.0,164.4, 7.9,162.0, 8.2,159.6, smooth = true } },
          },
          note = "An arc of pain up along the side of the nose, over the bridge and into the middle of the forehead.",
        },
      },
    },
    {
      id = "platysma",
      name = "Platysma",
      region = "neck",
      layer = "superficial",
      palpation = {
        text = "Patient supine. The platysma is a thin sheet in the skin of the neck, from the lower "
          .. "face and jaw down over the clavicle onto the upper chest; pulling the corners of the mouth "
          .. "down and tensing the neck makes its vertical ridges stand out. Pick up the skin and the "
          .. "sheet together in a pincer grasp over the sternocleidomastoid a couple of centimetres above "
          .. "the clavicle and roll it between thumb and fingers.",
        position = "supine",
        technique = "pincer",
        landmarks = { "clavicle_mid" },
        steps = {
          "Ask for the corners of the mouth to be pulled down hard: the sheet's ridges show on the neck.",
          "Find the clavicle and the sternocleidomastoid above it.",
          "Pick up skin and sheet together over the sternocleidomastoid about 2 cm above the clavicle and roll it.",
        },
      },
      sources = { TS .. "ch. 13 (cutaneous I: facial muscles)", DON .. ", chapter on the facial muscles", DAV,
        "American Academy of Manual Medicine muscle guide, platysma (after Travell & Simons)" },
      outline = {
        anterior = { { -0.6,148.6, -1.4,149.4, -3.2,150.2, -5.2,151.6, -5.9,152.4, -5.2,149.0, -5.0,146.4, -6.8,144.2,
          -10.0,141.8, -13.6,139.8, -14.2,137.6, -12.0,134.8, -6.0,134.6, -3.4,136.0, -2.4,139.6, -1.4,143.4,
          -0.8,146.2, smooth = true } },
        lateral_right = { { 1.2,150.8, 4.0,150.4, 7.4,150.0, 9.0,149.6, 9.2,148.6, 7.0,148.0, 5.2,147.3, 4.6,145.6,
          4.9,143.6, 5.6,141.2, 6.4,138.8, 3.6,137.6, 0.2,138.4, -0.6,141.0, 0.0,145.0, 0.4,148.4, smooth = true } },
      },
      trps = {
        {
          id = "platysma_1", name = "Platysma TrP (over the sternocleidomastoid)",
          frequency = "common",
          at = { anterior = { -4.2, 142.8 }, lateral_right = { 2.8, 143.0 } },
          essential = {
            anterior = { { -0.3,148.4, -2.8,148.8, -5.0,149.8, -6.0,151.8, -5.4,153.2, -3.8,152.2, -2.4,151.0, -0.3,150.8, smooth = true } },
            lateral_right = { { 1.4,150.0, 4.0,149.0, 7.4,148.8, 9.4,149.2, 9.6,150.6, 8.0,151.2, 5.2,151.4, 2.6,152.0, smooth = true } },
          },
          note = "A prickling, superficial pain over the jaw, the lower cheek and the chin on the same side.",
        },
        {
          id = "platysma_2", name = "Platysma TrP (just above the clavicle)",
          frequency = "occasional",
          at = { anterior = { -7.0, 141.6 } },
          essential = {
            anterior = { { -3.6,130.8, -9.8,131.2, -12.0,134.4, -10.6,137.8, -5.2,138.0, -3.2,135.0, smooth = true } },
          },
          note = "Points low in the sheet, on or just above the clavicle, send the same prickling over "
            .. "the front of the upper chest instead of the jaw. Guides after Travell & Simons give it in "
            .. "one line; its extent varies, so it is marked occasional.",
        },
      },
    },
    {
      id = "buccinator",
      name = "Buccinator",
      region = "head",
      layer = "deep",
      palpation = {
        text = "Client supine. The buccinator forms the wall of the cheek between the corner of the mouth and the "
          .. "front edge of the masseter, under the skin and the other facial muscles. With a gloved finger "
          .. "inside the cheek and the thumb outside, grasp the cheek between the corner of the mouth and the "
          .. "masseter and roll it; puffing the cheeks out makes the muscle tense.",
        position = "supine",
        technique = "pincer",
        landmarks = { "jaw_angle", "zygomatic_arch" },
        steps = {
          "Client supine, the jaw relaxed.",
          "Find the front edge of the masseter (clench lightly) and the corner of the mouth.",
          "Between them, grasp the cheek with a gloved finger inside and the thumb outside, and roll it.",
          "Puffing the cheeks out makes the muscle tense under the fingers.",
        },
      },
      sources = { TS .. "ch. 13 (cutaneous I: facial muscles)", DON .. ", chapter on the facial muscles", DAV,
        "thewellnessdigest.com, buccinator pain pattern" },
      outline = {
        anterior = { { -2.6,151.6, -4.4,151.2, -5.4,152.4, -4.8,153.8, -2.8,153.4, smooth = true } },
        lateral_right = { { 5.6,151.4, 8.4,151.6, 9.0,152.8, 8.0,153.8, 5.8,153.6, smooth = true } },
      },
      trps = {
        {
          id = "buccinator_1", name = "Buccinator TrP (mid-cheek)",
          frequency = "common",
          at = { anterior = { -3.8, 152.6 }, lateral_right = { 7.2, 152.6 } },
          essential = {
            anterior = { { -2.2,151.2, -4.8,150.8, -5.8,152.6, -5.2,154.4, -2.6,154.0, smooth = true } },
            lateral_right = { { 5.0,151.0, 8.6,151.0, 9.4,152.8, 8.4,154.4, 5.2,154.2, smooth = true } },
          },
          note = "A deep local ache in the cheek, often felt in the upper gums as if a tooth were decaying; "
            .. "chewing and moving food about the mouth hurt.",
        },
      },
    },
  },
}
