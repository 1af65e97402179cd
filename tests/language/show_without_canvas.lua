-- Without a canvas declaration, show() lists the segments; show of a list
-- prints one summary per line, and show of plain values prints them.
-- exit: 0
-- stdout: segment "Patients" (1 job, 1 pain, 0 gains)
-- stdout: segment "Clinics" (0 jobs, 0 pains, 0 gains)
-- stdout: job "Keep sugar in range" [importance 5 (crucial)]
-- stdout: 42
-- stdout: plain text
segment "Patients" { job "Keep sugar in range" { importance = 5 }, pain "Night lows" { } }
segment "Clinics" { }
show()
show(jobs())
show(42)
show("plain text")
