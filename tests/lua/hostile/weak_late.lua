-- hostile: add __mode after setmetatable; it must have no effect
local mt = {}
local cache = setmetatable({}, mt)
mt.__mode = "kv"
cache[1] = {}
return "done"
