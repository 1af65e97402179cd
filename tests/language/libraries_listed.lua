-- The Lua libraries a script may use are globals like any other: pairs(_G)
-- lists them, whether the script has used them yet or not, and each works.
-- stdout: coroutine math os string table utf8
-- stdout: 3 a,b A 2
local names = {}
for k, v in pairs(_G) do
  if type(v) == "table" and k ~= "_G" and k ~= "arg" then names[#names + 1] = k end
end
table.sort(names)
print(table.concat(names, " "))
print(math.floor(3.7) .. " " .. table.concat({ "a", "b" }, ",") .. " " .. utf8.char(65) .. " "
  .. select("#", os.time(), 1))
