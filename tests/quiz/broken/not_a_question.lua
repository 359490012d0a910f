-- expect: not_a_question.lua:7: questions[2] is not a question (got string): use locate{}, refer{}, identify{}, name{} or palpate{}
return quiz {
  id = "broken-not-a-question",
  title = "Broken: a string among the questions",
  questions = {
    locate { muscle = "upper_trapezius" },
    "levator_scapulae",
  },
}
