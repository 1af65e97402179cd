-- Texts for the unit tests that hold a function to a reference: each made
-- of pieces drawn from `pieces` (a fixed sequence of pseudo-random choices,
-- so every run tests the same texts).
--   require("texts")(pieces, n, longest, seed) -> n texts of 1 to `longest`
--   pieces each
return function(pieces, n, longest, seed)
  local texts = {}
  for i = 1, n do
    local parts = {}
    for j = 1, 1 + i % longest do
      seed = (seed * 1103515245 + 12345) % 2147483648
      parts[j] = pieces[seed % #pieces + 1]
    end
    texts[i] = table.concat(parts)
  end
  return texts
end
