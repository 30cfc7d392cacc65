#!/usr/bin/env python3
"""Turns bench/results/ (hyperfine JSON and TSVs written by run.sh) into the Markdown
table and target checks that bench/README.md quotes."""
import json
import os
import statistics
import sys

out = sys.argv[1]
SIZE = 192_292_024  # survey_200000.csv
RECORDS = 200_000 * 40


def tsv(name):
    path = os.path.join(out, name)
    if not os.path.exists(path):
        return []
    with open(path) as f:
        return [line.rstrip("\n").split("\t") for line in f if line.strip()]


def load(name):
    path = os.path.join(out, name)
    return json.load(open(path))["results"] if os.path.exists(path) else []


lines = []
machine = dict(tsv("machine.tsv"))
lines.append(f"Machine: {machine.get('cpu', '?')}, {machine.get('mem', '?')}; load average at the end "
             f"{machine.get('load', '?')}; {machine.get('date', '?')}.")
lines.append("")

peers = load("hyperfine_200000.json")
if peers:
    rss = {}
    for name, kb in tsv("rss.tsv"):
        rss.setdefault(name, []).append(int(kb))
    agree = dict(tsv("agree.tsv"))
    med = {r["command"]: r["median"] for r in peers}
    duck = med.get("duckdb 2 thr")
    lines.append("`survey_200000.csv` (192.3 MB, warm page cache), whole-process wall seconds from hyperfine, "
                 "all tools in one run:")
    lines.append("")
    lines.append("| tool | min s | median s | MB/s | peak RSS MB | × DuckDB 2 thr | output agrees |")
    lines.append("|---|---|---|---|---|---|---|")
    for r in sorted(peers, key=lambda r: r["median"]):
        name = r["command"]
        ratio = f"{r['median'] / duck:.2f}" if duck else "n/a"
        mb = statistics.median(rss[name]) / 1024 if name in rss else float("nan")
        label = f"**canvass dist --format counts**" if name == "engine" else name
        lines.append(f"| {label} | {r['min']:.3f} | {r['median']:.3f} | {SIZE / r['median'] / 1e6:.0f} | "
                     f"{mb:.0f} | {ratio} | {agree.get(name, 'n/a')} |")
    lines.append("")
    eng = med.get("engine")
    best = min([v for k, v in med.items() if k in ("duckdb 2 thr", "polars 2 thr")] or [float("nan")])
    floor = med.get("floor: memchr read() (C)")
    if eng:
        lines.append(f"- Target ≥ 2× faster than the faster of DuckDB/Polars (2 threads): "
                     f"{best / eng:.1f}× → {'met' if best / eng >= 2 else 'NOT met'}.")
        if floor:
            lines.append(f"- Aim within 5× of the memchr pass: {eng / floor:.1f}× → "
                         f"{'met' if eng / floor <= 5 else 'not met'}.")
        if "engine" in rss:
            mb = statistics.median(rss["engine"]) / 1024
            lines.append(f"- Peak RSS under 150 MB: {mb:.0f} MB → {'met' if mb < 150 else 'NOT met'}.")
    lines.append("")

ingest = tsv("ingest.tsv")  # rows, seconds, peak KB, store agrees (20k only)
if ingest:
    by_rows = {}
    for n, secs, kb, agree in ingest:
        by_rows.setdefault(int(n), []).append((float(secs), int(kb), agree))
    if 200_000 in by_rows:
        runs = by_rows[200_000]
        secs = statistics.median(s for s, _, _ in runs)
        kb = statistics.median(k for _, k, _ in runs)
        rate = RECORDS / secs
        lines.append(f"`canvass ingest` of the same file into a new store (8,000,000 response records plus comments), "
                     f"median of {len(runs)}: {secs:.2f} s, {rate / 1e6:.2f} M records/s, peak RSS {kb / 1024:.0f} MB "
                     f"→ target 2 M records/s {'met' if rate >= 2e6 else 'NOT met'}; "
                     f"peak RSS under 150 MB {'met' if kb < 150 * 1024 else 'NOT met'}.")
        lines.append("")
    if len(by_rows) > 1:
        lines.append("`canvass ingest` as the file grows (one run each; 200k: median):")
        lines.append("")
        lines.append("| rows | s | µs per row | M records/s | peak RSS MB | store counts agree |")
        lines.append("|---|---|---|---|---|---|")
        per_row = {}
        for n in sorted(by_rows):
            runs = by_rows[n]
            secs = statistics.median(s for s, _, _ in runs)
            kb = statistics.median(k for _, k, _ in runs)
            per_row[n] = secs / n
            lines.append(f"| {n:,} | {secs:.2f} | {secs / n * 1e6:.2f} | {n * 40 / secs / 1e6:.2f} | {kb / 1024:.0f} "
                         f"| {runs[0][2]} |")
        lines.append("")
        if 200_000 in per_row and 2_000_000 in per_row:
            change = per_row[2_000_000] / per_row[200_000] - 1
            lines.append(f"- 200k → 2M per-row time changes by {change * 100:+.0f}% (target within ±15%).")
            lines.append("")

lin = tsv("linearity.tsv")
if lin:
    lines.append("`canvass dist --format counts` as the file grows (hyperfine median, peak RSS median of 3):")
    lines.append("")
    lines.append("| rows | MB | median s | µs per row | peak RSS MB | output agrees |")
    lines.append("|---|---|---|---|---|---|")
    per_row = {}
    for n, size, kb, agree in lin:
        res = load(f"linear_{n}.json")
        if not res:
            continue
        m = res[0]["median"]
        per_row[int(n)] = m / int(n)
        lines.append(f"| {int(n):,} | {int(size) / 1e6:.1f} | {m:.3f} | {m / int(n) * 1e6:.2f} | {int(kb) / 1024:.0f} | {agree} |")
    lines.append("")
    if 200000 in per_row and 2000000 in per_row:
        dev = per_row[2000000] / per_row[200000] - 1
        lines.append(f"- 200k → 2M per-row time changes by {dev * 100:+.0f}% (target within ±15%; the 20k file "
                     f"is dominated by start-up, see README).")
print("\n".join(lines))
