-- A script-local module for require_module.lua: helpers that declare notes.
print("loading module " .. ...)
local M = {}
function M.pains(texts, severity)
  for _, t in ipairs(texts) do pain(t) { severity = severity } end
end
return M
