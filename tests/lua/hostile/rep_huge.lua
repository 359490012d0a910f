-- hostile: string.rep with a huge count (5.4.4 loops 2^62 times even for "")
local empty = string.rep("", 2^62)
assert(empty == "")
return ("x"):rep(2^62)
