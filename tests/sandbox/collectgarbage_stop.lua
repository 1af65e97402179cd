-- collectgarbage may count and collect, but not stop the collector.
-- exit: 3
-- stdout: number
-- stderr: collectgarbage_stop.lua:6: error: collectgarbage: option 'stop' is not allowed in canvas scripts (count, collect, step and isrunning are)
print(type(collectgarbage("count")))
collectgarbage("stop")
