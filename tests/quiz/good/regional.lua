-- Regional views and the side view's arm (tests/unit/test_quiz.c, tests/cli/play_stdio.py):
-- the instep pattern asked on the sole, for either foot, and two side-view questions about
-- what lies under the hanging arm (the arm is hidden for them).
return quiz {
  id = "test-regional",
  title = "Test: regional views",
  description = "The sole view, and the side view under the arm",
  author = "tests",
  questions = {
    refer    { muscle = "gastrocnemius", trp = 1, view = "foot_plantar", side = "right" },
    identify { muscle = "gastrocnemius", trp = 1, view = "foot_plantar", side = "left", choices = 3 },
    refer    { muscle = "serratus_anterior", trp = 1, view = "lateral_right" },
    locate   { muscle = "tensor_fasciae_latae", view = "lateral_right", tolerance = 4 },
  },
}
