-- hostile: a pattern function on a subject too long to bound
local s = string.rep("a", 100000)
return string.gsub(s, "a", "b")
