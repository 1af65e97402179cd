-- args: check --only CS014
-- The car-parts supplier's niche, narrowed by one basis.
-- stdout: no findings in 1 file
canvas "Brake parts" { market = "niche market" }
segment "European car makers" {
  customer = "business",
  bases = { geographic = "EU assembly plants" },
}
