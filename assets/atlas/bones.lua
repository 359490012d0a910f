-- bones.lua: the bones, and the parts of them, that palpation uses, drawn faintly under the
-- muscles (docs/atlas-format.md). Each bone lists the landmarks of body.lua it carries: a test
-- holds every one of them on the drawing (inside an outline or within 1 cm of its edge or of a
-- line) in each view where both are drawn. `outline` polygons are filled, `lines` are ridges,
-- borders and crests drawn as strokes. Written for the subject's right side (x < 0 anterior,
-- x > 0 posterior, the visible side in lateral_right) and mirrored; `midline` bones are written
-- whole (half = true mirrors one half). Shapes follow standard osteology (Gray's Anatomy,
-- Netter's plates of the skeleton) in the project's own simplified drawing, placed on the
-- landmarks of design.md section 2. Listed in drawing order: what lies deeper first.
return {
  bones = {
    -- the shoulder girdle -----------------------------------------------------------------
    {
      id = "scapula", name = "Scapula",
      landmarks = { "scapula_superior_angle", "scapula_inferior_angle", "scapula_medial_border",
                    "scapula_lateral_border", "coracoid" },
      outline = {
        -- the body from behind: medial border, inferior angle, lateral border up to the
        -- glenoid under the acromion, superior border with its notch
        posterior = { {
          8.0,141.3, 10.8,141.0, 13.2,140.6, 14.0,141.0, 15.6,140.2, 17.4,138.6, 17.8,137.0,
          17.2,135.4, 15.6,134.0, 13.2,131.4, 10.8,128.9, 8.6,127.0, 8.1,127.6, 7.6,130.2,
          7.1,133.2, 6.8,136.2, 7.1,139.0, smooth = true } },
        -- from the front only the coracoid shows, under the clavicle
        anterior = { { -14.6,138.4, -16.4,138.5, -17.1,137.5, -16.2,136.6, -14.9,136.8, smooth = true } },
        -- from the side the blade is seen edge-on: the medial border behind, the glenoid in front
        lateral_right = { {
          -8.6,141.3, -6.2,140.9, -3.6,139.9, -2.2,137.8, -1.9,135.8, -3.0,134.5, -5.6,131.2,
          -8.0,128.2, -9.2,127.0, -9.7,128.5, -8.8,131.0, -8.5,136.0, -9.0,139.5, smooth = true } },
      },
    },
    {
      id = "scapular_spine", name = "Spine of the scapula and acromion",
      landmarks = { "scapular_spine_root", "scapular_spine", "acromion" },
      outline = {
        posterior = { {
          6.3,138.9, 9.6,139.8, 13.0,140.4, 16.4,140.8, 18.8,140.6, 20.3,140.0, 20.2,139.0,
          18.8,138.6, 16.6,139.0, 13.0,139.0, 9.6,138.6, 6.5,138.1, smooth = true } },
        anterior = { { -18.6,140.4, -20.2,140.1, -20.4,139.2, -19.0,138.7, -18.3,139.4, smooth = true } },
        lateral_right = { {
          -8.6,139.6, -5.4,140.4, -2.0,140.3, -0.1,140.0, 0.2,139.2, -0.8,138.9, -3.0,139.3,
          -5.4,139.2, -8.4,138.8, smooth = true } },
      },
      -- the crest of the spine from its root to the acromion: supraspinatus lies above it
      -- (tests/unit/test_atlas.c)
      lines = { posterior = { { 6.5,138.5, 10.5,139.3, 15,139.9, 18.6,140, smooth = true } } },
    },
    {
      id = "clavicle", name = "Clavicle",
      landmarks = { "clavicle_mid" },
      outline = {
        anterior = { {
          -1.3,141.2, -3.0,141.7, -6.0,141.7, -10.0,141.3, -14.0,140.7, -17.2,140.4, -18.9,140.1,
          -19.0,139.1, -17.0,139.0, -14.0,139.3, -10.0,139.9, -6.0,140.1, -3.0,139.7, -1.3,139.5,
          smooth = true } },
        lateral_right = { { 5.6,140.9, 3.0,141.2, 0.2,140.7, 0.0,139.9, 3.0,139.8, 5.5,139.5, smooth = true } },
      },
    },
    -- the thorax ---------------------------------------------------------------------------
    {
      id = "sternum", name = "Sternum", midline = true,
      landmarks = { "sternal_notch", "xiphoid" },
      outline = {
        anterior = { {
          0,139.6, -1.2,139.9, -2.6,140.4, -3.0,138.6, -2.2,136.0, -1.9,134.8, -2.1,128.0,
          -2.0,122.0, -1.4,119.8, -0.7,118.6, -0.5,117.2, 0,116.8, half = true, smooth = true } },
        lateral_right = { {
          5.9,140.3, 7.6,136.2, 9.6,131.2, 10.9,126.0, 11.6,121.0, 11.6,117.4, 10.9,117.6, 10.8,121.0,
          10.1,126.0, 8.8,131.0, 6.9,135.8, 5.3,139.6, smooth = true } },
      },
    },
    {
      id = "ribs", name = "Lower margin of the ribs",
      landmarks = { "costal_margin", "rib12_tip" },
      lines = {
        -- the costal margin from the xiphisternal joint to its lowest point at the side
        anterior = { { -1.3,119.6, -3.6,116.9, -6.6,114.0, -9.6,111.1, -11.8,108.6, -12.7,107.2, -13.1,106.2,
                       smooth = true } },
        -- the 11th and 12th ribs from the spine: the 12th ends short, the 11th at the flank
        posterior = {
          { 2.2,114.4, 5.0,113.9, 7.8,113.3, 10.2,112.4, smooth = true },
          { 2.2,117.0, 5.6,116.1, 9.0,114.0, 11.6,110.8, 12.8,108.0, smooth = true },
        },
      },
    },
    {
      id = "vertebral_column", name = "Spinous processes (C7 to L5)", midline = true,
      landmarks = { "c7", "t12" },
      -- C7 at 146.5 cm, T12 at 115 (a step of 2.63), L1 to L5 3.1 apart, L4 at the crests
      outline = {
        posterior = {
          { 0,147.3, -0.7,147.1, -0.8,146.3, -0.5,145.7, 0,145.6, half = true },
          { 0,144.5, -0.6,144.3, -0.6,143.5, -0.4,143.0, 0,142.9, half = true },
          { 0,141.9, -0.6,141.7, -0.6,140.9, -0.4,140.4, 0,140.3, half = true },
          { 0,139.3, -0.6,139.1, -0.6,138.3, -0.4,137.8, 0,137.7, half = true },
          { 0,136.6, -0.6,136.4, -0.6,135.6, -0.4,135.1, 0,135.0, half = true },
          { 0,134.0, -0.6,133.8, -0.6,133.0, -0.4,132.5, 0,132.4, half = true },
          { 0,131.4, -0.6,131.2, -0.6,130.4, -0.4,129.9, 0,129.8, half = true },
          { 0,128.7, -0.6,128.5, -0.6,127.7, -0.4,127.2, 0,127.1, half = true },
          { 0,126.1, -0.6,125.9, -0.6,125.1, -0.4,124.6, 0,124.5, half = true },
          { 0,123.5, -0.6,123.3, -0.6,122.5, -0.4,122.0, 0,121.9, half = true },
          { 0,120.8, -0.6,120.6, -0.6,119.8, -0.4,119.3, 0,119.2, half = true },
          { 0,118.2, -0.6,118.0, -0.6,117.2, -0.4,116.7, 0,116.6, half = true },
          { 0,115.7, -0.7,115.5, -0.7,114.6, -0.5,114.2, 0,114.1, half = true },
          { 0,112.8, -0.8,112.6, -0.8,111.5, -0.6,111.1, 0,111.0, half = true },
          { 0,109.7, -0.8,109.5, -0.8,108.4, -0.6,108.0, 0,107.9, half = true },
          { 0,106.6, -0.8,106.4, -0.8,105.3, -0.6,104.9, 0,104.8, half = true },
          { 0,103.5, -0.8,103.3, -0.8,102.2, -0.6,101.8, 0,101.7, half = true },
          { 0,100.4, -0.8,100.2, -0.8,99.1, -0.6,98.7, 0,98.6, half = true },
        },
      },
    },
    -- the pelvis -------------------------------------------------------------------------
    {
      id = "sacrum", name = "Sacrum and coccyx", midline = true,
      landmarks = { "sacrum", "coccyx_tip" },
      outline = {
        posterior = { {
          0,99.4, 2.6,99.7, 4.6,99.0, 4.8,96.4, 4.3,93.8, 3.4,91.4, 2.3,89.5, 1.3,88.3, 1.0,87.6,
          0.5,86.7, 0,86.2, half = true, smooth = true } },
        anterior = { {
          0,99.0, -2.6,99.4, -4.5,98.7, -4.4,95.6, -3.3,92.2, -1.8,89.6, -0.9,88.5, 0,88.1,
          half = true, smooth = true } },
        lateral_right = { {
          -6.6,99.6, -9.4,99.2, -10.6,95.6, -11.0,92.0, -11.0,89.0, -10.8,87.2, -10.0,87.3, -9.0,89.5,
          -7.8,93.0, -6.9,96.5, smooth = true } },
      },
    },
    {
      id = "hip_bone", name = "Hip bone (ilium, ischium, pubis)",
      landmarks = { "iliac_crest", "asis", "aiis", "psis", "ischial_tuberosity", "pubic_tubercle" },
      outline = {
        -- the wing and its crest, the greater sciatic notch, the ischium down to the tuberosity
        posterior = { {
          4.8,95.6, 5.3,97.8, 6.6,100.3, 8.6,102.2, 11.1,103.3, 13.0,103.1, 13.9,101.8, 14.3,99.2,
          14.2,96.2, 13.6,93.4, 12.8,91.2, 12.6,89.2, 11.9,87.0, 10.2,85.6, 8.6,83.2, 7.5,81.0,
          6.2,80.3, 4.8,80.8, 4.6,82.6, 5.0,84.6, 5.6,86.8, 6.9,89.3, 6.4,91.6, 5.2,93.4,
          smooth = true } },
        -- the wing from the crest to the spines, the acetabulum's rim, the pubic rami and the
        -- ischium, the pelvic brim on its inner side
        anterior = { {
          -5.6,100.6, -8.4,102.8, -11.4,103.6, -13.3,103.0, -13.6,101.0, -13.0,98.6, -11.6,96.2,
          -11.3,94.4, -10.6,92.0, -11.4,90.6, -12.4,89.2, -12.2,86.9, -11.0,85.2, -9.0,83.4,
          -7.4,81.7, -5.6,81.2, -3.6,82.4, -1.4,84.6, -0.5,85.6, -0.4,87.5, -1.6,87.9, -2.9,86.8,
          -5.0,88.2, -7.0,90.2, -7.4,92.4, -6.6,95.4, -5.0,98.0, smooth = true } },
        lateral_right = { {
          6.8,96.6, 5.0,99.8, 2.0,102.4, -2.5,103.5, -6.5,102.1, -9.2,98.7, -10.3,95.4, -9.8,94.0,
          -7.8,91.8, -5.6,88.8, -6.6,86.5, -6.2,83.0, -3.6,81.4, 0.0,81.6, 3.6,82.6, 7.4,85.0,
          7.6,87.5, 5.6,88.8, 4.6,90.2, 6.0,91.6, 6.2,93.5, 6.2,95.0, smooth = true } },
      },
      lines = {
        -- the obturator foramen; in the side view the rim of the acetabulum
        anterior = { { -4.8,84.0, -6.4,83.0, -8.2,84.2, -8.4,86.2, -6.6,87.2, -4.9,86.2, -4.8,84.0, smooth = true } },
        lateral_right = { { 3.2,89.0, 2.4,91.0, 0.6,91.6, -1.3,90.9, -2.0,89.0, -1.3,87.1, 0.6,86.4, 2.4,87.0, 3.2,89.0,
                            smooth = true } },
      },
    },
    -- the lower limb -----------------------------------------------------------------------
    {
      id = "femur", name = "Femur",
      landmarks = { "greater_trochanter", "adductor_tubercle" },
      outline = {
        -- head in the acetabulum, neck, greater trochanter, the shaft inclined toward the knee,
        -- the two condyles with the adductor tubercle above the medial one
        posterior = { {
          7.6,88.9, 8.2,90.6, 9.7,91.2, 11.3,90.6, 13.2,90.3, 14.6,91.0, 15.8,90.0, 16.2,87.6,
          15.5,84.8, 14.6,80.0, 13.6,72.0, 12.6,63.0, 12.3,56.0, 12.8,51.5, 12.6,47.5, 11.5,45.4,
          10.0,45.6, 8.6,46.3, 7.2,45.6, 5.6,45.3, 4.3,46.5, 3.8,48.5, 3.8,50.6, 4.8,54.0, 6.6,61.0,
          8.2,70.0, 9.3,78.0, 9.6,82.5, 9.0,84.2, 9.4,85.6, 8.7,87.0, smooth = true } },
        anterior = { {
          -7.6,88.9, -8.2,90.6, -9.7,91.2, -11.3,90.6, -13.2,90.3, -14.6,91.0, -15.8,90.0, -16.2,87.6,
          -15.5,84.8, -14.6,80.0, -13.6,72.0, -12.6,63.0, -12.3,56.0, -12.8,51.5, -12.6,47.5, -11.5,45.4,
          -10.0,45.6, -8.6,46.3, -7.2,45.6, -5.6,45.3, -4.3,46.5, -3.8,48.5, -3.8,50.6, -4.8,54.0, -6.6,61.0,
          -8.2,70.0, -9.3,78.0, -9.6,82.5, -9.0,84.2, -9.4,85.6, -8.7,87.0, smooth = true } },
        lateral_right = { {
          -1.8,90.6, 1.6,90.8, 2.4,88.0, 2.2,84.0, 2.0,75.0, 2.3,65.0, 2.4,56.0, 3.0,51.0, 3.2,47.5,
          2.4,45.2, 0.0,44.8, -2.6,44.9, -4.0,46.4, -3.8,49.5, -2.2,52.5, -1.4,58.0, -1.2,66.0,
          -1.4,75.0, -2.0,82.5, -2.4,86.5, smooth = true } },
      },
    },
    {
      id = "patella", name = "Patella",
      landmarks = { "patella" },
      outline = {
        anterior = { { -8.5,49.6, -10.3,48.8, -10.8,47.0, -10.1,45.1, -8.5,44.4, -6.9,45.1, -6.2,47.0, -6.7,48.8,
                       smooth = true } },
        lateral_right = { { 4.2,49.6, 5.6,49.3, 6.3,47.5, 6.0,45.3, 5.0,44.6, 4.2,45.6, 3.9,47.6, smooth = true } },
      },
    },
    {
      id = "tibia", name = "Tibia",
      landmarks = { "tibial_tuberosity", "tibial_crest", "medial_malleolus", "pes_anserinus" },
      outline = {
        anterior = { {
          -3.8,44.6, -8.0,45.0, -12.0,44.6, -12.0,42.6, -10.4,40.6, -9.6,36.0, -9.0,28.0, -8.6,20.0,
          -8.5,12.0, -9.0,8.6, -8.4,6.4, -6.0,6.2, -5.0,7.0, -4.5,8.6, -5.0,11.0, -5.4,18.0,
          -5.6,26.0, -5.2,33.0, -4.6,38.0, -4.0,41.0, smooth = true } },
        posterior = { {
          4.0,44.2, 8.0,44.6, 11.4,44.3, 11.8,42.6, 10.8,40.5, 9.4,35.0, 8.6,25.0, 8.4,15.0, 8.2,10.5,
          8.6,8.0, 7.6,6.6, 5.2,6.4, 4.8,7.2, 4.6,9.5, 4.9,13.0, 5.0,20.0, 4.6,30.0, 4.2,36.0,
          3.8,40.0, smooth = true } },
        lateral_right = { {
          3.2,44.4, 4.4,42.5, 5.0,40.3, 4.6,36.0, 3.8,30.0, 3.5,26.0, 3.0,18.0, 2.6,10.5, 2.8,7.4,
          1.8,6.0, -0.8,5.8, -1.2,7.8, -1.0,12.0, -1.2,20.0, -2.0,30.0, -2.6,38.0, -3.6,42.4,
          -4.0,44.2, smooth = true } },
      },
      lines = {
        -- the tibial crest, under the skin of the shin from the tuberosity down
        anterior = { { -8.6,40.3, -7.8,33.0, -7.4,26.0, -7.3,18.0, -7.0,12.0, smooth = true } },
      },
    },
    {
      id = "fibula", name = "Fibula",
      landmarks = { "fibular_head", "lateral_malleolus" },
      outline = {
        anterior = { {
          -11.6,44.2, -12.8,44.4, -13.0,43.0, -12.2,41.5, -11.4,35.0, -10.8,25.0, -10.4,15.0,
          -10.2,10.5, -10.9,8.2, -10.6,6.2, -9.6,6.0, -9.4,8.0, -9.7,10.5, -9.9,15.0, -10.2,25.0,
          -10.6,35.0, -11.2,41.0, -11.4,43.0, smooth = true } },
        posterior = { {
          11.6,44.2, 12.8,44.6, 13.0,43.4, 12.5,42.2, 12.0,38.0, 11.2,28.0, 10.6,18.0, 10.4,12.0,
          10.9,9.0, 10.8,6.5, 10.1,5.8, 9.4,6.8, 9.5,9.5, 9.7,13.0, 10.0,20.0, 10.5,30.0, 11.1,38.0,
          11.4,41.5, 11.3,43.2, smooth = true } },
        lateral_right = { {
          -1.4,44.0, -2.2,44.6, -3.2,44.2, -3.5,43.0, -3.2,41.6, -3.1,35.0, -3.0,25.0, -2.8,15.0,
          -2.6,9.0, -2.4,6.2, -1.4,5.6, -0.6,7.2, -1.0,9.0, -1.6,15.0, -2.0,25.0, -2.2,35.0,
          -2.4,40.5, -1.6,42.4, smooth = true } },
      },
    },
    {
      id = "foot", name = "Bones of the foot",
      landmarks = { "calcaneus", "navicular_tuberosity", "fifth_metatarsal_base", "first_metatarsal_head",
                    "fifth_metatarsal_head", "heel_medial" },
      outline = {
        -- the sole: calcaneus, navicular, cuboid, the five metatarsals, the two sesamoids under
        -- the head of the first
        foot_plantar = {
          { -9,0.95, -10.9,1.5, -11.75,3.4, -11.7,5.9, -11.35,8.1, -9.9,8.75, -8.15,8.1, -6.95,6.1, -6.7,3.6, -7.35,1.6, smooth = true },
          { -8.3,9.25, -6.6,9.2, -5.45,10.1, -5.55,11.1, -6.5,11.7, -8.3,11.5, -8.6,10.4, smooth = true },
          { -11.45,8.55, -9.6,9, -9.6,11.1, -11.2,11.6, -12.9,11.5, -12.75,9.7, smooth = true },
          { -7.64,12, -6.81,17.42, -6.95,18.34, -6.78,18.78, -6.42,19.07, -5.96,19.15, -5.52,18.98, -5.23,18.62, -5.15,18.16, -5.47,17.29, -5.76,11.8, smooth = true },
          { -8.97,12.31, -8.73,18.04, -8.97,18.66, -8.88,18.97, -8.65,19.19, -8.34,19.27, -8.03,19.18, -7.81,18.95, -7.73,18.64, -7.98,18.02, -7.93,12.29, smooth = true },
          { -10.34,12.18, -10.43,17.56, -10.68,18.13, -10.61,18.42, -10.41,18.64, -10.12,18.73, -9.83,18.66, -9.61,18.46, -9.52,18.17, -9.73,17.59, -9.36,12.22, smooth = true },
          { -11.74,11.96, -12,16.81, -12.26,17.35, -12.21,17.64, -12.02,17.86, -11.75,17.96, -11.46,17.91, -11.24,17.72, -11.14,17.45, -11.3,16.87, -10.76,12.04, smooth = true },
          { -13.41,11.85, -13.6,15.84, -13.83,16.4, -13.78,16.69, -13.58,16.92, -13.3,17.03, -13.01,16.98, -12.78,16.78, -12.67,16.5, -12.8,15.91, -12.29,11.95, smooth = true },
          { -5.22,17.75, -5.29,18.01, -5.48,18.18, -5.72,18.18, -5.91,18.01, -5.98,17.75, -5.91,17.49, -5.72,17.32, -5.48,17.32, -5.29,17.49, smooth = true },
          { -6.17,17.75, -6.24,18.01, -6.43,18.18, -6.67,18.18, -6.86,18.01, -6.93,17.75, -6.86,17.49, -6.67,17.32, -6.43,17.32, -6.24,17.49, smooth = true },
        },
        posterior = { { 6.0,5.0, 6.2,1.2, 7.6,0.4, 9.2,1.0, 9.6,4.2, 8.8,5.6, 7.4,5.8, smooth = true } },
        anterior = {
          { -3.6,4.9, -4.6,5.1, -5.3,4.4, -4.8,3.6, -3.8,3.7, smooth = true },
          { -11.2,2.9, -12.5,2.6, -12.6,1.8, -11.4,1.7, smooth = true },
        },
        lateral_right = {
          { -6.4,4.6, -6.6,2.6, -5.8,0.6, -2.8,0.4, 0.8,0.8, 2.6,1.8, 2.2,3.4, 0.0,4.6, -2.2,5.4,
            -4.6,5.4, smooth = true },
          { 4.0,2.4, 5.2,2.6, 9.0,1.8, 13.0,1.3, 13.4,0.7, 12.8,0.3, 9.0,0.6, 5.0,0.8, 3.8,1.2, smooth = true },
        },
      },
      lines = {
        -- the tuberosity at the base of the 5th metatarsal, where peroneus brevis inserts
        foot_plantar = { { -12.95,11.4, -13.55,11.75, -13.55,12.55, -13,12.7 } },
      },
    },
    -- the upper limb ---------------------------------------------------------------------
    {
      id = "humerus", name = "Humerus",
      landmarks = { "lateral_epicondyle", "medial_epicondyle" },
      outline = {
        posterior = { {
          16.6,137.0, 17.2,138.7, 18.8,139.3, 20.6,138.6, 21.4,136.6, 21.0,134.0, 21.4,128.0, 21.8,120.0,
          22.4,114.0, 23.6,110.5, 24.6,107.6, 24.4,106.4, 23.0,105.6, 21.6,106.2, 20.0,105.6, 18.6,106.4,
          17.9,107.6, 18.6,109.5, 19.6,113.0, 20.0,120.0, 19.9,128.0, 19.6,132.5, 18.4,134.4, 17.0,135.2,
          smooth = true } },
        anterior = { {
          -16.6,137.0, -17.2,138.7, -18.8,139.3, -20.6,138.6, -21.4,136.6, -21.0,134.0, -21.4,128.0, -21.8,120.0,
          -22.4,114.0, -23.6,110.5, -24.6,107.6, -24.4,106.4, -23.0,105.6, -21.6,106.2, -20.0,105.6, -18.6,106.4,
          -17.9,107.6, -18.6,109.5, -19.6,113.0, -20.0,120.0, -19.9,128.0, -19.6,132.5, -18.4,134.4, -17.0,135.2,
          smooth = true } },
      },
    },
    {
      id = "ulna", name = "Ulna",
      landmarks = { "olecranon", "ulnar_styloid" },
      outline = {
        posterior = { {
          21.2,107.4, 22.8,107.3, 23.0,105.4, 23.4,100.0, 24.6,92.0, 25.8,86.0, 26.6,83.8, 26.0,82.8,
          25.2,83.6, 24.6,86.0, 23.4,92.0, 22.2,100.0, 21.6,104.6, smooth = true } },
        anterior = { {
          -21.6,106.0, -22.6,105.6, -23.4,100.0, -24.6,92.0, -25.8,86.0, -26.6,83.8, -26.0,82.8,
          -25.2,83.6, -24.6,86.0, -23.4,92.0, -22.2,100.0, -21.4,104.4, smooth = true } },
      },
    },
    {
      id = "radius", name = "Radius",
      landmarks = { "radial_styloid" },
      outline = {
        posterior = { {
          23.4,105.6, 24.8,105.4, 25.0,103.4, 26.6,96.0, 28.6,89.0, 30.6,85.0, 31.6,83.0, 30.8,82.0,
          29.4,82.6, 28.8,84.6, 27.6,89.0, 25.8,96.0, 24.2,102.4, 23.6,104.0, smooth = true } },
        anterior = { {
          -23.4,105.6, -24.8,105.4, -25.0,103.4, -26.6,96.0, -28.6,89.0, -30.6,85.0, -31.6,83.0, -30.8,82.0,
          -29.4,82.6, -28.8,84.6, -27.6,89.0, -25.8,96.0, -24.2,102.4, -23.6,104.0, smooth = true } },
      },
    },
    -- the skull -------------------------------------------------------------------------
    {
      id = "skull", name = "Skull: mastoid process, occipital ridge, zygomatic arch",
      landmarks = { "mastoid", "inion", "zygomatic_arch" },
      outline = {
        posterior = { { 5.7,156.6, 6.7,156.5, 6.9,155.2, 6.3,154.4, 5.8,155.2, smooth = true } },
        lateral_right = {
          { -1.3,156.4, -2.5,155.8, -2.4,154.5, -1.8,154.3, -1.0,155.3, smooth = true },
          { 1.6,157.9, 4.0,158.0, 6.2,158.3, 6.4,157.4, 4.0,157.0, 1.6,157.0, smooth = true },
        },
        anterior = { { -6.5,158.4, -7.3,158.3, -7.4,157.2, -6.6,157.0, -6.1,157.7, smooth = true } },
      },
      lines = {
        -- the superior nuchal line from the inion out to the mastoid
        posterior = { { 0,157.5, 2.5,157.3, 4.8,156.6, 6.0,155.8, smooth = true } },
        lateral_right = { { -9.2,157.6, -6.6,156.9, -4.2,156.2, -2.4,155.6, smooth = true } },
      },
    },
  },
}
