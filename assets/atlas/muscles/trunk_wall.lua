-- Muscles of the trunk wall (muscles-upper, second wave): serratus posterior superior and
-- inferior, external and internal oblique, transversus abdominis, the intercostals, the
-- diaphragm, sternalis and subclavius, with their trigger points and referred-pain zones. Body
-- space in cm (docs/atlas-format.md), subject's right side; the rib cage sits on body.lua's
-- landmarks (sternal notch 140, xiphoid 117.5, lowest costal margin (-12.6, 107.5), tip of the
-- 12th rib (10.2, 112.6), T12 at 115) and the inguinal ligament runs from the ASIS to the pubic
-- tubercle. Zones are redrawn in our own coordinates after the charts of Travell & Simons
-- vol. 1; the intercostals and the diaphragm are charted schematically, as there.

local TS = "Travell & Simons, Myofascial Pain and Dysfunction: The Trigger Point Manual, vol. 1 (upper half of body), 2nd ed. 1999, "
local DON = "Donnelly et al., Travell, Simons & Simons' Myofascial Pain and Dysfunction, 3rd ed. 2019"
local DAV5 = "Davies & Davies, The Trigger Point Therapy Workbook, 3rd ed. 2013, ch. 5 (shoulder, upper back and upper arm pain)"
local DAV7 = "Davies & Davies, The Trigger Point Therapy Workbook, 3rd ed. 2013, ch. 7 (chest and abdominal pain)"
local DAV8 = "Davies & Davies, The Trigger Point Therapy Workbook, 3rd ed. 2013, ch. 8 (mid-back, low back and buttock pain)"
local NAM = "NAMTPT symptom checker (check.myofascialtherapy.org), "
local NA = "Niel-Asher, The Concise Book of Trigger Points, 2nd ed. 2008"

-- Shared shapes: the front of the shoulder, the thumb along its palm or back side, the groin
-- along the inguinal ligament.
local FRONT_SHOULDER_ANT = { -18.6,130.6, -21.8,130.4, -23.0,134.4, -21.6,138.2, -18.6,138.0, -17.6,134.2, smooth = true }
local THUMB_ANT = { -31.8,80.6, -33.0,78.8, -34.0,76.4, -34.4,74.4, -34.1,73.1, -33.7,73.6, -33.3,75.4, -32.4,77.8, -31.3,80.0, smooth = true }
local THUMB_POST = { 31.8,80.6, 33.0,78.8, 34.0,76.4, 34.4,74.4, 34.1,73.1, 33.7,73.6, 33.3,75.4, 32.4,77.8, 31.3,80.0, smooth = true }
local GROIN_ANT = { -2.6,85.2, -5.6,86.4, -9.0,88.6, -11.4,91.4, -10.6,92.8, -8.0,91.2, -4.8,89.4, -2.2,88.4, smooth = true }

