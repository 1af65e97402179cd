-- args: check --only CS003
-- One emotional job among functional ones is enough; so is one social job.
-- stdout: no findings in 1 file
segment "Parents of a child with diabetes" {
  customer = "consumer",
  job "Count carbohydrates for every school lunch" { kind = "functional", importance = 4 },
  job "Refill insulin prescriptions every month" { kind = "supporting", importance = 3 },
  job "Sleep through the night without fearing a hypo" { kind = "emotional", importance = 5 },
}
segment "Endocrinologists" {
  customer = "business",
  job "Review 3 months of readings in a 15-minute visit" { kind = "functional", importance = 5 },
  job "Be seen by colleagues as up to date with new devices" { kind = "social", importance = 2 },
}
segment "Home cooks" {
  customer = "consumer",
  job "Cook dinner for 4 in 30 minutes" { kind = "functional", importance = 4 },
  job "Stay calm at the family dinner table" { kind = "personal", importance = 3 },  -- personal is emotional
}
