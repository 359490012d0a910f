-- hostile: a coroutine left suspended (no coroutine library in the sandbox)
-- check: 1 coroutine
local co = coroutine.create(function() coroutine.yield(1) end)
coroutine.resume(co)
return quiz { id = "h-coroutine", title = "Coroutine", questions = { locate { muscle = "upper_trapezius" } } }
