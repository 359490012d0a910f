-- hostile: tamper with the string metatable to reach the real string library
local mt = getmetatable("")
mt.__index = { upper = function() return "pwned" end }
