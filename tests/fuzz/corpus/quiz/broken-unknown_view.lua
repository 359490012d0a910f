-- expect: unknown_view.lua:6: unknown view 'postrior' (did you mean 'posterior'?)
return quiz {
  id = "broken-unknown-view",
  title = "Broken: view",
  questions = {
    locate { muscle = "upper_trapezius", view = "postrior" },
  },
}
