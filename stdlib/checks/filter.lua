-- Which findings are silenced: by an ignore on the object they are about
-- (or its segment or value), or by a -- canvas: ignore comment on their
-- line. Both canvas check (checks/engine.lua) and every load (for the
-- reference findings CS018 and CS024) filter through here; it is small, so
-- that loading a script does not load the checks engine.
local M = {}

-- Whether a finding about obj is silenced by an ignore on obj, on its
-- segment (for notes) or on its value (for relievers and creators).
local function has(o, id)
  local list = rawget(o, "ignore")
  if type(list) ~= "table" then return false end
  for i = 1, #list do if list[i] == id then return true end end
  return false
end

function M.by_object(obj, id)
  if type(obj) ~= "table" then return false end
  if has(obj, id) then return true end
  local owner = rawget(obj, "segment") or rawget(obj, "value")
  return type(owner) == "table" and has(owner, id)
end

-- Whether nothing in model S can silence a finding of a rule: no
-- `-- canvas: ignore` comment, and no ignore on the canvas, a segment, a
-- note, a value, a product or a value item (however a script set it), the
-- objects the rules report about. Most scripts have none, and then the
-- rules' findings need none of the tests above.
local function ignores_in(list)
  for i = 1, #list do
    if rawget(list[i], "ignore") ~= nil then return true end
  end
  return false
end

function M.none(S)
  if next(S.inline or {}) ~= nil then return false end
  if S.canvas and rawget(S.canvas, "ignore") ~= nil then return false end
  local segs, values = S.segments, S.values
  if ignores_in(segs) or ignores_in(values) then return false end
  for i = 1, #segs do
    local seg = segs[i]
    for _, list in ipairs { "jobs", "pains", "gains" } do
      local l = rawget(seg, list)
      if type(l) ~= "table" or ignores_in(l) then return false end
    end
  end
  for i = 1, #values do
    local v = values[i]
    for _, list in ipairs { "relievers", "creators", "helpers", "products" } do
      local l = rawget(v, list)
      if type(l) ~= "table" or ignores_in(l) then return false end
    end
  end
  return true
end

-- Whether a `-- canvas: ignore` comment silences rule id at file:line.
local function inline_at(S, file, line, id)
  local t = S.inline and S.inline[file]
  if not t then return false end
  local set = t[line]
  return set == true or (set ~= nil and set[id] == true)
end
M.inline_at = inline_at

function M.inline(S, f) return inline_at(S, f.file, f.line, f.id) end

-- The findings of resolving (CS018, CS024) that loading reports: those that
-- the declarations, the lines and the script's own checks { } leave on.
-- (The project file and the command line are canvas check's.)
function M.load_findings(S)
  local cfg = S.check_config
  local ignore, only = {}, nil
  if cfg then
    for _, id in ipairs(cfg.ignore or {}) do ignore[id] = true end
    if cfg.only then
      only = {}
      for _, id in ipairs(cfg.only) do only[id] = true end
    end
  end
  local out = {}
  for _, f in ipairs(S.findings) do
    if not ignore[f.id] and (only == nil or only[f.id]) and not M.by_object(f.object, f.id)
        and not M.inline(S, f) then
      out[#out + 1] = f
    end
  end
  return out
end

return M
