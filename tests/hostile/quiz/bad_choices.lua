-- hostile: choice counts that are NaN, infinite, huge or negative
-- check: 1 choices
return quiz { id = "h-bad-choices", title = "Bad choices", questions = {
  identify { muscle = "infraspinatus", choices = 0/0 },
  identify { muscle = "infraspinatus", choices = -math.huge },
  name { muscle = "levator_scapulae", choices = 1e9 },
  name { muscle = "levator_scapulae", choices = -1 },
  name { muscle = "levator_scapulae", choices = { "levator_scapulae", "levator_scapulae" } },
} }
