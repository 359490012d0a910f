-- Valid when loaded; on_finish fails.
return quiz {
  id = "test-finish-error",
  title = "Test: finish error",
  questions = { locate { muscle = "upper_trapezius", view = "posterior", side = "right" } },
  on_finish = function(ctx, summary)
    return { feedback = summary.nothing.here }
  end,
}
