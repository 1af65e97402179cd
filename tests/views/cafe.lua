-- A profile with accented, wide (CJK) and emoji text, to check that views
-- measure text by display width.
canvas "Café Müller" { market = "niche" }
segment "Tōkyō coffee shops" {
  about = "Independent cafés in Tōkyō (東京) that roast their own beans",
  customer = "business",
  archetypes = { "tastemaker" },
  job "焙煎した豆を毎朝届けてもらう" { kind = "functional", importance = 5 },
  job "Be the café that regulars recommend ☕" { kind = "social", importance = 4 },
  job "Feel proud of every cup" { kind = "emotional", importance = "high" },
  pain "Beans arrive stale after 10+ days in transit" { kind = "functional", severity = 5 },
  pain "配送の遅れ（週に2回）" { kind = "ancillary", type = "obstacle", severity = 3 },
  gain "Crème of the crop: beans roasted < 48 h ago" { level = "desired", relevance = 5 },
  gain "Ein Lieferant für alles — weniger Rechnungen" { kind = "cost-saving", relevance = 2 },
}
