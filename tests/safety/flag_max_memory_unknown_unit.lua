-- A memory limit with an unknown unit is a usage error (exit 2) that lists
-- the units.
-- args: --max-memory 12Q
-- exit: 2
-- stdout:
-- stderr: canvas: --max-memory: '12Q' is not a size (bytes, or a number with K, M or G: 512M, 2G; 0 for no limit)
print("the script ran")
