-- lazy(name): a stand-in for the module `name` that requires it when a
-- field of it is first read or set. Starting canvas loads only what the
-- operation at hand needs (an empty script needs no language, a report of
-- findings no checks); a module that is always used should be required
-- directly.
return function(name)
  return setmetatable({}, {
    __index = function(t, k)
      local m = require(name)
      setmetatable(t, { __index = m, __newindex = m })
      return m[k]
    end,
    __newindex = function(_, k, v) require(name)[k] = v end,
  })
end
