-- expect: trial_m1b_typo_in_function.lua:4: in questions(ctx) (seed 1): unknown muscle 'levator_scapule' (did you mean 'levator_scapulae'?) (used by locate{} at line 10)
-- Instructor trial m1b: a typo in a table that questions(ctx) reads. Check runs questions(ctx)
-- and names the line of the typo, not the line of the constructor in the loop.
local neck = { "upper_trapezius", "levator_scapule", "splenius_capitis" }
return quiz {
  id = "trial-m1b", title = "Trial m1b: typo read by questions(ctx)",
  questions = function(ctx)
    local list = {}
    for _, id in ipairs(neck) do
      list[#list + 1] = locate { muscle = id }
    end
    return list
  end,
}
