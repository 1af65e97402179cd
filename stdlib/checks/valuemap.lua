-- Rules about the value map against the customer profiles: segments left
-- without a value proposition of their own, and relievers, creators and
-- helpers that name another segment's note. A profile-only canvas (steps
-- 1 to 5) is complete without a value map. The rules that read the fit
-- (CS016, CS017, CS022, CS023) are in checks/fitrules.lua.
local text = require "canvas.util.text"

local quote, count = text.quote, text.count

local function seg_name(seg) return "segment " .. quote(seg.name) end

return {
  {
    id = "CS012", name = "missing-value-proposition", severity = "warning",
    summary = "several segments, and one has no value proposition of its own",
    explanation = [[
Each segment needs a value proposition designed for its own jobs, pains and
gains: what relieves one segment's pains rarely creates another's gains.
When a canvas has several segments and a value map for some of them, a
segment with no value proposition of its own (no value with segment = its
name or id) is reported, unless its profile is still empty (CS001: there
is nothing to design for yet). A canvas with one segment, or with no value
proposition at all (a profile-only canvas, steps 1 to 5), is complete
without one. A value proposition names one segment, so it counts for that
segment only.]],
    bad = [[
segment "Riders" { pain "Buses 15 minutes late" { severity = 5 } }
segment "Drivers" { pain "Parking costs 4 euros an hour" { severity = 4 } }
value "Live times" { segment = "Riders",
  relieves "Buses 15 minutes late" { how = "real departures" },
}]],
    good = [[
segment "Riders" { pain "Buses 15 minutes late" { severity = 5 } }
segment "Drivers" { pain "Parking costs 4 euros an hour" { severity = 4 } }
value "Live times" { segment = "Riders",
  relieves "Buses 15 minutes late" { how = "real departures" },
}
value "Park and ride" { segment = "Drivers",
  relieves "Parking costs 4 euros an hour" { how = "free parking at the terminus" },
}]],
    run = function(ctx)
      local S = ctx.S
      if #S.segments < 2 then return end
      local served = 0
      for _, v in ipairs(S.values) do if v.serves then served = served + 1 end end
      if served == 0 then return end
      for _, seg in ipairs(S.segments) do
        local profiled = #seg.jobs + #seg.pains + #seg.gains > 0
        if #seg.values == 0 and profiled then
          ctx.report("CS012", seg, seg_name(seg) .. " has no value proposition of its own, while "
            .. count(served, "value proposition")
            .. (served == 1 and " serves" or " serve") .. " the other segments; design one "
            .. "for it (value \"...\" { segment = " .. quote(seg.name) .. " }), or drop the segment")
        end
      end
    end,
  },
  {
    id = "CS021", name = "unmatched-reliever", severity = "warning",
    summary = "a pain reliever or gain creator that addresses nothing in the profile",
    explanation = [[
A reliever, creator or helper must address a pain, gain or job of the
segment its value proposition is for. One that names a note of another
segment (by id or exact text) addresses nothing in this profile: it
belongs to a value proposition for that other segment, or the profile is
missing the note. The message names the other segment. A reference that
names no note at all is CS018's business.]],
    bad = [[
segment "Riders" { pain "Buses 15 minutes late" { severity = 5 } }
segment "Drivers" { pain "Parking costs 4 euros an hour" { severity = 4 } }
value "Live times" { segment = "Riders",
  relieves "Parking costs 4 euros an hour" { how = "?" },
}]],
    good = [[
segment "Riders" { pain "Buses 15 minutes late" { severity = 5 } }
segment "Drivers" { pain "Parking costs 4 euros an hour" { severity = 4 } }
value "Live times" { segment = "Riders",
  relieves "Buses 15 minutes late" { how = "real departures" },
}
value "Park and ride" { segment = "Drivers",
  relieves "Parking costs 4 euros an hour" { how = "free parking at the terminus" },
}]],
  },
}
