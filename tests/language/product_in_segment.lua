-- A product written inside a segment's table is reported once, as a
-- misplaced item (not also as a product outside any value).
-- exit: 3
-- stderr: product_in_segment.lua:5: error: segment "Buyers": item 1 is product "Shoe app"; the table of a segment holds fields and gain, job or pain declarations
segment "Buyers" {
  product "Shoe app",
}
