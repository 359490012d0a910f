-- hostile: questions() eats memory until stopped
-- check: 0
-- play: 1 memory
return quiz { id = "h-memory", title = "Memory",
  questions = function() local t = {} for i = 1, 1e9 do t[i] = { i } end return t end }
