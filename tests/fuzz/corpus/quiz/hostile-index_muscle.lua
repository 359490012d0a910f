-- hostile: a muscle given as a table with __tostring, __eq, __len and __concat
-- check: 1 muscle
local m = setmetatable({}, { __tostring = function() return "upper_trapezius" end,
  __eq = function() error("eq") end, __len = function() error("len") end,
  __concat = function() error("concat") end })
return quiz { id = "h-index-muscle", title = "Muscle table", questions = { locate { muscle = m } } }
