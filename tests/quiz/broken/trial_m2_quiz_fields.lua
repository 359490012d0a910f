-- expect: trial_m2_quiz_fields.lua:7: unknown field 'time_limt' in quiz (did you mean 'time_limit'?)
-- expect: trial_m2_quiz_fields.lua:9: unknown field 'tolerence' in locate (did you mean 'tolerance'?)
-- expect: trial_m2_quiz_fields.lua:11: unknown field 'on_anwser' in quiz (did you mean 'on_answer'?)
-- Instructor trial m2: misspelt fields; the quiz's own fields are named at their lines.
return quiz {
  id = "trial-m2", title = "Trial m2: misspelt fields",
  time_limt = 30,
  questions = {
    locate { muscle = "upper_trapezius", view = "posterior", tolerence = 4 },
  },
  on_anwser = function(ctx, question, result) end,
}
