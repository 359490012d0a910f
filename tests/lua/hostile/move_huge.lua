-- hostile: table.move over a huge range (one C call the hook cannot interrupt)
return table.move({}, 1, 2^62, 2)
