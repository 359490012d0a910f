-- hostile: a short gsub whose result is huge
local s = ("x"):rep(4000)
return s:gsub(".", ("y"):rep(1024 * 1024))
