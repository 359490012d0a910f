-- Palpation questions (tests/unit/test_kinds.c, tests/cli/palpate.py): one fixed in every
-- field, one on the left side, one left open (view, side and trigger point chosen by the round).
return quiz {
  id = "test-palpate",
  title = "Test: palpate",
  description = "Position, technique and where to press",
  author = "tests",
  questions = {
    palpate { muscle = "upper_trapezius", trp = 1, view = "posterior", side = "right" },
    palpate { muscle = "infraspinatus", trp = 1, side = "left", tolerance = 4 },
    palpate { muscle = "levator_scapulae" },
  },
}
