-- faults: five locate questions in a fixed order (rounds for the fault suites)
return quiz {
  id = "faults-five",
  title = "Faults: five",
  questions = {
    locate { muscle = "upper_trapezius", view = "posterior", side = "right" },
    locate { muscle = "levator_scapulae", view = "posterior", side = "right" },
    locate { muscle = "masseter", view = "anterior", side = "right" },
    locate { muscle = "splenius_capitis", view = "posterior", side = "right" },
    locate { muscle = "infraspinatus", view = "posterior", side = "left" },
  },
}
