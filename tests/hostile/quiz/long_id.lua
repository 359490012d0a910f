-- hostile: an id of a million characters
-- check: 1 id
return quiz { id = ("a"):rep(1000):rep(1000), title = "Long id",
  questions = { locate { muscle = "upper_trapezius" } } }
