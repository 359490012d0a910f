-- repeat = true keeps questions written twice.
return quiz {
  id = "test-repeat",
  title = "Test: repeat",
  repeats = true,
  questions = {
    locate { muscle = "upper_trapezius", view = "posterior", side = "right" },
    locate { muscle = "upper_trapezius", view = "posterior", side = "right" },
  },
}
