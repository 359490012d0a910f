-- hostile: add __close after setmetatable, then use the table as a to-be-closed variable
local mt = {}
local t = setmetatable({}, mt)
mt.__close = function() while true do end end
do
  local x <close> = t
end
