-- One timed refer question: tests/cli/replay_rounds.py paints it and lets its time run out
-- (the paint is the answer), and paints it, clears, undoes the Clear and submits (the
-- strokes the Clear took are what is scored).
return quiz {
  id = "replay-paint-timer",
  title = "Replay: paint against the clock",
  description = "Ten seconds to paint",
  author = "tests",
  time_limit = 10,
  questions = {
    refer { muscle = "upper_trapezius", trp = 1, view = "posterior", side = "right" },
  },
}
