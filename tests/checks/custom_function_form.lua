-- args: check --only U001,U002
-- The function form: the check gets report(object, message) and looks
-- where it likes; a report without a message uses the check's name.
-- stdout: custom_function_form.lua:12: warning[U001] every-segment-states-its-need: segment Device manufacturers states no need
-- stdout: custom_function_form.lua:12: warning[U002] business-segments-are-split-by-role: Business segments are split by role
-- stdout: 0 errors, 2 warnings, 0 info in 1 file
segment "Patients" {
  customer = "consumer",
  need = "one view of all their diabetes data",
  job "Keep blood sugar within the target range" { kind = "functional", importance = 5 },
}
segment "Device manufacturers" {
  customer = "business",
  job "Get a new meter through FDA approval" { kind = "functional", importance = 5 },
}
check "Every segment states its need" (function(report)
  for _, s in ipairs(segments()) do
    if s.need == nil then report(s, "segment " .. s.name .. " states no need") end
  end
end)
check "Business segments are split by role" (function(report)
  for _, s in ipairs(segments()) do
    if s.customer == "business" then report(s) end
  end
end)
