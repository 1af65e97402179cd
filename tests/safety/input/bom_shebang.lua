#!/usr/bin/env canvas
-- a byte-order mark, a #! line, and a mistake on line 3
segmnet "Commuters" { }
