-- hostile: trigger point numbers that are NaN, infinite, 2^63, fractional, negative
-- check: 1 trp
return quiz { id = "h-bad-trp", title = "Bad trp", questions = {
  refer { muscle = "upper_trapezius", trp = 0/0 },
  refer { muscle = "upper_trapezius", trp = math.huge },
  refer { muscle = "upper_trapezius", trp = math.mininteger },
  refer { muscle = "upper_trapezius", trp = 2^63 },
  refer { muscle = "upper_trapezius", trp = 1.5 },
  refer { muscle = "upper_trapezius", trp = -1 },
} }
