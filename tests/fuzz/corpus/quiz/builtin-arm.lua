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
    identify { muscle = "extensor_carpi_radialis", choices = 4 },
    locate   { muscle = "extensor_digitorum" },
    refer    { muscle = "supinator" },
    locate   { muscle = "wrist_flexors" },
    identify { muscle = "finger_flexors", choices = 4 },
  },
}
