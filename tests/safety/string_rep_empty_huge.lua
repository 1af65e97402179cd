-- string.rep of the empty string 2^62 times is the empty string at once
-- (Lua 5.4.4 itself would copy zero bytes 2^62 times inside C).
-- args: --timeout 0.2 --max-memory 64M
-- exit: 0
-- stdout: 0 0
print(#(""):rep(2^62) .. " " .. #string.rep("", 1 << 62, ""))
