-- A script that sets a library's name keeps what it set, even before it has
-- read the library: math = nil leaves no math.
-- exit: 3
-- stdout: 5
-- stderr: libraries_set_before_read.lua:9: error: undefined global 'math'
utf8 = 5
print(utf8)
math = nil
print(math.pi)
