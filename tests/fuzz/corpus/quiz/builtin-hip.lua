-- Hip and pelvis: the glutei, piriformis and tensor fasciae latae.
return quiz {
  id = "hip-and-pelvis",
  title = "Hip and pelvis",
  description = "Buttock, hip and 'sciatica-like' pain from the gluteal muscles and piriformis.",
  author = "Trigger Trainer",
  shuffle = true,
  questions = {
    locate   { muscle = "gluteus_maximus", view = "posterior" },
    refer    { muscle = "gluteus_medius" },
    locate   { muscle = "gluteus_minimus" },
    identify { muscle = "gluteus_minimus", choices = 4 },
    locate   { muscle = "piriformis", view = "posterior" },
    refer    { muscle = "piriformis" },
    name     { muscle = "tensor_fasciae_latae", choices = 4 },
  },
}
