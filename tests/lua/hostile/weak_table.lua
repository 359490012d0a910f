-- hostile: a weak table (__mode hits a use-after-free in Lua 5.4.1-5.4.7)
local cache = setmetatable({}, { __mode = "k" })
cache[{}] = 1
