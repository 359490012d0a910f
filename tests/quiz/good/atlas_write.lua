-- Valid when loaded; writing to the atlas during a round is an error.
return quiz {
  id = "test-atlas-write",
  title = "Test: atlas write",
  questions = function(ctx)
    atlas.muscle = nil
    return {}
  end,
}
-- expect: atlas_write.lua:6: in questions(ctx) (seed 1): atlas is read-only
