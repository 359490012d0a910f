-- hostile: a finalizer that loops (finalizers run without the hook)
setmetatable({}, { __gc = function() while true do end end })
