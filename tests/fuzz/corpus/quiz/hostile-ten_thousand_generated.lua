-- hostile: a generator returning 10,000 questions, and on_answer asking 10,000 more each time
-- check: 0
-- play: 0
return quiz { id = "h-ten-thousand-gen", title = "Ten thousand generated", repeats = true,
  questions = function(ctx)
    local list = {}
    for i = 1, 10000 do list[i] = locate { muscle = "upper_trapezius" } end
    return list
  end,
  on_answer = function(ctx, q, r)
    local more = {}
    for i = 1, 10000 do more[i] = q end
    return { ask = more, again = true }
  end }
