-- hostile: overwrite the sentinel file (io is not there)
local f = io.open(SANDBOX_DIR .. "/sentinel.txt", "w")
f:write("pwned")
f:close()
