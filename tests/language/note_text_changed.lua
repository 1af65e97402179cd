-- A note whose text or line the script changes after declaring it is left
-- out of its segment, with a load error at the segment.
-- exit: 3
-- stderr: note_text_changed.lua:5: error: segment "Commuters": the script changed the text or the line of one of its pains (text = nil, line = 6); a pain must keep the text and the line it was declared with, and this one is left out
local s = segment "Commuters" {
  pain "Waiting in line" { severity = 4 },
  pain "No seat" { severity = 3 },
}
s.pains[1].text = nil
