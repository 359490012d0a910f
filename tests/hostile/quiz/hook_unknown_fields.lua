-- hostile: on_answer returns a table with several unknown fields (once crashed the program:
-- lua_next was called again after the key was popped, outside any protected call)
-- check: 1 unknown field
-- play: 1 unknown field
return quiz { id = "h-unknown-fields", title = "Unknown fields",
  questions = { locate { muscle = "upper_trapezius" }, locate { muscle = "masseter" } },
  on_answer = function() return { colour = "red", size = 3, mood = "fine", [1] = "x", feedback = "ok" } end }
