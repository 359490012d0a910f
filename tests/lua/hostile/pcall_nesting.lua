-- hostile: pcall inside pcall without end (each level is a C call); Lua's C-stack limit
-- ends it and the script carries on
local function f() return pcall(f) end
f()
return "done"
