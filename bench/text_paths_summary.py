#!/usr/bin/env python3
"""Prints the Markdown table of bench/text_paths.sh: each path's elapsed time, CPU time
(user + system) and peak memory at each size, with its CPU time as a ratio to `canvass
ingest` of the same export (the issue states its targets that way: quotes <= 3x, report
<= 10x ingest, a re-run <= 10% of a fresh run). CPU time is the steadier measure on a
shared machine, where elapsed time depends on what else runs."""
import csv
import sys

rows = list(csv.DictReader(open(sys.argv[1]), delimiter="\t"))
machine = dict(line.rstrip("\n").split("\t", 1) for line in open(sys.argv[2]) if "\t" in line)
print(f"Measured {machine.get('date', '?')} on {machine.get('cpu', '?')} (load {machine.get('load', '?')}), "
      f"canvass {machine.get('canvass', '?')}. One run each.\n")
print("| path | respondents | input MB | elapsed s | CPU s | peak MB | CPU x ingest | exit |")
print("|---|---:|---:|---:|---:|---:|---:|---:|")


def cpu(r):
    return float(r["user_seconds"]) + float(r["system_seconds"])


by_size = {}
for r in rows:
    by_size.setdefault(r["respondents"], {})[r["path"]] = r
for n, paths in by_size.items():
    ingest = cpu(paths["ingest"]) if "ingest" in paths else None
    for name, r in paths.items():
        ratio = f"{cpu(r) / ingest:.2f}" if ingest else "-"
        print(f"| {name} | {int(n):,} | {int(r['input_bytes']) / 1e6:.1f} | {float(r['seconds']):.2f} | "
              f"{cpu(r):.2f} | {int(r['peak_kb']) / 1024:.0f} | {ratio} | {r['exit']} |")
    if "report-added" in paths and "report-alone" in paths:
        share = cpu(paths["report-added"]) / cpu(paths["report-alone"])
        print(f"| report after adding an export / that export's report alone | {int(n):,} | | | | | "
              f"{share:.1f}x (CPU) | |")
    if "report-added" in paths and "report-redo" in paths and "report-alone" in paths:
        extra = cpu(paths["report-added"]) - cpu(paths["report-redo"])
        print(f"| report after adding an export minus report redone with nothing changed | {int(n):,} | | | "
              f"{extra:.2f} | | {extra / cpu(paths['report-alone']):.2f}x that export's report alone (CPU) | |")
    if "run-added" in paths and "run-alone" in paths:
        share = cpu(paths["run-added"]) / cpu(paths["run-alone"])
        print(f"| run after adding an export / a run of that export alone | {int(n):,} | | | | | "
              f"{share:.1f}x (CPU) | |")
    if "run" in paths and "run-again" in paths:
        share = cpu(paths["run-again"]) / cpu(paths["run"])
        print(f"| run re-run / fresh run | {int(n):,} | | | | | {share:.1%} of fresh (CPU) | |")
