-- A global that resembles nothing is named without a suggestion; a script
-- may still make globals of its own.
-- exit: 3
-- stdout: 3
-- stderr: strict_globals_no_match.lua:8: error: undefined global 'zebra_count'
total = 3
print(total)
print(zebra_count)
