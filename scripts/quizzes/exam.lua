-- Whole-body exam: built from the atlas for every round, two muscles per body region and
-- a question kind drawn at random for each (palpate too: every trigger point can be found
-- from a landmark). The seed decides everything, so a round can be replayed exactly.
local make = { locate = locate, refer = refer, identify = identify, name = name, palpate = palpate }

local function pick_kind(ctx, muscle)
  local kinds = { "locate", "name", "palpate" }
  if #muscle.zone_views > 0 then
    kinds[#kinds + 1] = "refer"
    kinds[#kinds + 1] = "identify"
  end
  return kinds[ctx.random(#kinds)]
end

return quiz {
  id = "whole-body-exam",
  title = "Whole-body exam",
  description = "Two muscles from every region of the body, a different mix each round.",
  author = "Trigger Trainer",
  time_limit = 60,
  questions = function(ctx)
    local list = {}
    for _, region in ipairs(atlas.regions()) do
      local muscles = ctx.shuffle(atlas.muscles { region = region })
      local taken = 0
      for _, m in ipairs(muscles) do
        if taken == 2 then break end
        if #m.views > 0 then
          local kind = pick_kind(ctx, m)
          list[#list + 1] = make[kind] { muscle = m.id }
          taken = taken + 1
        end
      end
    end
    return list
  end,
  on_finish = function(ctx, summary)
    local weak = {}
    for _, r in ipairs(summary.results) do
      if not r.correct then weak[#weak + 1] = r.muscle end
    end
    if #weak == 0 then
      return { feedback = "A clean sheet: every region answered well." }
    end
    return { feedback = "Worth revisiting: " .. table.concat(weak, ", ") .. "." }
  end,
}
