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
-- expect: bad_reply.lua:10: in on_answer after question 1 (locate, right; seed 1): on_answer: again must be true or a question, got string
