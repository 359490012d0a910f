-- hostile: a __tostring that loops, reached through string.format from C
local v = setmetatable({}, { __tostring = function() while true do end end })
return string.format("%s", v)
