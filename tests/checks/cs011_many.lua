-- args: check --only CS011
-- The same with ten segments, six of which declare no sign: a bank with many
-- segments is compared in another way, and finds the same.
-- stdout: cs011_many.lua:9: warning[CS011] indistinct-segments: segment "Newly weds" differs from segment "Young couples" at cs011_many.lua:8 in none of the signs both declare (need); merge them, or say what sets them apart
-- stdout: cs011_many.lua:10: warning[CS011] indistinct-segments: segment "First-time buyers" differs from segment "Young couples" at cs011_many.lua:8 in none of the signs both declare (need and relationship); merge them, or say what sets them apart
-- stdout: 0 errors, 2 warnings, 0 info in 1 file
segment "Walk-in clients" { need = "advice on a mortgage", channel = "branch" }
segment "Young couples" { need = "a first home", relationship = "personal assistance" }
segment "Newly weds" { need = "A first home", channel = "mobile app" }
segment "First-time buyers" {
  need = "a first home",
  relationship = "Personal assistance",
  channel = "mobile app",
}
segment "Retired savers" { customer = "consumer" }
segment "Students" { customer = "consumer" }
segment "Small landlords" { customer = "consumer" }
segment "Expats" { customer = "consumer" }
segment "Freelancers" { customer = "consumer" }
segment "Heirs" { customer = "consumer" }
