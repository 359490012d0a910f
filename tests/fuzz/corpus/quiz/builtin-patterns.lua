-- Pain patterns: eight referral patterns from anywhere in the atlas; name the muscle that
-- sends each one. Distractors come from the same region, so the choice is a real one.
return quiz {
  id = "pain-patterns",
  title = "Pain patterns",
  description = "See where the pain is felt and pick the muscle whose trigger point sends it.",
  author = "Trigger Trainer",
  questions = function(ctx)
    local list = {}
    for _, m in ipairs(ctx.shuffle(atlas.muscles())) do
      if #list == 8 then break end
      if #m.zone_views > 0 then
        list[#list + 1] = identify { muscle = m.id, choices = 4 }
      end
    end
    return list
  end,
}
