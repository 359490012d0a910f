-- hostile: the __metatable field trick
local t = setmetatable({}, { __metatable = "locked" })
return getmetatable(t)
