-- hostile: a __gc finalizer that raises (the sandbox refuses __gc)
-- check: 1 __gc
local t = setmetatable({}, { __gc = function() error("gc") end })
return quiz { id = "h-gc", title = "GC", questions = { locate { muscle = "upper_trapezius" } } }
