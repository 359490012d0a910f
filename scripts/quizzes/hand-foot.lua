-- Hand and foot: the small muscles of the palm and the sole, and the forearm and leg muscles
-- whose pain ends in the fingers and toes. Asked in the hand and sole views where they are drawn.
return quiz {
  id = "hand-and-foot",
  title = "Hand and foot",
  description = "Thumb, finger, heel and toe pain: the intrinsic muscles and the long ones that reach the hand and foot.",
  author = "Trigger Trainer",
  shuffle = true,
  questions = {
    -- the hand
    locate   { muscle = "adductor_pollicis", view = "hand_palmar" },
    name     { muscle = "opponens_pollicis", choices = 4 },
    refer    { muscle = "interossei_hand", trp = 1 },
    identify { muscle = "abductor_digiti_minimi_hand", choices = 4 },
    locate   { muscle = "interossei_hand", view = "hand_dorsal", tolerance = 3 },
    refer    { muscle = "flexor_digitorum_superficialis", view = "hand_palmar" },
    identify { muscle = "extensor_digitorum", trp = 1, view = "hand_dorsal", choices = 4 },
    identify { muscle = "flexor_pollicis_longus", view = "hand_palmar", choices = 4 },
    -- the foot
    locate   { muscle = "abductor_hallucis", view = "foot_plantar" },
    refer    { muscle = "flexor_digitorum_brevis" },
    identify { muscle = "quadratus_plantae", choices = 4 },
    name     { muscle = "adductor_hallucis", choices = 4 },
    locate   { muscle = "extensor_digitorum_brevis" },
    refer    { muscle = "abductor_digiti_minimi_foot" },
    refer    { muscle = "gastrocnemius", trp = 1 },
    locate   { muscle = "flexor_digitorum_longus", view = "leg_medial", tolerance = 3 },
    refer    { muscle = "tibialis_posterior" },
    identify { muscle = "flexor_hallucis_longus", choices = 4 },
    identify { muscle = "interossei_foot", trp = 1, choices = 4 },
  },
}
