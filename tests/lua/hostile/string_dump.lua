-- hostile: turn a function into bytecode (string.dump is not there)
return string.dump(function() return 1 end)
