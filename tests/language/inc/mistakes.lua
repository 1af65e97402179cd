-- Included by include_errors.lua: a declaration mistake on line 3.
segment "Clinics" { job "See patients" { importance = 9 } }
segment "Insurers" { }
