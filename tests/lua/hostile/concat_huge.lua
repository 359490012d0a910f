-- hostile: table.concat over a huge range
return table.concat({}, ",", 1, 2^40)
