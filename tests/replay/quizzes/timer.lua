-- One timed question: tests/cli/replay_rounds.py lets its 5 seconds run out.
return quiz {
  id = "replay-timer",
  title = "Replay: timer",
  description = "Five seconds to answer",
  author = "tests",
  time_limit = 5,
  questions = {
    locate { muscle = "infraspinatus", view = "posterior", side = "left" },
  },
}
