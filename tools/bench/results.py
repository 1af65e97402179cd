#!/usr/bin/env python3
"""Writes results.json from the measures tools/bench.sh recorded.

usage: python3 results.py MEASURES.tsv OUT.json CANVAS-VERSION LUA-VERSION NPROC MODEL [small]

MEASURES.tsv has one measure a line: id, unit, notes, runs, canvas,
baseline, ratio, bar, bar_on, met, label ("-" for none; "FAILED" for a
canvas figure that could not be had). tools/bench.sh describes the result.
"""
import datetime
import json
import os
import sys


def number(text):
    if text in ("-", "FAILED", ""):
        return None
    x = float(text)
    return int(x) if x.is_integer() and "." not in text else x


def main():
    tsv, out, canvas_version, lua_version, nproc, model = sys.argv[1:7]
    small = len(sys.argv) > 7 and sys.argv[7] == "small"
    measures = {}
    with open(tsv, encoding="utf-8") as f:
        for line in f:
            (key, unit, notes, runs, canvas, baseline, ratio, bar, bar_on, met,
             label) = line.rstrip("\n").split("\t")
            measures[key] = {
                "label": label,
                "unit": unit,
                "notes": number(notes),
                "runs": number(runs),
                "canvas": number(canvas),
                "baseline": number(baseline),
                "ratio": number(ratio),
                "bar": number(bar),
                "bar_on": bar_on,
                "met": {"true": True, "false": False}.get(met),
            }
    barred = [m for m in measures.values() if m["bar"] is not None]
    result = {
        "date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "command": "make bench" + (" BENCH_SMALL=1" if small else ""),
        "canvas_version": canvas_version,
        "lua_version": lua_version,
        "machine": {"nproc": int(nproc), "model": model},
        "small": small,
        "bars_met": sum(1 for m in barred if m["met"]),
        "bars_total": len(barred),
        "measures": measures,
    }
    tmp = out + ".new"
    with open(tmp, "w", encoding="utf-8") as f:
        json.dump(result, f, indent=2)
        f.write("\n")
    os.replace(tmp, out)


main()
