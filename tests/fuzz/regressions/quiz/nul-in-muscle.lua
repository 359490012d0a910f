-- hostile: NUL bytes inside strings
-- check: 1
return quiz { id = "h-nul\0bytes", title = "Title\0hidden", questions = {
  locate { muscle = "upper_trapezius\0", view = "posterior" } } }
