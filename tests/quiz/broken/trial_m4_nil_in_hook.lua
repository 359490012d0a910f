-- expect: trial_m4_nil_in_hook.lua:11: in on_answer after question 2 (identify, right; seed 1): bad argument #2 to 'format' (number expected, got nil) (in on_answer, result.distance_cm is there only for a locate click in the right view and side, and areas_hit, areas_missed and areas_outside only for refer answers and parts for palpate answers that were not skipped: test a field before using it, e.g. `if result.distance_cm then ... end`)
-- Instructor trial m4: on_answer formats result.distance_cm, which identify answers (and
-- skipped locate answers) do not have.
return quiz {
  id = "trial-m4", title = "Trial m4: nil in a hook",
  questions = {
    locate { muscle = "upper_trapezius", view = "posterior" },
    identify { muscle = "levator_scapulae" },
  },
  on_answer = function(ctx, question, result)
    return { feedback = string.format("You were %.1f cm away.", result.distance_cm) }
  end,
}
