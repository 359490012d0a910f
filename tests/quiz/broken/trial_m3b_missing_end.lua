-- expect: trial_m3b_missing_end.lua:10: this 'if' has no 'end': add one where its block finishes (Lua stopped at line 12: unexpected symbol near ',')
-- Instructor trial m3b: the `end` of an `if` in a hook is missing; Lua stops two lines
-- later, the message names the `if` left open.
return quiz {
  id = "trial-m3b", title = "Trial m3b: missing end",
  questions = {
    locate { muscle = "upper_trapezius", view = "posterior" },
  },
  on_answer = function(ctx, question, result)
    if result.score < 50 then
      return { feedback = "Try again." }
  end,
  on_finish = function(ctx, summary)
    return { feedback = summary.percent .. "%" }
  end,
}
