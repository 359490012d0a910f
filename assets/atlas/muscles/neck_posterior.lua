-- Deep muscles of the back of the neck (muscles-upper, second wave): splenius cervicis and
-- semispinalis capitis with the other posterior cervical muscles, with their trigger points
-- and referred-pain zones. Body space in cm (docs/atlas-format.md), subject's right side; the
-- cervical levels are spaced evenly between C7 (146.5) and the inion (157.5), so C4-C5 is
-- near 150. Zones are redrawn in our own coordinates after the charts of Travell & Simons vol. 1.

local TS = "Travell & Simons, Myofascial Pain and Dysfunction: The Trigger Point Manual, vol. 1 (upper half of body), 2nd ed. 1999, "
local DON = "Donnelly et al., Travell, Simons & Simons' Myofascial Pain and Dysfunction, 3rd ed. 2019"
local DAV = "Davies & Davies, The Trigger Point Therapy Workbook, 3rd ed. 2013, ch. 4 (head, neck and face pain)"
local NAM = "NAMTPT symptom checker (check.myofascialtherapy.org), "

return {
  muscles = {
    {
      id = "splenius_cervicis",
      name = "Splenius cervicis",
      region = "neck",
      layer = "intermediate",
      palpation = {
        text = "Patient seated, or side-lying with the head supported. The muscle rises from the spinous "
          .. "processes of T3-T6 to the transverse processes of the upper three cervical vertebrae, under "
          .. "the trapezius, rhomboids and levator scapulae. The lower trigger point lies at the angle of "
          .. "the neck: push the upper trapezius aside and press toward the spine. The upper one lies "
          .. "higher, below and lateral to the splenius capitis, pressed in toward the cervical spine "
          .. "behind the levator scapulae.",
        position = "seated",
        technique = "flat",
        landmarks = { "c7", "scapula_superior_angle" },
        steps = {
          "Find C7 and the superior angle of the scapula; the angle of the neck lies between them.",
          "Slide the upper trapezius aside with the fingers.",
          "Press in toward the spine at the angle of the neck for the lower point.",
          "For the upper point, move up to about the C3-C4 level and press in toward the spine behind the levator scapulae.",
        },
      },
      sources = { TS .. "ch. 15 (splenius capitis and splenius cervicis)", DON .. ", chapter on the splenius muscles", DAV,
        "integrativeworks.com, trigger point notes on the splenius cervicis" },
      outline = {
        posterior = { { 0.3,130.6, 0.3,137.6, 1.8,140.8, 3.0,145.2, 3.4,150.0, 3.6,154.2, 4.8,154.4, 5.2,150.2, 5.0,146.0,
          4.2,141.4, 2.8,136.0, 1.4,131.8, smooth = true } },
        lateral_right = { { -2.8,154.4, -3.8,154.0, -4.4,150.2, -5.4,146.4, -7.4,142.0, -8.6,139.8, -8.0,139.0, -6.8,140.8,
          -4.8,145.0, -3.4,148.8, -2.4,152.0, smooth = true } },
      },
      trps = {
        {
          id = "splenius_cervicis_upper", name = "Upper TrP",
          frequency = "common",
          at = { posterior = { 4.2, 150.6 }, lateral_right = { -3.9, 151.2 } },
          essential = {
            anterior = { { -1.6,158.0, -3.2,157.6, -4.8,157.9, -5.4,159.4, -4.6,160.9, -3.0,161.1, -1.7,160.2, smooth = true } },
            lateral_right = { { 5.4,158.0, 7.4,157.8, 8.7,158.6, 8.8,160.2, 7.4,161.2, 5.6,160.8, 4.8,159.4, smooth = true } },
          },
          spillover = {
            lateral_right = { { -9.2,157.8, -4.0,159.4, 1.0,160.2, 4.6,160.0, 4.8,161.8, 0.6,162.4, -4.4,162.0, -9.4,160.6, smooth = true } },
            posterior = { { 1.0,157.4, 6.4,157.6, 7.4,160.0, 4.4,161.0, 1.0,160.4, smooth = true } },
          },
          note = "Pain felt inside the head and focused strongly behind the eye on the same side, "
            .. "sometimes with blurred vision; spillover over the side and back of the head. Unlike "
            .. "upper trapezius pain it seems to pass through the skull rather than over it.",
        },
        {
          id = "splenius_cervicis_lower", name = "Lower TrP (angle of the neck)",
          frequency = "common",
          at = { posterior = { 4.3, 144.0 }, lateral_right = { -6.6, 143.8 } },
          essential = {
            posterior = { { 3.4,142.4, 7.4,141.8, 9.0,142.8, 7.6,144.4, 5.8,146.6, 4.4,147.6, 3.2,145.4, smooth = true } },
            lateral_right = { { -8.2,141.6, -5.6,142.6, -4.6,145.4, -5.2,147.8, -6.6,147.2, -7.6,144.6, smooth = true } },
          },
          note = "Pain at the angle of the neck, spreading up the back of the neck; with the levator "
            .. "scapulae it is a usual source of the stiff neck that will not turn.",
        },
      },
    },
    {
      id = "semispinalis_capitis",
      name = "Semispinalis capitis (posterior cervical muscles)",
      region = "neck",
      layer = "intermediate",
      palpation = {
        text = "Patient prone with the forehead supported, or supine with the head in the therapist's "
          .. "hands. The posterior cervical muscles fill the groove beside the spinous processes from the "
          .. "upper thoracic spine to the occiput, under the trapezius and the splenii. Find C7 and the "
          .. "inion; press flat into the groove just beside the spinous processes and work upward. TrP1 "
          .. "lies near C4-C5, TrP2 a few centimetres below the occiput and TrP3 just under the occipital "
          .. "ridge.",
        position = "prone",
        technique = "flat",
        landmarks = { "c7", "inion" },
        steps = {
          "Find C7 and the inion.",
          "Place the fingers in the groove just beside the spinous processes.",
          "Press flat into the groove toward the laminae and work upward from C7 to the occiput.",
        },
      },
      sources = { TS .. "ch. 16 (posterior cervical muscles: semispinalis capitis and cervicis, multifidi)",
        DON .. ", chapter on the posterior cervical muscles", DAV,
        "Niel-Asher, The Concise Book of Trigger Points, 2nd ed. 2008 (posterior cervical muscles)" },
      outline = {
        posterior = { { 0.3,131.4, 0.3,157.4, 2.6,157.8, 4.4,157.2, 4.0,154.6, 3.0,150.0, 2.4,145.0, 2.0,139.0, 1.4,133.4, smooth = true } },
        lateral_right = { { -9.4,157.6, -8.2,157.9, -6.6,155.6, -4.6,152.2, -4.0,149.2, -4.8,146.4, -6.6,143.2, -7.6,141.2,
          -8.3,141.8, -7.4,144.4, -6.0,147.0, -5.2,149.4, -5.0,151.8, -6.8,154.6, -8.6,156.4, smooth = true } },
      },
      trps = {
        {
          id = "posterior_cervicals_1", name = "TrP1 (C4-C5, deep cervical layer)",
          frequency = "common",
          at = { posterior = { 1.8, 150.0 } },
          essential = {
            posterior = { { 0.4,153.6, 4.4,153.6, 6.0,155.0, 5.4,157.2, 2.8,157.8, 0.4,157.2, smooth = true } },
            lateral_right = { { -8.0,155.4, -6.4,154.8, -4.8,155.4, -5.2,157.4, -7.6,158.4, -9.2,157.8, smooth = true } },
          },
          spillover = {
            posterior = { { 1.6,153.4, 3.6,153.2, 4.6,149.0, 5.6,145.0, 7.8,141.8, 8.4,139.2, 6.6,138.8, 5.0,141.6,
              3.2,145.0, 2.0,149.4, smooth = true } },
          },
          note = "In the deepest layer (semispinalis cervicis and multifidi) near C4-C5: pain up to the "
            .. "suboccipital region, spilling down the back of the neck to the top of the medial border "
            .. "of the scapula.",
        },
        {
          id = "posterior_cervicals_2", name = "TrP2 (semispinalis capitis, below the occiput)",
          frequency = "common",
          at = { posterior = { 2.6, 153.0 } },
          essential = {
            posterior = { { 0.4,156.2, 4.6,156.4, 5.6,159.8, 4.6,163.8, 2.6,165.6, 0.4,165.2, smooth = true } },
            lateral_right = { { -9.6,157.8, -7.4,157.4, -6.2,160.0, -6.6,163.6, -8.4,165.2, -9.9,163.4, smooth = true } },
          },
          note = "Pain over the back of the head, rising toward the vertex.",
        },
        {
          id = "posterior_cervicals_3", name = "TrP3 (semispinalis capitis, under the occipital ridge)",
          frequency = "common",
          at = { posterior = { 1.4, 156.6 } },
          essential = {
            lateral_right = { { -9.2,160.4, -5.0,161.6, 0.0,162.4, 4.4,162.2, 6.4,161.2, 7.6,162.4, 6.0,164.0, 0.4,164.8,
              -5.2,164.4, -9.6,163.2, smooth = true } },
            anterior = { { -3.0,161.6, -5.8,161.2, -7.3,162.2, -7.2,163.6, -5.4,164.2, -3.0,163.4, smooth = true } },
            posterior = { { 3.0,159.2, 6.8,159.8, 7.3,161.6, 6.8,163.4, 4.4,162.6, 2.8,161.0, smooth = true } },
          },
          note = "A band of pain round the side of the head, strongest over the temple and just above "
            .. "the eye; a tight band here can also entrap the greater occipital nerve (numbness and "
            .. "burning over the occiput).",
        },
      },
    },
  },
}
