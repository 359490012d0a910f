-- hostile: a questions list that contains itself
-- check: 1
local qs = { locate { muscle = "upper_trapezius" } }
qs[2] = qs
qs.self = qs
return quiz { id = "h-cyclic-questions", title = "Cyclic questions", questions = qs }
