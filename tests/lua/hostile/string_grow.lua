-- hostile: one string that doubles without end
local s = ("x"):rep(1024)
while true do s = s .. s end
