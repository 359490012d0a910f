-- expect: missing_fields.lua:4: quiz needs an id (id = "neck-basics")
-- expect: missing_fields.lua:4: quiz needs title (title = "Neck basics")
-- expect: missing_fields.lua:4: quiz needs questions: a list { locate{...}, ... } or a function(ctx) returning one
return quiz {
  description = "no id, no title, no questions",
}
