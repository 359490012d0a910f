-- Valid when loaded; questions(ctx) fails when a round begins.
return quiz {
  id = "test-questions-error",
  title = "Test: questions error",
  questions = function(ctx)
    local muscles = atlas.muscles()
    return { locate { muscle = muscles[1].id, tolerance = "far" } }
  end,
}
-- expect: questions_error.lua:7: in questions(ctx) (seed 1): tolerance must be a number, got string
