-- Head and neck: the trigger points behind most tension headaches and stiff necks.
return quiz {
  id = "head-and-neck",
  title = "Head and neck",
  description = "Jaw, temple and neck muscles: where their trigger points lie and where they send pain.",
  author = "Trigger Trainer",
  shuffle = true,
  questions = {
    locate   { muscle = "upper_trapezius", view = "posterior", tolerance = 5 },
    refer    { muscle = "upper_trapezius", trp = 1 },
    locate   { muscle = "levator_scapulae", view = "posterior" },
    name     { muscle = "levator_scapulae", choices = 4 },
    locate   { muscle = "sternocleidomastoid" },
    identify { muscle = "sternocleidomastoid", choices = 4 },
    refer    { muscle = "scalenes" },
    locate   { muscle = "splenius_capitis" },
    refer    { muscle = "suboccipitals" },
    locate   { muscle = "temporalis" },
    identify { muscle = "temporalis", choices = 4 },
    refer    { muscle = "masseter" },
  },
}
