return { muscles = {
  { id = "fuzz_muscle", name = "Fuzz muscle", region = "neck", layer = "superficial",
    palpation = { text = "Patient prone; find the band between thumb and fingers.", position = "prone", technique = "pincer",
                  landmarks = { "c7" }, steps = { "Find C7.", "Pinch the band." } },
    sources = { "A book" },
    outline = { posterior = { { 2,140, 15,140, 15,146, 2,146 } }, lateral_right = { { -6,140, -2,140, -2,146, smooth = true } } },
    trps = { { id = "fuzz_muscle_1", name = "TrP1", frequency = "common", note = "varies", at = { posterior = { 10, 143 }, lateral_right = { -4, 143 } },
               essential = { posterior = { { 8,140, 12,140, 12,146, 8,146 } } },
               spillover = { posterior = { { 6,138, 14,138, 14,150, 6,150 } } } } } },
} }
