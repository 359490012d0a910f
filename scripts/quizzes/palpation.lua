-- Palpation basics: how to find the twenty trigger points a massage or physiotherapy course
-- teaches first. Each question asks how the client lies, whether to palpate flat against
-- bone or with a pincer grasp, then where to press, starting from the landmark marked on
-- the chart.
--
-- Which twenty: those Travell & Simons (2nd ed., 1999) and Davies' Trigger Point Therapy
-- Workbook give as most common for the complaints students meet first, checked against the
-- muscles prevalence studies examine and find most often involved: Chiarotto et al. 2016
-- (spinal pain) and Ribeiro et al. 2018 (neck and shoulder disorders) for the neck and
-- shoulder, Monclús-Díez et al. 2025 (low back pain: quadratus lumborum, gluteus medius,
-- piriformis and lumbar iliocostalis most often) for the back and hip.
--   headache and neck pain: upper trapezius, levator scapulae, sternocleidomastoid,
--     suboccipitals, splenius capitis, scalenes, temporalis, masseter;
--   the shoulder: infraspinatus, supraspinatus, rhomboids, lower trapezius, pectoralis major
--     and minor;
--   the elbow: the finger extensors (lateral elbow pain);
--   the low back and hip: quadratus lumborum, lumbar iliocostalis, gluteus medius, piriformis;
--   the calf: gastrocnemius.
-- One trigger point each, the muscle's classic one: the first, unless another is the one the
-- textbooks show first (the sternocleidomastoid's mid-sternal point, the rhomboid major's,
-- the pectoralis major's sternal point, the lumbar iliocostalis).
return quiz {
  id = "palpation-basics",
  title = "Palpation basics",
  description = "The 20 trigger points taught first: the client's position, flat or pincer, and where to press from a landmark.",
  author = "Trigger Trainer",
  shuffle = true,
  questions = {
    palpate { muscle = "upper_trapezius", trp = 1 },
    palpate { muscle = "levator_scapulae", trp = 1 },
    palpate { muscle = "sternocleidomastoid", trp = 2 },
    palpate { muscle = "suboccipitals", trp = 1 },
    palpate { muscle = "splenius_capitis", trp = 1 },
    palpate { muscle = "scalenes", trp = 1 },
    palpate { muscle = "temporalis", trp = 1 },
    palpate { muscle = "masseter", trp = 1 },
    palpate { muscle = "infraspinatus", trp = 1 },
    palpate { muscle = "supraspinatus", trp = 1 },
    palpate { muscle = "rhomboids", trp = 2 },
    palpate { muscle = "lower_trapezius", trp = 1 },
    palpate { muscle = "pectoralis_major", trp = 2 },
    palpate { muscle = "pectoralis_minor", trp = 1 },
    palpate { muscle = "extensor_digitorum", trp = 1 },
    palpate { muscle = "quadratus_lumborum", trp = 1 },
    palpate { muscle = "iliocostalis", trp = 3 },
    palpate { muscle = "gluteus_medius", trp = 1 },
    palpate { muscle = "piriformis", trp = 1 },
    palpate { muscle = "gastrocnemius", trp = 1 },
  },
}
