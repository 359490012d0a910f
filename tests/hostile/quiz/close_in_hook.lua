-- hostile: a __close that would raise inside questions() (the sandbox refuses __close)
-- check: 1 in questions(ctx)
-- play: 1 __close
return quiz { id = "h-close-hook", title = "Close in hook",
  questions = function(ctx)
    local x <close> = setmetatable({}, { __close = function() error("close raised") end })
    return { locate { muscle = "upper_trapezius" } }
  end }
