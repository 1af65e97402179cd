-- A negative memory limit is a usage error (exit 2).
-- args: --max-memory=-5M
-- exit: 2
-- stdout:
-- stderr: canvas: --max-memory: '-5M' is not a size (bytes, or a number with K, M or G: 512M, 2G; 0 for no limit)
print("the script ran")
