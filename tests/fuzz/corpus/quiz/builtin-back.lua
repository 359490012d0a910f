-- Back and trunk: paraspinals, quadratus lumborum and the front of the trunk.
return quiz {
  id = "back-and-trunk",
  title = "Back and trunk",
  description = "Low-back pain from the paraspinals, quadratus lumborum, abdominals and iliopsoas.",
  author = "Trigger Trainer",
  shuffle = true,
  questions = {
    locate   { muscle = "iliocostalis" },
    refer    { muscle = "iliocostalis" },
    locate   { muscle = "longissimus" },
    name     { muscle = "multifidus", choices = 4 },
    locate   { muscle = "quadratus_lumborum", view = "posterior" },
    identify { muscle = "quadratus_lumborum", choices = 4 },
    refer    { muscle = "rectus_abdominis" },
    locate   { muscle = "iliopsoas" },
    identify { muscle = "iliopsoas", choices = 4 },
  },
}
