-- A fixed round with every kind of question, played by tests/cli/replay_rounds.py through
-- recorded input (the last locate is answered on the mirror-image side on purpose).
return quiz {
  id = "replay-rounds",
  title = "Replay: every kind",
  description = "One question of each kind, and a click on the wrong side",
  author = "tests",
  questions = {
    locate   { muscle = "upper_trapezius", view = "posterior", side = "right", tolerance = 4 },
    -- a pattern wholly in one view: the game paints in the first view of a question
    refer    { muscle = "levator_scapulae", trp = 1, view = "posterior", side = "right" },
    identify { muscle = "levator_scapulae", choices = 4, side = "left" },
    name     { muscle = "sternocleidomastoid", choices = 3, view = "anterior" },
    locate   { muscle = "levator_scapulae", side = "left", view = "posterior" },
  },
}
