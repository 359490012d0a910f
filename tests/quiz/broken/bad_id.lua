-- expect: bad_id.lua:3: quiz id 'Neck Basics' may use only a-z, 0-9 and '-' (e.g. "neck-basics")
return quiz {
  id = "Neck Basics",
  title = "Broken: id",
  questions = { locate { muscle = "upper_trapezius" } },
}
