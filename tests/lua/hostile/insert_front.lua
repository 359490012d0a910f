-- hostile: insert at the front of a big table, again and again (each call shifts it all)
local t = {}
for i = 1, 200000 do t[i] = i end
while true do table.insert(t, 1, 0) end
