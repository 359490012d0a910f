-- hostile: questions() eats memory until stopped
-- check: 1 too much memory
-- play: 1 memory
return quiz { id = "h-memory", title = "Memory",
  questions = function() local t = {} for i = 1, 1e9 do t[i] = { i } end return t end }
