-- os keeps what is harmless: time and date work.
-- exit: 0
-- stdout: 2024-05-01
-- stdout: true
local t = os.time({ year = 2024, month = 5, day = 1, hour = 12 })
print(os.date("%Y-%m-%d", t))
print(os.time() > t)
