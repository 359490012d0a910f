-- expect: not_returned.lua:1: the file must end with `return quiz { ... }` (it returned nil)
quiz {
  id = "broken-not-returned",
  title = "Broken: forgot return",
  questions = { locate { muscle = "upper_trapezius" } },
}
