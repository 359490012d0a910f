-- hostile: a tolerance that is not a number (0/0)
-- check: 1 tolerance
return quiz { id = "h-nan-tolerance", title = "NaN tolerance",
  questions = { locate { muscle = "upper_trapezius", view = "posterior", tolerance = 0/0 } } }
