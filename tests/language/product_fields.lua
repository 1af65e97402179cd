-- A product takes a name alone or a table with kind, about, notes and id;
-- scripts read the fields as plain Lua.
-- exit: 0
-- stdout: Weekly box | nil | nil | nil | nil
-- stdout: Recipe app | digital | step-by-step videos | iOS first | app
segment "Cooks" { }
value "Meal kits" {
  product "Weekly box",
  product "Recipe app" { kind = "digital", about = "step-by-step videos",
                         notes = "iOS first", id = "app" },
}
for _, p in ipairs(seg("Cooks").values[1].products) do
  print(table.concat({ p.name, tostring(p.kind), tostring(p.about), tostring(p.notes),
                       tostring(p.id) }, " | "))
end
