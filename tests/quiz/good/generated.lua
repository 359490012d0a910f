-- Generated from the atlas with ctx.random; asks one muscle twice on purpose (dropped: no repeat).
return quiz {
  id = "test-generated",
  title = "Test: generated",
  questions = function(ctx)
    local list = {}
    for _, m in ipairs(ctx.shuffle(atlas.muscles { region = "neck" })) do
      list[#list + 1] = locate { muscle = m.id }
    end
    list[#list + 1] = locate { muscle = list[1].muscle }
    list[#list + 1] = name { muscle = atlas.muscles()[ctx.random(1, #atlas.muscles())].id, choices = 2 }
    return list
  end,
}
-- expect: generated.lua:10: warning: this question is dropped: it asks the same as line 8 (same kind, muscle, view, side and trp; prompt, tolerance and the other fields do not count). Write repeats = true in quiz { } to ask both
