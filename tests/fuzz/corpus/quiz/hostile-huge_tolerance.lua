-- hostile: a tolerance of 1e308 cm and one of -5 cm
-- check: 1 tolerance
return quiz { id = "h-huge-tolerance", title = "Huge tolerance",
  questions = { locate { muscle = "upper_trapezius", view = "posterior", tolerance = 1e308 },
                locate { muscle = "masseter", tolerance = -5 } } }
