-- hostile: pcall catches the timeout and carries on
while true do
  pcall(function() while true do end end)
end
