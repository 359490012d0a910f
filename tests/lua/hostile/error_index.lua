-- hostile: an error raised inside an __index metamethod
local t = setmetatable({}, { __index = function(_, k) error("no field " .. k) end })
return t.muscle
