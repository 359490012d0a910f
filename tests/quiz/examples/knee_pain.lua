-- Knee pain: every trigger point whose pain reaches the knee, found with
-- atlas.trigger_points { area = "knee" } instead of a list copied from `atlas --json`.
-- Shows the per-question fields (points, hint, time_limit, always), {prompt}, the whole
-- round's time limit, ctx.log and question.choices in a hook. tests/cli/knee_quiz.py plays it.
return quiz {
  id = "knee-pain",
  title = "Knee pain: who sends it?",
  description = "Trigger points that refer pain to the knee",
  time_limit_total = 600,              -- ten minutes for the whole round
  shuffle = true,
  count = 8,
  questions = function(ctx)
    local points = atlas.trigger_points { area = "knee" }
    ctx.log("trigger points that reach the knee:", #points)
    local list = {}
    for i, tp in ipairs(points) do
      local region = atlas.muscle(tp.muscle).region
      if i % 2 == 1 then
        list[#list + 1] = identify {
          muscle = tp.muscle, trp = tp.number, choices = 4,
          prompt = "{prompt} (knee case " .. i .. ")",
          hint = "The muscle lies in the " .. region .. ".",
          points = tp.frequency == "common" and 2 or 1,
          time_limit = 45,
        }
      else
        list[#list + 1] = refer {
          muscle = tp.muscle, trp = tp.number,
          hint = "Start at the " .. tp.areas[1] .. ".",
          time_limit = 90,
          always = tp.muscle == "vastus_medialis",   -- a must-know pattern: in every round
        }
      end
    end
    return list
  end,
  on_answer = function(ctx, question, result)
    ctx.log("question", question.n, question.kind, "score", result.score, "ms", result.time_ms)
    if question.kind == "identify" and not result.correct then
      return { feedback = "The choices were " .. table.concat(question.choices, ", ") .. "." }
    end
  end,
}
