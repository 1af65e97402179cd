-- Reading an undefined global with a very long name is reported at its line.
-- exit: 3
-- stderr-has: long_undefined_global.lua:4: error: undefined global 'nnnnnnnn
print(_ENV[("n"):rep(20000)])
