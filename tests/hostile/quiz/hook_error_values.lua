-- hostile: questions() raises a function value
-- check: 1 error object is a function value
-- play: 1
return quiz { id = "h-hook-values", title = "Raises a function",
  questions = function() error(print or function() end) end }
