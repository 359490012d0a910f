-- expect: syntax_error.lua:4: a ',' seems to be missing at the end of this line (Lua stopped at line 5: '}' expected (to close '{' at line 2) near 'title')
return quiz {
  id = "broken-syntax",
  questions = { locate { muscle = "upper_trapezius" } }
  title = "missing comma above",
}
