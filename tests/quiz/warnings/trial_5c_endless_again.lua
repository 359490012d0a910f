-- expect: trial_5c_endless_again.lua:11: warning: on_answer keeps adding questions with no end in sight: a student whose answers are wrong reached the limit of 200 questions in a round (seed 1). Keep a count in ctx so it stops (see the adaptive example in docs/quiz-api.md)
-- Instructor trial row 5c: an adaptive quiz with no counter asks a missed question again for
-- ever (the round stops at 200 questions). A warning: the quiz works, but not as meant.
return quiz {
  id = "trial-5c", title = "Trial 5c: again with no end",
  questions = {
    locate { muscle = "upper_trapezius", view = "posterior" },
  },
  on_answer = function(ctx, question, result)
    if not result.correct then
      return { again = true }
    end
  end,
}
