-- expect: sandbox.lua:3: attempt to index a nil value (global 'io')
-- scripts cannot reach files
local f = io.open("/etc/passwd")
return quiz { id = "broken-sandbox", title = "x", questions = { locate { muscle = "upper_trapezius" } } }
