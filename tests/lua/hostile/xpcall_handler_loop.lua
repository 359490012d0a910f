-- hostile: an xpcall message handler that loops (Lua runs handlers without the hook)
return xpcall(function() error("first") end, function(e) while true do end end)
