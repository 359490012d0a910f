-- A fixed list with every kind of question (tests/unit/test_quiz.c, tests/cli/play_stdio.py).
return quiz {
  id = "test-basic",
  title = "Test: basic",
  description = "One question of each kind",
  author = "tests",
  questions = {
    locate   { muscle = "upper_trapezius", view = "posterior", side = "right", tolerance = 4 },
    refer    { muscle = "upper_trapezius", trp = 1, view = "posterior", side = "right" },
    identify { muscle = "levator_scapulae", choices = 4, side = "left" },
    name     { muscle = "sternocleidomastoid", choices = 3, view = "anterior" },
    locate   { muscle = "levator_scapulae", side = "left", view = "posterior" },
  },
}
