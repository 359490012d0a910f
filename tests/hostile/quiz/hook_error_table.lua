-- hostile: on_answer raises a table
-- check: 1 error object is a table value
-- play: 1 error object is a table value
return quiz { id = "h-hook-table", title = "Hook raises a table",
  questions = { locate { muscle = "upper_trapezius" }, locate { muscle = "masseter" } },
  on_answer = function() error({ code = 42 }) end }
