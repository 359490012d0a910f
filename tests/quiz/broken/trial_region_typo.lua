-- expect: trial_region_typo.lua:7: in questions(ctx) (seed 1): atlas.muscles: unknown region 'Neck' (did you mean 'neck'?)
-- Instructor trial: a region name with a capital, read only when a round begins.
return quiz {
  id = "trial-region-typo", title = "Trial: region typo",
  questions = function(ctx)
    local list = {}
    for _, m in ipairs(atlas.muscles { region = "Neck" }) do
      list[#list + 1] = locate { muscle = m.id }
    end
    return list
  end,
}
