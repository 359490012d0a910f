-- hostile: hooks returning numbers, strings, functions, non-question `ask` entries
-- check: 1 must return nil or a table
-- play: 0,1
local n = 0
return quiz { id = "h-bad-returns", title = "Bad returns",
  questions = { locate { muscle = "upper_trapezius" }, locate { muscle = "masseter" },
                locate { muscle = "levator_scapulae" } },
  on_answer = function(ctx, q, r)
    n = n + 1
    if n == 1 then return 42 elseif n == 2 then return { feedback = 7, again = "yes", ask = { 1, "x", {} } }
    else return { ask = print } end
  end,
  on_finish = function() return "done" end }
