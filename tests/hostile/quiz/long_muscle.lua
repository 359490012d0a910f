-- hostile: a muscle id of a megabyte
-- check: 1
return quiz { id = "h-long-muscle", title = "Long muscle",
  questions = { locate { muscle = ("upper_trapezius"):rep(1000):rep(60) } } }
