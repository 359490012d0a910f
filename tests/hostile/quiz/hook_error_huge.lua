-- hostile: on_answer raises a message of a megabyte
-- check: 1 in on_answer after question 1
-- play: 1
local parts = {}
for i = 1, 1000 do parts[i] = ("y"):rep(1000) end
local big = table.concat(parts)
return quiz { id = "h-hook-huge", title = "Hook raises a megabyte",
  questions = { locate { muscle = "upper_trapezius" } },
  on_answer = function() error(big) end }
