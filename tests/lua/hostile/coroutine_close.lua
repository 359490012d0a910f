-- hostile: a deep coroutine.close chain (segfaults 5.4.4); coroutines are not there
local co = coroutine.create(function() end)
for i = 1, 100000 do
  local prev = co
  co = coroutine.wrap(function() coroutine.close(prev) end)
end
coroutine.close(co)
