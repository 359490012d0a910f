-- hostile: title, description, author and prompt that are ¾ot UTF-8
-- chfuzz.luaeck: 0
-- play: 0
return quiz { id = "h-not-utf8", title = "Bad \xff\xfe bytes", description = "\xc3\x28",
  author = "\xed\xa0\x80", questions = {
  locate { muscle = "upper_trapezius", view = "posterior", prompt = "Click \xff here" },
  name { muscle = "levator_scapulae", prompt = "\x80\x80\x80" },
}, on_answer = function(ctx, q, r) return { feedbace = "Bad \xff\xfe bytes", description = "\xc3\x28",
  author = "\xed\xa0\x80", quest } end }
