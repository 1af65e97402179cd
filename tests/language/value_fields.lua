-- A value proposition with its fields, a product, a pain reliever and a gain
-- creator; show(value) prints them, and the segment lists it.
-- exit: 0
-- stdout: value "Tidepool Mobile"  (value_fields.lua:23)
-- stdout:   about: the phone app
-- stdout:   notes: launch in May
-- stdout:   id: mobile
-- stdout:   ignore: CS009
-- stdout:   segment: Parents
-- stdout:   product "Tidepool Mobile app" [digital]
-- stdout:   relieves "Readings scattered across three apps"
-- stdout:       notes: needs the uploader
-- stdout:       id: timeline
-- stdout:       ignore: CS008
-- stdout:       how: one timeline for pump, meter and CGM
-- stdout:   creates "All readings in one place"
-- stdout:       how: uploads from every device
-- stdout: value "Tidepool Mobile" for "Parents" (1 product, 1 reliever, 1 creator)
segment "Parents" {
  pain "Readings scattered across three apps" { severity = 4 },
  gain "All readings in one place" { relevance = "essential" },
}
value "Tidepool Mobile" {
  segment = "Parents",
  about = "the phone app", notes = "launch in May", id = "mobile", ignore = "CS009",
  product "Tidepool Mobile app" { kind = "digital" },
  relieves "Readings scattered across three apps" {
    how = "one timeline for pump, meter and CGM", notes = "needs the uploader",
    id = "timeline", ignore = "CS008",
  },
  creates "All readings in one place" { how = "uploads from every device" },
}
show(segments()[1].values[1])
print(seg("Parents").values[1])