return {
  muscles = {
    {
      id = "serratus_posterior_superior",
      name = "Serratus posterior superior",
      region = "back",
      layer = "intermediate",
      palpation = {
        text = "Patient seated, leaning slightly forward with the arms crossed in front or hanging "
          .. "between the knees, so the scapula slides away from the spine. The muscle runs from the "
          .. "spinous processes of C7-T3 down and out to ribs 2-5, under the rhomboids and, in the rest "
          .. "position, under the upper part of the scapula. With the scapula drawn aside, press flat "
          .. "against the ribs just lateral to the medial border at the level of its upper half.",
        position = "seated",
        technique = "flat",
        landmarks = { "scapula_superior_angle", "scapula_medial_border" },
        steps = {
          "Cross the arms in front so the scapula slides away from the spine.",
          "Find the superior angle and the medial border of the scapula.",
          "Press flat against the ribs just lateral to the uncovered medial border, at the level of its upper half.",
        },
      },
      sources = { TS .. "chapter on the serratus posterior superior", DON .. ", chapter on the serratus posterior superior",
        DAV5, NAM .. "serratus posterior superior", "Kent, Trigger points and treatment of the serratus posterior superior, Massage Today 2009" },
      outline = {
        posterior = { { 0.3,146.2, 0.3,138.2, 3.0,135.6, 6.6,132.2, 9.6,130.0, 10.6,131.4, 10.0,134.6, 7.6,138.6, 4.6,142.2,
          2.2,145.0, smooth = true } },
      },
      trps = {
        {
          id = "serratus_posterior_superior_1", name = "Serratus posterior superior TrP",
          frequency = "common",
          at = { posterior = { 8.4, 134.2 } },
          essential = {
            hand_dorsal = { { 16.3,16, 16.4,18.1, 16.5,19.7, 16.35,20.5, 16.05,20.7, 15.7,20.55, 15.4,19.8, 15.25,18.2, 15.05,16.3, smooth = true }, { 13,7, 15.6,7.2, 16.2,10.4, 16.2,13.4, 13.2,14.8, smooth = true } },
            hand_palmar = { { -16.3,16, -16.4,18.1, -16.5,19.7, -16.35,20.5, -16.05,20.7, -15.7,20.55, -15.4,19.8, -15.25,18.2, -15.05,16.3, smooth = true }, { -12.9,11, -15.8,10.8, -16.1,13.6, -15,15.6, -13,16 } },
            posterior = {
              { 7.4,132.4, 11.8,131.6, 14.6,134.0, 13.8,138.2, 9.8,139.0, 7.4,137.0, smooth = true },
              { 18.6,132.0, 22.4,131.6, 23.6,134.6, 22.2,137.4, 19.4,137.0, smooth = true },
              { 17.8,129.4, 20.6,129.8, 21.0,122.0, 21.4,113.0, 22.6,107.4, 21.6,104.8, 20.2,106.4, 19.0,113.0, 18.0,122.0, smooth = true },
              { 18.8,103.6, 20.8,103.8, 23.0,96.0, 25.4,88.0, 24.6,86.6, 22.2,91.6, 19.8,98.6, smooth = true },
              { 25.4,80.6, 27.4,80.2, 27.4,74.0, 26.7,71.6, 26.4,67.6, 25.6,70.4, 25.4,75.6, smooth = true },
            },
            anterior = { { -25.4,80.6, -27.4,80.2, -27.4,74.0, -26.7,71.6, -26.4,67.6, -25.6,70.4, -25.4,75.6, smooth = true } },
          },
          spillover = {
            anterior = { { -3.0,126.0, -9.6,125.4, -12.6,128.6, -11.4,134.6, -5.0,135.6, -2.6,131.0, smooth = true } },
          },
          note = "A deep, steady ache under the upper part of the scapula, over the back of the shoulder, "
            .. "down the back of the arm to the olecranon and along the ulnar side of the forearm and hand "
            .. "into the little finger, sometimes with numbness there; the front of the chest may ache too. "
            .. "The point is hidden under the scapula until the arms are crossed.",
        },
      },
    },
    {
      id = "serratus_posterior_inferior",
      name = "Serratus posterior inferior",
      region = "back",
      layer = "intermediate",
      palpation = {
        text = "Patient prone with a pillow under the abdomen. The muscle runs from the spinous processes "
          .. "of T11-L2 up and out to the lower four ribs, under the latissimus dorsi and over the "
          .. "paraspinal muscles. Find T12 and the tip of the 12th rib; press flat against the lower ribs "
          .. "between them and a little above, just lateral to the paraspinal mass.",
        position = "prone",
        technique = "flat",
        landmarks = { "t12", "rib12_tip" },
        steps = {
          "Lay the patient prone with a pillow under the abdomen.",
          "Find T12 and the tip of the 12th rib.",
          "Press flat against the lower ribs between them, just lateral to the paraspinal muscles.",
        },
      },
      sources = { TS .. "chapter on the serratus posterior inferior", DON .. ", chapter on the serratus posterior inferior",
        DAV8, NA .. " (serratus posterior inferior)" },
      outline = {
        posterior = { { 0.3,118.0, 4.0,121.2, 8.4,123.0, 11.6,122.4, 12.4,119.2, 12.0,114.4, 10.0,111.6, 5.4,110.2, 0.3,107.6, smooth = true } },
      },
      trps = {
        {
          id = "serratus_posterior_inferior_1", name = "Serratus posterior inferior TrP",
          frequency = "common",
          at = { posterior = { 8.6, 115.8 } },
          essential = {
            posterior = { { 4.6,110.6, 11.0,111.0, 13.6,114.6, 13.0,121.4, 9.6,123.4, 5.0,121.0, 3.8,116.0, smooth = true } },
          },
          note = "A nagging ache over and around the muscle at the lower ribs, without distant "
            .. "referral; it often lingers after the other back points have been treated.",
        },
      },
    },
    {
      id = "external_oblique",
      name = "External oblique",
      region = "abdomen",
      layer = "superficial",
      palpation = {
        text = "Patient supine with the knees bent to slacken the abdominal wall. The fleshy part of the "
          .. "external oblique covers the lower ribs and the side of the abdomen, its fibres running down "
          .. "and forward like hands in front pockets. Find the costal margin and the xiphoid; the upper "
          .. "trigger points lie over the lower ribs lateral to the rectus abdominis. Press flat against "
          .. "the ribs, or pick up the lateral wall between thumb and fingers lower down.",
        position = "supine",
        technique = "flat",
        landmarks = { "costal_margin", "xiphoid" },
        steps = {
          "Bend the knees to slacken the abdominal wall.",
          "Find the xiphoid and follow the costal margin out and down.",
          "Press flat against the lower ribs just above the margin, lateral to the rectus abdominis.",
        },
      },
      sources = { TS .. "chapter on the abdominal muscles", DON .. ", chapter on the abdominal muscles", DAV7,
        NAM .. "abdominal muscles", NA .. " (external oblique)" },
      outline = {
        anterior = { { -10.6,125.4, -13.4,123.4, -14.0,118.0, -13.5,111.0, -13.2,105.5, -13.4,101.8, -12.4,98.2, -10.0,99.4,
          -8.8,103.8, -8.8,110.4, -9.4,116.4, -9.8,121.4, smooth = true } },
        -- from the side it covers the whole flank: from the rectus sheath back to its free posterior
        -- border (12th rib to the middle of the crest), over the quadratus lumborum's edge
        lateral_right = { { 5.2,123.0, 8.6,121.6, 9.0,115.0, 8.4,109.0, 8.4,102.0, 7.6,98.6, 5.0,100.6,
          2.0,103.0, -1.0,103.8, -3.4,103.6, -4.6,106.5, -5.4,110.0, -4.6,113.0, -3.0,116.5, -0.5,120.0,
          2.4,122.6, smooth = true } },
      },
      fibres = {
        anterior = {
          { -13.6,121.5, -9.6,116.5, smooth = true },
          { -13.4,104.5, -9.4,99.5, smooth = true },
        },
        lateral_right = {
          { 5,121.5, 8.6,116.5, smooth = true },
          { -3.0,112.0, 0.2,108.6, 3.2,104.6, smooth = true },
          { 5,104, 8.2,100.2, smooth = true },
        },
      },
      trps = {
        {
          id = "external_oblique_1", name = "Upper external oblique TrP (over the lower ribs)",
          frequency = "common",
          at = { anterior = { -11.0, 116.0 } },
          essential = {
            anterior = { { 1.0,111.0, -3.6,110.6, -7.4,112.6, -8.2,116.4, -5.6,119.4, -1.6,119.8, 1.0,117.6, smooth = true } },
          },
          spillover = {
            anterior = { { -1.0,106.0, -6.0,105.6, -11.2,108.4, -12.6,113.6, -11.4,120.0, -7.6,122.4, -2.4,121.6, -0.6,115.0, smooth = true } },
          },
          note = "Deep pain in the pit of the stomach felt as heartburn, spreading over the lower chest "
            .. "and upper abdomen; belching and other abdominal symptoms may come with it, so it is easily "
            .. "taken for a stomach or gallbladder problem.",
        },
      },
    },
    {
      id = "internal_oblique",
      name = "Internal oblique",
      region = "abdomen",
      layer = "intermediate",
      palpation = {
        text = "Patient supine with the knees bent. The internal oblique lies under the external oblique, "
          .. "its lower fibres fanning from the iliac crest and the outer inguinal ligament up and in. "
          .. "Find the ASIS: the lower lateral wall just above and medial to it can be picked up between "
          .. "thumb and fingers while the patient lifts the head. Along the pubic rim, press flat down onto "
          .. "the upper edge of the pubic bone beside the pubic tubercle.",
        position = "supine",
        technique = "pincer",
        landmarks = { "asis" },
        steps = {
          "Bend the knees and ask for the head to be lifted slightly to tense the wall.",
          "Find the ASIS.",
          "Pick up the lower lateral abdominal wall just above and medial to it between thumb and fingers.",
        },
      },
      sources = { TS .. "chapter on the abdominal muscles", DON .. ", chapter on the abdominal muscles", DAV7,
        NAM .. "abdominal muscles", NA .. " (obliques)" },
      outline = {
        anterior = { { -13.2,108.2, -13.3,101.4, -12.2,96.6, -9.6,93.2, -6.0,89.8, -3.6,89.2, -4.0,91.8, -6.6,97.2, -8.0,103.6,
          -8.8,109.2, -11.0,110.8, smooth = true } },
      },
      trps = {
        {
          id = "internal_oblique_1", name = "Lower lateral abdominal wall TrP",
          frequency = "common",
          at = { anterior = { -8.8, 95.4 } },
          essential = {
            anterior = {
              GROIN_ANT,
              { -0.8,80.4, -3.4,80.6, -4.0,83.2, -2.6,85.0, -0.8,84.4, smooth = true },
            },
          },
          spillover = {
            anterior = { { -2.0,91.0, -8.6,92.6, -11.4,97.0, -9.6,101.0, -4.0,100.4, -1.6,96.0, smooth = true } },
          },
          note = "Pain in the groin and into the testicle or labium, spreading over the lower abdomen. "
            .. "Travell & Simons place these points in the lower lateral wall, probably in the internal "
            .. "oblique, possibly in the external oblique and transversus too.",
        },
        {
          id = "internal_oblique_2", name = "Pubic rim TrP",
          frequency = "occasional",
          at = { anterior = { -4.8, 91.0 } },
          essential = {
            anterior = { { 0.8,86.6, -4.4,86.8, -6.0,89.4, -4.6,91.8, 0.8,91.6, smooth = true } },
          },
          spillover = { anterior = { GROIN_ANT } },
          palpation = { position = "supine", technique = "flat", landmarks = { "pubic_tubercle" },
            steps = {
              "Bend the knees.",
              "Find the pubic tubercle and the upper edge of the pubic bone.",
              "Press flat down onto the upper edge of the bone just beside the tubercle.",
            } },
          note = "Points along the upper edge of the pubic bone (lower internal oblique and lower rectus) "
            .. "give pain over the bladder and the groin, and can cause bladder spasm, frequency or "
            .. "retention of urine.",
        },
      },
    },
    {
      id = "transversus_abdominis",
      name = "Transversus abdominis",
      region = "abdomen",
      layer = "deep",
      palpation = {
        text = "Patient supine with the knees bent. The transversus is the deepest layer of the abdominal "
          .. "wall; its upper fibres arise from the inner surfaces of the lower costal cartilages and run "
          .. "straight across. Find the costal margin and press flat upward and inward against its lower "
          .. "edge, lateral to the rectus abdominis, while the patient breathes out.",
        position = "supine",
        technique = "flat",
        landmarks = { "costal_margin" },
        steps = {
          "Bend the knees to slacken the abdominal wall.",
          "Find the costal margin lateral to the rectus abdominis.",
          "On an out-breath, press flat up and in against the lower edge of the margin.",
        },
      },
      sources = { TS .. "chapter on the abdominal muscles", DON .. ", chapter on the abdominal muscles", DAV7,
        NAM .. "abdominal muscles", NA .. " (transversus abdominis)" },
      outline = {
        anterior = { { -8.0,115.6, -11.6,114.8, -13.2,109.0, -13.2,101.6, -12.0,96.8, -8.4,92.8, -5.0,90.0, -6.0,94.6,
          -6.8,100.4, -7.0,106.0, -7.4,111.6, smooth = true } },
      },
      trps = {
        {
          id = "transversus_abdominis_1", name = "Transversus abdominis TrP (costal margin)",
          frequency = "common",
          at = { anterior = { -11.4, 108.6 } },
          essential = {
            anterior = { { -11.8,109.4, -6.0,108.4, 0.0,108.2, 6.0,108.4, 11.8,109.4, 11.6,111.2, 6.0,113.8, 0.0,114.6,
              -6.0,113.8, -11.6,111.2, smooth = true } },
          },
          note = "A band of pain straight across the upper abdomen from one costal margin to the other.",
        },
      },
    },
    {
      id = "intercostals",
      name = "Intercostals (external and internal intercostal muscles)",
      region = "chest",
      layer = "deep",
      palpation = {
        text = "Patient side-lying on the other side with the upper arm raised overhead to open the "
          .. "spaces between the ribs. Count the spaces from the nipple (usually the fourth space) and "
          .. "press a fingertip flat into each space between two ribs, moving along it; a tender spot that "
          .. "hurts on a deep breath or a cough is the trigger point.",
        position = "side_lying",
        technique = "flat",
        landmarks = { "nipple" },
        steps = {
          "Lay the patient on the other side with the upper arm raised overhead.",
          "Find the nipple: it usually lies over the fourth intercostal space.",
          "Press a fingertip flat into the space between two ribs and move along it.",
        },
      },
      sources = { TS .. "chapter on the intercostal muscles and diaphragm", DON .. ", chapter on the intercostal muscles and diaphragm",
        DAV7, "American Academy of Manual Medicine muscle guide, intercostal muscles (after Travell & Simons)" },
      outline = {
        -- the 4th, 5th and 6th spaces on the front of the chest, sloping down and out from the sternum
        anterior = {
          { -2.6,127.0, -8.0,125.4, -13.4,122.2, -13.6,121.4, -8.0,124.6, -2.6,126.2 },
          { -2.8,124.0, -8.2,122.4, -13.6,119.2, -13.8,118.4, -8.2,121.6, -2.8,123.2 },
          { -3.0,121.0, -8.4,119.4, -13.8,116.2, -13.9,115.4, -8.4,118.6, -3.0,120.2 },
        },
      },
      trps = {
        {
          id = "intercostals_1", name = "Intercostal TrP",
          frequency = "common",
          at = { anterior = { -11.4, 120.1 } },
          essential = {
            anterior = { { -4.0,124.6, -8.2,123.2, -12.2,120.6, -12.6,118.8, -8.2,120.8, -4.0,122.4, smooth = true } },
          },
          note = "Travell & Simons chart the intercostals schematically: a point in one space gives local "
            .. "pain that tends to spread forward along that space, worse on a deep breath, a cough or lying "
            .. "on that side. Any space can hold one; the fifth is drawn here.",
        },
      },
    },
    {
      id = "diaphragm",
      name = "Diaphragm",
      region = "chest",
      layer = "deep",
      palpation = {
        text = "Patient supine with the knees bent and the trunk slightly flexed to slacken the abdominal "
          .. "wall. The diaphragm itself lies inside the rib cage; only its attachments along the inner "
          .. "surface of the costal margin can be reached. Find the xiphoid and the costal margin, curl the "
          .. "fingertips up under the margin and, as the patient breathes out, press upward and outward "
          .. "against its inner surface.",
        position = "supine",
        technique = "flat",
        landmarks = { "costal_margin", "xiphoid" },
        steps = {
          "Bend the knees and flex the trunk a little to slacken the abdominal wall.",
          "Find the xiphoid and the costal margin.",
          "Curl the fingertips up under the margin and, on an out-breath, press up and out against its inner surface.",
        },
      },
      sources = { TS .. "chapter on the intercostal muscles and diaphragm", DON .. ", chapter on the intercostal muscles and diaphragm",
        DAV7, "Morningside Acupuncture NYC, diaphragm trigger points" },
      outline = {
        -- the right half of the dome, seen through the front of the rib cage
        anterior = { { -0.3,117.4, -2.6,121.6, -6.4,124.4, -10.4,123.8, -13.0,120.0, -13.6,113.6, -12.8,108.4, -11.2,109.2,
          -8.0,112.0, -4.4,114.8, smooth = true } },
      },
      trps = {
        {
          id = "diaphragm_1", name = "Diaphragm TrP (under the costal margin)",
          frequency = "common",
          at = { anterior = { -7.4, 112.6 } },
          essential = {
            anterior = { { -2.0,114.0, -6.4,111.4, -10.4,108.6, -12.6,107.0, -13.4,109.0, -11.6,111.8, -7.6,114.6, -3.0,117.0, smooth = true } },
          },
          spillover = {
            anterior = { { -14.2,139.0, -17.4,138.6, -19.8,139.2, -17.2,140.8, -14.0,141.2, smooth = true } },
            posterior = { { 12.0,141.2, 16.4,140.2, 19.6,139.4, 19.2,140.6, 16.0,141.6, 12.4,142.4, smooth = true } },
          },
          disputed = { "top_of_shoulder" },
          note = "Charted schematically: pain along the lower front of the rib cage at the costal margin "
            .. "(the runner's side stitch), worse on a deep breath. The top of the shoulder is drawn as "
            .. "spillover because it is the classic referral of the diaphragm through the phrenic nerve "
            .. "rather than a charted trigger-point zone; sources differ on it.",
        },
      },
    },
    {
      id = "sternalis",
      name = "Sternalis",
      region = "chest",
      layer = "superficial",
      palpation = {
        text = "Patient supine. The sternalis, present in only a few people in a hundred and on one or both "
          .. "sides, runs vertically over the sternum and the inner ends of the pectoralis major. Find the "
          .. "sternal notch and the xiphoid and press flat against the bone along the sternum and just "
          .. "beside it, from top to bottom; a spot that reproduces the deep ache marks the point.",
        position = "supine",
        technique = "flat",
        landmarks = { "sternal_notch", "xiphoid" },
        steps = {
          "Find the sternal notch and the xiphoid.",
          "Press flat against the sternum and just beside it.",
          "Work from top to bottom, looking for the spot that reproduces the deep ache.",
        },
      },
      sources = { TS .. "ch. 43 (sternalis)", DON .. ", chapter on the sternalis", DAV7,
        "American Academy of Manual Medicine muscle guide, sternalis (after Travell & Simons)" },
      outline = {
        anterior = { { -0.6,138.4, -2.0,138.2, -2.8,133.0, -2.8,126.0, -2.2,120.4, -1.0,119.8, -0.5,125.0, -0.5,132.0, smooth = true } },
      },
      trps = {
        {
          id = "sternalis_1", name = "Sternalis TrP",
          frequency = "common",
          at = { anterior = { -1.5, 130.5 } },
          essential = {
            anterior = { { 1.8,121.0, 1.8,138.4, -0.4,139.0, -2.8,138.8, -3.2,130.0, -2.8,121.0, -0.4,119.6, smooth = true } },
          },
          spillover = {
            anterior = {
              { -3.6,128.8, -10.0,129.8, -14.6,133.4, -15.8,137.0, -11.0,138.2, -3.8,137.0, smooth = true },
              { -17.6,108.6, -19.4,108.6, -19.6,118.0, -18.8,127.0, -16.6,127.0, -17.0,118.0, -17.6,112.0, smooth = true },
            },
          },
          note = "An intense, deep ache over the whole sternum that is easily taken for heart pain, "
            .. "sometimes spreading across the upper chest and down the inner arm to the elbow on the same "
            .. "side. The muscle is absent in most people.",
        },
      },
    },
    {
      id = "subclavius",
      name = "Subclavius",
      region = "chest",
      layer = "deep",
      palpation = {
        text = "Patient supine, the shoulder relaxed and slightly lifted forward to slacken the pectoralis "
          .. "major. The subclavius lies under the clavicle, from the first rib near the sternum to the "
          .. "underside of the middle third of the clavicle. Find the sternal notch and the middle of the "
          .. "clavicle; press the fingertips up and back under the clavicle, through the pectoralis major, "
          .. "against the underside of the bone.",
        position = "supine",
        technique = "flat",
        landmarks = { "clavicle_mid", "sternal_notch" },
        steps = {
          "Lift the shoulder slightly forward to slacken the pectoralis major.",
          "Find the sternal notch and the middle of the clavicle.",
          "Press the fingertips up and back under the clavicle against the underside of the bone.",
        },
      },
      sources = { TS .. "ch. 42 (pectoralis major and subclavius)", DON .. ", chapter on the pectoralis major and subclavius", DAV7,
        "integrativeworks.com, trigger point notes on the subclavius" },
      outline = {
        anterior = { { -2.6,139.6, -5.8,140.0, -9.4,140.1, -13.0,139.6, -14.6,139.0, -13.2,138.5, -9.4,139.0, -5.6,139.0,
          -3.0,138.8, smooth = true } },
      },
      trps = {
        {
          id = "subclavius_1", name = "Subclavius TrP",
          frequency = "common",
          at = { anterior = { -6.4, 139.5 } },
          essential = {
            hand_dorsal = { { 8.9,3.8, 12,3.8, 12,6.2, 8.9,6.2 }, { 7.6,14.4, 7,15.1, 6.6,16.1, 6.2,17.1, 5.8,17.55, 5.2,17.6, 4.8,17.25, 4.8,16.6, 5.35,14.4, 6,12.4, 6.8,12.6, smooth = true }, { 10.55,16.8, 10.35,19.6, 10.2,21.8, 9.95,22.8, 9.45,23, 8.95,22.75, 8.85,21.7, 8.9,19.5, 8.95,16.9, smooth = true }, { 12.5,16.9, 12.45,20.3, 12.4,22.7, 12.2,23.95, 11.75,24.2, 11.3,23.95, 11.05,22.7, 11,20.3, 10.95,17, smooth = true }, { 8.6,7, 11.6,7, 11.6,13.6, 9.2,14, 8.4,10.8, smooth = true } },
            hand_palmar = { { -8.9,3.8, -12,3.8, -12,6.2, -8.9,6.2 }, { -8.9,10, -10.8,10, -10.8,15.8, -9,15.5 }, { -7.6,14.4, -7,15.1, -6.6,16.1, -6.2,17.1, -5.8,17.55, -5.2,17.6, -4.8,17.25, -4.8,16.6, -5.35,14.4, -6,12.4, -6.8,12.6, smooth = true }, { -10.55,16.8, -10.35,19.6, -10.2,21.8, -9.95,22.8, -9.45,23, -8.95,22.75, -8.85,21.7, -8.9,19.5, -8.95,16.9, smooth = true }, { -12.5,16.9, -12.45,20.3, -12.4,22.7, -12.2,23.95, -11.75,24.2, -11.3,23.95, -11.05,22.7, -11,20.3, -10.95,17, smooth = true } },
            anterior = {
              FRONT_SHOULDER_ANT,
              { -19.6,112.0, -22.6,112.4, -23.4,122.0, -22.8,129.4, -19.8,129.8, -19.0,121.0, smooth = true },
              { -25.8,100.0, -27.6,100.2, -29.6,92.0, -30.6,86.4, -29.2,86.0, -27.4,91.4, -25.6,96.4, smooth = true },
              { -28.4,81.4, -31.2,81.2, -32.6,78.0, -33.0,74.6, -33.1,71.0, -32.4,66.6, -31.4,66.2, -30.4,64.8, -29.6,65.2,
                -29.1,67.2, -29.0,72.0, -28.4,77.0, smooth = true },
              THUMB_ANT,
            },
            posterior = {
              { 28.4,81.4, 31.2,81.2, 32.6,78.0, 33.0,74.6, 33.1,71.0, 32.4,66.6, 31.4,66.2, 30.4,64.8, 29.6,65.2,
                29.1,67.2, 29.0,72.0, 28.4,77.0, smooth = true },
              THUMB_POST,
            },
          },
          note = "Pain over the front of the shoulder and arm, skipping the elbow, then along the radial "
            .. "side of the forearm into the thumb, index and middle fingers on both the palm and the back "
            .. "of the hand, skipping the wrist.",
        },
      },
    },
  },
}
