-- areas.lua: the body surface of each view divided into named areas (the words feedback
-- uses: "you missed the right temple"). Bilateral areas are written for the subject's right
-- side (x < 0 anterior, x > 0 posterior) and mirrored by the loader; midline ones are whole.
-- Each view is cut into horizontal bands and each band into cells by shared vertical or
-- slanted lines (in the lateral view also by the outline of the hanging arm), so the areas
-- tile the figure without gaps; polygons reach past the silhouette, where nothing counts.
-- Lateral view: the shoulder, upper arm and elbow have their own areas inside the outline of
-- the hanging arm; below the elbow the forearm and hand lie over the flank, hip and thigh,
-- where that view's referred pain is drawn, so the areas there are named for the trunk and
-- leg (forearm and hand areas are in the front and back views).
return {
  areas = {
    { id = "vertex_region", name = "Vertex of the head", midline = true,
      anterior = {
        { -59,167.5, -59,173.5, 59,173.5, 59,167.5 },
      },
      posterior = {
        { 59,165, 59,173.5, -59,173.5, -59,165 },
      },
      lateral_right = {
        { -59,173.5, -59,165.5, 59,165.5, 59,173.5 },
      },
    },
    { id = "forehead", name = "Forehead", midline = true,
      anterior = {
        { -4.8,161.3, -4.8,167.5, 4.8,167.5, 4.8,161.3 },
      },
      lateral_right = {
        { 6.8,165.5, 6.8,161, 59,161, 59,165.5 },
      },
    },
    { id = "temple", name = "Temple",
      anterior = {
        { -4.8,167.5, -4.8,161.3, -5.8,161.3, -5.8,157.8, -7.55,157.8, -7.55,161.3, -59,161.3, -59,167.5 },
      },
      lateral_right = {
        { -6.5,165.5, -6.5,161, 0.4,161, 0.4,158.8, 5.8,158.8, 5.8,161, 6.8,161, 6.8,165.5 },
      },
    },
    { id = "nose", name = "Nose", midline = true,
      anterior = {
        { -1.3,155, -1.3,161.3, 1.3,161.3, 1.3,155 },
      },
      lateral_right = {
        { 8.9,158.8, 8.9,155.2, 59,155.2, 59,158.8 },
      },
    },
    { id = "orbit", name = "Eye and eyebrow",
      anterior = {
        { -1.3,161.3, -1.3,157.8, -5.8,157.8, -5.8,161.3 },
      },
      lateral_right = {
        { 5.8,161, 5.8,158.8, 59,158.8, 59,161 },
      },
    },
    { id = "ear", name = "Ear",
      anterior = {
        { -7.55,161.3, -7.55,157.8, -7.1,157.8, -7.1,155, -59,155, -59,161.3 },
      },
      posterior = {
        { 6.8,161, 6.8,157, 59,157, 59,161 },
      },
      lateral_right = {
        { -3.6,161, -3.6,158.8, -4,158.8, -4,155.2, 0.4,155.2, 0.4,161 },
      },
    },
    { id = "cheek", name = "Cheek",
      anterior = {
        { -1.3,157.8, -1.3,155, -2.6,155, -2.6,151.2, -5,151.2, -5,155, -7.1,155, -7.1,157.8 },
      },
      lateral_right = {
        { 0.4,158.8, 0.4,155.2, 5.5,155.2, 5.5,152, 8.6,152, 8.6,155.2, 8.9,155.2, 8.9,158.8 },
      },
    },
    { id = "mouth", name = "Mouth", midline = true,
      anterior = {
        { -2.6,151.2, -2.6,155, 2.6,155, 2.6,151.2 },
      },
      lateral_right = {
        { 8.6,155.2, 8.6,152, 59,152, 59,155.2 },
      },
    },
    { id = "jaw", name = "Jaw",
      anterior = {
        { -5,155, -5,151.2, -3,151.2, -3,148.8, -59,148.8, -59,155 },
      },
      lateral_right = {
        { -0.6,155.2, -0.6,152, 1,152, 1,147, 7.6,147, 7.6,152, 5.5,152, 5.5,155.2 },
      },
    },
    { id = "chin", name = "Chin", midline = true,
      anterior = {
        { -3,148.8, -3,151.2, 3,151.2, 3,148.8 },
      },
      lateral_right = {
        { 7.6,152, 7.6,147, 59,147, 59,152 },
      },
    },
    { id = "throat", name = "Throat", midline = true,
      anterior = {
        { -1.8,141.2, -1.8,148.8, 1.8,148.8, 1.8,141.2 },
      },
      lateral_right = {
        { 4.1,147, 4.1,143.5, 5,143.5, 5,140, 59,140, 59,147 },
      },
    },
    { id = "anterior_neck", name = "Anterior neck",
      anterior = {
        { -1.8,148.8, -1.8,141.2, -4.3,141.2, -4.3,148.8 },
      },
      lateral_right = {
        { 2.2,147, 2.2,143.5, 4.1,143.5, 4.1,147 },
      },
    },
    { id = "lateral_neck", name = "Lateral neck",
      anterior = {
        { -4.3,148.8, -4.3,145, -59,145, -59,148.8 },
      },
      posterior = {
        { 3.8,152.5, 3.8,146.5, 59,146.5, 59,152.5 },
      },
      lateral_right = {
        { -3,152, -3,143.5, 2.2,143.5, 2.2,147, 1,147, 1,152 },
      },
    },
    { id = "supraclavicular", name = "Supraclavicular region",
      anterior = {
        { -4.3,145, -4.3,141.2, -10,141.2, -10,145 },
      },
      lateral_right = {
        { 2.5,143.5, 2.5,140, 5,140, 5,143.5 },
      },
    },
    { id = "top_of_shoulder", name = "Top of the shoulder",
      anterior = {
        { -10,145, -10,141.2, -59,141.2, -59,145 },
      },
      posterior = {
        { 5,146.5, 5,141.5, 59,141.5, 59,146.5 },
      },
      lateral_right = {
        { -4.5,143.5, -4.5,140, 2.5,140, 2.5,143.5 },
      },
    },
    { id = "sternum", name = "Sternum", midline = true,
      anterior = {
        { -2,118, -2,141.2, 2,141.2, 2,118 },
      },
    },
    { id = "upper_chest", name = "Upper chest",
      anterior = {
        { -2,141.2, -2,136, -15.5,136, -15.5,141.2 },
      },
      lateral_right = {
        {
          1.88,140, 2.2,139.7, 2.55,139.32, 2.89,138.9, 3.21,138.45, 3.51,137.98, 3.77,137.49, 4,137, 4.19,136.49, 4.35,135.96,
          4.49,135.4, 4.59,134.83, 4.68,134.24, 4.7,134, 59,134, 59,140,
        },
      },
    },
    { id = "anterior_shoulder", name = "Anterior shoulder",
      anterior = {
        { -15.5,141.2, -15.5,136, -15,136, -15,129, -18.4,129, -18.4,124.5, -22.4,124.5, -22.4,129, -21.5,129, -21.5,141.2 },
      },
      lateral_right = {
        {
          0.8,140, 0.8,130, 4.55,130, 4.65,130.61, 4.73,131.27, 4.79,131.91, 4.8,132.5, 4.78,133.07, 4.74,133.65, 4.68,134.24,
          4.59,134.83, 4.49,135.4, 4.35,135.96, 4.19,136.49, 4,137, 3.77,137.49, 3.51,137.98, 3.21,138.45, 2.89,138.9, 2.55,139.32,
          2.2,139.7, 1.88,140,
        },
      },
    },
    { id = "lateral_deltoid", name = "Lateral deltoid",
      anterior = {
        { -21.5,141.2, -21.5,129, -22.4,129, -22.4,124.5, -59,124.5, -59,141.2 },
      },
      posterior = {
        { 21.5,141.5, 21.5,129, 22.4,129, 22.4,124.5, 59,124.5, 59,141.5 },
      },
      lateral_right = {
        { -1.8,140, -1.8,130, -2.4,130, -2.4,124, 1.2,124, 1.2,130, 0.8,130, 0.8,140 },
      },
    },
    { id = "pectoral", name = "Pectoral region",
      anterior = {
        { -2,136, -2,118, -7.5,118, -7.5,129, -15,129, -15,136 },
      },
      lateral_right = {
        {
          4.7,134, 4.74,133.65, 4.78,133.07, 4.8,132.5, 4.79,131.91, 4.73,131.27, 4.65,130.61, 4.55,129.97, 4.44,129.36, 4.34,128.81,
          4.26,128.35, 4.2,128, 4.23,127.5, 59,127.5, 59,134,
        },
      },
    },
    { id = "breast", name = "Breast",
      anterior = {
        { -7.5,129, -7.5,118, -12.3,118, -12.3,129 },
      },
      lateral_right = {
        {
          4.23,127.5, 4.25,127.33, 4.28,126.88, 4.31,126.38, 4.35,125.82, 4.37,125.23, 4.39,124.62, 4.4,124, 4.4,123.35, 4.39,122.64,
          4.38,121.9, 4.36,121.13, 4.34,120.34, 4.26,118.76, 4.24,118.5, 59,118.5, 59,127.5,
        },
      },
    },
    { id = "lateral_chest", name = "Lateral chest",
      anterior = {
        { -12.3,129, -12.3,118, -10.5,118, -10.5,111.5, -15.5,111.5, -15.46,118, -15.4,129 },
      },
      posterior = {
        { 11.5,125.5, 11.5,111, 15.51,111, 15.5,111.5, 15.42,125.5 },
      },
    },
    { id = "epigastrium", name = "Epigastrium", midline = true,
      anterior = {
        { -4.5,104, -4.5,118, 4.5,118, 4.5,104 },
      },
    },
    { id = "upper_abdomen", name = "Upper abdomen",
      anterior = {
        { -4.5,118, -4.5,104, -10.5,104, -10.5,118 },
      },
      lateral_right = {
        {
          4.24,118.5, 4.2,118, 4.13,117.24, 4.04,116.46, 3.94,115.68, 3.84,114.91, 3.73,114.14, 3.61,113.39, 3.5,112.68, 3.4,112,
          3.29,111.36, 3.16,110.75, 3.03,110.16, 2.9,109.59, 2.78,109.05, 2.69,108.52, 2.62,108, 59,108, 59,118.5,
        },
      },
    },
    { id = "flank", name = "Flank",
      anterior = {
        { -10.5,111.5, -10.5,104, -12,104, -12,99, -16.92,99, -15.7,103.5, -15.69,104, -15.5,111.5 },
      },
      posterior = {
        { 11,111, 11,103.5, 15.7,103.5, 15.51,111 },
      },
    },
    { id = "umbilical", name = "Umbilical region", midline = true,
      anterior = {
        { -4,99, -4,104, 4,104, 4,99 },
      },
      lateral_right = {
        { 8,108, 8,103, 8.2,103, 8.2,97.5, 59,97.5, 59,108 },
      },
    },
    { id = "lateral_abdomen", name = "Lateral abdomen",
      anterior = {
        { -4,104, -4,99, -12,99, -12,104 },
      },
      lateral_right = {
        {
          2.62,108, 2.6,107.5, 2.63,107.02, 2.69,106.59, 2.8,106.18, 2.92,105.78, 3.05,105.38, 3.18,104.96, 3.3,104.5, 3.4,104,
          3.48,103.45, 3.54,103, 2.5,103, 2.5,97.5, 8.2,97.5, 8.2,103, 8,103, 8,108,
        },
      },
    },
    { id = "lower_abdomen", name = "Lower abdomen",
      anterior = {
        { 0,99, 0,92.5, -9,92.5, -9,99 },
      },
      lateral_right = {
        { 6.5,97.5, 6.5,92, 59,92, 59,97.5 },
      },
    },
    { id = "anterior_hip", name = "Anterior hip",
      anterior = {
        { -9,99, -9,92.5, -9.5,92.5, -9.5,86, -14,86, -14,92.5, -18.69,92.5, -16.92,99 },
      },
      lateral_right = {
        { 2,97.5, 2,92, 3.5,92, 3.5,83, 7,83, 7,92, 6.5,92, 6.5,97.5 },
      },
    },
    { id = "suprapubic", name = "Suprapubic region", midline = true,
      anterior = {
        { -2.2,80, -2.2,86, -3,86, -3,92.5, 3,92.5, 3,86, 2.2,86, 2.2,80 },
      },
    },
    { id = "groin", name = "Groin",
      anterior = {
        { -3,92.5, -3,86, -2.2,86, -2.2,80, -7,80, -7,86, -9.5,86, -9.5,92.5 },
      },
      lateral_right = {
        { 7,92, 7,83, 59,83, 59,92 },
      },
    },
    { id = "greater_trochanter", name = "Greater trochanter",
      anterior = {
        { -14,92.5, -14,80, -21,80, -21,84, -20.46,86, -18.69,92.5 },
      },
      posterior = {
        { 13.2,92, 13.2,83, 21,83, 21,84, 19.64,89, 18.83,92 },
      },
      lateral_right = {
        { -4,92, -4,83, 3.5,83, 3.5,92 },
      },
    },
    { id = "anterior_thigh", name = "Anterior thigh",
      anterior = {
        { -7,86, -7,80, -5.8,80, -5.8,60, -5.6,60, -5.6,54, -12,54, -12,80, -14,80, -14,86 },
      },
      lateral_right = {
        { 4,83, 4,53, 59,53, 59,83 },
      },
    },
    { id = "medial_thigh", name = "Medial thigh",
      anterior = {
        { 0,80, 0,54, -5.6,54, -5.6,60, -5.8,60, -5.8,80 },
      },
      posterior = {
        { 0,79, 0,53, 5.2,53, 5.2,79 },
      },
    },
    { id = "lateral_thigh", name = "Lateral thigh",
      anterior = {
        { -12,80, -12,54, -59,54, -59,60, -21,60, -21,80 },
      },
      posterior = {
        { 12.5,83, 12.5,79, 12.3,79, 12.3,53, 59,53, 59,60, 21,60, 21,83 },
      },
      lateral_right = {
        { -4,83, -4,53, 4,53, 4,83 },
      },
    },
    { id = "medial_knee", name = "Medial knee",
      anterior = {
        { 0,54, 0,40, -5.6,40, -5.6,54 },
      },
      posterior = {
        { 0,53, 0,41, 5,41, 5,53 },
      },
    },
    { id = "anterior_knee", name = "Anterior knee",
      anterior = {
        { -5.6,54, -5.6,40, -11.4,40, -11.4,54 },
      },
      lateral_right = {
        { 3.6,53, 3.6,41, 59,41, 59,53 },
      },
    },
    { id = "lateral_knee", name = "Lateral knee",
      anterior = {
        { -11.4,54, -11.4,40, -59,40, -59,54 },
      },
      posterior = {
        { 11.5,53, 11.5,41, 59,41, 59,53 },
      },
      lateral_right = {
        { -3,53, -3,41, 3.6,41, 3.6,53 },
      },
    },
    { id = "medial_leg", name = "Medial leg",
      anterior = {
        { 0,40, 0,11, -5,11, -5,40 },
      },
    },
    { id = "shin", name = "Shin",
      anterior = {
        { -5,40, -5,11, -9.3,11, -9.3,40 },
      },
      lateral_right = {
        { 2.2,41, 2.2,17, 2,17, 2,10.5, 59,10.5, 59,41 },
      },
    },
    { id = "lateral_leg", name = "Lateral leg",
      anterior = {
        { -9.3,40, -9.3,11, -59,11, -59,40 },
      },
      posterior = {
        { 9.6,41, 9.6,16, 59,16, 59,41 },
      },
      lateral_right = {
        { -2.8,41, -2.8,17, -3,17, -3,10.5, 2,10.5, 2,17, 2.2,17, 2.2,41 },
      },
    },
    { id = "medial_ankle", name = "Medial ankle",
      anterior = {
        { 0,11, 0,4.5, -5.6,4.5, -5.6,11 },
      },
      posterior = {
        { 0,16, 0,8, 5.6,8, 5.6,16 },
      },
    },
    { id = "ankle", name = "Front of the ankle",
      anterior = {
        { -5.6,11, -5.6,4.5, -9.6,4.5, -9.6,11 },
      },
      lateral_right = {
        { 1.2,10.5, 1.2,4, 6,4, 6,10.5 },
      },
    },
    { id = "lateral_ankle", name = "Lateral ankle",
      anterior = {
        { -9.6,11, -9.6,4.5, -59,4.5, -59,11 },
      },
      posterior = {
        { 9.8,16, 9.8,8, 59,8, 59,16 },
      },
      lateral_right = {
        { -3.6,10.5, -3.6,4, 1.2,4, 1.2,10.5 },
      },
    },
    { id = "foot_dorsum", name = "Top of the foot",
      anterior = {
        { 0,4.5, 0,1.6, -59,1.6, -59,4.5 },
      },
      lateral_right = {
        { 6,10.5, 6,4, 9.5,4, 9.5,1.2, 14.5,1.2, 14.5,4, 59,4, 59,10.5 },
      },
    },
    { id = "toes", name = "Toes",
      anterior = {
        { 0,1.6, 0,-1.5, -59,-1.5, -59,1.6 },
      },
      lateral_right = {
        { 14.5,4, 14.5,1.2, 59,1.2, 59,4 },
      },
    },
    { id = "medial_arm", name = "Medial arm",
      anterior = {
        { -15.4,129, -15.43,124.5, -15.5,111.5, -18.6,111.5, -18.6,124.5, -18.4,124.5, -18.4,129 },
      },
      posterior = {
        { 15.4,129, 15.43,124.5, 15.5,111.5, 18.6,111.5, 18.6,124.5, 18.4,124.5, 18.4,129 },
      },
    },
    { id = "anterior_arm", name = "Anterior arm",
      anterior = {
        { -18.6,124.5, -18.6,111.5, -22.6,111.5, -22.6,124.5 },
      },
      lateral_right = {
        {
          1.2,130, 1.2,124, 1.5,124, 1.5,111, 3.21,111, 3.29,111.36, 3.4,112, 3.5,112.68, 3.61,113.39, 3.73,114.14,
          3.84,114.91, 3.94,115.68, 4.04,116.46, 4.13,117.24, 4.2,118, 4.26,118.76, 4.34,120.34, 4.36,121.13, 4.38,121.9, 4.39,122.64,
          4.4,123.35, 4.4,124, 4.39,124.62, 4.37,125.23, 4.35,125.82, 4.31,126.38, 4.28,126.88, 4.25,127.33, 4.2,128, 4.26,128.35,
          4.34,128.81, 4.44,129.36, 4.55,129.97, 4.55,130,
        },
      },
    },
    { id = "lateral_arm", name = "Lateral arm",
      anterior = {
        { -22.6,124.5, -22.6,111.5, -59,111.5, -59,124.5 },
      },
      posterior = {
        { 22.6,124.5, 22.6,111.5, 59,111.5, 59,124.5 },
      },
      lateral_right = {
        { -2.5,124, -2.5,111, 1.5,111, 1.5,124 },
      },
    },
    { id = "medial_elbow", name = "Medial elbow",
      anterior = {
        { -15.5,111.5, -15.7,103.5, -19.4,103.5, -19.4,111.5 },
      },
      posterior = {
        { 15.5,111.5, 15.7,103.5, 19.4,103.5, 19.4,111.5 },
      },
    },
    { id = "cubital_fossa", name = "Antecubital fossa",
      anterior = {
        { -19.4,111.5, -19.4,103.5, -23.4,103.5, -23.4,111.5 },
      },
      lateral_right = {
        {
          1.2,111, 1.2,103, 3.54,103, 3.48,103.45, 3.4,104, 3.3,104.5, 3.18,104.96, 3.05,105.38, 2.92,105.78, 2.8,106.18,
          2.69,106.59, 2.63,107.02, 2.6,107.5, 2.62,108, 2.69,108.52, 2.78,109.05, 2.9,109.59, 3.03,110.16, 3.16,110.75, 3.21,111,
        },
      },
    },
    { id = "lateral_elbow", name = "Lateral elbow",
      anterior = {
        { -23.4,111.5, -23.4,103.5, -59,103.5, -59,111.5 },
      },
      posterior = {
        { 23.4,111.5, 23.4,103.5, 59,103.5, 59,111.5 },
      },
      lateral_right = {
        { -3,111, -3,103, 1.2,103, 1.2,111 },
      },
    },
    { id = "volar_forearm_ulnar", name = "Volar forearm, ulnar side",
      anterior = {
        { -15.7,103.5, -21,84, -28,84, -22,103.5 },
      },
    },
    { id = "volar_forearm_radial", name = "Volar forearm, radial side",
      anterior = {
        { -22,103.5, -28,84, -59,84, -59,103.5 },
      },
    },
    -- the wrist in two surfaces, as the forearm: a band "more dorsal than volar" (subscapularis) is
    -- then named for what it is
    { id = "volar_wrist", name = "Volar wrist",
      anterior = {
        { -21,84, -21,80.8, -59,80.8, -59,84 },
      },
    },
    { id = "dorsal_wrist", name = "Back of the wrist",
      posterior = {
        { 21,84, 21,80.8, 59,80.8, 59,84 },
      },
    },
    { id = "palm", name = "Palm",
      anterior = {
        { -21,80.8, -21,72, -33.45,72, -33.45,74.2, -31.9,79, -31.3,80.8 },
      },
    },
    { id = "thumb", name = "Thumb",
      anterior = {
        { -31.3,80.8, -31.9,79, -33.45,74.2, -33.45,72, -59,72, -59,80.8 },
      },
      posterior = {
        { 31.3,80.8, 31.9,79, 33.45,74.2, 33.45,72, 59,72, 59,80.8 },
      },
    },
    -- each finger by name (palmar side from the front, dorsal from the back), cut at the chart's
    -- finger lines (body.lua details) so ED, FDS/FDP or the scalenes name the fingers they reach
    { id = "index_finger", name = "Index finger",
      anterior = {
        { -31.4,72, -31.4,60, -59,60, -59,72 },
      },
      posterior = {
        { 31.4,72, 31.4,60, 59,60, 59,72 },
      },
    },
    { id = "middle_finger", name = "Middle finger",
      anterior = {
        { -28.85,72, -28.85,60, -31.4,60, -31.4,72 },
      },
      posterior = {
        { 28.85,72, 28.85,60, 31.4,60, 31.4,72 },
      },
    },
    { id = "ring_finger", name = "Ring finger",
      anterior = {
        { -26.85,72, -26.85,60, -28.85,60, -28.85,72 },
      },
      posterior = {
        { 26.85,72, 26.85,60, 28.85,60, 28.85,72 },
      },
    },
    { id = "little_finger", name = "Little finger",
      anterior = {
        { -21,72, -21,60, -26.85,60, -26.85,72 },
      },
      posterior = {
        { 21,72, 21,60, 26.85,60, 26.85,72 },
      },
    },
    { id = "occiput", name = "Occiput", midline = true,
      posterior = {
        {
          4,152.5, 4,157, 6.8,157, 6.8,161, 59,161, 59,165, -59,165, -59,161, -6.8,161, -6.8,157,
          -4,157, -4,152.5,
        },
      },
      lateral_right = {
        { -59,165.5, -59,152, -4.6,152, -4.6,155.2, -4,155.2, -4,158.8, -3.6,158.8, -3.6,161, -6.5,161, -6.5,165.5 },
      },
    },
    { id = "mastoid", name = "Mastoid region",
      posterior = {
        { 4,157, 4,152.5, 59,152.5, 59,157 },
      },
      lateral_right = {
        { -4.6,155.2, -4.6,152, -0.6,152, -0.6,155.2 },
      },
    },
    { id = "posterior_neck", name = "Posterior neck",
      posterior = {
        { 0,152.5, 0,141.5, 5,141.5, 5,146.5, 3.8,146.5, 3.8,152.5 },
      },
      lateral_right = {
        { -59,152, -59,143.5, -3,143.5, -3,152 },
      },
    },
    { id = "thoracic_spine", name = "Thoracic spine", midline = true,
      posterior = {
        { 1.8,111, 1.8,141.5, -1.8,141.5, -1.8,111 },
      },
    },
    { id = "interscapular", name = "Interscapular region",
      posterior = {
        { 1.8,141.5, 1.8,125.5, 8.4,125.5, 7.6,129, 6.61,138.5, 6.3,141.5 },
      },
    },
    { id = "suprascapular", name = "Suprascapular region",
      posterior = {
        { 6.3,141.5, 6.61,138.5, 17,138.5, 17,141.5 },
      },
      lateral_right = {
        {
          -59,143.5, -59,136.5, -5.46,136.5, -5.41,136.67, -5.23,137.2, -5.03,137.71, -4.8,138.18, -4.56,138.61, -4.3,139, -4.01,139.35,
          -3.7,139.66, -3.24,140, -4.5,140, -4.5,143.5,
        },
      },
    },
    { id = "posterior_shoulder", name = "Posterior shoulder",
      posterior = {
        { 17,141.5, 17,138.5, 15,138.5, 15,129, 18.4,129, 18.4,124.5, 22.4,124.5, 22.4,129, 21.5,129, 21.5,141.5 },
      },
      lateral_right = {
        {
          -3.24,140, -3.7,139.66, -4.01,139.35, -4.3,139, -4.56,138.61, -4.8,138.18, -5.03,137.71, -5.23,137.2, -5.41,136.67, -5.57,136.12,
          -5.7,135.56, -5.8,135, -5.87,134.44, -5.89,133.87, -5.89,133.29, -5.86,132.69, -5.82,132.07, -5.78,131.41, -5.73,130.73, -5.7,130,
          -1.8,130, -1.8,140,
        },
      },
    },
    { id = "scapula", name = "Scapula",
      posterior = {
        { 6.61,138.5, 7.6,129, 8.4,125.5, 15.42,125.5, 15.4,129, 15,129, 15,138.5 },
      },
      lateral_right = {
        {
          -59,136.5, -59,127, -5.57,127, -5.59,127.52, -5.63,128.39, -5.67,129.22, -5.7,130, -5.73,130.73, -5.78,131.41, -5.82,132.07,
          -5.86,132.69, -5.89,133.29, -5.89,133.87, -5.87,134.44, -5.8,135, -5.7,135.56, -5.57,136.12, -5.46,136.5,
        },
      },
    },
    { id = "mid_back", name = "Mid back",
      posterior = {
        { 1.8,125.5, 1.8,111, 11.5,111, 11.5,125.5 },
      },
      lateral_right = {
        {
          -59,127, -59,113, -5.2,113, -5.21,113.06, -5.23,113.76, -5.26,114.48, -5.28,115.23, -5.3,116, -5.32,116.8, -5.33,117.64,
          -5.34,118.52, -5.34,119.41, -5.36,121.21, -5.38,122.11, -5.4,123, -5.43,123.89, -5.51,125.71, -5.55,126.63, -5.57,127,
        },
      },
    },
    { id = "lumbar_spine", name = "Lumbar spine", midline = true,
      posterior = {
        { 1.8,98.5, 1.8,111, -1.8,111, -1.8,98.5 },
      },
    },
    { id = "low_back", name = "Low back",
      posterior = {
        { 1.8,111, 1.8,98.5, 7.5,98.5, 7.5,103.5, 11,103.5, 11,111 },
      },
      lateral_right = {
        {
          -59,113, -59,97.5, -7,97.5, -7,103, -4.9,103, -4.92,103.55, -4.93,104.04, -4.93,104.47, -4.92,104.88, -4.91,105.26,
          -4.9,105.65, -4.89,106.06, -4.9,106.5, -4.92,106.97, -4.94,107.43, -4.96,107.9, -4.99,108.38, -5.02,108.87, -5.05,109.38, -5.07,109.92,
          -5.1,110.5, -5.13,111.11, -5.15,111.73, -5.18,112.39, -5.2,113,
        },
      },
    },
    { id = "iliac_crest", name = "Iliac crest",
      posterior = {
        { 7.5,103.5, 7.5,98.5, 17.06,98.5, 15.7,103.5 },
      },
      lateral_right = {
        { -7,103, -7,97.5, 2.5,97.5, 2.5,103 },
      },
    },
    { id = "coccyx", name = "Coccyx", midline = true,
      posterior = {
        { 1.6,85, 1.6,89, -1.6,89, -1.6,85 },
      },
    },
    { id = "sacroiliac_joint", name = "Sacroiliac joint",
      posterior = {
        { 4.2,98.5, 4.2,90.5, 6.8,90.5, 6.8,98.5 },
      },
    },
    { id = "gluteal_fold", name = "Gluteal fold",
      posterior = {
        { 0,81.6, 0,79, 12.5,79, 12.5,81.6 },
      },
    },
    { id = "sacrum", name = "Sacrum", midline = true,
      posterior = {
        { 2.2,89, 2.2,92, 4.2,92, 4.2,98.5, -4.2,98.5, -4.2,92, -2.2,92, -2.2,89 },
      },
    },
    { id = "upper_buttock", name = "Upper buttock",
      posterior = {
        { 6.8,98.5, 6.8,92, 12.8,92, 12.8,98.5 },
      },
    },
    { id = "lateral_hip", name = "Lateral hip",
      posterior = {
        { 12.8,98.5, 12.8,92, 18.83,92, 17.06,98.5 },
      },
      lateral_right = {
        { -9,97.5, -9,92, -8,92, -8,83, -4,83, -4,92, 2,92, 2,97.5 },
      },
    },
    { id = "buttock", name = "Buttock",
      posterior = {
        { 2.2,92, 2.2,89, 1.6,89, 1.6,85, 0,85, 0,81.6, 12.5,81.6, 12.5,83, 13.2,83, 13.2,92, 6.8,92, 6.8,90.5, 4.2,90.5, 4.2,92 },
      },
      lateral_right = {
        { -59,97.5, -59,83, -8,83, -8,92, -9,92, -9,97.5 },
      },
    },
    { id = "posterior_thigh", name = "Posterior thigh",
      posterior = {
        { 5.2,79, 5.2,53, 12.3,53, 12.3,79 },
      },
      lateral_right = {
        { -59,83, -59,53, -4,53, -4,83 },
      },
    },
    { id = "popliteal", name = "Back of the knee",
      posterior = {
        { 5,53, 5,41, 11.5,41, 11.5,53 },
      },
      lateral_right = {
        { -59,53, -59,41, -3,41, -3,53 },
      },
    },
    { id = "calf", name = "Calf",
      posterior = {
        { 0,41, 0,16, 9.6,16, 9.6,41 },
      },
      lateral_right = {
        { -59,41, -59,17, -2.8,17, -2.8,41 },
      },
    },
    { id = "achilles", name = "Achilles tendon",
      posterior = {
        { 5.6,16, 5.6,8, 9.8,8, 9.8,16 },
      },
      lateral_right = {
        { -59,17, -59,10.5, -3,10.5, -3,17 },
      },
    },
    { id = "heel", name = "Heel",
      posterior = {
        { 0,8, 0,-1.5, 59,-1.5, 59,8 },
      },
      lateral_right = {
        { -59,10.5, -59,1.2, -3,1.2, -3,4, -3.6,4, -3.6,10.5 },
      },
      foot_plantar = {
        { -30,-1.9, -8,-1.9, -8,7, -30,7, },
      },
    },
    { id = "posterior_arm", name = "Posterior arm",
      posterior = {
        { 18.6,124.5, 18.6,111.5, 22.6,111.5, 22.6,124.5 },
      },
      lateral_right = {
        {
          -5.7,130, -5.67,129.22, -5.63,128.39, -5.59,127.52, -5.55,126.63, -5.51,125.71, -5.47,124.8, -5.43,124, -5.43,123.89, -5.4,123,
          -5.38,122.11, -5.36,121.21, -5.34,119.41, -5.34,118.52, -5.33,117.64, -5.32,116.8, -5.3,116, -5.28,115.23, -5.26,114.48, -5.23,113.76,
          -5.21,113.06, -5.18,112.39, -5.15,111.73, -5.13,111.11, -5.12,111, -2.5,111, -2.5,124, -2.4,124, -2.4,130,
        },
      },
    },
    { id = "olecranon", name = "Olecranon",
      posterior = {
        { 19.4,111.5, 19.4,103.5, 23.4,103.5, 23.4,111.5 },
      },
      lateral_right = {
        {
          -5.12,111, -5.1,110.5, -5.07,109.92, -5.05,109.38, -5.02,108.87, -4.99,108.38, -4.96,107.9, -4.94,107.43, -4.92,106.97, -4.9,106.5,
          -4.89,106.06, -4.9,105.65, -4.91,105.26, -4.92,104.88, -4.93,104.47, -4.93,104.04, -4.92,103.55, -4.9,103, -3,103, -3,111,
        },
      },
    },
    { id = "dorsal_forearm_ulnar", name = "Dorsal forearm, ulnar side",
      posterior = {
        { 15.7,103.5, 21,84, 28,84, 22,103.5 },
      },
    },
    { id = "dorsal_forearm_radial", name = "Dorsal forearm, radial side",
      posterior = {
        { 22,103.5, 28,84, 59,84, 59,103.5 },
      },
    },
    { id = "hand_dorsum", name = "Back of the hand",
      posterior = {
        { 21,80.8, 21,72, 33.45,72, 33.45,74.2, 31.9,79, 31.3,80.8 },
      },
    },
    { id = "lateral_foot", name = "Lateral foot",
      lateral_right = {
        { -3,4, -3,1.2, 9.5,1.2, 9.5,4 },
      },
      foot_plantar = {
        { -30,7, -11.3,7, -11.3,15.01, -13.9,14.4, -30,14.4, },
      },
    },
    { id = "sole", name = "Sole",
      lateral_right = {
        { -59,1.2, -59,-1.5, 59,-1.5, 59,1.2 },
      },
      foot_plantar = {
        { -11.3,7, -7.6,7, -7.6,15.59, -10.5,15.2, -11.3,15.01, },
      },
    },
    -- the regional views (issue 13). foot_plantar: each toe, the ball under the metatarsal
    -- heads, the midfoot in three strips (instep = the medial arch, sole, lateral border) and
    -- the heel with its medial part (the medial calcaneal tubercle) apart
    { id = "big_toe", name = "Big toe",
      foot_plantar = {
        { -7.25,20.5, -0.5,20.2, -0.5,29, -7.25,29, },
      },
    },
    { id = "second_toe", name = "Second toe",
      foot_plantar = {
        { -9.15,20.3, -7.25,20.5, -7.25,29, -9.15,29, },
      },
    },
    { id = "third_toe", name = "Third toe",
      foot_plantar = {
        { -10.95,19.85, -9.15,20.3, -9.15,29, -10.95,29, },
      },
    },
    { id = "fourth_toe", name = "Fourth toe",
      foot_plantar = {
        { -12.62,19.35, -10.95,19.85, -10.95,29, -12.62,29, },
      },
    },
    { id = "little_toe", name = "Little toe",
      foot_plantar = {
        { -30,18.6, -12.62,19.35, -12.62,29, -30,29, },
      },
    },
    { id = "ball_of_foot", name = "Ball of the foot",
      foot_plantar = {
        { -0.5,20.2, -7.25,20.5, -9.15,20.3, -10.95,19.85, -12.62,19.35, -30,18.6, -30,14.4, -13.9,14.4, -10.5,15.2, -7.5,15.6, -0.5,15.4, },
      },
    },
    { id = "instep", name = "Instep",
      foot_plantar = {
        { -7.6,7, -0.5,7, -0.5,15.4, -7.5,15.6, -7.6,15.59, },
      },
    },
    { id = "medial_heel", name = "Medial heel",
      foot_plantar = {
        { -8,-1.9, -0.5,-1.9, -0.5,7, -8,7, },
      },
    },
  },
}
