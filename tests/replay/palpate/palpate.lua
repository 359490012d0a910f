-- Palpation questions played through the game's screens (tests/cli/palpate_replay.py): each
-- answered with the keyboard, the mouse and touch in turn.
return quiz {
  id = "replay-palpate",
  title = "Replay: palpate",
  questions = {
    palpate { muscle = "infraspinatus", trp = 1, view = "posterior", side = "right" },
    palpate { muscle = "upper_trapezius", trp = 1, view = "posterior", side = "left" },
    palpate { muscle = "gluteus_medius", trp = 1, view = "posterior", side = "right" },
  },
}
