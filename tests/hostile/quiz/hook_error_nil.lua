-- hostile: on_answer raises nil
-- check: 1 error object is a nil value
-- play: 1 nil
return quiz { id = "h-hook-nil", title = "Hook raises nil",
  questions = { locate { muscle = "upper_trapezius" }, locate { muscle = "masseter" } },
  on_answer = function() error(nil) end }
