-- hostile: a script that replaces the constructors and the atlas, and writes to ctx.random
-- check: 1 read-only
-- play: 0,1
local real_locate = locate
return quiz { id = "h-tamper", title = "Tamper",
  questions = function(ctx)
    ctx.random = nil
    ctx.shuffle = "no"
    local ok = pcall(function() atlas.muscles = nil end)
    locate = function() return {} end
    return { real_locate { muscle = "upper_trapezius" } }
  end,
  on_answer = function(ctx, q, r)
    q.muscle = "masseter"; r.score = 1000
    return { again = q }
  end }
