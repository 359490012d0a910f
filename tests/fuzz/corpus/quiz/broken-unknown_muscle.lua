-- expect: unknown_muscle.lua:7: unknown muscle 'uper_trapezius' (did you mean 'upper_trapezius'?)
return quiz {
  id = "broken-unknown-muscle",
  title = "Broken: a misspelt muscle",
  questions = {
    locate { muscle = "upper_trapezius" },
    locate { muscle = "uper_trapezius", view = "posterior" },
  },
}
