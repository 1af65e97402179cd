-- args: check --only CS006
-- Jobs worded as results, and one note that stands both as a job and as a
-- gain (reported at the gain, naming the job).
-- stdout: cs006_fires.lua:12: warning[CS006] job-as-outcome: job "Faster check-in at the airport": it names a result ("faster check"), not a task; write what the customer does, e.g. "Get ... done by ..."
-- stdout: cs006_fires.lua:13: warning[CS006] job-as-outcome: job "Time saved on expense reports": it names a result ("time saved"), not a task; write what the customer does, e.g. "Cut the time spent on ..."
-- stdout: cs006_fires.lua:14: warning[CS006] job-as-outcome: job "Hassle-free rebooking": it names a result ("hassle-free"), not a task; write what the customer does, e.g. "Do ... without hassle"
-- stdout: cs006_fires.lua:15: warning[CS006] job-as-outcome: job "Peace of mind on the night before a pitch": it names a result ("peace of"), not a task; write what the customer does, e.g. "Feel ..."
-- stdout: cs006_fires.lua:17: warning[CS006] job-as-outcome: gain "Arrive at the client's office by 9." is also job "Arrive at the client's office by 9" at cs006_fires.lua:16; a job is a task, a gain a result of it: keep one and word it for its part
-- stdout: 0 errors, 5 warnings, 0 info in 1 file
segment "Business travellers" {
  customer = "consumer",
  job "Faster check-in at the airport" { kind = "functional", importance = 4 },
  job "Time saved on expense reports" { kind = "functional", importance = 3 },
  job "Hassle-free rebooking" { kind = "supporting", importance = 3 },
  job "Peace of mind on the night before a pitch" { kind = "emotional", importance = 5 },
  job "Arrive at the client's office by 9" { kind = "functional", importance = 5 },
  gain "Arrive at the client's office by 9." { relevance = 4 },
}
