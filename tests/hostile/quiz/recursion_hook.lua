-- hostile: on_answer recursing without end
-- check: 1 too much memory
-- play: 1
local function f(n) return f(n + 1) + 1 end
return quiz { id = "h-recursion", title = "Recursion",
  questions = { locate { muscle = "upper_trapezius" } },
  on_answer = function() return f(1) end }
