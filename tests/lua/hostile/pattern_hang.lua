-- hostile: a backtracking pattern that would run for hours in one C call
local s = string.rep("a", 3000)
return s:find(string.rep("a*", 20) .. "b")
