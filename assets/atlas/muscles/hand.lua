-- Intrinsic muscles of the hand (right side): adductor pollicis, opponens pollicis, the dorsal
-- interossei (first and second) and abductor digiti minimi, drawn in the hand views
-- (docs/atlas-format.md): hand_palmar shows the right palm at x < 0, fingers up, the middle
-- finger on x = -12, the thumb toward the middle (its tip at -5.3, 17.5), the little finger
-- outside (x about -16); the wrist crease at y 6, the MCP joints at y 12-14.6. hand_dorsal is
-- its mirror (the right hand at x > 0, the thumb still toward the middle). Fingers in the palm
-- view: index x -10.7 to -8.8, middle -12.6 to -10.9, ring -14.6 to -13, little -16.5 to -15.
-- Zones are redrawn in our own coordinates after the charts of Travell & Simons vol. 1.
local TS = "Travell & Simons, Myofascial Pain and Dysfunction: The Trigger Point Manual, vol. 1 (upper half of body), 2nd ed. 1999, "
local DON = "Donnelly et al., Travell, Simons & Simons' Myofascial Pain and Dysfunction, 3rd ed. 2019"
local DAV6 = "Davies & Davies, The Trigger Point Therapy Workbook, 3rd ed. 2013, ch. 6 (elbow, forearm and hand pain)"

