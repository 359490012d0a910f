-- expect: syntax_error.lua:5: '}' expected (to close '{' at line 2) near 'title'
return quiz {
  id = "broken-syntax",
  questions = { locate { muscle = "upper_trapezius" } }
  title = "missing comma above",
}
