-- hostile: read a file outside the sandbox (io is not there)
local f = io.open("/etc/passwd", "r")
return f:read("a")
