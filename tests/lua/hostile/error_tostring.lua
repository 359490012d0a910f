-- hostile: an error object whose __tostring loops; the host must not call it
error(setmetatable({}, { __tostring = function() while true do end end }))
