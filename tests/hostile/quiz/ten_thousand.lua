-- hostile: 10,000 questions written out (a round asks at most 200)
-- check: 1 at most 200
local list = {}
local names = { "upper_trapezius", "levator_scapulae", "masseter", "infraspinatus" }
for i = 1, 10000 do
  list[i] = locate { muscle = names[i % 4 + 1], tolerance = 2 + (i % 50) / 10 }
end
return quiz { id = "h-ten-thousand", title = "Ten thousand", repeats = true, questions = list }
