-- Rules about references: `relieves`, `creates`, `depends_on`, `segment =`
-- and ranking rules' `segment =` name notes and segments by id or by exact
-- text. They are found while the model is resolved (lang/resolve.lua).
return {
  {
    id = "CS018", name = "unknown-reference", severity = "error",
    summary = "a reference to a pain, gain or segment that does not exist",
    explanation = [[
A reliever, a creator, a value proposition's segment, a platform side's
depends_on or a ranking rule's segment names something by its id or its
exact text. When nothing of that kind has that id or text, the reference
addresses nothing: the value map claims to relieve a pain the profile does
not have. The message suggests the closest id or text. Declaration order
never matters: references are resolved once the whole script has loaded.]],
    bad = [[
segment "Commuters" { pain "Trains are late" { severity = 4 } }
value "App" { segment = "Commuters", relieves "Late trains" { how = "live times" } }]],
    good = [[
segment "Commuters" { pain "Trains are late" { severity = 4 } }
value "App" { segment = "Commuters", relieves "Trains are late" { how = "live times" } }]],
  },
  {
    id = "CS024", name = "ambiguous-reference", severity = "warning",
    summary = "a reference that matches more than one note or segment",
    explanation = [[
A reference matches by id first, then by exact text. When an id and
another note's text are the same, or two notes of one profile have the same
text, a reference could mean either: the id wins, else the first note
declared, and the other is silently left out. Give each note its own text
and ids that are not another note's text.]],
    bad = [[
segment "Shoppers" {
  pain "Queues" { id = "wait", severity = 3 },
  pain "wait" { severity = 2 },
}
value "Shop" { relieves "wait" { how = "more tills" } }]],
    good = [[
segment "Shoppers" {
  pain "Queues" { id = "queues", severity = 3 },
  pain "Waiting for a delivery" { severity = 2 },
}
value "Shop" { relieves "queues" { how = "more tills" } }]],
  },
}
