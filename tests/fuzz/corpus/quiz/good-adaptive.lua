-- Adaptive: a score under 50 brings the question back once, at the end of the round.
return quiz {
  id = "test-adaptive",
  title = "Test: adaptive",
  questions = {
    locate { muscle = "upper_trapezius", view = "posterior", side = "right" },
    locate { muscle = "levator_scapulae", view = "posterior", side = "right" },
  },
  on_answer = function(ctx, question, result)
    ctx.seen = (ctx.seen or 0) + 1
    if result.score < 50 and question.n <= 2 then
      return { feedback = "again later", again = question }
    end
    return { feedback = "answer " .. ctx.seen }
  end,
  on_finish = function(ctx, summary)
    return { feedback = "finished " .. summary.asked .. " " .. #summary.results }
  end,
}
