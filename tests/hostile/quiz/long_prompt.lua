-- hostile: a prompt of a megabyte
-- check: 1 prompt is too long
local parts = {}
for i = 1, 1000 do parts[i] = ("z"):rep(1000) end
return quiz { id = "h-long-prompt", title = "Long prompt", questions = {
  locate { muscle = "upper_trapezius", view = "posterior", prompt = table.concat(parts) } } }
