-- segments() lists the segments in declaration order; seg finds one by name
-- or id; their notes are plain Lua tables to iterate over.
-- exit: 0
-- stdout: 1. Patients: 1 job(s)
-- stdout: 2. Clinics: 0 job(s)
-- stdout: seg "p" is Patients: true
-- stdout: Clinics are a business
-- stdout: the job belongs to Patients
segment "Patients" { id = "p", job "Keep sugar in range" { importance = 5 } }
segment "Clinics" { customer = "business" }
for i, s in ipairs(segments()) do print(i .. ". " .. s.name .. ": " .. #s.jobs .. " job(s)") end
print("seg \"p\" is Patients: " .. tostring(seg("p") == seg("Patients")))
print("Clinics are a " .. seg("Clinics").customer)
print("the job belongs to " .. seg("Patients").jobs[1].segment.name)
