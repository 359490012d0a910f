-- hostile: on_finish raises a table whose __tostring raises too
-- check: 1 in on_finish
-- play: 1
local evil = setmetatable({}, { __tostring = function() error("inner") end })
return quiz { id = "h-hook-tostring", title = "Hook raises evil",
  questions = { locate { muscle = "upper_trapezius" } },
  on_finish = function() error(evil) end }
