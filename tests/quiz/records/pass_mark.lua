-- Ten questions with a pass mark (tests/cli/round_records.py): on_finish reports what the
-- summary says of the round's end, so a test can read it from the stdio summary.
return quiz {
  id = "test-pass-mark",
  title = "Test: pass mark",
  pass_mark = 70,
  questions = {
    locate { muscle = "upper_trapezius", view = "posterior", side = "right" },
    locate { muscle = "levator_scapulae", view = "posterior", side = "right" },
    locate { muscle = "masseter", view = "anterior", side = "right" },
    locate { muscle = "splenius_capitis", view = "posterior", side = "right" },
    locate { muscle = "infraspinatus", view = "posterior", side = "right" },
    locate { muscle = "upper_trapezius", view = "posterior", side = "left" },
    locate { muscle = "levator_scapulae", view = "posterior", side = "left" },
    locate { muscle = "masseter", view = "anterior", side = "left" },
    locate { muscle = "splenius_capitis", view = "posterior", side = "left" },
    locate { muscle = "infraspinatus", view = "posterior", side = "left" },
  },
  on_finish = function(ctx, summary)
    return { feedback = string.format("finished=%s ended_by=%s planned=%d asked=%d percent=%d pass_mark=%d passed=%s",
      tostring(summary.finished), summary.ended_by, summary.planned, summary.asked, summary.percent,
      summary.pass_mark, tostring(summary.passed)) }
  end,
}
