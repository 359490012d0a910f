-- hostile: an infinite time limit
-- check: 1 time_limit
return quiz { id = "h-inf-time", title = "Infinite time limit", time_limit = math.huge,
  questions = { locate { muscle = "upper_trapezius" } } }
