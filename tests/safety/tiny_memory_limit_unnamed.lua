-- A memory limit too small for canvas to start names the script all the same.
-- args: --max-memory 64K
-- exit: 4
-- stderr-has: tiny_memory_limit_unnamed.lua
print("hello")
