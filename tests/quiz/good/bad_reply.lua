-- Valid when loaded; on_answer returns something it may not.
return quiz {
  id = "test-bad-reply",
  title = "Test: bad reply",
  questions = {
    locate { muscle = "upper_trapezius", view = "posterior", side = "right" },
    locate { muscle = "levator_scapulae", view = "posterior", side = "right" },
  },
  on_answer = function(ctx, question, result)
    return { again = "yes please" }
  end,
}
