-- expect: bad_side.lua:7: side must be "left" or "right", got 'up'
-- expect: bad_side.lua:8: the client's left side cannot be seen in view lateral_right (use lateral_left)
return quiz {
  id = "broken-bad-side",
  title = "Broken: sides",
  questions = {
    locate { muscle = "upper_trapezius", side = "up" },
    locate { muscle = "upper_trapezius", side = "left", view = "lateral_right" },
  },
}
