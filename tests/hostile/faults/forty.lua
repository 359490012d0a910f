-- faults: forty questions, for several instances writing at once
local list = {}
local names = { "upper_trapezius", "levator_scapulae", "splenius_capitis", "infraspinatus" }
for i = 1, 40 do list[i] = locate { muscle = names[i % 4 + 1], view = "posterior", side = "right" } end
return quiz { id = "faults-forty", title = "Faults: forty", repeats = true, questions = list }
