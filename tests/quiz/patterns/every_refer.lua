-- Every trigger point of the atlas as a refer question (sides drawn at random), for
-- tests/cli/patterns_stdio.py: a bot paints each in many ways and checks the verdicts.
return quiz {
  id = "test-every-refer",
  title = "Test: every refer pattern",
  questions = function(ctx)
    local list = {}
    for _, m in ipairs(atlas.muscles()) do
      for t = 1, m.trps do
        if #list < 200 then list[#list + 1] = refer { muscle = m.id, trp = t } end
      end
    end
    return list
  end,
}
