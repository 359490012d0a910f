-- Neck drill, an adaptive quiz: a trigger point located more than a few centimetres off
-- comes back at the end of the round, up to two more times. The count lives in ctx, which
-- is new for every round (a file-level local would carry over from one round to the next).
local MAX_RETRIES = 2

return quiz {
  id = "neck-drill",
  title = "Neck drill",
  description = "Locate the neck's trigger points; every miss comes back until you find it.",
  author = "Trigger Trainer",
  questions = {
    locate { muscle = "upper_trapezius", view = "posterior" },
    locate { muscle = "levator_scapulae", view = "posterior" },
    locate { muscle = "splenius_capitis" },
    locate { muscle = "suboccipitals" },
    locate { muscle = "sternocleidomastoid" },
    locate { muscle = "scalenes" },
  },
  on_answer = function(ctx, question, result)
    if result.score >= 70 then return nil end
    ctx.retries = ctx.retries or {}
    local key = question.muscle .. "/" .. question.side .. "/" .. question.view
    local tries = (ctx.retries[key] or 0) + 1
    ctx.retries[key] = tries
    if tries <= MAX_RETRIES then
      return { feedback = "This one comes back at the end of the round.", again = true }
    end
    return { feedback = "Check this muscle in the atlas before the next round." }
  end,
  on_finish = function(ctx, summary)
    local again = 0
    for _, n in pairs(ctx.retries or {}) do again = again + n end
    if again == 0 then return { feedback = "Every trigger point found at the first try." } end
    return { feedback = again .. " repeat(s) this round: play it again tomorrow." }
  end,
}
