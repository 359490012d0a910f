-- hostile: an error that is nil
local x = 1
error(nil)
