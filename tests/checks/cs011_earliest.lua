-- args: check --only CS011
-- A later segment is named with the earliest segment it matches: "First-time
-- buyers" matches "Young couples" (on need and relationship) and "Newly weds"
-- (on need and channel), and the first of them is named.
-- stdout: cs011_earliest.lua:10: warning[CS011] indistinct-segments: segment "Newly weds" differs from segment "Young couples" at cs011_earliest.lua:9 in none of the signs both declare (need); merge them, or say what sets them apart
-- stdout: cs011_earliest.lua:11: warning[CS011] indistinct-segments: segment "First-time buyers" differs from segment "Young couples" at cs011_earliest.lua:9 in none of the signs both declare (need and relationship); merge them, or say what sets them apart
-- stdout: 0 errors, 2 warnings, 0 info in 1 file
segment "Walk-in clients" { need = "advice on a mortgage", channel = "branch" }
segment "Young couples" { need = "a first home", relationship = "personal assistance" }
segment "Newly weds" { need = "A first home", channel = "mobile app" }
segment "First-time buyers" {
  need = "a first home",
  relationship = "Personal assistance",
  channel = "mobile app",
}
