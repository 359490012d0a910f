-- expect: trial_m7_local_hides_name.lua:15: in on_answer after question 1 (locate, wrong; seed 1): this local 'name' hides the name{} question constructor, so name { ... } at line 16 calls a string instead: give the local another name (e.g. 'muscle_name')
-- Instructor trial m7 (row 4c): `local name = ...` hides the name{} constructor, the mistake
-- the instructor made for real. The message points at the local.
return quiz {
  id = "trial-m7", title = "Trial m7: a local called name",
  questions = {
    locate { muscle = "upper_trapezius", view = "posterior" },
    locate { muscle = "levator_scapulae", view = "posterior" },
  },
  on_answer = function(ctx, question, result)
    ctx.tries = (ctx.tries or 0) + 1
    if result.correct or ctx.tries > 4 then
      return nil
    end
    local name = atlas.muscle(question.muscle).name
    return { feedback = "Which muscle is it? " .. name, again = name { muscle = question.muscle, choices = 3 } }
  end,
}
