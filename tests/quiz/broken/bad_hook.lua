-- expect: bad_hook.lua:5: on_answer must be a function, got string
return quiz {
  id = "broken-hook",
  title = "Broken: hook",
  on_answer = "print",
  questions = { locate { muscle = "upper_trapezius" } },
}
