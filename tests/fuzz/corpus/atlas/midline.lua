return { muscles = {
  { id = "fuzz_mid", name = "Fuzz mid", region = "trunk", midline = true, layer = "deep",
    palpation = { text = "Supine.", position = "supine", technique = "flat" }, sources = { "S" },
    outline = { anterior = { { 0,100, 5,100, 5,110, 0,110, half = true } } },
    trps = { { id = "fuzz_mid_1", name = "TrP", frequency = "rare", palpation = { technique = "pincer" }, at = { anterior = { 0, 105 } },
               essential = { anterior = { { -3,100, 3,100, 3,110, -3,110 } } } } } },
} }
