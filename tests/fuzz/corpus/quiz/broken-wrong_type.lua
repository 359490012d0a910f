-- expect: wrong_type.lua:7: tolerance must be a number, got string
-- expect: wrong_type.lua:8: muscle must be a string, got number
return quiz {
  id = "broken-wrong-type",
  title = "Broken: wrong types",
  questions = {
    locate { muscle = "upper_trapezius", tolerance = "4" },
    refer { muscle = 42 },
  },
}