return {
  muscles = {
    {
      id = "adductor_pollicis",
      name = "Adductor pollicis",
      region = "hand",
      layer = "deep",
      palpation = {
        text = "Client seated or supine with the hand resting palm up. The adductor pollicis fills the web "
          .. "between the thumb and the index finger on the palm side, from the third metacarpal across to "
          .. "the base of the thumb. Grasp the web between your thumb on the palm side and a finger on the back "
          .. "of the hand and roll it, working from the thumb's base toward the middle of the palm, while the "
          .. "client presses the thumb against the side of the index finger.",
        position = "seated",
        technique = "pincer",
        landmarks = { "thumb_mcp", "index_mcp" },
        steps = {
          "Client seated or supine, the hand resting palm up.",
          "Find the base of the thumb and the knuckle of the index finger; the muscle fills the web between them.",
          "Grasp the web between your thumb on the palm side and a finger on the back of the hand, and roll it.",
          "Pressing the thumb against the side of the index finger makes the muscle tense.",
        },
      },
      sources = { TS .. "ch. 39 (adductor and opponens pollicis)", DON .. ", chapter on the adductor and opponens pollicis", DAV6 },
      outline = {
        hand_palmar = { { -7.4,11.4, -9.4,9.6, -11.4,9.8, -11.6,12.6, -10.6,14.2, -8.6,13.8, -7.4,12.6, smooth = true } },
      },
      trps = {
        {
          id = "adductor_pollicis_1", name = "Adductor pollicis TrP (web of the thumb)",
          frequency = "common",
          at = { hand_palmar = { -8.9, 12.3 } },
          essential = {
            hand_palmar = { { -6.9,8.0, -8.8,7.6, -9.4,10.4, -8.8,13.2, -7.6,13.6, -6.6,11.2, smooth = true },
                            { -7.0,14.8, -6.6,16.0, -6.2,17.0, -5.7,17.5, -5.4,16.4, -6.0,14.0, -6.7,13.6, smooth = true } },
          },
          spillover = {
            hand_palmar = { { -4.9,16.6, -5.35,14.4, -6.0,12.4, -6.4,11.0, -5.6,12.6, -4.95,14.6, smooth = true } },
            hand_dorsal = { { 6.6,10.4, 8.6,10.0, 9.6,11.6, 9.4,14.0, 8.5,14.3, 7.4,13.6, 6.6,12.4, smooth = true } },
          },
          note = "An ache along the outer side of the thumb and over the ball of the thumb down to the wrist "
            .. "crease, with spillover into the web on the back of the hand; pinching, writing and sewing hurt.",
        },
      },
    },
    {
      id = "opponens_pollicis",
      name = "Opponens pollicis",
      region = "hand",
      layer = "intermediate",
      palpation = {
        text = "Client seated or supine with the hand resting palm up. The opponens pollicis lies in the ball of "
          .. "the thumb along the first metacarpal, under the short abductor. Press flat against the palm side "
          .. "of the first metacarpal, in the middle of the thenar eminence, while the client brings the tip "
          .. "of the thumb across to the little finger.",
        position = "seated",
        technique = "flat",
        landmarks = { "thenar", "thumb_mcp" },
        steps = {
          "Client seated or supine, the hand resting palm up.",
          "Find the ball of the thumb (the thenar eminence) and the first metacarpal under it.",
          "Press flat against the palm side of the metacarpal while the thumb tip reaches for the little finger.",
        },
      },
      sources = { TS .. "ch. 39 (adductor and opponens pollicis)", DON .. ", chapter on the adductor and opponens pollicis", DAV6 },
      outline = {
        hand_palmar = { { -7.2,7.8, -8.4,7.6, -8.6,10.4, -7.8,12.0, -6.7,11.2, -6.8,9.4, smooth = true } },
      },
      trps = {
        {
          id = "opponens_pollicis_1", name = "Opponens pollicis TrP (ball of the thumb)",
          frequency = "common",
          at = { hand_palmar = { -7.7, 9.8 } },
          essential = {
            hand_palmar = { { -7.6,14.4, -7.0,15.1, -6.6,16.1, -6.2,17.1, -5.8,17.55, -5.2,17.6, -4.8,17.25, -4.8,16.6,
                              -5.35,14.4, -6.0,12.4, -6.8,12.6, smooth = true },
                            { -8.9,4.4, -10.6,4.4, -10.6,6.2, -8.9,6.2 } },
          },
          note = "Pain over the palm side of the thumb and a spot on the thumb side of the front of the wrist; "
            .. "fine pinching (buttons, writing) becomes clumsy.",
        },
      },
    },
    {
      id = "interossei_hand",
      name = "Interossei of the hand",
      region = "hand",
      layer = "deep",
      palpation = {
        text = "Client seated with the hand resting palm down. The dorsal interossei fill the spaces between the "
          .. "metacarpals on the back of the hand; the first is the bulge in the web between the thumb and "
          .. "the index finger. Grasp the first between thumb and finger, and press into the other spaces "
          .. "between the shafts with a fingertip, while the client spreads the fingers against light "
          .. "resistance.",
        position = "seated",
        technique = "pincer",
        landmarks = { "index_mcp", "snuffbox" },
        steps = {
          "Client seated, the hand resting palm down.",
          "Find the bulge in the web between the thumb and the index finger (the first dorsal interosseous).",
          "Grasp it between thumb and finger; press into the next spaces between the metacarpals with a fingertip.",
          "Spreading the fingers against light resistance makes the muscles tense.",
        },
      },
      sources = { TS .. "ch. 40 (interosseous muscles of the hand)", DON .. ", chapter on the interosseous muscles of the hand", DAV6 },
      outline = {
        hand_dorsal = { { 7.0,10.6, 8.4,9.6, 9.8,11.0, 10.0,14.0, 9.0,14.6, 7.8,13.6, smooth = true },
                        { 10.2,9.2, 11.0,9.0, 11.3,14.2, 10.5,14.4, smooth = true },
                        { 12.4,9.0, 13.2,8.8, 13.4,14.0, 12.6,14.2, smooth = true } },
      },
      trps = {
        {
          id = "interossei_hand_1", name = "First dorsal interosseous TrP",
          frequency = "common",
          at = { hand_dorsal = { 8.8, 12.4 } },
          essential = {
            hand_dorsal = { { 8.9,16.9, 9.7,16.9, 9.75,22.6, 9.45,22.95, 9.0,22.7, 8.9,21.7, smooth = true } },
            hand_palmar = { { -8.9,16.9, -9.7,16.9, -9.75,22.6, -9.45,22.95, -9.0,22.7, -8.9,21.7, smooth = true } },
          },
          spillover = {
            hand_dorsal = { { 8.6,7.0, 11.6,7.0, 11.6,13.6, 9.2,14.0, 8.4,10.8, smooth = true },
                            { 16.3,16.0, 16.4,18.1, 16.5,19.7, 16.35,20.5, 16.05,20.7, 15.8,19.8, 15.8,16.2, smooth = true } },
          },
          note = "Pain along the thumb side of the index finger, on its back and its palm side, spreading over "
            .. "the back of the hand; the ulnar side of the little finger may ache too (spillover). Travell & "
            .. "Simons tie these points to Heberden's nodes at the finger joints.",
        },
        {
          id = "interossei_hand_2", name = "Second dorsal interosseous TrP",
          palpation = {
            technique = "flat",
            landmarks = { "middle_mcp", "index_mcp" },
            steps = {
              "Find the knuckles of the index and middle fingers.",
              "Press a fingertip into the space between their metacarpals, a few centimetres back from the knuckles.",
            },
          },
          frequency = "occasional",
          at = { hand_dorsal = { 10.7, 11.8 } },
          essential = {
            hand_dorsal = { { 11.0,17.0, 11.8,17.0, 11.8,23.2, 11.3,23.9, 11.05,22.7, smooth = true } },
          },
          spillover = {
            hand_dorsal = { { 10.3,8.4, 11.9,8.4, 11.8,15.6, 10.4,15.6, smooth = true } },
          },
          note = "Pain along the side of the middle finger that its tendon reaches, with some ache over the back "
            .. "of the hand between the knuckles; each interosseous refers along the side of its own finger "
            .. "(marked occasional: the first is met far more often).",
        },
        {
          id = "interossei_hand_3", name = "Third dorsal interosseous TrP",
          palpation = {
            technique = "flat",
            landmarks = { "ring_mcp", "middle_mcp" },
            steps = {
              "Find the knuckles of the middle and ring fingers.",
              "Press a fingertip into the space between their metacarpals, a few centimetres back from the knuckles.",
            },
          },
          frequency = "occasional",
          at = { hand_dorsal = { 12.9, 11.6 } },
          essential = {
            hand_dorsal = { { 11.8,17.0, 12.5,16.9, 12.45,20.3, 12.4,22.7, 12.2,23.9, 11.8,23.2, smooth = true } },
          },
          spillover = {
            hand_dorsal = { { 12.2,8.4, 13.6,8.4, 13.6,15.6, 12.3,15.6, smooth = true } },
          },
          note = "Pain along the little-finger side of the middle finger, the side its tendon reaches, by the "
            .. "same rule as the other interossei (marked occasional).",
        },
      },
    },
    {
      id = "abductor_digiti_minimi_hand",
      name = "Abductor digiti minimi (hand)",
      region = "hand",
      layer = "superficial",
      palpation = {
        text = "Client seated or supine with the hand resting palm up. The abductor digiti minimi forms the outer "
          .. "(little-finger) edge of the hypothenar eminence, from the pisiform to the base of the little "
          .. "finger. Grasp the edge between thumb and finger, or press it against the fifth metacarpal, while "
          .. "the client spreads the little finger away from the others.",
        position = "seated",
        technique = "pincer",
        landmarks = { "hypothenar", "pisiform" },
        steps = {
          "Client seated or supine, the hand resting palm up.",
          "Find the pisiform at the heel of the hand on the little-finger side, and the hypothenar eminence above it.",
          "Grasp the outer edge of the eminence between thumb and finger and roll it.",
          "Spreading the little finger away from the others makes the muscle tense.",
        },
      },
      sources = { TS .. "ch. 40 (interosseous muscles of the hand, abductor digiti minimi)", DON .. ", chapter on the interosseous muscles of the hand", DAV6 },
      outline = {
        hand_palmar = { { -15.0,7.4, -15.9,8.2, -16.3,11.0, -16.3,13.6, -15.5,13.8, -15.3,11.0, -14.8,8.6, smooth = true } },
      },
      trps = {
        {
          id = "abductor_digiti_minimi_hand_1", name = "Abductor digiti minimi TrP (outer edge of the hand)",
          frequency = "common",
          at = { hand_palmar = { -15.8, 10.8 } },
          essential = {
            hand_palmar = { { -16.3,16.0, -16.4,18.1, -16.5,19.7, -16.35,20.5, -16.05,20.7, -15.8,19.8, -15.8,16.2, smooth = true } },
            hand_dorsal = { { 16.3,16.0, 16.4,18.1, 16.5,19.7, 16.35,20.5, 16.05,20.7, 15.8,19.8, 15.8,16.2, smooth = true } },
          },
          note = "Pain along the outer side of the little finger, on its back and its palm side.",
        },
      },
    },
  },
}
