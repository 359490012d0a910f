-- expect: trp_range.lua:7: trp 9 is out of range: upper_trapezius has 2 trigger points (see `trigger-trainer atlas --list --trps --muscle upper_trapezius`)
-- expect: trp_range.lua:8: trp must be a whole number (1 for the first trigger point), got a fraction
return quiz {
  id = "broken-trp-range",
  title = "Broken: trigger point numbers",
  questions = {
    refer { muscle = "upper_trapezius", trp = 9 },
    refer { muscle = "upper_trapezius", trp = 1.5 },
  },
}
