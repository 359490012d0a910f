-- Jaw and face: chewing muscles, the pterygoids and the facial muscles behind toothache, jaw-joint
-- pain, "sinus" pain and pain around the eye.
return quiz {
  id = "jaw-and-face",
  title = "Jaw and face",
  description = "Toothache, jaw-joint and sinus-like pain: the masseter, pterygoids, temporalis and the muscles of the face.",
  author = "Trigger Trainer",
  shuffle = true,
  questions = {
    locate   { muscle = "masseter", view = "lateral_right", tolerance = 3 },
    refer    { muscle = "masseter", trp = 3 },
    identify { muscle = "masseter", trp = 4, choices = 4 },
    refer    { muscle = "temporalis", trp = 2 },
    name     { muscle = "temporalis", choices = 4 },
    locate   { muscle = "lateral_pterygoid", tolerance = 3 },
    identify { muscle = "lateral_pterygoid", choices = 4 },
    refer    { muscle = "medial_pterygoid" },
    name     { muscle = "medial_pterygoid", choices = 4 },
    refer    { muscle = "digastric", trp = 1 },
    locate   { muscle = "buccinator", tolerance = 3 },
    identify { muscle = "buccinator", choices = 4 },
    refer    { muscle = "zygomaticus_major" },
    identify { muscle = "orbicularis_oculi", choices = 4 },
    name     { muscle = "occipitofrontalis", choices = 4 },
    identify { muscle = "platysma", choices = 4 },
  },
}
