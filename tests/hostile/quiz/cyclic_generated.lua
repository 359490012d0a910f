-- hostile: generated questions returned in a cyclic table; a hook that returns cycles
-- check: 1 not a question
-- play: 1
return quiz { id = "h-cyclic-generated", title = "Cyclic generated",
  questions = function(ctx)
    local list = { locate { muscle = "upper_trapezius", view = "posterior" } }
    list[2] = list
    return list
  end,
  on_answer = function(ctx, q, r) local t = {} t.ask = t t.feedback = t return t end }
