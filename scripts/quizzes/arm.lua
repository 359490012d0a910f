-- Arm and forearm: elbow flexors and extensors, wrist and finger muscles.
return quiz {
  id = "arm-and-forearm",
  title = "Arm and forearm",
  description = "From biceps to the finger flexors: pain at the elbow, wrist and hand.",
  author = "Trigger Trainer",
  shuffle = true,
  questions = {
    locate   { muscle = "biceps_brachii" },
    refer    { muscle = "triceps_brachii" },
    name     { muscle = "brachialis", choices = 4 },
    locate   { muscle = "brachioradialis" },
    identify { muscle = "extensor_carpi_radialis_longus", choices = 4 },
    locate   { muscle = "extensor_carpi_radialis_brevis" },
    locate   { muscle = "extensor_digitorum" },
    refer    { muscle = "supinator" },
    locate   { muscle = "flexor_carpi_radialis" },
    refer    { muscle = "flexor_carpi_ulnaris" },
    identify { muscle = "flexor_digitorum_superficialis", choices = 4 },
    name     { muscle = "flexor_digitorum_profundus", choices = 4 },
  },
}
