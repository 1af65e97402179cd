print(#(""):rep(2^62))
