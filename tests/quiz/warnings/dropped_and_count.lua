-- expect: dropped_and_count.lua:7: warning: count is 5, but a round has only 2 questions to ask once duplicates are dropped
-- expect: dropped_and_count.lua:11: warning: this question is dropped: it asks the same as line 10 (same kind, muscle, view, side and trp; prompt, tolerance and the other fields do not count). Write repeats = true in quiz { } to ask both
-- The precision ladder of the instructor trial without `repeats`: the tighter rungs are the
-- same question, so the round drops them, and count asks for more than is left.
return quiz {
  id = "warn-dropped", title = "Warnings: dropped questions and count",
  count = 5,
  questions = {
    locate { muscle = "levator_scapulae", view = "posterior", side = "right" },
    locate { muscle = "upper_trapezius", view = "posterior", side = "right", tolerance = 10 },
    locate { muscle = "upper_trapezius", view = "posterior", side = "right", tolerance = 5 },
    locate { muscle = "upper_trapezius", view = "posterior", side = "right", tolerance = 2.5 },
  },
}
