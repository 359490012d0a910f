-- Shoulder girdle: scapular, rotator cuff and chest muscles.
return quiz {
  id = "shoulder-girdle",
  title = "Shoulder girdle",
  description = "Scapular stabilisers, the rotator cuff and the chest wall.",
  author = "Trigger Trainer",
  shuffle = true,
  questions = {
    locate   { muscle = "middle_trapezius" },
    locate   { muscle = "lower_trapezius" },
    refer    { muscle = "supraspinatus" },
    locate   { muscle = "infraspinatus", view = "posterior" },
    -- the classic pattern: X below the scapular spine, pain deep in the front of the shoulder
    -- (its medial-border trigger point is the occasional one)
    identify { muscle = "infraspinatus", trp = 1, choices = 4 },
    name     { muscle = "teres_minor", choices = 4 },
    locate   { muscle = "teres_major" },
    refer    { muscle = "subscapularis" },
    name     { muscle = "latissimus_dorsi", choices = 4 },
    locate   { muscle = "rhomboids" },
    refer    { muscle = "serratus_anterior" },
    identify { muscle = "pectoralis_major", choices = 4 },
    locate   { muscle = "pectoralis_minor" },
    refer    { muscle = "deltoid" },
  },
}
