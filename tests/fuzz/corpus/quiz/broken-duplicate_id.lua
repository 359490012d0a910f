-- expect: duplicate_id.lua:3: duplicate quiz id 'test-basic' (already used by tests/quiz/good/basic.lua:2)
-- (loaded together with tests/quiz/good/, which has test-basic)
return quiz {
  id = "test-basic",
  title = "Broken: same id as good/basic.lua",
  questions = { locate { muscle = "upper_trapezius" } },
}
