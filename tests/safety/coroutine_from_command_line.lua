-- A coroutine made by -e code, in an earlier run than the script's, loops
-- when the script resumes it: the limit still applies, at the line of -e
-- code that loops.
-- args: --timeout 0.2 --max-memory 64M -e 'spin = coroutine.create(function() while true do end end)'
-- exit: 4
-- stderr: (command line):1: error: the time limit was reached: the script ran for more than 0.2 s (raise it with --timeout SECONDS, or 0 for no limit)
print(coroutine.resume(spin))
