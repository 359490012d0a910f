-- expect: trial_thigh_id.lua:5: quiz id 'thigh' is already used by the built-in quiz ...
-- Instructor trial: a quiz id that a built-in quiz has. The game would list one of the two;
-- check says so.
return quiz {
  id = "thigh",
  title = "My thigh quiz",
  questions = { locate { muscle = "vastus_lateralis" } },
}
