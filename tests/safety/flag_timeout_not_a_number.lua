-- A time limit that is not a number is a usage error (exit 2).
-- args: --timeout abc
-- exit: 2
-- stdout:
-- stderr: canvas: --timeout: 'abc' is not a number of seconds (e.g. 30 or 2.5; 0 for no limit)
print("the script ran")
