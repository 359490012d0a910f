-- hostile: an error that is a table
error({ code = 42 })
