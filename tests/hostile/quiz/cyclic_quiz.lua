-- hostile: a quiz table that holds itself, and a choices list that holds itself
-- check: 1
local choices = { "scalenes" }
choices[2] = choices
local t = { id = "h-cyclic-quiz", title = "Cyclic quiz",
  questions = { name { muscle = "levator_scapulae", choices = choices } } }
t.self = t
return quiz(t)
