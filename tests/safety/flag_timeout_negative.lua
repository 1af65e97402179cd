-- A negative time limit is a usage error (exit 2) with a message that says
-- what is expected; the script is not run.
-- args: --timeout -1
-- exit: 2
-- stdout:
-- stderr: canvas: --timeout: '-1' is not a number of seconds (e.g. 30 or 2.5; 0 for no limit)
print("the script ran")
