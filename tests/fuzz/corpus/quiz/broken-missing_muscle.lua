-- expect: missing_muscle.lua:6: locate needs a muscle (muscle = "upper_trapezius")
return quiz {
  id = "broken-missing-muscle",
  title = "Broken: no muscle",
  questions = {
    locate { view = "posterior" },
  },
}
