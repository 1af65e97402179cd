-- Writes a canvas script of N notes (about a third each jobs, pains and
-- gains) in segments of 999 notes (one smaller segment when N is below
-- that), with realistic fields and a value proposition per segment that
-- references some of them.
-- usage: lua5.4 gen.lua N > out.lua
local n = tonumber(arg[1]) or 1000000
local per = math.max(1, math.min(333, n // 3))
local kinds = { "functional", "social", "emotional", "supporting" }
local out, o = {}, 0
local function w(s) o = o + 1; out[o] = s end
local segs = math.max(1, n // (3 * per))
for s = 1, segs do
  w(('segment "Segment %d" {'):format(s))
  w('  customer = "consumer", need = "need ' .. s .. '",')
  for i = 1, per do
    w(('  job "Job %d of segment %d" { kind = "%s", importance = %d },')
      :format(i, s, kinds[i % 3 + 1], i % 5 + 1))
    w(('  pain "Pain %d of segment %d takes %d minutes" { severity = %d, type = "obstacle" },')
      :format(i, s, i % 60, (i * 7) % 5 + 1))
    w(('  gain "Gain %d of segment %d saves %d dollars" { relevance = %d, level = "desired" },')
      :format(i, s, i % 100, (i * 3) % 5 + 1))
  end
  w('}')
  w(('value "Offer %d" { segment = "Segment %d",'):format(s, s))
  w(('  relieves "Pain 1 of segment %d takes 1 minutes" { how = "faster" },'):format(s))
  w(('  creates "Gain 1 of segment %d saves 1 dollars" { how = "cheaper" },'):format(s))
  w('}')
end
io.write(table.concat(out, "\n"), "\n")
