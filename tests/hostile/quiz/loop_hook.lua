-- hostile: on_finish loops forever
-- check: 1 too long
-- play: 1 too long
return quiz { id = "h-loop", title = "Loop",
  questions = { locate { muscle = "upper_trapezius" } },
  on_finish = function() while true do end end }
