-- %b() tried at every position of 200,000 "(" would take about 4e10 steps:
-- refused at once.
-- args: --timeout 0.2 --max-memory 64M
-- exit: 3
-- stderr-has: string.find: the pattern "%b()" could take about
print(("("):rep(200000):find("%b()"))
