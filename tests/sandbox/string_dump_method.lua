-- Strings' methods have no dump either.
-- exit: 0
-- stdout: dump: nil, rep: function
print("dump: " .. type(("").dump) .. ", rep: " .. type(("x").rep))
