-- Played once over stdio with no answers by tests/cli/replay_rounds.py and xvfb_round.py,
-- so that the data directory has the player "Tester" before the game starts.
return quiz {
  id = "replay-setup",
  title = "Replay: setup",
  questions = { name { muscle = "upper_trapezius" } },
}
