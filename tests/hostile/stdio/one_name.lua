-- hostile_stdio: one name question (choices are thrown at it)
return quiz {
  id = "hostile-stdio-name",
  title = "Hostile stdio: name",
  questions = { name { muscle = "levator_scapulae", choices = 4 } },
}
