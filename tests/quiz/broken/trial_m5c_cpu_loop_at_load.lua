-- expect: trial_m5c_cpu_loop_at_load.lua:4: script ran too long (more than ...
-- Instructor trial m5c: an endless loop while the file loads.
local n = 0
while true do n = n + 1 end
return quiz { id = "trial-m5c", title = "Trial m5c", questions = { locate { muscle = "upper_trapezius" } } }
