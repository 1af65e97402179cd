-- Included by include_runtime_error.lua: fails on line 3.
segment "Labs" { }
error("lab results are missing")
