-- hostile: a time limit that is not a number
-- check: 1 time_limit
return quiz { id = "h-bad-time", title = "Bad time limit", time_limit = 0/0,
  questions = { locate { muscle = "upper_trapezius" } } }
