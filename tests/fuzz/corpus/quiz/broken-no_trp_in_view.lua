-- expect: no_trp_in_view.lua:6: upper_trapezius has no trigger point in view anterior (views: posterior, lateral_right, lateral_left)
return quiz {
  id = "broken-no-trp-in-view",
  title = "Broken: nothing to find in that view",
  questions = {
    locate { muscle = "upper_trapezius", view = "anterior" },
  },
}
