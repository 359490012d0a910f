-- expect: bad_count.lua:5: count must be a whole number from 1 to 200, got 0
return quiz {
  id = "broken-count",
  title = "Broken: count",
  count = 0,
  questions = { locate { muscle = "upper_trapezius" } },
}
