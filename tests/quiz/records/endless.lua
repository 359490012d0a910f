-- One question asked again after every answer until the round's cap (200 questions): a
-- long-running writer for tests/cli/report.py, which exports the score file meanwhile.
return quiz {
  id = "test-endless",
  title = "Test: endless",
  questions = { locate { muscle = "upper_trapezius", view = "posterior", side = "right" } },
  on_answer = function(ctx, question, result)
    return { again = true }
  end,
}
