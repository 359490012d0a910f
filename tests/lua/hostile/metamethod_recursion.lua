-- hostile: an __index that indexes its own table, recursing through C
local t = setmetatable({}, { __index = function(self, k) return self[k] end })
return t.x
