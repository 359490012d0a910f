-- hostile: add __gc to the metatable after setmetatable checked it; it must never run
local mt = {}
local t = setmetatable({}, mt)
mt.__gc = function() while true do end end
t = nil
for i = 1, 1000 do local _ = { i } end
return "done"
