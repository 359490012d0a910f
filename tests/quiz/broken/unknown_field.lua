-- expect: unknown_field.lua:8: unknown field 'tolerence' in locate (did you mean 'tolerance'?)
-- expect: unknown_field.lua:6: unknown field 'colour' in quiz (fields: id, title, description, author, time_limit, time_limit_total, pass_mark, shuffle, repeats, repeat, count, questions, on_answer, on_finish)
return quiz {
  id = "broken-unknown-field",
  title = "Broken: unknown fields",
  colour = "red",
  questions = {
    locate { muscle = "upper_trapezius", tolerence = 4 },
  },
}
