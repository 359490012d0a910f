-- Valid when loaded; on_finish fails.
return quiz {
  id = "test-finish-error",
  title = "Test: finish error",
  questions = { locate { muscle = "upper_trapezius", view = "posterior", side = "right" } },
  on_finish = function(ctx, summary)
    return { feedback = summary.nothing.here }
  end,
}
-- expect: finish_error.lua:7: in on_finish (answers right; seed 1): attempt to index a nil value (field 'nothing')
