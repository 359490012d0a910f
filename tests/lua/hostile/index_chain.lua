-- hostile: a table whose __index is itself
local t = {}
setmetatable(t, { __index = t })
return t.missing
