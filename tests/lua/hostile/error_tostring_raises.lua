-- hostile: an error object whose __tostring raises another error
local e = setmetatable({}, { __tostring = function() error("inside __tostring") end })
error(e)
