-- A role is only for supporting jobs.
-- exit: 3
-- stderr: role_needs_supporting_job.lua:6: error: job "Compare prices": role = "buyer" is only for supporting jobs; add kind = "supporting" or remove the role
-- stderr: role_needs_supporting_job.lua:7: error: job "Pass it on": role = "transferor" is only for supporting jobs; add kind = "supporting" or remove the role
segment "Buyers" {
  job "Compare prices" { kind = "functional", role = "buyer" },
  job "Pass it on" { role = "transferor" },
  job "Pick a pump" { kind = "supporting", role = "buyer" },
}
