-- hostile_stdio: one locate question (answers are thrown at it)
return quiz {
  id = "hostile-stdio-locate",
  title = "Hostile stdio: locate",
  questions = { locate { muscle = "upper_trapezius", view = "posterior", side = "right" } },
}
