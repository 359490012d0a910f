-- Leg and foot: the calf, the shin and the peroneal muscles.
return quiz {
  id = "leg-and-foot",
  title = "Leg and foot",
  description = "Calf, heel, shin and ankle pain.",
  author = "Trigger Trainer",
  shuffle = true,
  questions = {
    locate   { muscle = "gastrocnemius" },
    refer    { muscle = "gastrocnemius" },
    identify { muscle = "soleus", choices = 4 },
    locate   { muscle = "tibialis_anterior" },
    refer    { muscle = "peroneus_longus" },
    name     { muscle = "peroneus_longus", choices = 4 },
  },
}
