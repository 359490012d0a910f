-- count: two of the four questions, a different pair per seed.
return quiz {
  id = "test-count",
  title = "Test: count",
  shuffle = true,
  count = 2,
  questions = {
    locate { muscle = "upper_trapezius", view = "posterior", side = "right" },
    locate { muscle = "levator_scapulae", view = "posterior", side = "right" },
    locate { muscle = "splenius_capitis", side = "right" },
    locate { muscle = "suboccipitals", side = "right" },
  },
}
