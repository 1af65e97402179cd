-- 0 is taken for both limits and means none: the script runs to its end.
-- args: --timeout 0 --max-memory 0
-- exit: 0
-- stdout: ran with no limits
-- stderr:
print("ran with no limits")
