-- A boolean field takes true or false, on every target it names.
-- exit: 0
-- stdout: Sore knees urgent: true
-- stdout: Run pain-free urgent: false
-- stdout: urgent pains: 1
field "urgent" { on = { "pain", "gain" }, type = "boolean" }
segment "Runners" {
  pain "Sore knees" { urgent = true },
  gain "Run pain-free" { urgent = false },
}
print("Sore knees urgent: " .. tostring(pains("Runners")[1].urgent))
print("Run pain-free urgent: " .. tostring(gains("Runners")[1].urgent))
print("urgent pains: " .. #pains("Runners", { urgent = true }))
