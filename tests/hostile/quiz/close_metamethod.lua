-- hostile: a to-be-closed variable whose __close raises (the sandbox refuses __close)
-- check: 1 __close
local x <close> = setmetatable({}, { __close = function() error("close raised") end })
return quiz { id = "h-close", title = "Close", questions = { locate { muscle = "upper_trapezius" } } }
