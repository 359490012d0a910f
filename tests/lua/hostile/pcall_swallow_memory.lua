-- hostile: pcall catches the memory error and carries on
while true do
  pcall(function()
    local t = {}
    while true do t[#t + 1] = {} end
  end)
end
