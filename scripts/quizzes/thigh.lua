-- Thigh: hamstrings, quadriceps and adductors.
return quiz {
  id = "thigh",
  title = "Thigh",
  description = "Knee and thigh pain from the hamstrings, quadriceps and adductor longus.",
  author = "Trigger Trainer",
  shuffle = true,
  questions = {
    locate   { muscle = "biceps_femoris" },
    refer    { muscle = "biceps_femoris" },
    refer    { muscle = "semitendinosus_semimembranosus" },
    locate   { muscle = "rectus_femoris" },
    identify { muscle = "vastus_medialis", choices = 4 },
    locate   { muscle = "vastus_lateralis" },
    name     { muscle = "adductor_longus", choices = 4 },
  },
}
