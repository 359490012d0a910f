-- expect: trial_m9_print.lua:10: in on_answer after question 1 (locate, right; seed 1): print is not available in quizzes: use ctx.log(...) inside questions(ctx) or a hook (`trigger-trainer check` and `play --stdio` show its lines)
-- Instructor trial m9: print() to debug a hook.
return quiz {
  id = "trial-m9", title = "Trial m9: print",
  questions = {
    locate { muscle = "upper_trapezius", view = "posterior" },
  },
  on_answer = function(ctx, question, result)
    local msg = "score " .. result.score
    print(msg)
  end,
}
