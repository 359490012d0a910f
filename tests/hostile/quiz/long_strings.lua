-- hostile: a title, description and author of a megabyte each, hook feedback of a megabyte
-- check: 0
-- play: 0
local mb = ("x"):rep(1000) 
local parts = {}
for i = 1, 1000 do parts[i] = mb end
local big = table.concat(parts)
return quiz { id = "h-long-strings", title = big, description = big, author = big, questions = {
  locate { muscle = "upper_trapezius", view = "posterior" },
}, on_answer = function(ctx, q, r) return { feedback = big } end,
   on_finish = function(ctx, s) return { feedback = big } end }
