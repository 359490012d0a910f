-- expect: empty.lua:5: quiz has no questions (questions = { locate { muscle = "..." }, ... })
return quiz {
  id = "broken-empty",
  title = "Broken: empty",
  questions = {},
}
