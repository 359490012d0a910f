-- expect: trial_m4b_hook_returns_string.lua:12: in on_answer after question 1 (locate, right; seed 1): on_answer must return nil or a table { feedback = ..., again = ... }, got string
-- Instructor trial m4b: on_answer returns a string instead of { feedback = "..." }; the
-- message names the line of that `return`.
return quiz {
  id = "trial-m4b", title = "Trial m4b: a hook returns a string",
  questions = {
    locate { muscle = "upper_trapezius", view = "posterior" },
    locate { muscle = "levator_scapulae", view = "posterior" },
  },
  on_answer = function(ctx, question, result)
    if result.score >= 0 then
      return "Well done!"
    end
  end,
}
