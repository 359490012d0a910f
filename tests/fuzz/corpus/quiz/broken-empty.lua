-- expect: empty.lua:2: quiz has no questions (questions = { locate { muscle = "..." }, ... })
return quiz {
  id = "broken-empty",
  title = "Broken: empty",
  questions = {},
}
