-- hostile: an infinite tolerance
-- check: 1 tolerance
return quiz { id = "h-inf-tolerance", title = "Infinite tolerance",
  questions = { locate { muscle = "upper_trapezius", view = "posterior", tolerance = math.huge } } }
