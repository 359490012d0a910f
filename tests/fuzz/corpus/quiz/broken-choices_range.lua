-- expect: choices_range.lua:7: choices must be from 2 to 6, got 7
-- expect: choices_range.lua:8: choices must be from 2 to 6, got 1
-- expect: choices_range.lua:9: choices lists 'levator_scapulae', the answer itself (list only the other muscles)
return quiz {
  id = "broken-choices", title = "Broken: choices",
  questions = {
    identify { muscle = "levator_scapulae", choices = 7 },
    name { muscle = "levator_scapulae", choices = 1 },
    name { muscle = "levator_scapulae", choices = { "scalenes", "levator_scapulae" } },
  },
}
