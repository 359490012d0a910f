-- expect: trial_m9b_math_random.lua:9: in questions(ctx) (seed 1): math.random is not available in quizzes: use ctx.random(...) (ctx.random(n) gives 1 to n), which the round seeds, so the same seed replays the same round
-- Instructor trial m9b: math.random in questions(ctx).
return quiz {
  id = "trial-m9b", title = "Trial m9b: math.random",
  questions = function(ctx)
    local neck = atlas.muscles { region = "neck" }
    local list = {}
    for i = 1, 3 do
      local m = neck[math.random(#neck)]
      list[#list + 1] = locate { muscle = m.id }
    end
    return list
  end,
}
