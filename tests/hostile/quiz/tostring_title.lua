-- hostile: a title that is a table with a raising __tostring
-- check: 1 title
return quiz { id = "h-tostring-title", title = setmetatable({}, { __tostring = function() error("no") end }),
  questions = { locate { muscle = "upper_trapezius" } } }
