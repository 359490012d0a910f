-- expect: trial_m3c_assign_in_if.lua:8: to compare two values write '==' ('=' gives a variable a value) (Lua: 'then' expected near '=')
-- Instructor trial m3c (s2): `=` written for `==` in a condition.
return quiz {
  id = "trial-m3c", title = "Trial m3c: = for ==",
  questions = { locate { muscle = "upper_trapezius", view = "posterior" } },
  on_answer = function(ctx, question, result)
    local kind = question.kind
    if kind = "locate" then
      return { feedback = "Click answers" }
    end
  end,
}
