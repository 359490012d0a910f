-- hostile: table.unpack of a huge range
return table.unpack({}, 1, 2^40)
