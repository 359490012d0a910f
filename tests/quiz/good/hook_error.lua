-- Valid when loaded; its on_answer fails on the second answer.
return quiz {
  id = "test-hook-error",
  title = "Test: hook error",
  questions = {
    locate { muscle = "upper_trapezius", view = "posterior", side = "right" },
    locate { muscle = "levator_scapulae", view = "posterior", side = "right" },
    locate { muscle = "splenius_capitis" },
  },
  on_answer = function(ctx, question, result)
    if question.n == 2 then
      error("on_answer broke on purpose")
    end
  end,
}
-- expect: hook_error.lua:12: in on_answer after question 2 (locate, right; seed 1): on_answer broke on purpose
