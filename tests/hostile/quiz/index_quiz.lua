-- hostile: the table given to quiz{} and to locate{} has an __index that raises
-- check: 1
local mt = { __index = function(t, k) error("index " .. tostring(k)) end }
return quiz(setmetatable({ id = "h-index-quiz", title = "Index raises",
  questions = { locate(setmetatable({ muscle = "upper_trapezius" }, mt)) } }, mt))
