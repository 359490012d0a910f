-- expect: trial_m3_missing_comma.lua:6: a ',' seems to be missing at the end of this line (Lua stopped at line 7: '}' expected (to close '{' at line 5) near 'locate')
-- Instructor trial m3: a missing comma between two questions.
return quiz {
  id = "trial-m3", title = "Trial m3: missing comma",
  questions = {
    locate { muscle = "upper_trapezius", view = "posterior" }
    locate { muscle = "levator_scapulae", view = "posterior" },
  },
}
