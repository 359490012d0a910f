-- expect: trial_m5_endless_questions.lua:9: in questions(ctx) (seed 1): script ran too long (more than ...
-- Instructor trial m5: questions(ctx) waits to draw three different muscles from a list of
-- two, for ever. The loop is on one line so the line stopped on is always the same.
local pool = { "masseter", "temporalis" }
return quiz {
  id = "trial-m5", title = "Trial m5: an endless loop in questions(ctx)",
  questions = function(ctx)
    local picked, list = {}, {}
    while #list < 3 do local id = ctx.pick(pool); if not picked[id] then picked[id] = true; list[#list + 1] = identify { muscle = id } end end
    return list
  end,
}
